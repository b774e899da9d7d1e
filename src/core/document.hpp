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

// A stretch of a paragraph with uniform character formatting (a Writer text portion).
struct TextRun {
    std::uint32_t start = 0;
    std::uint32_t length = 0;
    std::u16string fontAsian;   // CharFontNameAsian: the font CJK text is drawn in
    std::u16string fontWestern; // CharFontName
    double sizePt = 0;          // CharHeightAsian; 0 = unknown
    bool bold = false;
    bool italic = false;
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
    int page = 0;              // 1-based page when known, 0 = unknown
};

struct PageSetup {
    double widthMm = 0, heightMm = 0;
    double topMm = 0, bottomMm = 0, leftMm = 0, rightMm = 0;
};

struct Document {
    std::vector<Paragraph> paragraphs;
    PageSetup page;              // all zero when unknown
    std::vector<std::u16string> ignoredFindings; // finding keys the author chose to ignore
};

// The run that covers UTF-16 offset `pos`, or nullptr when formatting is unknown.
const TextRun* runAt(const Paragraph& paragraph, std::uint32_t pos);

// Splits plain text into paragraphs (one per line); used for .txt input and unit tests.
Document documentFromPlainText(std::u16string_view text);

} // namespace gw
