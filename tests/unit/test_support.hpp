// Helpers shared by the core's unit tests.
#pragma once

#include "engine.hpp"
#include "unicode.hpp"

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace gw {
inline std::ostream& operator<<(std::ostream& out, Severity severity) { return out << severityName(severity); }
} // namespace gw

namespace gw::test {

inline Document doc(std::initializer_list<const char*> lines)
{
    Document document;
    for (const char* line : lines) {
        Paragraph paragraph;
        paragraph.text = text::fromUtf8(line);
        document.paragraphs.push_back(std::move(paragraph));
    }
    return document;
}

inline std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline Document seed(const std::string& name)
{
    return documentFromPlainText(text::fromUtf8(readFile(std::string(GWCHECK_FIXTURES) + "/seeds/" + name)));
}

// The findings of one rule only.
inline std::vector<Finding> findingsOf(const Document& document, std::string_view code, const Config& config = {})
{
    std::vector<Finding> out;
    for (Finding& finding : check(document, config))
        if (finding.rule->code == code)
            out.push_back(std::move(finding));
    return out;
}

inline std::string flagged(const Document& document, const Finding& finding)
{
    return text::toUtf8(std::u16string_view(document.paragraphs[finding.paragraph].text).substr(finding.start, finding.length));
}

inline std::string paragraphText(const Document& document, std::size_t index)
{
    return text::toUtf8(document.paragraphs.at(index).text);
}

// The text each finding of one rule flags, in document order.
inline std::vector<std::string> flaggedBy(const Document& document, std::string_view code)
{
    std::vector<std::string> out;
    for (const Finding& finding : findingsOf(document, code))
        out.push_back(flagged(document, finding));
    return out;
}

// Applies every fix of `code` (one pass) and returns the document.
inline Document fixedBy(Document document, std::string_view code, const Config& config = {})
{
    applyEdits(document, nonOverlappingEdits(check(document, config),
                                             [&](const Finding& f) { return f.rule->code == code; }));
    return document;
}

} // namespace gw::test
