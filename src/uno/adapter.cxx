#include "adapter.hxx"

#include "strings.hxx"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
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
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

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
    std::u16string text;
    bool editable = false;

    std::uint32_t end() const { return start + static_cast<std::uint32_t>(text.size()); }
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

// The paragraph's visible segments, skipping text inside tracked deletions (still in the
// document until accepted, but no longer part of what the author wrote). With `runs`, reads the
// character formatting too.
std::vector<Segment> segmentsOf(const Reference<css::text::XTextContent>& paragraph, std::vector<gw::TextRun>* runs)
{
    // One call per portion: its type and, when the runs are wanted, its character formatting
    // (XMultiPropertySet wants the names sorted).
    static const Sequence<rtl::OUString> kPortionProperties = [] {
        Sequence<rtl::OUString> names(8);
        names[0] = "CharFontName";
        names[1] = "CharFontNameAsian";
        names[2] = "CharHeightAsian";
        names[3] = "CharPosture";
        names[4] = "CharPostureAsian";
        names[5] = "CharWeight";
        names[6] = "CharWeightAsian";
        names[7] = "TextPortionType";
        return names;
    }();
    static const Sequence<rtl::OUString> kTypeOnly(&kPortionProperties[7], 1);

    std::vector<Segment> segments;
    const Reference<css::container::XEnumeration> portions =
        Reference<css::container::XEnumerationAccess>(paragraph, UNO_QUERY_THROW)->createEnumeration();
    bool deleted = false;
    std::uint32_t offset = 0;
    while (portions->hasMoreElements()) {
        const Reference<css::beans::XMultiPropertySet> properties(portions->nextElement(), UNO_QUERY);
        if (!properties.is())
            continue;
        const Sequence<Any> values = properties->getPropertyValues(runs ? kPortionProperties : kTypeOnly);
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
        Segment segment;
        segment.portion.set(properties, UNO_QUERY_THROW);
        segment.start = offset;
        segment.text = type == "TextField" && showsLayoutValue(Reference<css::beans::XPropertySet>(properties, UNO_QUERY_THROW))
                           ? std::u16string(1, kObjectReplacement)
                           : u16(segment.portion->getString());
        segment.editable = editable;
        if (segment.text.empty())
            continue;
        offset = segment.end();
        if (runs) {
            gw::TextRun run;
            run.start = segment.start;
            run.length = static_cast<std::uint32_t>(segment.text.size());
            rtl::OUString font;
            values[0] >>= font;
            run.fontWestern = u16(font);
            font.clear();
            values[1] >>= font;
            run.fontAsian = u16(font);
            run.sizePt = doubleValue(values[2]);
            auto italic = [](const Any& value) {
                const sal_Int32 slant = enumValue(value);
                return slant == sal_Int32(css::awt::FontSlant_OBLIQUE) || slant == sal_Int32(css::awt::FontSlant_ITALIC) ||
                       slant == sal_Int32(css::awt::FontSlant_REVERSE_OBLIQUE) ||
                       slant == sal_Int32(css::awt::FontSlant_REVERSE_ITALIC);
            };
            run.italic = italic(values[3]) || italic(values[4]);
            run.bold = doubleValue(values[5]) >= css::awt::FontWeight::BOLD ||
                       doubleValue(values[6]) >= css::awt::FontWeight::BOLD;
            runs->push_back(std::move(run));
        }
        segments.push_back(std::move(segment));
    }
    return segments;
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
    const std::vector<Segment> segments = segmentsOf(paragraph, nullptr);
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
    for (sal_Int32 steps = codePoints(std::u16string_view(hit->text).substr(0, offset - hit->start)); steps > 0;) {
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

} // namespace

WriterDocument::WriterDocument(const Reference<css::lang::XComponent>& component)
    : document_(component, UNO_QUERY)
{
    const Reference<css::lang::XServiceInfo> info(component, UNO_QUERY);
    if (!document_.is() || !info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
        throw css::lang::IllegalArgumentException("gwcheck: the document is not a Writer text document", nullptr, 0);
    read();
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

void WriterDocument::read()
{
    static const Sequence<rtl::OUString> kParagraphProperties = [] {
        Sequence<rtl::OUString> names(6);
        names[0] = "ListLabelString";
        names[1] = "OutlineLevel";
        names[2] = "ParaAdjust";
        names[3] = "ParaFirstLineIndent";
        names[4] = "ParaLeftMargin";
        names[5] = "ParaStyleName";
        return names;
    }();

    // A document that came from plain text has only Writer's default formatting: its fonts and
    // sizes say nothing about the author's, so the model leaves them unknown (no runs).
    const bool plainText = loadedFromPlainText();

    // Depth first in document order: a table's cells are read where the table stands.
    auto readText = [&](auto& self, const Reference<css::text::XText>& text, gw::Container container) -> void {
        const Reference<css::container::XEnumeration> elements =
            Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
        while (elements->hasMoreElements()) {
            const Any element = elements->nextElement();
            if (const Reference<css::text::XTextTable> table{element, UNO_QUERY}; table.is()) {
                for (const rtl::OUString& name : table->getCellNames())
                    self(self, Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY_THROW), gw::Container::Table);
                continue;
            }
            const Reference<css::lang::XServiceInfo> info(element, UNO_QUERY);
            if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph"))
                continue;
            const Reference<css::text::XTextContent> content(element, UNO_QUERY_THROW);
            const Sequence<Any> values =
                Reference<css::beans::XMultiPropertySet>(element, UNO_QUERY_THROW)->getPropertyValues(kParagraphProperties);
            gw::Paragraph paragraph;
            for (const Segment& segment : segmentsOf(content, plainText ? nullptr : &paragraph.runs))
                paragraph.text += segment.text;
            rtl::OUString string;
            values[0] >>= string;
            paragraph.listLabel = u16(string);
            sal_Int16 outline = 0;
            values[1] >>= outline;
            paragraph.outlineLevel = outline;
            paragraph.alignment = alignmentOf(enumValue(values[2]));
            sal_Int32 hundredthMm = 0;
            values[3] >>= hundredthMm;
            paragraph.firstLineIndentMm = hundredthMm / 100.0;
            hundredthMm = 0;
            values[4] >>= hundredthMm;
            paragraph.leftIndentMm = hundredthMm / 100.0;
            string.clear();
            values[5] >>= string;
            paragraph.styleName = u16(string);
            paragraph.container = container;
            if (paragraphs_.empty())
                readPageSetup(Reference<css::beans::XPropertySet>(element, UNO_QUERY_THROW));
            model_.paragraphs.push_back(std::move(paragraph));
            paragraphs_.push_back(content);
        }
    };
    readText(readText, document_->getText(), gw::Container::Body);

    const Reference<css::beans::XPropertySet> user = userProperties(document_);
    if (user->getPropertySetInfo()->hasPropertyByName(kIgnoredProperty)) {
        rtl::OUString ignored;
        user->getPropertyValue(kIgnoredProperty) >>= ignored;
        model_.ignoredFindings = splitLines(ignored);
    }
}

void WriterDocument::readPageSetup(const Reference<css::beans::XPropertySet>& firstParagraph)
{
    rtl::OUString pageStyle;
    firstParagraph->getPropertyValue("PageStyleName") >>= pageStyle;
    const Reference<css::style::XStyleFamiliesSupplier> families(document_, UNO_QUERY);
    if (pageStyle.isEmpty() || !families.is())
        return;
    const Reference<css::container::XNameAccess> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                            UNO_QUERY_THROW);
    if (!pageStyles->hasByName(pageStyle))
        return;
    const Reference<css::beans::XPropertySet> style(pageStyles->getByName(pageStyle), UNO_QUERY_THROW);
    auto mm = [&](const char* name) {
        sal_Int32 hundredthMm = 0;
        style->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= hundredthMm;
        return hundredthMm / 100.0;
    };
    model_.page = gw::PageSetup{mm("Width"), mm("Height"), mm("TopMargin"), mm("BottomMargin"),
                                mm("LeftMargin"), mm("RightMargin")};
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
    for (const gw::Edit& edit : edits)
        if (gw::paragraphOf(edit) < paragraphs_.size() && apply(edit))
            ++applied;
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
