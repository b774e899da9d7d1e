// PN-08 cjk-spaces: stray spaces between Chinese characters or around full-width punctuation.
// Leading indentation (HF-04), the space after a heading marker (HN-07), letter-spaced titles
// (通　知) and long runs laid out as blanks to fill in are someone else's or deliberate. So are
// the spaces that a kind of line sets by convention (line_kinds.hpp: 职务 and 姓名 in a byline or
// photo credit, names padded to align in a 名单, the gap before the 印发日期 of the 版记), the
// space after an article number (第一章　总则, 第三条　…) and the space between two parallel
// slogans in one pair of quotes (“好客山东 好品山东”).
#include "../line_kinds.hpp"
#include "../punctuation.hpp"
#include "../unicode.hpp"

#include <optional>

namespace gw {
namespace {

constexpr std::uint32_t kLongestStraySpace = 3;

bool isFullwidthPunct(char16_t c)
{
    return text::isCjkPunctuation(c) || std::u16string_view(u"“”‘’…").find(c) != std::u16string_view::npos;
}

// Every character set apart by spaces: 通　知, 会 议 纪 要. A line with any two characters side by
// side ("加强 组织领导") is not letter-spaced.
bool isLetterSpaced(std::u16string_view text)
{
    std::size_t characters = 0, run = 0;
    for (char16_t c : text) {
        if (text::isSpace(c)) {
            run = 0;
            continue;
        }
        if (++run > 1)
            return false;
        ++characters;
    }
    return characters >= 2;
}

// Where the text after a leading article number and its space begins (第一章　总则, 第三条　为了…),
// or 0. Laws and regulations set that space; what follows is checked as usual.
std::uint32_t afterArticleNumber(std::u16string_view text)
{
    static const text::Pattern pattern(
        u"^[\\t \\u3000\\u00A0]*第[〇零一二三四五六七八九十百千两\\d]+(?:编|章|节|条|部分)[\\t \\u3000\\u00A0]+");
    // One look at the first character spares the others the search.
    const std::size_t first = text.find_first_not_of(u"\t \u3000\u00A0");
    if (first == std::u16string_view::npos || text[first] != u'第')
        return 0;
    const auto match = pattern.lookingAt(text);
    return match ? match->end : 0;
}

// Whether the spaces [start, end) part phrases of one length inside one pair of quotes:
// “好客山东 好品山东”, “进窗口 走流程” — a slogan of parallel halves, written so. A slip in a
// quotation (“加强 组织领导”) leaves halves of different lengths.
bool separatesQuotedSlogans(std::u16string_view text, std::uint32_t start, std::uint32_t end)
{
    const auto inSlogan = [](char16_t c) { return text::isHan(c) || isInlineSpace(c); };
    std::uint32_t open = start;
    while (open > 0 && text[open - 1] != u'“') {
        if (!inSlogan(text[open - 1]))
            return false;
        --open;
    }
    std::uint32_t close = end;
    while (close < text.size() && text[close] != u'”') {
        if (!inSlogan(text[close]))
            return false;
        ++close;
    }
    if (open == 0 || close == text.size())
        return false;
    std::size_t phrases = 0, length = 0, run = 0;
    for (std::uint32_t pos = open; pos <= close; ++pos) {
        if (pos < close && !isInlineSpace(text[pos])) {
            ++run;
            continue;
        }
        if (run == 0)
            continue;
        if (run < 2 || (length != 0 && run != length))
            return false;
        length = run;
        run = 0;
        ++phrases;
    }
    return phrases >= 2;
}

class CjkSpaces final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-08", "cjk-spaces", Severity::Warning, FixKind::Safe, "",
                                   "汉字之间或全角标点前后多余的空格", "Stray space between Chinese characters"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        proposeInEachParagraph(
            context, sink, "多余的空格：“{0}”应为“{1}”", "Stray space in Chinese text: \"{0}\" should be \"{1}\"",
            Touching::Merge, [](ParagraphProposals& proposals) {
                const std::u16string_view text = proposals.text();
                std::uint32_t i = afterArticleNumber(text);
                while (i < text.size() && text::isSpace(text[i]))
                    ++i; // indentation
                const std::uint32_t firstVisible = i;
                std::optional<bool> letterSpaced;
                std::optional<TextSpan> conventional; // worked out at the first candidate: most paragraphs have none
                static const text::CharacterSet inlineSpaces(u"[\\u0020\\u3000\\u00A0]"); // as isInlineSpace
                for (std::size_t run = inlineSpaces.find(text, i); run != std::u16string_view::npos;
                     run = inlineSpaces.find(text, i)) {
                    i = static_cast<std::uint32_t>(run);
                    const auto end = static_cast<std::uint32_t>(inlineSpaces.spanEnd(text, i));
                    if (end < text.size() && end - i <= kLongestStraySpace) {
                        const char16_t before = text[i - 1], after = text[end];
                        const bool emptyBrackets =
                            std::u16string_view(u"（(【").find(before) != std::u16string_view::npos &&
                            std::u16string_view(u"）)】").find(after) != std::u16string_view::npos;
                        const bool stray = (text::isHan(before) && text::isHan(after)) || isFullwidthPunct(before) ||
                                           isFullwidthPunct(after);
                        if (stray && !emptyBrackets) {
                            if (!letterSpaced)
                                letterSpaced = isLetterSpaced(text.substr(firstVisible));
                            if (!conventional)
                                conventional = readLine(text).spacedByConvention;
                            if (!*letterSpaced && !conventional->contains(i) && !separatesQuotedSlogans(text, i, end))
                                proposals.propose(i, end, {});
                        }
                    }
                    i = end;
                }
            });
    }
};

GW_REGISTER_RULE(CjkSpaces);

} // namespace
} // namespace gw
