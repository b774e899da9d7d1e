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

BOOST_AUTO_TEST_CASE(glossary_entries_number_on_across_their_definitions)
{
    const Document d = doc({"一、工作任务", "正文。", "名词解释", "1.“四上”企业：", "达到一定规模的企业。", "2.“双高计划”：",
                            "中国特色高水平高职学校和专业建设计划。", "3.“两新”：是指大规模设备更新和消费品以旧换新。"});
    const Structure s = structureOf(d);
    BOOST_TEST((s.role(3).role == Role::ListItem));
    BOOST_TEST(s.headingAt(5)->siblingIndex == 2);
    BOOST_TEST(s.headingAt(7)->siblingIndex == 3);
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    BOOST_TEST(findingsOf(d, "HP-01").empty());
    // A gap among the entries is still one.
    const Document gap = doc({"名词解释", "1.两重：国家重大战略。", "定义。", "3.两新：设备更新。"});
    BOOST_TEST(flaggedBy(gap, "HN-08") == std::vector<std::string>{"3."});
}

BOOST_AUTO_TEST_CASE(an_item_whose_text_starts_with_a_number_numbers_on)
{
    // "2.2026年…" alone reads as a decimal; after "1." it is item 2.
    const Document d = doc({"名词解释", "1.“1+N”政策体系：帮扶政策。", "2.2026年10件民生实事：重点群体就业。", "3.5+2就业之家：覆盖省市县。",
                            "4.“百羽争锋”：县域发展。"});
    const Structure s = structureOf(d);
    BOOST_REQUIRE(s.headingAt(2) != nullptr);
    BOOST_TEST(s.headingAt(2)->marker.number == 2);
    BOOST_TEST(s.headingAt(3)->marker.number == 3);
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    BOOST_TEST(structureOf(doc({"2.2026年10件民生实事。"})).headings().empty());
}

BOOST_AUTO_TEST_CASE(numbered_decisions_introducing_a_list)
{
    // A 纪要's numbered decisions: one introduces a list with "：", the list's items follow.
    const Document d = doc({"现将会议议定事项纪要如下：", "一、会议同意数据中心扩容项目立项。",
                            "二、会议要求各部门高度重视安全生产工作，重点做好以下工作：", "（一）3月15日前完成消防设施检查；",
                            "（二）每月开展一次安全隐患排查。", "三、会议决定成立工作专班，专班组成如下：", "组  长：王建华"});
    BOOST_TEST(findingsOf(d, "HP-01").empty());
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    // A short heading with a colon is still a heading with a wrong end point.
    BOOST_TEST(flaggedBy(doc({"一、总体要求", "1.主要做法：", "正文。", "2.存在问题", "正文。"}), "HP-01") == std::vector<std::string>{"："});
}

BOOST_AUTO_TEST_CASE(a_marker_split_over_two_lines_is_joined)
{
    const Document d = doc({"（一）经济运行稳中有进。", "正文。", "（二）产业发展提质增效。", "正文。", "（", "三）改革开放持续深化。", "正文。",
                            "（四）城乡发展更趋协调。", "正文。"});
    const Structure s = structureOf(d);
    BOOST_TEST((s.role(4).role == Role::MarkerFragment));
    BOOST_TEST(s.headingAt(5)->marker.number == 3);
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    BOOST_TEST(findingsOf(d, "PN-06").empty());
    const auto split = findingsOf(d, "HN-02");
    BOOST_REQUIRE_EQUAL(split.size(), 1u);
    BOOST_TEST(split[0].paragraph == 5u);
    Document fixed = d;
    planFixes(fixed, Config{}, isSafeFix);
    BOOST_TEST(paragraphText(fixed, 4) == "（三）改革开放持续深化。");
    BOOST_TEST(findingsOf(fixed, "HN-02").empty());
}

BOOST_AUTO_TEST_CASE(lettered_and_labelled_headings_get_the_standard_form)
{
    const Document d = doc({"一、支持方向", "方向1：工业互联网", "（a）平台建设", "支持建设平台。", "（b）安全防护", "支持能力建设。", "方向2：智慧城市",
                            "（a）城市运行", "支持建设平台。"});
    const auto findings = findingsOf(d, "HN-13");
    BOOST_REQUIRE_EQUAL(findings.size(), 5u);
    BOOST_TEST(findings[0].severity == Severity::Info);
    BOOST_TEST(findings[0].messageZh.find("此处宜用“（一）”") != std::string::npos);
    BOOST_TEST(findings[1].messageZh.find("此处宜用“1.”") != std::string::npos);
    BOOST_TEST(findings[2].messageZh.find("此处宜用“2.”") != std::string::npos);
    BOOST_TEST(findings[3].messageZh.find("此处宜用“（二）”") != std::string::npos);
    // Latin text in brackets inside a sentence is no heading.
    BOOST_TEST(findingsOf(doc({"采用（a）类标准。"}), "HN-13").empty());
}

BOOST_AUTO_TEST_CASE(the_front_matter_of_a_news_page)
{
    const Document d = doc({"下载", "打印", "2026年江苏省政府工作报告", "来源：新华日报", "时间：2026-02-09", "省长 刘小涛",
                            "省长刘小涛代表省人民政府向大会作政府工作报告。本报记者 朱江 摄", "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。",
                            "一、2025年工作回顾", "正文。"});
    const Structure s = structureOf(d);
    BOOST_TEST(rolesOf(d) == (std::vector<Role>{Role::Residue, Role::Residue, Role::Title, Role::Residue, Role::Residue, Role::Byline,
                                                Role::Residue, Role::Body, Role::Body, Role::Heading, Role::Body}),
               boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "PN-08").empty());
    // The same caption in the body is the document's own.
    const Document body = doc({"一、活动情况", "正文。", "省长出席活动并讲话。本报记者 朱江 摄"});
    BOOST_TEST((structureOf(body).role(2).role == Role::Byline));
    BOOST_TEST(findingsOf(body, "TH-02").empty());
}

BOOST_AUTO_TEST_CASE(a_two_line_title_is_checked_as_one)
{
    const Document pair = doc({"关于印发《某某信息公开", "规定》的通知", "各部门：", "正文。"});
    BOOST_TEST(findingsOf(pair, "PN-06").empty());
    // A mark left open across the two lines is still reported, on the line that has it.
    const Document open = doc({"关于印发《某某信息公开", "规定的通知", "各部门：", "正文。"});
    BOOST_TEST(flaggedBy(open, "PN-06") == std::vector<std::string>{"《"});
    // The end point is looked for on the last line.
    BOOST_TEST(flaggedBy(doc({"关于进一步加强安全生产", "工作的通知。", "各部门：", "正文。"}), "HP-03") == std::vector<std::string>{"。"});
}

BOOST_AUTO_TEST_CASE(a_marker_after_a_line_break_starts_a_heading_of_its_own)
{
    // Shift+Enter (or a pasted <w:br/>) between a heading and the next: one paragraph, two headings.
    const Document d = doc({"一、总体情况\n（一）工作进展\n正文内容。", "（二）存在问题", "正文。"});
    const Structure s = structureOf(d);
    BOOST_REQUIRE_EQUAL(s.headings().size(), 3u);
    BOOST_TEST(headingExcerpt(d, s.headings()[0]) == "总体情况");
    BOOST_TEST(s.headings()[1].lineBreak == 6);
    BOOST_TEST(headingExcerpt(d, s.headings()[1]) == "工作进展");
    BOOST_TEST(s.headings()[2].siblingIndex == 2);
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    const auto breaks = findingsOf(d, "HN-17");
    BOOST_REQUIRE_EQUAL(breaks.size(), 1u);
    BOOST_TEST(breaks[0].start == 6u);
    BOOST_TEST(isSafeFix(breaks[0]));
    // The fix splits the paragraph there; a second fix-all changes nothing.
    Document fixed = d;
    planFixes(fixed, Config{}, isSafeFix);
    BOOST_REQUIRE_EQUAL(fixed.paragraphs.size(), 4u);
    BOOST_TEST(paragraphText(fixed, 0) == "一、总体情况");
    BOOST_TEST(paragraphText(fixed, 1) == "（一）工作进展\n正文内容。");
    BOOST_TEST(findingsOf(fixed, "HN-17").empty());
    BOOST_TEST(planFixes(fixed, Config{}, isSafeFix).empty());
    // A line break before body text, a year or a decimal is no heading.
    BOOST_TEST(findingsOf(doc({"一、总体情况\n2024年全年完成投资3.5亿元。"}), "HN-17").empty());
    BOOST_TEST(findingsOf(doc({"正文第一行\n3.5万元用于培训。"}), "HN-17").empty());
}

BOOST_AUTO_TEST_CASE(splitting_keeps_the_formatting_of_each_half)
{
    Document d = doc({"一、总体情况\n（一）工作进展"});
    d.paragraphs[0].runs = {{0, 6, u"黑体", u"Arial", 16, false, false}, {6, 8, u"楷体", u"Arial", 16, false, false}};
    applyEdits(d, {SplitParagraph{0, 6, 1}});
    BOOST_REQUIRE_EQUAL(d.paragraphs.size(), 2u);
    BOOST_TEST(d.paragraphs[0].runs.size() == 1u);
    BOOST_TEST(d.paragraphs[0].runs[0].length == 6u);
    BOOST_REQUIRE_EQUAL(d.paragraphs[1].runs.size(), 1u);
    BOOST_TEST(d.paragraphs[1].runs[0].start == 0u);
    BOOST_TEST(d.paragraphs[1].runs[0].length == 7u);
    BOOST_TEST((d.paragraphs[1].runs[0].fontAsian == u"楷体"));
}

BOOST_AUTO_TEST_SUITE_END()
