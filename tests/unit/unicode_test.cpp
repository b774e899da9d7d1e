#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;

BOOST_AUTO_TEST_SUITE(unicode)

BOOST_AUTO_TEST_CASE(chinese_numerals_both_ways)
{
    const std::pair<int, const char*> cases[] = {{1, "一"}, {9, "九"}, {10, "十"}, {11, "十一"},
                                                 {20, "二十"}, {21, "二十一"}, {99, "九十九"}};
    for (const auto& [number, numeral] : cases) {
        BOOST_TEST(text::toUtf8(text::chineseNumeral(number)) == numeral);
        BOOST_TEST(text::parseChineseNumeral(text::fromUtf8(numeral)).value_or(-1) == number);
    }
    BOOST_TEST(!text::parseChineseNumeral(u"是").has_value());
    BOOST_TEST(!text::parseChineseNumeral(u"").has_value());
    BOOST_TEST(!text::parseChineseNumeral(u"一是").has_value());
}

BOOST_AUTO_TEST_CASE(width_folding)
{
    BOOST_TEST(text::toUtf8(text::foldWidth(u"（１２）．")) == "(12).");
    BOOST_TEST(text::toUtf8(text::foldWidth(u"一、汉字")) == "一、汉字");
    BOOST_TEST(text::isFullwidthForm(U'（'));
    BOOST_TEST(!text::isFullwidthForm(U'('));
}

BOOST_AUTO_TEST_CASE(character_classes)
{
    BOOST_TEST(text::isHan(U'汉'));
    BOOST_TEST(text::isHan(U'〇'));
    BOOST_TEST(!text::isHan(U'A'));
    BOOST_TEST(text::isCjkPunctuation(U'，'));
    BOOST_TEST(text::isCjkPunctuation(U'。'));
    BOOST_TEST(!text::isCjkPunctuation(U','));
    BOOST_TEST(text::isSpace(U'\u3000'));
}

BOOST_AUTO_TEST_SUITE_END()
