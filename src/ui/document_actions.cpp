#include "document_actions.hpp"

#include "annotations.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using namespace css;

namespace gwui {

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

int removeAnnotations(const Reference<uno::XComponentContext>& context, const Reference<lang::XComponent>& document)
{
    return gwcheck::uno::removeAnnotations(Reference<text::XTextDocument>(document, uno::UNO_QUERY_THROW),
                                           tr(context, "annotate.undoremove"));
}

} // namespace gwui
