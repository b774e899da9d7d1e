// The heading rules together: fix-all reaches a fixed point on a document with many violations,
// fixes never overlap within a rule, and a clean, correctly formatted report gets no error or
// warning from them (the false-positive check).
#include "heading_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

bool isHeadingRule(const Finding& finding) { return finding.rule->code[0] == 'H'; }

// A report with one of almost every heading problem, formatted as Writer would read it.
Document messyReport()
{
    Document d;
    d.paragraphs = {
        formatted("关于2024年上半年工作情况的报告。", "宋体", 18),
        formatted("    今年以来，我局认真落实各项部署，现将有关情况报告如下：", "仿宋_GB2312", 16),
        formatted("一.工作开展情况。", "宋体", 16),
        formatted("(一)强化组织领导，一是调整领导小组。二是召开专题会议。", "仿宋_GB2312", 16),
        formatted("（三） 加强舆论引导。一是落实审核程序。", "楷体", 16),
        formatted("１、坚持学习制度化", "仿宋", 14),
        formatted("1．全力助推学习热潮：", "仿宋", 16),
        formatted("⑴抓好对外宣传", "仿宋", 16),
        formatted("二 存在的问题", "黑体", 16),
        formatted("（四）认识不平衡。对意识形态工作的复杂性认识不足。", "楷体", 16),
        formatted("（五）机制不完善。责任意识不强。", "楷体", 16),
        formatted("四、下一步打算", "黑体", 16),
        formatted("1.抓阵地。扩大工作影响力。", "仿宋", 16),
        formatted("3、抓队伍。提高战斗力。", "仿宋", 16),
    };
    d.paragraphs[0].alignment = Alignment::Center;
    return d;
}

std::vector<std::string> texts(const Document& d)
{
    std::vector<std::string> out;
    for (const Paragraph& p : d.paragraphs)
        out.push_back(text::toUtf8(p.text));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(heading_fixpoint)

BOOST_AUTO_TEST_CASE(messy_report_has_the_expected_heading_findings)
{
    const Document d = messyReport();
    const auto findings = headingFindings(d);
    std::vector<std::string> codes = codesOf(findings);
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    std::string joined;
    for (const auto& code : codes)
        joined += code + " ";
    BOOST_TEST(joined == "HF-01 HF-02 HF-03 HF-04 HN-01 HN-02 HN-03 HN-04 HN-05 HN-06 HN-07 HN-08 HN-09 HN-10 HN-15 HP-01 HP-02 HP-03 ");
}

BOOST_AUTO_TEST_CASE(one_rules_fixes_never_overlap)
{
    const auto findings = headingFindings(messyReport());
    for (std::size_t i = 0; i < findings.size(); ++i)
        for (std::size_t j = i + 1; j < findings.size(); ++j)
            if (findings[i].rule == findings[j].rule && findings[i].fixable() && findings[j].fixable())
                BOOST_TEST(!fixesOverlap(findings[i].fix, findings[j].fix),
                           findings[i].rule->code << " at " << findings[i].paragraph << " and " << findings[j].paragraph);
}

BOOST_AUTO_TEST_CASE(safe_fix_all_reaches_a_fixed_point)
{
    Document d = messyReport();
    const auto wanted = [](const Finding& f) { return isHeadingRule(f) && isSafeFix(f); };
    const auto passes = planFixes(d, {}, wanted);
    BOOST_TEST(!passes.empty());
    BOOST_TEST(passes.size() < 8u);
    for (const Finding& f : headingFindings(d))
        BOOST_TEST(!(f.fixable() && f.fix.kind == FixKind::Safe), f.rule->code << " left at " << f.paragraph);
    // Fix-all twice changes nothing the second time.
    const auto before = texts(d);
    BOOST_TEST(planFixes(d, {}, wanted).empty());
    BOOST_TEST(texts(d) == before, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(fixing_everything_gives_the_expected_text)
{
    Document d = messyReport();
    planFixes(d, {}, [](const Finding& f) { return isHeadingRule(f); });
    BOOST_TEST(!anyFixable(headingFindings(d)));
    const std::vector<std::string> expected = {
        "关于2024年上半年工作情况的报告",
        "今年以来，我局认真落实各项部署，现将有关情况报告如下：",
        "一、工作开展情况",
        "（一）强化组织领导。一是调整领导小组。二是召开专题会议。",
        "（二）加强舆论引导。一是落实审核程序。",
        "1.坚持学习制度化",
        "2.全力助推学习热潮",
        "（1）抓好对外宣传",
        "二、存在的问题",
        "（一）认识不平衡。对意识形态工作的复杂性认识不足。",
        "（二）机制不完善。责任意识不强。",
        "三、下一步打算",
        "1.抓阵地。扩大工作影响力。",
        "2.抓队伍。提高战斗力。",
    };
    BOOST_TEST(texts(d) == expected, boost::test_tools::per_element());
    BOOST_TEST(d.paragraphs[2].outlineLevel == 1);
    BOOST_TEST(text::toUtf8(d.paragraphs[2].runs[0].fontAsian) == "黑体");
    BOOST_TEST(d.paragraphs[0].runs[0].sizePt == 22);
    BOOST_TEST(d.paragraphs[1].firstLineIndentMm > 10);
}

BOOST_AUTO_TEST_CASE(seeds_reach_a_fixed_point)
{
    for (const char* name : {"000_b7783f23aae105a9.txt", "001_bb363a12219e777a.txt"}) {
        Document d = seed(name);
        planFixes(d, {}, [](const Finding& f) { return isHeadingRule(f); });
        BOOST_TEST(!anyFixable(headingFindings(d)), name);
    }
}

BOOST_AUTO_TEST_CASE(clean_report_has_no_errors_or_warnings)
{
    Document d;
    d.paragraphs = {
        formatted("关于2024年上半年意识形态工作的报告", "方正小标宋简体", 22),
        formatted("今年以来，我局坚持以习近平新时代中国特色社会主义思想为指导，认真履行意识形态工作主体责任，现将有关情况报告如下。",
                  "仿宋_GB2312", 16),
        formatted("一、工作开展情况", "黑体", 16, 1),
        formatted("（一）强化组织领导，提升思想认识", "楷体_GB2312", 16, 2),
        formatted("1.调整领导小组。结合机构改革和领导职数变化，及时调整意识形态工作领导小组。", "仿宋_GB2312", 16),
        formatted("2.坚持召开研判会议。年初召开3次会议进行专题研究部署，共投入经费3.5万元。", "仿宋_GB2312", 16),
        formatted("（二）加强舆论引导。一是落实新闻宣传审核程序，二是加强阵地管理，三是严格监管网络舆论。", "楷体_GB2312", 16),
        formatted("二、存在的主要问题", "黑体", 16, 1),
        formatted("（一）认识不够到位。对意识形态工作的复杂性和严峻性认识不足。", "楷体_GB2312", 16),
        formatted("（二）机制尚不完善。一方面是工作体制不顺，另一方面是协调机制不健全。", "楷体_GB2312", 16),
        formatted("三、下一步工作打算", "黑体", 16, 1),
        formatted("（一）加强组织领导", "楷体_GB2312", 16, 2),
        formatted("1.落实责任制。严格落实意识形态工作责任制。", "仿宋_GB2312", 16),
        formatted("（1）明确分工。各科室按照职责抓好落实。", "仿宋_GB2312", 16),
        formatted("（2）强化考核。将意识形态工作纳入年度考核。", "仿宋_GB2312", 16),
        formatted("2.加强队伍建设：提高宣传思想干部的能力素质。", "仿宋_GB2312", 16),
        formatted("（二）创新方式方法", "楷体_GB2312", 16, 2),
        formatted("深化大众宣讲，用群众喜闻乐见的形式推动党的理论深入人心。", "仿宋_GB2312", 16),
    };
    d.paragraphs[0].alignment = Alignment::Center;
    for (std::size_t i : {4u, 5u, 6u, 8u, 9u, 12u, 13u, 14u, 15u})
        splitRun(d.paragraphs[i], static_cast<std::uint32_t>(d.paragraphs[i].text.find(i == 15 ? u'：' : u'。') + 1),
                 "仿宋_GB2312");
    for (std::size_t i : {6u, 8u, 9u})
        d.paragraphs[i].runs.back().fontAsian = u"仿宋_GB2312";
    for (Paragraph& p : d.paragraphs)
        p.firstLineIndentMm = 11.3;
    for (const Finding& f : headingFindings(d))
        BOOST_TEST(f.severity == Severity::Info, f.rule->code << " at " << f.paragraph << ": " << f.messageEn);
}

BOOST_AUTO_TEST_SUITE_END()
