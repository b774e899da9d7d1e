// PN-08 cjk-spaces: stray spaces between Chinese characters or around full-width punctuation.
// Leading indentation (HF-04), the space after a heading marker (HN-07), letter-spaced titles
// (通　知) and long runs laid out as blanks to fill in are someone else's or deliberate.
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

constexpr std::uint32_t kLongestStraySpace = 3;
constexpr std::size_t kLetterSpacedLength = 8; // 通　知, 会 议 纪 要

bool isFullwidthPunct(char16_t c)
{
    return text::isCjkPunctuation(c) || std::u16string_view(u"“”‘’…").find(c) != std::u16string_view::npos;
}

bool isLetterSpaced(std::u16string_view text)
{
    std::size_t visible = 0;
    for (char16_t c : text)
        if (!text::isSpace(c))
            ++visible;
    return visible <= kLetterSpacedLength;
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
                std::uint32_t i = 0;
                while (i < text.size() && text::isSpace(text[i]))
                    ++i; // indentation
                while (i < text.size()) {
                    if (!isInlineSpace(text[i])) {
                        ++i;
                        continue;
                    }
                    std::uint32_t end = i + 1;
                    while (end < text.size() && isInlineSpace(text[end]))
                        ++end;
                    if (end < text.size() && end - i <= kLongestStraySpace) {
                        const char16_t before = text[i - 1], after = text[end];
                        const bool emptyBrackets =
                            std::u16string_view(u"（(【").find(before) != std::u16string_view::npos &&
                            std::u16string_view(u"）)】").find(after) != std::u16string_view::npos;
                        const bool stray = (text::isHan(before) && text::isHan(after)) || isFullwidthPunct(before) ||
                                           isFullwidthPunct(after);
                        if (stray && !emptyBrackets && !isLetterSpaced(text))
                            proposals.propose(i, end, {});
                    }
                    i = end;
                }
            });
    }
};

GW_REGISTER_RULE(CjkSpaces);

} // namespace
} // namespace gw
