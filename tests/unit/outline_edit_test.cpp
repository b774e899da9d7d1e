// Promoting and demoting a heading with its subtree (outline_edit.hpp): the markers of the new
// level, the runs the move changes renumbered, the refusals, and no new heading-numbering finding.
#include "heading_support.hpp"
#include "outline_edit.hpp"

#include <boost/test/unit_test.hpp>

#include <map>

using namespace gw;
using namespace gw::test;

namespace {

HeadingMovePlan planOf(const Document& document, std::uint32_t paragraph, HeadingMove move, const Config& config = {})
{
    return planHeadingMove(document, checkWithStructure(document, config), config, paragraph, move);
}

// The document after the move's passes, each applied to the text the one before left.
Document moved(Document document, std::uint32_t paragraph, HeadingMove move, const Config& config = {})
{
    const HeadingMovePlan plan = planOf(document, paragraph, move, config);
    for (const std::vector<Edit>& pass : plan.passes)
        applyEdits(document, pass);
    return document;
}

std::vector<std::string> texts(const Document& document)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i)
        out.push_back(paragraphText(document, i));
    return out;
}

// How many findings each heading-numbering rule (HN-xx) has. HN-15 (a heading with a single
// child) is about the outline the author chooses, not its numbering: promoting the second of two
// children leaves one, as it would in any outliner.
std::map<std::string, int> numberingFindings(const Document& document)
{
    std::map<std::string, int> counts;
    for (const Finding& finding : check(document, Config{}))
        if (finding.rule->code.substr(0, 2) == "HN" && finding.rule->code != "HN-15")
            ++counts[std::string(finding.rule->code)];
    return counts;
}

constexpr auto Promote = HeadingMove::Promote;
constexpr auto Demote = HeadingMove::Demote;

} // namespace

BOOST_AUTO_TEST_SUITE(outline_edit)

BOOST_AUTO_TEST_CASE(promote_adopts_the_later_siblings_and_renumbers_the_level_above)
{
    const Document d = doc({"一、总体要求", "（一）加强领导", "（二）完善制度", "（三）强化保障", "（四）严格考核",
                            "二、工作安排", "（一）时间节点", "（二）责任分工", "三、有关要求"});
    const std::vector<std::string> expected = {"一、总体要求", "（一）加强领导", "二、完善制度", "（一）强化保障", "（二）严格考核",
                                               "三、工作安排", "（一）时间节点", "（二）责任分工", "四、有关要求"};
    BOOST_TEST(texts(moved(d, 2, Promote)) == expected, boost::test_tools::per_element());
    // Edits are the numerals and markers only: "三" → "一" is one character.
    const HeadingMovePlan plan = planOf(d, 2, Promote);
    BOOST_REQUIRE_EQUAL(plan.passes.size(), 1u);
    BOOST_TEST(plan.edits() == 5u);
    for (const Edit& edit : plan.passes[0]) {
        const auto& replace = std::get<ReplaceText>(edit);
        if (replace.paragraph == 3)
            BOOST_TEST((replace.start == 1 && replace.length == 1 && replace.replacement == u"一"));
    }
}

BOOST_AUTO_TEST_CASE(promote_moves_the_subtree_up_and_adopts_after_its_children)
{
    const Document d = doc({"一、总体要求", "（一）加强领导", "（二）完善制度", "1.建立台账", "2.定期通报", "（三）强化保障",
                            "二、工作安排"});
    const std::vector<std::string> expected = {"一、总体要求", "（一）加强领导", "二、完善制度", "（一）建立台账", "（二）定期通报",
                                               "（三）强化保障", "三、工作安排"};
    BOOST_TEST(texts(moved(d, 2, Promote)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(demote_makes_the_heading_the_last_child_of_its_previous_sibling)
{
    const Document d = doc({"一、总体要求", "（一）加强领导", "（二）完善制度", "二、工作安排", "（一）时间节点", "1.第一阶段",
                            "（二）责任分工", "三、有关要求", "（一）严肃纪律"});
    const std::vector<std::string> expected = {"一、总体要求", "（一）加强领导", "（二）完善制度", "（三）工作安排", "1.时间节点",
                                               "（1）第一阶段", "2.责任分工", "二、有关要求", "（一）严肃纪律"};
    BOOST_TEST(texts(moved(d, 3, Demote)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(typed_forms_are_kept_where_the_level_stays)
{
    // Half-width brackets and the full-width dot stay on the headings that keep their level; the
    // promoted heading takes the standard form of its new level.
    const Document d = doc({"一、总体要求", "(一)加强领导", "(二)完善制度", "(三)强化保障", "(四)严格考核", "二、工作安排"});
    const std::vector<std::string> expected = {"一、总体要求", "(一)加强领导", "二、完善制度", "(一)强化保障", "(二)严格考核",
                                               "三、工作安排"};
    BOOST_TEST(texts(moved(d, 2, Promote)) == expected, boost::test_tools::per_element());

    const Document dots = doc({"一、总体要求", "（一）加强领导", "1．建立台账", "2．定期通报", "3．跟踪问效", "（二）完善制度",
                               "（三）强化保障"});
    const std::vector<std::string> promoted = {"一、总体要求", "（一）加强领导", "1．建立台账", "（二）定期通报", "1．跟踪问效",
                                               "（三）完善制度", "（四）强化保障"};
    BOOST_TEST(texts(moved(dots, 3, Promote)) == promoted, boost::test_tools::per_element());
    // A level the heading did not have takes the dot the document uses for that level.
    const std::vector<std::string> demoted = {"一、总体要求", "（一）加强领导", "1．建立台账", "2．定期通报", "3．跟踪问效",
                                              "4．完善制度", "（二）强化保障"};
    BOOST_TEST(texts(moved(dots, 5, Demote)) == demoted, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_missing_separator_goes_with_the_marker)
{
    const Document d = doc({"一、总体要求", "二、工作安排", "三 有关要求"});
    BOOST_TEST(paragraphText(moved(d, 2, Demote), 2) == "（一）有关要求");
}

BOOST_AUTO_TEST_CASE(demote_then_promote_of_a_last_heading_gives_the_text_back)
{
    const Document d = doc({"一、总体要求", "（一）加强领导", "二、工作安排", "（一）时间节点", "三、有关要求", "（一）严肃纪律",
                            "（二）加强督查"});
    const Document down = moved(d, 4, Demote);
    BOOST_TEST(paragraphText(down, 4) == "（二）有关要求");
    BOOST_TEST(paragraphText(down, 6) == "2.加强督查");
    BOOST_TEST(texts(moved(down, 4, Promote)) == texts(d), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(refusals_plan_no_edits)
{
    const auto refusal = [](const Document& document, std::uint32_t paragraph, HeadingMove move) {
        const HeadingMovePlan plan = planOf(document, paragraph, move);
        BOOST_TEST(plan.passes.empty() == plan.refused());
        BOOST_TEST((headingMoveRefusal(checkWithStructure(document, Config{}).structure, paragraph, move) == plan.refusal));
        return plan.refusal;
    };
    const Document d = doc({"一、总体要求", "（一）加强领导", "（二）完善制度", "1.建立台账", "（1）每月更新", "（2）专人负责",
                            "正文一段。", "二、工作安排"});
    BOOST_TEST((refusal(d, 0, Promote) == MoveRefusal::TopLevel));
    BOOST_TEST((refusal(d, 5, Demote) == MoveRefusal::BottomLevel));
    BOOST_TEST((refusal(d, 1, Demote) == MoveRefusal::FirstSibling));
    BOOST_TEST((refusal(d, 0, Demote) == MoveRefusal::FirstSibling));
    BOOST_TEST((refusal(d, 2, Demote) == MoveRefusal::TooDeep)); // its （1）（2） would go to level 5
    BOOST_TEST((refusal(d, 6, Promote) == MoveRefusal::NotAHeading));
    BOOST_TEST((refusal(d, 6, Demote) == MoveRefusal::NotAHeading));
    // The same moves a level higher up are made.
    BOOST_TEST((refusal(d, 4, Promote) == MoveRefusal::None));
    BOOST_TEST((refusal(d, 7, Demote) == MoveRefusal::None));

    // Writer numbering: the heading itself, or one under it.
    Document numbered = doc({"一、总体要求", "（一）加强领导", "完善制度", "1.建立台账", "二、工作安排", "（一）时间节点",
                             "落实责任"});
    numbered.paragraphs[2].listLabel = u"（二）";
    numbered.paragraphs[6].listLabel = u"1.";
    BOOST_TEST((refusal(numbered, 2, Promote) == MoveRefusal::WriterNumbered));
    BOOST_TEST((refusal(numbered, 4, Demote) == MoveRefusal::WriterNumbered));
    // "（" alone on a line: the marker to change is split.
    const Document split = doc({"一、总体要求", "（一）加强领导", "（", "二）完善制度", "二、工作安排"});
    BOOST_TEST((refusal(split, 3, Promote) == MoveRefusal::SplitMarker));

    BOOST_TEST(refusalMessageZh(MoveRefusal::TooDeep) ==
               "其下级标题将低于第四级（GB/T 9704-2012 §7.3.3 只有四个层级），无法降级");
    BOOST_TEST(!refusalMessageEn(MoveRefusal::TopLevel).empty());
}

BOOST_AUTO_TEST_CASE(a_writer_numbered_sibling_is_left_to_writer)
{
    // Promoting （一） adopts a sibling Writer numbers: its number is Writer's to change.
    Document d = doc({"一、总体要求", "（一）加强领导", "完善制度", "二、工作安排"});
    d.paragraphs[2].listLabel = u"（二）";
    const Document after = moved(d, 1, Promote);
    BOOST_TEST(texts(after) == (std::vector<std::string>{"一、总体要求", "二、加强领导", "完善制度", "三、工作安排"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_heading_font_follows_the_new_level)
{
    // Each heading in its level's font (GB/T 9704 §7.3.3): the promoted 楷体 heading becomes level 1
    // and gets 黑体 in a second pass, by HF-01's own fix; the demoted one 仿宋.
    Document d;
    d.paragraphs = {formatted("一、总体要求", "黑体", 16), formatted("（一）加强领导", "楷体", 16),
                    formatted("（二）完善制度", "楷体", 16), formatted("二、工作安排", "黑体", 16),
                    formatted("正文一段。", "仿宋_GB2312", 16)};
    BOOST_TEST(findingsOf(d, "HF-01").empty());
    const HeadingMovePlan promote = planOf(d, 2, Promote);
    BOOST_REQUIRE_EQUAL(promote.passes.size(), 2u);
    BOOST_REQUIRE_EQUAL(promote.passes[1].size(), 1u);
    const auto& font = std::get<SetCharProperty>(promote.passes[1][0]);
    BOOST_TEST((font.paragraph == 2 && font.property == CharProperty::FontAsian && font.text == u"黑体"));
    const Document promoted = moved(d, 2, Promote);
    BOOST_TEST(paragraphText(promoted, 2) == "二、完善制度");
    BOOST_TEST(findingsOf(promoted, "HF-01").empty());
    const Document demoted = moved(d, 3, Demote);
    BOOST_TEST(paragraphText(demoted, 3) == "（三）工作安排");
    BOOST_TEST(findingsOf(demoted, "HF-01").empty());

    // A heading already in a wrong font keeps it: the move fixes nothing it did not break.
    d.paragraphs[2] = formatted("（二）完善制度", "宋体", 16);
    BOOST_TEST(planOf(d, 2, Promote).passes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_outline_level_follows_where_the_author_set_it)
{
    Document d;
    d.paragraphs = {formatted("一、总体要求", "黑体", 16, 1), formatted("（一）加强领导", "楷体", 16, 2),
                    formatted("（二）完善制度", "楷体", 16, 2), formatted("二、工作安排", "黑体", 16, 1)};
    BOOST_TEST(findingsOf(d, "HF-03").empty());
    const Document promoted = moved(d, 2, Promote);
    BOOST_TEST(promoted.paragraphs[2].outlineLevel == 1);
    const Document demoted = moved(d, 3, Demote);
    BOOST_TEST(demoted.paragraphs[3].outlineLevel == 2);
    // Without an outline level set, none is set.
    BOOST_TEST(moved(doc({"一、总体要求", "二、工作安排"}), 1, Demote).paragraphs[1].outlineLevel == 0);
}

BOOST_AUTO_TEST_CASE(no_new_numbering_finding_after_any_move)
{
    // Every heading of two documents promoted and demoted in turn: whatever is made, no heading
    // numbering rule finds more than it found before.
    const Document made = doc({"关于做好年度工作的通知", "一、总体要求", "（一）加强领导", "1.建立台账", "2.定期通报",
                               "（二）完善制度", "（三）强化保障", "二、工作安排", "（一）时间节点", "（二）责任分工",
                               "1.牵头单位", "2.配合单位", "三、有关要求"});
    for (const Document& d : {seed("000_b7783f23aae105a9.txt"), seed("001_bb363a12219e777a.txt"), made}) {
        const std::map<std::string, int> before = numberingFindings(d);
        int moves = 0;
        const CheckResult checked = checkWithStructure(d, Config{});
        for (const Heading& heading : checked.structure.headings()) {
            for (HeadingMove move : {Promote, Demote}) {
                const HeadingMovePlan plan = planOf(d, heading.paragraph, move);
                if (plan.refused())
                    continue;
                ++moves;
                Document after = d;
                for (const std::vector<Edit>& pass : plan.passes)
                    applyEdits(after, pass);
                for (const auto& [rule, count] : numberingFindings(after))
                    BOOST_TEST(count <= (before.count(rule) ? before.at(rule) : 0),
                               rule << " after moving paragraph " << heading.paragraph
                                    << (move == Promote ? " up" : " down"));
            }
        }
        BOOST_TEST(moves >= 8);
    }
}

BOOST_AUTO_TEST_SUITE_END()
