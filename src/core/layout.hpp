// What the page layout rules (PG) share: the font families GB/T 9704 names, under the names
// each goes by, the 版心's body text, and numbers for messages.
#pragma once

#include "config.hpp"
#include "document.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gw {

class Structure;

struct FontFamily {
    std::string_view zh;     // what fixes set, and the name every Chinese alias contains
    std::string_view en;     // for messages
    std::array<std::string_view, 5> latinPrefixes; // lower-case Latin names of the same family
};

inline constexpr FontFamily kHeiFamily{"黑体", "Hei (SimHei)", {"simhei", "stheiti", "heiti", "fzhei", "fzht"}};
inline constexpr FontFamily kKaiFamily{"楷体", "Kai (KaiTi)", {"kaiti", "stkaiti", "simkai", "fzkai", "fzkt"}};
inline constexpr FontFamily kFangsongFamily{"仿宋", "FangSong",
                                            {"fangsong", "stfangsong", "simfang", "fzfangsong", "fzfs"}};
inline constexpr FontFamily kSongFamily{"宋体", "Song (SimSun)", {"simsun", "stsong", "songti", "nsimsun", "fzsong"}};

// 方正黑体_GBK, 黑体_GB2312, 华文仿宋, 仿宋_GB2312, SimHei, KaiTi_GB2312, STFangsong, FZKai-Z03…
bool belongsTo(std::u16string_view font, const FontFamily& family);

// The page rules look at a document only when its layout was read: the adapter reads the page
// styles of every document that carries formatting; plain text, and models built without
// them, have none.
inline bool layoutKnown(const Document& document) { return !document.pageStyles.empty(); }

// The text of a paragraph from `start`, cut to `maxLength` with "…", in UTF-8 for messages.
std::string excerptOf(std::u16string_view text, std::size_t maxLength = 14);

// A title font PG-05 accepts: one of the option's names, or any 小标宋.
bool isTitleFont(std::u16string_view font, const Options& options);

// The body text of the 版心 the page rules format: [start, end) of a paragraph of the body
// (not a table, frame or note) whose role is confidently body text, a numbered clause, or the
// body part after a confident run-in heading (the heading part is HF-01/HF-02's).
struct BodySpan {
    std::uint32_t paragraph = 0;
    std::uint32_t start = 0, end = 0;
};
std::vector<BodySpan> bodyTextSpans(const Document& document, const Structure& structure);

// `— N —`: a page-number field between 一字线 (spaces around it allowed, nothing else).
bool isDashedPageNumber(const Footer& footer);

// "37" or "36.5" (one decimal at most) for messages.
std::string millimetres(double mm);

} // namespace gw
