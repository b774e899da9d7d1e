#include "adapter.hxx"

#include "strings.hxx"

#include "layout.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/TextGridMode.hpp>

#include <rtl/ustrbuf.hxx>

#include <algorithm>
#include <cmath>
#include <set>

namespace gwcheck::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// Enum-typed properties come as the enum or as its short value, depending on the property.
sal_Int32 enumValue(const Any& value)
{
    if (value.getValueTypeClass() == css::uno::TypeClass_ENUM)
        return *static_cast<const sal_Int32*>(value.getValue());
    sal_Int32 number = 0;
    value >>= number;
    return number;
}

double doubleValue(const Any& value)
{
    double number = 0;
    value >>= number;
    return number;
}

// One stretch of a paragraph's visible text, in model offsets. Only plain text portions can be
// edited inside: a field's text is what Writer shows, not characters a cursor can step through.
struct Segment {
    Reference<css::text::XTextRange> portion;
    std::uint32_t start = 0;
    rtl::OUString text; // as Writer gave it: the reader copies it once, into the model
    bool editable = false;

    std::uint32_t end() const { return start + static_cast<std::uint32_t>(text.getLength()); }
    std::u16string_view view() const { return u16view(text); }
};

// Portion types whose text a reader sees; everything else (bookmarks, redline and fieldmark
// marks, frames, soft page breaks) has no text of its own.
bool isAtom(const rtl::OUString& type)
{
    return type == "TextField" || type == "Footnote" || type == "InContentMetadata";
}

// A field whose shown text comes from Writer's layout: a page number reads "0" in a document
// opened without a view (the CLI) and "1" or "7" in Writer, and changes whenever text above it
// grows. Such a field is read as one object replacement character, so that the model, and the
// finding keys made from it, are the same however the document was opened.
bool showsLayoutValue(const Reference<css::beans::XPropertySet>& portion)
{
    static const std::set<rtl::OUString> kLayoutFields = {
        "com.sun.star.text.textfield.PageNumber",     "com.sun.star.text.textfield.PageCount",
        "com.sun.star.text.textfield.Chapter",        "com.sun.star.text.textfield.GetReference",
        "com.sun.star.text.textfield.WordCount",      "com.sun.star.text.textfield.CharacterCount",
        "com.sun.star.text.textfield.ParagraphCount", "com.sun.star.text.textfield.TableCount",
        "com.sun.star.text.textfield.GraphicObjectCount", "com.sun.star.text.textfield.EmbeddedObjectCount",
    };
    const Reference<css::lang::XServiceInfo> field(portion->getPropertyValue("TextField"), UNO_QUERY);
    if (!field.is())
        return false;
    // One call for the field's services, not one per service asked about.
    for (const rtl::OUString& service : field->getSupportedServiceNames())
        if (kLayoutFields.count(service))
            return true;
    return false;
}

constexpr char16_t kObjectReplacement = u'\uFFFC';

// The most paragraphs reserved in advance on the word of a file's statistics (12 MiB of model;
// a hostile file may announce any number).
constexpr sal_Int32 kMaxReservedParagraphs = 1 << 16;

// A run's highlighting: the highlight colour Word documents carry, else a character background
// that shows on white paper.
std::int32_t highlightOf(const Any& highlight, const Any& background)
{
    sal_Int32 color = gw::kAutoColor;
    highlight >>= color;
    if (color != gw::kAutoColor)
        return color;
    background >>= color;
    return color == 0xFFFFFF ? gw::kAutoColor : color;
}

// What is read of a portion in one call: its character formatting and, last, its type
// (XMultiPropertySet wants the names sorted). Out of the template below, so that its uses share them.
const Sequence<rtl::OUString>& portionProperties()
{
    static const Sequence<rtl::OUString> names = [] {
        Sequence<rtl::OUString> names(11);
        names[0] = "CharBackColor";
        names[1] = "CharColor";
        names[2] = "CharFontName";
        names[3] = "CharFontNameAsian";
        names[4] = "CharHeightAsian";
        names[5] = "CharHighlight";
        names[6] = "CharPosture";
        names[7] = "CharPostureAsian";
        names[8] = "CharWeight";
        names[9] = "CharWeightAsian";
        names[10] = "TextPortionType";
        return names;
    }();
    return names;
}

// Its type alone.
const Sequence<rtl::OUString>& portionTypeOnly()
{
    static const Sequence<rtl::OUString> names(&portionProperties()[10], 1);
    return names;
}

// Calls `visit` with each visible segment of the paragraph (given as its XEnumerationAccess:
// its portions), skipping text inside tracked deletions (still in the document until
// accepted, but no longer part of what the author wrote). With `runs`, reads the character
// formatting too.
template <typename Visit>
void forEachSegment(const Reference<css::container::XEnumerationAccess>& paragraph, std::vector<gw::TextRun>* runs,
                    Visit&& visit)
{
    const Reference<css::container::XEnumeration> portions = paragraph->createEnumeration();
    bool deleted = false;
    std::uint32_t offset = 0;
    while (portions->hasMoreElements()) {
        // Writer hands each portion out as an XTextRange: taken as it is, not asked for again.
        Reference<css::text::XTextRange> range;
        portions->nextElement() >>= range;
        const Reference<css::beans::XMultiPropertySet> properties(range, UNO_QUERY);
        if (!properties.is())
            continue;
        // An empty portion (a .docx has one at the end of every paragraph, the paragraph mark's
        // run) only matters as a tracked change's start or end: its character formatting, a
        // merge of every attribute over the portion in Writer, is not read.
        rtl::OUString portionText = range->getString();
        const bool formattingRead = runs && !portionText.isEmpty();
        Sequence<Any> values = properties->getPropertyValues(formattingRead ? portionProperties() : portionTypeOnly());
        rtl::OUString type;
        values[values.getLength() - 1] >>= type;
        if (type == "Redline") {
            const Reference<css::beans::XPropertySet> redline(properties, UNO_QUERY_THROW);
            rtl::OUString redlineType;
            bool isStart = false;
            redline->getPropertyValue("RedlineType") >>= redlineType;
            redline->getPropertyValue("IsStart") >>= isStart;
            if (redlineType == "Delete")
                deleted = isStart;
            continue;
        }
        const bool editable = type == "Text";
        if (deleted || (!editable && !isAtom(type)))
            continue;
        const bool layoutField =
            type == "TextField" && showsLayoutValue(Reference<css::beans::XPropertySet>(properties, UNO_QUERY_THROW));
        if (portionText.isEmpty() && !layoutField)
            continue;
        if (runs && !formattingRead) // a layout field that shows nothing without a layout
            values = properties->getPropertyValues(portionProperties());
        Segment segment;
        segment.portion = std::move(range);
        segment.start = offset;
        segment.text = layoutField ? rtl::OUString(kObjectReplacement) : std::move(portionText);
        segment.editable = editable;
        offset = segment.end();
        if (runs) {
            gw::TextRun run;
            run.start = segment.start;
            run.length = static_cast<std::uint32_t>(segment.text.getLength());
            run.highlight = highlightOf(values[5], values[0]);
            values[1] >>= run.color;
            rtl::OUString font;
            values[2] >>= font;
            run.fontWestern = u16(font);
            font.clear();
            values[3] >>= font;
            run.fontAsian = u16(font);
            run.sizePt = doubleValue(values[4]);
            auto italic = [](const Any& value) {
                const sal_Int32 slant = enumValue(value);
                return slant == sal_Int32(css::awt::FontSlant_OBLIQUE) || slant == sal_Int32(css::awt::FontSlant_ITALIC) ||
                       slant == sal_Int32(css::awt::FontSlant_REVERSE_OBLIQUE) ||
                       slant == sal_Int32(css::awt::FontSlant_REVERSE_ITALIC);
            };
            run.italic = italic(values[6]) || italic(values[7]);
            run.bold = doubleValue(values[8]) >= css::awt::FontWeight::BOLD ||
                       doubleValue(values[9]) >= css::awt::FontWeight::BOLD;
            runs->push_back(std::move(run));
        }
        visit(std::move(segment));
    }
}

sal_Int32 codePoints(std::u16string_view text)
{
    sal_Int32 count = 0;
    for (std::size_t i = 0; i < text.size(); ++i, ++count)
        if (text[i] >= 0xD800 && text[i] < 0xDC00 && i + 1 < text.size())
            ++i;
    return count;
}

// A collapsed range at model offset `offset` of the paragraph, or null when the offset falls
// inside a field. `atEnd` prefers the end of the segment before the offset over the start of
// the one after it, so that a range never reaches over a tracked deletion or a field.
Reference<css::text::XTextRange> positionAt(const Reference<css::text::XTextContent>& paragraph,
                                            std::uint32_t offset, bool atEnd)
{
    std::vector<Segment> segments;
    forEachSegment(Reference<css::container::XEnumerationAccess>(paragraph, UNO_QUERY_THROW), nullptr,
                   [&](Segment&& segment) { segments.push_back(std::move(segment)); });
    const Segment* hit = nullptr;
    for (const Segment& segment : segments) {
        const bool inside = atEnd ? segment.start < offset && offset <= segment.end()
                                  : segment.start <= offset && offset < segment.end();
        if (inside) {
            hit = &segment;
            break;
        }
    }
    if (!hit) {
        // An empty paragraph, or the very end of it.
        const Reference<css::text::XTextRange> whole = paragraph->getAnchor();
        if (segments.empty())
            return offset == 0 ? whole->getStart() : nullptr;
        if (offset == segments.back().end())
            return segments.back().portion->getEnd();
        if (offset == 0)
            return segments.front().portion->getStart();
        return nullptr;
    }
    if (offset == hit->start)
        return hit->portion->getStart();
    if (offset == hit->end())
        return hit->portion->getEnd();
    if (!hit->editable)
        return nullptr;
    // Writer's cursor steps by code points: a surrogate pair is one step.
    const Reference<css::text::XTextCursor> cursor = hit->portion->getText()->createTextCursorByRange(hit->portion->getStart());
    for (sal_Int32 steps = codePoints(hit->view().substr(0, offset - hit->start)); steps > 0;) {
        const auto step = static_cast<sal_Int16>(std::min<sal_Int32>(steps, SAL_MAX_INT16));
        cursor->goRight(step, false);
        steps -= step;
    }
    return Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW);
}

// A cursor over [start, end) of the paragraph, or null when Writer cannot address it.
Reference<css::text::XTextCursor> rangeOf(const Reference<css::text::XTextContent>& paragraph, std::uint32_t start,
                                          std::uint32_t end)
{
    const Reference<css::text::XTextRange> from = positionAt(paragraph, start, false);
    const Reference<css::text::XTextRange> to = end == start ? from : positionAt(paragraph, end, true);
    if (!from.is() || !to.is())
        return nullptr;
    const Reference<css::text::XTextCursor> cursor = from->getText()->createTextCursorByRange(from);
    cursor->gotoRange(to, true);
    return cursor;
}

gw::Alignment alignmentOf(sal_Int32 adjust)
{
    switch (static_cast<css::style::ParagraphAdjust>(adjust)) {
    case css::style::ParagraphAdjust_CENTER: return gw::Alignment::Center;
    case css::style::ParagraphAdjust_RIGHT: return gw::Alignment::Right;
    case css::style::ParagraphAdjust_BLOCK:
    case css::style::ParagraphAdjust_STRETCH: return gw::Alignment::Justify;
    default: return gw::Alignment::Left;
    }
}

Reference<css::beans::XPropertySet> userProperties(const Reference<css::text::XTextDocument>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                               UNO_QUERY_THROW);
}

std::vector<std::u16string> splitLines(const rtl::OUString& text)
{
    std::vector<std::u16string> lines;
    sal_Int32 index = 0;
    while (index >= 0) {
        const rtl::OUString line = text.getToken(0, '\n', index).trim();
        if (!line.isEmpty())
            lines.push_back(u16(line));
    }
    return lines;
}

constexpr double kHundredthMmPerPt = 2540.0 / 72.0;

// A page style's properties in the units the model uses.
class PageStyleValues {
public:
    explicit PageStyleValues(const Reference<css::beans::XPropertySet>& style) : style_(style) {}
    Any get(const char* name) const { return style_->getPropertyValue(rtl::OUString::createFromAscii(name)); }
    double mm(const char* name) const
    {
        sal_Int32 hundredthMm = 0;
        get(name) >>= hundredthMm;
        return hundredthMm / 100.0;
    }
    bool flag(const char* name) const
    {
        bool on = false;
        get(name) >>= on;
        return on;
    }
    // Writer counts a header or footer, with its spacing, inside the page margins' box: the type
    // area begins below the header and ends above the footer.
    double headerMm() const { return flag("HeaderIsOn") ? mm("HeaderHeight") : 0; }
    double footerMm() const { return flag("FooterIsOn") ? mm("FooterHeight") : 0; }
    double typeAreaTopMm() const { return mm("TopMargin") + headerMm(); }
    double typeAreaBottomMm() const { return mm("BottomMargin") + footerMm(); }

private:
    Reference<css::beans::XPropertySet> style_;
};

gw::LineSpacing lineSpacingOf(const Any& value)
{
    css::style::LineSpacing spacing;
    gw::LineSpacing out;
    if (!(value >>= spacing))
        return out;
    switch (spacing.Mode) {
    case css::style::LineSpacingMode::MINIMUM: out.rule = gw::LineSpacingRule::AtLeast; break;
    case css::style::LineSpacingMode::LEADING: out.rule = gw::LineSpacingRule::Leading; break;
    case css::style::LineSpacingMode::FIX: out.rule = gw::LineSpacingRule::Exactly; break;
    default: out.rule = gw::LineSpacingRule::Proportional; break;
    }
    out.value = out.rule == gw::LineSpacingRule::Proportional ? spacing.Height : spacing.Height / kHundredthMmPerPt;
    return out;
}

bool isPageNumberField(const Reference<css::beans::XPropertySet>& portion)
{
    const Reference<css::lang::XServiceInfo> field(portion->getPropertyValue("TextField"), UNO_QUERY);
    return field.is() && field->supportsService("com.sun.star.text.textfield.PageNumber");
}

// A footer's text as the reader sees it, fields as U+FFFC, and where its page number is.
gw::Footer footerOf(const Reference<css::text::XText>& text)
{
    gw::Footer footer;
    if (!text.is())
        return footer;
    const Reference<css::container::XEnumeration> paragraphs =
        Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
    bool first = true;
    while (paragraphs->hasMoreElements()) {
        const Reference<css::container::XEnumerationAccess> paragraph(paragraphs->nextElement(), UNO_QUERY);
        const Reference<css::beans::XPropertySet> properties(paragraph, UNO_QUERY);
        if (!paragraph.is() || !properties.is())
            continue; // a table in the footer
        if (!first)
            footer.text += u'\n';
        bool holdsNumber = false;
        const Reference<css::container::XEnumeration> portions = paragraph->createEnumeration();
        while (portions->hasMoreElements()) {
            const Reference<css::beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY);
            rtl::OUString type;
            portion->getPropertyValue("TextPortionType") >>= type;
            if (type == "TextField") {
                if (footer.pageNumberAt < 0 && isPageNumberField(portion)) {
                    footer.pageNumberAt = static_cast<int>(footer.text.size());
                    holdsNumber = true;
                }
                footer.text += kObjectReplacement;
            } else if (type == "Text") {
                footer.text += u16(Reference<css::text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
            }
        }
        if (first || holdsNumber) {
            footer.alignment = alignmentOf(enumValue(properties->getPropertyValue("ParaAdjust")));
            sal_Int32 hundredthMm = 0;
            properties->getPropertyValue("ParaLeftMargin") >>= hundredthMm;
            footer.leftIndentMm = hundredthMm / 100.0;
            hundredthMm = 0;
            properties->getPropertyValue("ParaRightMargin") >>= hundredthMm;
            footer.rightIndentMm = hundredthMm / 100.0;
        }
        first = false;
    }
    return footer;
}

css::style::ParagraphAdjust adjustOf(gw::Alignment alignment)
{
    switch (alignment) {
    case gw::Alignment::Center: return css::style::ParagraphAdjust_CENTER;
    case gw::Alignment::Right: return css::style::ParagraphAdjust_RIGHT;
    case gw::Alignment::Justify: return css::style::ParagraphAdjust_BLOCK;
    case gw::Alignment::Left: break;
    }
    return css::style::ParagraphAdjust_LEFT;
}

sal_Int32 hundredthMm(double mm) { return static_cast<sal_Int32>(std::lround(mm * 100)); }

// GB/T 9704 §7.5: the 一字线 7 mm below the type area; a line of 四号 (14 pt) below that.
constexpr double kFooterDistanceMm = 7, kFooterLineMm = 6;
constexpr float kPageNumberPt = 14;

// A text grid's line is the type area's height divided by its lines: set again whenever the
// page or its margins change, so that the lines keep filling the type area.
void fitTextGrid(const Reference<css::beans::XPropertySet>& style)
{
    const PageStyleValues values(style);
    sal_Int16 lines = 0;
    values.get("GridLines") >>= lines;
    if (enumValue(values.get("GridMode")) == css::text::TextGridMode::NONE || lines <= 0)
        return;
    const double typeAreaMm = values.mm("Height") - values.typeAreaTopMm() - values.typeAreaBottomMm();
    sal_Int32 ruby = 0;
    values.get("GridRubyHeight") >>= ruby;
    // Rounded down: 22 lines of the rounded-up height would not fit, and Writer would set 21.
    const auto lineHeight = static_cast<sal_Int32>(typeAreaMm * 100 / lines) - ruby;
    if (lineHeight > 0)
        style->setPropertyValue("GridBaseHeight", Any(lineHeight));
}

// Replaces the footer's text by `— N —`: a page-number field between 一字线, 四号 宋体, placed as
// asked (odd pages right and even pages left, one character in; or centred).
void writePageNumber(const Reference<css::text::XText>& footer, const Reference<css::lang::XMultiServiceFactory>& factory,
                     gw::Alignment alignment)
{
    footer->setString(rtl::OUString());
    const Reference<css::text::XTextCursor> cursor = footer->createTextCursor();
    const Reference<css::text::XTextRange> at(cursor, UNO_QUERY_THROW);
    footer->insertString(at, ou(std::u16string_view(u"\u2014 ")), false);
    const Reference<css::beans::XPropertySet> field(factory->createInstance("com.sun.star.text.TextField.PageNumber"),
                                                   UNO_QUERY_THROW);
    field->setPropertyValue("NumberingType", Any(css::style::NumberingType::ARABIC));
    field->setPropertyValue("SubType", Any(css::text::PageNumberType_CURRENT));
    footer->insertTextContent(at, Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
    footer->insertString(at, ou(std::u16string_view(u" \u2014")), false);
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    const Reference<css::beans::XPropertySet> text(cursor, UNO_QUERY_THROW);
    for (const char* name : {"CharFontName", "CharFontNameAsian"})
        text->setPropertyValue(rtl::OUString::createFromAscii(name), Any(ou(gw::kSongFamily.zh)));
    text->setPropertyValue("CharHeight", Any(kPageNumberPt));
    text->setPropertyValue("CharHeightAsian", Any(kPageNumberPt));
    text->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(adjustOf(alignment))));
    const sal_Int32 oneCharacter = hundredthMm(gw::kPageNumberIndentMm);
    text->setPropertyValue("ParaFirstLineIndent", Any(sal_Int32(0)));
    text->setPropertyValue("ParaLeftMargin", Any(alignment == gw::Alignment::Left ? oneCharacter : sal_Int32(0)));
    text->setPropertyValue("ParaRightMargin", Any(alignment == gw::Alignment::Right ? oneCharacter : sal_Int32(0)));
}

} // namespace

WriterDocument::WriterDocument(const Reference<css::lang::XComponent>& component, Formatting formatting)
    : document_(component, UNO_QUERY)
{
    const Reference<css::lang::XServiceInfo> info(component, UNO_QUERY);
    if (!document_.is() || !info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
        throw css::lang::IllegalArgumentException("gwcheck: the document is not a Writer text document", nullptr, 0);
    read(formatting);
}

bool WriterDocument::loadedFromPlainText() const
{
    const Reference<css::frame::XModel> model(document_, UNO_QUERY);
    if (!model.is())
        return false;
    for (const css::beans::PropertyValue& argument : model->getArgs()) {
        rtl::OUString filter;
        if (argument.Name == "FilterName" && (argument.Value >>= filter))
            return filter.startsWith("Text");
    }
    return false;
}

void WriterDocument::read(Formatting formatting)
{
    static const Sequence<rtl::OUString> kParagraphProperties = [] {
        Sequence<rtl::OUString> names(10);
        names[0] = "ListLabelString";
        names[1] = "OutlineLevel";
        names[2] = "PageDescName";
        names[3] = "ParaAdjust";
        names[4] = "ParaBottomMargin";
        names[5] = "ParaFirstLineIndent";
        names[6] = "ParaLeftMargin";
        names[7] = "ParaLineSpacing";
        names[8] = "ParaStyleName";
        names[9] = "ParaTopMargin";
        return names;
    }();

    // A document that came from plain text has only Writer's default formatting: its fonts and
    // sizes say nothing about the author's, so the model leaves them unknown (no runs).
    const bool plainText = loadedFromPlainText();
    const bool readRuns = !plainText && formatting == Formatting::Read;
    // The page styles body paragraphs start, with the first paragraph on each.
    std::vector<std::pair<rtl::OUString, std::uint32_t>> pageStylesUsed;

    // Depth first in document order: a table's cells are read where the table stands.
    auto readText = [&](auto& self, const Reference<css::text::XText>& text, gw::Container container) -> void {
        const Reference<css::container::XEnumeration> elements =
            Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
        while (elements->hasMoreElements()) {
            // Writer's text enumerates paragraphs and tables, each handed out as an XTextContent
            // (taken as it is); a paragraph enumerates its portions, a table does not. Asking for
            // the interfaces read is cheaper than asking for the service (a sequence of names).
            const Any element = elements->nextElement();
            Reference<css::text::XTextContent> content;
            element >>= content;
            const Reference<css::container::XEnumerationAccess> portions(content, UNO_QUERY);
            if (!portions.is()) {
                if (const Reference<css::text::XTextTable> table{element, UNO_QUERY}; table.is())
                    for (const rtl::OUString& name : table->getCellNames())
                        self(self, Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY_THROW),
                             gw::Container::Table);
                continue;
            }
            const Reference<css::beans::XMultiPropertySet> multi(content, UNO_QUERY);
            if (!multi.is())
                continue;
            const Sequence<Any> values = multi->getPropertyValues(kParagraphProperties);
            gw::Paragraph paragraph;
            forEachSegment(portions, readRuns ? &paragraph.runs : nullptr,
                           [&](Segment&& segment) { paragraph.text.append(segment.view()); });
            rtl::OUString string;
            values[0] >>= string;
            paragraph.listLabel = u16(string);
            sal_Int16 outline = 0;
            values[1] >>= outline;
            paragraph.outlineLevel = outline;
            paragraph.alignment = alignmentOf(enumValue(values[3]));
            auto mm = [&](sal_Int32 index) {
                sal_Int32 hundredthMm = 0;
                values[index] >>= hundredthMm;
                return hundredthMm / 100.0;
            };
            paragraph.spaceAfterMm = mm(4);
            paragraph.firstLineIndentMm = mm(5);
            paragraph.leftIndentMm = mm(6);
            paragraph.lineSpacing = lineSpacingOf(values[7]);
            paragraph.spaceBeforeMm = mm(9);
            string.clear();
            values[8] >>= string;
            paragraph.styleName = u16(string);
            paragraph.container = container;
            if (!plainText && container == gw::Container::Body) {
                // A page style starts where a paragraph names one (a page break with a style);
                // before the first such break, the one the layout shows, and without a layout
                // (a frameless load) the default page style.
                string.clear();
                values[2] >>= string;
                if (string.isEmpty() && paragraphs_.empty()) {
                    Reference<css::beans::XPropertySet>(element, UNO_QUERY_THROW)->getPropertyValue("PageStyleName") >>= string;
                    if (string.isEmpty())
                        string = "Standard";
                }
                if (!string.isEmpty())
                    pageStylesUsed.emplace_back(string, static_cast<std::uint32_t>(paragraphs_.size()));
            }
            model_.paragraphs.push_back(std::move(paragraph));
            paragraphs_.push_back(content);
        }
    };
    reserveParagraphs();
    readText(readText, document_->getText(), gw::Container::Body);
    readPageStyles(std::move(pageStylesUsed));

    const Reference<css::beans::XPropertySet> user = userProperties(document_);
    if (user->getPropertySetInfo()->hasPropertyByName(kIgnoredProperty)) {
        rtl::OUString ignored;
        user->getPropertyValue(kIgnoredProperty) >>= ignored;
        model_.ignoredFindings = splitLines(ignored);
    }
}

// Room for the paragraphs the document's statistics announce (a 20,000-paragraph report spent
// a tenth of its reading time moving the model while it grew). Only a hint: the statistics come
// from the file and may be stale or missing.
void WriterDocument::reserveParagraphs()
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document_, UNO_QUERY);
    if (!supplier.is())
        return;
    for (const css::beans::NamedValue& statistic : supplier->getDocumentProperties()->getDocumentStatistics()) {
        sal_Int32 count = 0;
        if (statistic.Name == "ParagraphCount" && (statistic.Value >>= count) && count > 0) {
            const auto expected = static_cast<std::size_t>(std::min<sal_Int32>(count, kMaxReservedParagraphs));
            model_.paragraphs.reserve(expected);
            paragraphs_.reserve(expected);
        }
    }
}

Reference<css::beans::XPropertySet> WriterDocument::pageStyle(const std::u16string& name) const
{
    const Reference<css::style::XStyleFamiliesSupplier> families(document_, UNO_QUERY);
    if (!families.is())
        return nullptr;
    const Reference<css::container::XNameAccess> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                            UNO_QUERY_THROW);
    if (!pageStyles->hasByName(ou(name)))
        return nullptr;
    return Reference<css::beans::XPropertySet>(pageStyles->getByName(ou(name)), UNO_QUERY);
}

void WriterDocument::readPageStyles(std::vector<std::pair<rtl::OUString, std::uint32_t>> used)
{
    for (std::size_t next = 0; next < used.size(); ++next) {
        const auto [name, firstParagraph] = used[next];
        const std::u16string styleName = u16(name);
        if (std::any_of(model_.pageStyles.begin(), model_.pageStyles.end(),
                        [&](const gw::PageStyle& style) { return style.name == styleName; }))
            continue;
        const Reference<css::beans::XPropertySet> style = pageStyle(styleName);
        if (!style.is())
            continue;
        const PageStyleValues values(style);
        gw::PageStyle page;
        page.name = styleName;
        page.firstParagraph = firstParagraph;
        page.widthMm = values.mm("Width");
        page.heightMm = values.mm("Height");
        page.leftMm = values.mm("LeftMargin");
        page.rightMm = values.mm("RightMargin");
        page.topMm = values.typeAreaTopMm();
        page.bottomMm = values.typeAreaBottomMm();
        const sal_Int32 grid = enumValue(values.get("GridMode"));
        page.grid = grid == css::text::TextGridMode::LINES             ? gw::TextGrid::Lines
                    : grid == css::text::TextGridMode::LINES_AND_CHARS ? gw::TextGrid::LinesAndChars
                                                                        : gw::TextGrid::None;
        if (page.grid != gw::TextGrid::None) {
            sal_Int16 lines = 0;
            values.get("GridLines") >>= lines;
            page.gridLines = lines;
        }
        if (page.grid == gw::TextGrid::LinesAndChars) {
            // In square page mode (StandardPageMode off) a character cell is as wide as a line is high.
            const double cellMm = values.flag("StandardPageMode") ? values.mm("GridBaseWidth") : values.mm("GridBaseHeight");
            if (cellMm > 0)
                page.gridCharsPerLine = static_cast<int>((page.widthMm - page.leftMm - page.rightMm) / cellMm + 0.01);
        }
        page.footerOn = values.flag("FooterIsOn");
        page.footerShared = !page.footerOn || values.flag("FooterIsShared");
        if (page.footerOn) {
            page.footer = footerOf(Reference<css::text::XText>(values.get("FooterText"), UNO_QUERY));
            if (!page.footerShared)
                page.footerEven = footerOf(Reference<css::text::XText>(values.get("FooterTextLeft"), UNO_QUERY));
        }
        model_.pageStyles.push_back(std::move(page));
        rtl::OUString follow;
        values.get("FollowStyle") >>= follow;
        if (!follow.isEmpty() && follow != name)
            used.emplace_back(follow, firstParagraph);
    }
}

Reference<css::text::XTextRange> WriterDocument::range(std::uint32_t paragraph, std::uint32_t start,
                                                       std::uint32_t length) const
{
    if (paragraph >= paragraphs_.size())
        return nullptr;
    return Reference<css::text::XTextRange>(rangeOf(paragraphs_[paragraph], start, start + length), UNO_QUERY);
}

int WriterDocument::apply(const std::vector<gw::Edit>& edits)
{
    int applied = 0;
    for (const gw::Edit& edit : edits) {
        if (gw::isPageStyleEdit(edit)) {
            applyPageStyleEdit(edit);
            ++applied;
        } else if (gw::paragraphOf(edit) < paragraphs_.size() && apply(edit)) {
            ++applied;
        }
    }
    return applied;
}

std::vector<gw::KeyedEdit> WriterDocument::applyPageStyleEdits(std::vector<std::vector<gw::KeyedEdit>>& passes)
{
    std::vector<gw::KeyedEdit> applied;
    for (std::vector<gw::KeyedEdit>& pass : passes) {
        const auto pageEdits = std::stable_partition(
            pass.begin(), pass.end(), [](const gw::KeyedEdit& keyed) { return !gw::isPageStyleEdit(keyed.edit); });
        for (auto page = pageEdits; page != pass.end(); ++page) {
            applyPageStyleEdit(page->edit);
            applied.push_back(std::move(*page));
        }
        pass.erase(pageEdits, pass.end());
    }
    return applied;
}

bool WriterDocument::apply(const gw::Edit& edit)
{
    const std::uint32_t index = gw::paragraphOf(edit);
    const Reference<css::text::XTextContent>& paragraph = paragraphs_[index];
    if (const auto* replace = std::get_if<gw::ReplaceText>(&edit)) {
        const Reference<css::text::XTextCursor> range = rangeOf(paragraph, replace->start, replace->start + replace->length);
        if (!range.is())
            return false;
        range->setString(ou(replace->replacement));
    } else if (const auto* character = std::get_if<gw::SetCharProperty>(&edit)) {
        const Reference<css::text::XTextCursor> range =
            rangeOf(paragraph, character->start, character->start + character->length);
        if (!range.is())
            return false;
        const Reference<css::beans::XPropertySet> properties(range, UNO_QUERY_THROW);
        switch (character->property) {
        case gw::CharProperty::FontAsian:
            properties->setPropertyValue("CharFontNameAsian", Any(ou(character->text)));
            break;
        case gw::CharProperty::FontWestern:
            properties->setPropertyValue("CharFontName", Any(ou(character->text)));
            break;
        case gw::CharProperty::SizePt:
            // Digits and Latin letters in a heading take the same size as its Chinese text.
            properties->setPropertyValue("CharHeightAsian", Any(static_cast<float>(character->number)));
            properties->setPropertyValue("CharHeight", Any(static_cast<float>(character->number)));
            break;
        case gw::CharProperty::Bold: {
            const float weight = character->number != 0 ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL;
            properties->setPropertyValue("CharWeightAsian", Any(weight));
            properties->setPropertyValue("CharWeight", Any(weight));
            break;
        }
        case gw::CharProperty::Color:
            properties->setPropertyValue("CharColor", Any(static_cast<sal_Int32>(character->number)));
            break;
        case gw::CharProperty::Highlight:
            // Word's highlight and Writer's character background are read as one: both go.
            properties->setPropertyValue("CharHighlight", Any(static_cast<sal_Int32>(character->number)));
            properties->setPropertyValue("CharBackColor", Any(static_cast<sal_Int32>(character->number)));
            break;
        }
    } else if (const auto* split = std::get_if<gw::SplitParagraph>(&edit)) {
        // The line break becomes a paragraph break: Writer gives the new paragraph the old one's
        // style and attributes.
        const Reference<css::text::XTextCursor> range = rangeOf(paragraph, split->start, split->start + split->length);
        if (!range.is())
            return false;
        const Reference<css::text::XTextRange> lineBreak(range, UNO_QUERY_THROW);
        range->getText()->insertControlCharacter(lineBreak, css::text::ControlCharacter::PARAGRAPH_BREAK, true);
    } else if (const auto* property = std::get_if<gw::SetParagraphProperty>(&edit)) {
        const Reference<css::beans::XPropertySet> properties(paragraph, UNO_QUERY_THROW);
        switch (property->property) {
        case gw::ParagraphProperty::OutlineLevel:
            properties->setPropertyValue("OutlineLevel", Any(static_cast<sal_Int16>(property->number)));
            break;
        case gw::ParagraphProperty::NumberingOff: {
            // A direct list style goes; numbering that comes with the paragraph style (outline
            // numbering) is switched off for this paragraph only.
            properties->setPropertyValue("NumberingStyleName", Any(rtl::OUString()));
            rtl::OUString label;
            properties->getPropertyValue("ListLabelString") >>= label;
            if (!label.isEmpty())
                properties->setPropertyValue("NumberingIsNumber", Any(false));
            break;
        }
        case gw::ParagraphProperty::Alignment:
            properties->setPropertyValue(
                "ParaAdjust", Any(static_cast<sal_Int16>(adjustOf(static_cast<gw::Alignment>(static_cast<int>(property->number))))));
            break;
        case gw::ParagraphProperty::SpacingMm:
            properties->setPropertyValue("ParaTopMargin", Any(hundredthMm(property->number)));
            properties->setPropertyValue("ParaBottomMargin", Any(hundredthMm(property->number)));
            break;
        case gw::ParagraphProperty::LineSpacingPercent: {
            css::style::LineSpacing spacing;
            spacing.Mode = css::style::LineSpacingMode::PROP;
            spacing.Height = static_cast<sal_Int16>(property->number);
            properties->setPropertyValue("ParaLineSpacing", Any(spacing));
            break;
        }
        case gw::ParagraphProperty::FirstLineIndentChars: {
            // N characters of the paragraph's own size, so the indent matches its text.
            float sizePt = 16;
            properties->getPropertyValue("CharHeightAsian") >>= sizePt;
            const auto indent = static_cast<sal_Int32>(std::lround(property->number * sizePt * kHundredthMmPerPt));
            properties->setPropertyValue("ParaFirstLineIndent", Any(indent));
            break;
        }
        }
    } else {
        // The paragraph and its break go: select up to the start of the next paragraph, or, for
        // the last one of its text, from the end of the previous one.
        const Reference<css::text::XTextRange> anchor = paragraph->getAnchor();
        const Reference<css::text::XText> text = anchor->getText();
        const Reference<css::text::XParagraphCursor> cursor(text->createTextCursorByRange(anchor->getStart()),
                                                           UNO_QUERY_THROW);
        cursor->gotoEndOfParagraph(true);
        if (!cursor->gotoNextParagraph(true)) {
            cursor->gotoRange(anchor->getStart(), false);
            if (cursor->gotoPreviousParagraph(false)) {
                cursor->gotoEndOfParagraph(false);
                cursor->gotoRange(anchor->getEnd(), true);
            } else {
                cursor->gotoEndOfParagraph(true); // the only paragraph of its text: empty it
            }
        }
        cursor->setString(rtl::OUString());
        paragraphs_.erase(paragraphs_.begin() + index);
        model_.paragraphs.erase(model_.paragraphs.begin() + index);
        return true;
    }
    return true;
}

void WriterDocument::applyPageStyleEdit(const gw::Edit& edit)
{
    if (const auto* property = std::get_if<gw::SetPageStyleProperty>(&edit)) {
        const Reference<css::beans::XPropertySet> style = pageStyle(property->pageStyle);
        if (!style.is())
            return;
        const PageStyleValues values(style);
        const sal_Int32 wanted = hundredthMm(property->number);
        switch (property->property) {
        case gw::PageProperty::WidthMm:
        case gw::PageProperty::HeightMm: {
            const bool width = property->property == gw::PageProperty::WidthMm;
            style->setPropertyValue(width ? rtl::OUString("Width") : rtl::OUString("Height"), Any(wanted));
            style->setPropertyValue("IsLandscape", Any(values.mm("Width") > values.mm("Height")));
            break;
        }
        case gw::PageProperty::TopMm:
            style->setPropertyValue("TopMargin", Any(std::max<sal_Int32>(0, wanted - hundredthMm(values.headerMm()))));
            break;
        case gw::PageProperty::BottomMm:
            style->setPropertyValue("BottomMargin", Any(std::max<sal_Int32>(0, wanted - hundredthMm(values.footerMm()))));
            break;
        case gw::PageProperty::LeftMm: style->setPropertyValue("LeftMargin", Any(wanted)); break;
        case gw::PageProperty::RightMm: style->setPropertyValue("RightMargin", Any(wanted)); break;
        case gw::PageProperty::GridLines:
            style->setPropertyValue("GridMode", Any(css::text::TextGridMode::LINES));
            style->setPropertyValue("GridLines", Any(static_cast<sal_Int16>(property->number)));
            style->setPropertyValue("GridRubyHeight", Any(sal_Int32(0)));
            break;
        }
        fitTextGrid(style);
    } else if (const auto* footer = std::get_if<gw::SetPageNumberFooter>(&edit)) {
        const Reference<css::beans::XPropertySet> style = pageStyle(footer->pageStyle);
        if (!style.is())
            return;
        // The type area keeps its bottom edge: the footer takes its height out of the margin.
        const double typeAreaBottomMm = PageStyleValues(style).typeAreaBottomMm();
        const bool centred = footer->placement == gw::PageNumberPlacement::Centred;
        style->setPropertyValue("FooterIsOn", Any(true));
        style->setPropertyValue("FooterIsShared", Any(centred));
        style->setPropertyValue("FooterIsDynamicHeight", Any(false));
        style->setPropertyValue("FooterBodyDistance", Any(hundredthMm(kFooterDistanceMm)));
        style->setPropertyValue("FooterHeight", Any(hundredthMm(kFooterDistanceMm + kFooterLineMm)));
        style->setPropertyValue("BottomMargin",
                                Any(std::max<sal_Int32>(0, hundredthMm(typeAreaBottomMm - kFooterDistanceMm - kFooterLineMm))));
        const Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
        if (centred) {
            writePageNumber(Reference<css::text::XText>(style->getPropertyValue("FooterText"), UNO_QUERY_THROW), factory,
                            gw::Alignment::Center);
        } else {
            writePageNumber(Reference<css::text::XText>(style->getPropertyValue("FooterText"), UNO_QUERY_THROW), factory,
                            gw::Alignment::Right);
            writePageNumber(Reference<css::text::XText>(style->getPropertyValue("FooterTextLeft"), UNO_QUERY_THROW), factory,
                            gw::Alignment::Left);
        }
        fitTextGrid(style);
    }
}

void WriterDocument::readInstalledFonts(const Reference<css::uno::XComponentContext>& context)
{
    // Fonts are installed with soffice closed: once per process is enough.
    static const std::vector<std::u16string> installed = [&] {
        std::set<std::u16string> names;
        const Reference<css::awt::XToolkit> toolkit(css::awt::Toolkit::create(context), UNO_QUERY_THROW);
        const Reference<css::awt::XDevice> device = toolkit->createScreenCompatibleDevice(1, 1);
        if (device.is())
            for (const css::awt::FontDescriptor& font : device->getFontDescriptors())
                names.insert(u16(font.Name));
        return std::vector<std::u16string>(names.begin(), names.end());
    }();
    model_.installedFonts = installed;
}

void WriterDocument::addIgnoredFindings(const std::vector<rtl::OUString>& keys)
{
    const Reference<css::beans::XPropertySet> user = userProperties(document_);
    rtl::OUString stored;
    const bool exists = user->getPropertySetInfo()->hasPropertyByName(kIgnoredProperty);
    if (exists)
        user->getPropertyValue(kIgnoredProperty) >>= stored;
    std::vector<std::u16string> all = splitLines(stored);
    for (const rtl::OUString& key : keys) {
        const std::u16string wanted = u16(key.trim());
        if (!wanted.empty() && std::find(all.begin(), all.end(), wanted) == all.end())
            all.push_back(wanted);
    }
    rtl::OUStringBuffer joined;
    for (const std::u16string& key : all) {
        if (!joined.isEmpty())
            joined.append('\n');
        joined.append(ou(key));
    }
    const Any value(joined.makeStringAndClear());
    if (exists)
        user->setPropertyValue(kIgnoredProperty, value);
    else
        Reference<css::beans::XPropertyContainer>(user, UNO_QUERY_THROW)
            ->addProperty(kIgnoredProperty, css::beans::PropertyAttribute::REMOVABLE, value);
    model_.ignoredFindings = std::move(all);
}

UndoStep::UndoStep(const Reference<css::text::XTextDocument>& document, const rtl::OUString& title)
    : undoManager_(Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager()),
      model_(document)
{
    Reference<css::frame::XModel>(model_, UNO_QUERY_THROW)->lockControllers();
    try {
        Reference<css::document::XUndoManager>(undoManager_, UNO_QUERY_THROW)->enterUndoContext(title);
    } catch (...) {
        Reference<css::frame::XModel>(model_, UNO_QUERY_THROW)->unlockControllers();
        throw;
    }
}

UndoStep::~UndoStep()
{
    try {
        Reference<css::document::XUndoManager>(undoManager_, UNO_QUERY_THROW)->leaveUndoContext();
    } catch (const css::uno::Exception&) {
        // Leaving can only fail when the context was closed behind our back; nothing to undo then.
    }
    try {
        Reference<css::frame::XModel>(model_, UNO_QUERY_THROW)->unlockControllers();
    } catch (const css::uno::Exception&) {
        // The document was closed during the edits.
    }
}

} // namespace gwcheck::uno
