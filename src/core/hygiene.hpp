// Template hygiene shared by the TH rules and the rules that must not touch what they flag: text
// a web page left in a copied document, and web addresses.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace gw {

struct TextSpan {
    std::uint32_t start = 0, end = 0; // UTF-16 offsets, end exclusive
    bool contains(std::uint32_t pos) const { return pos >= start && pos < end; }
};

// Web-page residue in one paragraph (推荐访问…, 版权所有…, 当前隐藏内容免费查看, ICP numbers, site
// headers…), and whether the paragraph holds nothing else (then it goes as a whole).
struct WebResidue {
    std::vector<TextSpan> spans;
    bool wholeParagraph = false;
};
WebResidue findWebResidue(std::u16string_view text);

// A span with the space that sets it off in the sentence: the spaces before it, or when there
// are none, after it ("强推对 当前隐藏内容免费查看外" loses " 当前隐藏内容免费查看").
TextSpan withSettingSpace(std::u16string_view text, TextSpan span);

// URLs, bare domain names and e-mail addresses.
std::vector<TextSpan> findWebAddresses(std::u16string_view text);

} // namespace gw
