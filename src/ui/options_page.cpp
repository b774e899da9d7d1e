#include "options_page.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "config.hpp"
#include "settings.hxx"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>

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
    {"chkAllowChineseDate", "options.allowchinesedate"}, {"chkLiveChecking", "options.livechecking"},
    {"lblMargins", "options.margins"}, {"lblTitleFonts", "options.titlefonts"},
    {"lblRules", "options.rules"},
};

// "37 35 28 26" (top, bottom, left, right in mm) as the page shows and takes them; commas work too.
std::string marginsText(const nlohmann::json& margins)
{
    std::string text;
    for (const char* side : {"top", "bottom", "left", "right"}) {
        std::ostringstream number;
        number << margins[side].get<double>();
        text += (text.empty() ? "" : " ") + number.str();
    }
    return text;
}

// The page's margins field as gwcheck.json's pageMargins; throws gw::ConfigError unless it holds
// four numbers (their range is the core parser's business).
nlohmann::json parseMargins(const std::string& text)
{
    std::string spaced = text;
    std::replace(spaced.begin(), spaced.end(), ',', ' ');
    std::istringstream numbers(spaced);
    std::vector<double> sides;
    for (double mm; numbers >> mm;)
        sides.push_back(mm);
    if (sides.size() != 4 || !numbers.eof())
        throw gw::ConfigError("margins: four numbers in mm, top bottom left right (\"" + text + "\")");
    return {{"top", sides[0]}, {"bottom", sides[1]}, {"left", sides[2]}, {"right", sides[3]}};
}

Reference<beans::XPropertySet> modelOf(const Reference<awt::XWindow>& window, const char* name)
{
    Reference<awt::XControlContainer> container(window, uno::UNO_QUERY_THROW);
    Reference<awt::XControl> control(container->getControl(OUString::createFromAscii(name)), uno::UNO_QUERY_THROW);
    return Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW);
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

// The page shows and stores the same settings the service reads (settings.hxx): what it stores
// has passed the core's configuration parser, so a later check cannot fail on it.
void OptionsPageHandler::load(const Reference<awt::XWindow>& window)
{
    gwcheck::uno::Settings settings;
    try {
        settings = gwcheck::uno::readSettings(context_);
    } catch (const gw::ConfigError&) {
        // Stored values a check would refuse (written by hand): the page starts from the
        // defaults, and OK replaces them.
    }
    const nlohmann::json config = nlohmann::json::parse(gw::configToJson(settings.config));
    const std::map<std::string, std::string> current{
        {"Profile", config["profile"].get<std::string>()},
        {"PreSubmission", gwcheck::uno::preSubmissionName(settings.preSubmission)},
        {"ArabicDot", config["options"]["arabicDot"].get<std::string>()},
    };

    for (const auto& label : labels)
        modelOf(window, label[0])->setPropertyValue("Label", uno::Any(tr(context_, label[1])));
    for (const Choice& choice : choices()) {
        Sequence<OUString> items(static_cast<sal_Int32>(choice.labels.size()));
        for (std::size_t i = 0; i < choice.labels.size(); ++i)
            items[i] = tr(context_, choice.labels[i]);
        Sequence<sal_Int16> selected(1);
        selected[0] = 0;
        for (std::size_t i = 0; i < choice.values.size(); ++i)
            if (current.at(choice.setting) == choice.values[i])
                selected[0] = static_cast<sal_Int16>(i);
        Reference<beans::XPropertySet> model = modelOf(window, choice.control);
        model->setPropertyValue("StringItemList", uno::Any(items));
        model->setPropertyValue("SelectedItems", uno::Any(selected));
    }
    modelOf(window, "chkAllowSkip")
        ->setPropertyValue("State", uno::Any(sal_Int16(settings.config.options.allowSkipLevel ? 1 : 0)));
    modelOf(window, "chkAllowChineseDate")
        ->setPropertyValue("State", uno::Any(sal_Int16(settings.config.options.allowChineseDate ? 1 : 0)));
    modelOf(window, "chkLiveChecking")
        ->setPropertyValue("State", uno::Any(sal_Int16(gwcheck::uno::readLiveChecking(context_) ? 1 : 0)));
    modelOf(window, "txtMargins")
        ->setPropertyValue("Text", uno::Any(OUString::fromUtf8(marginsText(config["options"]["pageMargins"]).c_str())));
    OUString fonts;
    for (const auto& font : config["options"]["titleFonts"])
        fonts += (fonts.isEmpty() ? OUString() : OUString::fromUtf8("、")) + OUString::fromUtf8(font.get<std::string>().c_str());
    modelOf(window, "txtTitleFonts")->setPropertyValue("Text", uno::Any(fonts));
    std::string text;
    for (const auto& [code, severity] : config["rules"].items())
        text += code + "=" + severity.get<std::string>() + "\n";
    modelOf(window, "txtRules")->setPropertyValue("Text", uno::Any(OUString::fromUtf8(text.c_str())));
}

void OptionsPageHandler::save(const Reference<awt::XWindow>& window)
{
    gwcheck::uno::Settings settings;
    try {
        settings = gwcheck::uno::readSettings(context_);
    } catch (const gw::ConfigError&) {
        // Replaced below by what the page shows.
    }
    nlohmann::json page;
    for (const Choice& choice : choices()) {
        Sequence<sal_Int16> selected;
        modelOf(window, choice.control)->getPropertyValue("SelectedItems") >>= selected;
        if (selected.getLength() != 1 || selected[0] < 0 || std::size_t(selected[0]) >= choice.values.size())
            continue;
        const std::string value = choice.values[selected[0]];
        if (choice.setting == std::string("PreSubmission"))
            settings.preSubmission = value == "off"   ? gwcheck::uno::PreSubmission::Off
                                     : value == "ask" ? gwcheck::uno::PreSubmission::Ask
                                                      : gwcheck::uno::PreSubmission::Warn;
        else if (choice.setting == std::string("Profile"))
            page["profile"] = value;
        else
            page["options"]["arabicDot"] = value;
    }
    sal_Int16 allowSkip = 1;
    modelOf(window, "chkAllowSkip")->getPropertyValue("State") >>= allowSkip;
    page["options"]["allowSkipLevel"] = allowSkip == 1;
    sal_Int16 allowChineseDate = 0;
    modelOf(window, "chkAllowChineseDate")->getPropertyValue("State") >>= allowChineseDate;
    page["options"]["allowChineseDate"] = allowChineseDate == 1;
    sal_Int16 liveChecking = 1;
    modelOf(window, "chkLiveChecking")->getPropertyValue("State") >>= liveChecking;
    gwcheck::uno::writeLiveChecking(context_, liveChecking == 1);

    OUString rejected;
    auto reject = [&](const char* what) {
        rejected += (rejected.isEmpty() ? OUString() : OUString("; ")) + OUString::fromUtf8(what);
    };
    OUString margins;
    modelOf(window, "txtMargins")->getPropertyValue("Text") >>= margins;
    try {
        page["options"]["pageMargins"] = parseMargins(OUStringToOString(margins.trim(), RTL_TEXTENCODING_UTF8).getStr());
    } catch (const gw::ConfigError& error) {
        reject(error.what());
    }
    OUString fonts;
    modelOf(window, "txtTitleFonts")->getPropertyValue("Text") >>= fonts;
    std::vector<std::string> titleFonts;
    // Names are separated by 、 ， , or ; (a font name may hold spaces).
    const OUString separated =
        fonts.replaceAll(OUString::fromUtf8("，"), ",").replaceAll(OUString::fromUtf8("、"), ",").replaceAll(";", ",");
    for (sal_Int32 index = 0; index >= 0;) {
        const OUString name = separated.getToken(0, ',', index).trim();
        if (!name.isEmpty())
            titleFonts.push_back(OUStringToOString(name, RTL_TEXTENCODING_UTF8).getStr());
    }
    if (!titleFonts.empty())
        page["options"]["titleFonts"] = titleFonts;
    else
        reject("title fonts: at least one font name");

    OUString text;
    modelOf(window, "txtRules")->getPropertyValue("Text") >>= text;
    page["rules"] = nlohmann::json::object();
    for (sal_Int32 index = 0; index >= 0;) {
        const OUString line = text.getToken(0, '\n', index).trim();
        if (line.isEmpty())
            continue;
        try {
            const auto [code, severity] =
                gw::parseRuleSeverityLine(std::string(OUStringToOString(line, RTL_TEXTENCODING_UTF8).getStr()));
            page["rules"][code] = severity;
        } catch (const gw::ConfigError& error) {
            reject(error.what());
        }
    }
    // The page's rule list replaces the stored one; everything else the page does not show stays.
    settings.config.rules.clear();
    try {
        settings.config = gw::parseConfig(page.dump(), settings.config);
    } catch (const gw::ConfigError& error) {
        // A value out of range (margins over 100 mm): the page's other values are still stored.
        reject(error.what());
        page["options"].erase("pageMargins");
        settings.config = gw::parseConfig(page.dump(), settings.config);
    }
    gwcheck::uno::writeSettings(context_, settings);
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
