// HN-04 l3-dot-width: "1." and "1．" mixed in one document, or not the profile's pinned form.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class L3DotWidth final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-04", "l3-dot-width", Severity::Warning, FixKind::Safe, "",
                                   "三级标题序号的点号应全文统一", "Level-3 marker dots must be uniform"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const char16_t wanted = context.structure.arabicDot();
        const bool pinned = context.config.options.arabicDot != ArabicDot::Either;
        const std::u16string wantedText(1, wanted);
        const std::string wantedUtf8 = text::toUtf8(wantedText);
        for (const Heading& heading : context.structure.headings()) {
            const Marker& marker = heading.marker;
            if (marker.markerClass != MarkerClass::ArabicNumeral || marker.fromListLabel ||
                marker.separatorEnd != marker.separatorStart + 1)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const char16_t dot = text[marker.separatorStart];
            if ((dot != u'.' && dot != u'．') || dot == wanted)
                continue;
            const std::string found = text::toUtf8(text.substr(marker.start, marker.end - marker.start));
            const std::string expected =
                text::toUtf8(text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart)) + wantedUtf8;
            const char* why = pinned ? "按配置应统一用“{1}”" : "与本文多数三级标题不一致，应统一为“{1}”";
            const char* whyEn = pinned ? "the configuration pins \"{1}\"" : "most level-3 markers of this document use \"{1}\"";
            sink.report(heading.paragraph, marker.separatorStart, 1,
                        formatMessage(std::string("三级标题序号“{0}”的点号") + why, {found, expected}),
                        formatMessage(std::string("Level-3 marker \"{0}\" uses the other dot: ") + whyEn, {found, expected}),
                        Fix{FixKind::Safe, {ReplaceText{heading.paragraph, marker.separatorStart, 1, wantedText}}});
        }
    }
};

GW_REGISTER_RULE(L3DotWidth);

} // namespace
} // namespace gw
