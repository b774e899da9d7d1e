#include "document_actions.hpp"

#include "adapter.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <vector>

using namespace css;

namespace gwui {

Reference<text::XTextRange> findingRange(const Reference<lang::XComponent>& document, sal_Int32 paragraph,
                                         sal_Int32 start, sal_Int32 length)
{
    if (paragraph < 0 || start < 0 || length < 0)
        return {};
    // The checker's own reading of the document: the same paragraph numbering and the same
    // mapping of offsets to Writer positions as the fixes use.
    const gwcheck::uno::WriterDocument writer(document);
    return writer.range(static_cast<std::uint32_t>(paragraph), static_cast<std::uint32_t>(start),
                        static_cast<std::uint32_t>(length));
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
    const gwcheck::uno::WriterDocument writer(document);
    const gwcheck::uno::UndoStep undo(writer.textDocument(), tr(context, "annotate.undo"));
    int inserted = 0;
    for (const org::gwcheck::Finding& finding : findings) {
        if (finding.Paragraph < 0 || finding.Start < 0 || finding.Length < 0)
            continue;
        // Mapped when used: the comments inserted before are portions without text, so they do
        // not shift a later finding's offsets.
        Reference<text::XTextRange> range =
            writer.range(static_cast<std::uint32_t>(finding.Paragraph), static_cast<std::uint32_t>(finding.Start),
                         static_cast<std::uint32_t>(finding.Length));
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
    const gwcheck::uno::UndoStep undo(Reference<text::XTextDocument>(document, uno::UNO_QUERY_THROW),
                                      tr(context, "annotate.undoremove"));
    for (const Reference<text::XTextField>& field : ours) {
        Reference<text::XTextRange> anchor = field->getAnchor();
        anchor->getText()->removeTextContent(Reference<text::XTextContent>(field, uno::UNO_QUERY_THROW));
    }
    return static_cast<int>(ours.size());
}

} // namespace gwui
