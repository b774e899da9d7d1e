#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;

namespace {
std::optional<Marker> marker(const char* text) { return recognizeMarker(text::fromUtf8(text)); }
} // namespace

BOOST_AUTO_TEST_SUITE(markers)

BOOST_AUTO_TEST_CASE(canonical_forms_give_level_and_number)
{
    const struct { const char* text; int level; int number; } cases[] = {
        {"一、工作开展情况", 1, 1},   {"十二、其他", 1, 12},           {"（三）强化组织领导。", 2, 3},
        {"1.坚持学习制度化。", 3, 1}, {"12.附则", 3, 12},              {"（2）加强管理", 4, 2},
        {"①第一项", 5, 1},            {"⑵项目", 4, 2},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.text)
        {
            const auto m = marker(c.text);
            BOOST_REQUIRE(m.has_value());
            BOOST_TEST(m->level() == c.level);
            BOOST_TEST(m->number == c.number);
        }
    }
}

BOOST_AUTO_TEST_CASE(wrong_forms_are_still_markers)
{
    for (const char* text : {"(一)强化组织领导", "（一)强化", "（一）、强化", "(一).强化", "一.总体要求", "一．总体要求",
                             "一，总体要求", "一:总体要求", "1、坚持学习", "1，坚持学习", "1．坚持学习", "１．坚持学习",
                             "(1)加强管理", "（1）、加强", "  一、前导空格"})
        BOOST_TEST(marker(text).has_value(), text);
}

BOOST_AUTO_TEST_CASE(numbers_and_words_are_not_markers)
{
    for (const char* text : {"3.5万元已到位", "2024.5", "1.5倍", "2024年上半年工作汇报", "一是调整领导小组。",
                             "一方面是由于历史原因", "今年以来，我街道", "100.合计", "1,000元"})
        BOOST_TEST(!marker(text).has_value(), text);
}

BOOST_AUTO_TEST_CASE(offsets_point_at_marker_parts)
{
    const auto m = marker("(一)、 强化组织领导");
    BOOST_REQUIRE(m.has_value());
    BOOST_TEST(m->start == 0u);
    BOOST_TEST(m->open == u'(');
    BOOST_TEST(m->close == u')');
    BOOST_TEST(m->numeralStart == 1u);
    BOOST_TEST(m->numeralEnd == 2u);
    BOOST_TEST(m->separatorStart == 3u);
    BOOST_TEST(m->end == 4u);
    BOOST_TEST(m->textStart == 5u);
}

BOOST_AUTO_TEST_CASE(list_label_is_the_marker)
{
    Paragraph paragraph;
    paragraph.text = u"总体要求";
    paragraph.listLabel = u"二、";
    const auto m = recognizeParagraphMarker(paragraph);
    BOOST_REQUIRE(m.has_value());
    BOOST_TEST(m->fromListLabel);
    BOOST_TEST(m->number == 2);
    BOOST_TEST(m->textStart == 0u);
}

BOOST_AUTO_TEST_CASE(bullet_label_falls_back_to_the_typed_marker)
{
    Paragraph paragraph;
    paragraph.text = u"（二）加强引导";
    paragraph.listLabel = u"•";
    const auto m = recognizeParagraphMarker(paragraph);
    BOOST_REQUIRE(m.has_value());
    BOOST_TEST(!m->fromListLabel);
    BOOST_TEST(m->level() == 2);
    paragraph.text = u"加强引导";
    BOOST_TEST(!recognizeParagraphMarker(paragraph).has_value());
}

BOOST_AUTO_TEST_CASE(canonical_marker_text)
{
    BOOST_TEST(text::toUtf8(canonicalMarker(MarkerClass::ChineseNumeral, 11)) == "十一、");
    BOOST_TEST(text::toUtf8(canonicalMarker(MarkerClass::BracketedChinese, 3)) == "（三）");
    BOOST_TEST(text::toUtf8(canonicalMarker(MarkerClass::ArabicNumeral, 4)) == "4.");
    BOOST_TEST(text::toUtf8(canonicalMarker(MarkerClass::ArabicNumeral, 4, true)) == "4．");
    BOOST_TEST(text::toUtf8(canonicalMarker(MarkerClass::BracketedArabic, 2)) == "（2）");
}

BOOST_AUTO_TEST_CASE(bare_numeral_with_comma_is_a_heading_only_when_it_reads_like_one)
{
    // Short, one phrase: a level-1 heading typed with the wrong separator (HN-01).
    for (const char* text : {"一，总体要求", "一，总体要求。", "二：主要做法", "三 下一步打算", "1，坚持学习"})
        BOOST_TEST(marker(text).has_value(), text);
    // Running text: an enumeration (EN-07), not a heading.
    for (const char* text : {"一，加强组织领导，提升思想认识", "一，我们要加强学习。二，要改进作风。",
                             "一，要深入学习贯彻党的二十大精神和上级部署要求，全面推进各项工作落实",
                             "3 个月内完成整改", "5 万元", "一、二季度经济运行平稳", "三、四月份雨水偏多"})
        BOOST_TEST(!marker(text).has_value(), text);
}

BOOST_AUTO_TEST_CASE(markers_at_the_end_of_a_label_or_line)
{
    for (const char* text : {"一、", "（一）", "1.", "（1）", "①", "⑴"})
        BOOST_TEST(marker(text).has_value(), text);
    for (const char* text : {"一", "1", "12"})
        BOOST_TEST(!marker(text).has_value(), text);
}

BOOST_AUTO_TEST_CASE(separator_and_spacing_offsets)
{
    const auto m = marker("一 总体要求");
    BOOST_REQUIRE(m.has_value());
    BOOST_TEST(m->separatorStart == m->separatorEnd);
    BOOST_TEST(m->end == 1u);
    BOOST_TEST(m->textStart == 2u);
    const auto f = marker("１２．项目");
    BOOST_REQUIRE(f.has_value());
    BOOST_TEST(f->fullwidthDigits);
    BOOST_TEST(f->number == 12);
    BOOST_TEST(f->level() == 3);
}

BOOST_AUTO_TEST_SUITE_END()
