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

enum class CharProperty : std::uint8_t { FontAsian, FontWestern, SizePt, Bold };

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
enum class ParagraphProperty : std::uint8_t { OutlineLevel, FirstLineIndentChars, NumberingOff };

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

using Edit = std::variant<ReplaceText, SetCharProperty, SetParagraphProperty, RemoveParagraph, SplitParagraph>;

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

std::uint32_t paragraphOf(const Edit& edit);

// The UTF-16 range an edit touches inside its paragraph; whole-paragraph edits cover it all.
struct EditSpan { std::uint32_t paragraph, start, end; bool wholeParagraph; };
EditSpan spanOf(const Edit& edit);

// Two fixes conflict when any of their edits touch the same text.
bool fixesOverlap(const Fix& a, const Fix& b);

} // namespace gw
