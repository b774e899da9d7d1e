#include "structure.hpp"

#include "hygiene.hpp"
#include "line_kinds.hpp"
#include "parallel.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <array>

namespace gw {
namespace {

// A heading part longer than this is not a heading part: a "，一是" further on is body text.
constexpr std::uint32_t kMaxHeadingPart = 50;
constexpr int kMaxLevel = 5; // circled markers

bool countsForHeadings(const Paragraph& paragraph, const Options& options)
{
    return paragraph.container == Container::Body ||
           (paragraph.container == Container::Table && options.headingsInTables);
}

bool isDigit(char32_t c)
{
    const char32_t folded = text::foldWidth(c);
    return folded >= U'0' && folded <= U'9';
}

bool startsEnumeration(std::u16string_view text, std::size_t at)
{
    for (std::u16string_view word : {u"一是", u"首先", u"其一", u"第一，", u"第一,", u"第一、"})
        if (text.substr(at, word.size()) == word)
            return true;
    return false;
}

// Where an unclosed run-in heading part ends, searching [from, limit): see Heading::unclosed.
bool findUnclosedEnd(std::u16string_view text, std::size_t from, std::size_t limit, std::size_t last, int level,
                     Heading& heading)
{
    for (std::size_t i = from; i < limit; ++i) {
        const char16_t c = text[i];
        std::size_t gapEnd = 0;
        if ((c == u'：' || c == u':') && level <= 2 && i > from && i + 1 < last &&
            !(isDigit(text[i - 1]) && isDigit(text[i + 1]))) {
            gapEnd = i + 1;
        } else if ((c == u'，' || c == u',') && i > from && startsEnumeration(text, i + 1)) {
            gapEnd = i + 1;
        } else if (text::isSpace(c) && i > from && text::isHan(text[i - 1])) {
            std::size_t j = i;
            while (j < last && text::isSpace(text[j]))
                ++j;
            if (j < last && text::isHan(text[j]))
                gapEnd = j;
        }
        if (gapEnd != 0) {
            heading.unclosed = true;
            heading.standalone = false;
            heading.gapStart = static_cast<std::uint32_t>(i);
            heading.gapEnd = static_cast<std::uint32_t>(gapEnd);
            heading.headingEnd = heading.gapStart;
            return true;
        }
    }
    return false;
}

// Line breaks inside a paragraph, as Writer's text gives them (and the line separator).
const text::CharacterSet& lineBreaks()
{
    static const text::CharacterSet breaks(u"[\\n\\r\\u000B\\u2028]");
    return breaks;
}

// Where the heading part of a paragraph ends and whether it is the whole paragraph.
void measureHeadingPart(const Paragraph& paragraph, Heading& heading)
{
    const std::u16string_view text = paragraph.text;
    const std::size_t from = std::min<std::size_t>(heading.marker.textStart, text.size());
    // A heading ends with its line: a line break (Shift+Enter) inside the paragraph ends it.
    std::size_t last = std::min(lineBreaks().find(text, from), text.size());
    while (last > from && text::isSpace(text[last - 1]))
        --last;
    std::size_t stop = text.find(u'。', from);
    if (heading.level() >= 3) {
        const std::size_t colon = text.find(u'：', from);
        if (colon != std::u16string_view::npos && colon < stop)
            stop = colon;
    }
    const std::size_t limit = std::min({stop, last, from + kMaxHeadingPart});
    if (findUnclosedEnd(text, from, limit, last, heading.level(), heading))
        return;
    heading.standalone = stop == std::u16string_view::npos || stop + 1 >= last;
    heading.headingEnd = static_cast<std::uint32_t>(heading.standalone ? last : stop + 1);
}

// Does `text` hold the marker numbered `number` of `markerClass` inline, after a point or a
// space ("会议决定，一、原则同意…", "附件：1．参训回执表")?
bool holdsInlineMarker(std::u16string_view text, MarkerClass markerClass, int number)
{
    std::vector<std::u16string> forms;
    const std::u16string arabic = text::fromUtf8(std::to_string(number));
    switch (markerClass) {
    case MarkerClass::ChineseNumeral: forms = {text::chineseNumeral(number) + u"、"}; break;
    case MarkerClass::BracketedChinese:
        forms = {u"（" + text::chineseNumeral(number) + u"）", u"(" + text::chineseNumeral(number) + u")"};
        break;
    case MarkerClass::ArabicNumeral: forms = {arabic + u".", arabic + u"．", arabic + u"、"}; break;
    case MarkerClass::BracketedArabic: forms = {u"（" + arabic + u"）", u"(" + arabic + u")"}; break;
    case MarkerClass::Circled: return false;
    }
    for (const std::u16string& form : forms) {
        for (std::size_t at = text.find(form); at != std::u16string_view::npos; at = text.find(form, at + 1)) {
            const char16_t before = at == 0 ? u' ' : text[at - 1];
            const bool boundary = text::isSpace(before) || text::isCjkPunctuation(before) || before == u',' || before == u':';
            const std::size_t after = at + form.size();
            if (boundary && after < text.size() && !text::isSpace(text[after]) && !isDigit(text[after]))
                return true;
        }
    }
    return false;
}

bool isBlank(const Paragraph& paragraph)
{
    return std::all_of(paragraph.text.begin(), paragraph.text.end(), [](char16_t c) { return text::isSpace(c); });
}

std::u16string_view trimmed(std::u16string_view text)
{
    while (!text.empty() && text::isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && text::isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

constexpr std::u16string_view kClauseEndPoints = u"。，；：.,;:";

constexpr std::u16string_view kTitleEndPoints = u"。，；.,;";

// 公文 and report types a title ends with (GB/T 9704-2012 §7.3.1: 发文机关、事由和文种).
constexpr std::u16string_view kDocumentTypes[] = {
    u"通知", u"通报", u"报告", u"汇报", u"总结", u"方案", u"意见", u"决定", u"请示", u"批复", u"函",   u"纪要",
    u"讲话", u"计划", u"规定", u"办法", u"细则", u"公告", u"通告", u"命令", u"议案", u"决议", u"公报", u"规划",
    u"要点", u"安排", u"说明", u"提纲", u"发言", u"致辞", u"材料", u"情况", u"条例", u"规范", u"制度", u"守则",
};

// A title is one short line of Chinese without a sentence in it. A final point is allowed (HP-03
// reports it); a final colon is not, since "各位领导：" is a salutation. Lines in brackets are
// dates, authors and subtitles.
bool looksLikeTitle(const Paragraph& paragraph)
{
    std::u16string_view text = paragraph.text;
    while (!text.empty() && text::isSpace(text.back()))
        text.remove_suffix(1);
    while (!text.empty() && text::isSpace(text.front()))
        text.remove_prefix(1);
    if (text.empty() || text.size() > 60 || text.front() == u'（' || text.front() == u'(')
        return false;
    const std::size_t withPoints = text.size();
    while (!text.empty() && kTitleEndPoints.find(text.back()) != std::u16string_view::npos)
        text.remove_suffix(1);
    if (text.empty() || text.find_first_of(u"，。；,;：:") != std::u16string_view::npos)
        return false;
    // Not the 发文机关标志 ("××市人民政府文件"), a 发文字号 ("×政发〔2024〕5号") or a date.
    const auto endsWith = [&](std::u16string_view tail) {
        return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
    };
    // With a point at the end it must read like a title — "关于…" or a document type at the
    // end — and not like a sentence ("现将有关情况报告如下。").
    if (text.size() != withPoints && text.find(u"关于") == std::u16string_view::npos &&
        std::none_of(std::begin(kDocumentTypes), std::end(kDocumentTypes), endsWith))
        return false;
    if (endsWith(u"文件") || text.find(u'〔') != std::u16string_view::npos)
        return false;
    // "天津市市长 张工", "张  三、李四光": bylines and name lists are no titles.
    if (readLine(text).kind != LineKind::Other)
        return false;
    // "——2026年1月26日在…会议上": the subtitle under a title.
    if (text.front() == u'—' || text.front() == u'-')
        return false;
    if ((text.back() == u'日' || text.back() == u'号') && text.size() >= 2 &&
        (isDigit(text[text.size() - 2]) || text::isChineseDigit(text[text.size() - 2])))
        return false;
    return std::any_of(text.begin(), text.end(), [](char16_t c) { return text::isHan(c); });
}

// Does `text` end the way titles end: a document type, a final point allowed?
bool endsWithDocumentType(std::u16string_view text)
{
    while (!text.empty() && (text::isSpace(text.back()) || kTitleEndPoints.find(text.back()) != std::u16string_view::npos))
        text.remove_suffix(1);
    return std::any_of(std::begin(kDocumentTypes), std::end(kDocumentTypes), [&](std::u16string_view tail) {
        return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
    });
}

// Does `text` read as a title by its words: "关于…", or a document type at its end?
bool namesDocumentType(std::u16string_view text)
{
    return text.find(u"关于") != std::u16string_view::npos || endsWithDocumentType(text);
}

// More opening than closing marks of one kind: the text goes on in the next line.
bool leavesPairOpen(std::u16string_view text)
{
    constexpr std::pair<char16_t, char16_t> pairs[] = {{u'《', u'》'}, {u'“', u'”'}, {u'（', u'）'}, {u'(', u')'}};
    return std::any_of(std::begin(pairs), std::end(pairs), [&](const auto& pair) {
        return std::count(text.begin(), text.end(), pair.first) > std::count(text.begin(), text.end(), pair.second);
    });
}

// Two adjacent title-like lines that are one title set over two lines ("关于印发《某某信息公开" /
// "规定》的通知"): the first leaves a 《 “ （ open, or only the second ends the way titles end.
bool continuesTitle(const Paragraph& first, const Paragraph& second)
{
    constexpr std::size_t kMinFirstLine = 6; // shorter lines above a title are labels, not its half
    const std::u16string_view a = trimmed(first.text), b = trimmed(second.text);
    if (a.empty() || b.empty() || a.size() + b.size() > 80 || first.alignment != second.alignment)
        return false;
    if (leavesPairOpen(a))
        return true;
    return a.size() >= kMinFirstLine && !endsWithDocumentType(a) && endsWithDocumentType(b) && b.find(u"关于") != 0;
}

// "各有关单位：": the 主送机关 comes after the title.
bool isSalutation(const Paragraph& paragraph)
{
    const std::u16string_view text = trimmed(paragraph.text);
    // "【字号：" (a web page's font-size widget) is no addressee.
    return !text.empty() && text::isHan(text.front()) && (text.back() == u'：' || text.back() == u':') &&
           text.size() <= 40;
}

// Body prose, as opposed to a title or a heading.
bool looksLikeProse(const Paragraph& paragraph) { return paragraph.text.size() > 60; }

} // namespace

std::u16string_view markerText(const Document& document, const Heading& heading)
{
    const Paragraph& p = document.paragraphs[heading.paragraph];
    if (heading.marker.fromListLabel)
        return p.listLabel;
    return std::u16string_view(p.text).substr(heading.marker.start, heading.marker.end - heading.marker.start);
}

std::string headingExcerpt(const Document& document, const Heading& heading, std::size_t maxLength)
{
    const std::u16string_view text = document.paragraphs[heading.paragraph].text;
    const std::size_t from = std::min<std::size_t>(heading.marker.textStart, text.size());
    std::u16string_view part = text.substr(from, heading.headingEnd > from ? heading.headingEnd - from : 0);
    if (part.size() <= maxLength)
        return text::toUtf8(part);
    return text::toUtf8(part.substr(0, maxLength)) + "…";
}

std::string_view levelNameZh(int level)
{
    static constexpr std::string_view names[] = {"一级", "二级", "三级", "四级", "五级"};
    return names[std::clamp(level, 1, 5) - 1];
}

std::string_view levelNameEn(int level)
{
    static constexpr std::string_view names[] = {"level-1", "level-2", "level-3", "level-4", "level-5"};
    return names[std::clamp(level, 1, 5) - 1];
}

std::u16string numeralLike(const Marker& marker, std::u16string_view numeral, int number)
{
    if (marker.enclosedForm) {
        const char16_t base = marker.markerClass == MarkerClass::Circled ? 0x2460 : 0x2474;
        return number <= 20 ? std::u16string(1, static_cast<char16_t>(base + number - 1)) : std::u16string(numeral);
    }
    if (marker.markerClass == MarkerClass::ChineseNumeral || marker.markerClass == MarkerClass::BracketedChinese)
        return text::chineseNumeral(number);
    std::u16string digits = text::fromUtf8(std::to_string(number));
    if (marker.fullwidthDigits)
        for (char16_t& c : digits)
            c = static_cast<char16_t>(c - u'0' + u'０');
    return digits;
}

std::vector<Edit> renumberRun(const Document& document, const Structure& structure, const std::vector<int>& run)
{
    std::vector<Edit> edits;
    for (int index : run) {
        const Heading& heading = structure.headings()[static_cast<std::size_t>(index)];
        const int position = heading.siblingIndex;
        if (heading.marker.number == position || heading.marker.fromListLabel)
            continue;
        const std::u16string_view text = document.paragraphs[heading.paragraph].text;
        const std::u16string_view numeral =
            text.substr(heading.marker.numeralStart, heading.marker.numeralEnd - heading.marker.numeralStart);
        edits.emplace_back(std::in_place_type<ReplaceText>,
                           minimalReplacement(heading.paragraph, heading.marker.numeralStart, numeral,
                                              numeralLike(heading.marker, numeral, position)));
    }
    return edits;
}

namespace {

enum class PartKind : std::uint8_t { None, Appended, Glossary };

// "附件" "附件2" "附件：…" "附：…" "参考文献": the main text ends here and what follows is a part with
// numbering of its own (attachments, an appended list). "名词解释" "注释": a glossary, whose
// numbered items are entries, not headings.
PartKind partLabelKind(const Paragraph& paragraph)
{
    static const text::Pattern appended(u"^(?:附件[\\s\\u3000]*[0-9０-９一二三四五六七八九十]{0,3}(?:[：:].*)?"
                                        u"|附[：:].*|参考文献[：:]?)$");
    static const text::Pattern glossary(u"^(?:名词解释|名词注释|注释|术语解释)[：:]?$");
    const std::u16string_view text = trimmed(paragraph.text);
    if (text.empty() || text.size() > 60)
        return PartKind::None;
    if (glossary.lookingAt(text))
        return PartKind::Glossary;
    return appended.lookingAt(text) ? PartKind::Appended : PartKind::None;
}

// A numbered item that reads as one sentence of a list: it ends in "；" "。" or "，" (closing quotes
// and brackets after it aside) and holds no other full stop before that ("1.负责制度建设；",
// "（六）其他应当公开的重要信息。", "一、将第十条修改为：“…。”"); or it is a sentence that introduces
// what follows with "：" ("三、会议要求各部门…，重点做好以下工作：") — longer than a heading or with a
// comma in it, unlike "1.主要做法：".
bool isListSentence(std::u16string_view text, const Marker& marker)
{
    constexpr std::size_t kMaxHeadingPhrase = 15;
    std::u16string_view rest = trimmed(text.substr(std::min<std::size_t>(marker.textStart, text.size())));
    while (!rest.empty() && std::u16string_view(u"”’）)」』").find(rest.back()) != std::u16string_view::npos)
        rest.remove_suffix(1);
    if (rest.size() < 2)
        return false;
    const std::u16string_view body = rest.substr(0, rest.size() - 1);
    if (rest.back() == u'：' || rest.back() == u':')
        return rest.size() > kMaxHeadingPhrase || body.find_first_of(u"，,") != std::u16string_view::npos;
    if (std::u16string_view(u"；;。，,").find(rest.back()) == std::u16string_view::npos)
        return false;
    return body.find_first_of(u"。！？!?") == std::u16string_view::npos;
}

bool endsWith(std::u16string_view text, std::u16string_view points)
{
    text = trimmed(text);
    return !text.empty() && points.find(text.back()) != std::u16string_view::npos;
}

// Lists of sentences: groups of two or more numbered paragraphs of one marker class, numbered one
// after the other with nothing between them but blank paragraphs and the items of a list nested
// in one of them, every item one sentence. Headings have text under them, no end point, or a
// run-in body after their "。".
// The markers of a document's paragraphs. Most paragraphs have none: only the markers found are
// kept, not a place for a marker beside every paragraph.
class ParagraphMarkers {
public:
    explicit ParagraphMarkers(std::size_t count) : markerOf_(count, -1) {}
    // The paragraph's marker, or nullptr.
    const Marker* operator[](std::size_t paragraph) const
    {
        const int at = markerOf_[paragraph];
        return at < 0 ? nullptr : &markers_[static_cast<std::size_t>(at)];
    }
    void set(std::size_t paragraph, const Marker& marker)
    {
        markerOf_[paragraph] = static_cast<int>(markers_.size());
        markers_.push_back(marker);
    }
    std::size_t count() const { return markers_.size(); }

private:
    std::vector<int> markerOf_; // index into markers_, -1 for none
    std::vector<Marker> markers_;
};

std::vector<bool> findListItems(const Document& document, const ParagraphMarkers& markers)
{
    const auto& paragraphs = document.paragraphs;
    std::vector<bool> listItem(paragraphs.size(), false);
    std::vector<bool> grouped(paragraphs.size(), false);
    for (std::size_t first = 0; first < paragraphs.size(); ++first) {
        if (!markers[first] || grouped[first])
            continue;
        std::vector<std::size_t> group{first};
        for (std::size_t next = first + 1; next < paragraphs.size(); ++next) {
            if (isBlank(paragraphs[next]))
                continue;
            const Marker& last = *markers[group.back()];
            if (markers[next] && markers[next]->markerClass != last.markerClass &&
                endsWith(paragraphs[group.back()].text, u"：:"))
                continue; // the nested list the last item introduces
            if (!markers[next] || markers[next]->markerClass != last.markerClass || markers[next]->number != last.number + 1)
                break;
            group.push_back(next);
        }
        for (std::size_t index : group)
            grouped[index] = true;
        const bool sentences = std::all_of(group.begin(), group.end(), [&](std::size_t index) {
            // "（一）强化组织领导，一是…" is a run-in heading, however it ends; a colon may be a
            // sentence's ("一、将第十条修改为：“…”").
            Heading runIn;
            runIn.marker = *markers[index];
            measureHeadingPart(paragraphs[index], runIn);
            const bool colonGap = runIn.unclosed && std::u16string_view(u"：:").find(paragraphs[index].text[runIn.gapStart]) !=
                                                         std::u16string_view::npos;
            return (!runIn.unclosed || colonGap) && isListSentence(paragraphs[index].text, *markers[index]);
        });
        if (group.size() >= 2 && sentences)
            for (std::size_t index : group)
                listItem[index] = true;
    }
    return listItem;
}

// "（一）公司名称：某某科技有限公司。" "（四）时间安排：10:30开始": a short label without punctuation, a
// colon and a short value that is no prose — "（二）主要做法：一是加强学习，二是…" is a run-in
// heading whose colon should be "。" (HP-02).
bool isField(std::u16string_view text, const Marker& marker)
{
    constexpr std::size_t kMaxLabel = 8, kMaxValue = 30;
    const std::size_t from = std::min<std::size_t>(marker.textStart, text.size());
    const std::size_t colon = text.find_first_of(u"：:", from);
    if (colon == std::u16string_view::npos || colon == from || colon - from > kMaxLabel)
        return false;
    const std::u16string_view label = text.substr(from, colon - from);
    if (!std::all_of(label.begin(), label.end(), [](char16_t c) { return text::isHan(c); }))
        return false;
    std::u16string_view value = trimmed(text.substr(colon + 1));
    if (value.empty() || value.size() > kMaxValue)
        return false;
    for (std::u16string_view enumeration : {u"一是", u"首先", u"第一", u"其一"})
        if (value.substr(0, enumeration.size()) == enumeration)
            return false;
    value.remove_suffix(1);
    return value.find_first_of(u"。！？") == std::u16string_view::npos;
}

// "（a）平台建设" and "方向1：工业互联网": headings numbered in a form of their own. Group 1 is a
// letter, or group 2 a label and group 3 its number; the match ends after the marker.
const text::Pattern& nonStandardMarkerPattern()
{
    static const text::Pattern pattern(u"^[\\s\\u3000]*(?:[（(]([A-Za-z])[）)]"
                                       u"|(方向|专题|任务|领域|类别|板块|模块|课题)[ \\u3000]*([0-9一二三四五六七八九十]{1,3})[ \\u3000]*[：:])");
    return pattern;
}

bool endsWithPhotoCredit(std::u16string_view text)
{
    text = trimmed(text);
    for (std::u16string_view credit : {u"摄", u"摄影", u"供图"})
        if (text.size() > credit.size() && text.substr(text.size() - credit.size()) == credit)
            return true;
    return false;
}

bool isLoneOpenBracket(std::u16string_view text)
{
    text = trimmed(text);
    return text == u"（" || text == u"(";
}

// "三）改革开放持续深化。" after a line holding only "（": the marker split over two lines, read as if
// joined; its offsets are those in the second line (the opening bracket is not in it).
std::optional<Marker> recognizeSplitMarker(std::u16string_view bracketLine, std::u16string_view text)
{
    const std::u16string joined = std::u16string(trimmed(bracketLine)) + std::u16string(text);
    std::optional<Marker> marker = recognizeMarker(joined);
    if (!marker || !marker->open || marker->start != 0)
        return std::nullopt;
    for (std::uint32_t* offset : {&marker->numeralStart, &marker->numeralEnd, &marker->separatorStart,
                                  &marker->separatorEnd, &marker->end, &marker->textStart})
        *offset -= 1;
    return marker;
}

// A marker typed as a bare numeral with "，" "：" or a space after it ("一，加强…" "一 总体要求") is
// weak evidence of a heading.
bool weakMarker(std::u16string_view text, const Marker& marker)
{
    if (marker.fromListLabel || marker.open || marker.enclosedForm)
        return false;
    if (marker.separatorEnd == marker.separatorStart)
        return true;
    const char32_t separator = text::foldWidth(text[marker.separatorStart]);
    return separator == U',' || separator == U':';
}

// What the first look at each paragraph finds: its marker (read in the light of the one before:
// "20.2026年…" after "19.", "三）…" after a lone "（"), and whether it labels a part.
struct MarkerReading {
    ParagraphMarkers markers;
    std::vector<PartKind> partLabels;
    std::vector<int> splitFrom; // the lone "（" paragraph of a split marker, -1 for none
};

MarkerReading readMarkers(const Document& document, const Config& config, unsigned threads)
{
    const auto count = document.paragraphs.size();
    // The marker each paragraph has by itself (most of the reading: a regular expression), found
    // by ranges of paragraphs on the threads and kept in paragraph order.
    const std::vector<IndexRange> ranges = splitIndices(count, threads);
    std::vector<std::vector<std::pair<std::uint32_t, Marker>>> ownInRange(ranges.size());
    runTasks(threads, ranges.size(), [&](std::size_t range, unsigned) {
        for (std::size_t index = ranges[range].first; index < ranges[range].last; ++index) {
            const Paragraph& paragraph = document.paragraphs[index];
            if (!countsForHeadings(paragraph, config.options))
                continue;
            if (std::optional<Marker> marker = recognizeParagraphMarker(paragraph))
                ownInRange[range].emplace_back(static_cast<std::uint32_t>(index), *marker);
        }
    });
    std::vector<std::pair<std::uint32_t, Marker>> ownMarkers;
    for (const auto& inRange : ownInRange)
        ownMarkers.insert(ownMarkers.end(), inRange.begin(), inRange.end());

    MarkerReading reading{ParagraphMarkers(count), std::vector<PartKind>(count, PartKind::None),
                          std::vector<int>(count, -1)};
    std::optional<Marker> lastMarker;
    std::optional<std::uint32_t> previousNonBlank;
    std::size_t nextOwn = 0; // the next of ownMarkers
    for (std::uint32_t index = 0; index < count; ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        if (!countsForHeadings(paragraph, config.options))
            continue;
        std::optional<Marker> marker;
        if (nextOwn < ownMarkers.size() && ownMarkers[nextOwn].first == index)
            marker = ownMarkers[nextOwn++].second;
        if (!marker && lastMarker && lastMarker->markerClass == MarkerClass::ArabicNumeral && !lastMarker->fromListLabel)
            marker = recognizeArabicMarkerNumbered(paragraph.text, lastMarker->number + 1);
        if (!marker && previousNonBlank && isLoneOpenBracket(document.paragraphs[*previousNonBlank].text))
            if ((marker = recognizeSplitMarker(document.paragraphs[*previousNonBlank].text, paragraph.text)))
                reading.splitFrom[index] = static_cast<int>(*previousNonBlank);
        if (marker) {
            reading.markers.set(index, *marker);
            lastMarker = marker;
        } else if (!isBlank(paragraph)) {
            reading.partLabels[index] = partLabelKind(paragraph);
        }
        if (!isBlank(paragraph))
            previousNonBlank = index;
    }
    return reading;
}

} // namespace

Structure Structure::build(const Document& document, const Config& config, unsigned threads)
{
    Structure structure;
    const auto count = document.paragraphs.size();
    structure.headingOfParagraph_.assign(count, -1);
    structure.enclosingHeading_.assign(count, -1);
    structure.roles_.assign(count, ParagraphRole{});

    const MarkerReading reading = readMarkers(document, config, threads);
    const ParagraphMarkers& markers = reading.markers;
    const std::vector<PartKind>& partLabels = reading.partLabels;
    const std::vector<int>& splitFrom = reading.splitFrom;
    std::vector<bool> listItems = findListItems(document, markers);
    // The numbered items of a glossary are its entries ("1.“四上”企业：" then the definition).
    bool inGlossary = false;
    for (std::uint32_t index = 0; index < count; ++index) {
        if (partLabels[index] != PartKind::None)
            inGlossary = partLabels[index] == PartKind::Glossary;
        if (inGlossary && markers[index])
            listItems[index] = true;
    }

    using LastChild = std::array<int, kMaxLevel + 1>; // by level: the latest child so far, -1 = none
    LastChild topLevel;
    std::vector<LastChild> lastChild; // per heading
    // Nearly every marker makes a heading: a long report has thousands.
    structure.headings_.reserve(markers.count());
    structure.childCount_.reserve(markers.count());
    lastChild.reserve(markers.count());
    int halfDots = 0, fullDots = 0;
    std::array<int, kMaxLevel + 1> latestOfLevel; // the latest heading of each level, for HN-09
    std::vector<int> open; // the chain of headings the current paragraph sits in, outermost first
    std::array<int, kMaxLevel + 1> lastListItem; // by level: the last list item of the current section
    int part = 0;
    int partTopLevel = 0; // the level of the first outline heading of the current part
    const auto startPart = [&] {
        topLevel.fill(-1);
        latestOfLevel.fill(-1);
        open.clear();
        lastListItem.fill(-1);
        partTopLevel = 0;
    };
    startPart();

    std::optional<std::u16string_view> previousText; // the last paragraph with text
    std::optional<std::uint32_t> previousIndex;
    int clauseCandidate = -1;
    // Puts a heading of paragraph `index` into the tree: its own marker (`own`) or one after a
    // line break inside it. List items open no section.
    const auto addHeading = [&](Heading heading, std::uint32_t index, bool inList, bool own) {
        const Paragraph& paragraph = document.paragraphs[index];
        heading.part = part;
        const int level = heading.level();
        const int headingIndex = static_cast<int>(structure.headings_.size());
        if (isField(paragraph.text, heading.marker)) {
            heading.role = ItemRole::Field;
            heading.clause = true;
        } else if (inList) {
            heading.role = ItemRole::ListItem;
            heading.clause = true;
        }

        // "一、" again after "二、" or later, below a title-like line: a second document or an
        // appended block, whose numbering starts afresh.
        if (!inList && heading.isOutlineHeading() && level == partTopLevel && heading.marker.number == 1 &&
            topLevel[static_cast<std::size_t>(level)] >= 0 && previousIndex &&
            structure.headingOfParagraph_[*previousIndex] < 0 &&
            looksLikeTitle(document.paragraphs[*previousIndex])) {
            ++part;
            startPart();
            heading.part = part;
        }

        if (inList) {
            // A list item opens no section: it sits in the current one, in a run of its own list.
            heading.parent = open.empty() ? -1 : open.back();
            // It goes on from the last item of its class in this section when it numbers on
            // from it, across the text between (a glossary's definitions, a nested list).
            int& last = lastListItem[static_cast<std::size_t>(level)];
            const Heading* previousItem = last >= 0 ? &structure.headings_[static_cast<std::size_t>(last)] : nullptr;
            if (previousItem && heading.marker.number == previousItem->marker.number + 1) {
                heading.siblingIndex = previousItem->siblingIndex + 1;
                heading.run = previousItem->run;
            } else {
                heading.run = static_cast<int>(structure.runs_.size());
                structure.runs_.emplace_back();
                structure.runContinues_.push_back(false);
                const bool inlineStart = heading.marker.number > 1 && previousText &&
                                         holdsInlineMarker(*previousText, heading.marker.markerClass, heading.marker.number - 1);
                heading.siblingIndex = inlineStart ? heading.marker.number : 1;
            }
            last = headingIndex;
            structure.runs_[static_cast<std::size_t>(heading.run)].push_back(headingIndex);
        } else {
            lastListItem.fill(-1);
            if (partTopLevel == 0)
                partTopLevel = level;
            // Closing the open sections deeper than this heading. Closing only lower levels
            // without reaching one of its own means it sits under a lower marker.
            int lowerClosed = -1;
            bool sameLevelClosed = false;
            while (!open.empty() && structure.headings_[static_cast<std::size_t>(open.back())].level() >= level) {
                const int closed = open.back();
                const int closedLevel = structure.headings_[static_cast<std::size_t>(closed)].level();
                if (closedLevel == level)
                    sameLevelClosed = true;
                else if (closedLevel < kMaxLevel && lowerClosed < 0)
                    lowerClosed = closed;
                open.pop_back();
            }
            // A level-1 heading that closes everything after a lower run at the top closes a
            // preamble list ("1. 2. 3." before "一、"), which is no inversion.
            const bool preamble = level == 1 && open.empty();
            if (level < kMaxLevel && lowerClosed >= 0 && !sameLevelClosed && !preamble) {
                heading.inverted = true;
                heading.inversionOf = lowerClosed;
            }
            heading.parent = open.empty() ? -1 : open.back();

            int& previous = heading.parent < 0 ? topLevel[static_cast<std::size_t>(level)]
                                               : lastChild[static_cast<std::size_t>(heading.parent)][static_cast<std::size_t>(level)];
            if (previous >= 0) {
                heading.siblingIndex = structure.headings_[static_cast<std::size_t>(previous)].siblingIndex + 1;
                heading.run = structure.headings_[static_cast<std::size_t>(previous)].run;
            } else {
                heading.run = static_cast<int>(structure.runs_.size());
                structure.runs_.emplace_back();
                const bool inlineStart = heading.marker.number > 1 && previousText &&
                                         holdsInlineMarker(*previousText, heading.marker.markerClass, heading.marker.number - 1);
                heading.siblingIndex = inlineStart ? heading.marker.number : 1;
                if (inlineStart && heading.parent >= 0 && level < kMaxLevel)
                    ++structure.childCount_[static_cast<std::size_t>(heading.parent)];
                const int latest = latestOfLevel[static_cast<std::size_t>(level)];
                structure.runContinues_.push_back(
                    !inlineStart && heading.parent >= 0 && latest >= 0 && heading.marker.number != 1 &&
                    heading.marker.number == structure.headings_[static_cast<std::size_t>(latest)].marker.number + 1);
            }
            latestOfLevel[static_cast<std::size_t>(level)] = headingIndex;
            previous = headingIndex;
            structure.runs_[static_cast<std::size_t>(heading.run)].push_back(headingIndex);
            if (heading.parent >= 0 && level < kMaxLevel)
                ++structure.childCount_[static_cast<std::size_t>(heading.parent)];
        }

        if (heading.marker.markerClass == MarkerClass::ArabicNumeral && !heading.marker.fromListLabel &&
            heading.marker.separatorEnd == heading.marker.separatorStart + 1) {
            const char16_t dot = paragraph.text[heading.marker.separatorStart];
            halfDots += dot == u'.';
            fullDots += dot == u'．';
        }

        const bool outline = heading.isOutlineHeading();
        if (own) {
            structure.roles_[index] = ParagraphRole{heading.role == ItemRole::ListItem ? Role::ListItem
                                                    : heading.role == ItemRole::Field  ? Role::Field
                                                                                       : Role::Heading,
                                                    heading.confident};
            structure.headingOfParagraph_[index] = headingIndex;
        }
        structure.headings_.push_back(heading);
        lastChild.emplace_back().fill(-1);
        structure.childCount_.push_back(0);
        if (outline)
            open.push_back(headingIndex);
    };

    for (std::uint32_t index = 0; index < count; ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        const Marker* marker = markers[index];
        const bool blank = isBlank(paragraph);
        if (partLabels[index] != PartKind::None) {
            ++part;
            startPart();
            structure.roles_[index].role = Role::PartLabel;
        }
        const std::size_t firstOfParagraph = structure.headings_.size();
        if (marker) {
            Heading heading;
            heading.paragraph = index;
            heading.marker = *marker;
            heading.confident = !weakMarker(paragraph.text, *marker);
            heading.splitFrom = splitFrom[index];
            if (heading.splitFrom >= 0)
                structure.roles_[static_cast<std::size_t>(heading.splitFrom)].role = Role::MarkerFragment;
            measureHeadingPart(paragraph, heading);
            addHeading(heading, index, listItems[index], true);
        }
        // "一、总体情况↵（一）工作进展": a marker after a line break starts a heading of its own.
        for (std::size_t lineBreak = lineBreaks().find(paragraph.text); lineBreak != std::u16string::npos;
             lineBreak = lineBreaks().find(paragraph.text, lineBreak + 1)) {
            if (!countsForHeadings(paragraph, config.options))
                break;
            const auto lineStart = static_cast<std::uint32_t>(lineBreak + 1);
            std::optional<Marker> inner = recognizeMarker(std::u16string_view(paragraph.text).substr(lineStart));
            if (!inner || weakMarker(std::u16string_view(paragraph.text).substr(lineStart), *inner))
                continue;
            for (std::uint32_t* offset : {&inner->start, &inner->numeralStart, &inner->numeralEnd, &inner->separatorStart,
                                          &inner->separatorEnd, &inner->end, &inner->textStart})
                *offset += lineStart;
            Heading heading;
            heading.paragraph = index;
            heading.marker = *inner;
            heading.lineBreak = static_cast<int>(lineBreak);
            measureHeadingPart(paragraph, heading);
            addHeading(heading, index, false, false);
        }
        structure.enclosingHeading_[index] = open.empty() ? -1 : open.back();
        if (blank) {
            structure.roles_[index].role = Role::Blank;
            continue;
        }
        // The text after a clause candidate decides: a sibling or a higher heading, or the end,
        // means nothing is under it.
        if (clauseCandidate >= 0) {
            const Heading& candidate = structure.headings_[static_cast<std::size_t>(clauseCandidate)];
            const Heading* next = structure.headings_.size() > firstOfParagraph ? &structure.headings_[firstOfParagraph] : nullptr;
            structure.headings_[static_cast<std::size_t>(clauseCandidate)].clause =
                next && next != &candidate && next->level() <= candidate.level();
            clauseCandidate = -1;
        }
        if (marker && structure.headings_[firstOfParagraph].isOutlineHeading()) {
            const Heading& added = structure.headings_[firstOfParagraph];
            const std::u16string_view text = paragraph.text;
            if (added.standalone && added.headingEnd > added.marker.textStart &&
                kClauseEndPoints.find(text[added.headingEnd - 1]) != std::u16string_view::npos) {
                // A long one is a numbered paragraph whatever follows: headings are short. So is a
                // sentence that introduces what follows ("三、会议要求…，重点做好以下工作：").
                const bool introducing = (text[added.headingEnd - 1] == u'：' || text[added.headingEnd - 1] == u':') &&
                                         isListSentence(text, added.marker);
                if (added.headingEnd - added.marker.textStart > kMaxHeadingPart || introducing)
                    structure.headings_[firstOfParagraph].clause = true;
                else
                    clauseCandidate = static_cast<int>(firstOfParagraph);
            }
        }
        previousText = std::u16string_view(paragraph.text);
        previousIndex = index;
    }
    if (clauseCandidate >= 0)
        structure.headings_[static_cast<std::size_t>(clauseCandidate)].clause = true;

    switch (config.options.arabicDot) {
    case ArabicDot::Half: structure.arabicDot_ = u'.'; break;
    case ArabicDot::Full: structure.arabicDot_ = u'．'; break;
    case ArabicDot::Either: structure.arabicDot_ = fullDots > halfDots ? u'．' : u'.'; break;
    }

    structure.assignLineRoles(document, threads);
    structure.findNonStandardHeadings(document);
    structure.findTitle(document);
    structure.elements_ = findElements(document, structure);
    return structure;
}

void Structure::assignLineRoles(const Document& document, unsigned threads)
{
    // Lines of their own kind among the unnumbered ones: the web page's residue, bylines and
    // captions, name lists, the 版记. Each paragraph is first read by itself, by ranges of
    // paragraphs on the threads; what the ranges find is joined in paragraph order.
    struct RangeReading {
        ParagraphSpans residue, addresses;
        std::vector<std::uint32_t> wholeParagraphs; // residue from end to end
    };
    const auto count = document.paragraphs.size();
    const std::vector<IndexRange> ranges = splitIndices(count, threads);
    std::vector<RangeReading> readings(ranges.size());
    std::vector<LineKind> kinds(count, LineKind::Other); // of the paragraphs with no role yet
    runTasks(threads, ranges.size(), [&](std::size_t range, unsigned) {
        RangeReading& reading = readings[range];
        for (auto index = static_cast<std::uint32_t>(ranges[range].first); index < ranges[range].last; ++index) {
            const std::u16string_view text = document.paragraphs[index].text;
            const WebResidue found = findWebResidue(text);
            if (found.wholeParagraph)
                reading.wholeParagraphs.push_back(index);
            reading.residue.add(index, found.spans);
            reading.addresses.add(index, findWebAddresses(text));
            if (roles_[index].role == Role::Body)
                kinds[index] = readLine(text).kind;
        }
    });
    std::vector<bool> wholeParagraphs(count);
    for (const RangeReading& reading : readings) {
        webResidue_.append(reading.residue);
        webAddresses_.append(reading.addresses);
        for (std::uint32_t index : reading.wholeParagraphs)
            wholeParagraphs[index] = true;
    }
    const std::vector<bool> residue = residueParagraphs(document, std::move(wholeParagraphs));
    // The front matter: what comes before the first heading and the first prose paragraph.
    bool frontMatter = true;
    for (std::uint32_t index = 0; index < count; ++index) {
        ParagraphRole& role = roles_[index];
        const Paragraph& paragraph = document.paragraphs[index];
        if (residue[index]) {
            role.role = Role::Residue;
            continue;
        }
        if (role.role != Role::Body) {
            frontMatter = frontMatter && role.role != Role::Heading && role.role != Role::ListItem && role.role != Role::Field;
            continue;
        }
        const LineKind kind = kinds[index];
        // A photo's caption with its credit at the top of a report copied from a news page: the
        // photo did not come with the text ("…作政府工作报告。本报记者 韩卿立 摄").
        if (kind == LineKind::Caption && frontMatter && endsWithPhotoCredit(paragraph.text)) {
            role.role = Role::Residue;
            continue;
        }
        if (kind == LineKind::Other && looksLikeProse(paragraph))
            frontMatter = false;
        switch (kind) {
        case LineKind::Byline:
        case LineKind::Caption: role.role = Role::Byline; break;
        case LineKind::NameList: role.role = Role::NameList; break;
        case LineKind::Imprint: role.role = Role::Imprint; break;
        case LineKind::Other: break;
        }
    }
}

void Structure::findNonStandardHeadings(const Document& document)
{
    // The forms met since the last standard heading, outermost first: each sits one level below
    // the one before it, the first one level below that heading.
    std::vector<std::u16string> forms;
    int baseLevel = 0;
    for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
        if (const Heading* heading = headingAt(index); heading && heading->isOutlineHeading()) {
            forms.clear();
            baseLevel = heading->level();
            continue;
        }
        if (roles_[index].role != Role::Body)
            continue;
        const std::u16string_view text = document.paragraphs[index].text;
        const auto first = std::find_if(text.begin(), text.end(), [](char16_t c) { return !text::isSpace(c); });
        if (first == text.end() || std::u16string_view(u"（(方专任领类板模课").find(*first) == std::u16string_view::npos)
            continue;
        const auto match = nonStandardMarkerPattern().lookingAt(text);
        if (!match)
            continue;
        const bool lettered = match->matched(1);
        const std::u16string form = lettered ? u"（a）" : std::u16string(text.substr(
            static_cast<std::size_t>(match->groups[2].first), static_cast<std::size_t>(match->groups[2].second - match->groups[2].first)));
        auto at = std::find(forms.begin(), forms.end(), form);
        if (at == forms.end())
            at = forms.insert(forms.end(), form);
        else
            forms.erase(at + 1, forms.end());
        const int level = std::min(4, baseLevel + static_cast<int>(at - forms.begin()) + 1);
        int number = 0;
        if (lettered) {
            const char16_t letter = text[static_cast<std::size_t>(match->groups[1].first)];
            number = (letter >= u'a' ? letter - u'a' : letter - u'A') + 1;
        } else {
            const std::u16string_view numeral = text.substr(static_cast<std::size_t>(match->groups[3].first),
                                                            static_cast<std::size_t>(match->groups[3].second - match->groups[3].first));
            number = numeral.front() >= u'0' && numeral.front() <= u'9' ? std::stoi(text::toUtf8(numeral))
                                                                       : text::parseChineseNumeral(numeral).value_or(1);
        }
        std::uint32_t start = 0;
        while (start < text.size() && text::isSpace(text[start]))
            ++start;
        nonStandard_.push_back({index, start, match->end, canonicalMarker(static_cast<MarkerClass>(level - 1), number)});
        roles_[index] = ParagraphRole{Role::Heading, false};
    }
}

void Structure::findTitle(const Document& document)
{
    // Title-like body paragraphs before the first heading, the first prose or the salutation
    // after a title; a centred one ends the search.
    std::vector<std::uint32_t> candidates;
    for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        if (paragraph.container != Container::Body)
            continue;
        if (headingOfParagraph_[index] >= 0 || roles_[index].role == Role::PartLabel || looksLikeProse(paragraph) ||
            (!candidates.empty() && isSalutation(paragraph)))
            break;
        if (roles_[index].role == Role::Residue || !looksLikeTitle(paragraph))
            continue;
        candidates.push_back(index);
        if (paragraph.alignment == Alignment::Center)
            break;
    }
    if (candidates.empty())
        return;
    // A centred line wins; else the last that names a document type, one without a final point
    // first (a caption under a photo ends in one); else the last line (the title comes right
    // before the text; a web page's own title above it repeats it).
    std::uint32_t first = candidates.back();
    if (document.paragraphs[first].alignment != Alignment::Center) {
        const auto lastNaming = [&](bool allowPoint) -> std::optional<std::uint32_t> {
            for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
                const std::u16string_view text = trimmed(document.paragraphs[*it].text);
                if (namesDocumentType(text) && (allowPoint || kTitleEndPoints.find(text.back()) == std::u16string_view::npos))
                    return *it;
            }
            return std::nullopt;
        };
        first = lastNaming(false).value_or(lastNaming(true).value_or(first));
    }
    constexpr std::uint32_t kMaxTitleLines = 3;
    std::uint32_t last = first;
    const auto isCandidate = [&](std::uint32_t index) {
        return index < document.paragraphs.size() && headingOfParagraph_[index] < 0 && roles_[index].role != Role::Residue &&
               document.paragraphs[index].container == Container::Body && looksLikeTitle(document.paragraphs[index]);
    };
    while (first > 0 && last - first + 1 < kMaxTitleLines && isCandidate(first - 1) &&
           continuesTitle(document.paragraphs[first - 1], document.paragraphs[first]))
        --first;
    while (last - first + 1 < kMaxTitleLines && isCandidate(last + 1) &&
           continuesTitle(document.paragraphs[last], document.paragraphs[last + 1]))
        ++last;
    title_ = first;
    titleLineCount_ = last - first + 1;
    for (std::uint32_t index = first; index <= last; ++index)
        roles_[index].role = Role::Title;
}

void ParagraphSpans::add(std::uint32_t paragraph, const std::vector<TextSpan>& spans)
{
    paragraphs_.insert(paragraphs_.end(), spans.size(), paragraph);
    spans_.insert(spans_.end(), spans.begin(), spans.end());
}

void ParagraphSpans::append(const ParagraphSpans& later)
{
    paragraphs_.insert(paragraphs_.end(), later.paragraphs_.begin(), later.paragraphs_.end());
    spans_.insert(spans_.end(), later.spans_.begin(), later.spans_.end());
}

ParagraphSpans::Range ParagraphSpans::of(std::uint32_t paragraph) const
{
    const auto [from, to] = std::equal_range(paragraphs_.begin(), paragraphs_.end(), paragraph);
    return {spans_.data() + (from - paragraphs_.begin()), spans_.data() + (to - paragraphs_.begin())};
}

std::vector<std::uint32_t> Structure::titleLines() const
{
    std::vector<std::uint32_t> lines;
    if (title_)
        for (std::uint32_t i = 0; i < titleLineCount_; ++i)
            lines.push_back(*title_ + i);
    return lines;
}

const Heading* Structure::headingAt(std::uint32_t paragraph) const
{
    if (paragraph >= headingOfParagraph_.size() || headingOfParagraph_[paragraph] < 0)
        return nullptr;
    return &headings_[static_cast<std::size_t>(headingOfParagraph_[paragraph])];
}

std::vector<const Heading*> Structure::ancestors(std::uint32_t paragraph) const
{
    std::vector<const Heading*> chain;
    if (paragraph >= enclosingHeading_.size())
        return chain;
    int index = enclosingHeading_[paragraph];
    if (index >= 0 && headings_[static_cast<std::size_t>(index)].paragraph == paragraph)
        index = headings_[static_cast<std::size_t>(index)].parent;
    for (; index >= 0; index = headings_[static_cast<std::size_t>(index)].parent)
        chain.push_back(&headings_[static_cast<std::size_t>(index)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

std::string Structure::path(const Document& document, std::uint32_t paragraph) const
{
    auto chain = ancestors(paragraph);
    if (const Heading* own = headingAt(paragraph))
        chain.push_back(own);
    std::string out;
    for (const Heading* heading : chain) {
        if (!out.empty())
            out += " › ";
        out += text::toUtf8(markerText(document, *heading));
    }
    return out;
}

} // namespace gw
