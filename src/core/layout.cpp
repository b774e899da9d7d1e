#include "layout.hpp"

#include "structure.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace gw {

bool belongsTo(std::u16string_view font, const FontFamily& family)
{
    const std::string name = text::toUtf8(font);
    if (name.find(family.zh) != std::string::npos)
        return true;
    std::string lower;
    for (char c : name)
        if (c != ' ')
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::any_of(family.latinPrefixes.begin(), family.latinPrefixes.end(),
                       [&](std::string_view prefix) { return lower.compare(0, prefix.size(), prefix) == 0; });
}

bool isTitleFont(std::u16string_view font, const Options& options)
{
    const std::string name = text::toUtf8(font);
    return name.find("小标宋") != std::string::npos ||
           std::find(options.titleFonts.begin(), options.titleFonts.end(), name) != options.titleFonts.end();
}

std::vector<BodySpan> bodyTextSpans(const Document& document, const Structure& structure)
{
    std::vector<BodySpan> spans;
    for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        const ParagraphRole& role = structure.role(index);
        if (paragraph.container != Container::Body || paragraph.runs.empty() || !role.confident)
            continue;
        auto end = static_cast<std::uint32_t>(paragraph.text.size());
        while (end > 0 && text::isSpace(paragraph.text[end - 1]))
            --end;
        std::uint32_t start = 0;
        if (const Heading* heading = structure.headingAt(index)) {
            // A numbered clause is a sentence of the body, marker and all; a run-in heading's
            // body starts after its heading part.
            if (!heading->confident || (!heading->clause && heading->standalone))
                continue;
            if (!heading->clause) {
                start = heading->headingEnd;
                while (start < end && text::isSpace(paragraph.text[start]))
                    ++start;
            }
        } else if (role.role != Role::Body) {
            continue;
        }
        if (start < end)
            spans.push_back({index, start, end});
    }
    return spans;
}

bool isDashedPageNumber(const Footer& footer)
{
    if (footer.pageNumberAt < 0)
        return false;
    std::u16string shape;
    for (char16_t c : footer.text)
        if (!text::isSpace(c) && c != u'\n')
            shape += c;
    return shape == u"\u2014\uFFFC\u2014";
}

std::string excerptOf(std::u16string_view text, std::size_t maxLength)
{
    if (text.size() <= maxLength)
        return text::toUtf8(text);
    std::size_t cut = maxLength;
    if (cut > 0 && text[cut - 1] >= 0xD800 && text[cut - 1] < 0xDC00)
        --cut; // not between the halves of a surrogate pair
    return text::toUtf8(text.substr(0, cut)) + "…";
}

std::string millimetres(double mm)
{
    char buffer[32];
    const double rounded = std::round(mm * 10) / 10;
    std::snprintf(buffer, sizeof buffer, rounded == std::floor(rounded) ? "%.0f" : "%.1f", rounded);
    return buffer;
}

} // namespace gw
