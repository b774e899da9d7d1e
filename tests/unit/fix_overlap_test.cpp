// nonOverlappingEdits compares a fix only with the chosen edits of the paragraphs (or page
// styles) it touches: a fix spread over many paragraphs still blocks a later fix in any of them.
#include "engine.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;

namespace {

Finding findingWith(std::vector<Edit> edits)
{
    static const RuleInfo rule{"XX-01", "test", Severity::Warning, FixKind::Safe, "", "", ""};
    Finding finding;
    finding.rule = &rule;
    finding.paragraph = paragraphOf(edits.front());
    finding.fix = Fix{FixKind::Safe, std::move(edits)};
    return finding;
}

Edit alignment(std::uint32_t paragraph)
{
    return SetParagraphProperty{paragraph, ParagraphProperty::Alignment, static_cast<double>(Alignment::Justify)};
}

} // namespace

BOOST_AUTO_TEST_SUITE(fix_overlap)

BOOST_AUTO_TEST_CASE(a_fix_over_many_paragraphs_blocks_a_later_fix_in_any_of_them)
{
    const std::vector<Finding> findings{
        findingWith({alignment(0), alignment(5), alignment(9)}),
        findingWith({alignment(9)}), // clashes with the first fix's last edit
        findingWith({alignment(6)}),
        findingWith({SetPageStyleProperty{u"Standard", PageProperty::TopMm, 37}}),
        findingWith({SetPageStyleProperty{u"Standard", PageProperty::TopMm, 38}}), // the same property
        findingWith({SetPageStyleProperty{u"Standard", PageProperty::LeftMm, 28}}),
    };
    const std::vector<Edit> edits = nonOverlappingEdits(findings, [](const Finding&) { return true; });
    BOOST_REQUIRE_EQUAL(edits.size(), 6u);
    std::vector<std::uint32_t> paragraphs;
    int pageEdits = 0;
    for (const Edit& edit : edits) {
        if (const auto* page = std::get_if<SetPageStyleProperty>(&edit)) {
            ++pageEdits;
            BOOST_TEST(page->number != 38);
        } else {
            paragraphs.push_back(paragraphOf(edit));
        }
    }
    BOOST_TEST(pageEdits == 2);
    BOOST_TEST(paragraphs == (std::vector<std::uint32_t>{9, 6, 5, 0}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
