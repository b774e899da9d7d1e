// PN-07 doubled-punct: the same point typed twice (。。 ，，).
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class DoubledPunct final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-07", "doubled-punct", Severity::Warning, FixKind::Safe, "",
                                   "标点重复", "Doubled punctuation"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        proposeInEachParagraph(
            context, sink, "标点重复：“{0}”应为“{1}”", "Doubled punctuation: \"{0}\" should be \"{1}\"", Touching::Merge,
            [](ParagraphProposals& proposals) {
                const std::u16string_view text = proposals.text();
                for (std::uint32_t i = 0; i < text.size();) {
                    const char16_t c = text[i];
                    if (i + 1 >= text.size() || text[i + 1] != c) {
                        ++i;
                        continue;
                    }
                    std::uint32_t end = i + 1;
                    while (end < text.size() && text[end] == c)
                        ++end;
                    // Three or more 。 are an ellipsis written wrongly: PN-03.
                    const bool doubled = std::u16string_view(u"。，、；：").find(c) != std::u16string_view::npos &&
                                         end - i >= 2 && !(c == u'。' && end - i >= 3);
                    if (doubled)
                        proposals.propose(i, end, text.substr(i, 1));
                    i = end;
                }
            });
    }
};

GW_REGISTER_RULE(DoubledPunct);

} // namespace
} // namespace gw
