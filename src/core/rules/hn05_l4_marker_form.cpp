// HN-05 l4-marker-form: a level-4 marker is the full-width "（1）" with nothing after it.
#include "../marker_form.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class L4MarkerForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-05", "l4-marker-form", Severity::Error, FixKind::Safe,
                                   "GB/T 9704-2012 §7.3.3; GB/T 15834-2011 附录B.3",
                                   "四级标题序号应为全角括号“（1）”", "Level-4 marker must be full-width \"（1）\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        checkMarkerForms(context, sink, MarkerClass::BracketedArabic,
                         "四级标题序号“{0}”应为全角括号“{1}”，其后不加标点（GB/T 9704-2012 §7.3.3）",
                         "Level-4 marker \"{0}\" should be \"{1}\": full-width brackets, no point after them "
                         "(GB/T 9704-2012 §7.3.3)",
                         [](const Marker& marker, std::u16string_view text) {
                             // "⑴" has no digits to keep.
                             const std::u16string digits = marker.enclosedForm
                                                               ? text::fromUtf8(std::to_string(marker.number))
                                                               : std::u16string(typedNumeral(marker, text));
                             return MarkerForm{marker.end, u"（" + digits + u"）"};
                         });
    }
};

GW_REGISTER_RULE(L4MarkerForm);

} // namespace
} // namespace gw
