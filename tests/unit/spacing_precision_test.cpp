// Spaces and indents that are conventions, not slips (issues 8 and 14): PN-08 on bylines,
// credits, name lists, the 版记, article numbers and quoted slogans; HF-04 on 版记 lines; HF-01
// and HF-02 measured on the characters that carry a heading. Each with the slip next to it that
// must still be found.
#include "heading_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(pn08_conventions)

BOOST_AUTO_TEST_CASE(bylines_and_credits_are_silent)
{
    const Document d = doc({"上海市市长 龚 正", "四川省人民政府省长 施小琳", "省长 卢东亮", "自治区主席 韦 韬",
                            "国务院总理 李强", "本报记者 韩卿立 摄",
                            "自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄",
                            "政府工作报告。 贵州日报天眼新闻记者 李 森 摄"});
    BOOST_TEST(flaggedBy(d, "PN-08").empty(), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(short_lines_are_not_bylines_for_being_short)
{
    // A heading, prose, and a slip in the sentence of a caption whose credit is right.
    const Document d = doc({"加强 组织领导", "我们 要加强组织领导，推进各项工作。", "（一）加强 组织领导",
                            "省长刘小涛代表 省人民政府作报告。本报记者 朱江 摄"});
    BOOST_TEST(flaggedBy(d, "PN-08") == (std::vector<std::string>{" ", " ", " ", " "}), boost::test_tools::per_element());
    const auto findings = findingsOf(d, "PN-08");
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST(findings[0].messageZh == "多余的空格：“强 组”应为“强组”");
    BOOST_TEST(findings[3].paragraph == 3u);
    BOOST_TEST(findings[3].start == 7u); // "表 省", not the credit
    const Document once = fixedBy(d, "PN-08");
    BOOST_TEST(paragraphText(once, 3) == "省长刘小涛代表省人民政府作报告。本报记者 朱江 摄");
    BOOST_TEST(findingsOf(once, "PN-08").empty());
}

BOOST_AUTO_TEST_CASE(aligned_name_lists_are_silent)
{
    const Document d = doc({"张  三、李四光、王  五", "张　三、王　五", "组  长：李四光", "李四光 王小五 赵六六"});
    BOOST_TEST(flaggedBy(d, "PN-08").empty(), boost::test_tools::per_element());
    // Padding that aligns nothing is a slip.
    BOOST_TEST(flaggedBy(doc({"优化、改 革、创新"}), "PN-08") == (std::vector<std::string>{" "}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(imprint_gap_before_the_date_is_silent)
{
    const Document d = doc({"某某市人民政府办公室  二〇二五年一月二日印发", "抄送：省委办公厅，省政府办公厅。"});
    BOOST_TEST(flaggedBy(d, "PN-08").empty(), boost::test_tools::per_element());
    // Other spaces of a 版记 line are checked as usual.
    BOOST_TEST(flaggedBy(doc({"抄送：省委办公厅， 省政府办公厅。"}), "PN-08") == (std::vector<std::string>{" "}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(parallel_slogans_in_quotes_are_silent)
{
    const Document d = doc({"文化旅游深度融合，“好客山东 好品山东”更加响亮。",
                            "开展“进窗口 走流程”现场办事体验活动。", "深化“赤水河谷 中国酱香”产区品牌建设。"});
    BOOST_TEST(flaggedBy(d, "PN-08").empty(), boost::test_tools::per_element());
    // Halves of different lengths, or a space outside the quotes, are slips.
    const Document slips = doc({"要“加强 组织领导”。", "打响“好客山东 好品”品牌。", "好客山东 好品山东。"});
    BOOST_TEST(flaggedBy(slips, "PN-08").size() == 3u);
}

BOOST_AUTO_TEST_CASE(article_numbers_keep_their_space)
{
    const Document d = doc({"第一章　总则", "第一章　总　则", "第三条　为了规范管理，制定本办法。"});
    BOOST_TEST(flaggedBy(d, "PN-08").empty(), boost::test_tools::per_element());
    const auto findings = findingsOf(doc({"第三条　为了 规范管理，制定本办法。"}), "PN-08");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].start == 6u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hf04_imprint)

BOOST_AUTO_TEST_CASE(imprint_lines_are_not_indented_body_text)
{
    Document d;
    d.paragraphs = {formatted("\u3000抄送：省委办公厅，省政府办公厅。", "仿宋", 14),
                    formatted("\u3000某某公司办公室  2025年1月2日印发", "仿宋", 14),
                    formatted("\u3000抄送单位要及时反馈意见。", "仿宋", 16)};
    const auto findings = findingsOf(d, "HF-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(heading_format_measured_on_visible_text)

// "1." and the text in one size, the space between them in another.
Paragraph headingWithSpace(double markerPt, double spacePt, double textPt, const char* textFont = "仿宋")
{
    Paragraph p = formatted("1. 坚持学习", "仿宋", markerPt);
    splitRun(p, 2, "仿宋");
    splitRun(p, 3, textFont);
    p.runs[1].sizePt = spacePt;
    p.runs[2].sizePt = textPt;
    return p;
}

BOOST_AUTO_TEST_CASE(hf02_a_space_in_another_size_is_not_the_heading_size)
{
    Document d;
    d.paragraphs = {formatted("一、工作情况", "黑体", 16), headingWithSpace(16, 11, 16)};
    BOOST_TEST(findingsOf(d, "HF-02").empty());

    Document wrong;
    wrong.paragraphs = {formatted("一、工作情况", "黑体", 16), headingWithSpace(16, 16, 11)};
    const auto findings = findingsOf(wrong, "HF-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].messageZh == "三级标题“坚持学习”字号应为三号（16磅），实为11磅（GB/T 9704-2012 §7.3.3）");
}

BOOST_AUTO_TEST_CASE(hf02_title_letter_spacing_in_another_size)
{
    Document d;
    d.paragraphs = {formatted("通　知", "方正小标宋简体", 22), formatted("一、工作情况", "黑体", 16)};
    d.paragraphs[0].alignment = Alignment::Center;
    splitRun(d.paragraphs[0], 1, "方正小标宋简体");
    splitRun(d.paragraphs[0], 2, "方正小标宋简体");
    d.paragraphs[0].runs[1].sizePt = 10;
    BOOST_TEST(findingsOf(d, "HF-02").empty());
    d.paragraphs[0].runs[2].sizePt = 18;
    BOOST_TEST(findingsOf(d, "HF-02").size() == 1u);
}

BOOST_AUTO_TEST_CASE(hf01_a_space_in_another_font_is_not_the_heading_font)
{
    Document d;
    d.paragraphs = {formatted("一、工作情况", "黑体", 16), headingWithSpace(16, 16, 16)};
    d.paragraphs[1].runs[1].fontAsian = u"宋体";
    BOOST_TEST(findingsOf(d, "HF-01").empty());
    d.paragraphs[1].runs[2].fontAsian = u"宋体";
    BOOST_TEST(findingsOf(d, "HF-01").size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
