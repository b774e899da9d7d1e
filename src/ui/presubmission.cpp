#include "presubmission.hpp"

#include "findings_panel.hpp"
#include "save_gate.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace css;

namespace gwui {

uno::Any PreSubmissionJob::execute(const Sequence<beans::NamedValue>& arguments)
{
    Reference<frame::XModel> model;
    OUString eventName;
    for (const beans::NamedValue& argument : arguments) {
        if (argument.Name != "Environment")
            continue;
        Sequence<beans::NamedValue> environment;
        argument.Value >>= environment;
        for (const beans::NamedValue& entry : environment) {
            if (entry.Name == "Model")
                entry.Value >>= model;
            else if (entry.Name == "EventName")
                entry.Value >>= eventName;
        }
    }
    Reference<lang::XServiceInfo> info(model, uno::UNO_QUERY);
    if (!info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
        return {};
    Reference<frame::XController> controller = model->getCurrentController();
    if (eventName == "OnViewCreated") {
        if (controller.is())
            installSaveGate(context_, controller->getFrame());
        return {};
    }
    if (preSubmissionMode(context_) == "off")
        return {};
    Reference<frame::XInfobarProvider> infobars(controller, uno::UNO_QUERY);
    if (!infobars.is())
        return {}; // hidden or headless: nobody to tell; the CLI covers pipelines

    const Reference<lang::XComponent> document(model, uno::UNO_QUERY_THROW);
    const Sequence<org::gwcheck::Finding> findings = createChecker(context_)->check(document, checkerOptions(context_));
    const SeverityCounts counts = countSeverities(findings);
    const OUString id = OUString::createFromAscii(infobarId);
    if (counts.errors == 0) {
        if (infobars->hasInfobar(id))
            infobars->removeInfobar(id);
        return {};
    }
    const OUString primary =
        tr(context_, "infobar.primary", {OUString::number(counts.errors), OUString::number(counts.warnings)});
    const OUString secondary = tr(context_, "infobar.secondary");
    Sequence<beans::StringPair> buttons(1);
    buttons[0].First = tr(context_, "infobar.button");
    buttons[0].Second = "org.gwcheck.ui:ShowPanel";
    if (infobars->hasInfobar(id))
        infobars->updateInfobar(id, primary, secondary, frame::InfobarType::WARNING);
    else
        infobars->appendInfobar(id, primary, secondary, frame::InfobarType::WARNING, buttons, true);
    refreshPanel(controller->getFrame());
    return {};
}

sal_Bool PreSubmissionJob::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

Sequence<OUString> PreSubmissionJob::getSupportedServiceNames()
{
    Sequence<OUString> names(1);
    names[0] = "com.sun.star.task.Job";
    return names;
}

} // namespace gwui
