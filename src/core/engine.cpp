#include "engine.hpp"

#include "parallel.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace gw {
namespace {

// FNV-1a of the text's UTF-16 units, little-endian: stable across runs and machines.
std::uint64_t fingerprint(std::u16string_view text)
{
    std::uint64_t hash = 1469598103934665603ull;
    for (char16_t c : text) {
        hash = (hash ^ static_cast<std::uint64_t>(c & 0xff)) * 1099511628211ull;
        hash = (hash ^ static_cast<std::uint64_t>(c >> 8)) * 1099511628211ull;
    }
    return hash;
}

// A fingerprint as 16 lower-case hex digits.
void appendHex(std::string& out, std::uint64_t value)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int shift = 60; shift >= 0; shift -= 4)
        out += kDigits[(value >> shift) & 0xf];
}

// A finding's key survives edits elsewhere in the document: the rule, the paragraph's text and
// the flagged text, not the paragraph's index (and, for a repeat of the same text, its place).
// `paragraphPrint` is the fingerprint of the paragraph's text.
std::string findingKey(const Finding& finding, std::u16string_view text, std::uint64_t paragraphPrint)
{
    const auto start = std::min<std::size_t>(finding.start, text.size());
    std::string key;
    key.reserve(finding.rule->code.size() + 2 * 17);
    key += finding.rule->code;
    key += ':';
    appendHex(key, paragraphPrint);
    key += ':';
    // Many findings flag a whole paragraph (a body paragraph's font): its fingerprint is known.
    const std::u16string_view flagged = text.substr(start, finding.length);
    appendHex(key, flagged.size() == text.size() ? paragraphPrint : fingerprint(flagged));
    return key;
}

// The order of orderForApplying: removals last within a paragraph; text edits from the end backwards.
bool appliedBefore(const Edit& a, const Edit& b)
{
    const EditSpan sa = spanOf(a), sb = spanOf(b);
    return std::make_tuple(sa.paragraph, !sa.wholeParagraph, sa.start) >
           std::make_tuple(sb.paragraph, !sb.wholeParagraph, sb.start);
}

template <typename... Callables>
struct Overloaded : Callables... {
    using Callables::operator()...;
};
template <typename... Callables>
Overloaded(Callables...) -> Overloaded<Callables...>;

// The footer `placement` asks for, as the adapter builds it: `— N —`, the field between 一字线.
Footer pageNumberFooter(Alignment alignment, double leftIndentMm, double rightIndentMm)
{
    Footer footer;
    footer.text = u"\u2014 \uFFFC \u2014";
    footer.pageNumberAt = 2;
    footer.alignment = alignment;
    footer.leftIndentMm = leftIndentMm;
    footer.rightIndentMm = rightIndentMm;
    return footer;
}

void applyPageStyleEdit(Document& document, const Edit& edit)
{
    auto styleNamed = [&](const std::u16string& name) -> PageStyle* {
        for (PageStyle& style : document.pageStyles)
            if (style.name == name)
                return &style;
        return nullptr;
    };
    if (const auto* property = std::get_if<SetPageStyleProperty>(&edit)) {
        PageStyle* style = styleNamed(property->pageStyle);
        if (!style)
            return;
        switch (property->property) {
        case PageProperty::WidthMm: style->widthMm = property->number; break;
        case PageProperty::HeightMm: style->heightMm = property->number; break;
        case PageProperty::TopMm: style->topMm = property->number; break;
        case PageProperty::BottomMm: style->bottomMm = property->number; break;
        case PageProperty::LeftMm: style->leftMm = property->number; break;
        case PageProperty::RightMm: style->rightMm = property->number; break;
        case PageProperty::GridLines:
            style->grid = TextGrid::Lines;
            style->gridLines = static_cast<int>(property->number);
            style->gridCharsPerLine = 0;
            break;
        }
    } else if (const auto* footer = std::get_if<SetPageNumberFooter>(&edit)) {
        PageStyle* style = styleNamed(footer->pageStyle);
        if (!style)
            return;
        style->footerOn = true;
        if (footer->placement == PageNumberPlacement::Centred) {
            style->footerShared = true;
            style->footer = pageNumberFooter(Alignment::Center, 0, 0);
            style->footerEven = {};
        } else {
            style->footerShared = false;
            style->footer = pageNumberFooter(Alignment::Right, 0, kPageNumberIndentMm);
            style->footerEven = pageNumberFooter(Alignment::Left, kPageNumberIndentMm, 0);
        }
    }
}

} // namespace

std::vector<Finding> check(const Document& document, const Config& config, const CheckOptions& options)
{
    return checkWithStructure(document, config, options).findings;
}

bool readsFormatting(const Config& config)
{
    for (const auto& rule : allRules())
        if (rule->info().readsFormatting && config.enabled(rule->info().code))
            return true;
    return false;
}

unsigned checkThreads(const Document& document, const CheckOptions& options)
{
    if (options.threads > 0)
        return options.threads;
    // Threads cost their start and join in each of the check's three parallel parts, and the
    // check is a few microseconds a paragraph: on bench_core's report two threads break even at
    // about 600 paragraphs (60,000 characters) and save a tenth at 1,600. The CLI checks
    // thousands of small documents.
    constexpr std::size_t kParallelFromCharacters = 80000;
    std::size_t characters = 0;
    for (const Paragraph& paragraph : document.paragraphs)
        if ((characters += paragraph.text.size()) >= kParallelFromCharacters)
            return processorsAvailable();
    return 1;
}

CheckResult checkWithStructure(const Document& document, const Config& config, const CheckOptions& options)
{
    const unsigned threads = checkThreads(document, options);
    Structure structure = Structure::build(document, config, threads);
    const std::vector<EnumItem> enumerations = findEnumerations(document, structure);
    const CheckContext context{document, structure, enumerations, config};
    std::vector<const Rule*> enabled;
    for (const auto& rule : allRules())
        if (config.enabled(rule->info().code))
            enabled.push_back(rule.get());
    // The rules that read formatting run on the calling thread, the others on whichever thread is
    // free: on a document typed in Writer's default fonts those report nearly every paragraph, and
    // a helper thread allocates from a malloc arena of its own, which glibc gives back to the
    // kernel once the caller has freed the findings; the next check would fault each page in
    // again (some 3,000 faults and 50 ms on a virtual machine, more than the thread saves).
    std::vector<std::uint32_t> taskRules(enabled.size()); // by task, the rule's index in `enabled`
    std::iota(taskRules.begin(), taskRules.end(), 0u);
    const auto callerOnly = static_cast<std::size_t>(
        std::stable_partition(taskRules.begin(), taskRules.end(),
                              [&](std::uint32_t rule) { return enabled[rule]->info().readsFormatting; }) -
        taskRules.begin());
    // Each thread appends the findings of the rules it runs to an array of its own, noting which
    // rule reported which; the arrays are then joined in the first and put in document order in
    // place: a long document has tens of thousands of findings, and an array per rule moved into
    // a second one for all would hold each twice.
    struct Reported {
        std::uint32_t rule; // index into `enabled`
        std::size_t first, last; // the rule's findings in its thread's array
    };
    std::vector<std::vector<Finding>> found(threads);
    std::vector<std::vector<Reported>> reported(threads);
    runTasks(
        threads, taskRules.size(),
        [&](std::size_t task, unsigned worker) {
            const std::uint32_t rule = taskRules[task];
            std::vector<Finding>& findings = found[worker];
            const RuleInfo& info = enabled[rule]->info();
            const std::size_t first = findings.size();
            FindingSink sink(info, findings);
            enabled[rule]->check(context, sink);
            // A rule may grade one finding above its default (HN-10: mixed skipping); the
            // configuration's overrides still win.
            for (std::size_t i = first; i < findings.size(); ++i)
                findings[i].severity = config.severity(info.code, findings[i].severity);
            reported[worker].push_back({rule, first, findings.size()});
        },
        callerOnly);
    std::vector<Finding>& all = found[0];
    std::size_t total = 0;
    for (const std::vector<Finding>& findings : found)
        total += findings.size();
    all.reserve(total);
    for (unsigned worker = 1; worker < threads; ++worker) {
        const std::size_t offset = all.size();
        all.insert(all.end(), std::make_move_iterator(found[worker].begin()), std::make_move_iterator(found[worker].end()));
        std::vector<Finding>().swap(found[worker]);
        for (Reported& rule : reported[worker]) {
            rule.first += offset;
            rule.last += offset;
            reported[0].push_back(rule);
        }
    }
    // Document order: by paragraph and offset, then by rule code (the order the rules are listed
    // in), then in the order the rule reported them. The places are sorted, not the findings.
    struct Place {
        std::uint32_t paragraph, start, rule;
        std::size_t index; // in `all` as the threads left it
    };
    std::vector<Place> order;
    order.reserve(all.size());
    for (const Reported& rule : reported[0])
        for (std::size_t i = rule.first; i < rule.last; ++i)
            order.push_back({all[i].paragraph, all[i].start, rule.rule, i});
    std::sort(order.begin(), order.end(), [](const Place& a, const Place& b) {
        return std::tie(a.paragraph, a.start, a.rule, a.index) < std::tie(b.paragraph, b.start, b.rule, b.index);
    });
    // Each finding moves to its place along the cycles of the permutation; a place filled is
    // marked by pointing at itself.
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (order[k].index == k)
            continue;
        Finding held = std::move(all[k]);
        for (std::size_t at = k;;) {
            const std::size_t from = order[at].index;
            order[at].index = at;
            if (from == k) {
                all[at] = std::move(held);
                break;
            }
            all[at] = std::move(all[from]);
            at = from;
        }
    }
    // Two findings of one rule on the same text in one paragraph (two "X" placeholders) share
    // rule, paragraph and flagged text: the later ones are told apart by their place among them,
    // so that every key names exactly one finding and the first keeps the key it always had.
    // The map views the key of the first finding of each: no key moves while they are counted, and
    // the first keeps its key.
    std::unordered_map<std::string_view, int> occurrences;
    occurrences.reserve(all.size());
    std::vector<std::string> ignored;
    for (const std::u16string& key : document.ignoredFindings)
        ignored.push_back(text::toUtf8(key));
    // Findings come in paragraph order: one fingerprint per paragraph (none has this index).
    std::uint64_t paragraphPrint = 0;
    std::uint32_t printed = UINT32_MAX;
    for (Finding& finding : all) {
        const std::u16string_view text = document.paragraphs[finding.paragraph].text;
        if (finding.paragraph != printed) {
            printed = finding.paragraph;
            paragraphPrint = fingerprint(text);
        }
        finding.key = findingKey(finding, text, paragraphPrint);
        if (const int occurrence = ++occurrences[finding.key]; occurrence > 1)
            finding.key += "#" + std::to_string(occurrence);
    }
    // In place: a second vector of thousands of findings is memory the check would touch for nothing.
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Finding& finding) {
                                 return std::find(ignored.begin(), ignored.end(), finding.key) != ignored.end();
                             }),
              all.end());
    return CheckResult{std::move(structure), std::move(all)};
}

void orderForApplying(std::vector<Edit>& edits)
{
    std::stable_sort(edits.begin(), edits.end(), appliedBefore);
}

void applyEdits(Document& document, std::vector<Edit> edits)
{
    orderForApplying(edits);
    for (const Edit& edit : edits) {
        if (isPageStyleEdit(edit)) {
            applyPageStyleEdit(document, edit);
            continue;
        }
        // Page style edits were applied above; the rest are paragraph edits.
        std::visit(
            Overloaded{[](const SetPageStyleProperty&) {}, [](const SetPageNumberFooter&) {},
            [&](const auto& e) {
                using T = std::decay_t<decltype(e)>;
                if (e.paragraph >= document.paragraphs.size())
                    return;
                Paragraph& paragraph = document.paragraphs[e.paragraph];
                if constexpr (std::is_same_v<T, ReplaceText>) {
                    paragraph.text.replace(e.start, e.length, e.replacement);
                    // Positions inside the replaced range move to its new end, so the replacement
                    // belongs to the run it starts in, as Writer gives it that run's formatting.
                    const std::uint32_t editEnd = e.start + e.length;
                    const auto newEnd = static_cast<std::uint32_t>(e.start + e.replacement.size());
                    auto moved = [&](std::uint32_t position) {
                        if (position <= e.start)
                            return position;
                        return position >= editEnd ? position - e.length + static_cast<std::uint32_t>(e.replacement.size())
                                                   : newEnd;
                    };
                    for (TextRun& run : paragraph.runs) {
                        const std::uint32_t runEnd = run.start + run.length;
                        run.start = moved(run.start);
                        run.length = moved(runEnd) - run.start;
                    }
                } else if constexpr (std::is_same_v<T, SetCharProperty>) {
                    // Only the edit's range changes, as Writer sets it: a run reaching past it is
                    // split (a run-in heading and its body in one run get their fonts apart).
                    const std::uint32_t from = e.start, to = e.start + e.length;
                    std::vector<TextRun> runs;
                    runs.reserve(paragraph.runs.size() + 2);
                    for (const TextRun& run : paragraph.runs) {
                        const std::uint32_t runEnd = run.start + run.length;
                        if (e.length == 0 || runEnd <= from || run.start >= to) {
                            runs.push_back(run);
                            continue;
                        }
                        if (run.start < from) {
                            runs.push_back(run);
                            runs.back().length = from - run.start;
                        }
                        TextRun inside = run;
                        inside.start = std::max(run.start, from);
                        inside.length = std::min(runEnd, to) - inside.start;
                        switch (e.property) {
                        case CharProperty::FontAsian: inside.fontAsian = e.text; break;
                        case CharProperty::FontWestern: inside.fontWestern = e.text; break;
                        case CharProperty::SizePt: inside.sizePt = e.number; break;
                        case CharProperty::Bold: inside.bold = e.number != 0; break;
                        case CharProperty::Color: inside.color = static_cast<std::int32_t>(e.number); break;
                        case CharProperty::Highlight: inside.highlight = static_cast<std::int32_t>(e.number); break;
                        }
                        runs.push_back(std::move(inside));
                        if (runEnd > to) {
                            runs.push_back(run);
                            runs.back().start = to;
                            runs.back().length = runEnd - to;
                        }
                    }
                    paragraph.runs = std::move(runs);
                } else if constexpr (std::is_same_v<T, SetParagraphProperty>) {
                    if (e.property == ParagraphProperty::OutlineLevel)
                        paragraph.outlineLevel = static_cast<int>(e.number);
                    else if (e.property == ParagraphProperty::NumberingOff)
                        paragraph.listLabel.clear();
                    else if (e.property == ParagraphProperty::Alignment)
                        paragraph.alignment = static_cast<Alignment>(static_cast<int>(e.number));
                    else if (e.property == ParagraphProperty::SpacingMm)
                        paragraph.spaceBeforeMm = paragraph.spaceAfterMm = e.number;
                    else if (e.property == ParagraphProperty::LineSpacingPercent)
                        paragraph.lineSpacing = {LineSpacingRule::Proportional, e.number};
                    else
                        paragraph.firstLineIndentMm = e.number * 5.64; // 2 characters of 16 pt ≈ 11.3 mm
                } else if constexpr (std::is_same_v<T, SplitParagraph>) {
                    // The second half keeps the paragraph's properties and the formatting of its text.
                    Paragraph second = paragraph;
                    const std::uint32_t cut = e.start + e.length;
                    second.text = paragraph.text.substr(cut);
                    second.runs.clear();
                    for (const TextRun& run : paragraph.runs)
                        if (run.start + run.length > cut) {
                            TextRun part = run;
                            part.start = run.start > cut ? run.start - cut : 0;
                            part.length = run.start + run.length - std::max(run.start, cut);
                            second.runs.push_back(part);
                        }
                    paragraph.text.erase(e.start);
                    std::vector<TextRun> kept;
                    for (TextRun run : paragraph.runs)
                        if (run.start < e.start) {
                            run.length = std::min(run.start + run.length, e.start) - run.start;
                            kept.push_back(run);
                        }
                    paragraph.runs = std::move(kept);
                    document.paragraphs.insert(document.paragraphs.begin() + e.paragraph + 1, std::move(second));
                } else {
                    document.paragraphs.erase(document.paragraphs.begin() + e.paragraph);
                }
            }},
            edit);
    }
}

std::vector<KeyedEdit> nonOverlappingKeyedEdits(const std::vector<Finding>& findings,
                                                const std::function<bool(const Finding&)>& wanted)
{
    // Two fixes clash when an edit of one overlaps an edit of the other, which only edits of one
    // paragraph, or two page style edits, can: an edit is compared with the chosen edits of its
    // place, not with every chosen fix (fix-all on a long document chooses tens of thousands,
    // and PG-04's one fix has an edit for every body paragraph).
    constexpr std::uint32_t kPageStyles = ~std::uint32_t{0};
    auto placeOf = [](const Edit& edit) { return isPageStyleEdit(edit) ? kPageStyles : paragraphOf(edit); };
    std::unordered_map<std::uint32_t, std::vector<const Edit*>> chosenAt;
    std::vector<KeyedEdit> edits;
    for (const Finding& finding : findings) {
        if (!finding.fixable() || !wanted(finding))
            continue;
        const bool clashes = std::any_of(finding.fix.edits.begin(), finding.fix.edits.end(), [&](const Edit& edit) {
            const auto chosen = chosenAt.find(placeOf(edit));
            return chosen != chosenAt.end() &&
                   std::any_of(chosen->second.begin(), chosen->second.end(),
                               [&](const Edit* other) { return editsOverlap(*other, edit); });
        });
        if (clashes)
            continue;
        for (const Edit& edit : finding.fix.edits)
            chosenAt[placeOf(edit)].push_back(&edit);
        for (const Edit& edit : finding.fix.edits)
            edits.push_back({edit, finding.key});
    }
    std::stable_sort(edits.begin(), edits.end(),
                     [](const KeyedEdit& a, const KeyedEdit& b) { return appliedBefore(a.edit, b.edit); });
    return edits;
}

std::vector<Edit> nonOverlappingEdits(const std::vector<Finding>& findings,
                                      const std::function<bool(const Finding&)>& wanted)
{
    std::vector<Edit> edits;
    for (KeyedEdit& keyed : nonOverlappingKeyedEdits(findings, wanted))
        edits.push_back(std::move(keyed.edit));
    return edits;
}

std::vector<std::vector<KeyedEdit>> planKeyedFixes(Document& document, const Config& config,
                                                   const std::function<bool(const Finding&)>& wanted, int maxPasses)
{
    std::vector<std::vector<KeyedEdit>> passes;
    for (int pass = 0; pass < maxPasses; ++pass) {
        std::vector<KeyedEdit> edits = nonOverlappingKeyedEdits(check(document, config), wanted);
        if (edits.empty())
            break;
        std::vector<Edit> plain;
        for (const KeyedEdit& keyed : edits)
            plain.push_back(keyed.edit);
        applyEdits(document, std::move(plain));
        passes.push_back(std::move(edits));
    }
    return passes;
}

std::vector<std::vector<Edit>> planFixes(Document& document, const Config& config,
                                         const std::function<bool(const Finding&)>& wanted, int maxPasses)
{
    std::vector<std::vector<Edit>> passes;
    for (std::vector<KeyedEdit>& keyedPass : planKeyedFixes(document, config, wanted, maxPasses)) {
        std::vector<Edit>& plain = passes.emplace_back();
        for (KeyedEdit& keyed : keyedPass)
            plain.push_back(std::move(keyed.edit));
    }
    return passes;
}

bool isSafeFix(const Finding& finding) { return finding.fix.kind == FixKind::Safe; }

} // namespace gw
