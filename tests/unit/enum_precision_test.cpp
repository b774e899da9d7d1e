// EN rules on what only looks like an enumeration (issue 8): rankings and compound numerals in
// published 政府工作报告, against the real series that must still be found.
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

std::vector<std::string> enumFindings(const Document& d)
{
    std::vector<std::string> out;
    for (const Finding& f : check(d, Config{}))
        if (f.rule->code.substr(0, 2) == "EN")
            out.push_back(std::string(f.rule->code) + " " + flagged(d, f));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(enum_precision)

// 居全国第二、第七、第九: the later ranks follow 、, not the start of a clause.
BOOST_AUTO_TEST_CASE(a_list_of_ranks_is_no_enumeration)
{
    const Document d = doc({"一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。"});
    BOOST_TEST(enumFindings(d) == std::vector<std::string>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_list_of_ranks_with_commas_is_no_enumeration)
{
    const Document d = doc({"三次产业增加值分别居全国第二，第七，第九，固定资产投资增长6%。"});
    BOOST_TEST(enumFindings(d) == std::vector<std::string>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_rank_after_a_ranking_word_is_no_enumeration)
{
    const Document d = doc({"花卉产量全球第一、优质鲜切花占比60%。", "综合实力排名第一、增速位列第三、投资居全国第五。"});
    BOOST_TEST(enumFindings(d) == std::vector<std::string>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(compound_ordinals_are_no_enumeration)
{
    const Document d = doc({"规模以上工业增加值增长4.5%，第一、第三产业增加值分别增长3.1%、5.1%。",
                            "空气质量全面达标。第一、二轮中央生态环保督察反馈问题全部整改办结。",
                            "第一、二季度经济平稳运行。", "第一、第二批试点全部完成。", "第一、二、三产业协调发展。",
                            "比赛决出第一、第二、第三名。"});
    BOOST_TEST(enumFindings(d) == std::vector<std::string>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lists_of_the_ordinal_words_are_no_enumeration)
{
    const Document d = doc({"讲话稿常用“首先、其次、最后”的结构。", "材料不必一是、二是、三是地罗列。",
                            "其次、最后两部分从略。"});
    BOOST_TEST(enumFindings(d) == std::vector<std::string>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_series_written_with_dunhao_still_gets_en03)
{
    const Document d = doc({"第一、加强学习。第二、完善制度。", "为此，第一、统一思想；第二、明确责任。",
                            "首先：统一思想，其次：明确任务。"});
    BOOST_TEST(flaggedBy(d, "EN-03") ==
                   (std::vector<std::string>{"第一、", "第二、", "第一、", "第二、", "首先：", "其次："}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_gap_in_a_real_series_is_still_found)
{
    // 第三方 is text that begins with a 第N, not the next member of a list.
    const Document d = doc({"第一，统一思想；第三，狠抓落实。", "第一，第三方机构开展评估；第三，完善制度。"});
    BOOST_TEST(flaggedBy(d, "EN-01") == (std::vector<std::string>{"第三", "第三"}), boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "EN-01")[1].start == 13u);
}

// A table between two items splits the series; the part after it goes on from items out of
// sight, so its first number is no gap, while a gap inside it still is.
BOOST_AUTO_TEST_CASE(a_series_that_starts_past_one_is_numbered_on_from_its_first_item)
{
    Document d = doc({"第一，加强学习。", "项目", "第二，完善制度；第四，狠抓落实。"});
    d.paragraphs[1].container = Container::Table;
    const auto findings = findingsOf(d, "EN-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(flagged(d, findings[0]) == "第四");
    BOOST_TEST(findings[0].messageZh == "列举序号“第四”不连续：此处应为“第三”，同一组列举应依次编号（第二、第三）");
    BOOST_TEST(paragraphText(fixedBy(d, "EN-01"), 2) == "第二，完善制度；第三，狠抓落实。");
}

BOOST_AUTO_TEST_SUITE_END()
