// HN-03 l3-marker-form: a level-3 marker is an Arabic numeral followed by a dot ("1." or "1．").
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
        for (const Heading& heading : context.structure.headings()) {
            const Marker& marker = heading.marker;
            if (marker.markerClass != MarkerClass::ArabicNumeral || marker.fromListLabel)
                continue;
            const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
            const bool noSeparator = marker.separatorEnd == marker.separatorStart;
            const std::uint32_t end = noSeparator ? marker.textStart : marker.end;
            const std::u16string_view found = text.substr(marker.start, end - marker.start);
            // Which dot is HN-04's business: keep a dot that is there, else use the document's.
            const char16_t dot = !noSeparator && isDot(text[marker.separatorStart]) ? text[marker.separatorStart]
                                                                                    : context.structure.arabicDot();
            const std::u16string expected =
                std::u16string(text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart)) + dot;
            if (found == expected)
                continue;
            const std::string foundUtf8 = text::toUtf8(found), expectedUtf8 = text::toUtf8(expected);
            sink.report(heading.paragraph, marker.start, static_cast<std::uint32_t>(found.size()),
                        formatMessage("三级标题序号“{0}”应为“{1}”：阿拉伯数字后用下脚点（GB/T 9704-2012 §7.3.3；"
                                      "GB/T 15834-2011 附录B.3）",
                                      {foundUtf8, expectedUtf8}),
                        formatMessage("Level-3 marker \"{0}\" should be \"{1}\": an Arabic numeral is followed by a "
                                      "dot (GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3)",
                                      {foundUtf8, expectedUtf8}),
                        Fix{FixKind::Safe, {minimalReplacement(heading.paragraph, marker.start, found, expected)}});
        }
    }
};

GW_REGISTER_RULE(L3MarkerForm);

} // namespace
} // namespace gw
