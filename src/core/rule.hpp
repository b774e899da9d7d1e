// The rule interface. One rule, one file under src/core/rules/, one stable code ("HN-02") and
// slug ("l2-marker-form"); both are public: users configure them, reports print them.
#pragma once

#include "config.hpp"
#include "document.hpp"
#include "edit.hpp"
#include "enumerations.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gw {

class Structure;

enum class Severity : std::uint8_t { Info, Warning, Error };
std::string_view severityName(Severity severity); // "info" / "warning" / "error"

struct RuleInfo {
    std::string_view code;   // "HN-02"
    std::string_view slug;   // "l2-marker-form"
    Severity severity;       // default severity of the `report` profile
    FixKind fixKind;         // what the rule's fixes are: A, C or N in the catalogue
    std::string_view norm;   // "GB/T 9704-2012 §7.3.3", empty when it is practice
    std::string_view titleZh;
    std::string_view titleEn;
    // Reads the runs' character formatting (fonts, sizes, colours): a document is read without
    // it when no enabled rule does (a quarter of Writer's reading time).
    bool readsFormatting = false;
};

struct Finding {
    const RuleInfo* rule = nullptr;
    Severity severity = Severity::Warning; // after profile and overrides
    std::uint32_t paragraph = 0;
    std::uint32_t start = 0;   // UTF-16 offset in the paragraph
    std::uint32_t length = 0;
    std::string messageZh;     // UTF-8
    std::string messageEn;
    Fix fix;                   // kind None when there is nothing to apply
    std::string key;           // unique in the document, stable across unrelated edits; names the finding to fix, locate or ignore

    bool fixable() const { return fix.kind != FixKind::None && !fix.edits.empty(); }
    const std::string& message(std::string_view language) const {
        return language.substr(0, 2) == "en" ? messageEn : messageZh;
    }
};

// What every rule sees: the document and the analyses the engine makes once per check.
struct CheckContext {
    const Document& document;
    const Structure& structure;
    const std::vector<EnumItem>& enumerations; // findEnumerations(document, structure)
    const Config& config;
};

// Collects a rule's findings at the end of `findings` (the engine's one array for all rules);
// the engine fills in severity and key afterwards.
class FindingSink {
public:
    FindingSink(const RuleInfo& rule, std::vector<Finding>& findings) : rule_(rule), findings_(findings) {}
    Finding& report(std::uint32_t paragraph, std::uint32_t start, std::uint32_t length,
                    std::string messageZh, std::string messageEn, Fix fix = {});

private:
    const RuleInfo& rule_;
    std::vector<Finding>& findings_;
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const CheckContext& context, FindingSink& sink) const = 0;
};

// All rules, in catalogue order. Rules register themselves with GW_REGISTER_RULE.
const std::vector<std::unique_ptr<Rule>>& allRules();
const Rule* findRule(std::string_view codeOrSlug);

struct RuleRegistrar {
    explicit RuleRegistrar(std::unique_ptr<Rule> rule);
};

#define GW_REGISTER_RULE(Type) \
    static const ::gw::RuleRegistrar gwRegistrar##Type{std::make_unique<Type>()}

// "{0}" "{1}" … in a UTF-8 template replaced by the arguments.
std::string formatMessage(std::string_view pattern, std::initializer_list<std::string_view> args);

} // namespace gw
