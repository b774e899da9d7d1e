// org.gwcheck.ui: commands for the toolbar, the menu, the shortcut and the infobar button:
// Check, FixAll, ExportPdf, Annotate, RemoveAnnotations, ShowPanel; Locate, Fix and Ignore take
// a finding's "Key", Annotate takes one optionally (the panel's buttons do the same). PanelState is for status listeners only:
// its state is the panel's rows as shown (tests read the panel through it). The structure view:
// StructureState (status only: the tree's rows), GoToNode with "Row" (select a node and its
// paragraph, as a click does), RenumberNode, PromoteNode and DemoteNode with "Row" (a heading
// node's context actions) and GroupBy with "By" (severity, rule or heading).
#include "protocol_handler.hpp"

#include "commands.hpp"
#include "findings_panel.hpp"

#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace css;

namespace gwui {

namespace {

bool boolArgument(const Sequence<beans::PropertyValue>& arguments, const char* name, bool fallback)
{
    for (const beans::PropertyValue& argument : arguments) {
        if (argument.Name.equalsAscii(name)) {
            bool value = fallback;
            argument.Value >>= value;
            return value;
        }
    }
    return fallback;
}

sal_Int32 intArgument(const Sequence<beans::PropertyValue>& arguments, const char* name, sal_Int32 fallback)
{
    sal_Int32 value = fallback;
    for (const beans::PropertyValue& argument : arguments) {
        if (argument.Name.equalsAscii(name))
            argument.Value >>= value;
    }
    return value;
}

OUString stringArgument(const Sequence<beans::PropertyValue>& arguments, const char* name)
{
    OUString value;
    for (const beans::PropertyValue& argument : arguments) {
        if (argument.Name.equalsAscii(name))
            argument.Value >>= value;
    }
    return value;
}

bool isOurCommand(const util::URL& url)
{
    static const char* const commands[] = {"Check", "FixAll", "ExportPdf", "Annotate", "RemoveAnnotations",
                                           "ShowPanel", "Locate", "Fix", "Ignore", "PanelState", "Format",
                                           "StructureState", "GoToNode", "RenumberNode", "PromoteNode",
                                           "DemoteNode", "GroupBy"};
    if (!url.Protocol.equalsAscii(protocol))
        return false;
    for (const char* command : commands) {
        if (url.Path.equalsAscii(command))
            return true;
    }
    return false;
}

} // namespace

void ProtocolHandler::initialize(const Sequence<uno::Any>& arguments)
{
    if (arguments.getLength() > 0)
        arguments[0] >>= frame_;
}

Reference<frame::XDispatch> ProtocolHandler::queryDispatch(const util::URL& url, const OUString&, sal_Int32)
{
    if (!isOurCommand(url))
        return {};
    return this;
}

Sequence<Reference<frame::XDispatch>> ProtocolHandler::queryDispatches(
    const Sequence<frame::DispatchDescriptor>& requests)
{
    Sequence<Reference<frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

void ProtocolHandler::dispatch(const util::URL& url, const Sequence<beans::PropertyValue>& arguments)
{
    const bool interactive = boolArgument(arguments, "Interactive", true);
    const OUString& command = url.Path;
    if (command == "Check") {
        // A panel that exists checks again; a new one checks when the sidebar creates it.
        refreshPanel(frame_);
        showPanel(frame_);
    } else if (command == "ShowPanel") {
        showPanel(frame_);
    } else if (command == "FixAll") {
        fixAll(context_, frame_, interactive, boolArgument(arguments, "IncludeConfirmFixes", false));
    } else if (command == "ExportPdf") {
        checkAndExportPdf(context_, frame_, interactive);
    } else if (command == "Locate") {
        locateFinding(context_, frame_, stringArgument(arguments, "Key"));
    } else if (command == "Fix") {
        fixFinding(context_, frame_, stringArgument(arguments, "Key"));
    } else if (command == "Ignore") {
        ignoreFinding(context_, frame_, stringArgument(arguments, "Key"));
    } else if (command == "Annotate") {
        annotate(context_, frame_, interactive, stringArgument(arguments, "Key")); // no Key: every finding
    } else if (command == "RemoveAnnotations") {
        removeOurAnnotations(context_, frame_, interactive);
    } else if (command == "Format") {
        formatDocument(context_, frame_, interactive);
    } else if (command == "GoToNode" || command == "RenumberNode" || command == "PromoteNode" ||
               command == "DemoteNode" || command == "GroupBy") {
        // The structure view's commands act on the frame's panel, when it is there.
        const rtl::Reference<FindingsPanel> panel = panelOf(frame_);
        if (!panel.is())
            return;
        if (command == "GoToNode") {
            panel->goToStructureRow(intArgument(arguments, "Row", -1));
        } else if (command == "RenumberNode") {
            panel->renumberStructureRow(intArgument(arguments, "Row", -1));
        } else if (command == "PromoteNode" || command == "DemoteNode") {
            panel->moveStructureRow(intArgument(arguments, "Row", -1), command == "PromoteNode" ? -1 : 1);
        } else {
            const OUString by = stringArgument(arguments, "By");
            panel->groupBy(by == "rule"      ? FindingsPanel::GroupBy::Rule
                           : by == "heading" ? FindingsPanel::GroupBy::Heading
                                             : FindingsPanel::GroupBy::Severity);
        }
    }
}

void ProtocolHandler::addStatusListener(const Reference<frame::XStatusListener>& listener, const util::URL& url)
{
    if (!listener.is())
        return;
    frame::FeatureStateEvent state;
    state.Source = static_cast<frame::XDispatch*>(this);
    state.FeatureURL = url;
    state.IsEnabled = writerDocument(frame_).is();
    state.Requery = false;
    if (url.Path == "PanelState") {
        rtl::Reference<FindingsPanel> panel = panelOf(frame_);
        state.IsEnabled = panel.is();
        state.State <<= panel.is() ? panel->rows() : Sequence<OUString>();
    } else if (url.Path == "StructureState") {
        rtl::Reference<FindingsPanel> panel = panelOf(frame_);
        state.IsEnabled = panel.is();
        state.State <<= panel.is() ? panel->structureRows() : Sequence<OUString>();
    }
    listener->statusChanged(state);
}

OUString ProtocolHandler::getImplementationName()
{
    return OUString::createFromAscii(protocolHandlerName);
}

sal_Bool ProtocolHandler::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

Sequence<OUString> ProtocolHandler::getSupportedServiceNames()
{
    Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

} // namespace gwui
