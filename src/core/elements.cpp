#include "elements.hpp"

#include "gwcheck_data.hpp"
#include "line_kinds.hpp"
#include "phrase_list.hpp"
#include "structure.hpp"
#include "unicode.hpp"

#include <algorithm>

namespace gw {
namespace {

constexpr std::u16string_view kSpace = u"[\\s\\u3000]";

TextSpan trimmedSpan(std::u16string_view text)
{
    std::uint32_t start = 0, end = static_cast<std::uint32_t>(text.size());
    while (start < end && text::isSpace(text[start]))
        ++start;
    while (end > start && text::isSpace(text[end - 1]))
        --end;
    return {start, end};
}

std::u16string_view trimmed(std::u16string_view text)
{
    const TextSpan span = trimmedSpan(text);
    return text.substr(span.start, span.end - span.start);
}

bool endsWith(std::u16string_view text, std::u16string_view tail)
{
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

int digitValue(char16_t c)
{
    const char32_t folded = text::foldWidth(c);
    if (folded >= U'0' && folded <= U'9')
        return static_cast<int>(folded - U'0');
    constexpr std::u16string_view chinese = u"〇一二三四五六七八九";
    if (const auto at = chinese.find(c); at != std::u16string_view::npos)
        return static_cast<int>(at);
    if (c == u'零' || c == u'○' || c == u'Ｏ' || c == u'O')
        return 0;
    return -1;
}

int numberOf(std::u16string_view digits)
{
    int value = 0;
    for (char16_t c : digits)
        value = value * 10 + std::max(0, digitValue(c));
    return value;
}

std::u16string_view group(std::u16string_view text, const text::Pattern::Match& match, std::size_t index)
{
    const auto [start, end] = match.groups[index];
    return start < 0 ? std::u16string_view() : text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
}

const std::vector<std::u16string>& organizationSuffixes()
{
    static const std::vector<std::u16string> suffixes = listEntries(data::organization_suffixes);
    return suffixes;
}

bool endsWithOrganization(std::u16string_view name)
{
    return std::any_of(organizationSuffixes().begin(), organizationSuffixes().end(),
                       [&](std::u16string_view suffix) { return name.size() > suffix.size() && endsWith(name, suffix); });
}

// The characters of an organisation's name: Han, brackets ("各县（市、区）"), a middle dot, Latin
// letters and digits ("第3支队"), and the 、 inside brackets.
bool isNameCharacter(char16_t c)
{
    return text::isHan(c) || std::u16string_view(u"（）()·").find(c) != std::u16string_view::npos ||
           (c < 0x80 && std::isalnum(static_cast<unsigned char>(c)));
}

// "各县（市、区）人民政府，市政府各部门" split at the ，, that are not inside brackets; nullopt
// when a name holds anything but name characters and 、.
std::optional<std::vector<std::u16string_view>> splitNames(std::u16string_view text)
{
    std::vector<std::u16string_view> names;
    int depth = 0;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char16_t c = i < text.size() ? text[i] : u'，';
        if (c == u'（' || c == u'(')
            ++depth;
        else if (c == u'）' || c == u')')
            depth = std::max(0, depth - 1);
        if ((c == u'，' || c == u',') && depth == 0) {
            names.push_back(trimmed(text.substr(from, i - from)));
            from = i + 1;
        } else if (!isNameCharacter(c) && c != u'、' && !text::isSpace(c)) {
            return std::nullopt;
        }
    }
    return names;
}

// The name an organisation is known by, without a bracketed note at its end: "办公厅（室）".
std::u16string_view withoutBracketedEnd(std::u16string_view name)
{
    if (!name.empty() && (name.back() == u'）' || name.back() == u')')) {
        const std::size_t open = name.find_last_of(u"（(");
        if (open != std::u16string_view::npos && open > 0)
            return name.substr(0, open);
    }
    return name;
}

// Every name is an organisation's: "各区人民政府，市政府各部门", "XX市XX局", "公司董事会",
// "各省、自治区、直辖市人民政府办公厅（室）" (places joined by 、 before the organisation).
bool namesOrganizations(std::u16string_view text)
{
    constexpr std::size_t kMaxName = 40;
    const auto names = splitNames(text);
    return names && !names->empty() && std::all_of(names->begin(), names->end(), [](std::u16string_view name) {
        if (name.size() < 2 || name.size() > kMaxName)
            return false;
        const std::size_t lastPart = name.find_last_of(u'、');
        const std::u16string_view organization = lastPart == std::u16string_view::npos ? name : name.substr(lastPart + 1);
        return endsWithOrganization(withoutBracketedEnd(organization));
    });
}

// A line of an organisation's name alone, as the 发文机关标志 and the 署名 are: "临江市教育局",
// "江南智联科技有限公司", two names of a joint 署名 set apart by spaces.
bool isOrganizationLine(std::u16string_view text)
{
    constexpr std::size_t kMaxLine = 40;
    text = trimmed(text);
    if (text.empty() || text.size() > kMaxLine)
        return false;
    if (!std::all_of(text.begin(), text.end(), [](char16_t c) { return isNameCharacter(c) || text::isSpace(c); }))
        return false;
    std::size_t last = text.size();
    while (last > 0 && !text::isSpace(text[last - 1]))
        --last;
    return endsWithOrganization(text.substr(last));
}

// "市长　周明远": a 署名 by the office-holder, as a 命令 is signed.
bool isSignatureLine(std::u16string_view text)
{
    return isOrganizationLine(text) || readLine(text).kind == LineKind::Byline;
}

// "（此件公开发布）", "（联系人：陈静；联系电话：…）": a 附注 is one bracketed line.
bool isNoteLine(std::u16string_view text)
{
    text = trimmed(text);
    return text.size() >= 3 && (text.front() == u'（' || text.front() == u'(') && (text.back() == u'）' || text.back() == u')');
}

// The marker of one attachment in a 附件说明: "1." "1．" "1、" "（1）" "(1)" "1）".
const text::Pattern& attachmentNumberPattern()
{
    static const text::Pattern pattern(u"^" + std::u16string(kSpace) + u"*(?:([0-9０-９]{1,2})" + std::u16string(kSpace) +
                                       u"*[.．、)）]|[（(]([0-9０-９]{1,2})[)）])" + std::u16string(kSpace) + u"*");
    return pattern;
}

// "附件：…" (group 1 the colon); "附件" alone or "附件2" labels an attachment page instead.
const text::Pattern& attachmentNotePattern()
{
    static const text::Pattern pattern(u"^" + std::u16string(kSpace) + u"*附件" + std::u16string(kSpace) + u"*([：:])");
    return pattern;
}

const text::Pattern& attachmentLabelPattern()
{
    static const text::Pattern pattern(u"^" + std::u16string(kSpace) + u"*附件" + std::u16string(kSpace) +
                                       u"*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})?" + std::u16string(kSpace) + u"*[：:]?" +
                                       std::u16string(kSpace) + u"*$");
    return pattern;
}

// One attachment's name from `from` in a 附件说明 line, with its number when it has one.
AttachmentName readAttachmentName(std::uint32_t paragraph, std::u16string_view text, std::uint32_t from)
{
    AttachmentName name;
    name.paragraph = paragraph;
    const TextSpan line = trimmedSpan(text);
    std::uint32_t start = std::max(from, line.start);
    while (start < line.end && text::isSpace(text[start]))
        ++start;
    name.numberStart = name.numberEnd = start;
    if (const auto number = attachmentNumberPattern().lookingAt(text.substr(start))) {
        const std::u16string_view digits = group(text.substr(start), *number, number->matched(1) ? 1 : 2);
        name.number = numberOf(digits);
        name.numberEnd = start + number->end;
        // The separator ends the marker; the spaces after it belong to the name's indent.
        while (name.numberEnd > start && text::isSpace(text[name.numberEnd - 1]))
            --name.numberEnd;
        start += number->end;
    }
    name.nameStart = start;
    name.pointsEnd = std::max(start, line.end);
    std::uint32_t end = name.pointsEnd;
    while (end > start && std::u16string_view(u"。；;，,.．、").find(text[end - 1]) != std::u16string_view::npos)
        --end;
    name.nameEnd = end;
    return name;
}

// "20**年**月**日", "XXXX年X月X日": the date of a template not filled in (TH-01's finding): the
// place of the 成文日期, whose form is not to be judged yet.
bool isPlaceholderDate(std::u16string_view text)
{
    constexpr std::size_t kMaxLine = 30;
    if (text.size() > kMaxLine)
        return false;
    static const text::Pattern pattern(u"^[\\s\\u3000]*[0-9０-９*＊XxＸ×]{2,4}年[0-9０-９*＊XxＸ×]{1,2}月[0-9０-９*＊XxＸ×]{1,2}日[\\s\\u3000]*$");
    return pattern.lookingAt(text).has_value() && text.find_first_of(u"*＊XxＸ×") != std::u16string_view::npos;
}

} // namespace

std::u16string DateReading::standardForm() const
{
    if (yearDigits != 4)
        return {};
    return text::fromUtf8(std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日");
}

std::optional<DateReading> readDateLine(std::u16string_view text)
{
    // Short lines only: a date line is at most "二〇二四年十二月三十一日" with some indent.
    constexpr std::size_t kMaxLine = 40;
    if (text.size() > kMaxLine)
        return std::nullopt;
    const std::u16string space(kSpace);
    static const text::Pattern arabic(
        u"^" + space + u"*([0-9０-９]{2}|[0-9０-９]{4})" + space + u"*(?:年" + space + u"*([0-9０-９]{1,2})" + space + u"*月" +
        space + u"*([0-9０-９]{1,2})" + space + u"*日|([.．\\-－/／])" + space + u"*([0-9０-９]{1,2})" + space +
        u"*\\4" + space + u"*([0-9０-９]{1,2})" + space + u"*日?)" + space + u"*$");
    static const text::Pattern chinese(u"^" + space + u"*([〇零○Ｏ一二三四五六七八九]{2}|[〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                                       u"([一二三四五六七八九十]{1,3})日" + space + u"*$");
    DateReading date;
    std::u16string_view yearText;
    if (const auto match = arabic.lookingAt(text)) {
        yearText = group(text, *match, 1);
        const bool withYearWord = match->matched(2);
        date.month = numberOf(group(text, *match, withYearWord ? 2 : 5));
        date.day = numberOf(group(text, *match, withYearWord ? 3 : 6));
        date.start = static_cast<std::uint32_t>(match->groups[1].first);
    } else if (const auto chineseMatch = chinese.lookingAt(text)) {
        yearText = group(text, *chineseMatch, 1);
        date.chinese = true;
        date.month = text::parseChineseNumeral(group(text, *chineseMatch, 2)).value_or(0);
        date.day = text::parseChineseNumeral(group(text, *chineseMatch, 3)).value_or(0);
        date.start = static_cast<std::uint32_t>(chineseMatch->groups[1].first);
    } else {
        return std::nullopt;
    }
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31)
        return std::nullopt;
    date.yearDigits = static_cast<int>(yearText.size());
    date.year = numberOf(yearText);
    date.end = trimmedSpan(text).end;
    return date;
}

std::optional<DocNumberReading> readDocNumber(std::u16string_view text)
{
    constexpr std::size_t kMaxLine = 80;
    if (text.size() > kMaxLine)
        return std::nullopt;
    const std::u16string space(kSpace);
    // 机关代字 (Han, perhaps a Latin letter), the year in brackets of any kind, the number, 号; then
    // perhaps the 签发人 on the same line.
    static const text::Pattern pattern(u"^" + space + u"*[\\p{Han}A-Za-z]{1,15}?" + space + u"*([〔\\[【（(［〖{])" + space +
                                       u"*([0-9０-９]{2,4})" + space + u"*([〕\\]】）)］〗}])" + space + u"*(第)?" + space +
                                       u"*([0-9０-９]{1,5})" + space + u"*号(?:" + space + u"*(签发人" + space +
                                       u"*[：:].*))?" + space + u"*$");
    const auto match = pattern.lookingAt(text);
    if (!match)
        return std::nullopt;
    DocNumberReading reading;
    reading.open = static_cast<std::uint32_t>(match->groups[1].first);
    reading.yearStart = static_cast<std::uint32_t>(match->groups[2].first);
    reading.yearEnd = static_cast<std::uint32_t>(match->groups[2].second);
    reading.close = static_cast<std::uint32_t>(match->groups[3].first);
    reading.hasOrdinal = match->matched(4);
    if (reading.hasOrdinal)
        reading.ordinal = static_cast<std::uint32_t>(match->groups[4].first);
    reading.numberStart = static_cast<std::uint32_t>(match->groups[5].first);
    reading.numberEnd = static_cast<std::uint32_t>(match->groups[5].second);
    if (match->matched(6))
        reading.signer = static_cast<std::uint32_t>(match->groups[6].first);
    return reading;
}

const Element* DocumentElements::find(ElementKind kind) const
{
    const auto it = std::find_if(elements.begin(), elements.end(), [&](const Element& e) { return e.kind == kind; });
    return it == elements.end() ? nullptr : &*it;
}

std::vector<const Element*> DocumentElements::all(ElementKind kind) const
{
    std::vector<const Element*> out;
    for (const Element& element : elements)
        if (element.kind == kind)
            out.push_back(&element);
    return out;
}

DocumentElements findElements(const Document& document, const Structure& structure)
{
    DocumentElements out;
    const auto count = static_cast<std::uint32_t>(document.paragraphs.size());
    const auto textOf = [&](std::uint32_t index) -> std::u16string_view { return document.paragraphs[index].text; };
    // A paragraph an element can be made of: in the body text (not a table, frame or header), with
    // text, and not residue of a web page.
    const auto usable = [&](std::uint32_t index) {
        const Role role = structure.role(index).role;
        return document.paragraphs[index].container == Container::Body && role != Role::Blank && role != Role::Residue &&
               !trimmed(textOf(index)).empty();
    };
    const auto nextUsable = [&](std::uint32_t from, std::uint32_t limit) -> std::optional<std::uint32_t> {
        for (std::uint32_t index = from; index < limit; ++index)
            if (usable(index))
                return index;
        return std::nullopt;
    };
    const auto previousUsable = [&](std::uint32_t before, std::uint32_t floor) -> std::optional<std::uint32_t> {
        for (std::uint32_t index = before; index > floor; --index)
            if (usable(index - 1))
                return index - 1;
        return std::nullopt;
    };
    const auto add = [&](ElementKind kind, std::uint32_t first, std::uint32_t last, Confidence confidence) {
        out.elements.push_back(Element{kind, first, last, confidence});
    };
    const auto isProse = [&](std::uint32_t index) {
        constexpr std::size_t kProse = 30;
        const std::u16string_view text = trimmed(textOf(index));
        return text.size() > kProse || endsWith(text, u"。");
    };

    // 版头: the lines above the title.
    const std::vector<std::uint32_t> titleLines = structure.titleLines();
    constexpr std::uint32_t kMaxHeaderLines = 6;
    const std::uint32_t headerLimit = titleLines.empty() ? std::min(count, kMaxHeaderLines) : titleLines.front();
    std::optional<std::uint32_t> docNumber;
    for (std::uint32_t index = 0; index < headerLimit; ++index) {
        if (!usable(index) || structure.headingAt(index))
            continue;
        const std::u16string_view text = trimmed(textOf(index));
        if (titleLines.empty() && isProse(index))
            break;
        if (const auto number = readDocNumber(textOf(index))) {
            add(ElementKind::DocNumber, index, index, Confidence::High);
            if (number->signer)
                add(ElementKind::Signer, index, index, Confidence::High);
            docNumber = index;
        } else if (text.substr(0, 3) == u"签发人") {
            add(ElementKind::Signer, index, index, Confidence::High);
        } else if (isOrganizationLine(text) || ((endsWith(text, u"文件") || endsWith(text, u"令")) && text.size() <= 30 &&
                                                 isOrganizationLine(text.substr(0, text.size() - (endsWith(text, u"文件") ? 2 : 1))))) {
            // "某某市人民政府文件", "某某市人民政府令": the mark of a 公文; an organisation's name alone
            // is one when a 发文字号 follows it.
            const bool marked = endsWith(text, u"文件") || endsWith(text, u"令");
            add(ElementKind::IssuerMark, index, index, marked ? Confidence::High : Confidence::Low);
        }
    }
    for (Element& element : out.elements)
        if (element.kind == ElementKind::IssuerMark && docNumber && element.first < *docNumber)
            element.confidence = Confidence::High;
    const auto formalEvidence = [&] {
        return std::any_of(out.elements.begin(), out.elements.end(), [](const Element& e) {
            return (e.kind == ElementKind::DocNumber || e.kind == ElementKind::IssuerMark || e.kind == ElementKind::Addressee) &&
                   e.confident();
        });
    };

    // 标题, then the 主送机关 and any date set between them.
    std::uint32_t bodyFrom = 0;
    std::vector<std::uint32_t> earlyDates;
    if (!titleLines.empty()) {
        add(ElementKind::Title, titleLines.front(), titleLines.back(), Confidence::High);
        bodyFrom = titleLines.back() + 1;
        std::optional<std::uint32_t> line = nextUsable(bodyFrom, count);
        while (line && !structure.headingAt(*line) && readDateLine(textOf(*line))) {
            earlyDates.push_back(*line);
            line = nextUsable(*line + 1, count);
        }
        // A long 主送机关 runs on over a second line after a "，" or "、".
        std::optional<std::uint32_t> lastLine = line;
        std::u16string joined;
        if (line && !structure.headingAt(*line) && structure.role(*line).role == Role::Body) {
            joined = trimmed(textOf(*line));
            if (!joined.empty() && (joined.back() == u'，' || joined.back() == u'、'))
                if (const auto next = nextUsable(*line + 1, count); next && !structure.headingAt(*next)) {
                    lastLine = next;
                    joined += trimmed(textOf(*next));
                }
        }
        if (line && !structure.headingAt(*line) && structure.role(*line).role == Role::Body) {
            const std::u16string_view text = joined;
            const bool colon = endsWith(text, u"：") || endsWith(text, u":");
            const std::u16string_view names = colon ? text.substr(0, text.size() - 1) : text;
            constexpr std::size_t kMaxAddressee = 150;
            bool addressee = text.size() <= kMaxAddressee && namesOrganizations(names);
            if (addressee && !colon) {
                // Without its colon the line is the 主送机关 only in a 公文 whose text starts after it,
                // and only when it reads as a list of addressees ("各区人民政府，市政府各部门"): one
                // organisation's name alone under the title may be its author.
                const std::optional<std::uint32_t> next = nextUsable(*lastLine + 1, count);
                const bool several = names.substr(0, 1) == u"各" || names.find_first_of(u"，,、") != std::u16string_view::npos;
                addressee = several && formalEvidence() && next && isProse(*next) && !structure.headingAt(*next);
            }
            if (addressee) {
                add(ElementKind::Addressee, *line, *lastLine, Confidence::High);
                bodyFrom = *lastLine + 1;
            }
        }
        if (!earlyDates.empty()) {
            if (formalEvidence()) {
                for (std::uint32_t date : earlyDates)
                    add(ElementKind::Date, date, date, Confidence::High);
                if (!out.find(ElementKind::Addressee))
                    bodyFrom = earlyDates.back() + 1;
            }
        }
    } else {
        for (const Element& element : out.elements)
            bodyFrom = std::max(bodyFrom, element.last + 1);
    }
    const std::optional<std::uint32_t> bodyFirst = nextUsable(bodyFrom, count);
    if (!bodyFirst) {
        std::sort(out.elements.begin(), out.elements.end(), [](const Element& a, const Element& b) { return a.first < b.first; });
        return out;
    }

    // 版记: the lines of their own kind at the end (抄送, 印发, 校对).
    std::uint32_t imprintFrom = count;
    for (std::uint32_t index = count; index > *bodyFirst; --index) {
        const std::uint32_t at = index - 1;
        if (!usable(at))
            continue;
        // "…20**年**月**日印发" in a template is the 印发 line too.
        const std::u16string_view text = trimmed(textOf(at));
        const bool templateIssued = endsWith(text, u"印发") && text.find(u'年') != std::u16string_view::npos &&
                                    text.find(u'日') != std::u16string_view::npos && text.find(u'。') == std::u16string_view::npos;
        if (structure.role(at).role != Role::Imprint && !templateIssued)
            break;
        imprintFrom = at;
    }
    // 附件: pages labelled "附件" or "附件2" after the main document.
    std::vector<std::uint32_t> labels;
    for (std::uint32_t index = *bodyFirst + 1; index < imprintFrom; ++index)
        if (usable(index) && structure.role(index).role == Role::PartLabel && attachmentLabelPattern().lookingAt(textOf(index)))
            labels.push_back(index);
    const std::uint32_t mainEnd = labels.empty() ? imprintFrom : labels.front();

    // 署名 and 成文日期: a date alone on its line after the body, under the 署名 or at the end.
    std::optional<std::uint32_t> date, signature;
    bool placeholderDate = false;
    for (std::uint32_t index = *bodyFirst + 1; index < mainEnd && !date; ++index) {
        if (!usable(index) || structure.headingAt(index))
            continue;
        placeholderDate = isPlaceholderDate(textOf(index));
        if (!placeholderDate && !readDateLine(textOf(index)))
            continue;
        const std::optional<std::uint32_t> before = previousUsable(index, *bodyFirst);
        const std::optional<std::uint32_t> after = nextUsable(index + 1, mainEnd);
        if (before && *before > *bodyFirst && !structure.headingAt(*before) && isSignatureLine(textOf(*before))) {
            date = index;
            signature = before;
        } else if (before && !structure.headingAt(*before) && (!after || isNoteLine(textOf(*after)))) {
            date = index;
        } else if (before && after && isOrganizationLine(textOf(*after)) && !structure.headingAt(*after)) {
            // The 署名 under the date, the order turned round (EL-08), at the end of the main text.
            const std::optional<std::uint32_t> then = nextUsable(*after + 1, mainEnd);
            if (!then || isNoteLine(textOf(*then))) {
                date = index;
                signature = after;
            }
        }
    }
    // A joint 署名 sets a second organisation on the line above (联合行文).
    std::optional<std::uint32_t> signatureFirst = signature;
    if (signature && date && *signature < *date)
        if (const auto above = previousUsable(*signature, *bodyFirst);
            above && *above > *bodyFirst && !structure.headingAt(*above) && isOrganizationLine(textOf(*above)))
            signatureFirst = above;
    // A 署名 without a date ends the main text of a 公文.
    if (!date && formalEvidence())
        if (const auto last = previousUsable(mainEnd, *bodyFirst + 1);
            last && !structure.headingAt(*last) && isOrganizationLine(textOf(*last)))
            signature = signatureFirst = last;

    // 附件说明: "附件：…" with its numbered continuation lines, after the body and before the 署名.
    const std::uint32_t endOfBody = std::min(signatureFirst.value_or(mainEnd), date.value_or(mainEnd));
    std::optional<std::uint32_t> noteFirst, noteLast;
    for (std::uint32_t index = *bodyFirst + 1; index < endOfBody; ++index) {
        if (!usable(index))
            continue;
        const std::u16string_view text = textOf(index);
        if (trimmed(text).substr(0, 2) != u"附件")
            continue;
        const auto match = attachmentNotePattern().lookingAt(text);
        if (!match)
            continue;
        // The continuation lines: numbered names up to the 署名 (or the end of the main text).
        std::vector<AttachmentName> names;
        if (!trimmed(text.substr(match->end)).empty())
            names.push_back(readAttachmentName(index, text, match->end));
        std::uint32_t last = index;
        bool onlyNames = true;
        for (std::uint32_t next = index + 1; next < endOfBody; ++next) {
            if (!usable(next))
                continue;
            constexpr std::size_t kMaxName = 80;
            if (attachmentNumberPattern().lookingAt(textOf(next)) && trimmed(textOf(next)).size() <= kMaxName) {
                names.push_back(readAttachmentName(next, textOf(next), 0));
                last = next;
            } else {
                onlyNames = false;
                break;
            }
        }
        if (names.empty() || !onlyNames)
            continue;
        noteFirst = index;
        noteLast = last;
        out.attachmentNames = std::move(names);
        break;
    }

    // 正文: from after the 主送机关 to the first element of the end.
    const std::uint32_t bodyEnd = noteFirst ? *noteFirst : endOfBody;
    if (const auto last = previousUsable(bodyEnd, *bodyFirst))
        add(ElementKind::Body, *bodyFirst, *last, Confidence::High);
    if (noteFirst)
        add(ElementKind::AttachmentNote, *noteFirst, *noteLast, Confidence::High);
    if (signature)
        add(ElementKind::Signature, *signatureFirst, *signature, (isOrganizationLine(textOf(*signature)) || date) ? Confidence::High : Confidence::Low);
    std::uint32_t after = std::max(signature.value_or(0), date.value_or(0)) + 1;
    if (date)
        add(ElementKind::Date, *date, *date, placeholderDate ? Confidence::Low : Confidence::High);
    if (signature || date) {
        if (const auto note = nextUsable(after, mainEnd); note && isNoteLine(textOf(*note))) {
            add(ElementKind::Note, *note, *note, Confidence::High);
            after = *note + 1;
        }
        // What follows the 成文日期 in the main text is the document a 印发通知 issues.
        if (const auto first = nextUsable(after, mainEnd)) {
            const auto last = previousUsable(mainEnd, *first);
            add(ElementKind::Attachment, *first, last ? *last : *first, Confidence::Low);
            out.attachmentParts.push_back(AttachmentPart{std::nullopt, 0, *first});
        }
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::uint32_t end = i + 1 < labels.size() ? labels[i + 1] : imprintFrom;
        const auto last = previousUsable(end, labels[i]);
        add(ElementKind::Attachment, labels[i], last ? *last : labels[i], Confidence::High);
        AttachmentPart part;
        part.label = labels[i];
        const auto match = attachmentLabelPattern().lookingAt(textOf(labels[i]));
        if (match && match->matched(1)) {
            const std::u16string_view numeral = group(textOf(labels[i]), *match, 1);
            const bool arabic = text::foldWidth(numeral.front()) <= U'9';
            part.number = arabic ? numberOf(numeral) : text::parseChineseNumeral(numeral).value_or(0);
        }
        if (const auto title = nextUsable(labels[i] + 1, end); title && !structure.headingAt(*title))
            part.title = title;
        out.attachmentParts.push_back(part);
    }
    for (std::uint32_t index = imprintFrom; index < count; ++index) {
        if (!usable(index))
            continue;
        const std::u16string_view text = trimmed(textOf(index));
        const bool copyTo = text.substr(0, 2) == u"抄送" || text.substr(0, 2) == u"抄报" || text.substr(0, 2) == u"分送";
        add(copyTo ? ElementKind::CopyTo : ElementKind::Imprint, index, index, Confidence::High);
    }
    std::stable_sort(out.elements.begin(), out.elements.end(), [](const Element& a, const Element& b) { return a.first < b.first; });
    return out;
}

std::string_view elementSlug(ElementKind kind)
{
    switch (kind) {
    case ElementKind::IssuerMark: return "issuer-mark";
    case ElementKind::DocNumber: return "doc-number";
    case ElementKind::Signer: return "signer";
    case ElementKind::Title: return "title";
    case ElementKind::Addressee: return "addressee";
    case ElementKind::Body: return "body";
    case ElementKind::AttachmentNote: return "attachment-note";
    case ElementKind::Signature: return "signature";
    case ElementKind::Date: return "date";
    case ElementKind::Note: return "note";
    case ElementKind::Attachment: return "attachment";
    case ElementKind::CopyTo: return "copy-to";
    case ElementKind::Imprint: return "imprint";
    }
    return "body";
}

std::string_view elementNameZh(ElementKind kind)
{
    switch (kind) {
    case ElementKind::IssuerMark: return "发文机关标志";
    case ElementKind::DocNumber: return "发文字号";
    case ElementKind::Signer: return "签发人";
    case ElementKind::Title: return "标题";
    case ElementKind::Addressee: return "主送机关";
    case ElementKind::Body: return "正文";
    case ElementKind::AttachmentNote: return "附件说明";
    case ElementKind::Signature: return "发文机关署名";
    case ElementKind::Date: return "成文日期";
    case ElementKind::Note: return "附注";
    case ElementKind::Attachment: return "附件";
    case ElementKind::CopyTo: return "抄送机关";
    case ElementKind::Imprint: return "印发机关和印发日期";
    }
    return "正文";
}

std::string_view elementNameEn(ElementKind kind)
{
    switch (kind) {
    case ElementKind::IssuerMark: return "issuing authority's mark";
    case ElementKind::DocNumber: return "document number";
    case ElementKind::Signer: return "signer";
    case ElementKind::Title: return "title";
    case ElementKind::Addressee: return "addressee";
    case ElementKind::Body: return "body";
    case ElementKind::AttachmentNote: return "attachment note";
    case ElementKind::Signature: return "issuing authority's signature";
    case ElementKind::Date: return "date of issue";
    case ElementKind::Note: return "note";
    case ElementKind::Attachment: return "attachment";
    case ElementKind::CopyTo: return "copies to";
    case ElementKind::Imprint: return "printing office and date";
    }
    return "body";
}

std::vector<StructureNode> documentTree(const Document& document, const Structure& structure)
{
    std::vector<StructureNode> tree;
    for (const Element& element : structure.elements().elements) {
        StructureNode node;
        node.element = element.kind;
        node.first = element.first;
        node.last = element.last;
        node.confidence = element.confidence;
        if (element.kind == ElementKind::Body || element.kind == ElementKind::Attachment) {
            // The outline headings inside, nested by level: a heading's section runs to the next
            // heading of its level or above.
            std::vector<StructureNode*> open;
            for (const Heading& heading : structure.headings()) {
                if (!heading.isOutlineHeading() || heading.paragraph < element.first || heading.paragraph > element.last)
                    continue;
                while (!open.empty() && open.back()->level >= heading.level()) {
                    open.back()->last = heading.paragraph > open.back()->first ? heading.paragraph - 1 : open.back()->first;
                    open.pop_back();
                }
                std::vector<StructureNode>& siblings = open.empty() ? node.children : open.back()->children;
                StructureNode child;
                child.kind = StructureNode::Kind::Heading;
                child.first = child.paragraph = heading.paragraph;
                child.last = element.last;
                child.level = heading.level();
                child.marker = std::u16string(markerText(document, heading));
                child.confidence = heading.confident ? Confidence::High : Confidence::Low;
                siblings.push_back(std::move(child));
                open.push_back(&siblings.back());
            }
        }
        tree.push_back(std::move(node));
    }
    return tree;
}

} // namespace gw
