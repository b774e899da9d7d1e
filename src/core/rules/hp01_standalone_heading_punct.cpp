// HP-01 standalone-heading-punct: a heading that is a paragraph of its own ends without a point
// (。，；： — ？！ are allowed). Numbered clauses (Heading::clause) are sentences, not headings.
#include "../punctuation.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

class StandaloneHeadingPunct final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HP-01", "standalone-heading-punct", Severity::Error, FixKind::Safe,
                                   "GB/T 15834-2011 附录B.3", "独立成段的标题末尾不加标点",
                                   "A standalone heading ends without a point"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Structure& structure = context.structure;
        const auto& headings = structure.headings();
        const auto endPoints = [&](const Heading& heading) {
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            return text.substr(endPointsStart(text, heading.marker.textStart, heading.headingEnd),
                               heading.headingEnd - endPointsStart(text, heading.marker.textStart, heading.headingEnd));
        };
        for (const Heading& heading : headings) {
            if (!heading.standalone || heading.clause || heading.level() > 4)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const std::uint32_t start = endPointsStart(text, heading.marker.textStart, heading.headingEnd);
            if (start == heading.headingEnd || start == heading.marker.textStart)
                continue; // no point, or nothing but points after the marker
            const std::string found = text::toUtf8(text.substr(start, heading.headingEnd - start));
            const std::string excerpt = headingExcerpt(context.document, heading);
            const Edit removal = ReplaceText{heading.paragraph, start, heading.headingEnd - start, u""};

            // Published reports end the heading part of run-in headings with "。"; a scraper or a
            // paste that splits one from its body leaves "（一）…。" on a line of its own, and a
            // whole group ending so is the document's style rather than a slip.
            const std::vector<int>& run = structure.siblingRuns()[static_cast<std::size_t>(heading.run)];
            const bool period = endPoints(heading) == u"。";
            const bool runInSibling = std::any_of(run.begin(), run.end(), [&](int i) {
                return !headings[static_cast<std::size_t>(i)].standalone;
            });
            const bool wholeGroup = run.size() >= 2 && std::all_of(run.begin(), run.end(), [&](int i) {
                const Heading& sibling = headings[static_cast<std::size_t>(i)];
                return sibling.standalone && endPoints(sibling) == u"。";
            });
            if (period && runInSibling) {
                Finding& finding = sink.report(
                    heading.paragraph, start, heading.headingEnd - start,
                    formatMessage("{0}标题“{1}”独立成段却以“。”结尾，而同级标题是段中标题：若是段中标题与正文被拆成了两段，"
                                  "应合并；若是独立标题，应删除“。”（GB/T 15834-2011 附录B.3）",
                                  {levelNameZh(heading.level()), excerpt}),
                    formatMessage("{0} heading \"{1}\" stands on its own line but ends with \"。\" while its siblings are "
                                  "run-in headings: if a run-in heading was split from its body, join them; if it is a "
                                  "standalone heading, drop the \"。\" (GB/T 15834-2011 B.3)",
                                  {levelNameEn(heading.level()), excerpt}));
                finding.severity = Severity::Info;
                continue;
            }
            if (period && wholeGroup) {
                Finding& finding = sink.report(
                    heading.paragraph, start, heading.headingEnd - start,
                    formatMessage("本组{0}个{1}标题都独立成段并以“。”结尾（“{2}”）：独立成段的标题末尾不加标点，"
                                  "段中标题才以“。”与正文隔开（GB/T 15834-2011 附录B.3）",
                                  {std::to_string(run.size()), levelNameZh(heading.level()), excerpt}),
                    formatMessage("All {0} {1} headings of this group stand on their own lines and end with \"。\" "
                                  "(\"{2}\"): standalone headings take no end point; only run-in headings are closed "
                                  "by \"。\" (GB/T 15834-2011 B.3)",
                                  {std::to_string(run.size()), levelNameEn(heading.level()), excerpt}),
                    Fix{FixKind::Confirm, {removal}});
                finding.severity = Severity::Info;
                continue;
            }
            sink.report(heading.paragraph, start, heading.headingEnd - start,
                        formatMessage("独立成段的{0}标题“{1}”末尾不加标点：应删除“{2}”（GB/T 15834-2011 附录B.3）",
                                      {levelNameZh(heading.level()), excerpt, found}),
                        formatMessage("Standalone {0} heading \"{1}\" ends with \"{2}\": a heading on its own line "
                                      "takes no end point (GB/T 15834-2011 B.3)",
                                      {levelNameEn(heading.level()), excerpt, found}),
                        Fix{FixKind::Safe, {removal}});
        }
    }
};

GW_REGISTER_RULE(StandaloneHeadingPunct);

} // namespace
} // namespace gw
