// HF-02 heading-size: headings are 3号 (16 pt) like the body; the title is 2号 (22 pt).
// Numbered clauses (Heading::clause) are body text, the page rules' business.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <cmath>
#include <cstdio>

namespace gw {
namespace {

constexpr double kHeadingPt = 16, kTitlePt = 22;

std::string points(double size)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%g", size);
    return buffer;
}

// The first size in [start, end) that is known and not `wanted`, or 0. Only the characters that
// carry the text count: a space after the marker in another size ("1." 16 pt, " " 11 pt) is
// invisible in print.
double wrongSize(const Paragraph& paragraph, std::uint32_t start, std::uint32_t end, double wanted)
{
    for (std::uint32_t pos = start; pos < end; ++pos) {
        if (text::isSpace(paragraph.text[pos]))
            continue;
        const TextRun* run = runAt(paragraph, pos);
        if (run && run->sizePt > 0 && std::abs(run->sizePt - wanted) > 0.25)
            return run->sizePt;
    }
    return 0;
}

class HeadingSize final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HF-02", "heading-size", Severity::Warning, FixKind::Safe, "GB/T 9704-2012 §7.3",
                                   "标题字号不符合要求", "Heading or title size is wrong", true};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        const Document& document = context.document;
        // Every line of a title set over two or three lines.
        for (const std::uint32_t title : context.structure.titleLines()) {
            const Paragraph& paragraph = document.paragraphs[title];
            auto end = static_cast<std::uint32_t>(paragraph.text.size());
            while (end > 0 && text::isSpace(paragraph.text[end - 1]))
                --end;
            if (const double size = wrongSize(paragraph, 0, end, kTitlePt); size > 0)
                sink.report(title, 0, end,
                            formatMessage("标题“{0}”字号应为二号（22磅），实为{1}磅（GB/T 9704-2012 §7.3.1）",
                                          {text::toUtf8(std::u16string_view(paragraph.text).substr(0, end)), points(size)}),
                            formatMessage("Title \"{0}\" should be 2号 (22 pt), found {1} pt (GB/T 9704-2012 §7.3.1)",
                                          {text::toUtf8(std::u16string_view(paragraph.text).substr(0, end)), points(size)}),
                            Fix{FixKind::Safe, {SetCharProperty{title, 0, end, CharProperty::SizePt, u"", kTitlePt}}});
        }
        for (const Heading& heading : context.structure.headings()) {
            const Paragraph& paragraph = document.paragraphs[heading.paragraph];
            if (heading.level() > 4 || heading.clause || paragraph.runs.empty())
                continue;
            const std::uint32_t start = heading.marker.fromListLabel ? heading.marker.textStart : heading.marker.start;
            if (heading.headingEnd <= start)
                continue;
            const double size = wrongSize(paragraph, start, heading.headingEnd, kHeadingPt);
            if (size == 0)
                continue;
            const std::string excerpt = headingExcerpt(document, heading);
            sink.report(heading.paragraph, start, heading.headingEnd - start,
                        formatMessage("{0}标题“{1}”字号应为三号（16磅），实为{2}磅（GB/T 9704-2012 §7.3.3）",
                                      {levelNameZh(heading.level()), excerpt, points(size)}),
                        formatMessage("{0} heading \"{1}\" should be 3号 (16 pt), found {2} pt (GB/T 9704-2012 §7.3.3)",
                                      {levelNameEn(heading.level()), excerpt, points(size)}),
                        Fix{FixKind::Safe, {SetCharProperty{heading.paragraph, start, heading.headingEnd - start,
                                                            CharProperty::SizePt, u"", kHeadingPt}}});
        }
    }
};

GW_REGISTER_RULE(HeadingSize);

} // namespace
} // namespace gw
