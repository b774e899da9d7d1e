// HN-01 l1-marker-form: a level-1 marker is a Chinese numeral followed by "、".
#include "../marker_form.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class L1MarkerForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-01", "l1-marker-form", Severity::Error, FixKind::Safe,
                                   "GB/T 9704-2012 §7.3.3; GB/T 15834-2011 附录B.3",
                                   "一级标题序号应为“一、”", "Level-1 marker must be \"一、\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        checkMarkerForms(context, sink, MarkerClass::ChineseNumeral,
                         "一级标题序号“{0}”应为“{1}”：汉字数字后用顿号（GB/T 9704-2012 §7.3.3；"
                         "GB/T 15834-2011 附录B.3）",
                         "Level-1 marker \"{0}\" should be \"{1}\": a Chinese numeral is followed by the enumeration "
                         "comma \"、\" (GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3)",
                         [](const Marker& marker, std::u16string_view text) {
                             // "一 总体要求": the space stands where the 、 belongs, so it is replaced, not kept.
                             const bool noSeparator = marker.separatorEnd == marker.separatorStart;
                             return MarkerForm{noSeparator ? marker.textStart : marker.end,
                                               std::u16string(typedNumeral(marker, text)) + u"、"};
                         });
    }
};

GW_REGISTER_RULE(L1MarkerForm);

} // namespace
} // namespace gw
