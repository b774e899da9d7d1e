// HP-02 runin-heading-period: the heading part of a run-in heading is closed by "。" before the
// body text ("（一）强化组织领导。一是…"), not by "，" before 一是, a "：" (levels 1–2) or spaces.
// Fields ("（一）公司名称：某某") and list items are no headings: their colon is right.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class RuninHeadingPeriod final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HP-02", "runin-heading-period", Severity::Warning, FixKind::Confirm, "",
                                   "段中标题应以句号与正文隔开", "A run-in heading is closed by \"。\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            if (!heading.unclosed || !heading.isOutlineHeading() || heading.level() > 4)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const std::u16string_view gap = text.substr(heading.gapStart, heading.gapEnd - heading.gapStart);
            const bool spaces = text::isSpace(gap.front());
            const std::string excerpt = headingExcerpt(context.document, heading);
            const std::string foundZh = spaces ? std::string("空格") : "“" + text::toUtf8(gap) + "”";
            const std::string foundEn = spaces ? std::string("spaces") : "\"" + text::toUtf8(gap) + "\"";
            sink.report(heading.paragraph, heading.gapStart, heading.gapEnd - heading.gapStart,
                        formatMessage("段中{0}标题“{1}”后应以句号“。”与正文隔开，实为{2}",
                                      {levelNameZh(heading.level()), excerpt, foundZh}),
                        formatMessage("Run-in {0} heading \"{1}\" should be closed by \"。\" before the body text; "
                                      "found {2}",
                                      {levelNameEn(heading.level()), excerpt, foundEn}),
                        Fix{FixKind::Confirm, {minimalReplacement(heading.paragraph, heading.gapStart, gap, u"。")}});
        }
    }
};

GW_REGISTER_RULE(RuninHeadingPeriod);

} // namespace
} // namespace gw
