// EN-01 enum-sequence: 一是/二是/三是…, 第一/第二…, 其一/其二… run 1, 2, 3 without gap or repeat within a
// paragraph or a run of paragraphs; the fix renumbers the whole series at once.
#include "../enumerations.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

// The item's word with another number: 三是 → 二是, 第四 → 第三.
std::u16string renumbered(std::u16string_view word, const EnumItem& item, int number)
{
    const std::size_t numeralStart = item.numeralStart - item.start, numeralEnd = item.numeralEnd - item.start;
    return std::u16string(word.substr(0, numeralStart)) + text::chineseNumeral(number) +
           std::u16string(word.substr(numeralEnd));
}

class EnumSequence final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"EN-01", "enum-sequence", Severity::Warning, FixKind::Confirm, "",
                                   "列举序号应连续", "Enumeration numbers must run in sequence"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        const std::vector<EnumItem>& items = context.enumerations;
        for (const auto& series : numberedSeries(items)) {
            // A series that goes on one of another kind (首先… 第二…) is EN-04's finding.
            if (mixedWith(items, static_cast<std::size_t>(series.front() - items.data()), document))
                continue;
            // A series is numbered on from its first item: one that starts past 1 goes on from
            // items out of sight (before a table, inside an earlier paragraph), not from nothing.
            const int first = series.front()->number;
            std::size_t firstWrong = series.size();
            Fix fix{FixKind::Confirm, {}};
            for (std::size_t k = 0; k < series.size(); ++k) {
                const EnumItem& item = *series[k];
                const int expected = first + static_cast<int>(k);
                if (item.number == expected)
                    continue;
                if (firstWrong == series.size())
                    firstWrong = k;
                const std::u16string_view text = document.paragraphs[item.paragraph].text;
                fix.edits.emplace_back(std::in_place_type<ReplaceText>, minimalReplacement(item.paragraph, item.numeralStart,
                                                       text.substr(item.numeralStart, item.numeralEnd - item.numeralStart),
                                                       text::chineseNumeral(expected)));
            }
            if (firstWrong == series.size())
                continue;
            const EnumItem& wrong = *series[firstWrong];
            const std::u16string_view word = itemText(document, wrong);
            std::u16string run;
            for (std::size_t k = 0; k < std::min<std::size_t>(series.size(), 3); ++k)
                run += (k ? u"、" : u"") + renumbered(itemText(document, *series[k]), *series[k], first + static_cast<int>(k));
            if (series.size() > 3)
                run += u"……";
            const std::string found = text::toUtf8(word);
            const std::string expected = text::toUtf8(renumbered(word, wrong, first + static_cast<int>(firstWrong)));
            const std::string sequence = text::toUtf8(run);
            sink.report(wrong.paragraph, wrong.start, wrong.end - wrong.start,
                        formatMessage("列举序号“{0}”不连续：此处应为“{1}”，同一组列举应依次编号（{2}）",
                                      {found, expected, sequence}),
                        formatMessage("Enumeration \"{0}\" is out of sequence: expected \"{1}\"; one series is "
                                      "numbered in order ({2})",
                                      {found, expected, sequence}),
                        std::move(fix));
        }
    }
};

GW_REGISTER_RULE(EnumSequence);

} // namespace
} // namespace gw
