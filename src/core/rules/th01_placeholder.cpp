// TH-01 placeholder: template placeholders nobody filled in (X次, XXX街道, ××, ******, 某某, ____).
#include "../rule.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

// One alternative per placeholder family; a date made of placeholders is one finding.
// X on its own counts only next to Chinese text or digits (X次, 第X条), never inside Latin
// words (Xbox, XML), Roman numerals (XIV, XX世纪) or the Chinese words it is part of (X光, X射线,
// X轴).
constexpr char16_t kPlaceholder[] =
    u"[XxＸｘ×]+年[XxＸｘ×]+月(?:[XxＸｘ×]+日)?"
    u"|(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XＸ]{2,}|[XＸ](?!光|射线|线|轴)|[xｘ]{2,}|×+)(?![A-Za-zＡ-Ｚａ-ｚ])(?!世纪)"
    u"|某某+"
    u"|[*＊]{3,}"
    u"|[_＿]{3,}"
    u"|【[\\s\\u3000]*】|〔[\\s\\u3000]*〕|[(（][\\s\\u3000]{2,}[)）]";

// Every placeholder holds one of these characters; most paragraphs hold none and skip the search.
bool mayHoldPlaceholder(std::u16string_view text)
{
    for (char16_t c : text) {
        switch (c) {
        case u'X': case u'x': case u'Ｘ': case u'ｘ': case u'×': case u'某': case u'*': case u'＊': case u'_': case u'＿':
        case u'【': case u'〔': case u'(': case u'（':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool isPlaceholderContext(std::u16string_view text, const text::Pattern::Match& match)
{
    const std::u16string_view found = text.substr(match.start, match.length());
    const char32_t first = found.front();
    if (first != U'X' && first != U'x' && first != U'Ｘ' && first != U'ｘ' && first != U'×')
        return true;
    // A run of X/×: wants Chinese text, a digit or the paragraph edge beside it, so that "X次"
    // and "第X条" count while a lone multiplication sign between numbers (3×4) does not.
    auto cjkOrEdge = [&](std::size_t pos, bool before) {
        if (before ? pos == 0 : pos >= text.size())
            return true;
        const char32_t c = text[before ? pos - 1 : pos];
        return text::isHan(c) || text::isCjkPunctuation(c) || text::isSpace(c);
    };
    if (first == U'×' && found.size() == 1)
        return false;
    return cjkOrEdge(match.start, true) || cjkOrEdge(match.end, false);
}

class Placeholder final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"TH-01", "placeholder", Severity::Error, FixKind::None, "",
                                   "未填写的模板占位符", "Unfilled template placeholder"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        static const text::Pattern pattern(kPlaceholder);
        const auto& paragraphs = context.document.paragraphs;
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            const std::u16string_view text = paragraphs[index].text;
            if (!mayHoldPlaceholder(text))
                continue;
            for (const auto& match : pattern.findAll(text)) {
                if (!isPlaceholderContext(text, match))
                    continue;
                const std::string found = text::toUtf8(text.substr(match.start, match.length()));
                sink.report(index, match.start, match.length(),
                            formatMessage("未填写的占位符“{0}”：请填入实际内容", {found}),
                            formatMessage("Unfilled placeholder \"{0}\": replace it with the actual content", {found}));
            }
        }
    }
};

GW_REGISTER_RULE(Placeholder);

} // namespace
} // namespace gw
