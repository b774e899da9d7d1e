#include "markers.hpp"

#include "unicode.hpp"

#include <memory>
#include <stdexcept>

namespace gw {
namespace {

// Groups: 1 open bracket, 2 bracketed numeral, 3 close bracket, 4 bare numeral, 5 enclosed
// form (⑴ ①), 6 separator, 7 spacing. Separators include the wrong ones we want to report.
constexpr char16_t kMarkerPattern[] =
    u"^[\\s\\u3000]*"
    u"(?:([(\\uFF08])[ \\u3000]*([〇零一二两三四五六七八九十百]+|[0-9\\uFF10-\\uFF19]{1,3})[ \\u3000]*([)\\uFF09])"
    u"|([〇零一二两三四五六七八九十百]+|[0-9\\uFF10-\\uFF19]{1,3})"
    u"|([\\u2460-\\u2473\\u2474-\\u2487]))"
    u"([、.\\uFF0E,\\uFF0C:\\uFF1A]*)"
    u"([ \\t\\u3000\\u00A0]*)";

const text::Pattern& markerPattern()
{
    static const text::Pattern pattern(kMarkerPattern);
    return pattern;
}

std::optional<int> parseArabic(std::u16string_view digits)
{
    int value = 0;
    for (char16_t c : digits) {
        const char32_t folded = text::foldWidth(c);
        if (folded < U'0' || folded > U'9')
            return std::nullopt;
        value = value * 10 + static_cast<int>(folded - U'0');
    }
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

// Where "一，加强…" is split between HN-01 (a level-1 heading typed with the wrong separator) and
// EN-07 (a bare numeral enumerating in running text): a bare numeral followed by "，" "：" or
// white space heads the paragraph only when the rest reads like a heading — at most 30
// characters, one phrase (no ，；。！？： inside; a final "。" is allowed, HP-01 reports it).
// Anything longer or with a sentence inside is running text and left to EN-07.
constexpr std::size_t kMaxBareHeadingLength = 30;

bool readsLikeHeading(std::u16string_view text, std::uint32_t from)
{
    std::u16string_view rest = text.substr(from);
    while (!rest.empty() && text::isSpace(rest.back()))
        rest.remove_suffix(1);
    if (rest.empty() || rest.size() > kMaxBareHeadingLength)
        return false;
    const auto stop = rest.find_first_of(u"，,；;。！？!?：:");
    return stop == std::u16string_view::npos || (stop + 1 == rest.size() && rest[stop] == u'。');
}

// "3 个月", "5 万元": a count with a unit after the space is not a heading.
bool startsWithUnit(char16_t c)
{
    return std::u16string_view(u"个年月日号时分秒天周次万亿千百元角件条项名人位家户倍度米吨届批期所座台辆岁%％")
               .find(c) != std::u16string_view::npos;
}

// "一、二季度", "三、四月份": two numerals in a row name quarters or months, not a heading.
bool startsNumeralPair(std::u16string_view text, std::uint32_t from)
{
    if (from + 1 >= text.size() || !text::isChineseDigit(text[from]))
        return false;
    return std::u16string_view(u"季月、级类等档").find(text[from + 1]) != std::u16string_view::npos;
}

bool isMarkerSeparatorOk(MarkerClass markerClass, std::u16string_view separator, std::u16string_view text,
                         std::uint32_t separatorEnd, std::uint32_t textStart)
{
    const bool atEnd = textStart >= text.size();
    const char16_t next = atEnd ? 0 : text[textStart];
    // "3.5万元", "2024.5", "1,000": a digit right after the separator makes it a number. After
    // "一、" a digit starts the heading text ("一、2025年工作回顾"): Chinese numerals are never
    // the integer part of a decimal.
    if (!separator.empty() && separatorEnd < text.size()) {
        const char32_t after = text::foldWidth(text[separatorEnd]);
        const bool chineseList = markerClass == MarkerClass::ChineseNumeral && separator == u"、";
        if (after >= U'0' && after <= U'9' && !chineseList)
            return false;
    }
    if (atEnd)
        return (markerClass != MarkerClass::ChineseNumeral && markerClass != MarkerClass::ArabicNumeral) ||
               !separator.empty();
    switch (markerClass) {
    case MarkerClass::ChineseNumeral:
    case MarkerClass::ArabicNumeral: {
        if (separator.empty())
            return textStart > separatorEnd && !startsWithUnit(next) && readsLikeHeading(text, textStart); // "一 总体要求"
        const char32_t first = text::foldWidth(separator.front());
        if (first == U',' || first == U':')
            return readsLikeHeading(text, textStart);
        if (markerClass == MarkerClass::ChineseNumeral && startsNumeralPair(text, textStart))
            return false;
        return text::isHan(next) || (next >= u'0' && next <= u'9') || text::isCjkPunctuation(next) || next == u'“' || next == u'《' ||
               next == u'(' || next == u'（' || (next >= u'A' && next <= u'Z') || (next >= u'a' && next <= u'z');
    }
    default:
        return true;
    }
}

} // namespace

int levelOf(MarkerClass markerClass) { return static_cast<int>(markerClass) + 1; }

std::u16string canonicalMarker(MarkerClass markerClass, int number, bool fullDot)
{
    const std::u16string arabic = text::fromUtf8(std::to_string(number));
    switch (markerClass) {
    case MarkerClass::ChineseNumeral: return text::chineseNumeral(number) + u"、";
    case MarkerClass::BracketedChinese: return u"（" + text::chineseNumeral(number) + u"）";
    case MarkerClass::ArabicNumeral: return arabic + (fullDot ? u"．" : u".");
    case MarkerClass::BracketedArabic: return u"（" + arabic + u"）";
    case MarkerClass::Circled:
        return number >= 1 && number <= 20 ? std::u16string(1, static_cast<char16_t>(0x2460 + number - 1)) : arabic;
    }
    return arabic;
}

namespace {

// Most paragraphs are body text: one look at the first character spares them the regex.
bool mayStartMarker(std::u16string_view text)
{
    for (char16_t c : text) {
        if (c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00A0' || text::isSpace(c))
            continue;
        return c == u'(' || c == u'（' || (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９') ||
               (c >= 0x2460 && c <= 0x2487) || std::u16string_view(u"〇零一二两三四五六七八九十百").find(c) != std::u16string_view::npos;
    }
    return false;
}

} // namespace

std::optional<Marker> recognizeMarker(std::u16string_view text)
{
    if (!mayStartMarker(text))
        return std::nullopt;
    const auto match = markerPattern().lookingAt(text);
    if (!match)
        return std::nullopt;
    auto groupStart = [&](int g) { return static_cast<std::uint32_t>(match->groups[static_cast<std::size_t>(g)].first); };
    auto groupEnd = [&](int g) { return static_cast<std::uint32_t>(match->groups[static_cast<std::size_t>(g)].second); };
    auto matched = [&](int g) { return match->matched(static_cast<std::size_t>(g)); };
    auto view = [&](int g) { return text.substr(groupStart(g), groupEnd(g) - groupStart(g)); };

    Marker marker;
    if (matched(1)) {
        marker.open = text[groupStart(1)];
        marker.close = text[groupStart(3)];
        marker.numeralStart = groupStart(2);
        marker.numeralEnd = groupEnd(2);
        marker.start = groupStart(1);
    } else if (matched(4)) {
        marker.numeralStart = groupStart(4);
        marker.numeralEnd = groupEnd(4);
        marker.start = marker.numeralStart;
    } else {
        marker.enclosedForm = true;
        marker.start = groupStart(5);
        marker.numeralStart = marker.start;
        marker.numeralEnd = groupEnd(5);
    }
    marker.separatorStart = groupStart(6);
    marker.separatorEnd = groupEnd(6);
    marker.end = marker.separatorEnd;
    marker.textStart = groupEnd(7);

    const std::u16string_view numeral = text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart);
    if (marker.enclosedForm) {
        const char16_t c = numeral.front();
        const bool parenthesized = c >= 0x2474; // ⑴…⒇
        marker.markerClass = parenthesized ? MarkerClass::BracketedArabic : MarkerClass::Circled;
        marker.number = c - (parenthesized ? 0x2474 : 0x2460) + 1;
    } else if (auto chinese = text::parseChineseNumeral(numeral)) {
        marker.markerClass = marker.open ? MarkerClass::BracketedChinese : MarkerClass::ChineseNumeral;
        marker.number = *chinese;
    } else if (auto arabic = parseArabic(numeral)) {
        marker.markerClass = marker.open ? MarkerClass::BracketedArabic : MarkerClass::ArabicNumeral;
        marker.number = *arabic;
        marker.fullwidthDigits = text::foldWidth(numeral.front()) != numeral.front();
    } else {
        return std::nullopt;
    }
    if (marker.number > 99)
        return std::nullopt; // years and amounts, not sequence numbers

    const std::u16string_view separator = view(6);
    if (!isMarkerSeparatorOk(marker.markerClass, separator, text, marker.separatorEnd, marker.textStart))
        return std::nullopt;
    return marker;
}

std::optional<Marker> recognizeArabicMarkerNumbered(std::u16string_view text, int number)
{
    std::uint32_t pos = 0;
    while (pos < text.size() && text::isSpace(text[pos]))
        ++pos;
    Marker marker;
    marker.markerClass = MarkerClass::ArabicNumeral;
    marker.start = marker.numeralStart = pos;
    while (pos < text.size() && pos - marker.numeralStart < 3 && text::foldWidth(text[pos]) >= U'0' &&
           text::foldWidth(text[pos]) <= U'9')
        ++pos;
    marker.numeralEnd = pos;
    const auto value = parseArabic(text.substr(marker.numeralStart, marker.numeralEnd - marker.numeralStart));
    if (!value || *value != number || pos >= text.size() || (text[pos] != u'.' && text[pos] != u'．'))
        return std::nullopt;
    marker.number = number;
    marker.fullwidthDigits = text::foldWidth(text[marker.numeralStart]) != text[marker.numeralStart];
    marker.separatorStart = pos;
    marker.separatorEnd = marker.end = marker.textStart = pos + 1;
    return marker;
}

std::optional<Marker> recognizeParagraphMarker(const Paragraph& paragraph)
{
    if (!paragraph.listLabel.empty()) {
        auto marker = recognizeMarker(paragraph.listLabel);
        if (!marker)
            return recognizeMarker(paragraph.text); // a bullet: the typed text may still number it
        // The label is not part of the text: every offset points at the text's start.
        std::uint32_t textStart = 0;
        while (textStart < paragraph.text.size() && text::isSpace(paragraph.text[textStart]))
            ++textStart;
        Marker fromLabel = *marker;
        fromLabel.fromListLabel = true;
        fromLabel.start = fromLabel.numeralStart = fromLabel.numeralEnd = 0;
        fromLabel.separatorStart = fromLabel.separatorEnd = fromLabel.end = 0;
        fromLabel.textStart = textStart;
        return fromLabel;
    }
    return recognizeMarker(paragraph.text);
}

} // namespace gw
