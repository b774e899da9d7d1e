// The rule catalogue as JSON: one entry per rule, in catalogue order, as getRules() and the
// CLI's `rules --format json` give it.
#include "catalogue.hpp"
#include "rule.hpp"

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(catalogue)

BOOST_AUTO_TEST_CASE(one_entry_per_rule_with_its_fix_kind_letter)
{
    const nlohmann::json rules = gw::ruleCatalogue();
    const auto& all = gw::allRules();
    BOOST_REQUIRE_EQUAL(rules.size(), all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const gw::RuleInfo& info = all[i]->info();
        BOOST_TEST(rules[i]["code"].get<std::string>() == std::string(info.code));
        BOOST_TEST(rules[i]["slug"].get<std::string>() == std::string(info.slug));
        const char* letter = info.fixKind == gw::FixKind::Safe ? "A" : info.fixKind == gw::FixKind::Confirm ? "C" : "N";
        BOOST_TEST(rules[i]["fixKind"].get<std::string>() == letter);
    }
    auto entry = [&](const std::string& code) {
        for (const auto& rule : rules)
            if (rule["code"] == code)
                return rule;
        return nlohmann::json();
    };
    BOOST_TEST(entry("HN-02")["fixKind"].get<std::string>() == "A");
    BOOST_TEST(entry("HN-02")["severity"].get<std::string>() == "error");
    BOOST_TEST(entry("TH-01")["fixKind"].get<std::string>() == "N");
    BOOST_TEST(!entry("HN-02")["titleZh"].get<std::string>().empty());
}

BOOST_AUTO_TEST_SUITE_END()
