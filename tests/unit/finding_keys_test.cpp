// Finding keys: unique in a document, stable across re-checks and unrelated edits, and the one
// a command names is the one it acts on.
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(finding_keys)

BOOST_AUTO_TEST_CASE(equal_findings_in_one_paragraph_get_keys_of_their_own)
{
    // Two "X" placeholders and two half-width commas after the same character.
    const Document d = doc({"全年开展X次督查，覆盖X个单位。", "加强学习,加强学习,推进工作。"});
    const auto findings = check(d, Config{});
    std::set<std::string> keys;
    for (const Finding& finding : findings)
        keys.insert(finding.key);
    BOOST_TEST(keys.size() == findings.size());
    const auto placeholders = findingsOf(d, "TH-01");
    BOOST_REQUIRE_EQUAL(placeholders.size(), 2u);
    BOOST_TEST(placeholders[1].key == placeholders[0].key + "#2");
}

BOOST_AUTO_TEST_CASE(keys_are_stable_across_rechecks_and_edits_elsewhere)
{
    Document d = doc({"全年开展X次督查，覆盖X个单位。", "一、工作情况"});
    const auto before = findingsOf(d, "TH-01");
    Paragraph added;
    added.text = u"新增的一段。";
    d.paragraphs.insert(d.paragraphs.begin(), added);
    const auto after = findingsOf(d, "TH-01");
    BOOST_REQUIRE_EQUAL(after.size(), 2u);
    BOOST_TEST(after[0].key == before[0].key);
    BOOST_TEST(after[1].key == before[1].key);
}

BOOST_AUTO_TEST_CASE(ignoring_one_of_two_equal_findings_hides_that_one_only)
{
    Document d = doc({"全年开展X次督查，覆盖X个单位。"});
    const auto both = findingsOf(d, "TH-01");
    d.ignoredFindings.push_back(text::fromUtf8(both[1].key));
    const auto left = findingsOf(d, "TH-01");
    BOOST_REQUIRE_EQUAL(left.size(), 1u);
    BOOST_TEST(left[0].key == both[0].key);
    BOOST_TEST(left[0].start == both[0].start);
}

BOOST_AUTO_TEST_CASE(fixing_by_key_fixes_that_finding_only)
{
    Document d = doc({"加强学习,加强学习,推进工作。"});
    const auto commas = findingsOf(d, "PN-01");
    BOOST_REQUIRE_EQUAL(commas.size(), 2u);
    const std::string wanted = commas[1].key;
    applyEdits(d, nonOverlappingEdits(check(d, Config{}), [&](const Finding& f) { return f.key == wanted; }));
    BOOST_TEST(paragraphText(d, 0) == "加强学习,加强学习，推进工作。");
}

BOOST_AUTO_TEST_CASE(keyed_edits_name_the_finding_they_fix)
{
    // What the service's fixFindings reports as fixed: the key of the finding each edit is for.
    const Document d = doc({"加强学习,加强学习,推进工作。"});
    const auto commas = findingsOf(d, "PN-01");
    BOOST_REQUIRE_EQUAL(commas.size(), 2u);
    const auto one = nonOverlappingKeyedEdits(check(d, Config{}), [&](const Finding& f) { return f.key == commas[1].key; });
    BOOST_REQUIRE_EQUAL(one.size(), 1u);
    BOOST_TEST(one[0].key == commas[1].key);
    BOOST_TEST(spanOf(one[0].edit).start == commas[1].start);
    // Both: edits last place first, each with its own key.
    const auto both = nonOverlappingKeyedEdits(check(d, Config{}), [](const Finding& f) { return f.rule->code == "PN-01"; });
    BOOST_REQUIRE_EQUAL(both.size(), 2u);
    BOOST_TEST(both[0].key == commas[1].key);
    BOOST_TEST(both[1].key == commas[0].key);
}

BOOST_AUTO_TEST_CASE(fix_all_passes_name_the_findings_of_the_document_they_fix)
{
    Document d = doc({"加强学习,加强学习,推进工作。"});
    const auto before = check(d, Config{});
    const auto passes = planKeyedFixes(d, Config{}, isSafeFix);
    BOOST_REQUIRE(!passes.empty());
    for (const KeyedEdit& keyed : passes[0])
        BOOST_TEST(std::any_of(before.begin(), before.end(), [&](const Finding& f) { return f.key == keyed.key && isSafeFix(f); }));
    BOOST_TEST(planKeyedFixes(d, Config{}, isSafeFix).empty());
}

BOOST_AUTO_TEST_SUITE_END()
