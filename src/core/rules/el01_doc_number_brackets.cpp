// EL-01 doc-number-brackets: the year of a 发文字号 is set in 六角括号 〔2024〕 (GB/T 9704-2012 §7.2.5).
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class DocNumberBrackets final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-01", "doc-number-brackets", Severity::Error, FixKind::Safe, "GB/T 9704-2012 §7.2.5",
                                   "发文字号的年份用六角括号“〔〕”括入", "The year of a document number is set in 〔〕"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Element* element : context.structure.elements().all(ElementKind::DocNumber)) {
            if (!element->confident())
                continue;
            const std::u16string_view text = context.document.paragraphs[element->first].text;
            const auto number = readDocNumber(text);
            if (!number || (text[number->open] == u'〔' && text[number->close] == u'〕'))
                continue;
            const std::uint32_t length = number->close + 1 - number->open;
            const std::u16string_view current = text.substr(number->open, length);
            const std::u16string wanted = u"〔" + std::u16string(text.substr(number->yearStart, number->yearEnd - number->yearStart)) + u"〕";
            Fix fix{FixKind::Safe, {}};
            if (text[number->open] != u'〔')
                fix.edits.emplace_back(ReplaceText{element->first, number->open, 1, u"〔"});
            if (text[number->close] != u'〕')
                fix.edits.emplace_back(ReplaceText{element->first, number->close, 1, u"〕"});
            sink.report(element->first, number->open, length,
                        formatMessage("发文字号的年份应用六角括号括入：“{0}”应为“{1}”（GB/T 9704-2012 §7.2.5）",
                                      {text::toUtf8(current), text::toUtf8(wanted)}),
                        formatMessage("The year of a document number is set in 六角括号 〔〕: \"{0}\" should be \"{1}\" "
                                      "(GB/T 9704-2012 §7.2.5)",
                                      {text::toUtf8(current), text::toUtf8(wanted)}),
                        std::move(fix));
        }
    }
};

GW_REGISTER_RULE(DocNumberBrackets);

} // namespace
} // namespace gw
