// What users configure: the profile, per-rule severities and the catalogue's options. The CLI
// reads it from gwcheck.json / --config, the Writer UI from LibreOffice's configuration; both
// end up here.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>
#include <string_view>

namespace gw {

enum class Severity : std::uint8_t;

enum class Profile : std::uint8_t { Report, Formal };
enum class ArabicDot : std::uint8_t { Either, Half, Full };

// GB/T 9704-2012 §5.2.2: the type area (版心) 156 × 225 mm on A4, 37 mm from the top and 28 mm
// from the left edge; a local variant may set its own.
struct PageMargins {
    double topMm = 37, bottomMm = 35, leftMm = 28, rightMm = 26;
};

struct Options {
    ArabicDot arabicDot = ArabicDot::Either; // level-3 dot: `1.` or `1．`
    bool allowSkipLevel = true;              // 一、 → 1. tolerated when consistent
    bool headingsInTables = false;           // numbered items in table cells count as headings
    bool allowChineseDate = false;           // EL-03: a 成文日期 in 汉字 ("二〇二四年五月六日", 讲话稿) is accepted
    // Page layout (PG): the margins PG-02 wants, and the title fonts PG-05 accepts (UTF-8; the
    // first is the one its fix sets; any name containing 小标宋 is accepted too).
    PageMargins pageMargins;
    std::vector<std::string> titleFonts{"方正小标宋简体", "方正小标宋_GBK", "华文中宋"};
};

// A rule's configured state: a severity, or switched off.
struct RuleSetting {
    bool enabled = true;
    std::optional<Severity> severity; // unset = the rule's default
};

struct Config {
    Profile profile = Profile::Report;
    Options options;
    std::map<std::string, RuleSetting, std::less<>> rules; // keyed by code ("HN-02")

    // Effective state of a rule: overrides first, then the profile's default.
    bool enabled(std::string_view code) const;
    Severity severity(std::string_view code, Severity ruleDefault) const;
};

class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses gwcheck.json text; unknown keys, rule codes and values throw ConfigError naming them.
// `base` supplies everything the text does not set.
Config parseConfig(std::string_view json, const Config& base = {});
std::string configToJson(const Config& config);

// One line of LibreOffice's RuleSeverities setting, as the options page takes it: `CODE=severity`
// (code or slug, spaces allowed around `=`). Returns the rule's code and the severity word;
// throws ConfigError saying what is wrong, in the words gwcheck.json's parser uses.
std::pair<std::string, std::string> parseRuleSeverityLine(std::string_view line);

std::string_view profileName(Profile profile);

} // namespace gw
