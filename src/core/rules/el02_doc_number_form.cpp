// EL-02 doc-number-form: the sequence number of a 发文字号 takes no 第 and no leading zeros, and the
// year is in full: "某府发〔2024〕5号" (GB/T 9704-2012 §7.2.5).
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

bool isZero(char16_t c) { return c == u'0' || c == u'０'; }

class DocNumberForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-02", "doc-number-form", Severity::Error, FixKind::Safe, "GB/T 9704-2012 §7.2.5",
                                   "发文顺序号不加“第”字、不编虚位，年份标全称",
                                   "A document number's sequence takes no 第 and no leading zeros; the year is in full"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Element* element : context.structure.elements().all(ElementKind::DocNumber)) {
            if (!element->confident())
                continue;
            const std::uint32_t paragraph = element->first;
            const std::u16string_view text = context.document.paragraphs[paragraph].text;
            const auto number = readDocNumber(text);
            if (!number)
                continue;
            // "〔24〕": the year is not in full; which century is not for gwcheck to say.
            if (number->yearEnd - number->yearStart != 4) {
                const std::string year = text::toUtf8(text.substr(number->yearStart, number->yearEnd - number->yearStart));
                sink.report(paragraph, number->yearStart, number->yearEnd - number->yearStart,
                            formatMessage("发文字号的年份应标全称：“{0}”应写出四位年份（GB/T 9704-2012 §7.2.5）", {year}),
                            formatMessage("The year of a document number is written in full: \"{0}\" should have four digits "
                                          "(GB/T 9704-2012 §7.2.5)",
                                          {year}));
            }
            std::uint32_t digits = number->numberStart;
            while (digits + 1 < number->numberEnd && isZero(text[digits]))
                ++digits;
            if (!number->hasOrdinal && digits == number->numberStart)
                continue;
            const std::uint32_t start = number->hasOrdinal ? number->ordinal : number->numberStart;
            const std::u16string_view current = text.substr(start, number->numberEnd - start);
            const std::u16string_view wanted = text.substr(digits, number->numberEnd - digits);
            sink.report(paragraph, start, number->numberEnd - start,
                        formatMessage("发文顺序号不加“第”字、不编虚位：“{0}”应为“{1}”（GB/T 9704-2012 §7.2.5）",
                                      {text::toUtf8(current), text::toUtf8(wanted)}),
                        formatMessage("A document number's sequence takes no 第 and no leading zeros: \"{0}\" should be "
                                      "\"{1}\" (GB/T 9704-2012 §7.2.5)",
                                      {text::toUtf8(current), text::toUtf8(wanted)}),
                        Fix{FixKind::Safe, {minimalReplacement(paragraph, start, current, wanted)}});
        }
    }
};

GW_REGISTER_RULE(DocNumberForm);

} // namespace
} // namespace gw
