// EN-01…EN-07: enumerations in running text.
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

bool anyEnumFinding(const Document& d)
{
    for (const Finding& f : check(d, Config{}))
        if (f.rule->code.substr(0, 2) == "EN")
            return true;
    return false;
}

} // namespace

BOOST_AUTO_TEST_SUITE(enum_rules)

BOOST_AUTO_TEST_CASE(en01_flags_gaps_and_repeats)
{
    const Document d = doc({"今年重点抓了三件事。一是加强学习。二是完善制度。四是强化督导。",
                            "我们要做到：第一，统一思想；第二，明确责任；第二，狠抓落实。", "其一，坚持标准；其三，注重实效。"});
    const auto findings = findingsOf(d, "EN-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 3u);
    BOOST_TEST(flagged(d, findings[0]) == "四是");
    BOOST_TEST(findings[0].messageZh == "列举序号“四是”不连续：此处应为“三是”，同一组列举应依次编号（一是、二是、三是）");
    BOOST_TEST(findings[0].messageEn.find("expected \"三是\"") != std::string::npos);
    BOOST_TEST(flagged(d, findings[1]) == "第二");
    BOOST_TEST(findings[1].paragraph == 1u);
    BOOST_TEST(findings[1].start == 22u); // the second 第二, not the first
    BOOST_TEST(flagged(d, findings[2]) == "其三");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    BOOST_TEST((findings[0].fix.kind == FixKind::Confirm));
}

BOOST_AUTO_TEST_CASE(en01_fix_renumbers_the_whole_series_in_one_fix)
{
    const Document d = doc({"一是加强学习。三是完善制度。三是强化督导。五是狠抓落实。"});
    const auto findings = findingsOf(d, "EN-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].fix.edits.size() == 2u); // 三是 in third place stays
    const auto& first = std::get<ReplaceText>(findings[0].fix.edits[0]);
    BOOST_TEST(first.start == 7u); // only the numeral changes
    BOOST_TEST(first.length == 1u);
    BOOST_TEST(text::toUtf8(first.replacement) == "二");
    const Document once = fixedBy(d, "EN-01");
    BOOST_TEST(paragraphText(once, 0) == "一是加强学习。二是完善制度。三是强化督导。四是狠抓落实。");
    BOOST_TEST(findingsOf(once, "EN-01").empty());
    BOOST_TEST(paragraphText(fixedBy(once, "EN-01"), 0) == paragraphText(once, 0));
}

BOOST_AUTO_TEST_CASE(en01_numerals_beyond_ten)
{
    const Document d = doc({"一是甲，二是乙，三是丙，四是丁，五是戊，六是己，七是庚，八是辛，九是壬，十是癸，十一是子，十三是丑。",
                            "第九，甲；第十，乙；第十一，丙；第十二，丁。"});
    const auto findings = findingsOf(d, "EN-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(flagged(d, findings[0]) == "十三是");
    BOOST_TEST(findings[0].messageZh.find("此处应为“十二是”") != std::string::npos);
    BOOST_TEST(paragraphText(fixedBy(d, "EN-01"), 0).find("十一是子，十二是丑。") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(en01_series_runs_over_paragraphs_that_open_with_an_item)
{
    const Document d = doc({"主要做法如下：", "一是加强学习，提高认识。", "二是完善制度。", "四是强化督导。"});
    BOOST_TEST(flaggedBy(d, "EN-01") == std::vector<std::string>{"四是"}, boost::test_tools::per_element());
    BOOST_TEST(paragraphText(fixedBy(d, "EN-01"), 3) == "三是强化督导。");
}

BOOST_AUTO_TEST_CASE(en01_a_yishi_glued_to_the_word_before_counts_when_erishi_follows)
{
    const Document d = doc({"我们一是强化督导，三是狠抓落实。", "我们一是强化督导，二是狠抓落实。", "统一是前提，唯一是目标。"});
    BOOST_TEST(flaggedBy(d, "EN-01") == std::vector<std::string>{"三是"}, boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "EN-01")[0].paragraph == 0u);
    BOOST_TEST(findingsOf(d, "EN-06").empty());
}

BOOST_AUTO_TEST_CASE(en01_near_misses)
{
    // Each heading opens new series; a mid-paragraph item in a later paragraph starts afresh.
    const Document d = doc({"一、工作开展情况", "（一）强化组织领导。一是调整领导小组。二是召开会议。",
                            "（二）加强舆论引导。一是落实审核程序。二是加强阵地管理。三是严格监管。",
                            "今年以来，一是加强学习，二是完善制度。", "在此基础上，我们一是强化督导，二是狠抓落实。"});
    BOOST_TEST(findingsOf(d, "EN-01").empty());
}

BOOST_AUTO_TEST_CASE(en02_flags_points_after_yishi)
{
    const Document d = doc({"一是：调整领导小组。二是、坚持召开会议。三是:深化学习。"});
    BOOST_TEST(flaggedBy(d, "EN-02") == (std::vector<std::string>{"一是：", "二是、", "三是:"}),
               boost::test_tools::per_element());
    const auto findings = findingsOf(d, "EN-02");
    BOOST_TEST(findings[0].messageZh == "“一是”后不加标点：“一是：”应为“一是”（GB/T 15834-2011 B.3）");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    BOOST_TEST(isSafeFix(findings[0]));
    const auto& edit = std::get<ReplaceText>(findings[0].fix.edits.at(0));
    BOOST_TEST(edit.start == 2u);
    BOOST_TEST(edit.length == 1u);
    BOOST_TEST(edit.replacement.empty());
    const Document once = fixedBy(d, "EN-02");
    BOOST_TEST(paragraphText(once, 0) == "一是调整领导小组。二是坚持召开会议。三是深化学习。");
    BOOST_TEST(findingsOf(once, "EN-02").empty());
    BOOST_TEST(paragraphText(fixedBy(once, "EN-02"), 0) == paragraphText(once, 0));
}

BOOST_AUTO_TEST_CASE(en02_tolerates_a_comma)
{
    BOOST_TEST(findingsOf(doc({"一是，调整领导小组。二是坚持召开会议。"}), "EN-02").empty());
}

BOOST_AUTO_TEST_CASE(en03_flags_dunhao_and_colon_after_ordinals)
{
    const Document d = doc({"第一、加强领导。第二：完善机制。", "其一：明确目标。其二，狠抓落实。", "首先、统一思想。其次：明确任务。最后、总结。"});
    BOOST_TEST(flaggedBy(d, "EN-03") ==
                   (std::vector<std::string>{"第一、", "第二：", "其一：", "首先、", "其次：", "最后、"}),
               boost::test_tools::per_element());
    const auto findings = findingsOf(d, "EN-03");
    BOOST_TEST(findings[0].messageZh == "序次语“第一”后应用逗号：“第一、”应为“第一，”（GB/T 15834-2011 B.3.1）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    const Document once = fixedBy(d, "EN-03");
    BOOST_TEST(paragraphText(once, 0) == "第一，加强领导。第二，完善机制。");
    BOOST_TEST(paragraphText(once, 2) == "首先，统一思想。其次，明确任务。最后，总结。");
    BOOST_TEST(findingsOf(once, "EN-03").empty());
    BOOST_TEST(paragraphText(fixedBy(once, "EN-03"), 2) == paragraphText(once, 2));
}

BOOST_AUTO_TEST_CASE(en03_near_misses)
{
    const Document d = doc({"第一，加强领导。首先要统一思想。", "打通最后一公里。质量第一、安全第二的原则。", "第一章、总则"});
    BOOST_TEST(findingsOf(d, "EN-03").empty());
}

BOOST_AUTO_TEST_CASE(en04_flags_mixed_series)
{
    const Document d = doc({"首先，统一思想；第二，明确任务。", "一是加强学习，其次，完善制度。", "第一，统一思想。三是明确任务。"});
    const auto findings = findingsOf(d, "EN-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 3u);
    BOOST_TEST(flagged(d, findings[0]) == "第二");
    BOOST_TEST(findings[0].messageZh.find("“第二”接在“首先”之后") != std::string::npos);
    BOOST_TEST(flagged(d, findings[1]) == "其次");
    BOOST_TEST(flagged(d, findings[2]) == "三是");
    BOOST_TEST(!findings[0].fixable());
    // The mixed series is EN-04's, not a numbering gap for EN-01.
    BOOST_TEST(findingsOf(d, "EN-01").empty());
}

BOOST_AUTO_TEST_CASE(en04_nested_series_are_not_mixed)
{
    const Document d = doc({"第一，统一思想：首先，学习文件；其次，开展研讨。第二，明确任务。", "首先，统一思想。",
                            "一是加强学习。"});
    BOOST_TEST(findingsOf(d, "EN-04").empty());
}

BOOST_AUTO_TEST_CASE(en05_flags_order_and_a_second_zuihou)
{
    const Document d = doc({"首先，统一思想。再次，明确任务。其次，狠抓落实。最后，总结提高。最后，再作部署。"});
    const auto findings = findingsOf(d, "EN-05");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(flagged(d, findings[0]) == "其次");
    BOOST_TEST(findings[0].messageZh == "“其次”出现在“再次”之后：顺序应为首先、其次、再次、最后");
    BOOST_TEST(findings[1].start == 32u);
    BOOST_TEST(findings[1].messageZh == "“最后”在同一组列举中出现两次");
}

BOOST_AUTO_TEST_CASE(en05_near_misses)
{
    const Document d = doc({"首先，统一思想。其次，明确任务。再次，狠抓落实。最后，总结提高。",
                            "首先，学习文件。最后，开展研讨。", "会议最后，领导讲话。"});
    BOOST_TEST(findingsOf(d, "EN-05").empty());
}

BOOST_AUTO_TEST_CASE(en06_flags_a_lone_yishi)
{
    const Document d = doc({"今年以来，一是加强学习，提高了认识。", "主要做法：一是加强学习，二是完善制度。"});
    const auto findings = findingsOf(d, "EN-06");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 0u);
    BOOST_TEST(findings[0].severity == Severity::Info);
}

BOOST_AUTO_TEST_CASE(en07_flags_bare_numerals_with_a_comma)
{
    const Document d = doc({"目标如下：一，加强组织领导；二，完善工作机制。",
                            "一，加强组织领导，确保各项工作落实到位，进一步完善领导小组工作机制，并对小组成员进行了调整。"});
    BOOST_TEST(flaggedBy(d, "EN-07") == (std::vector<std::string>{"一，", "二，", "一，"}), boost::test_tools::per_element());
    const auto findings = findingsOf(d, "EN-07");
    BOOST_TEST(findings[0].messageZh == "汉字数字序次语后应用顿号：“一，”应为“一、”（GB/T 15834-2011 B.3.2）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    const Document once = fixedBy(d, "EN-07");
    BOOST_TEST(paragraphText(once, 0) == "目标如下：一、加强组织领导；二、完善工作机制。");
    BOOST_TEST(findingsOf(once, "EN-07").empty());
    BOOST_TEST(paragraphText(fixedBy(once, "EN-07"), 0) == paragraphText(once, 0));
}

BOOST_AUTO_TEST_CASE(en07_near_misses)
{
    // A short "一，总体要求" is a heading (HN-01's), and numerals inside words are no ordinals.
    const Document d = doc({"一，总体要求", "坚持统一，确保万众一心，这是原因之一，也是关键。", "数量为一，比例为十，",
                            "节日安排如下：五一，放假五天；十一，放假七天。"});
    BOOST_TEST(findingsOf(d, "EN-07").empty());
}

BOOST_AUTO_TEST_CASE(words_that_are_not_enumerations)
{
    const Document d = doc({"第一次会议召开，第一批名单公布，第二届运动会举行。", "统一是前提，唯一是目标，一是一，二是二。",
                            "打通最后一公里。质量第一，安全其次是基本要求。", "全省排名第一，位列第二，其次是服务。",
                            "执行“第一议题”制度。", "一、工作开展情况", "十一、其他事项"});
    BOOST_TEST(!anyEnumFinding(d));
}

BOOST_AUTO_TEST_CASE(safe_enum_fixes_reach_a_fixed_point)
{
    Document d = doc({"一是：调整领导小组。二是、坚持召开会议。", "第一、加强领导；第二：完善机制。", "目标如下：一，加强；二，完善。"});
    const auto passes = planFixes(d, Config{}, isSafeFix);
    BOOST_TEST(!passes.empty());
    BOOST_TEST(paragraphText(d, 0) == "一是调整领导小组。二是坚持召开会议。");
    BOOST_TEST(paragraphText(d, 1) == "第一，加强领导；第二，完善机制。");
    BOOST_TEST(paragraphText(d, 2) == "目标如下：一、加强；二、完善。");
    for (const Finding& f : check(d, Config{}))
        BOOST_TEST(!(f.rule->code.substr(0, 2) == "EN" && f.fixable()), f.rule->code << " " << f.messageEn);
}

BOOST_AUTO_TEST_SUITE_END()
