#include "edit.hpp"

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

std::uint32_t paragraphOf(const Edit& edit)
{
    return std::visit([](const auto& e) { return e.paragraph; }, edit);
}

EditSpan spanOf(const Edit& edit)
{
    return std::visit(
        [](const auto& e) -> EditSpan {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, ReplaceText> || std::is_same_v<T, SetCharProperty> || std::is_same_v<T, SplitParagraph>)
                return {e.paragraph, e.start, e.start + e.length, false};
            else
                return {e.paragraph, 0, 0, true};
        },
        edit);
}

namespace {

bool editsOverlap(const Edit& a, const Edit& b)
{
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

} // namespace

bool fixesOverlap(const Fix& a, const Fix& b)
{
    for (const Edit& x : a.edits)
        for (const Edit& y : b.edits)
            if (editsOverlap(x, y))
                return true;
    return false;
}

} // namespace gw
