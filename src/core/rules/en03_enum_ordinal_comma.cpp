// EN-03 enum-ordinal-comma: 第一/其一/首先/其次/最后 take a comma, not 、 or ：.
#include "../enumerations.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class EnumOrdinalComma final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EN-03", "enum-ordinal-comma", Severity::Error, FixKind::Safe,
                                   "GB/T 15834-2011 B.3.1", "“第一”“首先”等序次语后用逗号",
                                   "A comma after \"第一\", \"首先\" and the like"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        for (const EnumItem& item : context.enumerations) {
            if (item.kind != EnumKind::Diyi && item.kind != EnumKind::Qiyi && item.kind != EnumKind::Ordinal)
                continue;
            if (std::u16string_view(u"、：:").find(item.separator) == std::u16string_view::npos)
                continue;
            const std::string word = text::toUtf8(itemText(document, item));
            const std::string point = text::toUtf8(std::u16string(1, item.separator));
            sink.report(item.paragraph, item.start, item.end + 1 - item.start,
                        formatMessage("序次语“{0}”后应用逗号：“{0}{1}”应为“{0}，”（GB/T 15834-2011 B.3.1）", {word, point}),
                        formatMessage("Ordinal \"{0}\" takes a comma: \"{0}{1}\" should be \"{0}，\" (GB/T 15834-2011 B.3.1)",
                                      {word, point}),
                        Fix{FixKind::Safe, {ReplaceText{item.paragraph, item.end, 1, u"，"}}});
        }
    }
};

GW_REGISTER_RULE(EnumOrdinalComma);

} // namespace
} // namespace gw
