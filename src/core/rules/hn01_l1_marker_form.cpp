// HN-01 l1-marker-form: a level-1 marker is a Chinese numeral followed by "、".
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class L1MarkerForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-01", "l1-marker-form", Severity::Error, FixKind::Safe,
                                   "GB/T 9704-2012 §7.3.3; GB/T 15834-2011 附录B.3",
                                   "一级标题序号应为“一、”", "Level-1 marker must be \"一、\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            const Marker& marker = heading.marker;
            if (marker.markerClass != MarkerClass::ChineseNumeral || marker.fromListLabel)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            // "一 总体要求": the space stands where the 、 belongs, so it is replaced, not kept.
            const std::uint32_t end = marker.separatorEnd == marker.separatorStart ? marker.textStart : marker.end;
            const std::u16string_view found = text.substr(marker.start, end - marker.start);
            // Keep the numeral as typed: its value is HN-08's business.
            const std::u16string expected =
                std::u16string(text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart)) + u"、";
            if (found == expected)
                continue;
            const std::string foundUtf8 = text::toUtf8(found), expectedUtf8 = text::toUtf8(expected);
            sink.report(heading.paragraph, marker.start, static_cast<std::uint32_t>(found.size()),
                        formatMessage("一级标题序号“{0}”应为“{1}”：汉字数字后用顿号（GB/T 9704-2012 §7.3.3；"
                                      "GB/T 15834-2011 附录B.3）",
                                      {foundUtf8, expectedUtf8}),
                        formatMessage("Level-1 marker \"{0}\" should be \"{1}\": a Chinese numeral is followed by "
                                      "the enumeration comma \"、\" (GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3)",
                                      {foundUtf8, expectedUtf8}),
                        Fix{FixKind::Safe, {minimalReplacement(heading.paragraph, marker.start, found, expected)}});
        }
    }
};

GW_REGISTER_RULE(L1MarkerForm);

} // namespace
} // namespace gw
