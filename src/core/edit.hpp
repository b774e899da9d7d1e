// Fixes are plain data: edits the UNO adapter (or the core's own applier, in tests) carries out.
// Each edit touches the smallest range it can, so the rest of the paragraph keeps its formatting,
// bookmarks and comments.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gw {

struct ReplaceText {
    std::uint32_t paragraph = 0;
    std::uint32_t start = 0;   // UTF-16 offset in Paragraph::text
    std::uint32_t length = 0;  // 0 = pure insertion
    std::u16string replacement; // empty = deletion
};

// Color: `number` is 0xRRGGBB; Highlight: `number` is kAutoColor (-1) to remove it.
enum class CharProperty : std::uint8_t { FontAsian, FontWestern, SizePt, Bold, Color, Highlight };

struct SetCharProperty {
    std::uint32_t paragraph = 0;
    std::uint32_t start = 0;
    std::uint32_t length = 0;
    CharProperty property = CharProperty::FontAsian;
    std::u16string text; // for fonts
    double number = 0;   // for sizes (pt) and Bold (0/1)
};

// NumberingOff switches Writer list numbering off for the paragraph (`number` unused): HN-14
// turns a list label into typed text by inserting it and then switching the numbering off.
// Alignment: `number` is a gw::Alignment. SpacingMm: the space above and below, each `number` mm.
// LineSpacingPercent: proportional line spacing of `number` percent.
enum class ParagraphProperty : std::uint8_t {
    OutlineLevel,
    FirstLineIndentChars,
    NumberingOff,
    Alignment,
    SpacingMm,
    LineSpacingPercent,
};

struct SetParagraphProperty {
    std::uint32_t paragraph = 0;
    ParagraphProperty property = ParagraphProperty::OutlineLevel;
    double number = 0;
};

struct RemoveParagraph {
    std::uint32_t paragraph = 0;
};

// Replaces [start, start + length) — a line break — by a paragraph break: what follows becomes a
// paragraph of its own, with the paragraph's formatting.
struct SplitParagraph {
    std::uint32_t paragraph = 0;
    std::uint32_t start = 0;
    std::uint32_t length = 0;
};

// Page style edits name the style, not a paragraph. Margins are the 版心's (PageStyle says how
// a footer counts); Width and Height also set the orientation; GridLines turns on a text grid
// of that many lines, each line the type area's height divided by their number.
enum class PageProperty : std::uint8_t { WidthMm, HeightMm, TopMm, BottomMm, LeftMm, RightMm, GridLines };

struct SetPageStyleProperty {
    std::u16string pageStyle;
    PageProperty property = PageProperty::WidthMm;
    double number = 0;
};

// GB/T 9704 §7.5: `— N —` in the footer, a page-number field between 一字线; centred on every
// page, or odd pages right and even pages left, one character in from the edge of the type area.
enum class PageNumberPlacement : std::uint8_t { Centred, OddRightEvenLeft };
inline constexpr double kPageNumberIndentMm = 14 * 25.4 / 72; // one character of 四号 (14 pt)

struct SetPageNumberFooter {
    std::u16string pageStyle;
    PageNumberPlacement placement = PageNumberPlacement::Centred;
};

using Edit = std::variant<ReplaceText, SetCharProperty, SetParagraphProperty, RemoveParagraph, SplitParagraph,
                          SetPageStyleProperty, SetPageNumberFooter>;

// Page style edits touch no paragraph: they neither move nor are moved by paragraph edits.
bool isPageStyleEdit(const Edit& edit);

enum class FixKind : std::uint8_t {
    None,    // N: report only
    Safe,    // A: one click, applied by "fix all"
    Confirm, // C: offered with a preview, applied only on request
};

struct Fix {
    FixKind kind = FixKind::None;
    std::vector<Edit> edits;
};

// The smallest ReplaceText that turns `current`, found at `start` in the paragraph, into
// `wanted`: common leading and trailing characters are left alone.
ReplaceText minimalReplacement(std::uint32_t paragraph, std::uint32_t start, std::u16string_view current,
                               std::u16string_view wanted);

// The paragraph an edit touches; 0 for page style edits (see isPageStyleEdit).
std::uint32_t paragraphOf(const Edit& edit);

// The UTF-16 range an edit touches inside its paragraph; whole-paragraph edits cover it all.
struct EditSpan { std::uint32_t paragraph, start, end; bool wholeParagraph; };
EditSpan spanOf(const Edit& edit);

// Two edits conflict when they touch the same text (or the same property of one page style);
// edits of different paragraphs never do.
bool editsOverlap(const Edit& a, const Edit& b);

// Two fixes conflict when any of their edits do.
bool fixesOverlap(const Fix& a, const Fix& b);

// True when the edit changes formatting only, never the text or the paragraphs.
bool isFormattingEdit(const Edit& edit);

// A name for what an edit changes, for counts in a preview: "page-size", "page-margins",
// "text-grid", "page-number", "font", "size", "bold", "color", "highlight", "alignment", "line-spacing",
// "outline-level", "indent", "numbering", "text", "paragraphs".
std::string_view editKindName(const Edit& edit);

} // namespace gw
