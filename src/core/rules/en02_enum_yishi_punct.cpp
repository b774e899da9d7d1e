// EN-02 enum-yishi-punct: no point after 一是/二是 (一是：加强 → 一是加强); a comma is tolerated.
#include "../enumerations.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class EnumYishiPunct final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EN-02", "enum-yishi-punct", Severity::Warning, FixKind::Safe,
                                   "GB/T 15834-2011 B.3", "“一是”后不加标点", "No point after \"一是\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        for (const EnumItem& item : context.enumerations) {
            if (item.kind != EnumKind::Yishi || std::u16string_view(u"：:、").find(item.separator) == std::u16string_view::npos)
                continue;
            const std::string word = text::toUtf8(itemText(document, item));
            const std::string point = text::toUtf8(std::u16string(1, item.separator));
            sink.report(item.paragraph, item.start, item.end + 1 - item.start,
                        formatMessage("“{0}”后不加标点：“{0}{1}”应为“{0}”（GB/T 15834-2011 B.3）", {word, point}),
                        formatMessage("No point after \"{0}\": \"{0}{1}\" should be \"{0}\" (GB/T 15834-2011 B.3)",
                                      {word, point}),
                        Fix{FixKind::Safe, {ReplaceText{item.paragraph, item.end, 1, {}}}});
        }
    }
};

GW_REGISTER_RULE(EnumYishiPunct);

} // namespace
} // namespace gw
