// EL-04 addressee-colon: the 主送机关 ends with a full-width "：" after its last name (GB/T
// 9704-2012 §7.3.2). A half-width comma between its names is PN-01's finding, as anywhere in
// Chinese text; a line whose names are separated otherwise is not recognised as the 主送机关.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class AddresseeColon final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EL-04", "addressee-colon", Severity::Error, FixKind::Safe, "GB/T 9704-2012 §7.3.2",
                                   "主送机关最后一个机关名称后标全角冒号", "The addressee line ends with a full-width colon"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Element* element : context.structure.elements().all(ElementKind::Addressee)) {
            if (!element->confident())
                continue;
            const std::uint32_t paragraph = element->last;
            const std::u16string_view text = context.document.paragraphs[paragraph].text;
            auto end = static_cast<std::uint32_t>(text.size());
            while (end > 0 && text::isSpace(text[end - 1]))
                --end;
            if (end == 0)
                continue;
            const char16_t last = text[end - 1];
            if (last == u'：')
                continue;
            if (last == u':') {
                sink.report(paragraph, end - 1, 1,
                            "主送机关后应标全角冒号：“:”应为“：”（GB/T 9704-2012 §7.3.2）",
                            "The addressee line ends with a full-width colon: \":\" should be \"：\" (GB/T 9704-2012 §7.3.2)",
                            Fix{FixKind::Safe, {ReplaceText{paragraph, end - 1, 1, u"："}}});
                continue;
            }
            const std::string names = text::toUtf8(text.substr(0, end));
            sink.report(paragraph, 0, end,
                        formatMessage("主送机关“{0}”最后一个机关名称后应标全角冒号“：”（GB/T 9704-2012 §7.3.2）", {names}),
                        formatMessage("The addressee line \"{0}\" ends with a full-width colon \"：\" (GB/T 9704-2012 §7.3.2)",
                                      {names}),
                        Fix{FixKind::Safe, {ReplaceText{paragraph, end, 0, u"："}}});
        }
    }
};

GW_REGISTER_RULE(AddresseeColon);

} // namespace
} // namespace gw
