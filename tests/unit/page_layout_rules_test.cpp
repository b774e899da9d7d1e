// PG-01…PG-08 (page layout) and 公文排版 (planFormat), on documents whose formatting is built by
// hand as the UNO adapter reads it.
#include "test_support.hpp"

#include "format.hpp"
#include "structure.hpp"

#include <boost/test/unit_test.hpp>

namespace gw {
// Enumerations printed as numbers when a test fails.
inline std::ostream& operator<<(std::ostream& out, Alignment value) { return out << static_cast<int>(value); }
inline std::ostream& operator<<(std::ostream& out, PageProperty value) { return out << static_cast<int>(value); }
inline std::ostream& operator<<(std::ostream& out, PageNumberPlacement value) { return out << static_cast<int>(value); }
} // namespace gw

using namespace gw;
using namespace gw::test;

namespace {

// An A4 page as GB/T 9704 wants it: the reference every test spoils in one respect.
PageStyle standardPage()
{
    PageStyle style;
    style.name = u"Standard";
    style.widthMm = 210;
    style.heightMm = 297;
    style.topMm = 37;
    style.bottomMm = 35;
    style.leftMm = 28;
    style.rightMm = 26;
    style.grid = TextGrid::Lines;
    style.gridLines = 22;
    style.footerOn = true;
    style.footer.text = u"\u2014 \uFFFC \u2014";
    style.footer.pageNumberAt = 2;
    style.footer.alignment = Alignment::Center;
    return style;
}

// A report set as the standard wants it: title 小标宋 22 pt centred, headings in their fonts,
// body 仿宋 16 pt, on the standard page.
Document standardReport()
{
    Document d = doc({"关于2024年工作情况的报告", "一、工作回顾", "过去一年，我们坚持稳中求进，经济运行总体平稳，各项工作取得新成效。",
                      "（一）强化组织领导。全市上下认真落实各项部署，形成工作合力。", "二、今年安排",
                      "今年要重点做好以下几个方面的工作，确保各项目标任务圆满完成。"});
    const char* fonts[] = {"方正小标宋简体", "黑体", "仿宋_GB2312", "楷体_GB2312", "黑体", "仿宋_GB2312"};
    for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
        Paragraph& paragraph = d.paragraphs[i];
        TextRun run;
        run.length = static_cast<std::uint32_t>(paragraph.text.size());
        run.fontAsian = text::fromUtf8(fonts[i]);
        run.fontWestern = u"Times New Roman";
        run.sizePt = i == 0 ? 22 : 16;
        paragraph.runs.push_back(run);
        paragraph.alignment = i == 0 ? Alignment::Center : Alignment::Justify;
    }
    // The run-in heading "（一）强化组织领导。" is 楷体, the body after it 仿宋.
    Paragraph& runIn = d.paragraphs[3];
    const auto headingEnd = static_cast<std::uint32_t>(std::u16string_view(runIn.text).find(u'。') + 1);
    TextRun body = runIn.runs[0];
    body.start = headingEnd;
    body.length = static_cast<std::uint32_t>(runIn.text.size()) - headingEnd;
    body.fontAsian = u"仿宋_GB2312";
    runIn.runs[0].length = headingEnd;
    runIn.runs.push_back(body);
    d.pageStyles.push_back(standardPage());
    return d;
}

std::vector<std::string> pgCodes(const Document& document, const Config& config = {})
{
    std::vector<std::string> codes;
    for (const Finding& finding : check(document, config))
        if (finding.rule->code.substr(0, 3) == "PG-")
            codes.emplace_back(finding.rule->code);
    return codes;
}

Config formalConfig()
{
    Config config;
    config.profile = Profile::Formal;
    return config;
}

// python-docx's default page: US Letter, 1-inch margins, no footer, no grid.
void makeLetter(PageStyle& style)
{
    style.widthMm = 215.9;
    style.heightMm = 279.4;
    style.topMm = style.bottomMm = style.leftMm = style.rightMm = 25.4;
    style.grid = TextGrid::None;
    style.gridLines = 0;
    style.footerOn = false;
    style.footer = {};
}

} // namespace

BOOST_AUTO_TEST_SUITE(page_layout_reference)

BOOST_AUTO_TEST_CASE(a_document_set_as_the_standard_wants_has_no_page_finding)
{
    const Document d = standardReport();
    BOOST_TEST((Structure::build(d, {}).title() == std::optional<std::uint32_t>(0)));
    BOOST_TEST(pgCodes(d).empty());
    BOOST_TEST(findingsOf(d, "HF-01").empty());
    BOOST_TEST(findingsOf(d, "HF-02").empty());
}

BOOST_AUTO_TEST_CASE(plain_text_carries_no_layout_and_gets_no_page_finding)
{
    const Document d = documentFromPlainText(u"关于2024年工作情况的报告\n一、工作回顾\n过去一年，经济运行总体平稳。\n");
    BOOST_TEST(pgCodes(d).empty());
    // Formatting without the page styles is not a layout read from Writer either.
    Document unread = standardReport();
    unread.pageStyles.clear();
    unread.paragraphs[2].runs[0].fontAsian = u"宋体";
    unread.paragraphs[2].runs[0].color = 0xFF0000;
    unread.paragraphs[2].alignment = Alignment::Left;
    BOOST_TEST(pgCodes(unread).empty());
    unread.pageStyles.push_back(standardPage());
    BOOST_TEST((pgCodes(unread) == std::vector<std::string>{"PG-03", "PG-04", "PG-07"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg01_page_size)

BOOST_AUTO_TEST_CASE(flags_letter_and_landscape_and_fixes_to_a4)
{
    Document d = standardReport();
    makeLetter(d.pageStyles[0]);
    PageStyle landscape = standardPage();
    landscape.name = u"Landscape";
    landscape.firstParagraph = 4;
    std::swap(landscape.widthMm, landscape.heightMm);
    d.pageStyles.push_back(landscape);
    const auto findings = findingsOf(d, "PG-01");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].messageZh == "页面样式“Standard”的纸张为 215.9 × 279.4 mm，公文用纸应为A4纵向 210 × 297 mm（GB/T 9704-2012 §5.1）");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST(findings[1].paragraph == 4u);
    const Document fixed = fixedBy(d, "PG-01");
    BOOST_TEST(fixed.pageStyles[0].widthMm == 210);
    BOOST_TEST(fixed.pageStyles[1].heightMm == 297);
    BOOST_TEST(findingsOf(fixed, "PG-01").empty());
}

BOOST_AUTO_TEST_CASE(within_a_millimetre_is_a4)
{
    Document d = standardReport();
    d.pageStyles[0].widthMm = 210.9;
    d.pageStyles[0].heightMm = 296.2;
    BOOST_TEST(findingsOf(d, "PG-01").empty());
    d.pageStyles[0].widthMm = 211.2;
    BOOST_TEST(findingsOf(d, "PG-01").size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg02_page_margins)

BOOST_AUTO_TEST_CASE(flags_one_inch_margins_and_fixes_each_side)
{
    Document d = standardReport();
    makeLetter(d.pageStyles[0]);
    const auto findings = findingsOf(d, "PG-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].fix.edits.size() == 3u); // the right margin, 25.4 mm, is within 1 mm of 26
    BOOST_TEST(findings[0].messageEn == "Page style \"Standard\" margins: top 25.4 mm (should be 37), bottom 25.4 mm "
                                        "(should be 35), left 25.4 mm (should be 28); the type area is 156 × 225 mm, "
                                        "37 mm from the top and 28 mm from the left edge (GB/T 9704-2012 §5.2.1)");
    const Document fixed = fixedBy(d, "PG-02");
    const PageStyle& page = fixed.pageStyles[0];
    BOOST_TEST(page.topMm == 37);
    BOOST_TEST(page.bottomMm == 35);
    BOOST_TEST(page.leftMm == 28);
    BOOST_TEST(page.rightMm == 25.4);
    BOOST_TEST(findingsOf(fixed, "PG-02").empty());
}

BOOST_AUTO_TEST_CASE(only_the_wrong_side_is_touched_and_a_millimetre_is_allowed)
{
    Document d = standardReport();
    d.pageStyles[0].topMm = 37.9;
    d.pageStyles[0].leftMm = 31.7;
    const auto findings = findingsOf(d, "PG-02");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_REQUIRE_EQUAL(findings[0].fix.edits.size(), 1u);
    BOOST_TEST(std::get<SetPageStyleProperty>(findings[0].fix.edits[0]).property == PageProperty::LeftMm);
}

BOOST_AUTO_TEST_CASE(a_local_variant_sets_its_own_margins)
{
    Config config = parseConfig(R"({"options": {"pageMargins": {"top": 30, "left": 25}}})");
    Document d = standardReport();
    const auto findings = findingsOf(d, "PG-02", config);
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].fix.edits.size() == 2u);
    d.pageStyles[0].topMm = 30;
    d.pageStyles[0].leftMm = 25;
    BOOST_TEST(findingsOf(d, "PG-02", config).empty());
    BOOST_CHECK_THROW(parseConfig(R"({"options": {"pageMargins": {"inner": 30}}})"), ConfigError);
    BOOST_CHECK_THROW(parseConfig(R"({"options": {"pageMargins": {"top": -3}}})"), ConfigError);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg03_body_font)

BOOST_AUTO_TEST_CASE(flags_body_text_in_another_font_or_size)
{
    Document d = standardReport();
    d.paragraphs[2].runs[0].fontAsian = u"宋体";
    d.paragraphs[5].runs[0].sizePt = 14;
    const auto findings = findingsOf(d, "PG-03");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(findings[0].messageZh == "正文“过去一年，我们坚持稳中求进，…”应为三号（16磅）仿宋，实为“宋体”（GB/T 9704-2012 §5.2.2）");
    BOOST_TEST(findings[1].messageEn == "Body text \"今年要重点做好以下几个方面的…\" should be 3号 (16 pt) FangSong, found 14 pt (GB/T 9704-2012 §5.2.2)");
    Document fixed = fixedBy(d, "PG-03");
    BOOST_TEST(text::toUtf8(fixed.paragraphs[2].runs[0].fontAsian) == "仿宋");
    BOOST_TEST(fixed.paragraphs[5].runs[0].sizePt == 16);
    BOOST_TEST(findingsOf(fixed, "PG-03").empty());
}

BOOST_AUTO_TEST_CASE(the_body_of_a_run_in_heading_is_body_text_and_its_heading_part_is_not)
{
    Document d = standardReport();
    d.paragraphs[3].runs[1].fontAsian = u"Calibri";
    d.paragraphs[3].runs[1].sizePt = 10;
    const auto findings = findingsOf(d, "PG-03");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(flagged(d, findings[0]) == "全市上下认真落实各项部署，形成工作合力。");
    const Document fixed = fixedBy(d, "PG-03");
    BOOST_TEST(text::toUtf8(fixed.paragraphs[3].runs[0].fontAsian) == "楷体_GB2312"); // the heading part stays
    BOOST_TEST(fixed.paragraphs[3].runs[1].sizePt == 16);
}

BOOST_AUTO_TEST_CASE(a_run_in_heading_and_its_body_in_one_run_get_their_fonts_apart)
{
    // The heading part and the body in one 宋体 run: HF-01 gives the heading part 楷体, PG-03 the
    // body 仿宋, each on its own range as Writer sets them, so fix-all settles in one pass.
    Document d = standardReport();
    Paragraph& runIn = d.paragraphs[3];
    runIn.runs.resize(1);
    runIn.runs[0].length = static_cast<std::uint32_t>(runIn.text.size());
    runIn.runs[0].fontAsian = u"宋体";
    BOOST_TEST(findingsOf(d, "PG-03").size() == 1u);
    const auto passes = planFixes(d, Config{}, isSafeFix);
    BOOST_TEST(passes.size() == 1u);
    BOOST_TEST(planFixes(d, Config{}, isSafeFix).empty());
    const Paragraph& fixed = d.paragraphs[3];
    BOOST_REQUIRE_EQUAL(fixed.runs.size(), 2u);
    BOOST_TEST(text::toUtf8(std::u16string_view(fixed.text).substr(fixed.runs[0].start, fixed.runs[0].length)) ==
               "（一）强化组织领导。");
    BOOST_TEST(text::toUtf8(fixed.runs[0].fontAsian).rfind("楷体", 0) == 0);
    BOOST_TEST(text::toUtf8(fixed.runs[1].fontAsian).rfind("仿宋", 0) == 0);
    BOOST_TEST(findingsOf(d, "PG-03").empty());
    BOOST_TEST(findingsOf(d, "HF-01").empty());
}

BOOST_AUTO_TEST_CASE(titles_headings_and_tables_are_not_body_text)
{
    Document d = standardReport();
    d.paragraphs[1].runs[0].fontAsian = u"宋体"; // a standalone heading: HF-01's
    Paragraph cell = d.paragraphs[2];
    cell.container = Container::Table;
    cell.runs[0].fontAsian = u"宋体";
    cell.runs[0].sizePt = 10.5;
    d.paragraphs.push_back(cell);
    BOOST_TEST(findingsOf(d, "PG-03").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg04_line_grid)

BOOST_AUTO_TEST_CASE(flags_a_page_without_a_22_line_grid_and_turns_one_on)
{
    Document d = standardReport();
    d.pageStyles[0].grid = TextGrid::None;
    const auto findings = findingsOf(d, "PG-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].messageEn.find("has no text grid") != std::string::npos);
    const Document fixed = fixedBy(d, "PG-04");
    BOOST_TEST(fixed.pageStyles[0].gridLines == 22);
    BOOST_TEST(findingsOf(fixed, "PG-04").empty());
}

BOOST_AUTO_TEST_CASE(a_grid_of_other_counts_is_flagged)
{
    Document d = standardReport();
    d.pageStyles[0].gridLines = 24;
    BOOST_TEST(findingsOf(d, "PG-04").size() == 1u);
    d.pageStyles[0].grid = TextGrid::LinesAndChars;
    d.pageStyles[0].gridLines = 22;
    d.pageStyles[0].gridCharsPerLine = 27;
    BOOST_TEST(findingsOf(d, "PG-04").size() == 1u);
    d.pageStyles[0].gridCharsPerLine = 28;
    BOOST_TEST(findingsOf(d, "PG-04").empty());
}

BOOST_AUTO_TEST_CASE(exact_line_spacing_of_a_22nd_of_the_type_area_is_accepted)
{
    Document d = standardReport();
    d.pageStyles[0].grid = TextGrid::None;
    for (Paragraph& paragraph : d.paragraphs)
        paragraph.lineSpacing = {LineSpacingRule::Exactly, 29};
    BOOST_TEST(findingsOf(d, "PG-04").empty());
    d.paragraphs[2].lineSpacing = {LineSpacingRule::Exactly, 28}; // 22 lines too, the common template value
    BOOST_TEST(findingsOf(d, "PG-04").empty());
    d.paragraphs[2].lineSpacing = {LineSpacingRule::Exactly, 27}; // 23 lines
    // Two findings: no grid and not all exact; and the paragraph off the grid.
    BOOST_TEST(findingsOf(d, "PG-04").size() == 2u);
}

BOOST_AUTO_TEST_CASE(paragraph_spacing_and_line_spacing_push_lines_off_the_22)
{
    Document d = standardReport();
    d.paragraphs[0].spaceAfterMm = 3.5;                          // python-docx's Normal: 10 pt after
    d.paragraphs[2].lineSpacing = {LineSpacingRule::Proportional, 115};
    d.paragraphs[4].lineSpacing = {LineSpacingRule::Exactly, 28.5};  // on the grid
    d.paragraphs[5].lineSpacing = {LineSpacingRule::AtLeast, 12};
    const auto findings = findingsOf(d, "PG-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 0u);
    BOOST_TEST(findings[0].messageZh.find("3个段落有段前段后间距或非单倍行距") == 0u);
    BOOST_TEST(findings[0].fix.edits.size() == 3u);
    const Document fixed = fixedBy(d, "PG-04");
    BOOST_TEST(fixed.paragraphs[0].spaceAfterMm == 0);
    BOOST_TEST(fixed.paragraphs[2].lineSpacing.value == 100);
    BOOST_TEST(fixed.paragraphs[4].lineSpacing.value == 28.5);
    BOOST_TEST((fixed.paragraphs[5].lineSpacing.rule == LineSpacingRule::Proportional));
    BOOST_TEST(findingsOf(fixed, "PG-04").empty());
}

BOOST_AUTO_TEST_CASE(body_paragraphs_set_flush_left_are_justified_to_fill_the_line)
{
    Document d = standardReport();
    d.paragraphs[2].alignment = Alignment::Left;
    d.paragraphs[3].alignment = Alignment::Left; // the run-in heading's paragraph is body text too
    d.paragraphs[1].alignment = Alignment::Left; // a standalone heading is not
    d.paragraphs[5].alignment = Alignment::Right;
    const auto findings = findingsOf(d, "PG-04");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(findings[0].messageZh == "2个正文段落左对齐，行尾参差，不能撑满版心：正文应两端对齐（GB/T 9704-2012 §5.2.3）");
    const Document fixed = fixedBy(d, "PG-04");
    BOOST_TEST(fixed.paragraphs[2].alignment == Alignment::Justify);
    BOOST_TEST(fixed.paragraphs[3].alignment == Alignment::Justify);
    BOOST_TEST(fixed.paragraphs[1].alignment == Alignment::Left);
    BOOST_TEST(fixed.paragraphs[5].alignment == Alignment::Right);
    BOOST_TEST(findingsOf(fixed, "PG-04").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg05_title_format)

BOOST_AUTO_TEST_CASE(flags_a_title_in_another_font_not_centred)
{
    Document d = standardReport();
    d.paragraphs[0].runs[0].fontAsian = u"宋体";
    d.paragraphs[0].alignment = Alignment::Left;
    const auto findings = findingsOf(d, "PG-05");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].messageZh == "标题“关于2024年工作情况的报告”字体为“宋体”，未居中：标题一般用2号小标宋体字，居中排布（GB/T 9704-2012 §7.3.1）");
    const Document fixed = fixedBy(d, "PG-05");
    BOOST_TEST(text::toUtf8(fixed.paragraphs[0].runs[0].fontAsian) == "方正小标宋简体");
    BOOST_TEST(fixed.paragraphs[0].alignment == Alignment::Center);
    BOOST_TEST(findingsOf(fixed, "PG-05").empty());
}

BOOST_AUTO_TEST_CASE(accepted_title_fonts_come_from_the_option)
{
    Document d = standardReport();
    d.paragraphs[0].runs[0].fontAsian = u"华文中宋";
    BOOST_TEST(findingsOf(d, "PG-05").empty());
    d.paragraphs[0].runs[0].fontAsian = u"方正小标宋_GBK";
    BOOST_TEST(findingsOf(d, "PG-05").empty());
    const Config onlyXbs = parseConfig(R"({"options": {"titleFonts": ["方正小标宋简体"]}})");
    d.paragraphs[0].runs[0].fontAsian = u"华文中宋";
    const auto findings = findingsOf(d, "PG-05", onlyXbs);
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_CHECK_THROW(parseConfig(R"({"options": {"titleFonts": []}})"), ConfigError);
}

BOOST_AUTO_TEST_CASE(a_centred_title_in_xbs_with_latin_digits_is_clean)
{
    Document d = standardReport();
    // "2024" in a Western font: the Chinese characters decide.
    TextRun digits = d.paragraphs[0].runs[0];
    d.paragraphs[0].runs[0].length = 2;
    digits.start = 2;
    digits.length = 4;
    digits.fontAsian = u"Times New Roman";
    TextRun rest = d.paragraphs[0].runs[0];
    rest.start = 6;
    rest.length = static_cast<std::uint32_t>(d.paragraphs[0].text.size()) - 6;
    d.paragraphs[0].runs = {d.paragraphs[0].runs[0], digits, rest};
    BOOST_TEST(findingsOf(d, "PG-05").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg06_page_number)

BOOST_AUTO_TEST_CASE(flags_a_missing_page_number_and_builds_a_centred_one_for_reports)
{
    Document d = standardReport();
    d.pageStyles[0].footerOn = false;
    const auto findings = findingsOf(d, "PG-06");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].messageZh.find("页脚中没有页码") != std::string::npos);
    BOOST_TEST(std::get<SetPageNumberFooter>(findings[0].fix.edits[0]).placement == PageNumberPlacement::Centred);
    const Document fixed = fixedBy(d, "PG-06");
    BOOST_TEST(fixed.pageStyles[0].footerOn);
    BOOST_TEST(findingsOf(fixed, "PG-06").empty());
}

BOOST_AUTO_TEST_CASE(a_bare_number_or_a_right_aligned_one_is_flagged_in_reports)
{
    Document d = standardReport();
    d.pageStyles[0].footer.text = u"\uFFFC";
    d.pageStyles[0].footer.pageNumberAt = 0;
    BOOST_TEST(findingsOf(d, "PG-06").at(0).messageEn.find("`— 1 —`") != std::string::npos);
    d.pageStyles[0].footer.text = u"\u2014\uFFFC\u2014"; // no spaces: still — 1 —
    BOOST_TEST(findingsOf(d, "PG-06").empty());
    d.pageStyles[0].footer.alignment = Alignment::Right;
    BOOST_TEST(findingsOf(d, "PG-06").at(0).messageEn.find("not centred") != std::string::npos);
    d.pageStyles[0].footer = standardPage().footer;
    d.pageStyles[0].footer.pageNumberAt = -1; // "— ￼ —" whose field is a page count, not the number
    BOOST_TEST(findingsOf(d, "PG-06").size() == 1u);
}

BOOST_AUTO_TEST_CASE(formal_puts_odd_pages_right_and_even_pages_left)
{
    Document d = standardReport();
    const Config formal = formalConfig();
    const auto findings = findingsOf(d, "PG-06", formal);
    BOOST_REQUIRE_EQUAL(findings.size(), 1u); // centred is the report's layout
    BOOST_TEST(findings[0].messageZh.find("单页码居右空一字") != std::string::npos);
    BOOST_TEST(std::get<SetPageNumberFooter>(findings[0].fix.edits[0]).placement == PageNumberPlacement::OddRightEvenLeft);
    const Document fixed = fixedBy(d, "PG-06", formal);
    BOOST_TEST(!fixed.pageStyles[0].footerShared);
    BOOST_TEST(fixed.pageStyles[0].footer.alignment == Alignment::Right);
    BOOST_TEST(fixed.pageStyles[0].footerEven.alignment == Alignment::Left);
    BOOST_TEST(findingsOf(fixed, "PG-06", formal).empty());
    BOOST_TEST(findingsOf(fixed, "PG-06").size() == 1u); // and the report profile wants them centred
    Document flush = fixed;
    flush.pageStyles[0].footer.rightIndentMm = 0; // flush right: not one character in
    BOOST_TEST(findingsOf(flush, "PG-06", formal).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg07_text_color)

BOOST_AUTO_TEST_CASE(flags_coloured_and_highlighted_text_and_makes_it_black)
{
    Document d = standardReport();
    d.paragraphs[2].runs[0].color = 0xC00000;
    d.paragraphs[5].runs[0].highlight = 0xFFFF00;
    const auto findings = findingsOf(d, "PG-07");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    BOOST_TEST(findings[0].messageZh == "“过去一年，我们坚持稳中求进，…”文字颜色为 #C00000：公文中文字的颜色均为黑色（GB/T 9704-2012 §5.2.4）");
    BOOST_TEST(findings[1].messageEn.find("highlighting left in") != std::string::npos);
    const Document fixed = fixedBy(d, "PG-07");
    BOOST_TEST(fixed.paragraphs[2].runs[0].color == 0);
    BOOST_TEST(fixed.paragraphs[5].runs[0].highlight == kAutoColor);
    BOOST_TEST(findingsOf(fixed, "PG-07").empty());
}

BOOST_AUTO_TEST_CASE(black_automatic_coloured_spaces_and_the_red_head_above_the_title_are_clean)
{
    Document d = standardReport();
    d.paragraphs[2].runs[0].color = 0x000000;
    Paragraph head;
    head.text = u"某某市人民政府文件";
    TextRun red;
    red.length = static_cast<std::uint32_t>(head.text.size());
    red.color = 0xFF0000;
    red.fontAsian = u"方正小标宋简体";
    red.sizePt = 26;
    head.runs.push_back(red);
    Paragraph spaces;
    spaces.text = u"  ";
    red.length = 2;
    spaces.runs.push_back(red);
    d.paragraphs.insert(d.paragraphs.begin(), head);
    d.paragraphs.push_back(spaces);
    BOOST_REQUIRE((Structure::build(d, {}).title() == std::optional<std::uint32_t>(1)));
    BOOST_TEST(findingsOf(d, "PG-07").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pg08_font_missing)

BOOST_AUTO_TEST_CASE(says_once_that_a_required_font_is_not_installed)
{
    Document d = standardReport();
    d.installedFonts = {u"Noto Serif CJK SC", u"黑体", u"Liberation Serif", u"方正小标宋简体", u"楷体_GB2312"};
    const auto findings = findingsOf(d, "PG-08");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].paragraph == 2u);
    BOOST_TEST(findings[0].severity == Severity::Info);
    BOOST_TEST(!findings[0].fixable());
    BOOST_TEST(findings[0].messageZh.find("本机未安装字体“仿宋_GB2312”") == 0u);
}

BOOST_AUTO_TEST_CASE(quiet_when_installed_or_unknown_or_not_a_required_font)
{
    Document d = standardReport();
    BOOST_TEST(findingsOf(d, "PG-08").empty()); // installed fonts not asked for
    d.installedFonts = {u"仿宋_gb2312", u"黑体", u"方正小标宋简体", u"楷体_GB2312"};
    d.paragraphs[5].runs[0].fontWestern = u"Calibri";
    BOOST_TEST(findingsOf(d, "PG-08").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(format_document)

// What python-docx makes: Letter, 1-inch margins, Calibri 11 pt everywhere, nothing centred,
// 10 pt after each paragraph and 1.15 line spacing.
Document letterReport()
{
    Document d = standardReport();
    makeLetter(d.pageStyles[0]);
    for (Paragraph& paragraph : d.paragraphs) {
        paragraph.alignment = Alignment::Left;
        paragraph.spaceAfterMm = 3.5;
        paragraph.lineSpacing = {LineSpacingRule::Proportional, 115};
        for (TextRun& run : paragraph.runs) {
            run.fontAsian = u"Calibri";
            run.sizePt = 11;
        }
    }
    d.paragraphs[2].runs[0].color = 0x404040;
    return d;
}

BOOST_AUTO_TEST_CASE(formats_a_letter_report_keeping_its_text_byte_identical)
{
    Document d = letterReport();
    d.paragraphs[2].text.replace(2, 1, u","); // a half-width comma: PN-01 would change the text
    std::vector<std::u16string> before;
    for (const Paragraph& paragraph : d.paragraphs)
        before.push_back(paragraph.text);
    const FormatPlan plan = planFormat(d, {});
    BOOST_REQUIRE(!plan.passes.empty());
    std::vector<std::u16string> after;
    for (const Paragraph& paragraph : d.paragraphs)
        after.push_back(paragraph.text);
    BOOST_TEST(after == before, "公文排版 changed the text");
    for (const auto& pass : plan.passes)
        for (const KeyedEdit& keyed : pass)
            BOOST_TEST(isFormattingEdit(keyed.edit));
    BOOST_TEST(plan.counts.at("page-size") == 2);
    BOOST_TEST(plan.counts.at("page-margins") == 3);
    BOOST_TEST(plan.counts.at("text-grid") == 1);
    BOOST_TEST(plan.counts.at("page-number") == 1);
    BOOST_TEST(plan.counts.at("alignment") == 4); // the title centred, three body paragraphs justified
    BOOST_TEST(plan.counts.at("color") == 1);
    // Fonts: the title, two standalone headings, the run-in heading part, and three body texts.
    BOOST_TEST(plan.counts.at("font") == 7);
    BOOST_TEST(plan.counts.at("size") == 7);
    BOOST_TEST(plan.counts.at("line-spacing") == 12); // space after and line spacing of all six paragraphs
    BOOST_TEST(plan.edits() == 38);
    BOOST_TEST(pgCodes(d).empty());
    BOOST_TEST(findingsOf(d, "HF-01").empty());
    BOOST_TEST(findingsOf(d, "HF-02").empty());
    BOOST_TEST(findingsOf(d, "PN-01").size() == 1u); // not 公文排版's business
    // The run-in heading: 楷体 heading part, 仿宋 body, both 16 pt.
    BOOST_TEST(text::toUtf8(d.paragraphs[3].runs[0].fontAsian) == "楷体");
    BOOST_TEST(text::toUtf8(d.paragraphs[3].runs[1].fontAsian) == "仿宋");
    BOOST_TEST(d.paragraphs[3].runs[1].sizePt == 16);
}

BOOST_AUTO_TEST_CASE(a_second_format_changes_nothing)
{
    Document d = letterReport();
    planFormat(d, {});
    const FormatPlan again = planFormat(d, {});
    BOOST_TEST(again.passes.empty());
    BOOST_TEST(again.edits() == 0);
}

BOOST_AUTO_TEST_CASE(formal_profile_formats_odd_and_even_page_numbers)
{
    Document d = letterReport();
    const FormatPlan plan = planFormat(d, formalConfig());
    BOOST_TEST(plan.counts.at("page-number") == 1);
    BOOST_TEST(!d.pageStyles[0].footerShared);
    BOOST_TEST(pgCodes(d, formalConfig()).empty());
}

BOOST_AUTO_TEST_CASE(switched_off_rules_are_left_out)
{
    Document d = letterReport();
    const FormatPlan plan = planFormat(d, parseConfig(R"({"rules": {"PG-02": "off", "HF-01": "off"}})"));
    BOOST_TEST(plan.counts.count("page-margins") == 0u);
    BOOST_TEST(d.pageStyles[0].topMm == 25.4);
    BOOST_TEST(text::toUtf8(d.paragraphs[1].runs[0].fontAsian) == "Calibri");
}

BOOST_AUTO_TEST_SUITE_END()
