#include "enumerations.hpp"

#include "structure.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace gw {
namespace {

// The characters of ordinal numerals (百 too, so that 一百 reads as one quantity, not as 一);
// 〇 零 两 are never part of one (二〇二四, 两是).
bool isOrdinalNumeralChar(char16_t c)
{
    switch (c) {
    case u'一': case u'二': case u'三': case u'四': case u'五': case u'六': case u'七': case u'八': case u'九':
    case u'十': case u'百':
        return true;
    default:
        return false;
    }
}

std::size_t numeralRunEnd(std::u16string_view text, std::size_t from)
{
    std::size_t end = from;
    while (end < text.size() && isOrdinalNumeralChar(text[end]))
        ++end;
    return end;
}

// Sequence numbers of enumerations are small; longer numerals are quantities (一百二十). The
// numerals 1…99 are spelt out by ICU once and looked up, as this runs for every candidate.
std::optional<int> ordinalNumber(std::u16string_view numeral)
{
    static const std::unordered_map<std::u16string, int> numbers = [] {
        std::unordered_map<std::u16string, int> table;
        for (int n = 1; n <= 99; ++n)
            table.emplace(text::chineseNumeral(n), n);
        return table;
    }();
    if (numeral.empty() || numeral.size() > 3)
        return std::nullopt;
    const auto it = numbers.find(std::u16string(numeral));
    return it == numbers.end() ? std::nullopt : std::optional<int>(it->second);
}

bool isLetterOrDigit(char16_t c)
{
    if (c >= u'０' && c <= u'ｚ') // full-width forms: fold them to ASCII
        c = static_cast<char16_t>(c - u'０' + u'0');
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isInlineSpace(char16_t c) { return c == u' ' || c == u'\u3000' || c == u'\t' || c == u'\u00A0'; }

// The character before `pos` (spacing skipped), or 0 at the start of the scanned text.
char16_t previousChar(std::u16string_view text, std::size_t pos, std::size_t from)
{
    while (pos > from && isInlineSpace(text[pos - 1]))
        --pos;
    return pos > from ? text[pos - 1] : 0;
}

// 一是 starts a clause: nothing of a word stands right before it, so that 统一是 and 唯一是 are
// not enumerations.
bool startsClause(std::u16string_view text, std::size_t pos, std::size_t from)
{
    const char16_t before = previousChar(text, pos, from);
    return before == 0 || !(text::isHan(before) || isLetterOrDigit(before));
}

// 第一, 其一 and 首先 are discourse ordinals: they open the paragraph, a sentence or a clause, so
// only a point that ends one may stand before them. After a word they are a rank or part of a
// phrase (居全国第二, 排名第一, 打通最后); after 、 a member of a list (第二、第七).
bool opensClause(std::u16string_view text, std::size_t pos, std::size_t from)
{
    const char16_t before = previousChar(text, pos, from);
    return before == 0 || std::u16string_view(u"。；;：:！？!?，,").find(before) != std::u16string_view::npos;
}

// A bare numeral is an ordinal only at the start of a sentence or after a colon: "目标如下：一，".
bool startsSentence(std::u16string_view text, std::size_t pos, std::size_t from)
{
    const char16_t before = previousChar(text, pos, from);
    return before == 0 || std::u16string_view(u"。；;：:！？!?").find(before) != std::u16string_view::npos;
}

bool isOrdinalSeparator(char16_t c) { return std::u16string_view(u"，,、：:").find(c) != std::u16string_view::npos; }

int ordinalWordRank(std::u16string_view word)
{
    constexpr std::u16string_view words[] = {u"首先", u"其次", u"再次", u"最后"};
    for (int rank = 0; rank < 4; ++rank)
        if (word == words[rank])
            return rank + 1;
    return 0;
}

bool isNumberedOrdinalStart(std::u16string_view text, std::size_t pos)
{
    return pos + 1 < text.size() && (text[pos] == u'第' || text[pos] == u'其') && isOrdinalNumeralChar(text[pos + 1]);
}

// Whether the ordinal that ends at `end` is joined by its point to another ordinal after it, and
// so is one member of a list of ordinals, not an enumeration item with text of its own: a rank
// (第二、第七), a compound numeral (第一、二轮, 第一、第三产业, 一是、二是) or the words themselves
// (首先、其次、最后). After a comma the next member must stand bare, since text may begin with
// one (第一，第三方机构…): 第二，第七，第九。
bool ordinalFollows(std::u16string_view text, std::size_t end)
{
    const std::size_t next = end + 1;
    if (next >= text.size())
        return false;
    if (text[end] == u'、')
        return isOrdinalNumeralChar(text[next]) || isNumberedOrdinalStart(text, next) ||
               ordinalWordRank(text.substr(next, 2)) > 0;
    if ((text[end] != u'，' && text[end] != u',') || !isNumberedOrdinalStart(text, next))
        return false;
    const std::size_t after = numeralRunEnd(text, next + 1);
    return after == text.size() || !text::isHan(text[after]);
}

// Whether another ordinal (第二 其二 二是 首先) ends right before the point before `start`: the
// later member of a list of ordinals (第二、第七, 二是、三是).
bool ordinalPrecedes(std::u16string_view text, std::size_t start, std::size_t from)
{
    if (start < from + 2 || std::u16string_view(u"、，,").find(text[start - 1]) == std::u16string_view::npos)
        return false;
    const std::size_t end = start - 1; // where the earlier ordinal ends
    if (end >= from + 2 && ordinalWordRank(text.substr(end - 2, 2)))
        return true;
    const std::size_t numeralEnd = text[end - 1] == u'是' ? end - 1 : end;
    std::size_t numeralStart = numeralEnd;
    while (numeralStart > from && isOrdinalNumeralChar(text[numeralStart - 1]))
        --numeralStart;
    if (numeralStart == numeralEnd)
        return false;
    return numeralEnd < end || (numeralStart > from && (text[numeralStart - 1] == u'第' || text[numeralStart - 1] == u'其'));
}

bool inOrdinalList(std::u16string_view text, std::size_t start, std::size_t end, std::size_t from)
{
    return ordinalFollows(text, end) || ordinalPrecedes(text, start, from);
}

// "一是一，二是二": the numeral repeated after 是 is an idiom, not an enumeration.
bool isIdiomaticRepeat(std::u16string_view text, std::size_t afterShi, std::u16string_view numeral)
{
    if (text.substr(afterShi, numeral.size()) != numeral)
        return false;
    const std::size_t next = afterShi + numeral.size();
    return next >= text.size() || !text::isHan(text[next]);
}

void scanParagraph(std::u16string_view text, std::uint32_t from, std::uint32_t paragraph, std::uint32_t section,
                   std::vector<EnumItem>& out)
{
    auto add = [&](EnumKind kind, std::size_t start, std::size_t end, std::size_t numeralStart, std::size_t numeralEnd,
                   int number) {
        EnumItem item;
        item.paragraph = paragraph;
        item.kind = kind;
        item.start = static_cast<std::uint32_t>(start);
        item.end = static_cast<std::uint32_t>(end);
        item.numeralStart = static_cast<std::uint32_t>(numeralStart);
        item.numeralEnd = static_cast<std::uint32_t>(numeralEnd);
        item.number = number;
        item.separator = end < text.size() ? text[end] : 0;
        item.section = section;
        item.opensParagraph = previousChar(text, start, from) == 0;
        out.push_back(item);
    };
    constexpr std::size_t kNone = ~std::size_t{0};
    std::size_t tentative = kNone; // a glued 一是 waiting for a later item of its series
    auto settle = [&](int followingNumber) { // the number of the next 一是-item, 0 for none
        if (tentative != kNone && followingNumber < 2)
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(tentative));
        tentative = kNone;
    };
    // Every item begins with one of these; the scan skips to the next of them.
    static const text::CharacterSet itemStarts(u"[首其再最第一二三四五六七八九十百]");
    std::size_t i = itemStarts.find(text, from);
    while (i < text.size()) {
        const char16_t c = text[i];
        std::size_t next = i + 1;
        if (const int rank = (c == u'首' || c == u'其' || c == u'再' || c == u'最') ? ordinalWordRank(text.substr(i, 2)) : 0;
            rank && i + 2 < text.size() && isOrdinalSeparator(text[i + 2]) && opensClause(text, i, from) &&
            !inOrdinalList(text, i, i + 2, from)) {
            add(EnumKind::Ordinal, i, i + 2, i + 2, i + 2, rank);
            next = i + 2;
        } else if (c == u'第' || c == u'其') {
            const std::size_t end = numeralRunEnd(text, i + 1);
            if (end > i + 1 && end < text.size() && isOrdinalSeparator(text[end]) && opensClause(text, i, from) &&
                !inOrdinalList(text, i, end, from)) {
                if (const auto number = ordinalNumber(text.substr(i + 1, end - i - 1))) {
                    add(c == u'第' ? EnumKind::Diyi : EnumKind::Qiyi, i, end, i + 1, end, *number);
                    next = end;
                }
            }
        } else if (isOrdinalNumeralChar(c)) {
            const std::size_t end = numeralRunEnd(text, i);
            const std::u16string_view numeral = text.substr(i, end - i);
            next = end;
            const char16_t after = end < text.size() ? text[end] : 0;
            const int number = after == u'是' ? ordinalNumber(numeral).value_or(0) : 0;
            // "我们一是…，二是…": a 一是 glued to the word before counts when a later item of its
            // series (二是, or 三是 past a gap) follows, which 统一是 and 唯一是 never have.
            const bool clause = number > 0 && startsClause(text, i, from);
            if (number > 0 && (clause || number == 1) && !isIdiomaticRepeat(text, end + 1, numeral) &&
                !inOrdinalList(text, i, end + 1, from)) {
                settle(number);
                add(EnumKind::Yishi, i, end + 1, i, end, number);
                if (!clause)
                    tentative = out.size() - 1;
                next = end + 1;
            } else if ((after == u'，' || after == u',') && startsSentence(text, i, from)) {
                if (const auto bare = ordinalNumber(numeral))
                    add(EnumKind::BareNumeral, i, end, i, end, *bare);
            }
        }
        i = itemStarts.find(text, next);
    }
    settle(0);
}

bool isBlank(const Paragraph& paragraph)
{
    for (char16_t c : paragraph.text)
        if (!text::isSpace(c))
            return false;
    return true;
}

} // namespace

std::vector<EnumItem> findEnumerations(const Document& document, const Structure& structure)
{
    std::vector<EnumItem> items;
    std::uint32_t section = 0;
    const auto& paragraphs = document.paragraphs;
    items.reserve(paragraphs.size() / 4 + 16);
    for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
        // A long report has tens of thousands of items: when the array is nearly full it grows to
        // what the paragraphs read so far predict for the whole document (an eighth more), not by
        // doubling, which would copy it and fault fresh pages in again at each step. A few
        // crowded paragraphs at the start predict too much: at most 16 times the items so far.
        if (items.capacity() - items.size() < 16) {
            const std::size_t predicted = items.size() * paragraphs.size() / std::max<std::uint32_t>(index, 1);
            items.reserve(std::clamp(predicted + predicted / 8, items.size() + 64, 16 * items.size() + 64));
        }
        const Paragraph& paragraph = paragraphs[index];
        std::uint32_t from = 0;
        if (const Heading* heading = structure.headingAt(index)) {
            ++section;
            from = heading->marker.end;
        } else if (index > 0 && paragraph.container != paragraphs[index - 1].container) {
            ++section;
        }
        scanParagraph(paragraph.text, from, index, section, items);
    }
    return items;
}

NumberedSeries::NumberedSeries(const std::vector<EnumItem>& items)
{
    // First the series of each item (-1 for none) and the length of each series, then the items
    // into their places, series after series.
    std::vector<int> seriesOf(items.size(), -1);
    std::vector<std::size_t> lengths;
    int current[3] = {-1, -1, -1};       // open series of Yishi, Diyi, Qiyi
    const EnumItem* lastOf[3] = {};      // the last item of each
    for (std::size_t i = 0; i < items.size(); ++i) {
        const EnumItem& item = items[i];
        if (item.kind != EnumKind::Yishi && item.kind != EnumKind::Diyi && item.kind != EnumKind::Qiyi)
            continue;
        const int kind = static_cast<int>(item.kind);
        const EnumItem* last = current[kind] < 0 ? nullptr : lastOf[kind];
        if (!last || item.number == 1 || last->section != item.section ||
            (last->paragraph != item.paragraph && !item.opensParagraph)) {
            current[kind] = static_cast<int>(lengths.size());
            lengths.push_back(0);
        }
        seriesOf[i] = current[kind];
        ++lengths[static_cast<std::size_t>(current[kind])];
        lastOf[kind] = &item;
    }
    std::vector<std::size_t> next(lengths.size()); // where the next item of each series goes
    std::size_t total = 0;
    for (std::size_t s = 0; s < lengths.size(); ++s) {
        next[s] = total;
        total += lengths[s];
    }
    members_.resize(total);
    for (std::size_t i = 0; i < items.size(); ++i)
        if (seriesOf[i] >= 0)
            members_[next[static_cast<std::size_t>(seriesOf[i])]++] = &items[i];
    series_.reserve(lengths.size());
    std::size_t start = 0;
    for (std::size_t length : lengths) {
        series_.push_back({members_.data() + start, length});
        start += length;
    }
}

const EnumItem* mixedWith(const std::vector<EnumItem>& items, std::size_t index, const Document& document)
{
    const EnumItem& item = items[index];
    if (item.kind == EnumKind::BareNumeral || !item.continuation())
        return nullptr;
    const EnumItem* nearestOther = nullptr;
    for (std::size_t k = index; k > 0;) {
        const EnumItem& earlier = items[--k];
        if (earlier.section != item.section || (earlier.paragraph != item.paragraph && !item.opensParagraph))
            break;
        if (earlier.kind == EnumKind::BareNumeral)
            continue;
        if (earlier.kind == item.kind)
            return nullptr; // the item's own series is open: a nested series, not a mixed one
        if (!nearestOther)
            nearestOther = &earlier;
    }
    if (!nearestOther)
        return nullptr;
    for (std::uint32_t p = nearestOther->paragraph + 1; p < item.paragraph; ++p)
        if (!isBlank(document.paragraphs[p]))
            return nullptr;
    return nearestOther;
}

std::u16string_view itemText(const Document& document, const EnumItem& item)
{
    return std::u16string_view(document.paragraphs[item.paragraph].text).substr(item.start, item.end - item.start);
}

} // namespace gw
