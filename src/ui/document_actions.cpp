#include "document_actions.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <vector>

using namespace css;

namespace gwui {

namespace {

// Walks a text (the body or a table cell) the way the checker's adapter does; stops once
// paragraph `wanted` is reached.
bool findParagraph(const Reference<text::XText>& text, sal_Int32 wanted, sal_Int32& seen,
                   Reference<text::XTextRange>& found)
{
    Reference<container::XEnumerationAccess> access(text, uno::UNO_QUERY);
    if (!access.is())
        return false;
    Reference<container::XEnumeration> elements = access->createEnumeration();
    while (elements->hasMoreElements()) {
        Reference<lang::XServiceInfo> element(elements->nextElement(), uno::UNO_QUERY);
        if (!element.is())
            continue;
        if (element->supportsService("com.sun.star.text.TextTable")) {
            Reference<text::XTextTable> table(element, uno::UNO_QUERY_THROW);
            for (const OUString& name : table->getCellNames()) {
                Reference<text::XText> cellText(table->getCellByName(name), uno::UNO_QUERY);
                if (cellText.is() && findParagraph(cellText, wanted, seen, found))
                    return true;
            }
        } else if (element->supportsService("com.sun.star.text.Paragraph")) {
            if (seen++ == wanted) {
                found.set(element, uno::UNO_QUERY);
                return true;
            }
        }
    }
    return false;
}

class UndoContext {
public:
    UndoContext(const Reference<lang::XComponent>& document, const OUString& title)
        : manager_(Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)->getUndoManager())
    {
        manager_->enterUndoContext(title);
    }
    ~UndoContext() { manager_->leaveUndoContext(); }

private:
    Reference<document::XUndoManager> manager_;
};

} // namespace

Reference<text::XTextRange> findingRange(const Reference<lang::XComponent>& document, sal_Int32 paragraph,
                                         sal_Int32 start, sal_Int32 length)
{
    Reference<text::XTextDocument> textDocument(document, uno::UNO_QUERY);
    if (!textDocument.is() || paragraph < 0)
        return {};
    sal_Int32 seen = 0;
    Reference<text::XTextRange> found;
    if (!findParagraph(textDocument->getText(), paragraph, seen, found) || !found.is())
        return {};
    Reference<text::XTextCursor> cursor = found->getText()->createTextCursorByRange(found->getStart());
    const sal_Int32 paragraphLength = found->getString().getLength();
    start = std::min(std::max<sal_Int32>(start, 0), paragraphLength);
    length = std::min(std::max<sal_Int32>(length, 0), paragraphLength - start);
    cursor->goRight(static_cast<sal_Int16>(start), false);
    cursor->goRight(static_cast<sal_Int16>(length), true);
    return Reference<text::XTextRange>(cursor, uno::UNO_QUERY);
}

bool selectRange(const Reference<lang::XComponent>& document, const Reference<text::XTextRange>& range)
{
    Reference<frame::XModel> model(document, uno::UNO_QUERY);
    if (!model.is() || !range.is())
        return false;
    Reference<frame::XController> controller = model->getCurrentController();
    Reference<view::XSelectionSupplier> selection(controller, uno::UNO_QUERY);
    if (!selection.is())
        return false;
    return selection->select(uno::Any(range));
}

int insertAnnotations(const Reference<uno::XComponentContext>& context, const Reference<lang::XComponent>& document,
                      const Sequence<org::gwcheck::Finding>& findings)
{
    Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    UndoContext undo(document, tr(context, "annotate.undo"));
    int inserted = 0;
    for (const org::gwcheck::Finding& finding : findings) {
        Reference<text::XTextRange> range = findingRange(document, finding.Paragraph, finding.Start, finding.Length);
        if (!range.is())
            continue;
        Reference<beans::XPropertySet> annotation(
            factory->createInstance("com.sun.star.text.textfield.Annotation"), uno::UNO_QUERY_THROW);
        annotation->setPropertyValue("Author", uno::Any(tr(context, "annotate.author")));
        annotation->setPropertyValue("Content", uno::Any(finding.Rule + " " + finding.Message));
        Reference<text::XTextContent> content(annotation, uno::UNO_QUERY_THROW);
        // A collapsed range would make a point comment; the finding's text is what it is about.
        range->getText()->insertTextContent(range, content, !range->getString().isEmpty());
        ++inserted;
    }
    return inserted;
}

int removeAnnotations(const Reference<uno::XComponentContext>& context, const Reference<lang::XComponent>& document)
{
    Reference<text::XTextFieldsSupplier> supplier(document, uno::UNO_QUERY_THROW);
    const OUString author = tr(context, "annotate.author");
    std::vector<Reference<text::XTextField>> ours;
    Reference<container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<lang::XServiceInfo> info(fields->nextElement(), uno::UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation"))
            continue;
        OUString fieldAuthor;
        Reference<beans::XPropertySet>(info, uno::UNO_QUERY_THROW)->getPropertyValue("Author") >>= fieldAuthor;
        if (fieldAuthor == author)
            ours.emplace_back(info, uno::UNO_QUERY);
    }
    UndoContext undo(document, tr(context, "annotate.undoremove"));
    for (const Reference<text::XTextField>& field : ours) {
        Reference<text::XTextRange> anchor = field->getAnchor();
        anchor->getText()->removeTextContent(Reference<text::XTextContent>(field, uno::UNO_QUERY_THROW));
    }
    return static_cast<int>(ours.size());
}

} // namespace gwui
