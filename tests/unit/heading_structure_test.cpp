// The heading tree: levels, parents, sibling runs, run-in heading parts, inversions, the title.
#include "heading_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {
Structure structureOf(const Document& document, const Config& config = {}) { return Structure::build(document, config); }
} // namespace

BOOST_AUTO_TEST_SUITE(heading_structure)

BOOST_AUTO_TEST_CASE(parents_and_sibling_indexes)
{
    const Document d = doc({"标题", "一、情况", "（一）领导", "1.学习", "2.宣传", "（二）引导", "正文。", "二、问题",
                            "（一）认识"});
    const Structure s = structureOf(d);
    const auto& h = s.headings();
    BOOST_REQUIRE_EQUAL(h.size(), 7u);
    BOOST_TEST(h[0].parent == -1);
    BOOST_TEST(h[1].parent == 0);
    BOOST_TEST(h[2].parent == 1);
    BOOST_TEST(h[3].parent == 1);
    BOOST_TEST(h[3].siblingIndex == 2);
    BOOST_TEST(h[4].parent == 0);
    BOOST_TEST(h[4].siblingIndex == 2);
    BOOST_TEST(h[5].siblingIndex == 2);
    BOOST_TEST(h[6].parent == 5);
    BOOST_TEST(h[6].siblingIndex == 1); // restarts under the new parent
    BOOST_TEST(s.siblingRuns().size() == 4u);
    BOOST_TEST(s.childCount(0) == 2);
    BOOST_TEST(s.childCount(5) == 1);
    BOOST_TEST(s.path(d, 6) == "一、 › （二）");
    BOOST_TEST(s.ancestors(4).size() == 2u); // "2.宣传" sits in 一、 › （一）
}

BOOST_AUTO_TEST_CASE(standalone_and_run_in_heading_parts)
{
    const Document d = doc({"一、工作开展情况", "（一）强化组织领导，提升认识。一是调整领导小组。", "1.抓好宣传：一是…",
                            "（二）主要做法：一是加强学习。", "（三）加强引导，一是落实审核。", "（四）做好团结　广泛开展活动。",
                            "2.抓好阵地。"});
    const Structure s = structureOf(d);
    const auto& h = s.headings();
    BOOST_REQUIRE_EQUAL(h.size(), 7u);
    BOOST_TEST(h[0].standalone);
    BOOST_TEST(h[0].headingEnd == 8u);
    BOOST_TEST(!h[1].standalone);
    BOOST_TEST(h[1].headingEnd == 15u); // up to and including the first 。
    BOOST_TEST(!h[1].unclosed);
    BOOST_TEST(!h[2].standalone); // level 3 may end its heading part with ：
    BOOST_TEST(h[2].headingEnd == 7u);
    BOOST_TEST(h[3].unclosed); // level 2 may not
    BOOST_TEST(h[3].gapStart == 7u);
    BOOST_TEST(h[3].headingEnd == 7u);
    BOOST_TEST(h[4].unclosed); // "，一是" starts the body
    BOOST_TEST(h[4].gapStart == 7u);
    BOOST_TEST(h[5].unclosed); // an ideographic space between heading and body
    BOOST_TEST(h[5].gapEnd == h[5].gapStart + 1);
    BOOST_TEST(h[6].standalone); // a final 。 (HP-01's business) does not make it run-in
}

BOOST_AUTO_TEST_CASE(inversion_is_a_higher_marker_after_a_lower_one)
{
    const Structure s = structureOf(doc({"一、情况", "1.学习", "2.宣传", "（一）领导", "（二）引导", "1.学习", "（三）团结"}));
    const auto& h = s.headings();
    BOOST_TEST(!h[1].inverted);
    BOOST_TEST(h[3].inverted);
    BOOST_TEST(h[3].inversionOf == 2);
    BOOST_TEST(!h[4].inverted);
    BOOST_TEST(!h[6].inverted); // closes "1." and reaches its own level "（二）"
}

BOOST_AUTO_TEST_CASE(list_labels_tables_and_not_headings)
{
    Document d = doc({"总体要求", "3.5万元已到位。", "表格里的", "主要任务"});
    d.paragraphs[0].listLabel = u"一、";
    d.paragraphs[2].text = u"1.项目名称";
    d.paragraphs[2].container = Container::Table;
    d.paragraphs[3].listLabel = u"二、";
    Structure s = structureOf(d);
    BOOST_REQUIRE_EQUAL(s.headings().size(), 2u);
    BOOST_TEST(s.headings()[0].marker.fromListLabel);
    BOOST_TEST(s.headings()[1].siblingIndex == 2);
    Config tables;
    tables.options.headingsInTables = true;
    BOOST_TEST(structureOf(d, tables).headings().size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_run_may_start_inline_in_the_paragraph_before)
{
    const Structure s = structureOf(doc({"会议决定，一、原则同意有关方案。", "二、同意报送材料。", "三、同意纳入样本库。"}));
    BOOST_REQUIRE_EQUAL(s.headings().size(), 2u);
    BOOST_TEST(s.headings()[0].siblingIndex == 2);
    BOOST_TEST(s.headings()[1].siblingIndex == 3);
    const Document attachments = doc({"一、情况", "正文。", "附件：1．参训回执表", "2．课程安排表"});
    BOOST_TEST(findingsOf(attachments, "HN-08").empty());
    BOOST_TEST(findingsOf(attachments, "HN-15").empty()); // 1． and 2． are two children
    const Document gap = doc({"附件：1．参训回执表", "2．课程安排表", "4．报名表"});
    BOOST_TEST(paragraphText(fixedBy(gap, "HN-08"), 1) == "2．课程安排表");
    BOOST_TEST(paragraphText(fixedBy(gap, "HN-08"), 2) == "3．报名表");
    // Mentioning a marker mid-sentence is no inline start.
    BOOST_TEST(findingsOf(doc({"详见附件1.", "3.安排"}), "HN-08").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_preamble_list_before_the_first_section_is_no_inversion)
{
    const Structure s = structureOf(doc({"现将有关事项通知如下：", "1.甲", "2.乙", "一、总体要求", "1.学习", "（一）领导"}));
    BOOST_TEST(!s.headings()[2].inverted);
    BOOST_TEST(s.headings()[4].inverted);
}

BOOST_AUTO_TEST_CASE(continued_numbering_is_marked_on_the_run)
{
    const Structure s = structureOf(doc({"一、情况", "（一）领导", "（二）引导", "二、问题", "（三）认识", "（四）机制"}));
    const int run = s.headings()[4].run;
    BOOST_TEST(s.continuesNumbering(run));
    BOOST_TEST(!s.continuesNumbering(s.headings()[1].run));
}

BOOST_AUTO_TEST_CASE(title_detection)
{
    // The web site's header and the byline are skipped; the last title-like line before the
    // first heading is the title.
    BOOST_TEST(structureOf(seed("000_b7783f23aae105a9.txt")).title().value_or(99) == 6u);
    BOOST_TEST(structureOf(seed("001_bb363a12219e777a.txt")).title().value_or(99) == 8u);
    BOOST_TEST(structureOf(doc({"关于做好安全生产工作的通知。", "各单位：", "一、总体要求"})).title().value_or(99) == 0u);
    BOOST_TEST(!structureOf(doc({"各位领导：", "一、总体要求"})).title().has_value());
    BOOST_TEST(structureOf(doc({"工作总结", "（2024年5月6日）", "一、总体要求"})).title().value_or(99) == 0u);
    // Not the 版头, the 发文字号, a date, nor anything after the salutation.
    Document formal = doc({"一份公文文件", "国防部发〔2012〕21号", "国防部关于放假的通知", "各有关单位：", "正文部分",
                           "联系人：某某", "2012年12月12日"});
    BOOST_TEST(structureOf(formal).title().value_or(99) == 2u);
    BOOST_TEST(structureOf(doc({"关于开展工作的通知", "各有关单位：", "正文部分", "2026年08月13日"})).title().value_or(99) == 0u);
    Document centred = doc({"第一行标题", "副标题", "一、总体要求"});
    centred.paragraphs[0].alignment = Alignment::Center;
    BOOST_TEST(structureOf(centred).title().value_or(99) == 0u);
}

BOOST_AUTO_TEST_CASE(large_document_has_correct_runs)
{
    // 20,000 paragraphs in one flat run of level-3 headings under one parent: the sibling index
    // comes from the previous sibling directly (the builder must not walk back per heading).
    Document d;
    d.paragraphs.resize(20001);
    d.paragraphs[0].text = u"一、情况";
    for (int i = 1; i <= 20000; ++i)
        d.paragraphs[static_cast<std::size_t>(i)].text = text::fromUtf8(std::to_string(i % 99 + 1) + ".事项");
    const Structure s = structureOf(d);
    BOOST_TEST(s.headings().size() == 20001u);
    BOOST_TEST(s.headings().back().siblingIndex == 20000);
    BOOST_TEST(s.siblingRuns().size() == 2u);
    BOOST_TEST(s.childCount(0) == 20000);
}

BOOST_AUTO_TEST_SUITE_END()
