#include "line_kinds.hpp"

#include "gwcheck_data.hpp"
#include "phrase_list.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace gw {
namespace {

// The words a 职务 ends with, and the labels of a 版记 line (src/core/data/).
const std::vector<std::u16string>& jobTitles()
{
    static const std::vector<std::u16string> titles = listEntries(data::job_titles);
    return titles;
}

const std::vector<std::u16string>& imprintLabels()
{
    static const std::vector<std::u16string> labels = listEntries(data::imprint_labels);
    return labels;
}

// A space inside a line, as PN-08 sees it, and the tab.
constexpr std::u16string_view kSpace = u"[\\t \\u3000\\u00A0]";

std::u16string alternatives(const std::vector<std::u16string>& words)
{
    std::u16string out = u"(?:";
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += u'|';
        out += words[i];
    }
    return out + u')';
}

// 单位+职务 before the first space: Han (and Latin or digits, as in "CCTV记者"; a slash between
// two media, "石榴云/新疆日报记者"; a middle dot, "新甘肃·甘肃日报记者") ending with a job title.
std::u16string titlePattern()
{
    return u"[\\p{Han}A-Za-z0-9/／·・]{0,24}?" + alternatives(jobTitles());
}

// One name: a name with a middle dot (艾尔肯·吐尼亚孜), a two-character name padded by a space
// (龚 正), or two to four Han characters (嘎玛泽登). Then more names, apart by spaces or 、.
std::u16string namesPattern()
{
    const std::u16string space(kSpace);
    const std::u16string name =
        u"(?:\\p{Han}+(?:[·・•．]\\p{Han}+)+|\\p{Han}" + space + u"{1,2}\\p{Han}|\\p{Han}{2,4})";
    return name + u"(?:(?:" + space + u"+|" + space + u"*、" + space + u"*)" + name + u"){0,7}";
}

const text::Pattern& bylinePattern()
{
    const std::u16string space(kSpace);
    static const text::Pattern pattern(u"^" + space + u"*" + titlePattern() + space + u"+" + namesPattern() +
                                       u"(?:" + space + u"*(?:摄影|摄|供图))?" + space + u"*$");
    return pattern;
}

// A credit after the last sentence of a caption (or alone on its line), group 1 the space that
// sets it off.
const text::Pattern& creditPattern()
{
    const std::u16string space(kSpace);
    static const text::Pattern pattern(u"(?:^|(?<=[。！？!?]))(" + space + u"*)[（(]?" + titlePattern() + space + u"*" +
                                       namesPattern() + space + u"*(?:摄影|摄|供图)[）)]?" + space + u"*$");
    return pattern;
}

// A reporter's credit without 摄 after a caption's sentence ("…作政府工作报告。新甘肃·甘肃日报记者
// 盛学卿"), group 1 the space that sets it off.
const text::Pattern& reporterCreditPattern()
{
    const std::u16string space(kSpace);
    static const text::Pattern pattern(u"(?<=[。！？!?])(" + space + u"*)[\\p{Han}A-Za-z0-9/／·・]{0,24}?(?:记者|通讯员)" +
                                       space + u"+" + namesPattern() + space + u"*$");
    return pattern;
}

// A byline after a subtitle on the same line ("2026年1月27日在…会议上 陕西省省长 赵刚"), group 1
// the space before it; the text before has no sentence in it.
const text::Pattern& trailingBylinePattern()
{
    const std::u16string space(kSpace);
    static const text::Pattern pattern(u"^[^。！？；，,;!?]+?(" + space + u"+)" + titlePattern() + space + u"+" +
                                       namesPattern() + space + u"*$");
    return pattern;
}

// Whether the line ends like a photo credit: cheap, so that long paragraphs skip the pattern.
bool endsLikeCredit(std::u16string_view text)
{
    std::size_t end = text.size();
    while (end > 0 && text::isSpace(text[end - 1]))
        --end;
    if (end > 0 && (text[end - 1] == u'）' || text[end - 1] == u')'))
        --end;
    const std::u16string_view trimmed = text.substr(0, end);
    for (std::u16string_view ending : {u"摄", u"摄影", u"供图"})
        if (trimmed.size() >= ending.size() && trimmed.substr(trimmed.size() - ending.size()) == ending)
            return true;
    return false;
}

const text::Pattern& imprintLabelPattern()
{
    static const text::Pattern pattern(u"^" + std::u16string(kSpace) + u"*" +
                                       alternatives(imprintLabels()) +
                                       std::u16string(kSpace) + u"*[：:]");
    return pattern;
}

const text::Pattern& printCountPattern()
{
    static const text::Pattern pattern(u"^\\s*[（(]共印\\s*\\d+\\s*份[）)]\\s*$");
    return pattern;
}

// 印发机关 (no sentence punctuation), the gap (group 1), 印发日期 in Arabic or Chinese numerals, 印发.
const text::Pattern& issuedPattern()
{
    const std::u16string space(kSpace);
    static const text::Pattern pattern(
        u"^" + space + u"*[^。，；！？\\s][^。，；！？]*?(" + space +
        u"*)(?:\\d{4}|[〇零一二三四五六七八九]{4})年[\\d〇一二三四五六七八九十]{1,3}月[\\d〇一二三四五六七八九十]{1,3}日" + space +
        u"*印发" + space + u"*$");
    return pattern;
}

// --- name lists ---------------------------------------------------------------------------

const text::CharacterSet& nameSpaces()
{
    static const text::CharacterSet spaces(u"[\\u0020\\u3000\\u00A0\\t]");
    return spaces;
}
bool isNameSpace(char16_t c) { return nameSpaces().contains(c); }
bool isNameDot(char16_t c) { return std::u16string_view(u"·・•．").find(c) != std::u16string_view::npos; }

// Width of a space in half characters: a 全角空格 is a whole character.
int halfWidths(char16_t c) { return c == u'\u3000' ? 2 : 1; }

struct Token {
    enum Kind { Word, Space, Separator } kind;
    int han = 0;         // Word: Han characters
    bool dotted = false; // Word: a name with a middle dot
    int width = 0;       // Space: in half characters
    std::u16string_view word; // Word: its text
};

// Han words, space runs and 、，, — or nullopt when the text holds anything else.
std::optional<std::vector<Token>> tokens(std::u16string_view text)
{
    std::vector<Token> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char16_t c = text[i];
        if (isNameSpace(c)) {
            if (out.empty() || out.back().kind != Token::Space)
                out.push_back({Token::Space, 0, false, 0, {}});
            out.back().width += halfWidths(c);
        } else if (c == u'、' || c == u'，' || c == u',') {
            out.push_back({Token::Separator, 0, false, 0, {}});
        } else if (text::isHan(c) || isNameDot(c)) {
            if (out.empty() || out.back().kind != Token::Word)
                out.push_back({Token::Word, 0, false, 0, text.substr(i, 0)});
            out.back().word = std::u16string_view(out.back().word.data(), out.back().word.size() + 1);
            if (isNameDot(c))
                out.back().dotted = true;
            else
                ++out.back().han;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

struct NameItem {
    int han = 0;
    bool padded = false;
    int paddingWidth = 0; // half characters
};

// Reads one name (or label) at `i`: a word of 2–3 Han, a dotted name, or two single characters
// with a space between them.
std::optional<NameItem> readName(const std::vector<Token>& toks, std::size_t& i)
{
    if (i >= toks.size() || toks[i].kind != Token::Word)
        return std::nullopt;
    const Token& word = toks[i];
    if (word.dotted) {
        ++i;
        return NameItem{word.han};
    }
    if (word.han == 2 || word.han == 3) {
        ++i;
        return NameItem{word.han};
    }
    if (word.han == 1 && i + 2 < toks.size() && toks[i + 1].kind == Token::Space && toks[i + 1].width <= 2 &&
        toks[i + 2].kind == Token::Word && toks[i + 2].han == 1 && !toks[i + 2].dotted) {
        const int width = toks[i + 1].width;
        i += 3;
        return NameItem{2, true, width};
    }
    return std::nullopt;
}

bool endsWithJobTitle(std::u16string_view word)
{
    return std::any_of(jobTitles().begin(), jobTitles().end(), [&](std::u16string_view title) {
        return word.size() > title.size() && word.substr(word.size() - title.size()) == title;
    });
}

bool isNameList(std::u16string_view text)
{
    constexpr std::size_t kMaxLabel = 10;
    std::size_t begin = 0, end = text.size();
    while (begin < end && text::isSpace(text[begin]))
        ++begin;
    while (end > begin && text::isSpace(text[end - 1]))
        --end;
    std::u16string_view line = text.substr(begin, end - begin);
    // "请假：赵  磊（出差）": a note after the names.
    if (!line.empty() && (line.back() == u'）' || line.back() == u')')) {
        const std::size_t open = line.find_last_of(u"（(");
        if (open == std::u16string_view::npos)
            return false;
        line = line.substr(0, open);
    }

    std::vector<NameItem> items;
    const std::size_t colon = line.find_first_of(u"：:");
    if (colon != std::u16string_view::npos) {
        const auto label = tokens(line.substr(0, colon));
        std::size_t i = 0;
        if (!label)
            return false;
        // A label such as "组  长" or "联系人" stands in a column of labels: it aligns like a name;
        // a longer one ("信息技术部") heads its row.
        const auto item = readName(*label, i);
        const bool longLabel = label->size() == 1 && (*label)[0].kind == Token::Word && (*label)[0].han > 3 &&
                               (*label)[0].word.size() <= kMaxLabel;
        if (!longLabel && (!item || i != label->size()))
            return false;
        if (!longLabel)
            items.push_back(*item);
        line = line.substr(colon + 1);
    }
    const auto toks = tokens(line);
    if (!toks || toks->empty())
        return false;
    const std::size_t labelItems = items.size();
    bool spaceSeparated = false;
    std::size_t i = 0;
    if ((*toks)[0].kind == Token::Space)
        ++i; // after the label's colon
    bool jobTitle = false; // "王  芳  市人民政府办公室主任": a roster row, the name then the post
    while (true) {
        const auto item = readName(*toks, i);
        if (!item) {
            jobTitle = items.size() > labelItems && i + 1 == toks->size() && (*toks)[i].kind == Token::Word &&
                       i > 0 && (*toks)[i - 1].kind == Token::Space && endsWithJobTitle((*toks)[i].word);
            if (!jobTitle)
                return false;
            break;
        }
        items.push_back(*item);
        if (i == toks->size())
            break;
        const auto at = [&](std::size_t k, Token::Kind kind) { return k < toks->size() && (*toks)[k].kind == kind; };
        if (at(i, Token::Space) && !at(i + 1, Token::Separator)) {
            spaceSeparated = true;
            ++i;
            continue;
        }
        if (at(i, Token::Space))
            ++i;
        if (!at(i, Token::Separator))
            return false;
        ++i;
        if (at(i, Token::Space))
            ++i;
    }
    if (jobTitle)
        return true;
    if (items.size() < 2)
        return false;

    bool padded = false, threeCharacters = false, oneCharacterPadding = false;
    for (const NameItem& item : items) {
        padded = padded || item.padded;
        threeCharacters = threeCharacters || (!item.padded && item.han == 3);
        oneCharacterPadding = oneCharacterPadding || (item.padded && item.paddingWidth == 2);
    }
    if (padded)
        return threeCharacters || oneCharacterPadding;
    return spaceSeparated && items.size() - labelItems >= 3 && threeCharacters;
}

} // namespace

LineReading readLine(std::u16string_view text)
{
    const auto whole = TextSpan{0, static_cast<std::uint32_t>(text.size())};
    // Most paragraphs are prose: every kind but the 版记's wants a space in the line, or ends
    // like a credit; a 版记 line starts with its label, "（共印", or ends in 印发. One look
    // spares prose the patterns.
    const bool spaced = nameSpaces().occursIn(text);
    std::u16string_view trimmedText = text;
    while (!trimmedText.empty() && text::isSpace(trimmedText.front()))
        trimmedText.remove_prefix(1);
    while (!trimmedText.empty() && text::isSpace(trimmedText.back()))
        trimmedText.remove_suffix(1);
    const bool mayBeImprint =
        trimmedText.substr(0, 3) == u"（共印" || trimmedText.substr(0, 3) == u"(共印" ||
        (trimmedText.size() >= 2 && trimmedText.substr(trimmedText.size() - 2) == u"印发") ||
        std::any_of(imprintLabels().begin(), imprintLabels().end(),
                    [&](std::u16string_view label) { return trimmedText.substr(0, label.size()) == label; });
    if (!spaced && !mayBeImprint && !endsLikeCredit(text))
        return {};
    if (imprintLabelPattern().lookingAt(text) || printCountPattern().lookingAt(text))
        return {LineKind::Imprint, {}};
    if (const auto issued = issuedPattern().lookingAt(text)) {
        const auto [start, end] = issued->groups[1];
        return {LineKind::Imprint, {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}};
    }
    if (bylinePattern().lookingAt(text))
        return {LineKind::Byline, whole};
    if (endsLikeCredit(text)) {
        const auto credits = creditPattern().findAll(text);
        if (!credits.empty())
            return {LineKind::Caption, {static_cast<std::uint32_t>(credits.front().groups[1].first), whole.end}};
    }
    if (text.find(u"记者") != std::u16string_view::npos || text.find(u"通讯员") != std::u16string_view::npos) {
        const auto credits = reporterCreditPattern().findAll(text);
        if (!credits.empty())
            return {LineKind::Caption, {static_cast<std::uint32_t>(credits.front().groups[1].first), whole.end}};
    }
    if (const auto trailing = trailingBylinePattern().lookingAt(text))
        return {LineKind::Byline, {static_cast<std::uint32_t>(trailing->groups[1].first), whole.end}};
    if (isNameList(text))
        return {LineKind::NameList, whole};
    // "电  话：010-12345678" under "联系人：…": a two-character label padded to the width of three.
    static const text::Pattern alignedLabel(u"^[\\s\\u3000]*\\p{Han}([ \\u3000]{1,2})\\p{Han}[ \\u3000]*[：:]");
    if (spaced)
        if (const auto label = alignedLabel.lookingAt(text))
            return {LineKind::Other, {static_cast<std::uint32_t>(label->groups[1].first), static_cast<std::uint32_t>(label->groups[1].second)}};
    return {};
}

} // namespace gw
