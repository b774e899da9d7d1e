// HN-08 heading-sequence: the headings of one level under one parent run 1, 2, 3… from 1, with
// no gap and no repeat. The fix renumbers the whole run at once.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

class HeadingSequence final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-08", "heading-sequence", Severity::Error, FixKind::Confirm,
                                   "GB/T 9704-2012 §7.3.3", "同级标题序号应从1起连续编排",
                                   "Sibling headings are numbered 1, 2, 3… without gaps or repeats"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Structure& structure = context.structure;
        const auto& headings = structure.headings();
        for (std::size_t runIndex = 0; runIndex < structure.siblingRuns().size(); ++runIndex) {
            const std::vector<int>& run = structure.siblingRuns()[runIndex];
            const Heading& first = headings[static_cast<std::size_t>(run.front())];
            // Circled items are not headings of §7.3.3; a run that continues the previous
            // section's numbers is HN-09's; Writer numbering is HN-14's.
            // A run with a weakly recognised item ("一 总体要求") is not sure enough for an error.
            if (first.level() > 4 || structure.continuesNumbering(static_cast<int>(runIndex)) ||
                std::any_of(run.begin(), run.end(), [&](int i) {
                    const Heading& item = headings[static_cast<std::size_t>(i)];
                    return item.marker.fromListLabel || !item.confident;
                }))
                continue;
            const auto wrong = std::find_if(run.begin(), run.end(), [&](int i) {
                return headings[static_cast<std::size_t>(i)].marker.number != headings[static_cast<std::size_t>(i)].siblingIndex;
            });
            if (wrong == run.end())
                continue;
            const Heading& heading = headings[static_cast<std::size_t>(*wrong)];
            const std::string found = text::toUtf8(markerText(context.document, heading));
            const std::string expected = text::toUtf8(canonicalMarker(heading.marker.markerClass, heading.siblingIndex,
                                                                      structure.arabicDot() == u'．'));
            const std::string position = std::to_string(heading.siblingIndex);
            const char* problem = heading.marker.number < heading.siblingIndex ? "重号" : "跳号";
            const char* problemEn = heading.marker.number < heading.siblingIndex ? "repeated" : "skipped";
            sink.report(heading.paragraph, heading.marker.start, heading.marker.end - heading.marker.start,
                        formatMessage("{0}标题序号{1}：第{2}个应为“{3}”，实为“{4}”；同级序号应从1起依次编排"
                                      "（GB/T 9704-2012 §7.3.3）。修复将整组重新编号",
                                      {levelNameZh(heading.level()), problem, position, expected, found}),
                        formatMessage("{0} heading numbers {1}: heading {2} of its group should be \"{3}\", found "
                                      "\"{4}\"; siblings run 1, 2, 3… (GB/T 9704-2012 §7.3.3). The fix renumbers "
                                      "the whole group",
                                      {levelNameEn(heading.level()), problemEn, position, expected, found}),
                        Fix{FixKind::Confirm, renumberRun(context.document, structure, run)});
        }
    }
};

GW_REGISTER_RULE(HeadingSequence);

} // namespace
} // namespace gw
