// Constructors named in gwcheck_ui.components (passive registration).
#include "findings_panel.hpp"
#include "options_page.hpp"
#include "presubmission.hpp"
#include "protocol_handler.hpp"

#include <sal/types.h>

using namespace css;

namespace {

template <typename Implementation>
uno::XInterface* construct(uno::XComponentContext* context)
{
    Implementation* instance = new Implementation(context);
    instance->acquire(); // the constructor protocol hands over one reference
    return static_cast<cppu::OWeakObject*>(instance);
}

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gwcheck_ui_ProtocolHandler_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    return construct<gwui::ProtocolHandler>(context);
}

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gwcheck_ui_PanelFactory_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    return construct<gwui::PanelFactory>(context);
}

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gwcheck_ui_PreSubmissionJob_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    return construct<gwui::PreSubmissionJob>(context);
}

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gwcheck_ui_OptionsPageHandler_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    return construct<gwui::OptionsPageHandler>(context);
}
