#include "phrase_list.hpp"

#include "unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

// How entries and text are compared: full-width forms as their ASCII, Latin letters in lower case
// and any white space as a space. A table over the UTF-16 units, made once from ICU, since every
// character of every paragraph is looked up.
const std::vector<char16_t>& foldTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> units(0x10000);
        for (std::uint32_t unit = 0; unit < units.size(); ++unit) {
            char32_t narrow = text::isSpace(unit) ? U' ' : text::foldWidth(unit);
            if (narrow >= U'A' && narrow <= U'Z')
                narrow += 32;
            units[unit] = narrow > 0xFFFF ? static_cast<char16_t>(unit) : static_cast<char16_t>(narrow);
        }
        return units;
    }();
    return table;
}

} // namespace

std::vector<std::u16string> listEntries(std::u16string_view list)
{
    std::vector<std::u16string> entries;
    while (!list.empty()) {
        const std::size_t end = std::min(list.find(u'\n'), list.size());
        std::u16string_view line = list.substr(0, end);
        list.remove_prefix(std::min(end + 1, list.size()));
        while (!line.empty() && text::isSpace(line.front()))
            line.remove_prefix(1);
        while (!line.empty() && text::isSpace(line.back()))
            line.remove_suffix(1);
        if (!line.empty() && line.front() != u'#')
            entries.emplace_back(line);
    }
    return entries;
}

PhraseList::PhraseList(std::u16string_view list) : fold_(foldTable())
{
    std::vector<bool> foldedFirsts(0x10000, false);
    for (std::u16string entry : listEntries(list)) {
        for (char16_t& c : entry)
            c = fold_[c];
        entry.erase(std::unique(entry.begin(), entry.end(), [](char16_t a, char16_t b) { return a == u' ' && b == u' '; }),
                    entry.end());
        foldedFirsts[entry.front()] = true;
        entries_.push_back(std::move(entry));
    }
    std::sort(entries_.begin(), entries_.end());
    // By the text's own units, so that the scan of a paragraph looks up nothing else.
    for (std::uint32_t unit = 0; unit < 0x10000; ++unit)
        if (foldedFirsts[fold_[unit]])
            firsts_[unit >> 6] |= std::uint64_t{1} << (unit & 63);
}

std::uint32_t PhraseList::matchAt(std::u16string_view text, std::uint32_t pos) const
{
    if (pos >= text.size() || !mayBegin(text[pos]))
        return 0;
    const char16_t first = fold_[text[pos]];
    auto entry = std::lower_bound(entries_.begin(), entries_.end(), first,
                                  [](const std::u16string& e, char16_t c) { return e.front() < c; });
    std::size_t longest = 0;
    for (; entry != entries_.end() && entry->front() == first; ++entry) {
        std::size_t i = pos;
        bool matched = true;
        for (char16_t wanted : *entry) {
            if (i >= text.size() || fold_[text[i]] != wanted) {
                matched = false;
                break;
            }
            ++i;
            if (wanted == u' ')
                while (i < text.size() && fold_[text[i]] == u' ')
                    ++i;
        }
        if (matched)
            longest = std::max(longest, i - pos);
    }
    return static_cast<std::uint32_t>(longest);
}

bool PhraseList::occursIn(std::u16string_view text) const
{
    for (std::uint32_t i = 0; i < text.size(); ++i) {
        // Four units a step while none of them may begin an entry (see text::CharacterSet::find).
        while (i + 4 <= text.size() &&
               !(mayBegin(text[i]) | mayBegin(text[i + 1]) | mayBegin(text[i + 2]) | mayBegin(text[i + 3])))
            i += 4;
        if (i < text.size() && mayBegin(text[i]) && matchAt(text, i) > 0)
            return true;
    }
    return false;
}

std::vector<TextSpan> PhraseList::findAll(std::u16string_view text) const
{
    std::vector<TextSpan> found;
    for (std::uint32_t i = 0; i < text.size();) {
        const std::uint32_t length = matchAt(text, i);
        if (length > 0) {
            found.push_back({i, i + length});
            i += length;
        } else {
            ++i;
        }
    }
    return found;
}

bool PhraseList::covers(std::u16string_view text, TextSpan span) const
{
    for (std::uint32_t start = 0; start <= span.start; ++start)
        if (start + matchAt(text, start) >= span.end)
            return true;
    return false;
}

bool PhraseList::makesUp(std::u16string_view text) const
{
    std::u16string letters;
    for (char16_t c : text)
        if (!text::isSpace(c))
            letters.push_back(c);
    if (letters.empty())
        return false;
    for (std::uint32_t i = 0; i < letters.size();) {
        const std::uint32_t length = matchAt(letters, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

} // namespace gw
