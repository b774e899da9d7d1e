// The elements of a 公文 (GB/T 9704-2012 §7): the 版头 (§7.2), the 主体 (§7.3) and the 版记
// (§7.4), each with the paragraphs it spans, recognised from the text once per check after the
// heading tree and the line roles. A document that is no 公文 — a 政府工作报告 as printed, a
// speech — has a title and a body and nothing else: the other elements need evidence of their
// own (a 发文字号 pattern, a line of organisation names after the title, a date alone on its line
// after a 署名), and the rules act only on elements found with high confidence.
#pragma once

#include "document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gw {

class Structure;

enum class ElementKind : std::uint8_t {
    IssuerMark,     // 发文机关标志 (§7.2.4): "某某市人民政府文件"
    DocNumber,      // 发文字号 (§7.2.5): "某府发〔2024〕5号"
    Signer,         // 签发人 (§7.2.6): "签发人：张三"
    Title,          // 标题 (§7.3.1)
    Addressee,      // 主送机关 (§7.3.2): "各区人民政府，市政府各部门："
    Body,           // 正文 (§7.3.3): the heading tree lives here
    AttachmentNote, // 附件说明 (§7.3.4): "附件：1．…" and its continuation lines
    Signature,      // 发文机关署名 (§7.3.5)
    Date,           // 成文日期 (§7.3.5)
    Note,           // 附注 (§7.3.6): "（此件公开发布）"
    Attachment,     // 附件 (§7.3.7): "附件1" with its title and text, or the document a 印发通知 issues
    CopyTo,         // 抄送机关 (§7.4.2): "抄送：…。"
    Imprint,        // 印发机关和印发日期 (§7.4.3), and the other lines of the 版记
};

enum class Confidence : std::uint8_t { Low, High };

struct Element {
    ElementKind kind = ElementKind::Body;
    std::uint32_t first = 0, last = 0; // paragraphs, both inclusive
    Confidence confidence = Confidence::High;

    bool confident() const { return confidence == Confidence::High; }
};

// One attachment named in the 附件说明: "附件：1．某某名单" gives number 1 and the name.
struct AttachmentName {
    std::uint32_t paragraph = 0;
    std::uint32_t numberStart = 0, numberEnd = 0; // the number with its separator ("1．"); equal when unnumbered
    int number = 0;                               // 0 when unnumbered
    std::uint32_t nameStart = 0, nameEnd = 0;     // the name, end points after it excluded
    std::uint32_t pointsEnd = 0;                  // end of the points after the name (nameEnd when none)
};

// An attachment page: its label ("附件2", absent for the document a 印发通知 issues) and title.
struct AttachmentPart {
    std::optional<std::uint32_t> label;
    int number = 0; // 0 for "附件" alone or no label
    std::optional<std::uint32_t> title;
};

struct DocumentElements {
    std::vector<Element> elements; // in document order (an element may share a paragraph: 发文字号 and 签发人)
    std::vector<AttachmentName> attachmentNames;
    std::vector<AttachmentPart> attachmentParts;

    // The first element of a kind, or nullptr.
    const Element* find(ElementKind kind) const;
    std::vector<const Element*> all(ElementKind kind) const;
};

// A date alone on its line, in any of the forms people type: "2024年5月6日", "2024年05月06日",
// "2024.5.6", "2024-05-06", "24年5月6日", "二〇二四年五月六日". Offsets are those of the date in the line.
struct DateReading {
    std::uint32_t start = 0, end = 0;
    int year = 0, month = 0, day = 0;
    int yearDigits = 4;   // 2 for "24年…"
    bool chinese = false; // written in 汉字
    // "2024年5月6日": the form GB/T 9704-2012 §7.3.5 asks for; empty when the year is not in full.
    std::u16string standardForm() const;
};
std::optional<DateReading> readDateLine(std::u16string_view text);

// A 发文字号 line: "某府发〔2024〕5号", also with the wrong brackets ("[2024]"), "第5号", "05号", and
// "签发人：张三" after it. Offsets are in the line.
struct DocNumberReading {
    std::uint32_t open = 0, close = 0;          // the brackets around the year
    std::uint32_t yearStart = 0, yearEnd = 0;
    std::uint32_t ordinal = 0;                  // "第", when hasOrdinal
    bool hasOrdinal = false;
    std::uint32_t numberStart = 0, numberEnd = 0; // the sequence number's digits
    std::optional<std::uint32_t> signer;        // where "签发人" starts
};
std::optional<DocNumberReading> readDocNumber(std::u16string_view text);

// Recognises the elements; `structure` gives the title, the line roles and the headings.
DocumentElements findElements(const Document& document, const Structure& structure);

// "doc-number", "发文字号", "document number": names for the service and for messages.
std::string_view elementSlug(ElementKind kind);
std::string_view elementNameZh(ElementKind kind);
std::string_view elementNameEn(ElementKind kind);

// The document as a tree, for the service's getStructure: the elements in order, and inside the
// body (and inside each attachment) the headings of its outline, nested by level.
struct StructureNode {
    enum class Kind : std::uint8_t { Element, Heading } kind = Kind::Element;
    ElementKind element = ElementKind::Body; // Kind::Element
    std::uint32_t first = 0, last = 0;       // paragraphs, inclusive; a heading spans its section
    Confidence confidence = Confidence::High;
    int level = 0;             // Kind::Heading: 1 一、 … 4 （1）, 5 circled
    std::u16string marker;     // Kind::Heading: "（一）" as typed or the list label
    std::uint32_t paragraph = 0; // Kind::Heading: the heading's paragraph (= first)
    std::vector<StructureNode> children;
};

std::vector<StructureNode> documentTree(const Document& document, const Structure& structure);

} // namespace gw
