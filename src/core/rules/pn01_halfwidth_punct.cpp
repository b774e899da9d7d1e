// PN-01 halfwidth-punct: half-width , . ; : ? ! in Chinese text (full-width ，。；：？！). Numbers
// (3.5, 1,000, 12:10), the Western dot after an Arabic ordinal ("1." — GB/T 15834-2011 B.3.3),
// English text (and a Latin key or label opening the paragraph: "- title: 关于…"), web addresses
// and heading markers are left alone.
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

constexpr std::u16string_view kHalf = u",.;:?!";
constexpr std::u16string_view kFull = u"，。；：？！";

// Whether Chinese text ends right before `i`; a closing bracket, quote or percent sign after a
// number does not end it ("增长3.5%." and "（见附件）." end Chinese sentences).
bool chineseBefore(std::u16string_view text, std::size_t i)
{
    constexpr std::u16string_view closers = u"%％)）]】”’\"'";
    std::size_t j = i;
    if (j > 0 && closers.find(text[j - 1]) != std::u16string_view::npos) {
        while (j > 0 && (closers.find(text[j - 1]) != std::u16string_view::npos || isAsciiDigit(text[j - 1]) ||
                         text[j - 1] == u'.' || text[j - 1] == u','))
            --j;
    }
    return j > 0 && isChineseText(text[j - 1]);
}

// Whether the point at `i` follows a Latin word in a paragraph that opens in Latin: then it is a
// point of that Latin text, whatever follows — the key of a `key: value` line ("- title: 关于…的
// 通知"), a label ("Note: 请…"). A Latin word inside Chinese text takes Chinese points ("联系QQ,微信").
bool endsLatinOpening(std::u16string_view text, std::size_t i)
{
    std::size_t wordEnd = i;
    while (wordEnd > 0 && isInlineSpace(text[wordEnd - 1]))
        --wordEnd;
    std::size_t wordStart = wordEnd;
    bool letter = false;
    while (wordStart > 0 && (isAsciiLetter(text[wordStart - 1]) || isAsciiDigit(text[wordStart - 1])))
        letter |= isAsciiLetter(text[--wordStart]);
    if (!letter)
        return false;
    for (std::size_t k = 0; k < wordStart; ++k)
        if (isChineseText(text[k]))
            return false;
    return true;
}

bool inChineseText(std::u16string_view text, std::size_t i)
{
    const char16_t c = text[i];
    const char16_t prev = i > 0 ? text[i - 1] : 0;
    const char16_t next = i + 1 < text.size() ? text[i + 1] : 0;
    if (c == u'.') {
        // A run of dots is an ellipsis (PN-03); after a digit it is a decimal point or the dot
        // of an Arabic ordinal; before a letter or digit it belongs to a name (报告.docx).
        if (prev == u'.' || next == u'.' || isAsciiDigit(prev) || isAsciiDigit(next) || isAsciiLetter(next))
            return false;
        return chineseBefore(text, i);
    }
    if (isAsciiDigit(prev) && isAsciiDigit(next))
        return false; // 1,000 and 12:10
    // "、?水": a question mark never follows a pause or a point; a "?" there stands for a character
    // lost on the way through a narrower encoding, which no point replaces.
    if (c == u'?' && std::u16string_view(u"、，。；：").find(prev) != std::u16string_view::npos)
        return false;
    if (endsLatinOpening(text, i))
        return false;
    std::size_t after = i + 1;
    while (after < text.size() && isInlineSpace(text[after]))
        ++after;
    return chineseBefore(text, i) || (after < text.size() && text::isHan(text[after]));
}

class HalfwidthPunct final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-01", "halfwidth-punct", Severity::Error, FixKind::Safe, "GB/T 15834-2011",
                                   "中文中应使用全角标点", "Full-width punctuation in Chinese text"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        proposeInEachParagraph(
            context, sink, "中文中应使用全角标点：“{0}”应为“{1}”（GB/T 15834-2011）",
            "Chinese text takes full-width punctuation: \"{0}\" should be \"{1}\" (GB/T 15834-2011)", Touching::Merge,
            [](ParagraphProposals& proposals) {
                static const text::CharacterSet halfwidth(u"[" + std::u16string(kHalf) + u"]");
                const std::u16string_view text = proposals.text();
                for (std::size_t i = halfwidth.find(text); i != std::u16string_view::npos;
                     i = halfwidth.find(text, i)) {
                    // A run of one mark (",,,,") is converted whole when any of it is in Chinese
                    // text: its inner marks touch no Chinese until their neighbours are
                    // converted, and one finding for the run lets fix-all finish in one pass
                    // instead of one pass a mark. Dots are read one by one (a run is PN-03's).
                    std::size_t end = i + 1;
                    while (text[i] != u'.' && end < text.size() && text[end] == text[i])
                        ++end;
                    bool chinese = false;
                    for (std::size_t k = i; k < end && !chinese; ++k)
                        chinese = inChineseText(text, k);
                    for (; chinese && i < end; ++i) {
                        const auto at = static_cast<std::uint32_t>(i);
                        proposals.propose(at, at + 1, kFull.substr(kHalf.find(text[i]), 1));
                    }
                    i = end;
                }
            });
    }
};

GW_REGISTER_RULE(HalfwidthPunct);

} // namespace
} // namespace gw
