// HN-17 heading-after-line-break: a heading marker that follows a line break (Shift+Enter, a
// <w:br/> pasted from a web page or e-mail) inside a paragraph, "一、总体情况↵（一）工作进展": the
// heading shares a paragraph with the text above it, so Writer's outline, the table of contents
// and the heading's paragraph format cannot reach it. The fix turns that line break into a
// paragraph break.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class HeadingAfterLineBreak final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-17", "heading-after-line-break", Severity::Warning, FixKind::Safe, "",
                                   "标题与上文之间是换行符而不是分段", "A heading follows a line break, not a paragraph break"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            if (heading.lineBreak < 0)
                continue;
            const std::string shown = text::toUtf8(markerText(context.document, heading)) + headingExcerpt(context.document, heading);
            const auto lineBreak = static_cast<std::uint32_t>(heading.lineBreak);
            sink.report(heading.paragraph, lineBreak, 1,
                        formatMessage("标题“{0}”前是换行符（Shift+Enter），与上文同在一段：标题应另起一段（修复把换行符换成分段）",
                                      {shown}),
                        formatMessage("Heading \"{0}\" follows a line break (Shift+Enter) and shares a paragraph with the text "
                                      "above it: start a paragraph of its own (the fix turns the line break into a paragraph break)",
                                      {shown}),
                        Fix{FixKind::Safe, {SplitParagraph{heading.paragraph, lineBreak, 1}}});
        }
    }
};

GW_REGISTER_RULE(HeadingAfterLineBreak);

} // namespace
} // namespace gw
