// Live checking of paragraphs with layout fields: the document's model reads a page number (or a
// page count, a chapter…) as one U+FFFC, Writer's flat paragraph shows its value; the paragraph is
// still the model's paragraph, with its findings of the whole check.
#include "live_check.hpp"
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

bool has(const std::vector<Finding>& findings, std::string_view code)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule->code == code; });
}

// （一） then （三）: a numbering gap on paragraph 3, which has a page-number field (U+FFFC).
Document gapWithPageField()
{
    return doc({"关于2024年工作情况的报告", "一、工作开展情况", "（一）强化组织领导。全年召开专题会议研究部署。",
                "（三）完善制度建设（见第\xEF\xBF\xBC页）。", "二、下一步工作", "（一）持续推进改革。"});
}

} // namespace

BOOST_AUTO_TEST_SUITE(live_fields)

BOOST_AUTO_TEST_CASE(a_paragraph_showing_a_fields_value_is_the_paragraph_with_the_placeholder)
{
    const CheckedDocument checked(gapWithPageField(), Config{});
    // Writer shows page 17 where the model has U+FFFC; the field's value starts at offset 12.
    const std::u16string shown = u"（三）完善制度建设（见第17页）。";
    BOOST_TEST(!checked.find(shown).has_value()); // not the same text ...
    const auto match = checked.find(shown, {12});
    BOOST_REQUIRE(match.has_value()); // ... but the same paragraph
    BOOST_TEST(match->paragraph == 3u);
    BOOST_REQUIRE(match->fields.size() == 1u);
    BOOST_TEST(match->fields[0].placeholder == 12u);
    BOOST_TEST(match->fields[0].start == 12u);
    BOOST_TEST(match->fields[0].end == 14u);
    BOOST_TEST(has(checked.findingsOf(match->paragraph), "HN-08"));
}

BOOST_AUTO_TEST_CASE(the_value_must_start_where_writer_has_a_field)
{
    const CheckedDocument checked(gapWithPageField(), Config{});
    const std::u16string shown = u"（三）完善制度建设（见第17页）。";
    BOOST_TEST(!checked.find(shown, {}).has_value());
    BOOST_TEST(!checked.find(shown, {11}).has_value());
    // Other text around the value is another paragraph.
    BOOST_TEST(!checked.find(u"（三）完善制度建设（见第17页），", {12}).has_value());
}

BOOST_AUTO_TEST_CASE(a_value_ends_before_the_next_field)
{
    // Page 3 of 12: two layout fields, and a plain field ("2024", the model has its text) between.
    const CheckedDocument checked(doc({"第\xEF\xBF\xBC页共\xEF\xBF\xBC页，2024年"}), Config{});
    const std::u16string shown = u"第3页共12页，2024年";
    const auto match = checked.find(shown, {1, 4, 8});
    BOOST_REQUIRE(match.has_value());
    BOOST_REQUIRE(match->fields.size() == 2u);
    BOOST_TEST(match->fields[0].start == 1u);
    BOOST_TEST(match->fields[0].end == 2u);
    BOOST_TEST(match->fields[1].start == 4u);
    BOOST_TEST(match->fields[1].end == 6u);
    // The first value cannot take in the second field's start.
    BOOST_TEST(!checked.find(u"第3页共12页，2024年", {1, 2}).has_value());
}

BOOST_AUTO_TEST_CASE(offsets_map_across_a_value)
{
    const CheckedDocument checked(gapWithPageField(), Config{});
    const auto match = checked.find(u"（三）完善制度建设（见第17页）。", {12});
    BOOST_REQUIRE(match.has_value());
    BOOST_TEST(match->textOffset(0) == 0u);
    BOOST_TEST(match->textOffset(12) == 12u); // the U+FFFC: the value's start
    BOOST_TEST(match->textOffset(13) == 14u); // behind it: the value's end
    BOOST_TEST(match->textOffset(14) == 15u); // "）" behind "页"
    BOOST_TEST(!match->coversField(0, 12));
    BOOST_TEST(match->coversField(11, 13));
    BOOST_TEST(!match->coversField(13, 15));
}

BOOST_AUTO_TEST_CASE(a_document_is_chinese_when_han_is_at_least_half_of_its_letters)
{
    BOOST_TEST(CheckedDocument(gapWithPageField(), Config{}).isChinese());
    BOOST_TEST(CheckedDocument(doc({"关于推进5G网络建设的通知", "1.GDP增长5%。"}), Config{}).isChinese());
    BOOST_TEST(!CheckedDocument(doc({"1. Introduction", "The report (见附件) covers 2024."}), Config{}).isChinese());
    BOOST_TEST(!CheckedDocument(Document{}, Config{}).isChinese());
}

BOOST_AUTO_TEST_SUITE_END()
