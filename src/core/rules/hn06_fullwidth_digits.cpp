// HN-06 fullwidth-digits: the digits of a marker are half-width ("1." not "１．").
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

class FullwidthDigits final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-06", "fullwidth-digits", Severity::Error, FixKind::Safe, "",
                                   "序号中的数字应为半角", "Marker digits must be half-width"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            const Marker& marker = heading.marker;
            if (marker.fromListLabel || marker.enclosedForm ||
                (marker.markerClass != MarkerClass::ArabicNumeral && marker.markerClass != MarkerClass::BracketedArabic))
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const std::u16string_view numeral = text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart);
            const std::u16string folded = text::foldWidth(numeral);
            if (folded == numeral)
                continue;
            const std::string found = text::toUtf8(numeral), expected = text::toUtf8(folded);
            sink.report(heading.paragraph, marker.numeralStart, static_cast<std::uint32_t>(numeral.size()),
                        formatMessage("序号中的全角数字“{0}”应为半角“{1}”：序号中的阿拉伯数字用半角形式",
                                      {found, expected}),
                        formatMessage("Full-width digits \"{0}\" in a marker should be half-width \"{1}\"",
                                      {found, expected}),
                        Fix{FixKind::Safe, {minimalReplacement(heading.paragraph, marker.numeralStart, numeral, folded)}});
        }
    }
};

GW_REGISTER_RULE(FullwidthDigits);

} // namespace
} // namespace gw
