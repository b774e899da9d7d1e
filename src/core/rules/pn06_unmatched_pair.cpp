// PN-06 unmatched-pair: “ ” （ ） 《 》 【 】 that have no partner in the paragraph — or in the
// title, when the title is set over two or three lines ("关于印发《某某信息公开" / "规定》的通知").
#include "../hygiene.hpp"
#include "../punctuation.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <algorithm>
#include <utility>

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

// The marks of kPairs, to find them without looking at every character.
const text::CharacterSet& pairMarks()
{
    static const text::CharacterSet marks(u"[“”（()）《》【】]");
    return marks;
}

// A quotation over several paragraphs opens each of them with “ and closes only at its end. The
// paragraphs TH-02 removes are not in between.
bool quotationGoesOn(const CheckContext& context, std::uint32_t paragraph)
{
    const Document& document = context.document;
    for (std::uint32_t next = paragraph + 1; next < document.paragraphs.size(); ++next) {
        if (context.structure.role(next).role == Role::Residue)
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
        const std::vector<std::uint32_t> title = context.structure.titleLines();
        for (std::uint32_t index = 0; index < paragraphs.size(); ++index) {
            // A paragraph of web-page residue goes as a whole (TH-02): its brackets are not ours
            // ("【字号：" … "】" on lines of their own).
            if (context.structure.role(index).role == Role::Residue ||
                context.structure.role(index).role == Role::MarkerFragment) // HN-02 joins it to its marker
                continue;
            // The lines of a title are read as one text.
            if (title.size() > 1 && index == title.front()) {
                checkUnit(context, title.front(), title.back(), sink);
                index = title.back();
            } else {
                checkUnit(context, index, index, sink);
            }
        }
    }

private:
    using Position = std::pair<std::uint32_t, std::uint32_t>; // paragraph, offset

    // The paragraphs [first, last] read as one text.
    static void checkUnit(const CheckContext& context, std::uint32_t first, std::uint32_t last, FindingSink& sink)
    {
        const auto& paragraphs = context.document.paragraphs;
        const text::CharacterSet& marks = pairMarks();
        bool marked = false;
        for (std::uint32_t p = first; p <= last && !marked; ++p)
            marked = marks.occursIn(paragraphs[p].text);
        if (!marked)
            return;
        for (const PairKind& kind : kPairs) {
            std::vector<Position> open, unmatched;
            for (std::uint32_t p = first; p <= last; ++p) {
                const std::u16string_view text = paragraphs[p].text;
                const PunctuationScope scope(context, p);
                for (std::size_t at = marks.find(text); at != std::u16string_view::npos; at = marks.find(text, at + 1)) {
                    const auto i = static_cast<std::uint32_t>(at);
                    const char16_t c = text[i];
                    const bool opener = kind.openers.find(c) != std::u16string_view::npos;
                    if ((!opener && kind.closers.find(c) == std::u16string_view::npos) || scope.skipped(i))
                        continue;
                    if (opener)
                        open.emplace_back(p, i);
                    else if (!open.empty())
                        open.pop_back();
                    else
                        unmatched.emplace_back(p, i);
                }
            }
            if (kind.open == u'“' && !open.empty() && quotationGoesOn(context, last))
                open.clear();
            unmatched.insert(unmatched.end(), open.begin(), open.end());
            std::sort(unmatched.begin(), unmatched.end());
            for (const auto& [paragraph, i] : unmatched) {
                const char16_t mark = paragraphs[paragraph].text[i];
                if (!isFullwidthMark(mark))
                    continue; // a lone half-width bracket is a list marker ("a)") or PN-02's
                const bool isOpener = kind.openers.find(mark) != std::u16string_view::npos;
                const std::string found = text::toUtf8(std::u16string(1, mark));
                const std::string partner = text::toUtf8(std::u16string(1, isOpener ? kind.close : kind.open));
                const std::string norm = kind.norm;
                sink.report(paragraph, i, 1,
                            formatMessage("“{0}”没有配对的“{1}”：成对标点应成对使用（{2}）", {found, partner, norm}),
                            formatMessage("\"{0}\" has no matching \"{1}\": paired punctuation comes in pairs ({2})",
                                          {found, partner, norm}));
            }
        }
    }
};

GW_REGISTER_RULE(UnmatchedPair);

} // namespace
} // namespace gw
