// PN-10 numeral-zero: zero among Chinese numerals is 〇, not the digit 0 or the letter O (二〇二四年).
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

bool isWrongZero(char16_t c) { return c == u'0' || c == u'O' || c == u'o' || c == u'０' || c == u'Ｏ' || c == u'ｏ'; }
bool isChineseDigitOrZero(char16_t c)
{
    switch (c) {
    case u'〇': case u'一': case u'二': case u'三': case u'四': case u'五': case u'六': case u'七': case u'八': case u'九':
        return true;
    default:
        return false;
    }
}

class NumeralZero final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-10", "numeral-zero", Severity::Error, FixKind::Safe, "GB/T 15835-2011",
                                   "汉字数字中的零应写作“〇”", "Zero among Chinese numerals is \"〇\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        proposeInEachParagraph(
            context, sink, "汉字数字中的零应写作“〇”：“{0}”应为“{1}”（GB/T 15835-2011）",
            "Zero among Chinese numerals is \"〇\": \"{0}\" should be \"{1}\" (GB/T 15835-2011)", Touching::Merge,
            [](ParagraphProposals& proposals) {
                const std::u16string_view text = proposals.text();
                for (std::uint32_t i = 0; i < text.size();) {
                    if (!isWrongZero(text[i]) && !isChineseDigitOrZero(text[i])) {
                        ++i;
                        continue;
                    }
                    std::uint32_t end = i;
                    std::size_t chinese = 0, wrong = 0;
                    for (; end < text.size() && (isWrongZero(text[end]) || isChineseDigitOrZero(text[end])); ++end)
                        (isWrongZero(text[end]) ? wrong : chinese) += 1;
                    // 二0二四, 二O一九: a run of Chinese digits with a Latin zero inside, not glued to a
                    // Latin word or a number (GOOD, 2024).
                    const char16_t before = i > 0 ? text[i - 1] : 0, after = end < text.size() ? text[end] : 0;
                    const bool glued = isAsciiLetter(before) || isAsciiDigit(before) || isAsciiLetter(after) ||
                                       isAsciiDigit(after);
                    if (wrong > 0 && chinese >= 2 && end - i >= 3 && !glued) {
                        std::u16string fixed(text.substr(i, end - i));
                        for (char16_t& c : fixed)
                            if (isWrongZero(c))
                                c = u'〇';
                        proposals.propose(i, end, fixed);
                    }
                    i = end;
                }
            });
    }
};

GW_REGISTER_RULE(NumeralZero);

} // namespace
} // namespace gw
