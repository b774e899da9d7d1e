// Golden tests: both seeds against their hand-written expected findings
// (tests/fixtures/seeds/*.expected), then fix-all on each seed and a re-check.
#include "expected_findings.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

// Every finding of the seed, info included, against its expected file.
void checkSeed(const std::string& seedName)
{
    const std::string expectedName = seedName.substr(0, seedName.size() - 4) + ".expected";
    const ExpectedFindings expected = readExpectedFindings(std::string(GWCHECK_FIXTURES) + "/seeds/" + expectedName);
    const Document document = seed(seedName);
    for (const std::string& problem : compareFindings(expected, document, check(document, Config{}), InfoFindings::Compared))
        BOOST_ERROR(problem);
}

void checkFixAllOnSeed(const std::string& seedName)
{
    Document document = seed(seedName);
    const auto passes = planFixes(document, Config{}, isSafeFix);
    BOOST_TEST(!passes.empty());
    for (const Finding& finding : check(document, Config{}))
        BOOST_TEST(!(finding.fixable() && isSafeFix(finding)),
                   finding.rule->code << " still fixable at " << finding.paragraph << ":" << finding.start);
    // The placeholders and the residue need a person: they are still reported after fix-all.
    BOOST_TEST(!findingsOf(document, "TH-01").empty());
    const Document once = document;
    BOOST_TEST(planFixes(document, Config{}, isSafeFix).empty());
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i)
        BOOST_TEST(paragraphText(document, i) == paragraphText(once, i));
}

} // namespace

BOOST_AUTO_TEST_SUITE(golden_seeds)

BOOST_AUTO_TEST_CASE(seed_000_gives_the_expected_findings) { checkSeed("000_b7783f23aae105a9.txt"); }
BOOST_AUTO_TEST_CASE(seed_001_gives_the_expected_findings) { checkSeed("001_bb363a12219e777a.txt"); }

BOOST_AUTO_TEST_CASE(seed_000_fix_all_reaches_a_fixed_point)
{
    checkFixAllOnSeed("000_b7783f23aae105a9.txt");
    Document document = seed("000_b7783f23aae105a9.txt");
    planFixes(document, Config{}, isSafeFix);
    BOOST_TEST(paragraphText(document, 10).rfind("（一）强化组织领导，提升思想认识。一是调整", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(seed_001_fix_all_reaches_a_fixed_point) { checkFixAllOnSeed("001_bb363a12219e777a.txt"); }

BOOST_AUTO_TEST_SUITE_END()
