// HN-09 heading-restart: numbering restarts at 1 under each new parent ("二、" then "（三）"
// continues the numbers of "一、" instead).
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

class HeadingRestart final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-09", "heading-restart", Severity::Warning, FixKind::Confirm, "",
                                   "下级标题序号应在每个上级标题下从1重新编号",
                                   "Child numbering restarts at 1 under each parent"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Structure& structure = context.structure;
        const auto& headings = structure.headings();
        for (std::size_t runIndex = 0; runIndex < structure.siblingRuns().size(); ++runIndex) {
            if (!structure.continuesNumbering(static_cast<int>(runIndex)))
                continue;
            const std::vector<int>& run = structure.siblingRuns()[runIndex];
            const Heading& first = headings[static_cast<std::size_t>(run.front())];
            if (first.level() > 4 || std::any_of(run.begin(), run.end(), [&](int i) {
                    return headings[static_cast<std::size_t>(i)].marker.fromListLabel;
                }))
                continue;
            const Heading& parent = headings[static_cast<std::size_t>(first.parent)];
            const std::string parentText = text::toUtf8(markerText(context.document, parent));
            const std::string found = text::toUtf8(markerText(context.document, first));
            const std::string expected =
                text::toUtf8(canonicalMarker(first.marker.markerClass, 1, structure.arabicDot() == u'．'));
            sink.report(first.paragraph, first.marker.start, first.marker.end - first.marker.start,
                        formatMessage("“{0}”下的{1}标题应从“{2}”起重新编号，实为“{3}”，接续了上一部分的序号。"
                                      "修复将这一组重新编号",
                                      {parentText, levelNameZh(first.level()), expected, found}),
                        formatMessage("The {1} headings under \"{0}\" should restart at \"{2}\" but continue the "
                                      "previous section with \"{3}\". The fix renumbers this group",
                                      {parentText, levelNameEn(first.level()), expected, found}),
                        Fix{FixKind::Confirm, renumberRun(context.document, structure, run)});
        }
    }
};

GW_REGISTER_RULE(HeadingRestart);

} // namespace
} // namespace gw
