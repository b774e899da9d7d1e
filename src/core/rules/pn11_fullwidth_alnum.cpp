// PN-11 fullwidth-alnum: full-width digits and Latin letters (２０２４, ＡＢＣ) in the text; full-width
// digits in heading markers are HN-06's.
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

const text::CharacterSet& fullwidthAlnum()
{
    static const text::CharacterSet characters(u"[０-９Ａ-Ｚａ-ｚ]");
    return characters;
}

class FullwidthAlnum final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-11", "fullwidth-alnum", Severity::Warning, FixKind::Safe, "",
                                   "全角数字或字母应为半角", "Full-width digits and letters should be half-width"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        proposeInEachParagraph(
            context, sink, "数字和字母应为半角：“{0}”应为“{1}”",
            "Digits and Latin letters are half-width: \"{0}\" should be \"{1}\"", Touching::Merge,
            [](ParagraphProposals& proposals) {
                const text::CharacterSet& alnum = fullwidthAlnum();
                const std::u16string_view text = proposals.text();
                for (std::size_t run = alnum.find(text); run != std::u16string_view::npos;) {
                    const auto i = static_cast<std::uint32_t>(run);
                    const auto end = static_cast<std::uint32_t>(alnum.spanEnd(text, i));
                    // A heading marker's digits are HN-06's; the rest of the run is still ours.
                    for (std::uint32_t k = i; k < end; ++k) {
                        if (proposals.skipped(k))
                            continue;
                        std::uint32_t runEnd = k + 1;
                        while (runEnd < end && !proposals.skipped(runEnd))
                            ++runEnd;
                        proposals.propose(k, runEnd, text::foldWidth(text.substr(k, runEnd - k)));
                        k = runEnd;
                    }
                    run = alnum.find(text, end);
                }
            });
    }
};

GW_REGISTER_RULE(FullwidthAlnum);

} // namespace
} // namespace gw
