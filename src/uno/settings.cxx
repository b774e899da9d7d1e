#include "settings.hxx"

#include "strings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <osl/nlsupport.h>
#include <osl/process.h>
#include <rtl/locale.h>

#include <nlohmann/json.hpp>

namespace gwcheck::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

Reference<css::uno::XInterface> configNode(const Reference<css::uno::XComponentContext>& context,
                                           const rtl::OUString& path, bool forUpdate)
{
    const Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
    Sequence<Any> arguments(1);
    arguments[0] <<= css::beans::NamedValue("nodepath", Any(path));
    return provider->createInstanceWithArguments(
        forUpdate ? rtl::OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
                  : rtl::OUString("com.sun.star.configuration.ConfigurationAccess"),
        arguments);
}

template <typename T>
T valueOf(const Reference<css::container::XNameAccess>& node, const char* name, T fallback)
{
    T value = fallback;
    if (node->hasByName(rtl::OUString::createFromAscii(name)))
        node->getByName(rtl::OUString::createFromAscii(name)) >>= value;
    return value;
}

} // namespace

const char* preSubmissionName(PreSubmission mode)
{
    switch (mode) {
    case PreSubmission::Off: return "off";
    case PreSubmission::Ask: return "ask";
    case PreSubmission::Warn: break;
    }
    return "warn";
}

Settings readSettings(const Reference<css::uno::XComponentContext>& context)
{
    const Reference<css::container::XNameAccess> node(configNode(context, ou(kSettingsNode), false), UNO_QUERY_THROW);

    // The settings are turned into gwcheck.json form, so that the CLI's parser validates them
    // and both paths accept exactly the same values.
    nlohmann::json json;
    json["profile"] = utf8(valueOf<rtl::OUString>(node, "Profile", "report"));
    nlohmann::json rules = nlohmann::json::object();
    for (const rtl::OUString& entry : valueOf<Sequence<rtl::OUString>>(node, "RuleSeverities", {})) {
        if (entry.trim().isEmpty())
            continue;
        try {
            const auto [code, severity] = gw::parseRuleSeverityLine(utf8(entry));
            rules[code] = severity;
        } catch (const gw::ConfigError& error) {
            throw gw::ConfigError(std::string("LibreOffice setting RuleSeverities: ") + error.what());
        }
    }
    json["rules"] = rules;
    json["options"] = {
        {"arabicDot", utf8(valueOf<rtl::OUString>(node, "ArabicDot", "either"))},
        {"allowSkipLevel", valueOf<bool>(node, "AllowSkipLevel", true)},
        {"headingsInTables", valueOf<bool>(node, "HeadingsInTables", false)},
        {"allowChineseDate", valueOf<bool>(node, "AllowChineseDate", false)},
    };
    // Absent or of the wrong length (written by hand): the core's defaults stay.
    const Sequence<double> margins = valueOf<Sequence<double>>(node, "PageMargins", {});
    if (margins.getLength() == 4)
        json["options"]["pageMargins"] = {{"top", margins[0]}, {"bottom", margins[1]}, {"left", margins[2]}, {"right", margins[3]}};
    std::vector<std::string> titleFonts;
    for (const rtl::OUString& font : valueOf<Sequence<rtl::OUString>>(node, "TitleFonts", {}))
        if (!font.trim().isEmpty())
            titleFonts.push_back(utf8(font.trim()));
    if (!titleFonts.empty())
        json["options"]["titleFonts"] = titleFonts;

    Settings settings;
    try {
        settings.config = gw::parseConfig(json.dump());
    } catch (const gw::ConfigError& error) {
        throw gw::ConfigError(std::string("LibreOffice settings ") + kSettingsNode + ": " + error.what());
    }
    const rtl::OUString mode = valueOf<rtl::OUString>(node, "PreSubmission", "warn");
    if (mode == "off")
        settings.preSubmission = PreSubmission::Off;
    else if (mode == "ask")
        settings.preSubmission = PreSubmission::Ask;
    else if (mode == "warn")
        settings.preSubmission = PreSubmission::Warn;
    else
        throw gw::ConfigError(std::string("LibreOffice setting PreSubmission: \"") + utf8(mode) +
                              "\" is not one of off, warn, ask");
    return settings;
}

void writeSettings(const Reference<css::uno::XComponentContext>& context, const Settings& settings)
{
    const Reference<css::uno::XInterface> root = configNode(context, ou(kSettingsNode), true);
    const Reference<css::container::XNameReplace> node(root, UNO_QUERY_THROW);
    const nlohmann::json json = nlohmann::json::parse(gw::configToJson(settings.config));
    const nlohmann::json& options = json["options"];

    std::vector<rtl::OUString> overrides;
    for (const auto& [code, severity] : json["rules"].items())
        overrides.push_back(ou(code + "=" + severity.get<std::string>()));
    node->replaceByName("Profile", Any(ou(json["profile"].get<std::string>())));
    node->replaceByName("RuleSeverities",
                        Any(Sequence<rtl::OUString>(overrides.data(), static_cast<sal_Int32>(overrides.size()))));
    node->replaceByName("ArabicDot", Any(ou(options["arabicDot"].get<std::string>())));
    node->replaceByName("AllowSkipLevel", Any(options["allowSkipLevel"].get<bool>()));
    node->replaceByName("HeadingsInTables", Any(options["headingsInTables"].get<bool>()));
    node->replaceByName("AllowChineseDate", Any(options["allowChineseDate"].get<bool>()));
    const nlohmann::json& margins = options["pageMargins"];
    const double sides[] = {margins["top"].get<double>(), margins["bottom"].get<double>(), margins["left"].get<double>(),
                            margins["right"].get<double>()};
    node->replaceByName("PageMargins", Any(Sequence<double>(sides, 4)));
    std::vector<rtl::OUString> titleFonts;
    for (const auto& font : options["titleFonts"])
        titleFonts.push_back(ou(font.get<std::string>()));
    node->replaceByName("TitleFonts",
                        Any(Sequence<rtl::OUString>(titleFonts.data(), static_cast<sal_Int32>(titleFonts.size()))));
    node->replaceByName("PreSubmission", Any(rtl::OUString::createFromAscii(preSubmissionName(settings.preSubmission))));
    Reference<css::util::XChangesBatch>(root, UNO_QUERY_THROW)->commitChanges();
}

rtl::OUString uiLocale(const Reference<css::uno::XComponentContext>& context)
{
    try {
        const Reference<css::container::XNameAccess> node(configNode(context, "/org.openoffice.Setup/L10N", false),
                                                          UNO_QUERY_THROW);
        const rtl::OUString configured = valueOf<rtl::OUString>(node, "ooLocale", "");
        if (!configured.isEmpty())
            return configured;
    } catch (const css::uno::Exception&) {
        // No configuration (a bare UNO process): the system locale below decides.
    }
    rtl_Locale* locale = nullptr;
    if (osl_getProcessLocale(&locale) == osl_Process_E_None && locale && locale->Language) {
        rtl::OUString tag(locale->Language);
        if (locale->Country && locale->Country->length > 0)
            tag += "-" + rtl::OUString(locale->Country);
        return tag;
    }
    return "en-US";
}

std::string messageLanguage(const rtl::OUString& locale)
{
    // LibreOffice's own fallback for the POSIX locale is English.
    if (locale.startsWithIgnoreAsciiCase("en") || locale == "C" || locale == "POSIX")
        return "en-US";
    return "zh-CN";
}

bool readLiveChecking(const Reference<css::uno::XComponentContext>& context)
{
    const Reference<css::container::XNameAccess> node(configNode(context, ou(kSettingsNode), false), UNO_QUERY_THROW);
    return valueOf<bool>(node, "LiveChecking", true);
}

void writeLiveChecking(const Reference<css::uno::XComponentContext>& context, bool enabled)
{
    const Reference<css::uno::XInterface> root = configNode(context, ou(kSettingsNode), true);
    Reference<css::container::XNameReplace>(root, UNO_QUERY_THROW)->replaceByName("LiveChecking", Any(enabled));
    Reference<css::util::XChangesBatch>(root, UNO_QUERY_THROW)->commitChanges();
}

} // namespace gwcheck::uno
