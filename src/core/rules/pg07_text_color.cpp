// PG-07 text-color: text is black, without highlighting (GB/T 9704-2012 §5.2.4: "如无特殊说明，公文中
// 文字的颜色均为黑色"). Automatic colour counts as black. The 版头 above the title is left alone:
// its 发文机关标志 is red by the standard (§7.2.2). One finding per paragraph; the fix sets the
// coloured runs black and removes highlighting.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>
#include <cstdio>

namespace gw {
namespace {

constexpr std::int32_t kBlack = 0x000000;

std::string hexColor(std::int32_t color)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "#%06X", static_cast<unsigned>(color) & 0xFFFFFFu);
    return buffer;
}

class TextColor final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-07", "text-color", Severity::Warning, FixKind::Safe, "GB/T 9704-2012 §5.2.4",
                                   "文字不是黑色或有突出显示", "Text is not black, or highlighted", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        if (!layoutKnown(document))
            return;
        const std::uint32_t first = context.structure.title().value_or(0);
        for (std::uint32_t index = first; index < document.paragraphs.size(); ++index) {
            const Paragraph& paragraph = document.paragraphs[index];
            Fix fix{FixKind::Safe, {}};
            std::uint32_t start = 0, end = 0;
            std::int32_t color = kAutoColor;
            bool highlighted = false;
            for (const TextRun& run : paragraph.runs) {
                const bool coloured = run.color != kAutoColor && run.color != kBlack;
                const bool marked = run.highlight != kAutoColor;
                if (!coloured && !marked)
                    continue;
                const std::u16string_view text = std::u16string_view(paragraph.text).substr(run.start, run.length);
                if (std::all_of(text.begin(), text.end(), text::isSpace))
                    continue; // a coloured space shows nothing
                if (coloured) {
                    fix.edits.push_back(SetCharProperty{index, run.start, run.length, CharProperty::Color, u"", kBlack});
                    if (color == kAutoColor)
                        color = run.color;
                }
                if (marked) {
                    fix.edits.push_back(
                        SetCharProperty{index, run.start, run.length, CharProperty::Highlight, u"", kAutoColor});
                    highlighted = true;
                }
                if (start == end)
                    start = run.start;
                end = run.start + run.length;
            }
            if (fix.edits.empty())
                continue;
            std::string foundZh, foundEn;
            if (color != kAutoColor) {
                foundZh = "文字颜色为 " + hexColor(color);
                foundEn = "text in " + hexColor(color);
            }
            if (highlighted) {
                foundZh += std::string(foundZh.empty() ? "" : "，") + "有突出显示（底色）";
                foundEn += std::string(foundEn.empty() ? "" : ", ") + "highlighting left in";
            }
            const std::string excerpt = excerptOf(std::u16string_view(paragraph.text).substr(start, end - start));
            sink.report(index, start, end - start,
                        formatMessage("“{0}”{1}：公文中文字的颜色均为黑色（GB/T 9704-2012 §5.2.4）", {excerpt, foundZh}),
                        formatMessage("\"{0}\": {1}; text in an official document is black (GB/T 9704-2012 §5.2.4)",
                                      {excerpt, foundEn}),
                        std::move(fix));
        }
    }
};

GW_REGISTER_RULE(TextColor);

} // namespace
} // namespace gw
