// Unicode services for the rules, all backed by ICU: Chinese numerals both ways, width folding,
// character classes and UTF-8/UTF-16 conversion.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <memory>
#include <utility>
#include <vector>

namespace gw::text {

// 1 → "一", 11 → "十一", 20 → "二十" (ICU RBNF spellout, zh). Valid for 0 < n < 100000.
std::u16string chineseNumeral(int number);
// "十一" → 11; nullopt when `numeral` is not exactly one Chinese numeral.
std::optional<int> parseChineseNumeral(std::u16string_view numeral);
bool isChineseDigit(char16_t c); // 〇一二…九十百千 (and 两, 零)

// NFKC fold of one code point: "（"→"(", "１"→"1", "．"→"."; other characters unchanged.
char32_t foldWidth(char32_t c);
std::u16string foldWidth(std::u16string_view s);
bool isFullwidthForm(char32_t c); // East Asian Width F (U+FF01..U+FF5E and friends)

bool isHan(char32_t c);            // Script=Han (ideographs, 〇)
bool isCjkPunctuation(char32_t c); // full-width punctuation used in Chinese text
bool isCjk(char32_t c);            // Han or CJK punctuation
bool isSpace(char32_t c);          // any Unicode white space incl. U+3000

// A set of characters, given as an ICU set pattern ("[“”（）《》【】]", "[[:Cf:][:Cc:]-[\\t\\n]]"). ICU
// decides what is in it, once: a table by UTF-16 unit made from the set answers for the BMP, so
// that finding the next of its characters costs a lookup per character, where testing each
// character in turn (find_first_of, a property lookup) cost the rules most of their time on
// paragraphs that hold none. Code points beyond the BMP are asked of the ICU set, as ICU reads
// UTF-16. Shareable between threads. Sets are rule constants: a pattern that does not compile is
// a programming error.
class CharacterSet {
public:
    explicit CharacterSet(std::u16string_view pattern);
    ~CharacterSet();
    CharacterSet(const CharacterSet&) = delete;
    CharacterSet& operator=(const CharacterSet&) = delete;

    bool contains(char32_t c) const
    {
        return c < 0xD800 || (c >= 0xE000 && c < 0x10000) ? inTable(static_cast<char16_t>(c)) : containsBeyondTable(c);
    }
    // Where the first character of the set at or after `from` is; npos when there is none.
    std::size_t find(std::u16string_view text, std::size_t from = 0) const;
    // Where the run of characters of the set that starts at `from` ends.
    std::size_t spanEnd(std::u16string_view text, std::size_t from) const;
    bool occursIn(std::u16string_view text) const { return find(text) != std::u16string_view::npos; }

private:
    bool inTable(char16_t unit) const { return (table_[unit >> 6] >> (unit & 63)) & 1; }
    bool containsBeyondTable(char32_t c) const;
    // The length (1 or 2) of the set's character at the surrogate `i`, 0 when there is none there,
    // reading `text` from `from` as ICU reads UTF-16.
    std::size_t surrogateMatch(std::u16string_view text, std::size_t from, std::size_t i) const;

    // By UTF-16 unit: the unit is a character of the set; for a lead surrogate, it may begin one.
    std::array<std::uint64_t, 0x10000 / 64> table_{};
    struct Frozen;
    std::unique_ptr<Frozen> frozen_;
};

// A compiled ICU regular expression, shareable between threads (each search makes its own
// matcher). Patterns are rule constants: a pattern that does not compile is a programming error.
class Pattern {
public:
    struct Match {
        std::uint32_t start = 0, end = 0;
        std::vector<std::pair<std::int32_t, std::int32_t>> groups; // (-1, -1) when a group did not take part
        std::uint32_t length() const { return end - start; }
        bool matched(std::size_t group) const { return groups[group].first >= 0; }
    };

    explicit Pattern(std::u16string_view regex, bool caseInsensitive = false);
    ~Pattern();
    Pattern(const Pattern&) = delete;
    Pattern& operator=(const Pattern&) = delete;

    std::vector<Match> findAll(std::u16string_view text) const;
    std::optional<Match> lookingAt(std::u16string_view text) const; // anchored at offset 0

private:
    struct Compiled;
    std::unique_ptr<Compiled> compiled_;
};

std::string toUtf8(std::u16string_view s);
std::u16string fromUtf8(std::string_view s);

} // namespace gw::text
