// PN-10 numeral-zero: zero among Chinese numerals is 〇, not the digit 0 or the letter O (二〇二四年).
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

bool isWrongZero(char16_t c) { return c == u'0' || c == u'O' || c == u'o' || c == u'０' || c == u'Ｏ' || c == u'ｏ'; }

// The characters of a run of Chinese digits with a zero among them, the wrong zeros included.
const text::CharacterSet& numeralRunCharacters()
{
    static const text::CharacterSet characters(u"[〇一二三四五六七八九0Oo０Ｏｏ]");
    return characters;
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
                const text::CharacterSet& runCharacters = numeralRunCharacters();
                const std::u16string_view text = proposals.text();
                for (std::size_t run = runCharacters.find(text); run != std::u16string_view::npos;) {
                    const auto i = static_cast<std::uint32_t>(run);
                    const auto end = static_cast<std::uint32_t>(runCharacters.spanEnd(text, i));
                    std::size_t chinese = 0, wrong = 0;
                    for (std::uint32_t k = i; k < end; ++k)
                        (isWrongZero(text[k]) ? wrong : chinese) += 1;
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
                    run = runCharacters.find(text, end);
                }
            });
    }
};

GW_REGISTER_RULE(NumeralZero);

} // namespace
} // namespace gw
