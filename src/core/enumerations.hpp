// Enumerations in running text: 一是/二是, 第一/第二, 其一/其二, 首先/其次/再次/最后 and bare
// numerals (一，) — found once, shared by the EN rules. Heading markers are not enumerations.
#pragma once

#include "document.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace gw {

class Structure;

enum class EnumKind : std::uint8_t {
    Yishi,       // 一是 二是 …
    Diyi,        // 第一， 第二， …
    Qiyi,        // 其一， 其二， …
    Ordinal,     // 首先 其次 再次 最后
    BareNumeral, // 一， in running text
};

// The fields are ordered so that an item takes 32 bytes: a report has tens of thousands.
struct EnumItem {
    std::uint32_t paragraph = 0;
    std::uint32_t start = 0, end = 0;               // the ordinal word: "一是" "第一" "首先" "一"
    std::uint32_t numeralStart = 0, numeralEnd = 0; // its numeral; empty for 首先…最后
    int number = 0;         // 1-based; for 首先/其次/再次/最后 their rank 1/2/3/4
    std::uint32_t section = 0; // items of different sections never form one series
    char16_t separator = 0; // the character right after the word, 0 at the paragraph's end
    EnumKind kind = EnumKind::Yishi;
    bool opensParagraph = false; // nothing but the heading marker stands before it in the paragraph

    bool continuation() const { return number > 1; }
};

// Every enumeration item of the document in reading order. A series never crosses a heading,
// so each heading paragraph opens a new section; a heading's own marker is skipped. Ranks and
// compound numerals (居全国第二、第七, 第一、二轮, 第一、第三产业) are no items: 第一, 其一 and
// 首先 open a clause and have text of their own.
std::vector<EnumItem> findEnumerations(const Document& document, const Structure& structure);

// The numbered series of a document's enumerations (numberedSeries below), as views into one
// array of items, series after series: a report has tens of thousands of short series, and a
// vector for each would be as many allocations.
class NumberedSeries {
public:
    // One series, in order.
    struct Series {
        const EnumItem* const* first = nullptr;
        std::size_t count = 0;
        std::size_t size() const { return count; }
        const EnumItem* operator[](std::size_t k) const { return first[k]; }
        const EnumItem* front() const { return first[0]; }
    };

    explicit NumberedSeries(const std::vector<EnumItem>& items);
    NumberedSeries(const NumberedSeries&) = delete; // the series view members_
    NumberedSeries& operator=(const NumberedSeries&) = delete;

    std::vector<Series>::const_iterator begin() const { return series_.begin(); }
    std::vector<Series>::const_iterator end() const { return series_.end(); }

private:
    std::vector<const EnumItem*> members_;
    std::vector<Series> series_;
};
// The items of one series of numbered enumerations (一是 二是…, 第一 第二…, 其一 其二…): items of
// one kind in one section, a new series starting at each number 1. A series runs on into later
// paragraphs only through items that open their paragraph (一是… ¶ 二是… ¶).
inline NumberedSeries numberedSeries(const std::vector<EnumItem>& items) { return NumberedSeries(items); }

// The item of another kind that items[index] goes on from, as 第二 after 首先 or 其次 after 一是:
// one series mixes two kinds (EN-04), which is no gap in the numbering of its own kind (EN-01).
// Looks back within the item's paragraph, and for an item that opens its paragraph, to the
// paragraph before; nullptr when the item's own kind is open there or nothing precedes it.
const EnumItem* mixedWith(const std::vector<EnumItem>& items, std::size_t index, const Document& document);

// How an item reads in messages: "一是" "第二" "首先" "一".
std::u16string_view itemText(const Document& document, const EnumItem& item);

} // namespace gw
