// HP-01…HP-03 (heading punctuation) and HF-01…HF-04 (heading format).
#include "heading_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(hp01_standalone_heading_punct)

BOOST_AUTO_TEST_CASE(flags_end_points_of_standalone_headings)
{
    const Document d = doc({"一、工作开展情况。", "（一）强化组织领导；", "1.主要做法：", "（1）加强管理， ", "正文。", "二、存在问题"});
    const auto findings = findingsOf(d, "HP-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST(flagged(d, findings[0]) == "。");
    BOOST_TEST(findings[0].messageZh == "独立成段的一级标题“工作开展情况。”末尾不加标点：应删除“。”（GB/T 15834-2011 附录B.3）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    const Document once = fixedBy(d, "HP-01");
    BOOST_TEST(paragraphText(once, 0) == "一、工作开展情况");
    BOOST_TEST(paragraphText(once, 1) == "（一）强化组织领导");
    BOOST_TEST(paragraphText(once, 2) == "1.主要做法");
    BOOST_TEST(paragraphText(once, 3) == "（1）加强管理 ");
    BOOST_TEST(findingsOf(once, "HP-01").empty());
    BOOST_TEST(paragraphText(fixedBy(once, "HP-01"), 0) == "一、工作开展情况");
}

BOOST_AUTO_TEST_CASE(numbered_clauses_are_not_headings)
{
    // Provisions with nothing under them, and long numbered paragraphs, end with 。 rightly.
    const Document d = doc({"一、总则", "（一）本规范适用于本市各级行政机关。", "（二）规范性文件应当符合上位法规定。",
                            "二、会议决定", "1.同意将目前已核实并已下载到本地的原始素材作为阶段性观察依据，重点以相关页面和文章作为基础样本，"
                            "后续新增材料继续动态补充。",
                            "正文。"});
    BOOST_TEST(findingsOf(d, "HP-01").empty());
    BOOST_TEST(Structure::build(d, {}).headings()[1].clause);
    BOOST_TEST(!Structure::build(d, {}).headings()[0].clause);
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    const Document d = doc({"一、为什么要改革？", "二、奋斗吧！", "（一）强化组织领导。一是调整领导小组。", "1.抓好宣传：一是加强。",
                            "①中心组学习。", "三、工作情况"});
    BOOST_TEST(findingsOf(d, "HP-01").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hp02_runin_heading_period)

BOOST_AUTO_TEST_CASE(flags_heading_parts_not_closed_by_a_full_stop)
{
    const Document d = doc({"一、情况", "（一）加强引导，一是落实审核制度。二是加强管理。", "（二）主要做法：一是加强学习。",
                            "（三）做好团结　广泛开展活动。", "1.抓好宣传，首先要统一思想。"});
    const auto findings = findingsOf(d, "HP-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST(flagged(d, findings[0]) == "，");
    BOOST_TEST(findings[0].messageZh == "段中二级标题“加强引导”后应以句号“。”与正文隔开，实为“，”");
    BOOST_TEST(findings[2].messageZh == "段中二级标题“做好团结”后应以句号“。”与正文隔开，实为空格");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    BOOST_TEST(findings[0].fix.kind == FixKind::Confirm);
    const Document once = fixedBy(d, "HP-02");
    BOOST_TEST(paragraphText(once, 1) == "（一）加强引导。一是落实审核制度。二是加强管理。");
    BOOST_TEST(paragraphText(once, 2) == "（二）主要做法。一是加强学习。");
    BOOST_TEST(paragraphText(once, 3) == "（三）做好团结。广泛开展活动。");
    BOOST_TEST(paragraphText(once, 4) == "1.抓好宣传。首先要统一思想。");
    BOOST_TEST(findingsOf(once, "HP-02").empty());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    const Document d = doc({"（一）强化组织领导，提升思想认识。一是调整领导小组。", "1.抓好宣传：一是加强。",
                            "（二）开展 2024 年专项行动", "（三）加强党的建设，坚持统一是前提。", "（四）主要做法：首先统一思想，其次狠抓落实。"});
    const auto findings = findingsOf(d, "HP-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u); // only the level-2 colon before the body
    BOOST_TEST(findings[0].paragraph == 4u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hp03_title_punct)

BOOST_AUTO_TEST_CASE(flags_a_point_after_the_title)
{
    const Document d = doc({"关于做好安全生产工作的通知。", "各单位：", "一、总体要求"});
    const auto findings = findingsOf(d, "HP-03");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].messageZh ==
               "标题“关于做好安全生产工作的通知”末尾不加标点：应删除“。”（问号、叹号除外；GB/T 15834-2011 附录B.3）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    const Document once = fixedBy(d, "HP-03");
    BOOST_TEST(paragraphText(once, 0) == "关于做好安全生产工作的通知");
    BOOST_TEST(findingsOf(once, "HP-03").empty());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    BOOST_TEST(findingsOf(doc({"我们为什么要改革？", "一、总体要求"}), "HP-03").empty());
    BOOST_TEST(findingsOf(doc({"各位领导：", "一、总体要求"}), "HP-03").empty());
    BOOST_TEST(findingsOf(doc({"现将有关情况报告如下。", "一、总体要求"}), "HP-03").empty());
    BOOST_TEST(findingsOf(doc({"2024年上半年工作总结。", "一、总体要求"}), "HP-03").size() == 1u);
    BOOST_TEST(findingsOf(seed("000_b7783f23aae105a9.txt"), "HP-03").empty());
    BOOST_TEST(findingsOf(seed("001_bb363a12219e777a.txt"), "HP-03").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hf01_heading_font)

BOOST_AUTO_TEST_CASE(flags_the_wrong_family_per_level)
{
    Document d;
    d.paragraphs = {formatted("一、工作情况", "宋体", 16), formatted("（一）强化领导", "黑体", 16),
                    formatted("1.坚持学习", "楷体", 16), formatted("（1）加强管理", "Microsoft YaHei", 16)};
    const auto findings = findingsOf(d, "HF-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    BOOST_TEST(findings[0].messageZh ==
               "一级标题“工作情况”应使用黑体，实为“宋体”（GB/T 9704-2012 §7.3.3：一级黑体、二级楷体、三四级仿宋）");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    Document once = fixedBy(d, "HF-01");
    BOOST_TEST(text::toUtf8(once.paragraphs[0].runs[0].fontAsian) == "黑体");
    BOOST_TEST(text::toUtf8(once.paragraphs[1].runs[0].fontAsian) == "楷体");
    BOOST_TEST(text::toUtf8(once.paragraphs[3].runs[0].fontAsian) == "仿宋");
    BOOST_TEST(findingsOf(once, "HF-01").empty());
}

BOOST_AUTO_TEST_CASE(aliases_are_accepted)
{
    Document d;
    d.paragraphs = {formatted("一、工作情况", "方正黑体_GBK", 16), formatted("二、问题", "SimHei", 16),
                    formatted("（一）强化领导", "楷体_GB2312", 16), formatted("（二）引导", "KaiTi", 16),
                    formatted("（三）团结", "方正楷体_GBK", 16),   formatted("（四）建设", "STKaiti", 16),
                    formatted("1.坚持学习", "仿宋_GB2312", 16),    formatted("2.宣传", "FangSong", 16),
                    formatted("3.阵地", "方正仿宋_GBK", 16),       formatted("（1）管理", "STFangsong", 16),
                    formatted("（2）制度", "华文仿宋", 16)};
    BOOST_TEST(findingsOf(d, "HF-01").empty());
}

BOOST_AUTO_TEST_CASE(run_in_headings_check_only_the_heading_part)
{
    Document d;
    d.paragraphs = {formatted("一、情况", "黑体", 16), formatted("（一）强化组织领导。一是调整领导小组。", "楷体", 16)};
    splitRun(d.paragraphs[1], 10, "仿宋_GB2312"); // body text in the body font: right
    BOOST_TEST(findingsOf(d, "HF-01").empty());

    Document wrong;
    wrong.paragraphs = {formatted("一、情况", "黑体", 16), formatted("（一）强化组织领导。一是调整领导小组。", "仿宋", 16)};
    splitRun(wrong.paragraphs[1], 10, "仿宋");
    const auto findings = findingsOf(wrong, "HF-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].start == 0u);
    BOOST_TEST(findings[0].length == 10u); // "（一）强化组织领导。"; the fix sets exactly that range
    Document once = fixedBy(wrong, "HF-01");
    const Paragraph& p = once.paragraphs[1];
    BOOST_TEST(text::toUtf8(runAt(p, 0)->fontAsian) == "楷体");
    BOOST_TEST(text::toUtf8(runAt(p, 12)->fontAsian) == "仿宋"); // the body keeps its font
}

BOOST_AUTO_TEST_CASE(plain_text_and_unknown_fonts_are_skipped)
{
    BOOST_TEST(findingsOf(doc({"一、工作情况", "（一）强化领导"}), "HF-01").empty());
    Document d;
    d.paragraphs = {formatted("一、工作情况", "", 16)};
    BOOST_TEST(findingsOf(d, "HF-01").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hf02_heading_size)

BOOST_AUTO_TEST_CASE(flags_heading_and_title_sizes)
{
    Document d;
    d.paragraphs = {formatted("关于做好安全生产工作的通知", "方正小标宋简体", 18), formatted("一、工作情况", "黑体", 15),
                    formatted("（一）强化组织领导。一是调整。", "楷体", 16)};
    splitRun(d.paragraphs[2], 10, "仿宋");
    d.paragraphs[2].runs[1].sizePt = 14; // body size is not a heading's business
    d.paragraphs[0].alignment = Alignment::Center;
    const auto findings = findingsOf(d, "HF-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].messageZh == "标题“关于做好安全生产工作的通知”字号应为二号（22磅），实为18磅（GB/T 9704-2012 §7.3.1）");
    BOOST_TEST(findings[1].messageZh == "一级标题“工作情况”字号应为三号（16磅），实为15磅（GB/T 9704-2012 §7.3.3）");
    Document once = fixedBy(d, "HF-02");
    BOOST_TEST(once.paragraphs[0].runs[0].sizePt == 22);
    BOOST_TEST(once.paragraphs[1].runs[0].sizePt == 16);
    BOOST_TEST(once.paragraphs[2].runs[1].sizePt == 14);
    BOOST_TEST(findingsOf(once, "HF-02").empty());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    Document d;
    d.paragraphs = {formatted("工作总结", "方正小标宋简体", 22), formatted("一、工作情况", "黑体", 16),
                    formatted("1.学习", "仿宋", 0)};
    BOOST_TEST(findingsOf(d, "HF-02").empty());
    BOOST_TEST(findingsOf(doc({"工作总结", "一、工作情况"}), "HF-02").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hf03_outline_level)

BOOST_AUTO_TEST_CASE(flags_standalone_headings_without_outline)
{
    Document d;
    d.paragraphs = {formatted("一、工作情况", "黑体", 16), formatted("（一）强化领导", "楷体", 16, 2),
                    formatted("1.坚持学习", "仿宋", 16)};
    const auto findings = findingsOf(d, "HF-03");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].messageZh == "一级标题“一、工作情况”没有大纲级别，导航、目录和PDF书签都看不到它：应设为大纲1级");
    Document once = fixedBy(d, "HF-03");
    BOOST_TEST(once.paragraphs[0].outlineLevel == 1);
    BOOST_TEST(once.paragraphs[2].outlineLevel == 3);
    BOOST_TEST(findingsOf(once, "HF-03").empty());
}

BOOST_AUTO_TEST_CASE(the_outline_level_is_the_depth_in_the_tree)
{
    // A document whose top headings are "1." starts the Navigator at level 1; "（1）" right under
    // "1." is level 2.
    Document d;
    d.paragraphs = {formatted("1.项目背景", "仿宋", 16), formatted("正文。", "仿宋", 16), formatted("（1）建设内容", "仿宋", 16),
                    formatted("正文。", "仿宋", 16), formatted("2.实施计划", "仿宋", 16), formatted("正文。", "仿宋", 16)};
    const Document once = fixedBy(d, "HF-03");
    BOOST_TEST(once.paragraphs[0].outlineLevel == 1);
    BOOST_TEST(once.paragraphs[2].outlineLevel == 2);
    BOOST_TEST(once.paragraphs[4].outlineLevel == 1);
    BOOST_TEST(findingsOf(d, "HF-03")[0].messageZh == "三级标题“1.项目背景”没有大纲级别，导航、目录和PDF书签都看不到它：应设为大纲1级");
}

BOOST_AUTO_TEST_CASE(run_in_headings_and_plain_text_are_skipped)
{
    Document d;
    d.paragraphs = {formatted("（一）强化组织领导。一是调整领导小组。", "楷体", 16)};
    BOOST_TEST(findingsOf(d, "HF-03").empty());
    BOOST_TEST(findingsOf(doc({"一、工作情况"}), "HF-03").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hf04_fake_indent)

BOOST_AUTO_TEST_CASE(flags_leading_spaces)
{
    Document d;
    d.paragraphs = {formatted("\u3000\u3000今年以来，我街道认真履行主体责任。", "仿宋", 16),
                    formatted("    一、工作情况", "黑体", 16)};
    const auto findings = findingsOf(d, "HF-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].length == 2u);
    BOOST_TEST(findings[0].messageZh == "段首用2个空格缩进：应删除空格，改用段落格式的首行缩进2字符");
    Document once = fixedBy(d, "HF-04");
    BOOST_TEST(paragraphText(once, 0) == "今年以来，我街道认真履行主体责任。");
    BOOST_TEST(paragraphText(once, 1) == "一、工作情况");
    BOOST_TEST(once.paragraphs[0].firstLineIndentMm > 10);
    BOOST_TEST(findingsOf(once, "HF-04").empty());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    Document d;
    d.paragraphs = {formatted("\u3000\u3000居中的标题", "黑体", 16), formatted("今年以来，我街道认真履行主体责任。", "仿宋", 16),
                    formatted("   ", "仿宋", 16), formatted(" 总体要求", "黑体", 16),
                    formatted("                                   市政府办公室", "仿宋", 16),
                    formatted("\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年5月6日", "仿宋", 16)};
    d.paragraphs[0].alignment = Alignment::Center;
    d.paragraphs[3].listLabel = u"一、"; // spaces after a label: HN-07
    BOOST_TEST(findingsOf(d, "HF-04").empty());
    BOOST_TEST(findingsOf(doc({"\u3000\u3000今年以来，纯文本的缩进。"}), "HF-04").empty());
}

BOOST_AUTO_TEST_SUITE_END()
