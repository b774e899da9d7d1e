// The role pass of the recognizer: headings that start with a year or a quotation, lists of
// sentences and fields that are no headings, appended parts and restarts that number afresh,
// titles over two lines — each with the case that must still be found.
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

Structure structureOf(const Document& document) { return Structure::build(document, Config{}); }

std::vector<Role> rolesOf(const Document& document)
{
    const Structure structure = structureOf(document);
    std::vector<Role> roles;
    for (std::uint32_t i = 0; i < document.paragraphs.size(); ++i)
        roles.push_back(structure.role(i).role);
    return roles;
}

} // namespace

namespace gw {
inline std::ostream& operator<<(std::ostream& out, Role role) { return out << static_cast<int>(role); }
} // namespace gw

BOOST_AUTO_TEST_SUITE(roles)

BOOST_AUTO_TEST_CASE(a_year_after_the_marker_still_makes_a_heading)
{
    const Document d = doc({"一、2025年工作回顾", "（一）加强领导", "正文。", "二、存在的问题", "正文。", "三、2026年主要任务"});
    const Structure s = structureOf(d);
    BOOST_TEST(s.headings().size() == 4u);
    BOOST_TEST(s.headingAt(0) != nullptr);
    BOOST_TEST(s.headingAt(5) != nullptr);
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    BOOST_TEST(findingsOf(d, "HN-09").empty());
    // Decimals are still no markers.
    BOOST_TEST(structureOf(doc({"3.5万元的预算已下达。"})).headings().empty());
}

BOOST_AUTO_TEST_CASE(quotation_and_book_title_marks_after_the_marker)
{
    const Document d = doc({"一、总体要求", "二、“十四五”时期主要成就", "（一）《纲要》确定的目标", "（二）其他"});
    BOOST_TEST(structureOf(d).headings().size() == 4u);
    BOOST_TEST(findingsOf(d, "HN-08").empty());
}

BOOST_AUTO_TEST_CASE(a_glossary_ends_the_heading_tree)
{
    const Document d = doc({"一、工作回顾", "（一）经济", "正文。", "二、今年任务", "正文。", "名词解释",
                            "1.新质生产力：是指创新起主导作用的先进生产力。", "2.两重：是指国家重大战略实施和重点领域安全能力建设。"});
    const Structure s = structureOf(d);
    BOOST_TEST(s.role(5).role == Role::PartLabel);
    BOOST_TEST(s.headingAt(6)->parent == -1);
    BOOST_TEST(s.headingAt(6)->part == 1);
    BOOST_TEST(findingsOf(d, "HN-10").empty());
    // Without the label the items sit under "二、" and skip a level.
    const Document unlabelled = doc({"一、工作回顾", "（一）经济", "正文。", "二、今年任务", "正文。",
                                     "1.新质生产力的含义", "正文。", "2.两重的含义", "正文。"});
    BOOST_TEST(findingsOf(unlabelled, "HN-10").size() == 1u);
}

BOOST_AUTO_TEST_CASE(attachments_number_afresh)
{
    const Document d = doc({"一、总体要求", "正文。", "二、工作安排", "正文。", "附件", "2026年民生实事", "一、就业", "正文。", "二、教育", "正文。"});
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    BOOST_TEST(findingsOf(d, "HN-16").empty());
}

BOOST_AUTO_TEST_CASE(a_restart_below_a_title_starts_a_new_tree)
{
    const Document d = doc({"一、总体要求", "正文。", "二、工作安排", "正文。", "2026年省政府民生实事", "一、稳定就业", "正文。", "二、教育提升", "正文。"});
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    // A restart in running text is a numbering error.
    const Document slip = doc({"一、总体要求", "正文。", "二、工作安排", "正文。", "一、稳定就业", "正文。"});
    BOOST_TEST(flaggedBy(slip, "HN-08") == std::vector<std::string>{"一、"});
}

BOOST_AUTO_TEST_CASE(a_list_of_sentences_is_no_heading)
{
    const Document d = doc({"一、部门职责", "职责如下：", "1.负责制度建设；", "2.负责日常管理；", "3.负责档案工作；", "4.完成交办的其他工作。",
                            "二、人员安排", "正文。"});
    const Structure s = structureOf(d);
    for (std::uint32_t i = 2; i <= 5; ++i) {
        BOOST_TEST((s.role(i).role == Role::ListItem));
        BOOST_TEST(!s.headingAt(i)->isOutlineHeading());
    }
    BOOST_TEST(findingsOf(d, "HP-01").empty());
    BOOST_TEST(findingsOf(d, "HN-10").empty());
    BOOST_TEST(findingsOf(d, "HN-15").empty());
    // The "（二）" after the list is a sibling of nothing inverted: lists open no sections.
    const Document nested = doc({"一、要求", "（一）职责", "职责如下：", "1.负责制度建设；", "2.负责日常管理。", "（二）人员", "正文。"});
    BOOST_TEST(findingsOf(nested, "HN-11").empty());
    BOOST_TEST(findingsOf(nested, "HN-08").empty());
    // A gap inside a list is still a numbering error: the list ends at the gap.
    const Document gap = doc({"职责如下：", "1.负责制度建设；", "2.负责日常管理；", "4.完成交办的其他工作。"});
    BOOST_TEST(flaggedBy(gap, "HN-08") == std::vector<std::string>{"4."});
}

BOOST_AUTO_TEST_CASE(headings_with_text_under_them_are_no_list)
{
    const Document d = doc({"重点做好以下工作：", "（一）坚持供需两端协同发力。", "正文。", "（二）大力推进科技创新。", "正文。"});
    const Structure s = structureOf(d);
    BOOST_TEST((s.role(1).role == Role::Heading));
    BOOST_TEST((s.role(3).role == Role::Heading));
    // Run-in headings one after the other are headings too, not a list.
    const Document runIn = doc({"三、重点工作", "（一）壮大实体经济。一要加快传统产业提质升级。", "（二）推进创新驱动。一要…。"});
    BOOST_TEST((structureOf(runIn).role(1).role == Role::Heading));
}

BOOST_AUTO_TEST_CASE(label_and_value_items_are_fields)
{
    const Document d = doc({"一、基本情况", "（一）公司名称：某某科技有限公司（拟）。", "（二）注册资本：1000万元。", "二、经营范围", "正文。"});
    const Structure s = structureOf(d);
    BOOST_TEST((s.role(1).role == Role::Field));
    BOOST_TEST(findingsOf(d, "HP-02").empty());
    BOOST_TEST(findingsOf(doc({"（四）时间安排：10:30开始"}), "HP-02").empty());
    // A run-in heading whose heading part is a sentence still wants its "。".
    const Document runIn = doc({"一、工作情况", "（一）强化组织领导，一是调整领导小组，二是完善机制。", "（二）其他。"});
    BOOST_TEST(findingsOf(runIn, "HP-02").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_title_over_two_lines_is_one_title)
{
    const Document d = doc({"关于印发《某某信息公开", "规定》的通知", "各部门：", "现将规定印发给你们，请遵照执行。"});
    const Structure s = structureOf(d);
    BOOST_TEST(s.titleLines() == (std::vector<std::uint32_t>{0, 1}));
    BOOST_TEST(rolesOf(d) == (std::vector<Role>{Role::Title, Role::Title, Role::Body, Role::Body}), boost::test_tools::per_element());
    const Document split = doc({"关于进一步加强安全生产", "工作的通知", "各部门：", "正文。"});
    BOOST_TEST(structureOf(split).titleLines().size() == 2u);
    // A short label above a title is no part of it.
    const Document labelled = doc({"收藏", "2026年政府工作报告", "各位代表：", "正文。"});
    BOOST_TEST(structureOf(labelled).titleLines() == (std::vector<std::uint32_t>{1}));
}

BOOST_AUTO_TEST_CASE(bylines_and_subtitles_are_no_titles)
{
    const Document d = doc({"2026年天津市政府工作报告", "——2026年1月26日在天津市第十八届人民代表大会第四次会议上", "天津市市长 张工", "各位代表：",
                            "现在，我代表市人民政府向大会报告工作。"});
    BOOST_TEST(structureOf(d).titleLines() == (std::vector<std::uint32_t>{0}));
}

BOOST_AUTO_TEST_CASE(headings_ending_in_a_period_by_style)
{
    // A group that ends every standalone heading with "。": info, fixed only on request.
    const Document group = doc({"二、主要任务", "（一）以更高标准打造生态文明高地。", "正文。", "（二）以更大力度推动高质量发展。", "正文。"});
    const auto styled = findingsOf(group, "HP-01");
    BOOST_REQUIRE_EQUAL(styled.size(), 2u);
    BOOST_TEST(styled[0].severity == Severity::Info);
    BOOST_TEST(!isSafeFix(styled[0]));
    // Beside run-in siblings it is a run-in heading split from its body: info, no fix.
    const Document split = doc({"三、重点工作", "（一）壮大实体经济。", "一要加快传统产业提质升级。", "（二）推进创新驱动。一要…。"});
    const auto splitFindings = findingsOf(split, "HP-01");
    BOOST_REQUIRE_EQUAL(splitFindings.size(), 1u);
    BOOST_TEST(splitFindings[0].severity == Severity::Info);
    BOOST_TEST(!splitFindings[0].fixable());
    // One slip among clean siblings is an error.
    const Document slip = doc({"二、主要任务", "（一）打造生态文明高地。", "正文。", "（二）推动高质量发展", "正文。"});
    const auto slipFindings = findingsOf(slip, "HP-01");
    BOOST_REQUIRE_EQUAL(slipFindings.size(), 1u);
    BOOST_TEST(slipFindings[0].severity == Severity::Error);
}

BOOST_AUTO_TEST_CASE(weak_markers_give_no_structural_errors)
{
    // A bare numeral and a space is a heading only by its shape: its form is reported (HN-01), its
    // numbering is not.
    const Document weak = doc({"一 总体要求", "正文。", "三 工作安排", "正文。"});
    BOOST_TEST(!structureOf(weak).role(0).confident);
    BOOST_TEST(findingsOf(weak, "HN-08").empty());
    BOOST_TEST(findingsOf(weak, "HN-01").size() == 2u);
    const Document typed = doc({"一、总体要求", "正文。", "三、工作安排", "正文。"});
    BOOST_TEST(structureOf(typed).role(0).confident);
    BOOST_TEST(flaggedBy(typed, "HN-08") == std::vector<std::string>{"三、"});
}

BOOST_AUTO_TEST_SUITE_END()
