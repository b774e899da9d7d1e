// The protocol handler of org.gwcheck.ui: URLs (registered in registry/ProtocolHandler.xcu).
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase4.hxx>

namespace gwui {

constexpr const char* protocol = "org.gwcheck.ui:";
constexpr const char* protocolHandlerName = "org.gwcheck.ui.ProtocolHandler";

class ProtocolHandler : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch,
                                                     css::lang::XInitialization, css::lang::XServiceInfo>
{
public:
    explicit ProtocolHandler(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // XInitialization: the frame the commands act on.
    void SAL_CALL initialize(const Sequence<css::uno::Any>& arguments) override;
    // XDispatchProvider
    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString& target,
                                                            sal_Int32 flags) override;
    Sequence<Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
        const Sequence<css::frame::DispatchDescriptor>& requests) override;
    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override;
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}
    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
};

} // namespace gwui
