#include "save_gate.hpp"

#include "findings_panel.hpp"

#include <com/sun/star/frame/XDispatchProviderInterception.hpp>

using namespace css;

namespace gwui {

namespace {

const char* const gatedCommands[] = {".uno:Save", ".uno:SaveAs", ".uno:ExportToPDF", ".uno:ExportDirectToPDF"};

bool isGated(const util::URL& url)
{
    for (const char* command : gatedCommands) {
        if (url.Complete.equalsAscii(command))
            return true;
    }
    return false;
}

} // namespace

SaveGate::SaveGate(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
    : context_(context), frame_(frame)
{
}

Reference<frame::XDispatch> SaveGate::queryDispatch(const util::URL& url, const OUString& target, sal_Int32 flags)
{
    if (isGated(url) && original(url).is())
        return this;
    return slave_.is() ? slave_->queryDispatch(url, target, flags) : Reference<frame::XDispatch>();
}

Sequence<Reference<frame::XDispatch>> SaveGate::queryDispatches(const Sequence<frame::DispatchDescriptor>& requests)
{
    Sequence<Reference<frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

Sequence<OUString> SaveGate::getInterceptedURLs()
{
    Sequence<OUString> urls(4);
    for (sal_Int32 i = 0; i < 4; ++i)
        urls[i] = OUString::createFromAscii(gatedCommands[i]);
    return urls;
}

Reference<frame::XDispatch> SaveGate::original(const util::URL& url)
{
    return slave_.is() ? slave_->queryDispatch(url, "", 0) : Reference<frame::XDispatch>();
}

void SaveGate::dispatch(const util::URL& url, const Sequence<beans::PropertyValue>& arguments)
{
    const Reference<frame::XDispatch> next = original(url);
    if (!next.is())
        return;
    const Reference<frame::XFrame> frame(frame_);
    const Reference<lang::XComponent> document = writerDocument(frame);
    if (document.is() && preSubmissionMode(context_) == "ask") {
        try {
            const SeverityCounts counts =
                countSeverities(createChecker(context_)->check(document, checkerOptions(context_)));
            if (counts.errors > 0
                && !askYesNo(context_, frame, tr(context_, "panel.title"),
                             tr(context_, "save.confirm", {OUString::number(counts.errors)}))) {
                showPanel(frame);
                return;
            }
        } catch (const uno::Exception&) {
            // A failing check must never stand between the user and saving.
        }
    }
    next->dispatch(url, arguments);
}

void SaveGate::addStatusListener(const Reference<frame::XStatusListener>& listener, const util::URL& url)
{
    if (const Reference<frame::XDispatch> next = original(url); next.is())
        next->addStatusListener(listener, url);
}

void SaveGate::removeStatusListener(const Reference<frame::XStatusListener>& listener, const util::URL& url)
{
    if (const Reference<frame::XDispatch> next = original(url); next.is())
        next->removeStatusListener(listener, url);
}

void installSaveGate(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame)
{
    Reference<frame::XDispatchProviderInterception> interception(frame, uno::UNO_QUERY);
    if (interception.is())
        interception->registerDispatchProviderInterceptor(new SaveGate(context, frame));
}

} // namespace gwui
