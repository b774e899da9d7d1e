// What the marker form rules (HN-01, HN-02, HN-03, HN-05) share: each looks at the typed markers
// of one class and wants the form of its level, keeping the numeral as typed (its value is HN-08's
// business, the width of its digits HN-06's).
#pragma once

#include "rule.hpp"
#include "structure.hpp"
#include "unicode.hpp"

#include <string>
#include <string_view>

namespace gw {

// The stretch of a typed marker a rule looks at, and the form it should have.
struct MarkerForm {
    std::uint32_t end = 0; // Marker::end, or Marker::textStart when a space stands in for the separator
    std::u16string expected;
};

// The numeral of a marker as typed.
inline std::u16string_view typedNumeral(const Marker& marker, std::u16string_view text)
{
    return text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart);
}

// "（" alone on a line and "三）改革…" on the next: one finding on the rest of the marker, whose fix
// deletes the lone bracket's line and puts the bracket back.
inline void reportSplitMarker(const CheckContext& context, FindingSink& sink, const Heading& heading)
{
    const auto fragment = static_cast<std::uint32_t>(heading.splitFrom);
    const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
    const std::u16string_view rest = text.substr(0, heading.marker.end);
    const std::u16string whole = std::u16string(1, heading.marker.open) + std::u16string(rest);
    const std::string wholeUtf8 = text::toUtf8(whole), restUtf8 = text::toUtf8(rest);
    sink.report(heading.paragraph, 0, static_cast<std::uint32_t>(rest.size()),
                formatMessage("标题序号“{0}”被拆成了两段：“{1}”单独成段，“{2}”在下一段；应合并为一段",
                              {wholeUtf8, text::toUtf8(std::u16string(1, heading.marker.open)), restUtf8}),
                formatMessage("The heading marker \"{0}\" is split over two paragraphs: \"{1}\" stands alone and \"{2}\" "
                              "starts the next; join them",
                              {wholeUtf8, text::toUtf8(std::u16string(1, heading.marker.open)), restUtf8}),
                Fix{FixKind::Safe, {RemoveParagraph{fragment},
                                    ReplaceText{heading.paragraph, 0, 0, std::u16string(1, heading.marker.open)}}});
}

// Reports each typed marker of `markerClass` whose text from Marker::start to `formOf(marker,
// text).end` is not the expected form, with a safe fix. The message patterns get {0} = the marker
// as found, {1} = the expected form.
template <typename FormOf>
void checkMarkerForms(const CheckContext& context, FindingSink& sink, MarkerClass markerClass,
                      std::string_view zhPattern, std::string_view enPattern, FormOf&& formOf)
{
    for (const Heading& heading : context.structure.headings()) {
        const Marker& marker = heading.marker;
        if (marker.markerClass != markerClass || marker.fromListLabel)
            continue;
        const std::u16string_view text = context.document.paragraphs[heading.paragraph].text;
        if (heading.splitFrom >= 0) {
            reportSplitMarker(context, sink, heading);
            continue;
        }
        const MarkerForm form = formOf(marker, text);
        const std::u16string_view found = text.substr(marker.start, form.end - marker.start);
        if (found == form.expected)
            continue;
        const std::string foundUtf8 = text::toUtf8(found), expectedUtf8 = text::toUtf8(form.expected);
        sink.report(heading.paragraph, marker.start, static_cast<std::uint32_t>(found.size()),
                    formatMessage(zhPattern, {foundUtf8, expectedUtf8}),
                    formatMessage(enPattern, {foundUtf8, expectedUtf8}),
                    Fix{FixKind::Safe, {minimalReplacement(heading.paragraph, marker.start, found, form.expected)}});
    }
}

} // namespace gw
