// PN-01…PN-12: punctuation and numbers.
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

// Fixes `code` once, checks the text, that nothing of `code` is left and that a second pass
// changes nothing.
void checkFix(const Document& d, std::string_view code, const std::vector<std::string>& expected)
{
    const Document once = fixedBy(d, code);
    for (std::size_t i = 0; i < expected.size(); ++i)
        BOOST_TEST(paragraphText(once, i) == expected[i]);
    BOOST_TEST(findingsOf(once, code).empty());
    const Document twice = fixedBy(once, code);
    for (std::size_t i = 0; i < expected.size(); ++i)
        BOOST_TEST(paragraphText(twice, i) == paragraphText(once, i));
}

// A rule's fixes never overlap one another.
void checkNoOverlap(const Document& d, std::string_view code)
{
    const auto findings = findingsOf(d, code);
    for (std::size_t a = 0; a < findings.size(); ++a)
        for (std::size_t b = a + 1; b < findings.size(); ++b)
            BOOST_TEST(!fixesOverlap(findings[a].fix, findings[b].fix), code << " " << a << " " << b);
}

} // namespace

BOOST_AUTO_TEST_SUITE(punct_rules)

BOOST_AUTO_TEST_CASE(pn01_flags_halfwidth_points_in_chinese_text)
{
    const Document d = doc({"会议强调,要加强领导.同时;注意:安全?是的!", "联系QQ,微信。", "同比增长3.5%.详见附件(略)."});
    BOOST_TEST(flaggedBy(d, "PN-01") == (std::vector<std::string>{",", ".", ";", ":", "?", "!", ",", ".", "."}),
               boost::test_tools::per_element());
    const auto findings = findingsOf(d, "PN-01");
    BOOST_TEST(findings[0].messageZh == "中文中应使用全角标点：“调,要”应为“调，要”（GB/T 15834-2011）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST(isSafeFix(findings[0]));
    checkFix(d, "PN-01", {"会议强调，要加强领导。同时；注意：安全？是的！", "联系QQ，微信。", "同比增长3.5%。详见附件(略)。"});
}

// The fuzzer found fix-all needing one pass a mark for ",,,,…" (only the marks touching Chinese
// were flagged): a run is one finding, and fix-all ends after converting it and PN-07's collapse.
BOOST_AUTO_TEST_CASE(pn01_converts_a_run_of_one_mark_whole)
{
    const Document d = doc({"加强学习,,,,,,,,,,,,,,,,,,,,,,,,推进工作。", "abc;;;;;;;;;;;;;;;;;;;;推进工作。"});
    const auto findings = findingsOf(d, "PN-01");
    BOOST_TEST(findings.size() == 2u);
    BOOST_TEST(paragraphText(fixedBy(d, "PN-01"), 1) == "abc；；；；；；；；；；；；；；；；；；；；推进工作。");
    Document fixed = d;
    const auto passes = planFixes(fixed, Config{}, isSafeFix, 16);
    BOOST_TEST(passes.size() <= 3u);
    BOOST_TEST(paragraphText(fixed, 0) == "加强学习，推进工作。");
    BOOST_TEST(paragraphText(fixed, 1) == "abc；推进工作。");
}

BOOST_AUTO_TEST_CASE(pn01_merges_adjacent_points_into_one_fix)
{
    const Document d = doc({"真的吗?!好的"});
    const auto findings = findingsOf(d, "PN-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(flagged(d, findings[0]) == "?!");
    checkFix(d, "PN-01", {"真的吗？！好的"});
}

BOOST_AUTO_TEST_CASE(pn01_near_misses)
{
    const Document d = doc({"增长3.5%，共1,000元，时间12:10:04，日期2022-07-27。", "Hello, world. This is English: fine?",
                            "详见www.gov.cn，邮箱a.b@gov.cn。", "附件：1.工作方案", "1.坚持学习制度化。", "一.总体要求",
                            "详见报告.docx文件。", "All Rights Reserved.。"});
    BOOST_TEST(findingsOf(d, "PN-01").empty());
}

BOOST_AUTO_TEST_CASE(pn02_flags_halfwidth_brackets_and_ascii_quotes)
{
    const Document d = doc({"党委(党组)会议执行\"第一议题\"制度。", "按照\"谁上网、谁负责\"\"谁主办、谁负责\"的原则",
                            "他说：\"Hello\"。", "党委（党组)会议"});
    BOOST_TEST(flaggedBy(d, "PN-02") ==
                   (std::vector<std::string>{"(党组)", "\"第一议题\"", "\"谁上网、谁负责\"", "\"谁主办、谁负责\"", "\"Hello\"", ")"}),
               boost::test_tools::per_element());
    const auto findings = findingsOf(d, "PN-02");
    BOOST_TEST(findings[0].messageZh == "中文中应使用全角括号和中文引号：“委(党组)会”应为“委（党组）会”（GB/T 15834-2011）");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    BOOST_TEST(findings[0].fix.edits.size() == 2u); // the brackets only, not the text between them
    checkFix(d, "PN-02",
             {"党委（党组）会议执行“第一议题”制度。", "按照“谁上网、谁负责”“谁主办、谁负责”的原则", "他说：“Hello”。",
              "党委（党组）会议"});
    checkNoOverlap(doc({"党委(党组)\"第一议题\"制度"}), "PN-02");
}

BOOST_AUTO_TEST_CASE(pn02_near_misses)
{
    // Latin and numbers in brackets, and a heading marker (HN-02's) stay.
    const Document d = doc({"函数f(x)和(Xbox)及(1)不改。", "(一)强化组织领导", "He said \"yes\" and left."});
    BOOST_TEST(findingsOf(d, "PN-02").empty());
}

BOOST_AUTO_TEST_CASE(pn03_flags_wrong_ellipses)
{
    const Document d = doc({"情况复杂...需要研究。。。还有…一个问题。", "等等......"});
    BOOST_TEST(flaggedBy(d, "PN-03") == (std::vector<std::string>{"...", "。。。", "…", "......"}),
               boost::test_tools::per_element());
    const auto findings = findingsOf(d, "PN-03");
    BOOST_TEST(findings[0].messageZh == "省略号应为六个点“……”：“杂...需”应为“杂……需”（GB/T 15834-2011 §4.11）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    checkFix(d, "PN-03", {"情况复杂……需要研究……还有……一个问题。", "等等……"});
}

BOOST_AUTO_TEST_CASE(pn03_near_misses)
{
    const Document d = doc({"正确的省略号……和连用的…………都可以。", "Wait... what?", "版本1.2.3发布。"});
    BOOST_TEST(findingsOf(d, "PN-03").empty());
}

BOOST_AUTO_TEST_CASE(pn06_flags_unmatched_pairs)
{
    const Document d = doc({"“未配对的引号。（括号没闭合。《书名号。【方头括号。", "多了右括号）和右引号”。"});
    BOOST_TEST(flaggedBy(d, "PN-06") == (std::vector<std::string>{"“", "（", "《", "【", "）", "”"}),
               boost::test_tools::per_element());
    const auto findings = findingsOf(d, "PN-06");
    BOOST_TEST(findings[0].messageZh == "““”没有配对的“””：成对标点应成对使用（GB/T 15834-2011 §4.8）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST(!findings[0].fixable());
}

BOOST_AUTO_TEST_CASE(pn06_near_misses)
{
    // Matched pairs; a bracket pair of mixed width is PN-02's; a quotation over several
    // paragraphs opens each of them; the marker of a heading is HN-02's.
    const Document d = doc({"正常“引号”（括号）《书名》【方头】。", "党委（党组)会议", "“第一段引文，", "“第二段引文。”",
                            "（一)强化组织领导", "a)列表项"});
    BOOST_TEST(findingsOf(d, "PN-06").empty());
}

BOOST_AUTO_TEST_CASE(pn07_flags_doubled_points)
{
    const Document d = doc({"句号重复。。逗号重复，，顿号、、分号；；"});
    BOOST_TEST(flaggedBy(d, "PN-07") == (std::vector<std::string>{"。", "，", "、", "；"}), boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "PN-07")[0].messageZh == "标点重复：“。。逗”应为“。逗”");
    checkFix(d, "PN-07", {"句号重复。逗号重复，顿号、分号；"});
    BOOST_TEST(findingsOf(doc({"三个句号。。。是省略号（PN-03）。"}), "PN-07").empty());
}

BOOST_AUTO_TEST_CASE(pn08_flags_spaces_between_chinese_characters)
{
    const Document d = doc({"汉字 之间 有空格 ， 标点 。", "工作　总结报告如下所述"});
    BOOST_TEST(findingsOf(d, "PN-08").size() == 6u);
    BOOST_TEST(findingsOf(d, "PN-08")[0].messageZh == "多余的空格：“字 之”应为“字之”");
    checkFix(d, "PN-08", {"汉字之间有空格，标点。", "工作总结报告如下所述"});
}

BOOST_AUTO_TEST_CASE(pn08_near_misses)
{
    // Indentation (HF-04), marker spacing (HN-07), blanks to fill in, letter-spaced titles,
    // empty placeholders (TH-01), spaces next to Latin text and numbers.
    const Document d = doc({"    今年以来，工作稳步推进。", "一、 总体要求", "姓名：        电话：", "通　知", "会 议 纪 要",
                            "（  ）报告", "使用 Xbox 和 2024 年的数据"});
    BOOST_TEST(findingsOf(d, "PN-08").empty());
}

BOOST_AUTO_TEST_CASE(pn10_flags_latin_zeros_among_chinese_numerals)
{
    const Document d = doc({"二0二四年，二O二三年，二〇二二年，二Ｏ一九年。"});
    BOOST_TEST(flaggedBy(d, "PN-10") == (std::vector<std::string>{"0", "O", "Ｏ"}), boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "PN-10")[0].messageZh == "汉字数字中的零应写作“〇”：“二0二”应为“二〇二”（GB/T 15835-2011）");
    BOOST_TEST(findingsOf(d, "PN-10")[0].severity == Severity::Error);
    checkFix(d, "PN-10", {"二〇二四年，二〇二三年，二〇二二年，二〇一九年。"});
}

BOOST_AUTO_TEST_CASE(pn10_near_misses)
{
    const Document d = doc({"O型血，GOOD一二三，2024年，一O，第10一次"});
    BOOST_TEST(findingsOf(d, "PN-10").empty());
}

BOOST_AUTO_TEST_CASE(pn11_flags_fullwidth_digits_and_letters)
{
    const Document d = doc({"全角２０２４年ＡＢＣ公司。", "１．全角序号"});
    // The marker "１．" is HN-06's.
    BOOST_TEST(flaggedBy(d, "PN-11") == (std::vector<std::string>{"２０２４", "ＡＢＣ"}), boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "PN-11")[0].messageZh == "数字和字母应为半角：“角２０２４年”应为“角2024年”");
    checkFix(d, "PN-11", {"全角2024年ABC公司。"});
}

BOOST_AUTO_TEST_CASE(pn12_flags_invisible_characters)
{
    const Document d = doc({"零宽\u200B字符\uFEFF和\u0007控制\u200B\u200D字符。", "制表\t符和\n换行不算。"});
    const auto findings = findingsOf(d, "PN-12");
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST(findings[0].messageZh == "不可见字符 U+200B：应删除");
    BOOST_TEST(findings[3].messageZh == "不可见字符 U+200B U+200D：应删除");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    checkFix(d, "PN-12", {"零宽字符和控制字符。", "制表\t符和\n换行不算。"});
}

BOOST_AUTO_TEST_SUITE_END()
