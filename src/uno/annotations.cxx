#include "annotations.hxx"

#include "strings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace gwcheck::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

int insertAnnotations(const WriterDocument& writer, const std::vector<const gw::Finding*>& findings,
                      std::string_view language)
{
    const Reference<css::lang::XMultiServiceFactory> factory(writer.textDocument(), UNO_QUERY_THROW);
    const rtl::OUString author = ou(std::string_view(kAnnotationAuthor));
    int inserted = 0;
    for (const gw::Finding* finding : findings) {
        // Mapped when used: the comments inserted before are portions without text, so they do
        // not shift a later finding's offsets.
        const Reference<css::text::XTextRange> range = writer.range(finding->paragraph, finding->start, finding->length);
        if (!range.is())
            continue;
        const Reference<css::beans::XPropertySet> annotation(
            factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
        annotation->setPropertyValue("Author", Any(author));
        annotation->setPropertyValue(
            "Content", Any(ou(std::string(finding->rule->code) + " " + finding->message(language))));
        // Over the finding's text, so that the comment marks what it is about.
        range->getText()->insertTextContent(range, Reference<css::text::XTextContent>(annotation, UNO_QUERY_THROW),
                                            finding->length > 0);
        ++inserted;
    }
    return inserted;
}

int removeAnnotations(const Reference<css::text::XTextDocument>& document, const rtl::OUString& undoTitle)
{
    const rtl::OUString author = ou(std::string_view(kAnnotationAuthor));
    std::vector<Reference<css::text::XTextField>> ours;
    const Reference<css::container::XEnumeration> fields =
        Reference<css::text::XTextFieldsSupplier>(document, UNO_QUERY_THROW)->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        const Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation"))
            continue;
        rtl::OUString fieldAuthor;
        Reference<css::beans::XPropertySet>(info, UNO_QUERY_THROW)->getPropertyValue("Author") >>= fieldAuthor;
        if (fieldAuthor == author)
            ours.emplace_back(info, UNO_QUERY);
    }
    if (ours.empty())
        return 0;
    const UndoStep step(document, undoTitle);
    for (const Reference<css::text::XTextField>& field : ours)
        field->getAnchor()->getText()->removeTextContent(Reference<css::text::XTextContent>(field, UNO_QUERY_THROW));
    return static_cast<int>(ours.size());
}

} // namespace gwcheck::uno
