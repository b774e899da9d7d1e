// TH-01…TH-03 (template hygiene), the seeds' residue and placeholders, and the fixed point of
// the EN, TH and PN fixes together.
#include "phrase_list.hpp"
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>


using namespace gw;
using namespace gw::test;

namespace {

bool mine(const Finding& f)
{
    const std::string_view area = f.rule->code.substr(0, 2);
    return area == "EN" || area == "TH" || area == "PN";
}

// "paragraph:whole:text" (the fix removes the paragraph) or "paragraph:span:text" of every
// TH-02 finding.
std::vector<std::string> residueOf(const Document& d)
{
    std::vector<std::string> out;
    for (const Finding& f : findingsOf(d, "TH-02")) {
        const bool whole = !f.fix.edits.empty() && std::holds_alternative<RemoveParagraph>(f.fix.edits.front());
        out.push_back(std::to_string(f.paragraph) + (whole ? ":whole:" : ":span:") + flagged(d, f));
    }
    return out;
}

std::vector<std::string> placeholdersOf(const Document& d)
{
    std::vector<std::string> out;
    for (const Finding& f : findingsOf(d, "TH-01"))
        out.push_back(flagged(d, f));
    return out;
}

// Applies every fix of the EN, TH and PN rules, the confirmed ones too, to a fixed point.
Document fixAllOfMine(Document d, std::function<bool(const Finding&)> wanted)
{
    planFixes(d, Config{}, [&](const Finding& f) { return mine(f) && wanted(f); });
    return d;
}

} // namespace

BOOST_AUTO_TEST_SUITE(hygiene_rules)

BOOST_AUTO_TEST_CASE(th01_extra_placeholder_forms)
{
    const Document d = doc({"请于【】前报送，编号〔 〕，负责人（  ）。", "XX单位：", "共计XXXX万元"});
    BOOST_TEST(placeholdersOf(d) == (std::vector<std::string>{"【】", "〔 〕", "（  ）", "XX", "XXXX"}),
               boost::test_tools::per_element());
    BOOST_TEST(placeholdersOf(doc({"（一）强化组织领导", "第XIV条和Xbox、QQ群、XML文件", "（注：略）", "X光和X射线检查，X轴坐标"}))
                   .empty());
}

BOOST_AUTO_TEST_CASE(th01_x_in_a_policy_name_is_no_placeholder)
{
    BOOST_TEST(placeholdersOf(doc({"深化1+X证书制度试点，推行１＋Ｘ证书。"})).empty());
    // An X beside the same words is still one.
    BOOST_TEST(placeholdersOf(doc({"X+1证书制度试点X次"})) == (std::vector<std::string>{"X", "X"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(th01_asterisks_where_a_value_is_expected)
{
    // Beside digits or 年/月/日 (the date is one placeholder), after a field's colon, at the end
    // of a field line, or three and more anywhere.
    const Document d = doc({"请于20**年**月**日前报送。", "〔20**〕5号", "校对：**", "电话：**，传真：", "抄送：市委办公室，**",
                            "先后以******关于", "今年**月召开"});
    BOOST_TEST(placeholdersOf(d) == (std::vector<std::string>{"20**年**月**日", "20**", "**", "**", "**", "******", "**月"}),
               boost::test_tools::per_element());
    // Markdown bold left in a draft, a footnote mark: no value is missing.
    BOOST_TEST(placeholdersOf(doc({"**加强领导**，压实责任。", "要求：**加强领导**", "一是**2024年**完成", "注*：见附件",
                                   "强调**要**落实"}))
                   .empty());
}

BOOST_AUTO_TEST_CASE(word_lists_are_read_as_data)
{
    BOOST_TEST((listEntries(u"# what the list is\n\n  推荐访问 \r\nPowered by\n#comment\n") ==
                std::vector<std::u16string>{u"推荐访问", u"Powered by"}));
    const PhraseList list(u"Powered by\n1+X\n加入收藏\n加入收藏夹");
    // Latin in either case, full-width forms as their ASCII, a space for any run of spaces.
    BOOST_TEST(list.matchAt(u"POWERED\u3000 BY 某网", 0) == 11u);
    BOOST_TEST(list.matchAt(u"poweredby", 0) == 0u);
    BOOST_TEST(list.matchAt(u"深化１＋Ｘ证书", 2) == 3u);
    BOOST_TEST(list.matchAt(u"加入收藏夹", 0) == 5u); // the longest
    BOOST_TEST(list.occursIn(u"请加入收藏"));
    BOOST_TEST(!list.occursIn(u"加入收"));
    BOOST_TEST(list.covers(u"深化1+X证书", TextSpan{4, 5}));
    BOOST_TEST(!list.covers(u"深化X+1证书", TextSpan{2, 3}));
    BOOST_TEST(list.makesUp(u" 加入收藏 1+X加入收藏夹"));
    BOOST_TEST(!list.makesUp(u"加入收藏了"));
}

BOOST_AUTO_TEST_CASE(th02_residue_phrases_from_the_lists)
{
    // Tails run to the end, phrases are cut out, the real word that holds a phrase is left.
    const Document d = doc({"Powered  by 某网 备案号", "会议要求，点击阅读全文", "保护版权所有者权益，版权所有：某网"});
    BOOST_TEST(residueOf(d) == (std::vector<std::string>{"0:whole:Powered  by 某网 备案号", "1:span:点击阅读全文", "2:span:版权所有：某网"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(th02_whole_paragraphs_of_residue)
{
    const Document d = doc({"SUCAI198.COM —— 专注党建行政公文写作范文", "admin 分享 时间: 加入收藏 共计3125个字,预计阅读时长11分钟。",
                            "正文内容。", "推荐访问:意识形态 街道 工作情况汇报", "版权所有:众一秘书网 2005-2024 未经授权禁止复制",
                            "Powered by 众一秘书网 © All Rights Reserved.。备案号: 辽ICP备05005627号-1", "发布时间:2022-07-27 12:10:04",
                            "下面是小编为大家整理的街道意识形态工作情况汇报,供大家参考。", "上一篇：关于某某的通知", "本文来源：某网站",
                            "下载本文", "221381", "领取福利", "（本文来源于网络，如有侵权请联系删除）", "点击查看全文"});
    const auto found = residueOf(d);
    BOOST_REQUIRE_EQUAL(found.size(), 14u);
    for (const std::string& residue : found) {
        BOOST_TEST(residue.rfind("2:", 0) != 0u, residue);
        BOOST_TEST(residue.find(":whole:") != std::string::npos, residue);
    }
    const auto findings = findingsOf(d, "TH-02");
    BOOST_TEST(findings[0].messageZh == "网页残留内容“SUCAI198.COM —— 专注党建行政公文…”：整段应删除");
    BOOST_TEST(findings[0].severity == Severity::Error);
    BOOST_TEST((findings[0].fix.kind == FixKind::Confirm));
    const Document fixed = fixAllOfMine(d, [](const Finding& f) { return f.rule->code == "TH-02"; });
    BOOST_REQUIRE_EQUAL(fixed.paragraphs.size(), 1u);
    BOOST_TEST(paragraphText(fixed, 0) == "正文内容。");
}

BOOST_AUTO_TEST_CASE(th02_residue_inside_a_sentence_is_cut_out)
{
    const Document d = doc({"3.抓好阵地建设领方向。加强与媒体有效链接，强推对 当前隐藏内容免费查看外宣传力度。今年以来共投稿70余篇。",
                            "加入收藏 会议要求，全文阅读已结束"});
    const auto found = residueOf(d);
    BOOST_REQUIRE_EQUAL(found.size(), 3u);
    BOOST_TEST(found[0] == "0:span:当前隐藏内容免费查看");
    BOOST_TEST(findingsOf(d, "TH-02")[0].messageZh == "网页残留内容“当前隐藏内容免费查看”：应删除");
    // Nobody else reports the space that set the residue off.
    BOOST_TEST(findingsOf(d, "PN-08").empty());
    const Document once = fixedBy(d, "TH-02");
    BOOST_TEST(paragraphText(once, 0) == "3.抓好阵地建设领方向。加强与媒体有效链接，强推对外宣传力度。今年以来共投稿70余篇。");
    BOOST_TEST(paragraphText(once, 1) == "会议要求，");
    BOOST_TEST(findingsOf(once, "TH-02").empty());
    BOOST_TEST(paragraphText(fixedBy(once, "TH-02"), 0) == paragraphText(once, 0));
}

BOOST_AUTO_TEST_CASE(th02_near_misses)
{
    const Document d = doc({"保护版权所有人的合法权益。", "下一步工作计划。", "通知全文如下。", "依法查处侵权行为。", "下一篇章已经开启。", "Node.js — 一种运行环境", "会议时间：2024年5月6日", "本文件自发布之日起施行。",
                            "2024", "共计3125人参加。"});
    BOOST_TEST(findingsOf(d, "TH-02").empty());
}

BOOST_AUTO_TEST_CASE(th03_flags_addresses_and_qr_captions)
{
    const Document d = doc({"详见 https://www.gov.cn/zhengce/2024.html。", "请登录www.example.org.cn查询，或发邮件至office@example.gov.cn。",
                            "材料上传至sucai198.com即可。", "扫描二维码关注公众号", "报名方式（扫码填写）见附件。"});
    std::vector<std::string> found;
    for (const Finding& f : findingsOf(d, "TH-03"))
        found.push_back(flagged(d, f));
    BOOST_TEST(found == (std::vector<std::string>{"https://www.gov.cn/zhengce/2024.html", "www.example.org.cn",
                                                   "office@example.gov.cn", "sucai198.com", "扫描二维码关注公众号", "（扫码填写）"}),
               boost::test_tools::per_element());
    const auto findings = findingsOf(d, "TH-03");
    BOOST_TEST(findings[0].messageZh == "正文中出现网址“https://www.gov.cn/zhengce/2024.html”：公文正文不应含网址，请删除或改写");
    BOOST_TEST(findings[2].messageEn == "E-mail address \"office@example.gov.cn\" in the body: delete or rephrase it");
    BOOST_TEST(findings[0].severity == Severity::Warning);
    const Document once = fixAllOfMine(d, [](const Finding& f) { return f.rule->code == "TH-03"; });
    BOOST_REQUIRE_EQUAL(once.paragraphs.size(), 4u);
    BOOST_TEST(paragraphText(once, 0) == "详见。");
    BOOST_TEST(paragraphText(once, 1) == "请登录查询，或发邮件至。");
    BOOST_TEST(paragraphText(once, 3) == "报名方式见附件。");
    BOOST_TEST(findingsOf(once, "TH-03").empty());
    const Document twice = fixAllOfMine(once, [](const Finding& f) { return f.rule->code == "TH-03"; });
    BOOST_TEST(paragraphText(twice, 1) == paragraphText(once, 1));
}

BOOST_AUTO_TEST_CASE(th03_near_misses)
{
    const Document d = doc({"3.5万元已到位，增长1.5倍。", "详见报告.docx。", "推行扫码登记，方便群众出行。", "一、扫码通行",
                            "Node.js和C++"});
    BOOST_TEST(findingsOf(d, "TH-03").empty());
}

BOOST_AUTO_TEST_CASE(seed_000_residue_and_placeholders)
{
    const Document d = seed("000_b7783f23aae105a9.txt");
    const std::vector<std::string> expected = {
        "0:whole:SUCAI198.COM —— 专注党建行政公文写作范文",
        "4:whole:admin 分享 时间: 加入收藏 共计3125个字,预计阅读时长11分钟。",
        "36:whole:221381",
        "37:whole:领取福利",
        "39:whole:微信扫码领取福利",
        "41:whole:微信扫码分享",
    };
    BOOST_TEST(residueOf(d) == expected, boost::test_tools::per_element());
    const auto placeholders = placeholdersOf(d);
    BOOST_TEST(std::count(placeholders.begin(), placeholders.end(), "X") == 21); // counted by hand: 4 in ¶11, 9 in ¶13, 8 in ¶17
    BOOST_TEST(std::count(placeholders.begin(), placeholders.end(), "xxx") == 1);
    BOOST_TEST(placeholders.size() == 22u);
    BOOST_TEST(findingsOf(d, "TH-03").empty()); // the site address is part of the residue
}

BOOST_AUTO_TEST_CASE(seed_001_residue_and_placeholders)
{
    const Document d = seed("001_bb363a12219e777a.txt");
    const std::vector<std::string> expected = {
        "2:whole:发布时间:2022-07-27 12:10:04",
        "4:whole:下面是小编为大家整理的街道意识形态工作情况汇报,供大家参考。",
        "26:span:当前隐藏内容免费查看",
        "40:whole:推荐访问:意识形态 街道 工作情况汇报 街道意识形态工作情况汇报 街道意识形态工作报告 街道办事处意识形态工作汇报",
        "42:whole:版权所有:众一秘书网 2005-2024 未经授权禁止复制或建立镜像[众一秘书网]所有资源完全免费共享",
        "44:whole:Powered by 众一秘书网 © All Rights Reserved.。备案号: 辽ICP备05005627号-1",
    };
    BOOST_TEST(residueOf(d) == expected, boost::test_tools::per_element());
    BOOST_TEST(placeholdersOf(d) == (std::vector<std::string>{"XXX", "******", "******"}), boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "TH-03").empty());
}

BOOST_AUTO_TEST_CASE(seeds_reach_a_fixed_point)
{
    for (const char* name : {"000_b7783f23aae105a9.txt", "001_bb363a12219e777a.txt"}) {
        BOOST_TEST_CONTEXT(name)
        {
            // Fix all, the confirmed fixes too: nothing fixable of ours is left, the residue is gone.
            const Document fixed = fixAllOfMine(seed(name), [](const Finding&) { return true; });
            for (const Finding& f : check(fixed, Config{}))
                BOOST_TEST(!(mine(f) && f.fixable()), f.rule->code << " " << f.messageEn);
            BOOST_TEST(findingsOf(fixed, "TH-02").empty());
            Document again = fixed;
            BOOST_TEST(planFixes(again, Config{}, [](const Finding& f) { return mine(f) && f.fixable(); }).empty());
        }
    }
    const Document fixed = fixAllOfMine(seed("001_bb363a12219e777a.txt"), [](const Finding&) { return true; });
    bool found = false;
    for (const Paragraph& p : fixed.paragraphs)
        found = found || text::toUtf8(p.text).find("加强与媒体有效链接，强推对外宣传力度。") != std::string::npos;
    BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(safe_fixes_of_all_rules_together_reach_a_fixed_point)
{
    Document d = doc({"关于2024年工作情况的报告", "一、工作开展情况",
                      "（一）强化组织领导,提升思想认识。一是：调整领导小组。二是、召开会议...三是深化学习。。",
                      "党委(党组)执行\"第一议题\"制度,会议时间12:10:04,增长3.5%.", "目标如下：一，加强；二，完善。第一、统一思想；第二：明确任务。",
                      "二0二四年全角２０２４年，汉字 之间\u200B有空格 。", "他说:\"要抓落实\"!", "二、存在的问题",
                      "（一）认识不到位。一是学习不够，二是研究不深。"});
    const auto passes = planFixes(d, Config{}, isSafeFix);
    BOOST_TEST(!passes.empty());
    for (const Finding& f : check(d, Config{}))
        BOOST_TEST(!isSafeFix(f), f.rule->code << " " << f.messageEn);
    BOOST_TEST(paragraphText(d, 2) == "（一）强化组织领导，提升思想认识。一是调整领导小组。二是召开会议……三是深化学习。");
    BOOST_TEST(paragraphText(d, 3) == "党委（党组）执行“第一议题”制度，会议时间12:10:04，增长3.5%。");
    BOOST_TEST(paragraphText(d, 4) == "目标如下：一、加强；二、完善。第一，统一思想；第二，明确任务。");
    BOOST_TEST(paragraphText(d, 5) == "二〇二四年全角2024年，汉字之间有空格。");
    BOOST_TEST(paragraphText(d, 6) == "他说：“要抓落实”！");
    Document again = d;
    BOOST_TEST(planFixes(again, Config{}, isSafeFix).empty());
}

BOOST_AUTO_TEST_CASE(clean_report_has_no_errors_or_warnings_of_ours)
{
    const Document d = doc({
        "关于2024年上半年意识形态工作情况的报告",
        "今年以来，我局在市委、市政府的正确领导下，认真履行意识形态工作主体责任，现将有关情况报告如下。",
        "一、工作开展情况",
        "（一）强化组织领导。一是调整领导小组，明确责任分工；二是召开专题会议3次，研究部署重点工作；三是严格落实党委（党组）“第一议题”制度。",
        "（二）加强舆论引导。首先，严格执行“三审三校”制度；其次，建立健全网络舆情收集、研判、处置机制；最后，按照“谁主管、谁负责”的原则压实责任。",
        "1.坚持学习制度化。全年共组织集体学习12次，人均撰写心得体会1.5万字，参学率达到98.5%。",
        "2.推进阵地建设。制定《2024年文明校园创建实施方案》，第一批12所学校已通过验收，第二批正在创建。",
        "二、存在的主要问题",
        "一方面，工作机制还不够健全；另一方面，队伍能力有待提高。统一思想是前提，唯一的办法是加强学习。",
        "三、下一步工作打算",
        "我们一是加强学习，二是完善制度，三是打通服务群众“最后一公里”。会议定于2024年7月1日9:30召开，时长约2.5小时。",
        "附件：1.工作台账",
        "市文化和旅游局",
        "2024年6月28日",
    });
    for (const Finding& f : check(d, Config{}))
        BOOST_TEST(!(mine(f) && f.severity != Severity::Info), f.rule->code << " " << f.messageEn);
}

BOOST_AUTO_TEST_CASE(th01_asterisks_in_number_slots_and_x_between_halfwidth_points)
{
    BOOST_TEST(flaggedBy(doc({"临X发〔20**〕**号"}), "TH-01") == (std::vector<std::string>{"X", "20**", "**"}));
    BOOST_TEST(flaggedBy(doc({"第**期"}), "TH-01") == std::vector<std::string>{"**"});
    BOOST_TEST(flaggedBy(doc({"联系人:XXX,联系电话:XXXXXXXX。"}), "TH-01") == (std::vector<std::string>{"XXX", "XXXXXXXX"}));
    // Bold words and Latin text stay alone.
    BOOST_TEST(flaggedBy(doc({"**第一批**名单见附件。"}), "TH-01").empty());
    BOOST_TEST(flaggedBy(doc({"型号:XS,XL两种。"}), "TH-01").empty());
}

BOOST_AUTO_TEST_SUITE_END()
