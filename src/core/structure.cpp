#include "structure.hpp"

#include "unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

bool countsForHeadings(const Paragraph& paragraph, const Options& options)
{
    return paragraph.container == Container::Body ||
           (paragraph.container == Container::Table && options.headingsInTables);
}

// Where the heading part of a paragraph ends and whether it is the whole paragraph.
void measureHeadingPart(const Paragraph& paragraph, Heading& heading)
{
    const std::u16string_view text = paragraph.text;
    std::size_t last = text.size();
    while (last > heading.marker.textStart && text::isSpace(text[last - 1]))
        --last;
    std::size_t stop = text.find(u'。', heading.marker.textStart);
    if (heading.level() >= 3) {
        const std::size_t colon = text.find(u'：', heading.marker.textStart);
        if (colon != std::u16string_view::npos && colon < stop)
            stop = colon;
    }
    heading.standalone = stop == std::u16string_view::npos || stop + 1 >= last;
    heading.headingEnd = static_cast<std::uint32_t>(heading.standalone ? last : stop + 1);
}

bool looksLikeTitle(const Paragraph& paragraph)
{
    const std::u16string_view text = paragraph.text;
    if (text.empty() || text.size() > 60 || text.find_first_of(u"，。；,;") != std::u16string_view::npos)
        return false;
    return std::any_of(text.begin(), text.end(), [](char16_t c) { return text::isHan(c); });
}

// Body prose, as opposed to a title or a heading: long, with a full stop.
bool looksLikeProse(const Paragraph& paragraph)
{
    return paragraph.text.size() > 60 && paragraph.text.find(u'。') != std::u16string::npos;
}

} // namespace

Structure Structure::build(const Document& document, const Config& config)
{
    Structure structure;
    const auto count = document.paragraphs.size();
    structure.headingOfParagraph_.assign(count, -1);
    structure.enclosingHeading_.assign(count, -1);

    std::vector<int> open; // the chain of headings the current paragraph sits in, outermost first
    for (std::uint32_t index = 0; index < count; ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        std::optional<Marker> marker;
        if (countsForHeadings(paragraph, config.options))
            marker = recognizeParagraphMarker(paragraph);
        if (marker) {
            Heading heading;
            heading.paragraph = index;
            heading.marker = *marker;
            measureHeadingPart(paragraph, heading);
            while (!open.empty() && structure.headings_[static_cast<std::size_t>(open.back())].level() >= heading.level())
                open.pop_back();
            heading.parent = open.empty() ? -1 : open.back();
            heading.siblingIndex = 1;
            for (auto it = structure.headings_.rbegin(); it != structure.headings_.rend(); ++it) {
                if (it->parent == heading.parent && it->level() == heading.level()) {
                    heading.siblingIndex = it->siblingIndex + 1;
                    break;
                }
                if (heading.parent >= 0 && &*it == &structure.headings_[static_cast<std::size_t>(heading.parent)])
                    break;
            }
            const int headingIndex = static_cast<int>(structure.headings_.size());
            structure.headings_.push_back(heading);
            structure.headingOfParagraph_[index] = headingIndex;
            open.push_back(headingIndex);
        }
        structure.enclosingHeading_[index] = open.empty() ? -1 : open.back();
    }

    // The title: the last title-like body paragraph before the first heading or prose.
    for (std::uint32_t index = 0; index < count; ++index) {
        const Paragraph& paragraph = document.paragraphs[index];
        if (paragraph.container != Container::Body)
            continue;
        if (structure.headingOfParagraph_[index] >= 0 || looksLikeProse(paragraph))
            break;
        if (paragraph.alignment == Alignment::Center && looksLikeTitle(paragraph)) {
            structure.title_ = index;
            break;
        }
        if (looksLikeTitle(paragraph))
            structure.title_ = index;
    }
    return structure;
}

const Heading* Structure::headingAt(std::uint32_t paragraph) const
{
    if (paragraph >= headingOfParagraph_.size() || headingOfParagraph_[paragraph] < 0)
        return nullptr;
    return &headings_[static_cast<std::size_t>(headingOfParagraph_[paragraph])];
}

std::vector<const Heading*> Structure::ancestors(std::uint32_t paragraph) const
{
    std::vector<const Heading*> chain;
    if (paragraph >= enclosingHeading_.size())
        return chain;
    int index = enclosingHeading_[paragraph];
    if (index >= 0 && headings_[static_cast<std::size_t>(index)].paragraph == paragraph)
        index = headings_[static_cast<std::size_t>(index)].parent;
    for (; index >= 0; index = headings_[static_cast<std::size_t>(index)].parent)
        chain.push_back(&headings_[static_cast<std::size_t>(index)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

std::string Structure::path(const Document& document, std::uint32_t paragraph) const
{
    auto chain = ancestors(paragraph);
    if (const Heading* own = headingAt(paragraph))
        chain.push_back(own);
    std::string out;
    for (const Heading* heading : chain) {
        const Paragraph& p = document.paragraphs[heading->paragraph];
        const std::u16string_view label = heading->marker.fromListLabel
            ? std::u16string_view(p.listLabel)
            : std::u16string_view(p.text).substr(heading->marker.start, heading->marker.end - heading->marker.start);
        if (!out.empty())
            out += " › ";
        out += text::toUtf8(label);
    }
    return out;
}

} // namespace gw
