// PN-11 fullwidth-alnum: full-width digits and Latin letters (２０２４, ＡＢＣ) in the text; full-width
// digits in heading markers are HN-06's.
#include "../punctuation.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

bool isFullwidthAlnum(char16_t c)
{
    return (c >= u'０' && c <= u'９') || (c >= u'Ａ' && c <= u'Ｚ') || (c >= u'ａ' && c <= u'ｚ');
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
                const std::u16string_view text = proposals.text();
                for (std::uint32_t i = 0; i < text.size();) {
                    if (!isFullwidthAlnum(text[i])) {
                        ++i;
                        continue;
                    }
                    std::uint32_t end = i + 1;
                    while (end < text.size() && isFullwidthAlnum(text[end]))
                        ++end;
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
                    i = end;
                }
            });
    }
};

GW_REGISTER_RULE(FullwidthAlnum);

} // namespace
} // namespace gw
