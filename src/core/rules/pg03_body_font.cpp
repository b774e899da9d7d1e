// PG-03 body-font: body text is 3号 (16 pt) 仿宋 (GB/T 9704-2012 §5.2.2). Only text whose role is
// confidently body text (layout.hpp's bodyTextSpans) is looked at and fixed; the Chinese
// characters decide, as digits and Latin letters may come from a Western font. One finding per
// paragraph. Black is PG-07's.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gw {
namespace {

constexpr double kBodyPt = 16;

std::string points(double size)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%g", size);
    return buffer;
}

class BodyFont final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-03", "body-font", Severity::Warning, FixKind::Safe, "GB/T 9704-2012 §5.2.2",
                                   "正文字体字号不是三号仿宋", "Body text is not 3号 (16 pt) FangSong", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        if (!layoutKnown(document))
            return;
        // Body runs are mostly in one font: the family of the last name looked up is kept.
        std::u16string_view lastFont;
        bool lastFontIsFangsong = true;
        auto isFangsong = [&](std::u16string_view font) {
            if (font != lastFont) {
                lastFont = font;
                lastFontIsFangsong = belongsTo(font, kFangsongFamily);
            }
            return lastFontIsFangsong;
        };
        for (const BodySpan& span : bodyTextSpans(document, context.structure)) {
            const Paragraph& paragraph = document.paragraphs[span.paragraph];
            std::u16string_view wrongFont;
            double wrongSize = 0;
            // Each run of the span that holds a Chinese character, once (runs are in text order).
            for (const TextRun& run : paragraph.runs) {
                const std::uint32_t from = std::max(run.start, span.start);
                const std::uint32_t to = std::min(run.start + run.length, span.end);
                bool han = false;
                for (std::uint32_t pos = from; pos < to && !han; ++pos)
                    han = text::isHan(paragraph.text[pos]);
                if (!han)
                    continue;
                if (wrongFont.empty() && !run.fontAsian.empty() && !isFangsong(run.fontAsian))
                    wrongFont = run.fontAsian;
                if (wrongSize == 0 && run.sizePt > 0 && std::abs(run.sizePt - kBodyPt) > 0.25)
                    wrongSize = run.sizePt;
                if (!wrongFont.empty() && wrongSize != 0)
                    break; // both known: nothing more to learn
            }
            if (wrongFont.empty() && wrongSize == 0)
                continue;
            Fix fix{FixKind::Safe, {}};
            std::string foundZh, foundEn;
            if (!wrongFont.empty()) {
                fix.edits.push_back(SetCharProperty{span.paragraph, span.start, span.end - span.start, CharProperty::FontAsian,
                                                    text::fromUtf8(kFangsongFamily.zh), 0});
                foundZh = "“" + text::toUtf8(wrongFont) + "”";
                foundEn = "\"" + text::toUtf8(wrongFont) + "\"";
            }
            if (wrongSize > 0) {
                fix.edits.push_back(SetCharProperty{span.paragraph, span.start, span.end - span.start, CharProperty::SizePt,
                                                    u"", kBodyPt});
                foundZh += (foundZh.empty() ? "" : " ") + points(wrongSize) + "磅";
                foundEn += (foundEn.empty() ? "" : " ") + points(wrongSize) + " pt";
            }
            const std::u16string_view text = std::u16string_view(paragraph.text).substr(span.start, span.end - span.start);
            const std::string excerpt = excerptOf(text);
            sink.report(span.paragraph, span.start, span.end - span.start,
                        formatMessage("正文“{0}”应为三号（16磅）仿宋，实为{1}（GB/T 9704-2012 §5.2.2）", {excerpt, foundZh}),
                        formatMessage("Body text \"{0}\" should be 3号 (16 pt) FangSong, found {1} (GB/T 9704-2012 §5.2.2)",
                                      {excerpt, foundEn}),
                        std::move(fix));
        }
    }
};

GW_REGISTER_RULE(BodyFont);

} // namespace
} // namespace gw
