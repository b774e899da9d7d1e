// HP-01 standalone-heading-punct: a heading that is a paragraph of its own ends without a point
// (。，；： — ？！ are allowed). Numbered clauses (Heading::clause) are sentences, not headings.
#include "../punctuation.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

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
        for (const Heading& heading : context.structure.headings()) {
            if (!heading.standalone || heading.clause || heading.level() > 4)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const std::uint32_t start = endPointsStart(text, heading.marker.textStart, heading.headingEnd);
            if (start == heading.headingEnd || start == heading.marker.textStart)
                continue; // no point, or nothing but points after the marker
            const std::string found = text::toUtf8(text.substr(start, heading.headingEnd - start));
            const std::string excerpt = headingExcerpt(context.document, heading);
            sink.report(heading.paragraph, start, heading.headingEnd - start,
                        formatMessage("独立成段的{0}标题“{1}”末尾不加标点：应删除“{2}”（GB/T 15834-2011 附录B.3）",
                                      {levelNameZh(heading.level()), excerpt, found}),
                        formatMessage("Standalone {0} heading \"{1}\" ends with \"{2}\": a heading on its own line "
                                      "takes no end point (GB/T 15834-2011 B.3)",
                                      {levelNameEn(heading.level()), excerpt, found}),
                        Fix{FixKind::Safe, {ReplaceText{heading.paragraph, start, heading.headingEnd - start, u""}}});
        }
    }
};

GW_REGISTER_RULE(StandaloneHeadingPunct);

} // namespace
} // namespace gw
