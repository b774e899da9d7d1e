#include "document.hpp"

namespace gw {

const TextRun* runAt(const Paragraph& paragraph, std::uint32_t pos)
{
    for (const TextRun& run : paragraph.runs)
        if (pos >= run.start && pos < run.start + run.length)
            return &run;
    return nullptr;
}

Document documentFromPlainText(std::u16string_view text)
{
    Document document;
    if (!text.empty() && text.front() == u'\uFEFF')
        text.remove_prefix(1);
    while (!text.empty()) {
        const std::size_t end = std::min(text.find(u'\n'), text.size());
        std::u16string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == u'\r')
            line.remove_suffix(1);
        Paragraph paragraph;
        paragraph.text = std::u16string(line);
        document.paragraphs.push_back(std::move(paragraph));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return document;
}

} // namespace gw
