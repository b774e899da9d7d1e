// gwcheck's settings in LibreOffice's configuration (/org.gwcheck.Settings, schema in
// registry/gwcheck.xcs) and the UI language. Shared by the DocumentChecker service and the
// Writer UI (options page, pre-submission check), so that both read the same choices.
#pragma once

#include "config.hpp"

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>

namespace gwcheck::uno {

inline constexpr char kSettingsNode[] = "/org.gwcheck.Settings";

// What the settings hold besides the checking configuration.
enum class PreSubmission { Off, Warn, Ask };

struct Settings {
    gw::Config config;
    PreSubmission preSubmission = PreSubmission::Warn;
};

// "off", "warn", "ask": how the setting stores the mode.
const char* preSubmissionName(PreSubmission mode);

// Reads /org.gwcheck.Settings. Throws gw::ConfigError naming the setting when a stored value
// is not valid (an unknown rule code, a misspelt severity).
Settings readSettings(const css::uno::Reference<css::uno::XComponentContext>& context);

// Stores `settings` in /org.gwcheck.Settings (the options page's "OK").
void writeSettings(const css::uno::Reference<css::uno::XComponentContext>& context, const Settings& settings);

// LibreOffice's UI language as a BCP 47 tag ("zh-CN", "en-US"): the configured ooLocale, else
// the system locale LibreOffice falls back to.
rtl::OUString uiLocale(const css::uno::Reference<css::uno::XComponentContext>& context);

// The language gwcheck speaks for a locale: "en-US" for any English locale, otherwise "zh-CN".
std::string messageLanguage(const rtl::OUString& locale);

// Live checking: gwcheck's findings as Writer's grammar checking (the Proofreader). On unless the
// user turned it off (/org.gwcheck.Settings/LiveChecking).
bool readLiveChecking(const css::uno::Reference<css::uno::XComponentContext>& context);
void writeLiveChecking(const css::uno::Reference<css::uno::XComponentContext>& context, bool enabled);

} // namespace gwcheck::uno
