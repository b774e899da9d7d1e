// PG-04 line-grid: 22 lines a page, 28 characters a line, filling the type area (GB/T 9704-2012
// §5.2.3). Met by a text grid of 22 lines (with characters: 28 a line), or by body paragraphs
// set to an exact line spacing of 22 lines in the type area (28–29 pt). The fix turns on a
// grid of 22 lines; characters of 16 pt then fill the 156 mm line (PG-03 sets the size). That
// fix is offered (C), as PG-01's: Writer cannot undo a page style change.
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
constexpr double kTypeAreaPt = 225.0 * 72 / 25.4;

// Exact line spacing that puts 22 lines in the type area, no more and no fewer: from just
// above a 23rd of its height to a 22nd (28 pt, common in templates, to 29 pt), 0.3 pt of
// rounding allowed above.
bool gives22Lines(const LineSpacing& spacing)
{
    return spacing.rule == LineSpacingRule::Exactly && spacing.value > kTypeAreaPt / (kLines + 1) &&
           spacing.value <= kTypeAreaPt / kLines + 0.3;
}

// Single (or one giving 22 lines exactly): every line takes one line of the page.
bool linesOnGrid(const LineSpacing& spacing)
{
    return (spacing.rule == LineSpacingRule::Proportional && std::abs(spacing.value - 100) < 1) || gives22Lines(spacing);
}

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

// Space above or below paragraphs, and line spacing other than single, push lines off the
// page's 22: one finding for the document, at the first such paragraph of the body, whose fix
// sets them all to no space and single spacing.
void reportOffGridSpacing(const CheckContext& context, FindingSink& sink)
{
    const Document& document = context.document;
    Fix fix{FixKind::Safe, {}};
    std::uint32_t paragraphs = 0;
    for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        if (paragraph.container != Container::Body || !context.structure.role(index).confident)
            continue;
        const bool spaced = paragraph.spaceBeforeMm > 0.1 || paragraph.spaceAfterMm > 0.1;
        const bool offGrid = !linesOnGrid(paragraph.lineSpacing);
        if (spaced)
            fix.edits.push_back(SetParagraphProperty{index, ParagraphProperty::SpacingMm, 0});
        if (offGrid)
            fix.edits.push_back(SetParagraphProperty{index, ParagraphProperty::LineSpacingPercent, 100});
        paragraphs += spaced || offGrid ? 1 : 0;
    }
    if (fix.edits.empty())
        return;
    const std::uint32_t first = paragraphOf(fix.edits.front());
    const std::string count = std::to_string(paragraphs);
    sink.report(first, 0, 0,
                formatMessage("{0}个段落有段前段后间距或非单倍行距，每面排不成22行：应无段间距、单倍行距（或固定值28～29磅）"
                              "（GB/T 9704-2012 §5.2.3）",
                              {count}),
                formatMessage("{0} paragraphs have space above or below, or line spacing other than single, so a page "
                              "does not hold 22 lines: no paragraph spacing, single spacing (or exactly 28–29 pt) "
                              "(GB/T 9704-2012 §5.2.3)",
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
        reportOffGridSpacing(context, sink);
        const bool exactSpacing =
            !body.empty() && std::all_of(body.begin(), body.end(), [&](const BodySpan& span) {
                const LineSpacing& spacing = document.paragraphs[span.paragraph].lineSpacing;
                return gives22Lines(spacing);
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
                        Fix{FixKind::Confirm, {SetPageStyleProperty{style.name, PageProperty::GridLines, kLines}}});
        }
    }
};

GW_REGISTER_RULE(LineGrid);

} // namespace
} // namespace gw
