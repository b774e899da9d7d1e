// HN-16 duplicate-heading: a heading written twice — two sibling headings (one parent, one
// level) with the same text, or one the other plus a few characters ("（三）…主流思想舆论。" then
// "（四）…主流思想舆论阵地建设。"); and the title repeated at the top of the document, as
// happens when a report is pasted from a web page together with the page's own title.
//
// Texts are compared normalised: the heading part only (not the body of a run-in heading),
// width folded, white space removed, the closing points (。；：，.!?…) dropped. Two texts are
// copies when they are equal, or when the shorter is the start or the end of the longer and the
// extra part is at most a third of the shorter and holds a letter (Han or Latin; an extra part
// of digits and points is a page number of a typed table of contents). Siblings that only share
// a stem ("加快建设现代化产业体系" / "加快建设现代化基础设施体系") differ inside, not at one end,
// and are not copies.
#include "../rule.hpp"
#include "../structure.hpp"
#include "../unicode.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace gw {
namespace {

// The longest title structure.cpp recognises: paragraphs longer than this are prose, the end
// of the title block at the top.
constexpr std::size_t kMaxTitleLength = 60;

// "- title: …" "title: …": a metadata line of a converted file names the title, it does not repeat
// it as text.
bool isMetadataLine(std::u16string_view text)
{
    std::size_t i = 0;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'-' || text[i] == u'*'))
        ++i;
    const std::size_t key = i;
    while (i < text.size() && ((text[i] >= u'a' && text[i] <= u'z') || (text[i] >= u'A' && text[i] <= u'Z') || text[i] == u'_'))
        ++i;
    return i > key && i < text.size() && (text[i] == u':' || text[i] == u'：');
}

// A point that closes a heading or a title; closing brackets and quotes are part of the text.
bool isClosingPoint(char16_t c)
{
    const auto type = u_charType(c);
    return u_ispunct(c) && type != U_END_PUNCTUATION && type != U_FINAL_PUNCTUATION;
}

// [start, end) of `text` without the white space and closing points at its end.
std::uint32_t trimmedEnd(std::u16string_view text, std::uint32_t start, std::uint32_t end)
{
    while (end > start && (text::isSpace(text[end - 1]) || isClosingPoint(text[end - 1])))
        --end;
    return end;
}

std::u16string normalised(std::u16string_view text)
{
    std::u16string out;
    for (char16_t c : text::foldWidth(text))
        if (!text::isSpace(c))
            out += c;
    while (!out.empty() && isClosingPoint(out.back()))
        out.pop_back();
    return out;
}

struct Likeness {
    std::u16string extra; // what the longer text has more; empty when the texts are equal
};

// Whether `a` and `b` (normalised) are copies of each other, and what one has more.
std::optional<Likeness> likeness(std::u16string_view a, std::u16string_view b)
{
    if (a.empty() || b.empty())
        return std::nullopt;
    if (a == b)
        return Likeness{};
    const std::u16string_view shorter = a.size() < b.size() ? a : b;
    const std::u16string_view longer = a.size() < b.size() ? b : a;
    const std::size_t extraLength = longer.size() - shorter.size();
    if (extraLength * 3 > shorter.size())
        return std::nullopt;
    std::u16string_view extra;
    if (longer.substr(0, shorter.size()) == shorter)
        extra = longer.substr(shorter.size());
    else if (longer.substr(extraLength) == shorter)
        extra = longer.substr(0, extraLength);
    else
        return std::nullopt;
    if (std::none_of(extra.begin(), extra.end(), [](char16_t c) { return u_isalpha(c) != 0; }))
        return std::nullopt;
    return Likeness{std::u16string(extra)};
}

class DuplicateHeading final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{"HN-16", "duplicate-heading", Severity::Warning, FixKind::None, "",
                                   "同级标题或文档标题重复", "A sibling heading or the title is repeated"};
        return info;
    }

    void check(const CheckContext& context, FindingSink& sink) const override
    {
        checkSiblings(context, sink);
        checkTitle(context, sink);
    }

private:
    static std::u16string_view headingPart(const Document& document, const Heading& heading)
    {
        const std::u16string_view text = document.paragraphs[heading.paragraph].text;
        const std::size_t from = std::min<std::size_t>(heading.marker.textStart, text.size());
        return text.substr(from, heading.headingEnd > from ? heading.headingEnd - from : 0);
    }

    // "（三）进一步巩固壮大奋进新时代的…" for messages.
    static std::string shown(const Document& document, const Heading& heading)
    {
        return text::toUtf8(markerText(document, heading)) + headingExcerpt(document, heading, 20);
    }

    static void checkSiblings(const CheckContext& context, FindingSink& sink)
    {
        const Document& document = context.document;
        const auto& headings = context.structure.headings();
        for (const std::vector<int>& run : context.structure.siblingRuns()) {
            // Items of a list may repeat each other's wording; only headings must not.
            if (!headings[static_cast<std::size_t>(run.front())].isOutlineHeading())
                continue;
            std::vector<std::u16string> texts;
            for (int index : run)
                texts.push_back(normalised(headingPart(document, headings[static_cast<std::size_t>(index)])));
            for (std::size_t later = 1; later < run.size(); ++later) {
                // The nearest earlier sibling it copies.
                for (std::size_t earlier = later; earlier-- > 0;) {
                    const auto like = likeness(texts[earlier], texts[later]);
                    if (!like)
                        continue;
                    reportSibling(document, headings[static_cast<std::size_t>(run[earlier])],
                                  headings[static_cast<std::size_t>(run[later])], *like, sink);
                    break;
                }
            }
        }
    }

    static void reportSibling(const Document& document, const Heading& earlier, const Heading& later,
                              const Likeness& like, FindingSink& sink)
    {
        const std::u16string_view text = document.paragraphs[later.paragraph].text;
        const std::uint32_t start = std::min<std::uint32_t>(later.marker.textStart, static_cast<std::uint32_t>(text.size()));
        const std::uint32_t end = trimmedEnd(text, start, std::max(start, later.headingEnd));
        const std::string level = std::string(levelNameZh(later.level()));
        const std::string found = shown(document, later);
        const std::string before = shown(document, earlier);
        if (like.extra.empty()) {
            sink.report(later.paragraph, start, end - start,
                        formatMessage("{0}标题“{1}”与前面的同级标题“{2}”相同：同一上级标题下的标题不应重复，"
                                      "请删除或改写",
                                      {level, found, before}),
                        formatMessage("{0} heading \"{1}\" repeats its earlier sibling \"{2}\": headings under one "
                                      "parent should differ; delete or reword it",
                                      {levelNameEn(later.level()), found, before}));
            return;
        }
        const std::string extra = text::toUtf8(like.extra);
        sink.report(later.paragraph, start, end - start,
                    formatMessage("{0}标题“{1}”与前面的同级标题“{2}”只差“{3}”，疑似重复：请合并或改写",
                                  {level, found, before, extra}),
                    formatMessage("{0} heading \"{1}\" differs from its earlier sibling \"{2}\" only by \"{3}\", "
                                  "probably a repeat: merge or reword them",
                                  {levelNameEn(later.level()), found, before, extra}));
    }

    // The title block: the body paragraphs from the start of the document to the first heading
    // or the first prose after the title. Every paragraph there that copies the title, and the
    // title itself when it copies one of them, is reported at the later of two copies.
    static void checkTitle(const CheckContext& context, FindingSink& sink)
    {
        const auto title = context.structure.title();
        if (!title)
            return;
        const Document& document = context.document;
        // A title set over two or three lines is compared as one text.
        const std::vector<std::uint32_t> lines = context.structure.titleLines();
        std::u16string joined;
        for (std::uint32_t line : lines)
            joined += document.paragraphs[line].text;
        const std::u16string titleText = normalised(joined);
        std::vector<std::uint32_t> copies;
        std::vector<std::u16string> texts;
        for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
            const Paragraph& paragraph = document.paragraphs[index];
            if (context.structure.headingAt(index) ||
                (index > *title && paragraph.container == Container::Body && paragraph.text.size() > kMaxTitleLength))
                break;
            if (paragraph.container != Container::Body || isMetadataLine(paragraph.text) ||
                (index > *title && index <= lines.back()))
                continue;
            std::u16string text = index == *title ? titleText : normalised(paragraph.text);
            if (index == *title || likeness(text, titleText)) {
                copies.push_back(index);
                texts.push_back(std::move(text));
            }
        }
        for (std::size_t later = 1; later < copies.size(); ++later) {
            for (std::size_t earlier = later; earlier-- > 0;) {
                const auto like = likeness(texts[earlier], texts[later]);
                if (!like)
                    continue;
                reportTitle(document, copies[earlier], copies[later], *like, sink);
                break;
            }
        }
    }

    // [start, end) of a paragraph's text without white space around it and its closing points.
    static std::pair<std::uint32_t, std::uint32_t> trimmedSpan(std::u16string_view text)
    {
        std::uint32_t start = 0;
        while (start < text.size() && text::isSpace(text[start]))
            ++start;
        return {start, trimmedEnd(text, start, static_cast<std::uint32_t>(text.size()))};
    }

    static void reportTitle(const Document& document, std::uint32_t earlier, std::uint32_t later,
                            const Likeness& like, FindingSink& sink)
    {
        const std::u16string_view text = document.paragraphs[later].text;
        const auto [start, end] = trimmedSpan(text);
        const std::string found = text::toUtf8(text.substr(start, end - start));
        const std::string position = std::to_string(earlier + 1);
        if (like.extra.empty()) {
            sink.report(later, start, end - start,
                        formatMessage("标题“{0}”重复：与第{1}段相同，请删除多余的一段", {found, position}),
                        formatMessage("The title \"{0}\" is repeated: paragraph {1} is the same; delete the extra one",
                                      {found, position}));
            return;
        }
        const std::u16string_view earlierText = document.paragraphs[earlier].text;
        const auto [earlierStart, earlierEnd] = trimmedSpan(earlierText);
        const std::string before = text::toUtf8(earlierText.substr(earlierStart, earlierEnd - earlierStart));
        const std::string extra = text::toUtf8(like.extra);
        sink.report(later, start, end - start,
                    formatMessage("标题“{0}”与第{1}段“{2}”只差“{3}”，疑似重复：请删除多余的一段",
                                  {found, position, before, extra}),
                    formatMessage("The title \"{0}\" differs from paragraph {1} \"{2}\" only by \"{3}\", probably a "
                                  "repeat: delete the extra one",
                                  {found, position, before, extra}));
    }
};

GW_REGISTER_RULE(DuplicateHeading);

} // namespace
} // namespace gw
