// PG-04 line-grid: 22 lines a page, 28 characters a line, filling the type area (GB/T 9704-2012
// §5.2.3). Met by a text grid of 22 lines (with characters: 28 a line), or by body paragraphs
// set to an exact line spacing of a 22nd of the type area's height (≈ 29 pt). The fix turns on a
// grid of 22 lines; characters of 16 pt then fill the 156 mm line (PG-03 sets the size).
// Lines that fill the type area ("撑满版心") are justified: body paragraphs set flush left leave
// their lines ragged by up to a character, and are justified by a second finding's fix (one for
// the document, at the first such paragraph).
#include "../layout.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>
#include <cmath>

namespace gw {
namespace {

constexpr int kLines = 22, kCharsPerLine = 28;
constexpr double kLinePt = 225.0 / kLines * 72 / 25.4, kLineTolerancePt = 0.5;

bool gridMeetsStandard(const PageStyle& style)
{
    return (style.grid == TextGrid::Lines && style.gridLines == kLines) ||
           (style.grid == TextGrid::LinesAndChars && style.gridLines == kLines && style.gridCharsPerLine == kCharsPerLine);
}

void reportRaggedBody(const Document& document, const std::vector<BodySpan>& body, FindingSink& sink)
{
    Fix fix{FixKind::Safe, {}};
    for (const BodySpan& span : body)
        if (document.paragraphs[span.paragraph].alignment == Alignment::Left &&
            (fix.edits.empty() || paragraphOf(fix.edits.back()) != span.paragraph))
            fix.edits.push_back(SetParagraphProperty{span.paragraph, ParagraphProperty::Alignment,
                                                     static_cast<double>(static_cast<int>(Alignment::Justify))});
    if (fix.edits.empty())
        return;
    const std::uint32_t first = paragraphOf(fix.edits.front());
    const std::string count = std::to_string(fix.edits.size());
    sink.report(first, 0, 0,
                formatMessage("{0}个正文段落左对齐，行尾参差，不能撑满版心：正文应两端对齐（GB/T 9704-2012 §5.2.3）", {count}),
                formatMessage("{0} body paragraphs are set flush left, so their lines do not fill the type area: body "
                              "text is justified (GB/T 9704-2012 §5.2.3)",
                              {count}),
                std::move(fix));
}

class LineGrid final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PG-04", "line-grid", Severity::Warning, FixKind::Safe, "GB/T 9704-2012 §5.2.3",
                                   "每面行数不是22行", "Not 22 lines a page"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        if (!layoutKnown(document))
            return;
        const std::vector<BodySpan> body = bodyTextSpans(document, context.structure);
        reportRaggedBody(document, body, sink);
        const bool exactSpacing =
            !body.empty() && std::all_of(body.begin(), body.end(), [&](const BodySpan& span) {
                const LineSpacing& spacing = document.paragraphs[span.paragraph].lineSpacing;
                return spacing.rule == LineSpacingRule::Exactly && std::abs(spacing.value - kLinePt) <= kLineTolerancePt;
            });
        if (exactSpacing)
            return;
        for (const PageStyle& style : document.pageStyles) {
            if (gridMeetsStandard(style))
                continue;
            const std::string name = text::toUtf8(style.name);
            std::string gridZh = "未设文档网格", gridEn = "has no text grid";
            if (style.grid != TextGrid::None) {
                gridZh = "文档网格为每页 " + std::to_string(style.gridLines) + " 行";
                gridEn = "has a text grid of " + std::to_string(style.gridLines) + " lines";
                if (style.grid == TextGrid::LinesAndChars) {
                    gridZh += "、每行 " + std::to_string(style.gridCharsPerLine) + " 字";
                    gridEn += " and " + std::to_string(style.gridCharsPerLine) + " characters a line";
                }
            }
            sink.report(style.firstParagraph, 0, 0,
                        formatMessage("页面样式“{0}”{1}，正文也未设固定行距：公文一般每面排22行，每行排28个字，并撑满版心"
                                      "（GB/T 9704-2012 §5.2.3）",
                                      {name, gridZh}),
                        formatMessage("Page style \"{0}\" {1} and the body has no exact line spacing: an official document "
                                      "has 22 lines a page, 28 characters a line, filling the type area "
                                      "(GB/T 9704-2012 §5.2.3)",
                                      {name, gridEn}),
                        Fix{FixKind::Safe, {SetPageStyleProperty{style.name, PageProperty::GridLines, kLines}}});
        }
    }
};

GW_REGISTER_RULE(LineGrid);

} // namespace
} // namespace gw
