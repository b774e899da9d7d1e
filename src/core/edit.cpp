#include "edit.hpp"

#include <type_traits>

namespace gw {

ReplaceText minimalReplacement(std::uint32_t paragraph, std::uint32_t start, std::u16string_view current,
                               std::u16string_view wanted)
{
    std::size_t prefix = 0;
    while (prefix < current.size() && prefix < wanted.size() && current[prefix] == wanted[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < current.size() - prefix && suffix < wanted.size() - prefix &&
           current[current.size() - 1 - suffix] == wanted[wanted.size() - 1 - suffix])
        ++suffix;
    return ReplaceText{paragraph, static_cast<std::uint32_t>(start + prefix),
                       static_cast<std::uint32_t>(current.size() - prefix - suffix),
                       std::u16string(wanted.substr(prefix, wanted.size() - prefix - suffix))};
}

bool isPageStyleEdit(const Edit& edit)
{
    return std::holds_alternative<SetPageStyleProperty>(edit) || std::holds_alternative<SetPageNumberFooter>(edit);
}

std::uint32_t paragraphOf(const Edit& edit)
{
    return std::visit(
        [](const auto& e) -> std::uint32_t {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, SetPageStyleProperty> || std::is_same_v<T, SetPageNumberFooter>)
                return 0;
            else
                return e.paragraph;
        },
        edit);
}

bool isFormattingEdit(const Edit& edit)
{
    return !std::holds_alternative<ReplaceText>(edit) && !std::holds_alternative<RemoveParagraph>(edit) &&
           !std::holds_alternative<SplitParagraph>(edit);
}

std::string_view editKindName(const Edit& edit)
{
    if (const auto* page = std::get_if<SetPageStyleProperty>(&edit)) {
        switch (page->property) {
        case PageProperty::WidthMm:
        case PageProperty::HeightMm: return "page-size";
        case PageProperty::GridLines: return "text-grid";
        default: return "page-margins";
        }
    }
    if (std::holds_alternative<SetPageNumberFooter>(edit))
        return "page-number";
    if (const auto* character = std::get_if<SetCharProperty>(&edit)) {
        switch (character->property) {
        case CharProperty::FontAsian:
        case CharProperty::FontWestern: return "font";
        case CharProperty::SizePt: return "size";
        case CharProperty::Bold: return "bold";
        case CharProperty::Color: return "color";
        case CharProperty::Highlight: return "highlight";
        }
    }
    if (const auto* paragraph = std::get_if<SetParagraphProperty>(&edit)) {
        switch (paragraph->property) {
        case ParagraphProperty::OutlineLevel: return "outline-level";
        case ParagraphProperty::FirstLineIndentChars: return "indent";
        case ParagraphProperty::NumberingOff: return "numbering";
        case ParagraphProperty::Alignment: return "alignment";
        case ParagraphProperty::SpacingMm:
        case ParagraphProperty::LineSpacingPercent: return "line-spacing";
        }
    }
    if (std::holds_alternative<ReplaceText>(edit))
        return "text";
    return "paragraphs";
}

EditSpan spanOf(const Edit& edit)
{
    return std::visit(
        [](const auto& e) -> EditSpan {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, ReplaceText> || std::is_same_v<T, SetCharProperty> || std::is_same_v<T, SplitParagraph>)
                return {e.paragraph, e.start, e.start + e.length, false};
            else if constexpr (std::is_same_v<T, SetPageStyleProperty> || std::is_same_v<T, SetPageNumberFooter>)
                return {0, 0, 0, true};
            else
                return {e.paragraph, 0, 0, true};
        },
        edit);
}

bool editsOverlap(const Edit& a, const Edit& b)
{
    if (isPageStyleEdit(a) || isPageStyleEdit(b)) {
        if (const auto* pa = std::get_if<SetPageStyleProperty>(&a))
            if (const auto* pb = std::get_if<SetPageStyleProperty>(&b))
                return pa->pageStyle == pb->pageStyle && pa->property == pb->property;
        if (const auto* fa = std::get_if<SetPageNumberFooter>(&a))
            if (const auto* fb = std::get_if<SetPageNumberFooter>(&b))
                return fa->pageStyle == fb->pageStyle;
        return false;
    }
    const EditSpan sa = spanOf(a), sb = spanOf(b);
    if (sa.paragraph != sb.paragraph)
        return false;
    if (std::holds_alternative<RemoveParagraph>(a) || std::holds_alternative<RemoveParagraph>(b))
        return true;
    if (sa.wholeParagraph || sb.wholeParagraph) {
        const auto* pa = std::get_if<SetParagraphProperty>(&a);
        const auto* pb = std::get_if<SetParagraphProperty>(&b);
        return pa && pb && pa->property == pb->property;
    }
    const bool aText = std::holds_alternative<ReplaceText>(a) || std::holds_alternative<SplitParagraph>(a);
    const bool bText = std::holds_alternative<ReplaceText>(b) || std::holds_alternative<SplitParagraph>(b);
    if (!aText && !bText) {
        const auto& ca = std::get<SetCharProperty>(a);
        const auto& cb = std::get<SetCharProperty>(b);
        if (ca.property != cb.property)
            return false;
    }
    if (sa.start < sb.end && sb.start < sa.end)
        return true;
    // An insertion clashes with any text edit that begins or ends where it inserts: the two
    // have no defined order. Ranges that merely touch are independent.
    const bool aInserts = aText && sa.start == sa.end, bInserts = bText && sb.start == sb.end;
    return ((aInserts && bText) || (bInserts && aText)) && sa.start <= sb.end && sb.start <= sa.end;
}

bool fixesOverlap(const Fix& a, const Fix& b)
{
    for (const Edit& x : a.edits)
        for (const Edit& y : b.edits)
            if (editsOverlap(x, y))
                return true;
    return false;
}

} // namespace gw
