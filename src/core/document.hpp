// The document model the rules see: what gwcheck needs to know of a Writer document, and
// nothing of UNO. Text is UTF-16 because Writer's offsets are UTF-16 code units; every offset
// in a finding or an edit refers to Paragraph::text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gw {

enum class Container : std::uint8_t { Body, Table, Frame, Header, Footer, Footnote };
enum class Alignment : std::uint8_t { Left, Center, Right, Justify };

// Writer's "automatic" colour (COL_AUTO): for text that is black on a white page, for a
// background none at all.
inline constexpr std::int32_t kAutoColor = -1;

// How a paragraph's lines are spaced: a percentage of the font's line, or a height in points.
enum class LineSpacingRule : std::uint8_t { Proportional, AtLeast, Leading, Exactly };
struct LineSpacing {
    LineSpacingRule rule = LineSpacingRule::Proportional;
    double value = 100; // percent for Proportional, points otherwise
};

// A stretch of a paragraph with uniform character formatting (a Writer text portion).
struct TextRun {
    std::uint32_t start = 0;
    std::uint32_t length = 0;
    std::u16string fontAsian;   // CharFontNameAsian: the font CJK text is drawn in
    std::u16string fontWestern; // CharFontName
    double sizePt = 0;          // CharHeightAsian; 0 = unknown
    bool bold = false;
    bool italic = false;
    std::int32_t color = kAutoColor;     // CharColor as 0xRRGGBB, kAutoColor = automatic
    std::int32_t highlight = kAutoColor; // CharHighlight (or CharBackColor), kAutoColor = none
};

struct Paragraph {
    std::u16string text;
    std::u16string styleName;
    int outlineLevel = 0;      // 0 = body text, 1..10 as Writer's OutlineLevel
    std::u16string listLabel;  // Writer list label ("一、") when numbering is on, else empty
    std::vector<TextRun> runs; // empty when formatting is unknown (plain-text input)
    Container container = Container::Body;
    Alignment alignment = Alignment::Left;
    double firstLineIndentMm = 0;
    double leftIndentMm = 0;
    LineSpacing lineSpacing;
    double spaceBeforeMm = 0, spaceAfterMm = 0;
    int page = 0;              // 1-based page when known, 0 = unknown
};

// A footer as the reader sees it: its text (fields as U+FFFC) and where the page number is.
struct Footer {
    std::u16string text;           // paragraphs joined by '\n'
    int pageNumberAt = -1;         // offset of a PageNumber field in `text`, -1 = none
    Alignment alignment = Alignment::Left; // of the paragraph holding the page number (else the first)
    double leftIndentMm = 0, rightIndentMm = 0;
};

// Text grid of a page style (Writer's GridMode): none, lines only, or lines and characters.
enum class TextGrid : std::uint8_t { None, Lines, LinesAndChars };

// A page style the body uses. Margins are those of the 版心 (type area), as GB/T 9704 counts
// them: a footer (or header) and its spacing belong to the margin, so `bottomMm` is Writer's
// bottom margin plus the footer's height when a footer is on.
struct PageStyle {
    std::u16string name;
    std::uint32_t firstParagraph = 0; // the first body paragraph set on it (findings attach there)
    double widthMm = 0, heightMm = 0;
    double topMm = 0, bottomMm = 0, leftMm = 0, rightMm = 0;
    TextGrid grid = TextGrid::None;
    int gridLines = 0;         // lines per page
    int gridCharsPerLine = 0;  // LinesAndChars only
    bool footerOn = false;
    bool footerShared = true;  // one footer for odd and even pages
    Footer footer;             // every page's, or the odd (right) pages' when not shared
    Footer footerEven;         // the even (left) pages' when not shared
};

struct Document {
    std::vector<Paragraph> paragraphs;
    // The page styles the body uses; empty when the layout is unknown (plain-text input).
    std::vector<PageStyle> pageStyles;
    // Font family names installed where the document is checked; empty when not asked for.
    std::vector<std::u16string> installedFonts;
    std::vector<std::u16string> ignoredFindings; // finding keys the author chose to ignore
};

// The run that covers UTF-16 offset `pos`, or nullptr when formatting is unknown.
const TextRun* runAt(const Paragraph& paragraph, std::uint32_t pos);

// Splits plain text into paragraphs (one per line); used for .txt input and unit tests.
Document documentFromPlainText(std::u16string_view text);

} // namespace gw
