// A document is read without its runs' character formatting when no enabled rule reads it
// (RuleInfo::readsFormatting): every other rule must then find exactly what it finds with the
// formatting, or the flag is missing on a rule that reads it.
#include "engine.hpp"
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

namespace {

using namespace gw;
using gw::test::seed;

Config withFormattingRules(bool on)
{
    Config config;
    for (const auto& rule : allRules())
        if (rule->info().readsFormatting)
            config.rules[std::string(rule->info().code)].enabled = on;
    return config;
}

// The seed as an author formatted it wrongly: 宋体 14 pt, bold and red everywhere.
Document formatted(Document document)
{
    for (Paragraph& paragraph : document.paragraphs) {
        TextRun run;
        run.length = static_cast<std::uint32_t>(paragraph.text.size());
        run.fontAsian = u"宋体";
        run.fontWestern = u"Times New Roman";
        run.sizePt = 14;
        run.bold = true;
        run.color = 0xFF0000;
        paragraph.runs = {run};
    }
    return document;
}

std::vector<std::string> keysOf(const std::vector<Finding>& findings)
{
    std::vector<std::string> keys;
    for (const Finding& finding : findings)
        keys.push_back(finding.key + " " + finding.messageEn);
    return keys;
}

} // namespace

BOOST_AUTO_TEST_SUITE(reads_formatting)

BOOST_AUTO_TEST_CASE(formatting_is_read_while_a_rule_that_reads_it_is_on)
{
    BOOST_TEST(readsFormatting(Config{}));
    BOOST_TEST(!readsFormatting(withFormattingRules(false)));
    Config oneOn = withFormattingRules(false);
    oneOn.rules["HF-03"].enabled = true;
    BOOST_TEST(readsFormatting(oneOn));
}

BOOST_AUTO_TEST_CASE(rules_that_do_not_declare_it_find_the_same_without_the_runs)
{
    const Config config = withFormattingRules(false);
    for (const char* name : {"000_b7783f23aae105a9.txt", "001_bb363a12219e777a.txt"}) {
        const Document plain = seed(name);
        const Document rich = formatted(plain);
        BOOST_TEST_CONTEXT(name)
        {
            const auto withRuns = check(rich, config);
            BOOST_TEST(!withRuns.empty());
            BOOST_TEST(keysOf(withRuns) == keysOf(check(plain, config)), boost::test_tools::per_element());
            // And the flagged rules do see the formatting: with them on, the runs make findings.
            BOOST_TEST(check(rich, Config{}).size() > withRuns.size());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
