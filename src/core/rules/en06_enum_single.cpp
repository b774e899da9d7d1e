// EN-06 enum-single: 一是 with no 二是 — a one-item enumeration.
#include "../enumerations.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class EnumSingle final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EN-06", "enum-single", Severity::Info, FixKind::None, "",
                                   "有“一是”而无“二是”", "\"一是\" without \"二是\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const auto& series : numberedSeries(context.enumerations)) {
            const EnumItem& item = *series.front();
            if (series.size() != 1 || item.kind != EnumKind::Yishi || item.number != 1)
                continue;
            sink.report(item.paragraph, item.start, item.end - item.start,
                        "只有“一是”而没有“二是”：单独一项不必列举，或补齐其后各项",
                        "\"一是\" (firstly) without \"二是\": a single item needs no enumeration, or the other items are "
                        "missing");
        }
    }
};

GW_REGISTER_RULE(EnumSingle);

} // namespace
} // namespace gw
