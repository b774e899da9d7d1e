// PN-02 halfwidth-brackets: half-width () around Chinese text, and ASCII quotes "…" in Chinese
// text; Chinese takes （） and “”.
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

bool holdsHan(std::u16string_view text)
{
    for (char16_t c : text)
        if (text::isHan(c))
            return true;
    return false;
}

class HalfwidthBrackets final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-02", "halfwidth-brackets", Severity::Warning, FixKind::Safe, "GB/T 15834-2011",
                                   "中文中应使用全角括号和中文引号", "Full-width brackets and Chinese quotes in Chinese text"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        proposeInEachParagraph(
            context, sink, "中文中应使用全角括号和中文引号：“{0}”应为“{1}”（GB/T 15834-2011）",
            "Chinese text takes full-width brackets and Chinese quotes: \"{0}\" should be \"{1}\" (GB/T 15834-2011)",
            Touching::Separate, [](ParagraphProposals& proposals) {
                static const text::CharacterSet halfwidth(u"[()\"]");
                const std::u16string_view text = proposals.text();
                if (!halfwidth.occursIn(text))
                    return;

                // Brackets pair up whatever their width, so that "（党组)" is one pair with one wrong half.
                std::vector<std::uint32_t> open;
                for (std::uint32_t i = 0; i < text.size(); ++i) {
                    const char16_t c = text[i];
                    if (c == u'(' || c == u'（') {
                        open.push_back(i);
                    } else if ((c == u')' || c == u'）') && !open.empty()) {
                        const std::uint32_t o = open.back();
                        open.pop_back();
                        const bool halfOpen = text[o] == u'(', halfClose = c == u')';
                        if (!halfOpen && !halfClose)
                            continue;
                        if (halfOpen == halfClose && !holdsHan(text.substr(o + 1, i - o - 1)))
                            continue; // (1), (Xbox): not Chinese
                        if (proposals.skipped(o) || proposals.skipped(i))
                            continue;
                        Proposal proposal;
                        if (halfOpen)
                            proposal.push_back({o, o + 1, u"（"});
                        if (halfClose)
                            proposal.push_back({i, i + 1, u"）"});
                        proposals.propose(std::move(proposal));
                    }
                }

                // ASCII quotes open and close in turn.
                constexpr std::uint32_t kNone = ~0u;
                std::uint32_t opening = kNone;
                for (std::uint32_t i = 0; i < text.size(); ++i) {
                    if (text[i] != u'"' || proposals.skipped(i))
                        continue;
                    if (opening == kNone) {
                        opening = i;
                        continue;
                    }
                    const std::uint32_t o = opening;
                    opening = kNone;
                    const bool chinese = holdsHan(text.substr(o + 1, i - o - 1)) ||
                                         (o > 0 && isChineseText(text[o - 1])) ||
                                         (i + 1 < text.size() && isChineseText(text[i + 1]));
                    if (chinese)
                        proposals.propose({CharChange{o, o + 1, u"“"}, CharChange{i, i + 1, u"”"}});
                }
            });
    }
};

GW_REGISTER_RULE(HalfwidthBrackets);

} // namespace
} // namespace gw
