#include "config.hpp"

#include "rule.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace gw {
namespace {

using Json = nlohmann::json;

Severity parseSeverity(const std::string& value, const std::string& where, bool& enabled)
{
    enabled = true;
    if (value == "off") {
        enabled = false;
        return Severity::Info;
    }
    if (value == "info") return Severity::Info;
    if (value == "warning") return Severity::Warning;
    if (value == "error") return Severity::Error;
    throw ConfigError(where + ": \"" + value + "\" is not one of off, info, warning, error");
}

template <typename T>
T expect(const Json& value, const std::string& key)
{
    try {
        return value.get<T>();
    } catch (const Json::exception&) {
        throw ConfigError("option \"" + key + "\" has the wrong type: " + value.dump());
    }
}

// "pageMargins": {"top": 37, "bottom": 35, "left": 28, "right": 26} (mm; any of them).
void parsePageMargins(const Json& margins, PageMargins& out)
{
    if (!margins.is_object())
        throw ConfigError("option \"pageMargins\" must be an object of top, bottom, left, right in mm");
    for (const auto& [side, value] : margins.items()) {
        const double mm = expect<double>(value, "pageMargins." + side);
        if (!(mm >= 0 && mm <= 100))
            throw ConfigError("option \"pageMargins." + side + "\": " + value.dump() + " is not between 0 and 100 mm");
        if (side == "top") out.topMm = mm;
        else if (side == "bottom") out.bottomMm = mm;
        else if (side == "left") out.leftMm = mm;
        else if (side == "right") out.rightMm = mm;
        else throw ConfigError("option \"pageMargins\": unknown side \"" + side + "\" (top, bottom, left, right)");
    }
}

void parseOptions(const Json& options, Options& out)
{
    if (!options.is_object())
        throw ConfigError("\"options\" must be an object");
    for (const auto& [key, value] : options.items()) {
        if (key == "arabicDot") {
            const auto dot = expect<std::string>(value, key);
            if (dot == "either") out.arabicDot = ArabicDot::Either;
            else if (dot == "half") out.arabicDot = ArabicDot::Half;
            else if (dot == "full") out.arabicDot = ArabicDot::Full;
            else throw ConfigError("option \"arabicDot\": \"" + dot + "\" is not one of either, half, full");
        } else if (key == "allowSkipLevel") {
            out.allowSkipLevel = expect<bool>(value, key);
        } else if (key == "headingsInTables") {
            out.headingsInTables = expect<bool>(value, key);
        } else if (key == "allowChineseDate") {
            out.allowChineseDate = expect<bool>(value, key);
        } else if (key == "pageMargins") {
            parsePageMargins(value, out.pageMargins);
        } else if (key == "titleFonts") {
            const auto fonts = expect<std::vector<std::string>>(value, key);
            if (fonts.empty() || std::any_of(fonts.begin(), fonts.end(), [](const std::string& f) { return f.empty(); }))
                throw ConfigError("option \"titleFonts\" must list at least one font name, none empty");
            out.titleFonts = fonts;
        } else {
            throw ConfigError("unknown option \"" + key + "\"");
        }
    }
}

} // namespace

std::pair<std::string, std::string> parseRuleSeverityLine(std::string_view line)
{
    auto trim = [](std::string_view text) {
        const auto first = text.find_first_not_of(" \t");
        if (first == std::string_view::npos)
            return std::string();
        return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
    };
    const auto equals = line.find('=');
    if (equals == std::string_view::npos || trim(line.substr(0, equals)).empty())
        throw ConfigError("\"" + std::string(line) + "\" is not of the form CODE=off|info|warning|error");
    const std::string name = trim(line.substr(0, equals));
    const Rule* rule = findRule(name);
    if (!rule)
        throw ConfigError("unknown rule \"" + name + "\"");
    const std::string value = trim(line.substr(equals + 1));
    bool enabled = true;
    parseSeverity(value, "rule \"" + name + "\"", enabled);
    return {std::string(rule->info().code), value};
}

std::string_view profileName(Profile profile) { return profile == Profile::Formal ? "formal" : "report"; }

bool Config::enabled(std::string_view code) const
{
    const auto it = rules.find(code);
    return it == rules.end() || it->second.enabled;
}

Severity Config::severity(std::string_view code, Severity ruleDefault) const
{
    const auto it = rules.find(code);
    if (it != rules.end() && it->second.severity)
        return *it->second.severity;
    // A formal 公文 is held to more than a working report: skipped levels are not tolerated.
    if (profile == Profile::Formal && code == "HN-10")
        return Severity::Warning;
    return ruleDefault;
}

Config parseConfig(std::string_view text, const Config& base)
{
    Json json;
    try {
        json = Json::parse(text.begin(), text.end(), nullptr, true, /*ignore_comments=*/true);
    } catch (const Json::parse_error& error) {
        throw ConfigError(std::string("not valid JSON: ") + error.what());
    }
    if (!json.is_object())
        throw ConfigError("the configuration must be a JSON object");

    Config config = base;
    for (const auto& [key, value] : json.items()) {
        if (key == "$schema" || key == "version") {
            continue;
        } else if (key == "profile") {
            const auto name = expect<std::string>(value, key);
            if (name == "report") config.profile = Profile::Report;
            else if (name == "formal") config.profile = Profile::Formal;
            else throw ConfigError("profile \"" + name + "\" is not one of report, formal");
        } else if (key == "rules") {
            if (!value.is_object())
                throw ConfigError("\"rules\" must be an object of rule code to severity");
            for (const auto& [ruleName, setting] : value.items()) {
                const Rule* rule = findRule(ruleName);
                if (!rule)
                    throw ConfigError("unknown rule \"" + ruleName + "\"");
                bool enabled = true;
                const Severity severity = parseSeverity(expect<std::string>(setting, ruleName),
                                                        "rule \"" + ruleName + "\"", enabled);
                RuleSetting& state = config.rules[std::string(rule->info().code)];
                state.enabled = enabled;
                state.severity = enabled ? std::optional<Severity>(severity) : std::nullopt;
            }
        } else if (key == "options") {
            parseOptions(value, config.options);
        } else {
            throw ConfigError("unknown key \"" + key + "\"");
        }
    }
    return config;
}

std::string configToJson(const Config& config)
{
    Json json;
    json["profile"] = std::string(profileName(config.profile));
    Json rules = Json::object();
    for (const auto& [code, setting] : config.rules)
        if (!setting.enabled)
            rules[code] = "off";
        else if (setting.severity)
            rules[code] = std::string(severityName(*setting.severity));
    json["rules"] = rules;
    const char* dots[] = {"either", "half", "full"};
    json["options"] = {
        {"arabicDot", dots[static_cast<int>(config.options.arabicDot)]},
        {"allowSkipLevel", config.options.allowSkipLevel},
        {"headingsInTables", config.options.headingsInTables},
        {"allowChineseDate", config.options.allowChineseDate},
    };
    const PageMargins& margins = config.options.pageMargins;
    json["options"]["pageMargins"] = {
        {"top", margins.topMm}, {"bottom", margins.bottomMm}, {"left", margins.leftMm}, {"right", margins.rightMm}};
    json["options"]["titleFonts"] = config.options.titleFonts;
    return json.dump(2);
}

} // namespace gw
