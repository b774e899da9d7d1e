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
    BOOST_TEST(text::isHan(U'\U00020000')); // CJK Extension B, beyond the BMP
}

BOOST_AUTO_TEST_CASE(character_set_finds_and_spans)
{
    const text::CharacterSet marks(u"[“”（）]");
    const std::u16string_view text = u"加强“学习”（一）";
    BOOST_TEST(marks.find(text) == 2u);
    BOOST_TEST(marks.find(text, 3) == 5u);
    BOOST_TEST(marks.spanEnd(text, 5) == 7u); // ”（
    BOOST_TEST(marks.find(u"加强学习") == std::u16string_view::npos);
    BOOST_TEST(!marks.occursIn(u""));
    BOOST_TEST(marks.contains(U'（'));
    BOOST_TEST(!marks.contains(U'('));
}

BOOST_AUTO_TEST_CASE(character_set_reads_surrogate_pairs_as_code_points)
{
    // U+20000 and U+20001 share their lead surrogate; the set holds the first only.
    const text::CharacterSet set(u"[\\U00020000]");
    const std::u16string_view held = u"a\U00020000b", other = u"a\U00020001b";
    BOOST_TEST(set.find(held) == 1u);
    BOOST_TEST(set.spanEnd(held, 1) == 3u);
    BOOST_TEST(set.find(other) == std::u16string_view::npos);
    BOOST_TEST(set.spanEnd(other, 1) == 1u);
    BOOST_TEST(set.contains(U'\U00020000'));
    BOOST_TEST(!set.contains(U'\U00020001'));
    // A lone surrogate is a code point of its own, in the set only when the set names it.
    const std::u16string lone{u'a', char16_t(0xD840), u'b'};
    BOOST_TEST(set.find(lone) == std::u16string_view::npos);
    const text::CharacterSet surrogates(u"[\\uD800-\\uDFFF]");
    BOOST_TEST(surrogates.find(lone) == 1u);
    BOOST_TEST(surrogates.find(held) == std::u16string_view::npos);
}

BOOST_AUTO_TEST_SUITE_END()
