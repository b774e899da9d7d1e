// The lines of a government or news site's article page copied with a document (下载, 打印,
// 【字号：…】, 来源：…, 相关报道：): residueParagraphs, TH-02 on them, and the rules that leave the
// paragraphs TH-02 removes alone (PN-06, TH-03).
#include "hygiene.hpp"
#include "structure.hpp"
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

using namespace gw;
using namespace gw::test;

namespace {

// The paragraphs residueParagraphs marks, by their text.
std::vector<std::string> residueLines(const Document& d)
{
    const std::vector<bool> residue = residueParagraphs(d);
    BOOST_REQUIRE_EQUAL(residue.size(), d.paragraphs.size());
    std::vector<std::string> out;
    for (std::size_t p = 0; p < residue.size(); ++p)
        if (residue[p])
            out.push_back(paragraphText(d, p));
    return out;
}

// A provincial report as the province's newspaper site shows it (gov-reports-2026).
Document scrapedReport()
{
    return doc({"下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】", "2026年天津市政府工作报告",
                "——2026年1月26日在天津市第十八届人民代表大会第四次会议上", "来源：天津日报", "时间：2026-02-03",
                "天津市市长 张工", "张工作政府工作报告。本报记者 韩卿立 摄", "各位代表：",
                "现在，我代表市人民政府向大会报告工作，请予审议。", "各位代表！让我们更加紧密地团结起来。", "相关报道："});
}

} // namespace

BOOST_AUTO_TEST_SUITE(site_residue)

BOOST_AUTO_TEST_CASE(site_lines_above_and_below_a_report_are_residue)
{
    const Document d = scrapedReport();
    const std::vector<std::string> expected = {"下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】",
                                               "来源：天津日报", "时间：2026-02-03", "相关报道："};
    BOOST_TEST(residueLines(d) == expected, boost::test_tools::per_element());
    // The role pass adds the photo caption at the top: its photo did not come with the text.
    std::vector<std::string> flaggedLines = expected;
    flaggedLines.insert(flaggedLines.end() - 1, "张工作政府工作报告。本报记者 韩卿立 摄");
    BOOST_TEST(flaggedBy(d, "TH-02") == flaggedLines, boost::test_tools::per_element());
    // Title, subtitle, byline and the report itself stay.
    const Document fixed = fixedBy(d, "TH-02");
    BOOST_REQUIRE_EQUAL(fixed.paragraphs.size(), 6u);
    BOOST_TEST(paragraphText(fixed, 0) == "2026年天津市政府工作报告");
    BOOST_TEST(paragraphText(fixed, 2) == "天津市市长 张工");
    BOOST_TEST(paragraphText(fixed, 5) == "各位代表！让我们更加紧密地团结起来。");
    BOOST_TEST(findingsOf(fixed, "TH-02").empty());
}

BOOST_AUTO_TEST_CASE(other_sites_lines)
{
    // Controls side by side on one line, in either width, with brackets and spaces; labels in
    // brackets; several labels on one line; a counter below its label; a publication time.
    const Document d = doc({"您的位置:首页 > 政务公开 > 政府工作报告", "【字体：大 中 小】【打印本页】 【关闭窗口】",
                            "发布时间：2024-05-06 10:00 来源：市政府办公室", "浏览次数：", "1234", "2026-01-31 07:00:44",
                            "关于2024年工作的报告", "各单位：", "现将有关情况报告如下。", "（来源：青海日报）",
                            "【责任编辑：何继红】", "分享到：", "[打印本页] [关闭窗口]"});
    BOOST_TEST(residueLines(d) == (std::vector<std::string>{"您的位置:首页 > 政务公开 > 政府工作报告",
                                                             "【字体：大 中 小】【打印本页】 【关闭窗口】",
                                                             "发布时间：2024-05-06 10:00 来源：市政府办公室", "浏览次数：", "1234",
                                                             "2026-01-31 07:00:44", "（来源：青海日报）", "【责任编辑：何继红】",
                                                             "分享到：", "[打印本页] [关闭窗口]"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(site_lines_in_the_body_are_text)
{
    // The page shows itself above, yet in the body the same words are the document's own.
    const Document d = doc({"打印", "来源：天津日报", "关于资金使用情况的报告", "各位代表：", "一、资金安排。",
                            "资金来源：市财政预算", "时间：2024年5月6日", "来源：天津日报", "收藏", "时间：2026-02-03",
                            "发布时间：2024年5月6日上午10时", "二、下一步工作。", "全屏"});
    BOOST_TEST(residueLines(d) == (std::vector<std::string>{"打印", "来源：天津日报", "全屏"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(labels_a_document_may_have_need_the_page_to_show_itself)
{
    // 会议纪要 and 简报 head and close with such labels; no line of the page is there.
    const Document minutes = doc({"局党组会议纪要", "时间：2024-05-06", "来源：局办公室", "地点：三楼会议室", "会议研究了以下事项。",
                                  "一、关于预算。", "（来源：县委办）", "编辑：张三"});
    BOOST_TEST(residueLines(minutes).empty());
    // With a line of the page there, they are the site's.
    const Document scraped = doc({"局党组会议纪要", "时间：2024-05-06", "来源：局办公室", "地点：三楼会议室", "会议研究了以下事项。",
                                  "一、关于预算。", "（来源：县委办）", "编辑：张三", "【打印本页】"});
    BOOST_TEST(residueLines(scraped) == (std::vector<std::string>{"时间：2024-05-06", "来源：局办公室", "（来源：县委办）",
                                                                   "编辑：张三", "【打印本页】"}),
               boost::test_tools::per_element());
    // Even then: a date as documents write it heads real minutes, a line with a label of the
    // document's own ("审核：") is not the site's, and a date alone may be the document's own.
    const Document own = doc({"打印", "局党组会议纪要", "时间：2024年5月6日", "会议研究了以下事项。", "一、关于预算。",
                              "编辑：张三 审核：李四", "市财政局", "2024-05-06", "【关闭窗口】"});
    BOOST_TEST(residueLines(own) == (std::vector<std::string>{"打印", "【关闭窗口】"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(publication_time_anywhere_only_with_a_web_date)
{
    // "发布时间：" with a web date is the page's wherever it stands; with any other value only in
    // the blocks around the text.
    const Document d = doc({"发布时间：2024年5月6日", "关于召开新闻发布会的通知", "各媒体：", "现将有关事项通知如下。",
                            "发布时间：2024年5月6日上午10时", "发布时间：2022-07-27 12:10:04", "特此通知。"});
    BOOST_TEST(residueLines(d) == (std::vector<std::string>{"发布时间：2024年5月6日", "发布时间：2022-07-27 12:10:04"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(qr_caption_among_site_lines_stays_th03)
{
    const Document d = doc({"打印", "扫一扫在手机打开当前页", "关于2024年工作的报告", "现将有关情况报告如下。"});
    BOOST_TEST(flaggedBy(d, "TH-02") == (std::vector<std::string>{"打印"}), boost::test_tools::per_element());
    BOOST_TEST(flaggedBy(d, "TH-03") == (std::vector<std::string>{"扫一扫在手机打开当前页"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(th03_leaves_site_lines_to_th02)
{
    const Document d = doc({"您的位置：www.tj.gov.cn > 首页", "关于2024年工作的报告", "现将有关情况报告如下。"});
    BOOST_TEST(flaggedBy(d, "TH-02") == (std::vector<std::string>{"您的位置：www.tj.gov.cn > 首页"}), boost::test_tools::per_element());
    BOOST_TEST(findingsOf(d, "TH-03").empty());
    BOOST_TEST(flaggedBy(doc({"关于2024年工作的报告", "现将有关情况报告如下。", "详见www.tj.gov.cn。"}), "TH-03") ==
               (std::vector<std::string>{"www.tj.gov.cn"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(pn06_skips_paragraphs_th02_removes)
{
    BOOST_TEST(findingsOf(scrapedReport(), "PN-06").empty());
    // The same brackets in the body are unmatched.
    const Document body = doc({"关于2024年工作的报告", "现将有关情况报告如下。", "【字号：", "特此报告。", "】", "以上报告，请审议。"});
    BOOST_TEST(flaggedBy(body, "PN-06") == (std::vector<std::string>{"【", "】"}), boost::test_tools::per_element());
    BOOST_TEST(findingsOf(body, "TH-02").empty());
}

BOOST_AUTO_TEST_CASE(pn06_quotation_goes_on_past_residue)
{
    // Once TH-02 has removed the residue between them, the second paragraph goes on with the quotation.
    BOOST_TEST(findingsOf(doc({"“第一段引文，", "推荐访问:意识形态 工作汇报", "“第二段引文。”"}), "PN-06").empty());
    BOOST_TEST(flaggedBy(doc({"“第一段引文，", "第二段没有引号。"}), "PN-06") == (std::vector<std::string>{"“"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(role_pass_keeps_the_residue_and_addresses_of_each_paragraph)
{
    // Found once in the role pass for TH-02, TH-03 and the punctuation rules, each paragraph's own.
    const Document d = doc({"加强组织领导。", "强推对 当前隐藏内容免费查看外宣传，详见www.example.gov.cn和www.example.cn。",
                            "提升思想认识。", "联系邮箱：office@example.gov.cn，如有侵权请联系删除。"});
    const Structure structure = Structure::build(d, Config{});
    auto spans = [](auto range) {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
        for (const TextSpan& span : range)
            out.emplace_back(span.start, span.end);
        return out;
    };
    for (std::uint32_t p = 0; p < d.paragraphs.size(); ++p) {
        BOOST_TEST(spans(structure.webResidue(p)) == spans(findWebResidue(d.paragraphs[p].text).spans));
        BOOST_TEST(spans(structure.webAddresses(p)) == spans(findWebAddresses(d.paragraphs[p].text)));
    }
    BOOST_TEST(structure.webResidue(0).empty());
    BOOST_TEST(spans(structure.webResidue(1)).size() == 1u);
    BOOST_TEST(spans(structure.webAddresses(1)).size() == 2u);
    BOOST_TEST(structure.webAddresses(2).empty());
    BOOST_TEST(!structure.webResidue(3).empty());
    BOOST_TEST(spans(structure.webAddresses(3)).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
