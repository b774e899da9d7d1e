// A check on several threads gives what it gives on one: the same findings, every field and key,
// in the same order, and the same structure; and the pieces that share the work out.
#include "parallel.hpp"
#include "test_support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#ifdef __linux__
#include <sched.h>
#endif

using namespace gw;
using namespace gw::test;

namespace {

std::string exactNumber(double number)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%a", number);
    return buffer;
}

// Every field of an edit, as text.
std::string describe(const Edit& edit)
{
    return std::visit(
        [&edit](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            std::string out = std::to_string(edit.index()) + "(";
            if constexpr (std::is_same_v<T, ReplaceText>)
                out += std::to_string(e.paragraph) + "," + std::to_string(e.start) + "," + std::to_string(e.length) + "," +
                       text::toUtf8(e.replacement);
            else if constexpr (std::is_same_v<T, SetCharProperty>)
                out += std::to_string(e.paragraph) + "," + std::to_string(e.start) + "," + std::to_string(e.length) + "," +
                       std::to_string(static_cast<int>(e.property)) + "," + text::toUtf8(e.text) + "," + exactNumber(e.number);
            else if constexpr (std::is_same_v<T, SetParagraphProperty>)
                out += std::to_string(e.paragraph) + "," + std::to_string(static_cast<int>(e.property)) + "," +
                       exactNumber(e.number);
            else if constexpr (std::is_same_v<T, RemoveParagraph>)
                out += std::to_string(e.paragraph);
            else if constexpr (std::is_same_v<T, SplitParagraph>)
                out += std::to_string(e.paragraph) + "," + std::to_string(e.start) + "," + std::to_string(e.length);
            else if constexpr (std::is_same_v<T, SetPageStyleProperty>)
                out += text::toUtf8(e.pageStyle) + "," + std::to_string(static_cast<int>(e.property)) + "," +
                       exactNumber(e.number);
            else
                out += text::toUtf8(e.pageStyle) + "," + std::to_string(static_cast<int>(e.placement));
            return out + ")";
        },
        edit);
}

// Every field of every finding, one line each, in the check's order.
std::vector<std::string> describe(const std::vector<Finding>& findings)
{
    std::vector<std::string> lines;
    lines.reserve(findings.size());
    for (const Finding& finding : findings) {
        std::string line = std::string(finding.rule->code) + " " + std::string(severityName(finding.severity)) + " " +
                           std::to_string(finding.paragraph) + ":" + std::to_string(finding.start) + "+" +
                           std::to_string(finding.length) + " " + finding.messageZh + " | " + finding.messageEn + " | fix " +
                           std::to_string(static_cast<int>(finding.fix.kind));
        for (const Edit& edit : finding.fix.edits)
            line += " " + describe(edit);
        lines.push_back(line + " | " + finding.key);
    }
    return lines;
}

// What the role pass decides of each paragraph, and the heading tree, as text.
std::vector<std::string> describe(const Document& document, const Structure& structure)
{
    std::vector<std::string> lines;
    for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
        std::string line = std::to_string(index) + " role " + std::to_string(static_cast<int>(structure.role(index).role)) +
                           (structure.role(index).confident ? "" : " weak") + " " + structure.path(document, index);
        for (const TextSpan& span : structure.webResidue(index))
            line += " residue " + std::to_string(span.start) + "-" + std::to_string(span.end);
        for (const TextSpan& span : structure.webAddresses(index))
            line += " address " + std::to_string(span.start) + "-" + std::to_string(span.end);
        lines.push_back(line);
    }
    for (const Heading& heading : structure.headings())
        lines.push_back("heading " + std::to_string(heading.paragraph) + " L" + std::to_string(heading.level()) + " #" +
                        std::to_string(heading.siblingIndex) + " parent " + std::to_string(heading.parent) + " run " +
                        std::to_string(heading.run) + " end " + std::to_string(heading.headingEnd) +
                        (heading.clause ? " clause" : ""));
    return lines;
}

// The check on 2 and on 3 threads (more than this machine may have) against the check on one.
void expectSameOnThreads(const Document& document, const std::string& what)
{
    BOOST_TEST_CONTEXT(what)
    {
        const CheckResult single = checkWithStructure(document, Config{}, CheckOptions{1});
        const std::vector<std::string> findings = describe(single.findings);
        const std::vector<std::string> structure = describe(document, single.structure);
        for (unsigned threads : {2u, 3u}) {
            const CheckResult shared = checkWithStructure(document, Config{}, CheckOptions{threads});
            BOOST_TEST(describe(shared.findings) == findings, boost::test_tools::per_element());
            BOOST_TEST(describe(document, shared.structure) == structure, boost::test_tools::per_element());
        }
    }
}

// A long report as people write them — 一、 sections, （一） subsections, numbered items, 一是
// enumerations, the usual slips and a little web-page residue — set in the 公文 fonts, or in
// Writer's default 宋体 12 pt on a page with wrong margins, which gives a finding on most paragraphs
// (and several on one place from different rules).
Document longReport(std::size_t paragraphs, bool writerDefaults)
{
    const std::u16string body =
        u"围绕年度目标任务，扎实推进各项工作落地见效。一是健全机制，二是压实责任，三是强化考核，"
        u"确保各项措施落到实处，推动工作取得明显成效。";
    Document document;
    if (writerDefaults) {
        PageStyle page;
        page.name = u"Default Page Style";
        page.widthMm = 210;
        page.heightMm = 297;
        page.topMm = page.bottomMm = page.leftMm = page.rightMm = 20;
        document.pageStyles.push_back(page);
    }
    const std::u16string font = writerDefaults ? u"宋体" : u"仿宋_GB2312";
    const double sizePt = writerDefaults ? 12 : 16;
    auto add = [&](std::u16string text) {
        Paragraph paragraph;
        paragraph.text = std::move(text);
        paragraph.runs.push_back({0, static_cast<std::uint32_t>(paragraph.text.size()), font, u"Times New Roman", sizePt, false, false});
        document.paragraphs.push_back(std::move(paragraph));
    };
    add(u"关于某某市2025年度重点工作推进情况的报告");
    add(u"来源：某某日报  【打印本页】【关闭窗口】");
    int section = 0, subsection = 0, item = 0;
    for (std::size_t n = document.paragraphs.size(); n < paragraphs; n = document.paragraphs.size()) {
        if (n % 150 == 2) {
            ++section;
            subsection = 0;
            add(canonicalMarker(MarkerClass::ChineseNumeral, (section - 1) % 99 + 1) + u"主要工作进展");
        } else if (n % 30 == 3) {
            ++subsection;
            item = 0;
            add(canonicalMarker(MarkerClass::BracketedChinese, subsection % 99 + 1) + u"加强统筹协调，形成工作合力。" + body);
        } else if (n % 6 == 4) {
            ++item;
            add(text::fromUtf8(std::to_string(item)) + (item % 4 ? u"." : u"、") + u"持续优化营商环境。" + body);
        } else if (n % 97 == 5) {
            add(u"详见http://www.example.gov.cn/zwgk/2025/index.html，年内完成X项任务,覆盖全市.");
        } else {
            add(n % 41 == 7 ? u"全年共召开XX次专题会议，研究解决问题1.5万个……" + body : body);
        }
    }
    return document;
}

} // namespace

BOOST_AUTO_TEST_SUITE(parallel_check)

BOOST_AUTO_TEST_CASE(a_long_report_in_the_formal_fonts_checks_the_same_on_several_threads)
{
    const Document document = longReport(3000, false);
    BOOST_TEST(!check(document, Config{}, CheckOptions{1}).empty());
    expectSameOnThreads(document, "公文 fonts");
}

BOOST_AUTO_TEST_CASE(a_long_report_in_writer_defaults_checks_the_same_on_several_threads)
{
    const Document document = longReport(3000, true);
    // Most paragraphs have a finding, and some places several from different rules: their order
    // among themselves is the rules' order.
    BOOST_TEST(check(document, Config{}, CheckOptions{1}).size() > document.paragraphs.size());
    expectSameOnThreads(document, "Writer defaults");
}

BOOST_AUTO_TEST_CASE(the_published_reports_check_the_same_on_several_threads,
                     *boost::unit_test::precondition([](boost::unit_test::test_unit_id) {
                         return std::filesystem::is_directory(GWCHECK_GOV_REPORTS);
                     }))
{
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(GWCHECK_GOV_REPORTS)) {
        if (entry.path().extension() != ".txt")
            continue;
        ++files;
        expectSameOnThreads(documentFromPlainText(text::fromUtf8(readFile(entry.path().string()))),
                            entry.path().filename().string());
    }
    BOOST_TEST(files > 0u);
}

BOOST_AUTO_TEST_CASE(the_seeds_check_the_same_on_several_threads)
{
    std::size_t seeds = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(GWCHECK_FIXTURES) + "/seeds")) {
        if (entry.path().extension() != ".txt")
            continue;
        ++seeds;
        expectSameOnThreads(seed(entry.path().filename().string()), entry.path().filename().string());
    }
    BOOST_TEST(seeds > 0u);
}

BOOST_AUTO_TEST_CASE(ignored_findings_stay_ignored_on_several_threads)
{
    Document document = longReport(1000, true);
    const std::vector<Finding> all = check(document, Config{}, CheckOptions{1});
    BOOST_REQUIRE(all.size() > 10u);
    document.ignoredFindings = {text::fromUtf8(all[3].key), text::fromUtf8(all[all.size() / 2].key)};
    const std::vector<Finding> left = check(document, Config{}, CheckOptions{2});
    BOOST_TEST(left.size() == all.size() - 2);
    expectSameOnThreads(document, "ignored findings");
}

BOOST_AUTO_TEST_CASE(a_small_document_is_checked_on_one_thread_a_long_one_on_every_processor)
{
    BOOST_TEST(checkThreads(seed("000_b7783f23aae105a9.txt"), CheckOptions{}) == 1u);
    BOOST_TEST(checkThreads(longReport(2000, false), CheckOptions{}) == processorsAvailable());
    BOOST_TEST(checkThreads(seed("000_b7783f23aae105a9.txt"), CheckOptions{2}) == 2u);
    BOOST_TEST(checkThreads(longReport(2000, false), CheckOptions{1}) == 1u);
}

#ifdef __linux__
BOOST_AUTO_TEST_CASE(a_process_pinned_to_one_processor_checks_on_one_thread)
{
    cpu_set_t before;
    BOOST_REQUIRE(sched_getaffinity(0, sizeof before, &before) == 0);
    int first = 0;
    while (!CPU_ISSET(first, &before))
        ++first;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(first, &one);
    BOOST_REQUIRE(sched_setaffinity(0, sizeof one, &one) == 0);
    const unsigned pinned = processorsAvailable();
    const unsigned threads = checkThreads(longReport(2000, false), CheckOptions{});
    sched_setaffinity(0, sizeof before, &before);
    BOOST_TEST(pinned == 1u);
    BOOST_TEST(threads == 1u);
    BOOST_TEST(processorsAvailable() == static_cast<unsigned>(CPU_COUNT(&before)));
}
#endif

BOOST_AUTO_TEST_CASE(tasks_are_shared_out_and_each_runs_once)
{
    std::vector<int> runs(200, 0);
    std::set<unsigned> workers;
    std::mutex mutex;
    runTasks(2, runs.size(), [&](std::size_t task, unsigned worker) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        const std::lock_guard<std::mutex> lock(mutex);
        ++runs[task];
        workers.insert(worker);
    });
    BOOST_TEST(std::count(runs.begin(), runs.end(), 1) == static_cast<long>(runs.size()));
    BOOST_TEST(workers == (std::set<unsigned>{0, 1}));
}

BOOST_AUTO_TEST_CASE(the_tasks_kept_for_the_calling_thread_run_on_it)
{
    std::vector<unsigned> workerOf(40, 99);
    runTasks(2, workerOf.size(), [&](std::size_t task, unsigned worker) {
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        workerOf[task] = worker;
    }, 10);
    for (std::size_t task = 0; task < 10; ++task)
        BOOST_TEST(workerOf[task] == 0u, "task " << task);
    // Meanwhile the helper took the others, and every task ran.
    BOOST_TEST(std::count(workerOf.begin() + 10, workerOf.end(), 1u) > 0);
    BOOST_TEST(std::count(workerOf.begin(), workerOf.end(), 99u) == 0);
}

BOOST_AUTO_TEST_CASE(the_first_failing_task_is_the_one_reported)
{
    for (unsigned threads : {1u, 2u, 4u}) {
        std::string caught;
        try {
            runTasks(threads, 50, [](std::size_t task, unsigned) {
                if (task == 7 || task == 31)
                    throw std::runtime_error("task " + std::to_string(task));
            });
        } catch (const std::runtime_error& error) {
            caught = error.what();
        }
        BOOST_TEST(caught == "task 7", threads << " threads");
    }
}

BOOST_AUTO_TEST_CASE(ranges_cover_the_indices_in_order)
{
    for (const auto& [count, threads] : {std::pair<std::size_t, unsigned>{0, 2}, {10, 2}, {1000, 1}, {1000, 2}, {20001, 3}}) {
        const std::vector<IndexRange> ranges = splitIndices(count, threads);
        BOOST_TEST_REQUIRE(!ranges.empty());
        BOOST_TEST(ranges.front().first == 0u);
        BOOST_TEST(ranges.back().last == count);
        for (std::size_t r = 1; r < ranges.size(); ++r)
            BOOST_TEST(ranges[r].first == ranges[r - 1].last);
        BOOST_TEST((threads == 1 ? ranges.size() == 1 : ranges.size() > threads || count < 64 * (threads + 1)),
                   count << " indices, " << threads << " threads: " << ranges.size() << " ranges");
    }
}

BOOST_AUTO_TEST_SUITE_END()
