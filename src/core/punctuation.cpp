#include "punctuation.hpp"

#include "structure.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <numeric>

namespace gw {

bool PunctuationScope::skipped(std::uint32_t start, std::uint32_t end) const
{
    const auto overlaps = [&](TextSpan span) { return start < span.end && span.start < end; };
    const Structure& structure = context_.structure;
    if (const Heading* heading = structure.headingAt(paragraph_); heading && !heading->marker.fromListLabel &&
                                                                 overlaps({0, heading->marker.textStart}))
        return true;
    if (structure.role(paragraph_).role == Role::Residue) {
        if (overlaps({0, static_cast<std::uint32_t>(text_.size())}))
            return true;
    } else {
        for (const TextSpan& span : structure.webResidue(paragraph_))
            if (overlaps(withSettingSpace(text_, span)))
                return true;
    }
    for (const TextSpan& span : structure.webAddresses(paragraph_))
        if (overlaps(span))
            return true;
    return false;
}

bool isChineseText(char16_t c)
{
    return text::isHan(c) || text::isCjkPunctuation(c) ||
           std::u16string_view(u"“”‘’…—").find(c) != std::u16string_view::npos;
}

bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
bool isAsciiLetter(char16_t c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); }

std::uint32_t endPointsStart(std::u16string_view text, std::uint32_t from, std::uint32_t end)
{
    constexpr std::u16string_view kEndPoints = u"。，；：.,;:";
    while (end > from && kEndPoints.find(text[end - 1]) != std::u16string_view::npos)
        --end;
    return end;
}

namespace {

constexpr std::size_t kShownLength = 30;

// Long stretches (a quotation) are shown by their ends.
std::string shown(std::u16string_view text)
{
    if (text.size() <= kShownLength)
        return text::toUtf8(text);
    return text::toUtf8(text.substr(0, kShownLength / 2)) + "…" +
           text::toUtf8(text.substr(text.size() - kShownLength / 2));
}

} // namespace

void reportProposals(FindingSink& sink, std::uint32_t paragraph, std::u16string_view text,
                     std::vector<Proposal> proposals, std::string_view zhPattern, std::string_view enPattern,
                     Touching touching)
{
    // Group proposals whose changes overlap, insert where another change begins or ends, or
    // (with Touching::Merge) merely touch: union-find over the changes in text order.
    std::vector<std::size_t> group(proposals.size());
    std::iota(group.begin(), group.end(), 0);
    auto root = [&](std::size_t p) {
        while (group[p] != p)
            p = group[p] = group[group[p]];
        return p;
    };
    struct Placed { CharChange change; std::size_t proposal; };
    std::vector<Placed> changes;
    for (std::size_t p = 0; p < proposals.size(); ++p)
        for (CharChange& change : proposals[p])
            changes.push_back({std::move(change), p});
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Placed& a, const Placed& b) { return a.change.start < b.change.start; });
    for (std::size_t k = 1; k < changes.size(); ++k)
        if (changes[k - 1].change.end > changes[k].change.start ||
            (changes[k - 1].change.end == changes[k].change.start &&
             (touching == Touching::Merge || changes[k - 1].change.start == changes[k - 1].change.end ||
              changes[k].change.start == changes[k].change.end)))
            group[root(changes[k].proposal)] = root(changes[k - 1].proposal);

    std::vector<std::vector<CharChange>> merged(proposals.size());
    for (Placed& placed : changes) {
        auto& into = merged[root(placed.proposal)];
        if (!into.empty() && into.back().end == placed.change.start) {
            into.back().end = placed.change.end;
            into.back().replacement += placed.change.replacement;
        } else {
            into.push_back(std::move(placed.change));
        }
    }
    std::vector<std::size_t> order;
    for (std::size_t p = 0; p < merged.size(); ++p)
        if (!merged[p].empty())
            order.push_back(p);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return merged[a].front().start < merged[b].front().start; });

    for (std::size_t p : order) {
        const auto& edits = merged[p];
        const std::uint32_t start = edits.front().start, end = edits.back().end;
        std::u16string after;
        std::uint32_t pos = start;
        Fix fix{FixKind::Safe, {}};
        for (const CharChange& change : edits) {
            after.append(text.substr(pos, change.start - pos));
            after += change.replacement;
            pos = change.end;
            fix.edits.emplace_back(std::in_place_type<ReplaceText>, ReplaceText{paragraph, change.start, change.end - change.start,
                                   change.replacement});
        }
        // A character either side shows where the change is, and makes insertions and deletions
        // readable: "调,要" → "调，要", "。。逗" → "。逗".
        const std::uint32_t from = start > 0 ? start - 1 : start;
        const std::uint32_t to = end < text.size() ? end + 1 : end;
        after = std::u16string(text.substr(from, start - from)) + after + std::u16string(text.substr(end, to - end));
        const std::u16string_view before = text.substr(from, to - from);
        const std::string found = shown(before), expected = shown(after);
        // An insertion is reported on the character it follows, so that there is something to mark.
        const std::uint32_t markStart = start == end && start > 0 ? start - 1 : start;
        const std::uint32_t markEnd = start == end && start == 0 ? std::min<std::uint32_t>(1, static_cast<std::uint32_t>(text.size())) : end;
        sink.report(paragraph, markStart, markEnd - markStart, formatMessage(zhPattern, {found, expected}),
                    formatMessage(enPattern, {found, expected}), std::move(fix));
    }
}

void ParagraphProposals::propose(std::uint32_t start, std::uint32_t end, std::u16string_view wanted)
{
    if (scope_.skipped(start, end))
        return;
    const ReplaceText edit = minimalReplacement(paragraph_, start, text().substr(start, end - start), wanted);
    if (edit.length > 0 || !edit.replacement.empty())
        proposals_.push_back({CharChange{edit.start, edit.start + edit.length, edit.replacement}});
}

} // namespace gw
