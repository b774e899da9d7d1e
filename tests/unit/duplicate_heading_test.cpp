// HN-16 duplicate-heading: sibling headings written twice, and the title repeated at the top.
#include "heading_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(hn16_duplicate_heading)

BOOST_AUTO_TEST_CASE(identical_siblings)
{
    const Document d = doc({"一、工作情况", "（一）强化组织领导", "（二）加强舆论引导", "（三）强化组织领导", "（四）强化组织领导"});
    const auto findings = findingsOf(d, "HN-16");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].paragraph == 3u);
    BOOST_TEST(flagged(d, findings[0]) == "强化组织领导");
    BOOST_TEST(findings[0].messageZh ==
               "二级标题“（三）强化组织领导”与前面的同级标题“（一）强化组织领导”相同：同一上级标题下的标题不应重复，请删除或改写");
    BOOST_TEST(findings[0].messageEn == "level-2 heading \"（三）强化组织领导\" repeats its earlier sibling "
                                       "\"（一）强化组织领导\": headings under one parent should differ; delete or reword it");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    BOOST_TEST(!findings[0].fixable());
    // The nearest earlier copy is named.
    BOOST_TEST(findings[1].paragraph == 4u);
    BOOST_TEST(findings[1].messageZh.find("同级标题“（三）强化组织领导”") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sibling_extended_at_the_end)
{
    // Seed 000: (四) is (三) plus 阵地建设; only the heading parts of the run-in headings count.
    const Document d = doc({"三、下一步工作计划打算", "（一）进一步加强党对意识形态工作的全面领导。要压实责任。",
                            "（二）进一步巩固壮大奋进新时代的主流思想舆论。要深入推广社会主义核心价值观。",
                            "（三）进一步巩固壮大奋进新时代的主流思想舆论阵地建设。确保新闻报道的领导权。"});
    const auto findings = findingsOf(d, "HN-16");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 3u);
    BOOST_TEST(flagged(d, findings[0]) == "进一步巩固壮大奋进新时代的主流思想舆论阵地建设");
    BOOST_TEST(findings[0].messageZh == "二级标题“（三）进一步巩固壮大奋进新时代的主流思想舆论阵…”与前面的同级标题"
                                        "“（二）进一步巩固壮大奋进新时代的主流思想舆论。”只差“阵地建设”，疑似重复：请合并或改写");
    BOOST_TEST(findings[0].messageEn.find("only by \"阵地建设\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sibling_extended_at_the_start)
{
    const Document d = doc({"1.基层党组织建设", "2.加强基层党组织建设"});
    const auto findings = findingsOf(d, "HN-16");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 1u);
    BOOST_TEST(findings[0].messageZh.find("只差“加强”") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(compares_width_folded_without_spaces_and_end_points)
{
    BOOST_TEST(findingsOf(doc({"（一）建设５Ｇ基站。", "（二）建设 5G基站："}), "HN-16").size() == 1u);
    // Run-in headings with the same heading part and different bodies.
    BOOST_TEST(findingsOf(doc({"（一）强化组织领导。一是调整领导小组。", "（二）强化组织领导。二是健全制度。"}), "HN-16").size() == 1u);
}

BOOST_AUTO_TEST_CASE(repeated_title_at_the_top)
{
    // Seed 000: the page's title, its meta line, then the report's own title.
    const Document d = doc({"2024年上半年意识形态领域工作汇报", "", "admin 分享 时间: 加入收藏", "",
                            "2024年上半年意识形态领域工作汇报", "", "一、工作开展情况", "（一）强化组织领导", "（二）加强舆论引导"});
    const auto findings = findingsOf(d, "HN-16");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 4u);
    BOOST_TEST(flagged(d, findings[0]) == "2024年上半年意识形态领域工作汇报");
    BOOST_TEST(findings[0].messageZh == "标题“2024年上半年意识形态领域工作汇报”重复：与第1段相同，请删除多余的一段");
    BOOST_TEST(findings[0].messageEn ==
               "The title \"2024年上半年意识形态领域工作汇报\" is repeated: paragraph 1 is the same; delete the extra one");
    BOOST_TEST(findings[0].severity == Severity::Warning);
}

BOOST_AUTO_TEST_CASE(title_repeated_with_a_few_characters_more)
{
    // Seed 001: the page's title twice, then the report's title with its placeholder.
    const Document d = doc({"街道意识形态工作情况汇报", "发布时间:2022-07-27", "街道意识形态工作情况汇报",
                            "XXX街道意识形态工作情况汇报。", "一、重点工作开展情况"});
    const auto findings = findingsOf(d, "HN-16");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(findings[1].paragraph == 3u);
    BOOST_TEST(flagged(d, findings[1]) == "XXX街道意识形态工作情况汇报");
    BOOST_TEST(findings[1].messageZh ==
               "标题“XXX街道意识形态工作情况汇报”与第3段“街道意识形态工作情况汇报”只差“XXX”，疑似重复：请删除多余的一段");
}

BOOST_AUTO_TEST_CASE(near_miss_siblings_sharing_a_stem)
{
    // Published reports: one stem, different endings, or different middles.
    BOOST_TEST(findingsOf(doc({"（一）加快建设现代化产业体系", "（二）加快建设现代化基础设施体系"}), "HN-16").empty());
    BOOST_TEST(findingsOf(doc({"（一）奋力推进全面深化改革", "（二）奋力推进高水平对外开放"}), "HN-16").empty());
    // One is the other's start, but what it adds is more than a few characters.
    BOOST_TEST(findingsOf(doc({"（一）推进乡村振兴", "（二）推进乡村振兴示范区建设"}), "HN-16").empty());
}

BOOST_AUTO_TEST_CASE(near_miss_page_numbers_of_a_typed_contents)
{
    // A typed table of contents, then the headings it lists: only page numbers more.
    BOOST_TEST(findingsOf(doc({"一、总体要求\t1", "二、主要任务\t3", "一、总体要求", "二、主要任务"}), "HN-16").empty());
}

BOOST_AUTO_TEST_CASE(near_miss_different_parents_and_levels)
{
    // The same level-2 heading under two level-1 headings.
    BOOST_TEST(findingsOf(doc({"一、重点工作", "（一）基本情况", "（二）主要做法", "二、存在问题", "（一）基本情况"}), "HN-16").empty());
    // Cousins: the same level-3 heading under two level-2 siblings.
    BOOST_TEST(findingsOf(doc({"一、重点工作", "（一）理论学习", "1.基本情况", "2.主要做法", "（二）宣传工作", "1.基本情况",
                               "2.主要做法"}),
                          "HN-16")
                   .empty());
    // Parent and child, and the same text at two levels elsewhere.
    BOOST_TEST(findingsOf(doc({"一、总体要求", "（一）总体要求", "（二）主要目标", "二、主要目标"}), "HN-16").empty());
}

BOOST_AUTO_TEST_CASE(near_miss_title_text_after_the_top)
{
    // A paragraph like the title after the first heading, or after the opening prose.
    BOOST_TEST(findingsOf(doc({"2024年工作总结", "一、工作情况", "2024年工作总结"}), "HN-16").empty());
    const Document prose = doc({"关于开展安全生产大检查的通知", "各有关单位：",
                                "为深入贯彻落实安全生产工作部署，切实防范化解重大安全风险，坚决遏制重特大事故发生，"
                                "经研究，决定在全市范围内开展安全生产大检查，现将有关事项通知如下。",
                                "关于开展安全生产大检查的通知"});
    BOOST_TEST(findingsOf(prose, "HN-16").empty());
    // The title in a table at the top (a cover form), then as the document's title.
    Document table = doc({"2024年工作总结", "2024年工作总结", "一、工作情况"});
    table.paragraphs[0].container = Container::Table;
    BOOST_TEST(findingsOf(table, "HN-16").empty());
    // Title and subtitle.
    BOOST_TEST(findingsOf(doc({"政府工作报告", "——2026年1月26日在省第十四届人民代表大会第四次会议上", "各位代表：",
                               "一、工作回顾"}),
                          "HN-16")
                   .empty());
}

BOOST_AUTO_TEST_CASE(a_title_over_two_lines_is_compared_whole)
{
    // The page's one-line title above the document's two-line one.
    const Document d = doc({"关于印发《某某信息公开规定》的通知", "下载", "关于印发《某某信息公开", "规定》的通知", "各部门：", "正文。"});
    const auto findings = findingsOf(d, "HN-16");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 2u);
    // Its second line alone is no copy of anything.
    BOOST_TEST(findingsOf(doc({"关于印发《某某信息公开", "规定》的通知", "各部门：", "正文。"}), "HN-16").empty());
}

BOOST_AUTO_TEST_SUITE_END()
