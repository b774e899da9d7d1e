// Tools › Options › 公文检查: the page (dialogs/OptionsPage.xdl) and its handler, registered in
// registry/OptionsDialog.xcu. Reads and writes /org.gwcheck.Settings, the settings the checker
// service uses when it gets no "Config" option.
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>

namespace gwui {

constexpr const char* optionsHandlerName = "org.gwcheck.ui.OptionsPageHandler";

class OptionsPageHandler
    : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler, css::lang::XServiceInfo>
{
public:
    explicit OptionsPageHandler(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XWindow>& window, const css::uno::Any& event,
                                        const OUString& method) override;
    Sequence<OUString> SAL_CALL getSupportedMethodNames() override;

    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(optionsHandlerName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    void load(const Reference<css::awt::XWindow>& window);
    void save(const Reference<css::awt::XWindow>& window);

    Reference<css::uno::XComponentContext> context_;
};

} // namespace gwui
