// The configuration parser's rule lines: what the options page and LibreOffice's RuleSeverities
// setting accept is exactly what a check will read back.
#include "config.hpp"

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(config)

BOOST_AUTO_TEST_CASE(rule_severity_line_takes_code_or_slug_and_spaces)
{
    BOOST_TEST((gw::parseRuleSeverityLine("HN-10=off") == std::pair<std::string, std::string>{"HN-10", "off"}));
    BOOST_TEST((gw::parseRuleSeverityLine("  TH-01 = warning ") == std::pair<std::string, std::string>{"TH-01", "warning"}));
    // A slug names the same rule; the line is stored with its code.
    BOOST_TEST(gw::parseRuleSeverityLine("placeholder=info").first == "TH-01");
}

BOOST_AUTO_TEST_CASE(rule_severity_line_refuses_what_a_check_would_refuse)
{
    auto reason = [](const char* line) {
        try {
            gw::parseRuleSeverityLine(line);
        } catch (const gw::ConfigError& error) {
            return std::string(error.what());
        }
        return std::string();
    };
    BOOST_TEST(reason("HN-99=off") == "unknown rule \"HN-99\"");
    BOOST_TEST(reason("TH-01=sometimes").find("is not one of off, info, warning, error") != std::string::npos);
    BOOST_TEST(reason("TH-01").find("is not of the form CODE=") != std::string::npos);
    BOOST_TEST(reason("=off").find("is not of the form CODE=") != std::string::npos);
    // Whatever the line parser accepts, the gwcheck.json parser accepts too.
    const auto [code, severity] = gw::parseRuleSeverityLine("heading-skip = error");
    BOOST_CHECK_NO_THROW(gw::parseConfig("{\"rules\": {\"" + code + "\": \"" + severity + "\"}}"));
}

BOOST_AUTO_TEST_SUITE_END()
