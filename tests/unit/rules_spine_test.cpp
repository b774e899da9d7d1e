// HN-02 and TH-01: the two rules the spine runs end to end.
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(hn02_l2_marker_form)

BOOST_AUTO_TEST_CASE(flags_wrong_brackets_and_trailing_points)
{
    const Document d = doc({"一、情况", "(一)强化组织领导。", "（二)加强引导。", "（三）、做好团结。", "(四).聚焦建设"});
    const auto findings = findingsOf(d, "HN-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST(flagged(d, findings[0]) == "(一)");
    BOOST_TEST(findings[0].messageZh == "二级标题序号“(一)”应为全角括号“（一）”，其后不加标点（GB/T 9704-2012 §7.3.3）");
    BOOST_TEST(flagged(d, findings[2]) == "（三）、");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST(findings[0].fixable());
}

BOOST_AUTO_TEST_CASE(leaves_correct_markers_alone)
{
    const Document d = doc({"一、情况", "（一）强化组织领导。", "（二）加强引导", "今年(一季度)增长"});
    BOOST_TEST(findingsOf(d, "HN-02").empty());
}

BOOST_AUTO_TEST_CASE(fix_replaces_only_the_brackets_and_is_idempotent)
{
    const Document d = doc({"一、情况", "(一)强化组织领导。", "（三）、做好团结。"});
    const auto findings = findingsOf(d, "HN-02");
    const auto& edit = std::get<ReplaceText>(findings[0].fix.edits.at(0));
    BOOST_TEST(edit.start == 0u);
    BOOST_TEST(edit.length == 3u); // "(一)": both brackets differ, the numeral in between comes along
    const Document once = fixedBy(d, "HN-02");
    BOOST_TEST(paragraphText(once, 1) == "（一）强化组织领导。");
    BOOST_TEST(paragraphText(once, 2) == "（三）做好团结。");
    BOOST_TEST(findingsOf(once, "HN-02").empty());
    const Document twice = fixedBy(once, "HN-02");
    BOOST_TEST(paragraphText(twice, 1) == paragraphText(once, 1));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(th01_placeholder)

BOOST_AUTO_TEST_CASE(flags_unfilled_placeholders)
{
    const Document d = doc({"年初召开X次会议，共处理X条。", "XXX街道意识形态工作情况汇报", "学习贯彻xxx的讲话",
                            "以******关于疫情防控", "联系人：某某，电话____", "XXXX年XX月XX日", "落款：×××"});
    std::vector<std::string> found;
    for (const auto& f : findingsOf(d, "TH-01"))
        found.push_back(flagged(d, f));
    const std::vector<std::string> expected = {"X", "X", "XXX", "xxx", "******", "某某", "____", "XXXX年XX月XX日", "×××"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(real_words_are_not_placeholders)
{
    const Document d = doc({"购买Xbox一台", "XML格式", "第XIV条", "二十世纪即XX世纪", "3×4的表格", "QQ工作群"});
    BOOST_TEST(findingsOf(d, "TH-01").empty());
}

BOOST_AUTO_TEST_SUITE_END()
