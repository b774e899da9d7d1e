// HN-05 l4-marker-form: a level-4 marker is the full-width "（1）" with nothing after it.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class L4MarkerForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-05", "l4-marker-form", Severity::Error, FixKind::Safe,
                                   "GB/T 9704-2012 §7.3.3; GB/T 15834-2011 附录B.3",
                                   "四级标题序号应为全角括号“（1）”", "Level-4 marker must be full-width \"（1）\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            const Marker& marker = heading.marker;
            if (marker.markerClass != MarkerClass::BracketedArabic || marker.fromListLabel)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const std::u16string_view found = text.substr(marker.start, marker.end - marker.start);
            // Keep the digits as typed (their width is HN-06's business); "⑴" has none to keep.
            const std::u16string digits =
                marker.enclosedForm ? text::fromUtf8(std::to_string(marker.number))
                                    : std::u16string(text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart));
            const std::u16string expected = u"（" + digits + u"）";
            if (found == expected)
                continue;
            const std::string foundUtf8 = text::toUtf8(found), expectedUtf8 = text::toUtf8(expected);
            sink.report(heading.paragraph, marker.start, static_cast<std::uint32_t>(found.size()),
                        formatMessage("四级标题序号“{0}”应为全角括号“{1}”，其后不加标点（GB/T 9704-2012 §7.3.3）",
                                      {foundUtf8, expectedUtf8}),
                        formatMessage("Level-4 marker \"{0}\" should be \"{1}\": full-width brackets, no point "
                                      "after them (GB/T 9704-2012 §7.3.3)",
                                      {foundUtf8, expectedUtf8}),
                        Fix{FixKind::Safe, {minimalReplacement(heading.paragraph, marker.start, found, expected)}});
        }
    }
};

GW_REGISTER_RULE(L4MarkerForm);

} // namespace
} // namespace gw
