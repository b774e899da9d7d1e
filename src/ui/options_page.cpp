#include "options_page.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <vector>

using namespace css;

namespace gwui {

namespace {

// A drop-down on the page: the setting it edits, its stored values and their labels' keys.
struct Choice {
    const char* control;
    const char* setting;
    std::vector<const char*> values;
    std::vector<const char*> labels;
};

const std::vector<Choice>& choices()
{
    static const std::vector<Choice> list = {
        {"lstProfile", "Profile", {"report", "formal"}, {"options.profile.report", "options.profile.formal"}},
        {"lstPreSubmission", "PreSubmission", {"off", "warn", "ask"},
         {"options.presubmission.off", "options.presubmission.warn", "options.presubmission.ask"}},
        {"lstArabicDot", "ArabicDot", {"either", "half", "full"},
         {"options.arabicdot.either", "options.arabicdot.half", "options.arabicdot.full"}},
    };
    return list;
}

const char* const labels[][2] = {
    {"lblProfile", "options.profile"},   {"lblPreSubmission", "options.presubmission"},
    {"lblArabicDot", "options.arabicdot"}, {"chkAllowSkip", "options.allowskip"},
    {"lblRules", "options.rules"},
};

Reference<beans::XPropertySet> modelOf(const Reference<awt::XWindow>& window, const char* name)
{
    Reference<awt::XControlContainer> container(window, uno::UNO_QUERY_THROW);
    Reference<awt::XControl> control(container->getControl(OUString::createFromAscii(name)), uno::UNO_QUERY_THROW);
    return Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW);
}

bool validRuleSetting(const OUString& line)
{
    const sal_Int32 equals = line.indexOf('=');
    if (equals <= 0)
        return false;
    const OUString value = line.copy(equals + 1).trim();
    return value == "error" || value == "warning" || value == "info" || value == "off";
}

} // namespace

sal_Bool OptionsPageHandler::callHandlerMethod(const Reference<awt::XWindow>& window, const uno::Any& event,
                                               const OUString& method)
{
    if (method != "external_event")
        return false;
    OUString what;
    event >>= what;
    if (what == "initialize" || what == "back")
        load(window);
    else if (what == "ok")
        save(window);
    return true;
}

Sequence<OUString> OptionsPageHandler::getSupportedMethodNames()
{
    Sequence<OUString> names(1);
    names[0] = "external_event";
    return names;
}

void OptionsPageHandler::load(const Reference<awt::XWindow>& window)
{
    for (const auto& label : labels)
        modelOf(window, label[0])->setPropertyValue("Label", uno::Any(tr(context_, label[1])));
    for (const Choice& choice : choices()) {
        Sequence<OUString> items(static_cast<sal_Int32>(choice.labels.size()));
        for (std::size_t i = 0; i < choice.labels.size(); ++i)
            items[i] = tr(context_, choice.labels[i]);
        OUString stored;
        readSetting(context_, OUString::createFromAscii(choice.setting)) >>= stored;
        Sequence<sal_Int16> selected(1);
        selected[0] = choice.setting == std::string("PreSubmission") ? 1 : 0; // warn is the default
        for (std::size_t i = 0; i < choice.values.size(); ++i) {
            if (stored.equalsAscii(choice.values[i]))
                selected[0] = static_cast<sal_Int16>(i);
        }
        Reference<beans::XPropertySet> model = modelOf(window, choice.control);
        model->setPropertyValue("StringItemList", uno::Any(items));
        model->setPropertyValue("SelectedItems", uno::Any(selected));
    }
    bool allowSkip = true;
    readSetting(context_, "AllowSkipLevel") >>= allowSkip;
    modelOf(window, "chkAllowSkip")->setPropertyValue("State", uno::Any(sal_Int16(allowSkip ? 1 : 0)));
    Sequence<OUString> ruleSeverities;
    readSetting(context_, "RuleSeverities") >>= ruleSeverities;
    OUString text;
    for (const OUString& line : ruleSeverities)
        text += line + "\n";
    modelOf(window, "txtRules")->setPropertyValue("Text", uno::Any(text));
}

void OptionsPageHandler::save(const Reference<awt::XWindow>& window)
{
    std::vector<beans::NamedValue> values;
    for (const Choice& choice : choices()) {
        Sequence<sal_Int16> selected;
        modelOf(window, choice.control)->getPropertyValue("SelectedItems") >>= selected;
        if (selected.getLength() == 1 && selected[0] >= 0 && std::size_t(selected[0]) < choice.values.size())
            values.emplace_back(OUString::createFromAscii(choice.setting),
                                uno::Any(OUString::createFromAscii(choice.values[selected[0]])));
    }
    sal_Int16 allowSkip = 1;
    modelOf(window, "chkAllowSkip")->getPropertyValue("State") >>= allowSkip;
    values.emplace_back(OUString("AllowSkipLevel"), uno::Any(allowSkip == 1));

    OUString text;
    modelOf(window, "txtRules")->getPropertyValue("Text") >>= text;
    std::vector<OUString> rules;
    OUString rejected;
    for (sal_Int32 index = 0; index >= 0;) {
        const OUString line = text.getToken(0, '\n', index).trim();
        if (line.isEmpty())
            continue;
        if (validRuleSetting(line))
            rules.push_back(line.replaceAll(" ", ""));
        else
            rejected += (rejected.isEmpty() ? OUString() : OUString("; ")) + line;
    }
    values.emplace_back(OUString("RuleSeverities"),
                        uno::Any(Sequence<OUString>(rules.data(), static_cast<sal_Int32>(rules.size()))));
    writeSettings(context_, Sequence<beans::NamedValue>(values.data(), static_cast<sal_Int32>(values.size())));
    if (!rejected.isEmpty())
        showMessage(context_, {}, tr(context_, "panel.title"), tr(context_, "options.invalid", {rejected}));
}

sal_Bool OptionsPageHandler::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

Sequence<OUString> OptionsPageHandler::getSupportedServiceNames()
{
    Sequence<OUString> names(1);
    names[0] = OUString::createFromAscii(optionsHandlerName);
    return names;
}

} // namespace gwui
