#include "catalogue.hpp"

#include "rule.hpp"

namespace gw {

nlohmann::json ruleCatalogue()
{
    nlohmann::json rules = nlohmann::json::array();
    for (const auto& rule : allRules()) {
        const RuleInfo& info = rule->info();
        const char* fixKind = info.fixKind == FixKind::Safe ? "A" : info.fixKind == FixKind::Confirm ? "C" : "N";
        rules.push_back({{"code", std::string(info.code)},
                         {"slug", std::string(info.slug)},
                         {"severity", std::string(severityName(info.severity))},
                         {"fixKind", fixKind},
                         {"norm", std::string(info.norm)},
                         {"titleZh", std::string(info.titleZh)},
                         {"titleEn", std::string(info.titleEn)},
                         {"readsFormatting", info.readsFormatting}});
    }
    return rules;
}

} // namespace gw
