// PN-06 unmatched-pair: “ ” （ ） 《 》 【 】 that have no partner in the paragraph.
#include "../hygiene.hpp"
#include "../punctuation.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

struct PairKind {
    std::u16string_view openers, closers; // a half-width bracket partners a full-width one
    char16_t open, close;                 // the full-width pair, for messages
    const char* norm;
};

constexpr PairKind kPairs[] = {
    {u"“", u"”", u'“', u'”', "GB/T 15834-2011 §4.8"},
    {u"（(", u"）)", u'（', u'）', "GB/T 15834-2011 §4.9"},
    {u"《", u"》", u'《', u'》', "GB/T 15834-2011 §4.15"},
    {u"【", u"】", u'【', u'】', "GB/T 15834-2011 §4.9"},
};

bool isFullwidthMark(char16_t c) { return c != u'(' && c != u')'; }

// A quotation over several paragraphs opens each of them with “ and closes only at its end. The
// paragraphs TH-02 removes are not in between.
bool quotationGoesOn(const Document& document, const std::vector<bool>& removed, std::uint32_t paragraph)
{
    for (std::uint32_t next = paragraph + 1; next < document.paragraphs.size(); ++next) {
        if (removed[next])
            continue;
        const std::u16string_view text = document.paragraphs[next].text;
        const auto first = std::find_if(text.begin(), text.end(), [](char16_t c) { return !text::isSpace(c); });
        if (first != text.end())
            return *first == u'“';
    }
    return false;
}

class UnmatchedPair final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"PN-06", "unmatched-pair", Severity::Error, FixKind::None, "GB/T 15834-2011",
                                   "成对标点不配对", "Unmatched paired punctuation"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const auto& paragraphs = context.document.paragraphs;
        // A paragraph of web-page residue goes as a whole (TH-02): its brackets are not ours
        // ("【字号：" … "】" on lines of their own).
        const std::vector<bool> removed = residueParagraphs(context.document);
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            const std::u16string_view text = paragraphs[index].text;
            if (removed[index] || text.find_first_of(u"“”（）《》【】") == std::u16string_view::npos)
                continue;
            PunctuationScope scope(context, index);
            for (const PairKind& kind : kPairs) {
                std::vector<std::uint32_t> open, unmatched;
                for (std::uint32_t i = 0; i < text.size(); ++i) {
                    const char16_t c = text[i];
                    const bool opener = kind.openers.find(c) != std::u16string_view::npos;
                    if ((!opener && kind.closers.find(c) == std::u16string_view::npos) || scope.skipped(i))
                        continue;
                    if (opener)
                        open.push_back(i);
                    else if (!open.empty())
                        open.pop_back();
                    else
                        unmatched.push_back(i);
                }
                if (kind.open == u'“' && !open.empty() && quotationGoesOn(context.document, removed, index))
                    open.clear();
                unmatched.insert(unmatched.end(), open.begin(), open.end());
                std::sort(unmatched.begin(), unmatched.end());
                for (std::uint32_t i : unmatched) {
                    if (!isFullwidthMark(text[i]))
                        continue; // a lone half-width bracket is a list marker ("a)") or PN-02's
                    const bool isOpener = kind.openers.find(text[i]) != std::u16string_view::npos;
                    const std::string found = text::toUtf8(std::u16string(1, text[i]));
                    const std::string partner = text::toUtf8(std::u16string(1, isOpener ? kind.close : kind.open));
                    const std::string norm = kind.norm;
                    sink.report(index, i, 1,
                                formatMessage("“{0}”没有配对的“{1}”：成对标点应成对使用（{2}）", {found, partner, norm}),
                                formatMessage("\"{0}\" has no matching \"{1}\": paired punctuation comes in pairs ({2})",
                                              {found, partner, norm}));
                }
            }
        }
    }
};

GW_REGISTER_RULE(UnmatchedPair);

} // namespace
} // namespace gw
