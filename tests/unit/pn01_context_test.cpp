// PN-01 on half-width points that are not points of Chinese text (issue 14, case 8): the key of
// a `key: value` line, and a "?" that stands for a lost character — against the points in
// Chinese text that must still be found.
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(pn01_context)

BOOST_AUTO_TEST_CASE(a_latin_key_opening_the_paragraph_keeps_its_colon)
{
    const Document d = doc({"- title: 关于开展安全生产检查的通知", "- publisher: 某某市人民政府办公室", "author:张三",
                            "Note: 请于周五前报送。"});
    BOOST_TEST(findingsOf(d, "PN-01").empty());
}

BOOST_AUTO_TEST_CASE(a_latin_word_inside_chinese_text_takes_chinese_points)
{
    const Document d = doc({"发布单位 publisher: 某某", "提升GDP,促进消费。", "来源:新华社", "2024:全年目标"});
    BOOST_TEST(flaggedBy(d, "PN-01") == (std::vector<std::string>{":", ",", ":", ":"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_question_mark_after_a_pause_is_a_lost_character)
{
    const Document d = doc({"重点垸堤防加固二期、?水灌区开工建设，是否如期完成?"});
    const auto findings = findingsOf(d, "PN-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].start == 25u); // the question at the end, not the "?" after 、
}

BOOST_AUTO_TEST_SUITE_END()
