// HN-08…HN-15: the heading tree — sequence, restart, skip, inversion, consistency, depth,
// Writer numbering, single children.
#include "heading_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

BOOST_AUTO_TEST_SUITE(hn08_heading_sequence)

BOOST_AUTO_TEST_CASE(flags_gaps_and_repeats_once_per_run)
{
    const Document d = doc({"一、情况", "（一）领导", "（三）引导", "（四）团结", "二、问题", "1.学习", "1.宣传", "2.阵地"});
    const auto findings = findingsOf(d, "HN-08");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(findings[0].messageZh == "二级标题序号跳号：第2个应为“（二）”，实为“（三）”；同级序号应从1起依次编排"
                                        "（GB/T 9704-2012 §7.3.3）。修复将整组重新编号");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST(findings[0].fix.kind == FixKind::Confirm);
    BOOST_TEST(findings[0].fix.edits.size() == 2u); // the whole run in one fix
    BOOST_TEST(findings[1].paragraph == 6u);
    BOOST_TEST(findings[1].messageEn.find("repeated") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(renumbers_the_whole_run_in_place)
{
    const Document d = doc({"一、情况", "（一）领导", "（三）引导", "（四）团结", "三、问题", "（1）学习", "（1）宣传",
                            "⑶阵地", "１.甲", "３.乙", "九、附则"});
    const Document once = fixedBy(d, "HN-08");
    const std::vector<std::string> expected = {"一、情况", "（一）领导", "（二）引导", "（三）团结", "二、问题",
                                               "（1）学习", "（2）宣传", "⑶阵地", "１.甲", "２.乙", "三、附则"};
    for (std::size_t i = 0; i < expected.size(); ++i)
        BOOST_TEST(paragraphText(once, i) == expected[i]);
    BOOST_TEST(findingsOf(once, "HN-08").empty());
    const Document twice = fixedBy(once, "HN-08");
    for (std::size_t i = 0; i < expected.size(); ++i)
        BOOST_TEST(paragraphText(twice, i) == expected[i]);
}

BOOST_AUTO_TEST_CASE(two_digit_numerals)
{
    std::vector<std::string> lines;
    for (int i = 1; i <= 12; ++i)
        lines.push_back(text::toUtf8(text::chineseNumeral(i == 11 ? 12 : i)) + "、事项");
    Document d;
    for (const auto& line : lines)
        d.paragraphs.emplace_back().text = text::fromUtf8(line);
    const Document once = fixedBy(d, "HN-08");
    BOOST_TEST(paragraphText(once, 10) == "十一、事项");
    BOOST_TEST(paragraphText(once, 11) == "十二、事项");
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    // Correct runs, restarting under each parent; circled items; a continued run is HN-09's.
    const Document d = doc({"一、情况", "（一）领导", "（二）引导", "二、问题", "（一）认识", "（二）机制", "①甲", "③乙"});
    BOOST_TEST(findingsOf(d, "HN-08").empty());
    BOOST_TEST(findingsOf(doc({"一、情况", "（一）领导", "（二）引导", "二、问题", "（三）认识"}), "HN-08").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn09_heading_restart)

BOOST_AUTO_TEST_CASE(flags_numbering_carried_over_to_the_next_parent)
{
    const Document d = doc({"一、情况", "（一）领导", "（二）引导", "二、问题", "（三）认识", "（四）机制", "正文。"});
    const auto findings = findingsOf(d, "HN-09");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 4u);
    BOOST_TEST(findings[0].messageZh ==
               "“二、”下的二级标题应从“（一）”起重新编号，实为“（三）”，接续了上一部分的序号。修复将这一组重新编号");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    BOOST_TEST(findings[0].fix.kind == FixKind::Confirm);
    const Document once = fixedBy(d, "HN-09");
    BOOST_TEST(paragraphText(once, 4) == "（一）认识");
    BOOST_TEST(paragraphText(once, 5) == "（二）机制");
    BOOST_TEST(findingsOf(once, "HN-09").empty());
    BOOST_TEST(findingsOf(once, "HN-08").empty());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    BOOST_TEST(findingsOf(doc({"一、情况", "（一）领导", "（二）引导", "二、问题", "（一）认识"}), "HN-09").empty());
    // A gap that does not continue the previous section is HN-08's.
    const Document gap = doc({"一、情况", "（一）领导", "二、问题", "（五）认识"});
    BOOST_TEST(findingsOf(gap, "HN-09").empty());
    BOOST_TEST(findingsOf(gap, "HN-08").size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn10_heading_skip)

BOOST_AUTO_TEST_CASE(consistent_skipping_is_info)
{
    const Document d = doc({"一、情况", "1.学习", "2.宣传", "二、问题", "1.认识", "2.机制"});
    const auto findings = findingsOf(d, "HN-10");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u); // one per group, at its first child
    BOOST_TEST(findings[0].paragraph == 1u);
    BOOST_TEST(findings[0].severity == Severity::Info);
    BOOST_TEST(findings[0].messageZh == "一级标题“一、”下直接用三级标题“1.”，跳过了二级标题（如“（一）”）；"
                                        "全文一致，短文可以接受（GB/T 9704-2012 §7.3.3 序号依次使用）");
    BOOST_TEST(!findings[0].fixable());
}

BOOST_AUTO_TEST_CASE(mixed_skipping_is_a_warning)
{
    const Document d = doc({"一、情况", "（一）领导", "1.学习", "二、问题", "1.认识", "2.机制"});
    const auto findings = findingsOf(d, "HN-10");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 4u);
    BOOST_TEST(findings[0].severity == Severity::Warning);
}

BOOST_AUTO_TEST_CASE(profile_and_options_raise_it)
{
    const Document d = doc({"一、情况", "1.学习", "2.宣传"});
    Config formal;
    formal.profile = Profile::Formal;
    BOOST_TEST(findingsOf(d, "HN-10", formal).at(0).severity == Severity::Warning);
    Config strict;
    strict.options.allowSkipLevel = false;
    BOOST_TEST(findingsOf(d, "HN-10", strict).at(0).severity == Severity::Warning);
    Config quiet;
    quiet.rules["HN-10"].severity = Severity::Info;
    const Document mixed = doc({"一、情况", "（一）领导", "二、问题", "1.认识"});
    BOOST_TEST(findingsOf(mixed, "HN-10", quiet).at(0).severity == Severity::Info);
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    // No skip; starting at a lower level is allowed; circled items are HN-13's.
    BOOST_TEST(findingsOf(doc({"一、情况", "（一）领导", "1.学习", "（1）甲"}), "HN-10").empty());
    BOOST_TEST(findingsOf(doc({"1.学习", "2.宣传"}), "HN-10").empty());
    BOOST_TEST(findingsOf(doc({"一、情况", "（一）领导", "①甲"}), "HN-10").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn11_heading_inversion)

BOOST_AUTO_TEST_CASE(flags_a_higher_marker_under_a_lower_one)
{
    const Document d = doc({"一、情况", "1.学习", "2.宣传", "（一）领导", "（二）引导"});
    const auto findings = findingsOf(d, "HN-11");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 3u);
    BOOST_TEST(findings[0].messageZh == "二级标题“（一）”出现在三级标题“2.”之下：不得在低层级序号下使用高层级序号"
                                        "（GB/T 15834-2011 附录B.3）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST(!findings[0].fixable());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    BOOST_TEST(findingsOf(doc({"一、情况", "（一）领导", "1.学习", "（二）引导", "二、问题"}), "HN-11").empty());
    BOOST_TEST(findingsOf(doc({"（一）领导", "1.学习", "（二）引导"}), "HN-11").empty());
    BOOST_TEST(findingsOf(doc({"一、情况", "①甲", "②乙", "（一）领导"}), "HN-11").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn12_marker_consistency)

BOOST_AUTO_TEST_CASE(flags_a_level_partly_typed_partly_numbered)
{
    Document d = doc({"一、情况", "二、问题", "打算"});
    d.paragraphs[2].listLabel = u"三、";
    const auto findings = findingsOf(d, "HN-12");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(findings[0].severity == Severity::Warning);
    BOOST_TEST(findings[0].fix.kind == FixKind::Safe);
    Document once = fixedBy(d, "HN-12");
    BOOST_TEST(paragraphText(once, 2) == "三、打算");
    BOOST_TEST(once.paragraphs[2].listLabel.empty());
    BOOST_TEST(findingsOf(once, "HN-12").empty());
}

BOOST_AUTO_TEST_CASE(typed_minority_is_reported_without_a_fix)
{
    Document d = doc({"情况", "问题", "三、打算"});
    d.paragraphs[0].listLabel = u"一、";
    d.paragraphs[1].listLabel = u"二、";
    const auto findings = findingsOf(d, "HN-12");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(!findings[0].fixable());
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    Document numbered = doc({"情况", "问题"});
    numbered.paragraphs[0].listLabel = u"一、";
    numbered.paragraphs[1].listLabel = u"二、";
    BOOST_TEST(findingsOf(numbered, "HN-12").empty());
    // Different levels may differ: typed level 1, numbered level 3.
    Document levels = doc({"一、情况", "学习"});
    levels.paragraphs[1].listLabel = u"1.";
    BOOST_TEST(findingsOf(levels, "HN-12").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn13_heading_depth)

BOOST_AUTO_TEST_CASE(flags_fifth_levels_and_standalone_circled_headings)
{
    const Document d = doc({"一、情况", "（一）领导", "1.学习", "（1）制度", "①中心组学习。每月一次。", "二、问题", "②独立标题"});
    const auto findings = findingsOf(d, "HN-13");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].paragraph == 4u);
    BOOST_TEST(findings[0].messageEn.find("fifth") != std::string::npos);
    BOOST_TEST(findings[1].paragraph == 6u);
    BOOST_TEST(findings[1].messageZh.find("用作独立标题") != std::string::npos);
    BOOST_TEST(findings[0].severity == Severity::Info);
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    // ① enumerating inside running text under fewer than four levels.
    BOOST_TEST(findingsOf(doc({"一、情况", "1.学习", "①中心组学习。每月一次。"}), "HN-13").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn14_auto_numbered_heading)

BOOST_AUTO_TEST_CASE(flags_labels_that_break_the_rules)
{
    Document d = doc({"情况", "领导", "引导", "学习"});
    d.paragraphs[0].listLabel = u"一.";  // wrong form
    d.paragraphs[1].listLabel = u"（一）";
    d.paragraphs[2].listLabel = u"（三）"; // out of sequence
    d.paragraphs[3].listLabel = u"1．";   // either dot is fine by default
    const auto findings = findingsOf(d, "HN-14");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].paragraph == 0u);
    BOOST_TEST(findings[0].messageZh == "自动编号的一级标题序号“一.”写法不规范，应为“一、”（GB/T 9704-2012 §7.3.3）。"
                                        "编号来自列表格式而非文字：修复将把“一、”写入正文并关闭该段的自动编号");
    BOOST_TEST(findings[1].paragraph == 2u);
    BOOST_TEST(findings[0].fix.kind == FixKind::Confirm);
    const auto& edits = findings[0].fix.edits;
    BOOST_REQUIRE_EQUAL(edits.size(), 2u);
    BOOST_TEST((std::get<SetParagraphProperty>(edits[1]).property == ParagraphProperty::NumberingOff));

    Document once = d;
    applyEdits(once, nonOverlappingEdits(check(d, {}), [](const Finding& f) { return f.rule->code == "HN-14"; }));
    BOOST_TEST(paragraphText(once, 0) == "一、情况");
    BOOST_TEST(once.paragraphs[0].listLabel.empty());
    BOOST_TEST(paragraphText(once, 2) == "（二）引导");
    BOOST_TEST(findingsOf(once, "HN-14").empty());
}

BOOST_AUTO_TEST_CASE(pinned_dot_applies_to_labels)
{
    Document d = doc({"学习"});
    d.paragraphs[0].listLabel = u"1．";
    Config half;
    half.options.arabicDot = ArabicDot::Half;
    BOOST_TEST(findingsOf(d, "HN-14", half).size() == 1u);
    BOOST_TEST(findingsOf(d, "HN-14").empty());
}

BOOST_AUTO_TEST_CASE(typed_markers_are_not_its_business)
{
    BOOST_TEST(findingsOf(doc({"一.情况", "（三）领导"}), "HN-14").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hn15_single_child)

BOOST_AUTO_TEST_CASE(flags_a_lonely_child)
{
    const Document d = doc({"一、情况", "（一）领导", "正文。", "二、问题", "（一）认识", "（二）机制"});
    const auto findings = findingsOf(d, "HN-15");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 1u);
    BOOST_TEST(findings[0].messageZh == "“一、”下只有一个下级标题“（一）”，没有“（二）”：只有一项时可不设下级序号，或补充其他项");
    BOOST_TEST(findings[0].severity == Severity::Info);
}

BOOST_AUTO_TEST_CASE(near_misses)
{
    BOOST_TEST(findingsOf(doc({"一、情况", "（一）领导", "（二）引导", "二、问题"}), "HN-15").empty());
    BOOST_TEST(findingsOf(doc({"一、情况", "二、问题"}), "HN-15").empty());
    BOOST_TEST(findingsOf(doc({"一、情况", "①甲。"}), "HN-15").empty());
}

BOOST_AUTO_TEST_SUITE_END()
