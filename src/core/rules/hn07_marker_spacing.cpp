// HN-07 marker-spacing: nothing (no space, tab or ideographic space) between a marker and its
// heading text.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class MarkerSpacing final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-07", "marker-spacing", Severity::Warning, FixKind::Safe, "",
                                   "序号与标题文字之间不应有空格", "No space between a marker and the heading text"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            const Marker& marker = heading.marker;
            // A bare numeral with only spaces after it ("一 总体要求") has them in place of its
            // separator: HN-01 and HN-03 replace them.
            const bool terminated = marker.fromListLabel || marker.open != 0 || marker.enclosedForm ||
                                    marker.separatorEnd > marker.separatorStart;
            if (!terminated || marker.spacing() == 0)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            if (marker.textStart >= text.size())
                continue; // trailing spaces of a bare marker are not spacing before text
            const std::string shown = text::toUtf8(markerText(context.document, heading));
            sink.report(heading.paragraph, marker.end, marker.spacing(),
                        formatMessage("序号“{0}”与标题文字之间有空格，应删除：序号后直接接排标题文字",
                                      {shown}),
                        formatMessage("Space between marker \"{0}\" and the heading text: remove it, the text follows the "
                                      "marker directly",
                                      {shown}),
                        Fix{FixKind::Safe, {ReplaceText{heading.paragraph, marker.end, marker.spacing(), u""}}});
        }
    }
};

GW_REGISTER_RULE(MarkerSpacing);

} // namespace
} // namespace gw
