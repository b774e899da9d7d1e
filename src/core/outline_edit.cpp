#include "outline_edit.hpp"

#include "marker_form.hpp"
#include "structure.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace gw {
namespace {

constexpr int kDeepestLevel = 4; // GB/T 9704 §7.3.3 numbers four levels

// A sibling run of the outline after the move: the parent's heading index (-1 at the top) and
// the level.
using RunKey = std::pair<int, int>;

MarkerClass classOfLevel(int level) { return static_cast<MarkerClass>(level - 1); }

// The edit that gives a typed marker the form of its new level, numbered `number`: the marker
// and its separator are replaced; spaces standing in for a missing separator ("一 总体要求") go
// with it, other spacing stays as typed (HN-07's business).
ReplaceText markerEdit(const Document& document, const Heading& heading, int newLevel, int number, char16_t arabicDot)
{
    const Marker& marker = heading.marker;
    const std::u16string_view text = document.paragraphs[heading.paragraph].text;
    const bool separated = marker.open != 0 || marker.enclosedForm || marker.separatorEnd > marker.separatorStart;
    const std::uint32_t end = separated ? marker.end : marker.textStart;
    return minimalReplacement(heading.paragraph, marker.start, text.substr(marker.start, end - marker.start),
                              canonicalMarker(classOfLevel(newLevel), number, arabicDot == u'．'));
}

// The rule whose fix follows a heading to its new level: the font of its level.
constexpr std::string_view kHeadingFontRule = "HF-01";

} // namespace

std::string_view refusalMessageZh(MoveRefusal refusal)
{
    switch (refusal) {
    case MoveRefusal::None: return "";
    case MoveRefusal::NotAHeading: return "该段不是大纲中的标题，无法升降级";
    case MoveRefusal::TopLevel: return "一级标题无法再升级";
    case MoveRefusal::BottomLevel: return "四级标题无法再降级（GB/T 9704-2012 §7.3.3 只有四个层级）";
    case MoveRefusal::TooDeep: return "其下级标题将低于第四级（GB/T 9704-2012 §7.3.3 只有四个层级），无法降级";
    case MoveRefusal::WriterNumbered: return "该标题或其下级标题由 Writer 自动编号，请先转为文字序号";
    case MoveRefusal::FirstSibling: return "同级第一个标题之前没有可归入的同级标题，无法降级";
    case MoveRefusal::SplitMarker: return "标题序号被拆成了两段，请先修复该序号";
    }
    return "";
}

std::string_view refusalMessageEn(MoveRefusal refusal)
{
    switch (refusal) {
    case MoveRefusal::None: return "";
    case MoveRefusal::NotAHeading: return "The paragraph is no heading of the outline: it cannot be promoted or demoted";
    case MoveRefusal::TopLevel: return "A level-1 heading cannot be promoted";
    case MoveRefusal::BottomLevel: return "A level-4 heading cannot be demoted (GB/T 9704-2012 §7.3.3 has four levels)";
    case MoveRefusal::TooDeep:
        return "A heading under it would go below level 4 (GB/T 9704-2012 §7.3.3 has four levels): it cannot be demoted";
    case MoveRefusal::WriterNumbered:
        return "The heading or one under it is numbered by Writer: turn the numbering into typed text first";
    case MoveRefusal::FirstSibling:
        return "The first heading under its parent has no previous sibling to fall under: it cannot be demoted";
    case MoveRefusal::SplitMarker: return "A heading marker is split over two paragraphs: fix that marker first";
    }
    return "";
}

std::size_t HeadingMovePlan::edits() const
{
    std::size_t count = 0;
    for (const std::vector<Edit>& pass : passes)
        count += pass.size();
    return count;
}

namespace {

// The move before its edits: the outline headings of the target's part (the move and the runs
// it changes stay inside it), each one's level after the move, and whether the move is refused.
struct PreparedMove {
    MoveRefusal refusal = MoveRefusal::None;
    std::vector<int> outline;    // indices into Structure::headings(), in document order
    std::vector<int> newLevel;   // by heading index (outline headings only)
    std::vector<bool> inSubtree; // by heading index
};

PreparedMove prepareMove(const Structure& structure, std::uint32_t paragraph, HeadingMove move)
{
    PreparedMove prepared;
    const std::vector<Heading>& headings = structure.headings();
    const Heading* target = structure.headingAt(paragraph);
    if (!target || !target->isOutlineHeading()) {
        prepared.refusal = MoveRefusal::NotAHeading;
        return prepared;
    }
    const int step = move == HeadingMove::Promote ? -1 : 1;
    if (move == HeadingMove::Promote && target->level() == 1) {
        prepared.refusal = MoveRefusal::TopLevel;
        return prepared;
    }
    if (move == HeadingMove::Demote && target->level() >= kDeepestLevel) {
        prepared.refusal = MoveRefusal::BottomLevel;
        return prepared;
    }
    const int moved = static_cast<int>(target - headings.data());
    std::vector<int>& outline = prepared.outline;
    for (int index = 0; index < static_cast<int>(headings.size()); ++index)
        if (headings[static_cast<std::size_t>(index)].part == target->part &&
            headings[static_cast<std::size_t>(index)].isOutlineHeading())
            outline.push_back(index);

    // The subtree: the target and the headings whose parent is in it (they follow it, together).
    std::vector<int>& newLevel = prepared.newLevel;
    std::vector<bool>& inSubtree = prepared.inSubtree;
    newLevel.assign(headings.size(), 0);
    inSubtree.assign(headings.size(), false);
    inSubtree[static_cast<std::size_t>(moved)] = true;
    for (int index : outline) {
        const Heading& heading = headings[static_cast<std::size_t>(index)];
        if (index > moved && heading.parent >= 0 && inSubtree[static_cast<std::size_t>(heading.parent)])
            inSubtree[static_cast<std::size_t>(index)] = true;
        newLevel[static_cast<std::size_t>(index)] = heading.level() + (inSubtree[static_cast<std::size_t>(index)] ? step : 0);
    }
    // The most telling reason first: Writer numbering, a split marker, no previous sibling, depth.
    MoveRefusal& refusal = prepared.refusal;
    for (int index : outline) {
        if (!inSubtree[static_cast<std::size_t>(index)])
            continue;
        const Heading& heading = headings[static_cast<std::size_t>(index)];
        if (heading.marker.fromListLabel)
            refusal = MoveRefusal::WriterNumbered;
        else if (heading.splitFrom >= 0 && refusal != MoveRefusal::WriterNumbered)
            refusal = MoveRefusal::SplitMarker;
        else if (newLevel[static_cast<std::size_t>(index)] > kDeepestLevel && refusal == MoveRefusal::None)
            refusal = MoveRefusal::TooDeep;
    }
    const bool firstSibling = target->run >= 0 && structure.siblingRuns()[static_cast<std::size_t>(target->run)].front() == moved;
    if (move == HeadingMove::Demote && firstSibling && (refusal == MoveRefusal::None || refusal == MoveRefusal::TooDeep))
        refusal = MoveRefusal::FirstSibling;
    return prepared;
}

} // namespace

MoveRefusal headingMoveRefusal(const Structure& structure, std::uint32_t paragraph, HeadingMove move)
{
    return prepareMove(structure, paragraph, move).refusal;
}

HeadingMovePlan planHeadingMove(const Document& document, const CheckResult& checked, const Config& config,
                                std::uint32_t paragraph, HeadingMove move)
{
    HeadingMovePlan plan;
    const Structure& structure = checked.structure;
    const std::vector<Heading>& headings = structure.headings();
    const PreparedMove prepared = prepareMove(structure, paragraph, move);
    plan.refusal = prepared.refusal;
    if (plan.refused())
        return plan;
    const std::vector<int>& outline = prepared.outline;
    const std::vector<int>& newLevel = prepared.newLevel;
    const std::vector<bool>& inSubtree = prepared.inSubtree;
    const int step = move == HeadingMove::Promote ? -1 : 1;

    // The outline after the move, built as Structure::build builds it: a heading falls under the
    // nearest heading before it of a higher level.
    std::vector<int> newParent(headings.size(), -1);
    std::vector<int> open;
    for (int index : outline) {
        const int level = newLevel[static_cast<std::size_t>(index)];
        while (!open.empty() && newLevel[static_cast<std::size_t>(open.back())] >= level)
            open.pop_back();
        newParent[static_cast<std::size_t>(index)] = open.empty() ? -1 : open.back();
        open.push_back(index);
    }
    const auto runKey = [&](int index) {
        return RunKey{newParent[static_cast<std::size_t>(index)], newLevel[static_cast<std::size_t>(index)]};
    };

    // The runs to renumber: those a moved or adopted heading joins, and what is left of the runs
    // they come from.
    std::set<RunKey> changedRuns;
    std::set<int> shifted; // moved or under a new parent
    for (int index : outline) {
        const Heading& heading = headings[static_cast<std::size_t>(index)];
        if (!inSubtree[static_cast<std::size_t>(index)] && newParent[static_cast<std::size_t>(index)] == heading.parent)
            continue;
        shifted.insert(index);
        changedRuns.insert(runKey(index));
        if (heading.run >= 0)
            for (int sibling : structure.siblingRuns()[static_cast<std::size_t>(heading.run)])
                if (headings[static_cast<std::size_t>(sibling)].isOutlineHeading())
                    changedRuns.insert(runKey(sibling));
    }

    std::vector<Edit> markers; // and the outline levels that go with them
    std::set<std::uint32_t> relevelled; // paragraphs whose heading changed level
    std::map<RunKey, int> nextNumber;
    for (int index : outline) {
        const RunKey key = runKey(index);
        if (!changedRuns.count(key))
            continue;
        const Heading& heading = headings[static_cast<std::size_t>(index)];
        auto [counter, first] = nextNumber.emplace(key, 1);
        // A run that starts inline in the paragraph before ("附件：1．…" then "2．…") keeps its start.
        if (first && !shifted.count(index) && heading.run >= 0 &&
            structure.siblingRuns()[static_cast<std::size_t>(heading.run)].front() == index)
            counter->second = heading.siblingIndex;
        const int number = counter->second++;
        if (heading.marker.fromListLabel)
            continue; // a sibling Writer numbers (the subtree has none: refused above)
        const std::u16string_view text = document.paragraphs[heading.paragraph].text;
        if (newLevel[static_cast<std::size_t>(index)] != heading.level()) {
            markers.emplace_back(markerEdit(document, heading, newLevel[static_cast<std::size_t>(index)], number,
                                            structure.arabicDot()));
            relevelled.insert(heading.paragraph);
            // An outline level the author set moves with the heading (HF-03 reports only a missing one).
            const int outlineLevel = document.paragraphs[heading.paragraph].outlineLevel;
            if (outlineLevel > 0 && heading.lineBreak < 0)
                markers.emplace_back(SetParagraphProperty{heading.paragraph, ParagraphProperty::OutlineLevel,
                                                          static_cast<double>(std::clamp(outlineLevel + step, 1, 10))});
        } else if (heading.marker.number != number) {
            const std::u16string_view numeral = typedNumeral(heading.marker, text);
            markers.emplace_back(minimalReplacement(heading.paragraph, heading.marker.numeralStart, numeral,
                                                    numeralLike(heading.marker, numeral, number)));
        }
    }
    if (markers.empty())
        return plan;

    // The font of the new level, by HF-01's own fix, for the moved headings that were in the font
    // of their old level: what HF-01 finds on them afterwards and did not find before.
    Document after = document;
    applyEdits(after, markers);
    std::set<std::uint32_t> wrongFontBefore;
    for (const Finding& finding : checked.findings)
        if (finding.rule->code == kHeadingFontRule)
            wrongFontBefore.insert(finding.paragraph);
    std::vector<Edit> fonts = nonOverlappingEdits(check(after, config), [&](const Finding& finding) {
        return finding.rule->code == kHeadingFontRule && relevelled.count(finding.paragraph) &&
               !wrongFontBefore.count(finding.paragraph);
    });
    orderForApplying(markers);
    plan.passes.push_back(std::move(markers));
    if (!fonts.empty()) {
        orderForApplying(fonts);
        plan.passes.push_back(std::move(fonts));
    }
    return plan;
}

} // namespace gw
