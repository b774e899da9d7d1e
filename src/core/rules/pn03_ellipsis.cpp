// PN-03 ellipsis: the Chinese ellipsis is six dots in two characters, "……" (GB/T 15834-2011
// §4.11), not "..." or "。。。".
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

class Ellipsis final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-03", "ellipsis", Severity::Error, FixKind::Safe, "GB/T 15834-2011 §4.11",
                                   "省略号应为“……”", "The ellipsis is \"……\""};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        proposeInEachParagraph(
            context, sink, "省略号应为六个点“……”：“{0}”应为“{1}”（GB/T 15834-2011 §4.11）",
            "The Chinese ellipsis is six dots \"……\": \"{0}\" should be \"{1}\" (GB/T 15834-2011 §4.11)", Touching::Merge,
            [](ParagraphProposals& proposals) {
                // The points an ellipsis is typed with: runs of anything else are passed over.
                static const text::CharacterSet points(u"[…。·・.]");
                const std::u16string_view text = proposals.text();
                for (std::size_t run = points.find(text); run != std::u16string_view::npos;) {
                    const auto i = static_cast<std::uint32_t>(run);
                    const char16_t c = text[i];
                    std::uint32_t end = i + 1;
                    while (end < text.size() && text[end] == c)
                        ++end;
                    const std::uint32_t length = end - i;
                    std::u16string wanted;
                    if (c == u'…' && length % 2 == 1) {
                        wanted.assign(length <= 3 ? 2 : length - 1, u'…');
                    } else if ((c == u'。' || c == u'·' || c == u'・') && length >= 3) {
                        wanted = u"……";
                    } else if (c == u'.' && length >= 3) {
                        // Dots in English text or code stay; next to Chinese they are an ellipsis.
                        const char16_t before = i > 0 ? text[i - 1] : 0, after = end < text.size() ? text[end] : 0;
                        if (isChineseText(before) || isChineseText(after))
                            wanted = u"……";
                    }
                    if (!wanted.empty())
                        proposals.propose(i, end, wanted);
                    run = points.find(text, end);
                }
            });
    }
};

GW_REGISTER_RULE(Ellipsis);

} // namespace
} // namespace gw
