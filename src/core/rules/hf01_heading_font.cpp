// HF-01 heading-font: the heading part is set in its level's font — level 1 黑体, level 2 楷体,
// levels 3–4 仿宋 — under any of the names the family goes by. In a run-in heading only the
// heading part counts; the body text after it is the page rules' business. Numbered clauses
// (Heading::clause) are sentences in the body font.
#include "../layout.hpp"
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

namespace gw {
namespace {

const FontFamily& familyFor(int level) { return level == 1 ? kHeiFamily : level == 2 ? kKaiFamily : kFangsongFamily; }

class HeadingFont final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HF-01", "heading-font", Severity::Warning, FixKind::Safe, "GB/T 9704-2012 §7.3.3",
                                   "标题字体不符合层级要求", "Heading font does not match its level", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        for (const Heading& heading : context.structure.headings()) {
            const Paragraph& paragraph = context.document.paragraphs[heading.paragraph];
            if (heading.level() > 4 || heading.clause || paragraph.runs.empty())
                continue; // formatting unknown: plain-text input
            const FontFamily& family = familyFor(heading.level());
            const std::uint32_t start = heading.marker.fromListLabel ? heading.marker.textStart : heading.marker.start;
            if (heading.headingEnd <= start)
                continue;
            // Brackets and points may come from a Western font; the Chinese characters decide.
            std::u16string_view wrongFont;
            const TextRun* checked = nullptr; // a run's font is looked at once, not at each of its characters
            for (std::uint32_t pos = start; pos < heading.headingEnd && wrongFont.empty(); ++pos) {
                if (!text::isHan(paragraph.text[pos]))
                    continue;
                const TextRun* run = runAt(paragraph, pos);
                if (run == checked)
                    continue;
                checked = run;
                if (run && !run->fontAsian.empty() && !belongsTo(run->fontAsian, family))
                    wrongFont = run->fontAsian;
            }
            if (wrongFont.empty())
                continue;
            const std::string font = text::toUtf8(wrongFont);
            const std::string excerpt = headingExcerpt(context.document, heading);
            sink.report(heading.paragraph, start, heading.headingEnd - start,
                        formatMessage("{0}标题“{1}”应使用{2}，实为“{3}”（GB/T 9704-2012 §7.3.3：一级黑体、二级楷体、"
                                      "三四级仿宋）",
                                      {levelNameZh(heading.level()), excerpt, family.zh, font}),
                        formatMessage("{0} heading \"{1}\" should be set in {2}, found \"{3}\" (GB/T 9704-2012 §7.3.3: "
                                      "level 1 Hei, level 2 Kai, levels 3-4 FangSong)",
                                      {levelNameEn(heading.level()), excerpt, family.en, font}),
                        Fix{FixKind::Safe,
                            {SetCharProperty{heading.paragraph, start, heading.headingEnd - start, CharProperty::FontAsian,
                                             text::fromUtf8(family.zh), 0}}});
        }
    }
};

GW_REGISTER_RULE(HeadingFont);

} // namespace
} // namespace gw
