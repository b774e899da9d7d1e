// TH-01 placeholder: template placeholders nobody filled in (X次, XXX街道, ××, 20**年**月**日,
// ******, 某某, ____).
#include "gwcheck_data.hpp"
#include "../phrase_list.hpp"
#include "../rule.hpp"
#include "../unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

// One alternative per placeholder family; a date made of placeholders is one finding.
// X on its own counts only next to Chinese text or digits (X次, 第X条), never inside Latin
// words (Xbox, XML) or Roman numerals (XIV); the words it is part of (X光, 1+X证书) are
// data/placeholder_exceptions.txt. Asterisks are placeholderAsterisks'.
constexpr char16_t kPlaceholder[] =
    u"[XxＸｘ×]+年[XxＸｘ×]+月(?:[XxＸｘ×]+日)?"
    u"|(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XＸ]+|[xｘ]{2,}|×+)(?![A-Za-zＡ-Ｚａ-ｚ])"
    u"|某某+"
    u"|[_＿]{3,}"
    u"|【[\\s\\u3000]*】|〔[\\s\\u3000]*〕|[(（][\\s\\u3000]{2,}[)）]";

// Every placeholder holds one of these characters; most paragraphs hold none and skip the search.
bool mayHoldPlaceholder(std::u16string_view text)
{
    static const text::CharacterSet characters(u"[XxＸｘ×某*＊_＿【〔(（]");
    return characters.occursIn(text);
}

bool isPlaceholderContext(std::u16string_view text, const text::Pattern::Match& match)
{
    const std::u16string_view found = text.substr(match.start, match.length());
    const char32_t first = found.front();
    if (first != U'X' && first != U'x' && first != U'Ｘ' && first != U'ｘ' && first != U'×')
        return true;
    static const PhraseList exceptions(data::placeholder_exceptions);
    if (exceptions.covers(text, {match.start, match.end}))
        return false;
    // A run of X/×: wants Chinese text, a digit or the paragraph edge beside it, so that "X次"
    // and "第X条" count while a lone multiplication sign between numbers (3×4) does not. A run of
    // two or more may also stand between half-width points typed for full-width ones
    // ("联系人:XXX,联系电话").
    const bool longRun = found.size() >= 2;
    auto cjkOrEdge = [&](std::size_t pos, bool before) {
        if (before ? pos == 0 : pos >= text.size())
            return true;
        const char32_t c = text[before ? pos - 1 : pos];
        return text::isHan(c) || text::isCjkPunctuation(c) || text::isSpace(c) ||
               (longRun && std::u16string_view(u":,;").find(static_cast<char16_t>(c)) != std::u16string_view::npos);
    };
    if (first == U'×' && found.size() == 1)
        return false;
    return cjkOrEdge(match.start, true) || cjkOrEdge(match.end, false);
}

bool isAsterisk(char16_t c) { return c == u'*' || c == u'＊'; }
bool isDigit(char16_t c) { return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９'); }
bool isDateUnit(char16_t c) { return c == u'年' || c == u'月' || c == u'日'; }
bool isColon(char16_t c) { return c == u':' || c == u'：'; }
bool isInlineSpace(char16_t c) { return c == u' ' || c == u'\u3000' || c == u'\t' || c == u'\u00A0'; }

// Asterisks that stand for a value nobody filled in: a run of three or more ("******"), or of two
// where a value is expected: beside a digit or 年/月/日 ("20**年**月**日"), in a 发文字号 or an issue
// number ("〔**〕", "**号", "第**期"), after a field's colon
// ("校对：**"), or at the end of a field line ("抄送：市委办公室，**"). A pair of "**" around words
// is Markdown bold left in a draft ("**加强领导**", "**2024年**"), not a placeholder. A date or number the
// asterisks are part of is one placeholder with them ("20**年**月**日").
std::vector<TextSpan> placeholderAsterisks(std::u16string_view text)
{
    std::vector<TextSpan> runs;
    for (std::uint32_t i = 0; i < text.size();) {
        if (!isAsterisk(text[i])) {
            ++i;
            continue;
        }
        std::uint32_t end = i;
        while (end < text.size() && isAsterisk(text[end]))
            ++end;
        runs.push_back({i, end});
        i = end;
    }
    // "**" pairs around words are bold: the words are not part of a value around them, as 年
    // and 月 are in "20**年**月".
    auto valueChar = [](char16_t c) { return isDigit(c) || isDateUnit(c); };
    auto isPair = [](TextSpan run) { return run.end - run.start == 2; };
    std::vector<bool> bold(runs.size(), false);
    for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
        const TextSpan open = runs[r], close = runs[r + 1];
        if (!bold[r] && isPair(open) && isPair(close) && !text::isSpace(text[open.end]) && !text::isSpace(text[close.start - 1]) &&
            (open.start == 0 || !valueChar(text[open.start - 1])) && (close.end == text.size() || !valueChar(text[close.end])))
            bold[r] = bold[r + 1] = true;
    }
    const std::size_t colon = text.find_first_of(u":：");
    std::vector<TextSpan> found;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const TextSpan run = runs[r];
        if (bold[r] || run.end - run.start < 2)
            continue;
        std::uint32_t before = run.start;
        while (before > 0 && isInlineSpace(text[before - 1]))
            --before;
        std::uint32_t after = run.end;
        while (after < text.size() && isInlineSpace(text[after]))
            ++after;
        // "〔20**〕**号", "第**期": the number of a 发文字号 or an issue.
        const bool numberSlot =
            (run.end < text.size() && std::u16string_view(u"号期次条届批").find(text[run.end]) != std::u16string_view::npos) ||
            (before > 0 && (text[before - 1] == u'〔' || text[before - 1] == u'第'));
        const bool wanted = run.end - run.start >= 3 || numberSlot || (run.start > 0 && valueChar(text[run.start - 1])) ||
                            (run.end < text.size() && valueChar(text[run.end])) || (before > 0 && isColon(text[before - 1])) ||
                            (after == text.size() && colon != std::u16string_view::npos && colon < run.start);
        if (!wanted)
            continue;
        // The date or number around it, without a 年/月/日 it does not begin ("今年**月" → "**月").
        TextSpan span = run;
        while (span.start > 0 && (valueChar(text[span.start - 1]) || isAsterisk(text[span.start - 1])))
            --span.start;
        while (span.end < text.size() && (valueChar(text[span.end]) || isAsterisk(text[span.end])))
            ++span.end;
        while (isDateUnit(text[span.start]))
            ++span.start;
        if (!found.empty() && span.start < found.back().end)
            found.back().end = std::max(found.back().end, span.end);
        else
            found.push_back(span);
    }
    return found;
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
            std::vector<TextSpan> found = placeholderAsterisks(text);
            for (const auto& match : pattern.findAll(text))
                if (isPlaceholderContext(text, match))
                    found.push_back({match.start, match.end});
            std::sort(found.begin(), found.end(), [](TextSpan a, TextSpan b) { return a.start < b.start; });
            for (const TextSpan& span : found) {
                const std::string shown = text::toUtf8(text.substr(span.start, span.end - span.start));
                sink.report(index, span.start, span.end - span.start,
                            formatMessage("未填写的占位符“{0}”：请填入实际内容", {shown}),
                            formatMessage("Unfilled placeholder \"{0}\": replace it with the actual content", {shown}));
            }
        }
    }
};

GW_REGISTER_RULE(Placeholder);

} // namespace
} // namespace gw
