// EN-07 enum-bare-numeral: a bare Chinese numeral used as an ordinal in running text takes 、,
// not ， (一，加强 → 一、加强).
#include "../enumerations.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class EnumBareNumeral final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EN-07", "enum-bare-numeral", Severity::Error, FixKind::Safe,
                                   "GB/T 15834-2011 B.3.2", "汉字数字序次语后用顿号",
                                   "An enumeration comma after a bare Chinese numeral"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        const EnumItem* previous = nullptr; // the last bare numeral seen
        for (const EnumItem& item : context.enumerations) {
            if (item.kind != EnumKind::BareNumeral)
                continue;
            // An ordinal opens a series or goes on one: a lone "五一，" or "十一，" is a holiday.
            const bool inSeries = item.number == 1 || (previous && previous->section == item.section &&
                                                        previous->number == item.number - 1);
            previous = &item;
            if (!inSeries)
                continue;
            const std::string word = text::toUtf8(itemText(document, item));
            const std::string point = text::toUtf8(std::u16string(1, item.separator));
            sink.report(item.paragraph, item.start, item.end + 1 - item.start,
                        formatMessage("汉字数字序次语后应用顿号：“{0}{1}”应为“{0}、”（GB/T 15834-2011 B.3.2）", {word, point}),
                        formatMessage("A bare Chinese numeral as an ordinal takes \"、\": \"{0}{1}\" should be \"{0}、\" "
                                      "(GB/T 15834-2011 B.3.2)",
                                      {word, point}),
                        Fix{FixKind::Safe, {ReplaceText{item.paragraph, item.end, 1, u"、"}}});
        }
    }
};

GW_REGISTER_RULE(EnumBareNumeral);

} // namespace
} // namespace gw
