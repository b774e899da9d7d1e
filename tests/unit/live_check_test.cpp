// Live checking's core: findings of a paragraph from the cached document-level check, and the
// paragraph-local rules on a paragraph edited since.
#include "live_check.hpp"
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>
#include <tuple>

using namespace gw;
using namespace gw::test;

namespace {

std::vector<std::string> codes(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const Finding& finding : findings)
        out.emplace_back(finding.rule->code);
    return out;
}

bool has(const std::vector<Finding>& findings, std::string_view code)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule->code == code; });
}

// A report whose second-level headings skip from （一） to （三）: a structural finding (HN-08)
// that no paragraph shows on its own.
Document reportWithGap()
{
    return doc({"关于2024年工作情况的报告", "一、工作开展情况", "（一）强化组织领导。全年召开专题会议研究部署。",
                "（三）完善制度建设。制定印发管理办法。", "二、下一步工作", "（一）持续推进改革。"});
}

} // namespace

BOOST_AUTO_TEST_SUITE(live_check)

BOOST_AUTO_TEST_CASE(a_paragraph_of_the_document_gets_its_findings_of_the_whole_check)
{
    const Document document = reportWithGap();
    const CheckedDocument checked(document, Config{});
    const auto index = checked.find(document.paragraphs[3].text);
    BOOST_REQUIRE(index.has_value());
    BOOST_TEST(*index == 3u);
    const auto findings = checked.findingsOf(*index);
    BOOST_TEST(has(findings, "HN-08"), "findings: " << codes(findings).size());
    // They are the check's findings of that paragraph, no more.
    std::vector<Finding> expected;
    for (const Finding& finding : check(document, Config{}))
        if (finding.paragraph == 3)
            expected.push_back(finding);
    BOOST_TEST(codes(findings) == codes(expected), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_text_the_document_does_not_have_is_not_found)
{
    const CheckedDocument checked(reportWithGap(), Config{});
    BOOST_TEST(!checked.find(u"（二）新写的一段。").has_value());
}

BOOST_AUTO_TEST_CASE(an_edited_paragraph_gets_the_paragraph_local_findings_at_offsets_of_its_text)
{
    const CheckedDocument checked(reportWithGap(), Config{});
    // Paragraph 2 after the author typed a half-width bracket and a placeholder into it.
    const std::u16string edited = u"（一)强化组织领导。全年召开X次专题会议研究部署。";
    const auto findings = checked.checkEdited(edited);
    BOOST_TEST(has(findings, "HN-02"));
    BOOST_TEST(has(findings, "TH-01"));
    for (const Finding& finding : findings) {
        BOOST_TEST(isParagraphLocal(*finding.rule));
        if (finding.rule->code == "TH-01")
            BOOST_TEST(text::toUtf8(std::u16string_view(edited).substr(finding.start, finding.length)) == "X");
    }
}

BOOST_AUTO_TEST_CASE(the_likely_original_of_an_edited_paragraph_shares_its_beginning_or_end)
{
    const CheckedDocument checked(reportWithGap(), Config{});
    const auto front = checked.likelyOriginal(u"（三）完善制度建设。制定印发了管理办法。");
    BOOST_REQUIRE(front.has_value());
    BOOST_TEST(front->paragraph == 3u);
    const auto back = checked.likelyOriginal(u"加强组织领导。全年召开专题会议研究部署。");
    BOOST_REQUIRE(back.has_value());
    BOOST_TEST(back->paragraph == 2u);
    BOOST_TEST(!checked.likelyOriginal(u"新写的一段").has_value());
}

BOOST_AUTO_TEST_CASE(an_edited_paragraph_gets_no_structural_finding_from_its_neighbourhood)
{
    const CheckedDocument checked(reportWithGap(), Config{});
    // The edited （三） still follows （一）: the gap is the whole check's to report, not the
    // neighbourhood's (which starts somewhere in the middle of the document).
    const auto findings = checked.checkEdited(u"（三）完善制度建设。制定印发了管理办法。");
    BOOST_TEST(!has(findings, "HN-08"));
    BOOST_TEST(findings.empty());
}

BOOST_AUTO_TEST_CASE(an_edited_body_paragraph_keeps_its_role)
{
    // A long body sentence that starts with a numeral is body text among body text; checked alone
    // the same words are still found by the local rules (a placeholder).
    const CheckedDocument checked(doc({"一、工作开展情况", "全年召开会议研究部署工作，推动各项任务落实。"}), Config{});
    const auto findings = checked.checkEdited(u"全年召开X次会议研究部署工作，推动各项任务落实。");
    BOOST_TEST(codes(findings) == std::vector<std::string>{"TH-01"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_paragraph_with_no_likely_original_is_checked_alone)
{
    const CheckedDocument empty(Document{}, Config{});
    const auto findings = empty.checkEdited(u"（一)加强组织领导");
    BOOST_TEST(has(findings, "HN-02"));
}

BOOST_AUTO_TEST_CASE(rules_switched_off_stay_off_for_edited_paragraphs)
{
    Config config;
    config.rules["TH-01"].enabled = false;
    const CheckedDocument checked(reportWithGap(), config);
    const auto findings = checked.checkEdited(u"（一）强化组织领导。全年召开X次专题会议研究部署。");
    BOOST_TEST(!has(findings, "TH-01"));
}

BOOST_AUTO_TEST_CASE(on_the_seeds_an_unchanged_paragraph_checked_as_edited_gets_the_whole_checks_local_findings)
{
    // What a paragraph shows between an edit and the next document-level check must be what that
    // check then shows: no underline that comes and goes. (On the gov-reports corpus: 192 of 194,
    // nothing extra; two residue lines at a document's end need more than the neighbourhood.)
    using Key = std::tuple<std::string_view, std::uint32_t, std::uint32_t>;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(GWCHECK_FIXTURES) + "/seeds")) {
        if (entry.path().extension() != ".txt")
            continue;
        const Document document = seed(entry.path().filename().string());
        const CheckedDocument checked(document, Config{});
        for (std::uint32_t i = 0; i < document.paragraphs.size(); ++i) {
            std::set<Key> whole, edited;
            for (const Finding& finding : checked.findingsOf(i))
                if (isParagraphLocal(*finding.rule))
                    whole.emplace(finding.rule->code, finding.start, finding.length);
            for (const Finding& finding : checked.checkEdited(document.paragraphs[i].text))
                edited.emplace(finding.rule->code, finding.start, finding.length);
            BOOST_TEST((whole == edited), entry.path().filename() << " paragraph " << i);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
