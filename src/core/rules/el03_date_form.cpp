// EL-03 date-form: the 成文日期 in Arabic numerals, the year in full, month and day without
// leading zeros: "2024年5月6日" (GB/T 9704-2012 §7.3.5.4). A date in 汉字 is accepted only with the
// option allowChineseDate (讲话稿 and some 纪要 keep "二〇二四年五月六日").
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class DateForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-03", "date-form", Severity::Error, FixKind::Safe, "GB/T 9704-2012 §7.3.5.4",
                                   "成文日期用阿拉伯数字标全年、月、日，月、日不编虚位",
                                   "The date of issue is in Arabic numerals, year in full, no leading zeros"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Element* element : context.structure.elements().all(ElementKind::Date)) {
            if (!element->confident())
                continue;
            const std::uint32_t paragraph = element->first;
            const std::u16string_view text = context.document.paragraphs[paragraph].text;
            const auto date = readDateLine(text);
            if (!date || (date->chinese && context.config.options.allowChineseDate))
                continue;
            const std::u16string_view current = text.substr(date->start, date->end - date->start);
            const std::u16string wanted = date->standardForm();
            if (current == wanted)
                continue;
            const std::string shown = text::toUtf8(current);
            if (wanted.empty()) {
                sink.report(paragraph, date->start, date->end - date->start,
                            formatMessage("成文日期“{0}”的年份应标全称（如“2024年5月6日”；GB/T 9704-2012 §7.3.5.4）", {shown}),
                            formatMessage("The year in the date of issue \"{0}\" is written in full, as in 2024年5月6日 "
                                          "(GB/T 9704-2012 §7.3.5.4)",
                                          {shown}));
                continue;
            }
            const std::string fixed = text::toUtf8(wanted);
            sink.report(paragraph, date->start, date->end - date->start,
                        formatMessage("成文日期应用阿拉伯数字标全年、月、日，月、日不编虚位：“{0}”应为“{1}”（GB/T 9704-2012 §7.3.5.4）",
                                      {shown, fixed}),
                        formatMessage("The date of issue is written in Arabic numerals with the year in full and no "
                                      "leading zeros: \"{0}\" should be \"{1}\" (GB/T 9704-2012 §7.3.5.4)",
                                      {shown, fixed}),
                        Fix{FixKind::Safe, {minimalReplacement(paragraph, date->start, current, wanted)}});
        }
    }
};

GW_REGISTER_RULE(DateForm);

} // namespace
} // namespace gw
