// PreSubmission=ask: a dispatch interceptor on a Writer frame in front of save and PDF export.
// With errors in the document it asks before the command runs (a Job cannot stop a save); in
// the other modes it passes every command straight on. Registered by the PreSubmissionJob
// when a view is created (OnViewCreated).
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProviderInterceptor.hpp>
#include <com/sun/star/frame/XInterceptorInfo.hpp>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/weakref.hxx>

namespace gwui {

class SaveGate : public cppu::WeakImplHelper3<css::frame::XDispatchProviderInterceptor,
                                              css::frame::XInterceptorInfo, css::frame::XDispatch>
{
public:
    SaveGate(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame);

    // XDispatchProvider
    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString& target,
                                                            sal_Int32 flags) override;
    Sequence<Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
        const Sequence<css::frame::DispatchDescriptor>& requests) override;
    // XDispatchProviderInterceptor
    Reference<css::frame::XDispatchProvider> SAL_CALL getSlaveDispatchProvider() override { return slave_; }
    void SAL_CALL setSlaveDispatchProvider(const Reference<css::frame::XDispatchProvider>& slave) override { slave_ = slave; }
    Reference<css::frame::XDispatchProvider> SAL_CALL getMasterDispatchProvider() override { return master_; }
    void SAL_CALL setMasterDispatchProvider(const Reference<css::frame::XDispatchProvider>& master) override { master_ = master; }
    // XInterceptorInfo
    Sequence<OUString> SAL_CALL getInterceptedURLs() override;
    // XDispatch: the gated commands
    void SAL_CALL dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override;
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                       const css::util::URL& url) override;

private:
    Reference<css::frame::XDispatch> original(const css::util::URL& url);

    Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_; // the frame owns this interceptor
    Reference<css::frame::XDispatchProvider> slave_;
    Reference<css::frame::XDispatchProvider> master_;
};

// Puts a SaveGate in front of the frame's dispatch providers.
void installSaveGate(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame);

} // namespace gwui
