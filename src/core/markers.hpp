// The heading recognizer: classifies the typed (or Writer-numbered) prefix of a paragraph as one
// of the structure markers of GB/T 9704-2012 §7.3.3 — 一、 （一） 1. （1） — or one of their
// common wrong forms, with its level and sequence number.
#pragma once

#include "document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gw {

enum class MarkerClass : std::uint8_t {
    ChineseNumeral,   // 一、        level 1
    BracketedChinese, // （一）      level 2
    ArabicNumeral,    // 1.          level 3
    BracketedArabic,  // （1）       level 4
    Circled,          // ①           beyond level 4
};

int levelOf(MarkerClass markerClass); // 1..5

// Where the parts of a marker sit in the paragraph (UTF-16 offsets into Paragraph::text;
// all zero-length for a marker that comes from a Writer list label).
struct Marker {
    MarkerClass markerClass = MarkerClass::ChineseNumeral;
    int number = 0;                // sequence number (一 → 1, ⑶ → 3)
    std::uint32_t start = 0;       // first character of the marker (after leading space)
    std::uint32_t numeralStart = 0, numeralEnd = 0;
    char16_t open = 0;             // '(' or '（' for bracketed markers, else 0
    char16_t close = 0;            // ')' or '）'
    std::uint32_t separatorStart = 0, separatorEnd = 0; // what follows the numeral or bracket: 、 . ． ， …
    std::uint32_t end = 0;         // end of the marker incl. separator, before any spacing
    std::uint32_t textStart = 0;   // first character of the heading text (after spacing)
    bool enclosedForm = false;     // ⑴ ① (one code point for the whole marker)
    bool fullwidthDigits = false;  // １ ２ in the numeral
    bool fromListLabel = false;    // the marker is Writer numbering, not text

    int level() const { return levelOf(markerClass); }
    std::uint32_t spacing() const { return textStart - end; }
};

// The correct form of a marker: "一、" "（一）" "1." (or "1．" when `fullDot`) "（1）".
std::u16string canonicalMarker(MarkerClass markerClass, int number, bool fullDot = false);

// Recognises the marker at the start of `text` (leading white space allowed). Decimal numbers,
// dates and amounts (3.5万元, 2024.5, 1.5倍) and ordinary words (一是, 一方面) are not markers.
// A bare numeral followed by "，" "：" or white space is a marker only when the rest of the
// paragraph reads like a heading (at most 30 characters, one phrase: no ，；。！？： inside, a final
// 。 allowed); otherwise "一，加强…" is an enumeration in running text, EN-07's business, and
// HN-01 stays silent. "一、二季度" (two numerals in a row) is not a marker either.
std::optional<Marker> recognizeMarker(std::u16string_view text);

// "20.2026年10件民生实事：" right after item "19.": the level-3 marker numbered `number` at the start of
// `text` even where a digit follows its dot, which alone would read as a decimal. The sequence
// around it says it is a marker.
std::optional<Marker> recognizeArabicMarkerNumbered(std::u16string_view text, int number);

// The marker of a paragraph: its Writer list label when that is a marker, else its typed prefix
// (a paragraph with a bullet "•" label may still start with "一、").
std::optional<Marker> recognizeParagraphMarker(const Paragraph& paragraph);

} // namespace gw
