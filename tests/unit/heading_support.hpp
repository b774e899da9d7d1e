// Helpers for the heading rules' tests: formatted paragraphs (the HF rules need runs) and
// finding lookups.
#pragma once

#include "test_support.hpp"

#include <algorithm>

namespace gw {
inline std::ostream& operator<<(std::ostream& out, FixKind kind)
{
    return out << (kind == FixKind::Safe ? "A" : kind == FixKind::Confirm ? "C" : "N");
}
} // namespace gw

namespace gw::test {

// A paragraph with one run over all of it, as the UNO adapter would read a uniformly formatted
// Writer paragraph.
inline Paragraph formatted(const char* text, const char* fontAsian, double sizePt, int outlineLevel = 0)
{
    Paragraph paragraph;
    paragraph.text = text::fromUtf8(text);
    paragraph.outlineLevel = outlineLevel;
    paragraph.runs.push_back(TextRun{0, static_cast<std::uint32_t>(paragraph.text.size()), text::fromUtf8(fontAsian),
                                     u"Times New Roman", sizePt, false, false});
    return paragraph;
}

// Splits the paragraph's single run at `at` and gives the second part `fontAsian`.
inline void splitRun(Paragraph& paragraph, std::uint32_t at, const char* fontAsian)
{
    TextRun second = paragraph.runs.back();
    paragraph.runs.back().length = at - second.start;
    second.length = second.start + second.length - at;
    second.start = at;
    second.fontAsian = text::fromUtf8(fontAsian);
    paragraph.runs.push_back(second);
}

inline std::vector<std::string> codesOf(const std::vector<Finding>& findings)
{
    std::vector<std::string> codes;
    for (const Finding& finding : findings)
        codes.emplace_back(finding.rule->code);
    return codes;
}

// Every finding of the heading rules (HN, HP, HF).
inline std::vector<Finding> headingFindings(const Document& document, const Config& config = {})
{
    std::vector<Finding> out;
    for (Finding& finding : check(document, config))
        if (finding.rule->code[0] == 'H')
            out.push_back(std::move(finding));
    return out;
}

inline bool anyFixable(const std::vector<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.fixable(); });
}

} // namespace gw::test
