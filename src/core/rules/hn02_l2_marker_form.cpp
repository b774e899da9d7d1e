// HN-02 l2-marker-form: a level-2 marker is the full-width "（一）" with nothing after it.
#include "../marker_form.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class L2MarkerForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-02", "l2-marker-form", Severity::Error, FixKind::Safe,
                                   "GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3",
                                   "二级标题序号应为全角括号“（一）”", "Level-2 marker must be full-width \"（一）\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        checkMarkerForms(context, sink, MarkerClass::BracketedChinese,
                         "二级标题序号“{0}”应为全角括号“{1}”，其后不加标点（GB/T 9704-2012 §7.3.3）",
                         "Level-2 marker \"{0}\" should be \"{1}\": full-width brackets, no point after them "
                         "(GB/T 9704-2012 §7.3.3)",
                         [](const Marker& marker, std::u16string_view text) {
                             return MarkerForm{marker.end, u"（" + std::u16string(typedNumeral(marker, text)) + u"）"};
                         });
    }
};

GW_REGISTER_RULE(L2MarkerForm);

} // namespace
} // namespace gw
