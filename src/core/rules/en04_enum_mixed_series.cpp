// EN-04 enum-mixed-series: one series written with two kinds of ordinal (首先… 第二…, 一是… 其次…).
#include "../enumerations.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class EnumMixedSeries final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EN-04", "enum-mixed-series", Severity::Warning, FixKind::None, "",
                                   "同一组列举不混用不同序次语", "One enumeration uses one kind of ordinal"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        const std::vector<EnumItem>& items = context.enumerations;
        for (std::size_t index = 0; index < items.size(); ++index) {
            const EnumItem& item = items[index];
            const EnumItem* previous = mixedWith(items, index, document);
            if (!previous)
                continue;
            const std::string word = text::toUtf8(itemText(document, item));
            const std::string before = text::toUtf8(itemText(document, *previous));
            sink.report(item.paragraph, item.start, item.end - item.start,
                        formatMessage("列举方式混用：“{0}”接在“{1}”之后；同一组列举应统一用“首先、其次、最后”"
                                      "“第一、第二”或“一是、二是”中的一种",
                                      {word, before}),
                        formatMessage("Mixed enumeration: \"{0}\" follows \"{1}\"; one series uses one kind of "
                                      "ordinal (首先/其次/最后, 第一/第二 or 一是/二是)",
                                      {word, before}));
        }
    }
};

GW_REGISTER_RULE(EnumMixedSeries);

} // namespace
} // namespace gw
