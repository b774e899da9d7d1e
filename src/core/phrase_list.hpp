// Word lists as data: the lists in src/core/data/ (compiled in as gw::data::<file name> by
// cmake/EmbedData.cmake) and how the rules find their entries in a paragraph.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gw {

struct TextSpan {
    std::uint32_t start = 0, end = 0; // UTF-16 offsets, end exclusive
    bool contains(std::uint32_t pos) const { return pos >= start && pos < end; }
};

// The entries of an embedded list: one a line, surrounding spaces dropped, blank lines and lines
// that begin with `#` skipped.
std::vector<std::u16string> listEntries(std::u16string_view list);

// The entries of a list, found literally: Latin letters in either case, full-width forms as their
// ASCII ("１＋Ｘ" is "1+X"), and a space in an entry matches one or more spaces of the text.
class PhraseList {
public:
    explicit PhraseList(std::u16string_view list);

    // The length in `text` of the longest entry that starts at `pos`; 0 when none does.
    std::uint32_t matchAt(std::u16string_view text, std::uint32_t pos) const;
    // Whether an entry occurs anywhere: one pass over the characters that looks further only where
    // an entry may begin, the test a paragraph passes before any regular-expression search.
    bool occursIn(std::u16string_view text) const;
    // The occurrences from left to right: at each position the longest, then on after it.
    std::vector<TextSpan> findAll(std::u16string_view text) const;
    // Whether an occurrence of an entry holds all of `span`.
    bool covers(std::u16string_view text, TextSpan span) const;
    // Whether `text` is a sequence of entries and nothing else, its spaces ignored ("【打印本页】
    // 【关闭窗口】", "【字号：大 中 小】"); at each position the longest entry is taken.
    bool makesUp(std::u16string_view text) const;

private:
    bool mayBegin(char16_t unit) const { return (firsts_[unit >> 6] >> (unit & 63)) & 1; }

    const std::vector<char16_t>& fold_;   // by UTF-16 unit: the unit entries are compared as
    std::vector<std::u16string> entries_; // folded, ordered by their first unit
    // By UTF-16 unit, a bit each: whether an entry begins with it once folded. Every character of
    // a paragraph is looked up.
    std::array<std::uint64_t, 0x10000 / 64> firsts_{};
};

} // namespace gw
