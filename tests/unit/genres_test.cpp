// Documents of other genres than the report (issue 14): 通知, 决定, 函, 纪要, 方案 and company
// 红头文件, invented and written to GB/T 9704-2012. The plain-text ones are in
// tests/fixtures/genres with hand-written expected findings (see the README there): issued
// documents must come out without a false warning or error, templates and guides with every true
// one. The cases that need formatting — fonts, sizes, outline levels, typed indents — are built
// here as Documents with runs.
#include "expected_findings.hpp"
#include "heading_support.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <variant>

using namespace gw;
using namespace gw::test;

namespace {

const std::string kGenres = std::string(GWCHECK_FIXTURES) + "/genres";

std::vector<std::string> genreDocuments()
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(kGenres))
        if (entry.path().extension() == ".txt")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

void expectFindings(const Document& document, const ExpectedFindings& expected)
{
    for (const std::string& problem : compareFindings(expected, document, check(document, Config{}), InfoFindings::OnlyWhereNamed))
        BOOST_ERROR(problem);
}

void expectFindings(const Document& document, const std::string& expectedText)
{
    expectFindings(document, parseExpectedFindings(expectedText));
}

// Writer's look of a 公文: title 2号 小标宋 centred, level 1 黑体, level 2 楷体, levels 3–4 and
// the body 仿宋, all 3号 (GB/T 9704-2012 §7.3).
Paragraph title(const char* text)
{
    Paragraph paragraph = formatted(text, "方正小标宋简体", 22);
    paragraph.alignment = Alignment::Center;
    return paragraph;
}
Paragraph body(const char* text) { return formatted(text, "仿宋_GB2312", 16); }
Paragraph heading(const char* text, int level)
{
    static const char* const fonts[] = {"黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"};
    return formatted(text, fonts[level - 1], 16, level);
}

// The outline level HF-03's fix would set on a paragraph, or 0 when HF-03 leaves it alone.
int proposedOutlineLevel(const Document& document, std::uint32_t paragraph)
{
    for (const Finding& finding : findingsOf(document, "HF-03"))
        if (finding.paragraph == paragraph)
            for (const Edit& edit : finding.fix.edits)
                if (const auto* set = std::get_if<SetParagraphProperty>(&edit); set && set->property == ParagraphProperty::OutlineLevel)
                    return static_cast<int>(set->number);
    return 0;
}

} // namespace

BOOST_AUTO_TEST_SUITE(expected_findings_files)

BOOST_AUTO_TEST_CASE(reads_every_form_and_rejects_others)
{
    const ExpectedFindings expected = parseExpectedFindings("# comment\n"
                                                            "\n"
                                                            "3 PN-01 , ×2\n"
                                                            "3 TH-01 ×××\n"
                                                            "4 HN-13 ×1\n"
                                                            "5 !PN-08\n"
                                                            "* !TH-02\n");
    BOOST_TEST((expected.exact.at({3, "PN-01", ","}) == 2));
    BOOST_TEST((expected.exact.at({3, "TH-01", "×××"}) == 1));
    BOOST_TEST((expected.counted.at({4, "HN-13"}) == 1));
    BOOST_TEST(expected.absent.count({5, "PN-08"}) == 1u);
    BOOST_TEST(expected.absentEverywhere.count("TH-02") == 1u);
    BOOST_TEST(expected.names(3, "PN-01"));
    BOOST_TEST(expected.names(5, "PN-08"));
    BOOST_TEST(expected.names(9, "TH-02"));
    BOOST_TEST(!expected.names(4, "PN-01"));
    BOOST_CHECK_THROW(parseExpectedFindings("x PN-01 ,\n"), std::runtime_error);
    BOOST_CHECK_THROW(parseExpectedFindings("3 !PN-01 ,\n"), std::runtime_error);
    BOOST_CHECK_THROW(parseExpectedFindings("3\n"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(reports_missing_unexpected_and_forbidden_findings)
{
    const Document d = doc({"各科室,各直属单位:", "正文。"});
    const auto findings = check(d, Config{});
    // Exactly right: PN-01 twice in paragraph 0.
    BOOST_TEST(compareFindings(parseExpectedFindings("0 PN-01 ,\n0 PN-01 :\n"), d, findings, InfoFindings::OnlyWhereNamed).empty());
    BOOST_TEST(compareFindings(parseExpectedFindings("0 PN-01 ×2\n"), d, findings, InfoFindings::OnlyWhereNamed).empty());
    // A line not found; a finding on no line; findings where a line forbids them.
    BOOST_TEST(compareFindings(parseExpectedFindings("0 PN-01 ,\n"), d, findings, InfoFindings::OnlyWhereNamed).size() == 1u);
    BOOST_TEST(compareFindings(parseExpectedFindings("0 PN-01 ,\n0 PN-01 :\n1 PN-01 .\n"), d, findings,
                               InfoFindings::OnlyWhereNamed).size() == 1u);
    BOOST_TEST(compareFindings(parseExpectedFindings("* !PN-01\n"), d, findings, InfoFindings::OnlyWhereNamed).size() == 2u);
    BOOST_TEST(compareFindings(parseExpectedFindings("0 !PN-01\n"), d, findings, InfoFindings::OnlyWhereNamed).size() == 2u);
    BOOST_TEST(compareFindings(parseExpectedFindings("0 PN-01 ,\n0 PN-01 :\n1 !PN-01\n"), d, findings,
                               InfoFindings::OnlyWhereNamed).empty());
}

BOOST_AUTO_TEST_CASE(info_findings_count_only_where_a_line_names_them)
{
    // "（一）" with no "（二）" under "一、": HN-15 says so at info.
    const Document d = doc({"一、总体要求", "（一）指导思想", "正文。"});
    const auto findings = check(d, Config{});
    BOOST_REQUIRE_EQUAL(findingsOf(d, "HN-15").size(), 1u);
    BOOST_TEST(compareFindings(parseExpectedFindings(""), d, findings, InfoFindings::OnlyWhereNamed).empty());
    BOOST_TEST(compareFindings(parseExpectedFindings(""), d, findings, InfoFindings::Compared).size() == 1u);
    BOOST_TEST(compareFindings(parseExpectedFindings("1 !HN-15\n"), d, findings, InfoFindings::OnlyWhereNamed).size() == 1u);
    BOOST_TEST(compareFindings(parseExpectedFindings("1 HN-15 ×1\n"), d, findings, InfoFindings::OnlyWhereNamed).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(genres)

// Every plain-text document of tests/fixtures/genres against its expected file.
BOOST_DATA_TEST_CASE(plain_text_document_gives_the_expected_findings, boost::unit_test::data::make(genreDocuments()), name)
{
    BOOST_TEST_CONTEXT("tests/fixtures/genres/" << name)
    {
        const std::string expectedPath = kGenres + "/" + name + ".expected";
        BOOST_REQUIRE_MESSAGE(std::filesystem::exists(expectedPath), "no expected file " << expectedPath);
        expectFindings(documentFromPlainText(text::fromUtf8(readFile(kGenres + "/" + name + ".txt"))),
                       readExpectedFindings(expectedPath));
    }
}

BOOST_AUTO_TEST_CASE(the_corpus_has_every_genre_issued_and_as_a_template)
{
    const std::vector<std::string> names = genreDocuments();
    for (const char* genre : {"notice", "decision", "letter", "minutes", "plan", "company"}) {
        const auto ofGenre = [&](bool issued) {
            return std::count_if(names.begin(), names.end(), [&](const std::string& name) {
                const bool isTemplate = name.find("-template") != std::string::npos || name.find("-guide") != std::string::npos;
                return name.rfind(genre, 0) == 0 && isTemplate != issued;
            });
        };
        BOOST_TEST(ofGenre(true) >= 2, genre << ": issued documents");
        BOOST_TEST(ofGenre(false) >= 1, genre << ": templates or guides");
    }
}

// Case 1 with formatting: the list items of company-01 have no outline level and are no
// headings, so HF-03 leaves them alone and HP-01 does not touch item 4's "。". A real level-3
// heading without an outline level is still found.
BOOST_AUTO_TEST_CASE(list_items_are_not_headings_without_an_outline_level)
{
    Document d;
    d.paragraphs = {title("关于成立档案管理办公室的通知"),
                    body("公司各部门、各子公司："),
                    body("为进一步加强公司档案管理工作，经公司研究，决定成立档案管理办公室。现将有关事项通知如下："),
                    heading("一、主要职责", 1),
                    body("档案管理办公室职责如下："),
                    body("1.负责制度建设；"),
                    body("2.负责日常管理；"),
                    body("3.负责档案工作；"),
                    body("4.完成交办的其他工作。"),
                    body("档案管理办公室在公司分管领导的领导下开展工作。"),
                    heading("二、工作要求", 1),
                    heading("（一）明确责任分工", 2),
                    formatted("1.落实兼职档案员", "仿宋_GB2312", 16),
                    body("各部门各指定一名兼职档案员，于2025年1月15日前报综合管理部。"),
                    heading("2.按时归档", 3),
                    body("各部门每年3月底前完成上一年度文件的归档。"),
                    heading("（二）加强监督检查", 2),
                    body("综合管理部每半年组织一次档案工作检查。")};
    expectFindings(d, "# The heading 1. under （一） has no outline level: the Navigator cannot see it.\n"
                      "12 HF-03 1.落实兼职档案员\n"
                      "5 !HN-10\n5 !HF-03\n6 !HF-03\n7 !HF-03\n8 !HF-03\n8 !HP-01\n");
}

// Case 4: the 版记 lines are set 左空一字 (GB/T 9704-2012 §7.4): the typed space is their
// layout, not a fake first-line indent. A body paragraph indented with typed spaces is still one.
BOOST_AUTO_TEST_CASE(banji_lines_are_not_fake_indents)
{
    Document d;
    d.paragraphs = {title("关于成立档案管理办公室的通知"),
                    body("公司各部门、各子公司："),
                    body("为进一步加强公司档案管理工作，经公司研究，决定成立档案管理办公室。"),
                    body("　　各部门要高度重视档案管理工作，按时报送兼职档案员名单。"),
                    body("江南智联科技有限公司"),
                    body("2025年1月2日"),
                    formatted("　抄送：公司董事会，公司监事会。", "仿宋_GB2312", 14),
                    formatted("　江南智联科技有限公司办公室　　　　　　2025年1月2日印发　", "仿宋_GB2312", 14),
                    formatted("　校对：李明", "仿宋_GB2312", 14)};
    expectFindings(d, "# A body paragraph indented by two typed ideographic spaces.\n"
                      "3 HF-04 ×1\n"
                      "6 !HF-04\n7 !HF-04\n8 !HF-04\n");
}

// Case 6: a title over two lines is one title: both lines are 2号, and a 《》 pair split between
// them is matched.
BOOST_AUTO_TEST_CASE(a_title_over_two_lines_is_checked_on_both)
{
    const auto notice = [](double firstLinePt, double secondLinePt) {
        Document d;
        d.paragraphs = {title("临江市人民政府办公室关于印发《临江市政务信息公开"),
                        title("规定》的通知"),
                        body("各县（市、区）人民政府，市政府各部门，各直属机构："),
                        body("《临江市政务信息公开规定》已经市人民政府同意，现印发给你们，请认真贯彻执行。"),
                        body("临江市人民政府办公室"),
                        body("2025年3月12日")};
        d.paragraphs[0].runs[0].sizePt = firstLinePt;
        d.paragraphs[1].runs[0].sizePt = secondLinePt;
        return d;
    };
    expectFindings(notice(22, 22), "0 !PN-06\n1 !PN-06\n");
    expectFindings(notice(16, 22), "# The first line of the title is 3号, not 2号.\n"
                                   "0 HF-02 临江市人民政府办公室关于印发《临江市政务信息公开\n");
    expectFindings(notice(22, 16), "# The second line of the title is 3号, not 2号.\n"
                                   "1 HF-02 规定》的通知\n");
}

// Case 7: a space after the marker set in another size is no wrong heading size — the size of a
// blank is invisible. A wrong size on the heading's text is still found.
BOOST_AUTO_TEST_CASE(a_space_run_in_another_size_is_no_wrong_heading_size)
{
    const auto withTextSize = [](double textPt) {
        Document d;
        d.paragraphs = {title("关于做好档案管理工作的通知"),
                        heading("一、工作要求", 1),
                        heading("（一）组织保障", 2),
                        heading("1. 加强组织领导", 3),
                        body("各部门主要负责同志要亲自抓档案管理工作。")};
        Paragraph& p = d.paragraphs[3];
        p.runs = {TextRun{0, 2, u"仿宋_GB2312", u"Times New Roman", 16, false, false},
                  TextRun{2, 1, u"仿宋_GB2312", u"Times New Roman", 11, false, false},
                  TextRun{3, 6, u"仿宋_GB2312", u"Times New Roman", textPt, false, false}};
        return d;
    };
    BOOST_TEST(flaggedBy(withTextSize(16), "HF-02").empty());
    const Document wrong = withTextSize(14);
    const auto findings = findingsOf(wrong, "HF-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 3u);
    BOOST_TEST(findings[0].messageZh.find("实为14磅") != std::string::npos);
}

// Case 9: HF-03 proposes the outline level of a heading's depth in the document, so that the
// Navigator starts at level 1 whatever marker the top headings use.
BOOST_AUTO_TEST_CASE(outline_level_follows_the_depth_of_the_heading)
{
    Document topArabic;
    topArabic.paragraphs = {title("临江市教育局关于商请支持职业院校学生岗位实习工作的函"),
                            heading("1.实习安排", 3), heading("（1）实习时间", 4),
                            body("2025年5月至7月。"), heading("（2）实习岗位", 4), body("由企业根据生产需要安排。"),
                            heading("2.有关要求", 3), body("请贵局于4月15日前反馈推荐名单。")};
    for (Paragraph& p : topArabic.paragraphs)
        p.outlineLevel = 0;
    BOOST_TEST(proposedOutlineLevel(topArabic, 1) == 1);
    BOOST_TEST(proposedOutlineLevel(topArabic, 2) == 2);
    BOOST_TEST(proposedOutlineLevel(topArabic, 4) == 2);
    BOOST_TEST(proposedOutlineLevel(topArabic, 6) == 1);

    Document standard;
    standard.paragraphs = {title("关于做好档案管理工作的通知"), heading("一、工作要求", 1), heading("（一）组织保障", 2),
                           heading("1.加强组织领导", 3), body("各部门主要负责同志要亲自抓。"), heading("2.落实责任", 3),
                           body("明确一名兼职档案员。"), heading("（二）监督检查", 2), body("每半年检查一次。")};
    for (Paragraph& p : standard.paragraphs)
        p.outlineLevel = 0;
    BOOST_TEST(proposedOutlineLevel(standard, 1) == 1);
    BOOST_TEST(proposedOutlineLevel(standard, 2) == 2);
    BOOST_TEST(proposedOutlineLevel(standard, 3) == 3);
}

BOOST_AUTO_TEST_SUITE_END()
