// HN-01, HN-03…HN-07: the form of each marker.
#include "heading_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(hn01_l1_marker_form)

BOOST_AUTO_TEST_CASE(flags_wrong_separators)
{
    const Document d = doc({"一.总体要求", "二．主要任务", "三，保障措施", "四:工作要求", "五 其他事项", "六、附则"});
    const auto findings = findingsOf(d, "HN-01");
    std::vector<std::string> found;
    for (const auto& f : findings)
        found.push_back(flagged(d, f));
    const std::vector<std::string> expected = {"一.", "二．", "三，", "四:", "五 "};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
    BOOST_TEST(findings[0].messageZh ==
               "一级标题序号“一.”应为“一、”：汉字数字后用顿号（GB/T 9704-2012 §7.3.3；GB/T 15834-2011 附录B.3）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST(findings[0].fix.kind == FixKind::Safe);
}

BOOST_AUTO_TEST_CASE(leaves_correct_markers_and_running_text_alone)
{
    const Document d = doc({"一、总体要求", "十一、附则", "一，加强组织领导，提升思想认识，确保各项工作落到实处。",
                            "一是调整领导小组。", "一方面是由于历史原因", "一、二季度经济运行平稳"});
    BOOST_TEST(findingsOf(d, "HN-01").empty());
}

BOOST_AUTO_TEST_CASE(fix_touches_only_the_separator_and_is_idempotent)
{
    const Document d = doc({"一.总体要求", "二，主要任务", "三 保障措施"});
    const auto findings = findingsOf(d, "HN-01");
    const auto& edit = std::get<ReplaceText>(findings.at(0).fix.edits.at(0));
    BOOST_TEST(edit.start == 1u);
    BOOST_TEST(edit.length == 1u);
    const Document once = fixedBy(d, "HN-01");
    BOOST_TEST(paragraphText(once, 0) == "一、总体要求");
    BOOST_TEST(paragraphText(once, 1) == "二、主要任务");
    BOOST_TEST(paragraphText(once, 2) == "三、保障措施");
    BOOST_TEST(findingsOf(once, "HN-01").empty());
    const Document twice = fixedBy(once, "HN-01");
    for (std::size_t i = 0; i < 3; ++i)
        BOOST_TEST(paragraphText(twice, i) == paragraphText(once, i));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn03_l3_marker_form)

BOOST_AUTO_TEST_CASE(flags_wrong_separators)
{
    const Document d = doc({"一、情况", "1、坚持学习", "2，抓好宣传", "3:抓好阵地", "4.、强化保障", "5.落实责任"});
    std::vector<std::string> found;
    for (const auto& f : findingsOf(d, "HN-03"))
        found.push_back(flagged(d, f));
    const std::vector<std::string> expected = {"1、", "2，", "3:", "4.、"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    const Document d = doc({"1.坚持学习", "2．抓好宣传", "3.5万元已到位", "2024.5", "1.5倍", "100.合计", "3个方面"});
    BOOST_TEST(findingsOf(d, "HN-03").empty());
}

BOOST_AUTO_TEST_CASE(fix_uses_the_documents_dot)
{
    // Most level-3 markers use the full-width dot, so "1、" becomes "1．" (HN-04 stays quiet).
    const Document d = doc({"1、坚持学习", "2．抓好宣传", "3．抓好阵地", "4.、强化保障"});
    const Document once = fixedBy(d, "HN-03");
    BOOST_TEST(paragraphText(once, 0) == "1．坚持学习");
    BOOST_TEST(paragraphText(once, 3) == "4.强化保障");
    BOOST_TEST(findingsOf(once, "HN-03").empty());
    Config half;
    half.options.arabicDot = ArabicDot::Half;
    BOOST_TEST(paragraphText(fixedBy(d, "HN-03", half), 0) == "1.坚持学习");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn04_l3_dot_width)

BOOST_AUTO_TEST_CASE(either_flags_the_minority_form)
{
    const Document d = doc({"1.坚持学习", "2.抓好宣传", "3．抓好阵地"});
    const auto findings = findingsOf(d, "HN-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(flagged(d, findings[0]) == "．");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    const Document once = fixedBy(d, "HN-04");
    BOOST_TEST(paragraphText(once, 2) == "3.抓好阵地");
    BOOST_TEST(findingsOf(once, "HN-04").empty());
}

BOOST_AUTO_TEST_CASE(either_accepts_one_form_throughout)
{
    BOOST_TEST(findingsOf(doc({"1．坚持学习", "2．抓好宣传"}), "HN-04").empty());
    BOOST_TEST(findingsOf(doc({"1.坚持学习", "2.抓好宣传"}), "HN-04").empty());
}

BOOST_AUTO_TEST_CASE(tie_prefers_the_western_dot)
{
    const Document d = doc({"1.坚持学习", "2．抓好宣传"});
    const auto findings = findingsOf(d, "HN-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 1u);
}

BOOST_AUTO_TEST_CASE(pinned_form_flags_every_other_dot)
{
    Config full;
    full.options.arabicDot = ArabicDot::Full;
    const Document d = doc({"1.坚持学习", "2.抓好宣传", "3．抓好阵地"});
    const auto findings = findingsOf(d, "HN-04", full);
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].messageZh == "三级标题序号“1.”的点号按配置应统一用“1．”");
    const Document once = fixedBy(d, "HN-04", full);
    BOOST_TEST(paragraphText(once, 0) == "1．坚持学习");
    BOOST_TEST(findingsOf(once, "HN-04", full).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn05_l4_marker_form)

BOOST_AUTO_TEST_CASE(flags_wrong_brackets_points_and_enclosed_forms)
{
    const Document d = doc({"(1)加强管理", "（2)完善制度", "（3）、落实责任", "⑷强化监督", "（5）严格考核"});
    std::vector<std::string> found;
    for (const auto& f : findingsOf(d, "HN-05"))
        found.push_back(flagged(d, f));
    const std::vector<std::string> expected = {"(1)", "）", "（3）、", "⑷"};
    BOOST_TEST(found.size() == 4u);
    BOOST_TEST(found[0] == expected[0]);
    BOOST_TEST(found[2] == expected[2]);
    BOOST_TEST(found[3] == expected[3]);
    const Document once = fixedBy(d, "HN-05");
    BOOST_TEST(paragraphText(once, 0) == "（1）加强管理");
    BOOST_TEST(paragraphText(once, 1) == "（2）完善制度");
    BOOST_TEST(paragraphText(once, 2) == "（3）落实责任");
    BOOST_TEST(paragraphText(once, 3) == "（4）强化监督");
    BOOST_TEST(findingsOf(once, "HN-05").empty());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    BOOST_TEST(findingsOf(doc({"（1）加强管理", "（2024）年度", "(a)项", "（一）强化"}), "HN-05").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn06_fullwidth_digits)

BOOST_AUTO_TEST_CASE(flags_and_folds_fullwidth_digits)
{
    const Document d = doc({"１．坚持学习", "（２）加强管理", "１２．附则"});
    const auto findings = findingsOf(d, "HN-06");
    BOOST_REQUIRE_EQUAL(findings.size(), 3u);
    BOOST_TEST(flagged(d, findings[0]) == "１");
    BOOST_TEST(findings[0].messageZh == "序号中的全角数字“１”应为半角“1”：序号中的阿拉伯数字用半角形式");
    const Document once = fixedBy(d, "HN-06");
    BOOST_TEST(paragraphText(once, 0) == "1．坚持学习");
    BOOST_TEST(paragraphText(once, 1) == "（2）加强管理");
    BOOST_TEST(paragraphText(once, 2) == "12．附则");
    BOOST_TEST(findingsOf(once, "HN-06").empty());
}

BOOST_AUTO_TEST_CASE(half_width_and_text_digits_are_fine)
{
    BOOST_TEST(findingsOf(doc({"1.坚持学习", "（2）加强管理", "一、２０２４年工作"}), "HN-06").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn07_marker_spacing)

BOOST_AUTO_TEST_CASE(flags_spaces_tabs_and_ideographic_spaces)
{
    const Document d = doc({"一、 总体要求", "（一）\t强化领导", "1.\u3000坚持学习", "（1）  加强管理"});
    const auto findings = findingsOf(d, "HN-07");
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST(findings[3].length == 2u);
    BOOST_TEST(findings[0].severity == Severity::Warning);
    const Document once = fixedBy(d, "HN-07");
    BOOST_TEST(paragraphText(once, 0) == "一、总体要求");
    BOOST_TEST(paragraphText(once, 1) == "（一）强化领导");
    BOOST_TEST(paragraphText(once, 2) == "1.坚持学习");
    BOOST_TEST(paragraphText(once, 3) == "（1）加强管理");
    BOOST_TEST(findingsOf(once, "HN-07").empty());
}

BOOST_AUTO_TEST_CASE(space_in_place_of_the_separator_is_hn01s)
{
    // "一 总体要求": HN-01 replaces the space with 、 ; HN-07 does not report it twice.
    const Document d = doc({"一 总体要求", "一、总体要求"});
    BOOST_TEST(findingsOf(d, "HN-07").empty());
}

BOOST_AUTO_TEST_CASE(spaces_after_a_list_label)
{
    Document d = doc({" 总体要求"});
    d.paragraphs[0].listLabel = u"一、";
    const auto findings = findingsOf(d, "HN-07");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].start == 0u);
    BOOST_TEST(paragraphText(fixedBy(d, "HN-07"), 0) == "总体要求");
}

BOOST_AUTO_TEST_SUITE_END()
