// HN-03 l3-marker-form: a level-3 marker is an Arabic numeral followed by a dot ("1." or "1．").
#include "../marker_form.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

bool isDot(char16_t c) { return c == u'.' || c == u'．'; }

class L3MarkerForm final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-03", "l3-marker-form", Severity::Error, FixKind::Safe,
                                   "GB/T 9704-2012 §7.3.3; GB/T 15834-2011 附录B.3",
                                   "三级标题序号应为“1.”", "Level-3 marker must be \"1.\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        checkMarkerForms(context, sink, MarkerClass::ArabicNumeral,
                         "三级标题序号“{0}”应为“{1}”：阿拉伯数字后用下脚点（GB/T 9704-2012 §7.3.3；"
                         "GB/T 15834-2011 附录B.3）",
                         "Level-3 marker \"{0}\" should be \"{1}\": an Arabic numeral is followed by a dot "
                         "(GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3)",
                         [&](const Marker& marker, std::u16string_view text) {
                             const bool noSeparator = marker.separatorEnd == marker.separatorStart;
                             // Which dot is HN-04's business: keep a dot that is there, else use the document's.
                             const char16_t dot = !noSeparator && isDot(text[marker.separatorStart])
                                                      ? text[marker.separatorStart]
                                                      : context.structure.arabicDot();
                             return MarkerForm{noSeparator ? marker.textStart : marker.end,
                                               std::u16string(typedNumeral(marker, text)) + dot};
                         });
    }
};

GW_REGISTER_RULE(L3MarkerForm);

} // namespace
} // namespace gw
