#include "hygiene.hpp"

#include "gwcheck_data.hpp"
#include "unicode.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace gw {
namespace {

// Residue with a structure, found wherever it stands: a site's header line, ICP numbers, a
// page's "admin 分享 时间:" line, reading-time notes, copyright notices and a newspaper's page
// jumps ("（下转第四版）（紧接第一版）") when a report is copied from the printed paper. A site header
// runs to the end of the paragraph.
constexpr char16_t kResiduePatterns[] =
    u"^[\\s\\u3000]*[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org|cc|top|info|vip|xyz|site)\\s*(?:——|—|--|–|\\|).*"
    u"|(?:备案号\\s*[:：]?\\s*)?\\p{Han}{0,2}ICP[备证]\\s*\\d+号(?:-\\d+)?"
    u"|[A-Za-z0-9_]+\\s*分享\\s*时间\\s*[:：]?"
    u"|共计\\s*\\d+\\s*个字\\s*[,，]?\\s*预计阅读时长\\s*\\d+\\s*分钟\\s*[。.]?"
    u"|[（(]?(?:本文|文章)?(?:来源于|转载自|来自)网络[，,]?\\s*如有侵权[，,]?\\s*请联系(?:我们|本站|作者)?删除[。.]?[）)]?"
    u"|如有侵权[，,]?\\s*请联系(?:我们|本站|作者)?删除[。.]?"
    u"|[（(](?:下转|上接|紧接|接)第[0-9一二三四五六七八九十]{1,3}版[）)]";

// Every match of kResiduePatterns holds one of these: a paragraph without any is passed over
// without a search.
constexpr std::u16string_view kResiduePatternWords = u"—\n–\n--\n|\nICP\n分享\n阅读时长\n侵权\n版）\n版)";

// A date as web pages print it, alone on its line or as the value of a date label: 2026-02-03,
// 2026/2/3, with or without the time of day (group 1).
constexpr char16_t kWebDate[] =
    u"[\\s\\u3000]*\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}(?:[\\s\\u3000]+(\\d{1,2}:\\d{2}(?::\\d{2})?))?[\\s\\u3000]*$";

constexpr char16_t kAddress[] =
    u"(?:https?|ftp)://[^\\s\\p{Han}，。；：！？、“”‘’（）《》【】<>\"']+"
    u"|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[^\\s\\p{Han}，。；：！？、“”‘’（）《》【】<>\"']*)?"
    u"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
    u"|(?<![A-Za-z0-9.@-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org|gov|edu)(?:\\.cn)?(?![A-Za-z0-9-])";

// The word lists (src/core/data/), read once.
struct ResidueLists {
    PhraseList phrases{data::web_residue_phrases};
    PhraseList tails{data::web_residue_tails};
    PhraseList exceptions{data::web_residue_exceptions};
    PhraseList labels{data::web_residue_labels};
    PhraseList dateLabels{data::web_date_labels};
    PhraseList patternWords{kResiduePatternWords};
    // Whatever findWebResidue finds beyond a label holds one of these: most paragraphs are passed
    // over after one look at each character.
    PhraseList anyWord{std::u16string(data::web_residue_phrases) + u"\n" + std::u16string(data::web_residue_tails) + u"\n" +
                       std::u16string(kResiduePatternWords)};
    // The site's article page, in the top and bottom blocks only.
    PhraseList chromeLines{data::site_chrome_lines};
    PhraseList chromeLabels{data::site_chrome_labels};
    PhraseList metaLabels{data::site_meta_labels};
    PhraseList metaDateLabels{data::site_date_labels};
};

const ResidueLists& lists()
{
    static const ResidueLists lists;
    return lists;
}

bool isColon(char16_t c) { return c == u':' || c == u'：'; }

// Where the value begins when a label of `labels` and a colon stand at `pos` ("来源：" in
// "来源：天津日报"); 0 when they do not.
std::uint32_t afterLabel(std::u16string_view text, std::uint32_t pos, const PhraseList& labels)
{
    const std::uint32_t length = labels.matchAt(text, pos);
    if (length == 0)
        return 0;
    std::uint32_t end = pos + length;
    while (end < text.size() && text::isSpace(text[end]))
        ++end;
    return end < text.size() && isColon(text[end]) ? end + 1 : 0;
}

std::uint32_t afterLeadingSpace(std::u16string_view text)
{
    std::uint32_t pos = 0;
    while (pos < text.size() && text::isSpace(text[pos]))
        ++pos;
    return pos;
}

// Whether `value` is a date as web pages print it, and whether with the time of day.
struct WebDate {
    bool date = false, timeOfDay = false;
};
WebDate webDate(std::u16string_view value)
{
    static const text::Pattern pattern(kWebDate);
    const auto match = pattern.lookingAt(value);
    return match ? WebDate{true, match->matched(1)} : WebDate{};
}

bool isFiller(char16_t c)
{
    return text::isSpace(c) || u_ispunct(c) || u_charType(c) == U_MATH_SYMBOL || u_charType(c) == U_OTHER_SYMBOL;
}

bool isBlank(std::u16string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char16_t c) { return text::isSpace(c); });
}

// What a line of the top or bottom block is.
enum class Chrome : std::uint8_t {
    None,
    Page, // only a web page has it: 打印, 【字号：, 浏览次数：…, 2026-01-31 07:00:44
    Meta, // a document may have it too (来源：…, 编辑：…): residue only when the page shows itself
};

// A line of "label：value" fields, every label from the site lists (来源：天津日报 时间：2026-02-03):
// Page when one label is a page's own, Meta when all are of the kind a document may have too.
Chrome labelLine(std::u16string_view line)
{
    constexpr std::size_t kLongestLine = 80;
    if (line.size() > kLongestLine || line.find_first_of(u"。！？；!?;") != std::u16string_view::npos)
        return Chrome::None;
    const ResidueLists& all = lists();
    struct Field {
        std::uint32_t labelStart, valueStart;
        Chrome kind;
        bool dated; // the value must be a web date
    };
    auto fieldAt = [&](std::uint32_t pos) -> std::optional<Field> {
        if (const std::uint32_t value = std::max(afterLabel(line, pos, all.chromeLabels), afterLabel(line, pos, all.dateLabels)))
            return Field{pos, value, Chrome::Page, false};
        const std::uint32_t meta = afterLabel(line, pos, all.metaLabels);
        const std::uint32_t dated = afterLabel(line, pos, all.metaDateLabels);
        if (meta || dated)
            return Field{pos, std::max(meta, dated), Chrome::Meta, dated > meta};
        return std::nullopt;
    };
    std::vector<Field> fields;
    for (std::uint32_t pos = 0; pos < line.size(); ++pos)
        if (pos == 0 || (text::isSpace(line[pos - 1]) && !text::isSpace(line[pos])))
            if (auto field = fieldAt(pos); field && (fields.empty() || field->labelStart >= fields.back().valueStart))
                fields.push_back(*field);
    if (fields.empty() || fields.front().labelStart != 0)
        return Chrome::None;
    Chrome kind = Chrome::Meta;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::uint32_t end = i + 1 < fields.size() ? fields[i + 1].labelStart : static_cast<std::uint32_t>(line.size());
        const std::u16string_view value = line.substr(fields[i].valueStart, end - fields[i].valueStart);
        // Another label inside the value ("编辑：张三 审核：李四") is not the site's: the line is not either.
        for (std::size_t c = 0; c < value.size(); ++c)
            if (value[c] == u'：' || (value[c] == u':' && (c == 0 || !u_isdigit(value[c - 1]))))
                return Chrome::None;
        // An empty value is on the next line ("发表时间：" then "2026-02-09 09:45:30").
        const bool empty = std::all_of(value.begin(), value.end(), [](char16_t c) { return text::isSpace(c); });
        if (fields[i].dated && !empty && !webDate(value).date)
            return Chrome::None;
        if (fields[i].kind == Chrome::Page)
            kind = Chrome::Page;
    }
    return kind;
}

Chrome siteChrome(std::u16string_view text)
{
    text.remove_prefix(afterLeadingSpace(text));
    while (!text.empty() && text::isSpace(text.back()))
        text.remove_suffix(1);
    if (text.empty())
        return Chrome::None;
    if (lists().chromeLines.makesUp(text))
        return Chrome::Page;
    // A publication time; a date alone may be the document's own, written the web's way.
    if (const WebDate date = webDate(text); date.date)
        return date.timeOfDay ? Chrome::Page : Chrome::None;
    // "（来源：青海日报）", "【责任编辑：…】"
    if (std::u16string_view(u"【[（(").find(text.front()) != std::u16string_view::npos)
        text.remove_prefix(1);
    if (!text.empty() && std::u16string_view(u"】]）)").find(text.back()) != std::u16string_view::npos)
        text.remove_suffix(1);
    return labelLine(text);
}

// Running text: a sentence, or a line that leads into what follows (各位代表：). It ends the top block
// and begins the bottom one.
bool readsAsText(std::u16string_view text)
{
    if (text.find_first_of(u"。！？；!?;") != std::u16string_view::npos)
        return true;
    const auto last = std::find_if(text.rbegin(), text.rend(), [](char16_t c) { return !text::isSpace(c); });
    return last != text.rend() && isColon(*last);
}

// An address has an @, or a dot with a Latin letter after it (the dot of "1.加强" has none).
bool mayHoldAddress(std::u16string_view text)
{
    static const text::CharacterSet marks(u"[@.]");
    for (std::size_t i = marks.find(text); i != std::u16string_view::npos; i = marks.find(text, i + 1)) {
        const char16_t next = i + 1 < text.size() ? text[i + 1] : 0;
        if (text[i] == u'@' || (next >= u'a' && next <= u'z') || (next >= u'A' && next <= u'Z'))
            return true;
    }
    return false;
}

// A paragraph of digits only: a page's view counter when it stands beside residue.
bool isCounter(std::u16string_view text)
{
    std::size_t digits = 0;
    for (char16_t c : text) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!text::isSpace(c))
            return false;
    }
    return digits >= 3;
}

} // namespace

WebResidue findWebResidue(std::u16string_view text)
{
    static const text::Pattern patterns(kResiduePatterns, /*caseInsensitive=*/true);
    const ResidueLists& all = lists();
    WebResidue residue;
    const std::uint32_t start = afterLeadingSpace(text);
    const std::uint32_t dateValue = afterLabel(text, start, all.dateLabels);
    if (afterLabel(text, start, all.labels) || (dateValue && webDate(text.substr(dateValue)).date)) {
        residue.spans.push_back({0, static_cast<std::uint32_t>(text.size())});
        residue.wholeParagraph = true;
        return residue;
    }
    if (!all.anyWord.occursIn(text))
        return residue;
    for (const TextSpan& span : all.phrases.findAll(text))
        if (!all.exceptions.covers(text, span))
            residue.spans.push_back(span);
    for (const TextSpan& span : all.tails.findAll(text))
        if (!all.exceptions.covers(text, span))
            residue.spans.push_back({span.start, static_cast<std::uint32_t>(text.size())});
    if (all.patternWords.occursIn(text))
        for (const auto& match : patterns.findAll(text))
            if (match.end > match.start)
                residue.spans.push_back({match.start, match.end});
    if (residue.spans.empty())
        return residue;
    // One span for residue that overlaps ("Powered by … 备案号: 辽ICP备…").
    std::sort(residue.spans.begin(), residue.spans.end(), [](TextSpan a, TextSpan b) { return a.start < b.start; });
    std::vector<TextSpan> merged;
    for (const TextSpan& span : residue.spans) {
        if (!merged.empty() && span.start < merged.back().end)
            merged.back().end = std::max(merged.back().end, span.end);
        else
            merged.push_back(span);
    }
    residue.spans = std::move(merged);
    residue.wholeParagraph = true;
    std::uint32_t pos = 0;
    for (const TextSpan& span : residue.spans) {
        for (; pos < span.start && residue.wholeParagraph; ++pos)
            residue.wholeParagraph = isFiller(text[pos]);
        pos = span.end;
    }
    for (; pos < text.size() && residue.wholeParagraph; ++pos)
        residue.wholeParagraph = isFiller(text[pos]);
    return residue;
}

std::vector<bool> residueParagraphs(const Document& document)
{
    std::vector<bool> wholeParagraphs;
    wholeParagraphs.reserve(document.paragraphs.size());
    for (const Paragraph& paragraph : document.paragraphs)
        wholeParagraphs.push_back(findWebResidue(paragraph.text).wholeParagraph);
    return residueParagraphs(document, std::move(wholeParagraphs));
}

std::vector<bool> residueParagraphs(const Document& document, std::vector<bool> wholeParagraphs)
{
    constexpr std::size_t kBlockLines = 12; // lines of other kinds (title, byline) a block may hold
    const auto& paragraphs = document.paragraphs;
    const std::size_t count = paragraphs.size();
    std::vector<bool> residue = std::move(wholeParagraphs);

    // The top block runs from the start to the first paragraph of running text, the bottom block
    // back from the end to the last one. The site's lines count there only.
    std::vector<Chrome> chrome(count, Chrome::None);
    bool pageShows = false; // a line only a web page has stands in either block
    auto scanBlock = [&](std::size_t from, std::ptrdiff_t step) {
        std::size_t otherLines = 0;
        for (auto p = static_cast<std::ptrdiff_t>(from); p >= 0 && p < static_cast<std::ptrdiff_t>(count); p += step) {
            const std::u16string_view text = paragraphs[static_cast<std::size_t>(p)].text;
            if (isBlank(text))
                continue;
            if (residue[static_cast<std::size_t>(p)]) {
                pageShows = true;
                continue;
            }
            chrome[static_cast<std::size_t>(p)] = siteChrome(text);
            if (chrome[static_cast<std::size_t>(p)] == Chrome::Page)
                pageShows = true;
            if (chrome[static_cast<std::size_t>(p)] != Chrome::None)
                continue;
            if (readsAsText(text) || ++otherLines > kBlockLines)
                return;
        }
    };
    if (count > 0) {
        scanBlock(0, 1);
        scanBlock(count - 1, -1);
    }
    for (std::size_t p = 0; p < count; ++p)
        if (chrome[p] == Chrome::Page || (chrome[p] == Chrome::Meta && pageShows))
            residue[p] = true;

    // A counter goes with the residue it stands next to (blank paragraphs between).
    auto nextIsResidue = [&](std::size_t p, std::ptrdiff_t step) {
        for (auto q = static_cast<std::ptrdiff_t>(p) + step; q >= 0 && q < static_cast<std::ptrdiff_t>(count); q += step)
            if (!isBlank(paragraphs[static_cast<std::size_t>(q)].text))
                return static_cast<bool>(residue[static_cast<std::size_t>(q)]);
        return false;
    };
    std::vector<bool> counters(count, false);
    for (std::size_t p = 0; p < count; ++p)
        counters[p] = !residue[p] && isCounter(paragraphs[p].text) && (nextIsResidue(p, -1) || nextIsResidue(p, 1));
    for (std::size_t p = 0; p < count; ++p)
        residue[p] = residue[p] || counters[p];
    return residue;
}

TextSpan withSettingSpace(std::u16string_view text, TextSpan span)
{
    auto isInlineSpace = [](char16_t c) { return c == u' ' || c == u'\u3000' || c == u'\t' || c == u'\u00A0'; };
    TextSpan wider = span;
    while (wider.start > 0 && isInlineSpace(text[wider.start - 1]))
        --wider.start;
    if (wider.start == span.start)
        while (wider.end < text.size() && isInlineSpace(text[wider.end]))
            ++wider.end;
    return wider;
}

std::vector<TextSpan> findWebAddresses(std::u16string_view text)
{
    static const text::Pattern pattern(kAddress, /*caseInsensitive=*/true);
    std::vector<TextSpan> spans;
    if (!mayHoldAddress(text))
        return spans;
    for (const auto& match : pattern.findAll(text)) {
        std::uint32_t end = match.end;
        // Sentence punctuation after an address is not part of it.
        while (end > match.start && std::u16string_view(u".,;:!?)").find(text[end - 1]) != std::u16string_view::npos)
            --end;
        if (end > match.start)
            spans.push_back({match.start, end});
    }
    return spans;
}

} // namespace gw
