// Core benchmark: check a synthetic report of 20,000 paragraphs (≈1,000 pages) and print time
// and peak memory, the check on one thread and on the threads it takes by itself (the processors
// this process may run on), run by turns so that both see the same machine. Not a test: it prints
// figures for people to compare across changes. With --stages it also prints where a check's time
// goes on one thread: the role pass, the enumerations and each rule;
// with --many-findings the report is set in Writer's default font, so that most paragraphs have
// a finding (see syntheticReport); with --threads N the second check is on N threads whatever the
// document's size (to find the size from which threads pay).
//   build/bench/gwcheck_bench_core [--stages] [--many-findings] [--threads N] [paragraphs] [repetitions]
#include "engine.hpp"
#include "enumerations.hpp"
#include "structure.hpp"
#include "unicode.hpp"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// A report the way people write them: 一、 sections with （一） subsections, run-in 1. items,
// 一是/二是 enumerations, and a sprinkling of the usual mistakes so that rules and fixes work.
// Its layout is known, as a document read from Writer always has a page style (A4 with the
// standard's margins; no grid, the body left-aligned, as typed), so the page rules run too.
// With `manyFindings` its text is in Writer's default 宋体 12 pt rather than 仿宋 16 pt, as a
// report typed in a fresh Writer document: the page and heading format rules then report most
// paragraphs, so that the cost of the findings themselves shows.
gw::Document syntheticReport(std::size_t paragraphs, bool manyFindings)
{
    const std::u16string body =
        u"结合机构改革和领导职数变化，及时调整工作领导小组，进一步完善了领导小组工作机制。一是加强学习，二是强化督导，"
        u"三是完善制度，确保责任分工明确、领导责任落实，切实提高工作的主动性、针对性和实效性。";
    gw::Document document;
    document.paragraphs.reserve(paragraphs);
    gw::PageStyle page;
    page.name = u"Default Page Style";
    page.widthMm = 210;
    page.heightMm = 297;
    page.topMm = 37;
    page.bottomMm = 35;
    page.leftMm = 28;
    page.rightMm = 26;
    document.pageStyles.push_back(page);
    const std::u16string font = manyFindings ? u"宋体" : u"仿宋_GB2312";
    const double sizePt = manyFindings ? 12 : 16;
    auto add = [&](std::u16string text) {
        gw::Paragraph paragraph;
        paragraph.text = std::move(text);
        paragraph.runs.push_back({0, static_cast<std::uint32_t>(paragraph.text.size()), font, u"Times New Roman", sizePt, false, false});
        document.paragraphs.push_back(std::move(paragraph));
    };
    add(u"关于2024年度重点工作推进情况的报告");
    int section = 0, sub = 0, item = 0;
    while (document.paragraphs.size() < paragraphs) {
        const std::size_t n = document.paragraphs.size();
        if (n % 200 == 1) {
            ++section;
            sub = 0;
            add(gw::canonicalMarker(gw::MarkerClass::ChineseNumeral, (section - 1) % 99 + 1) + u"工作开展情况");
        } else if (n % 40 == 2) {
            ++sub;
            item = 0;
            const std::u16string marker = sub % 3 == 0 ? u"(" + gw::text::chineseNumeral(sub % 99 + 1) + u")"
                                                       : gw::canonicalMarker(gw::MarkerClass::BracketedChinese, sub % 99 + 1);
            add(marker + u"强化组织领导，提升思想认识。" + body);
        } else if (n % 8 == 3) {
            ++item;
            add(gw::text::fromUtf8(std::to_string(item % 99 + 1)) + (item % 5 ? u"." : u"、") + u"坚持思想政治学习制度化。" + body);
        } else {
            add(n % 50 == 7 ? u"年初召开X次会议进行专题研究部署," + body : body);
        }
    }
    return document;
}

// The processor time of this thread (or of the whole process, all its threads): on a shared
// machine it moves far less than the clock on the wall, which counts the time other processes
// take the processor away.
double cpuMilliseconds(clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The stages of one check in processor time, each the median over the repetitions, the slowest
// rules first.
void printStages(const gw::Document& document, int repetitions)
{
    const gw::Config config;
    std::vector<std::pair<std::string, std::vector<double>>> stages{{"role pass", {}}, {"enumerations", {}}};
    for (const auto& rule : gw::allRules())
        stages.emplace_back(std::string(rule->info().code), std::vector<double>{});
    for (int i = 0; i < repetitions; ++i) {
        double start = cpuMilliseconds();
        const gw::Structure structure = gw::Structure::build(document, config);
        stages[0].second.push_back(cpuMilliseconds() - start);
        start = cpuMilliseconds();
        const std::vector<gw::EnumItem> enumerations = gw::findEnumerations(document, structure);
        stages[1].second.push_back(cpuMilliseconds() - start);
        const gw::CheckContext context{document, structure, enumerations, config};
        for (std::size_t r = 0; r < gw::allRules().size(); ++r) {
            std::vector<gw::Finding> findings;
            gw::FindingSink sink(gw::allRules()[r]->info(), findings);
            start = cpuMilliseconds();
            gw::allRules()[r]->check(context, sink);
            stages[r + 2].second.push_back(cpuMilliseconds() - start);
        }
    }
    std::vector<std::pair<double, std::string_view>> medians;
    for (auto& [name, times] : stages) {
        std::sort(times.begin(), times.end());
        medians.emplace_back(times[times.size() / 2], name);
    }
    std::sort(medians.rbegin(), medians.rend());
    std::printf("  stages          median processor ms\n");
    for (const auto& [ms, name] : medians)
        std::printf("    %-14s %6.2f\n", std::string(name).c_str(), ms);
}

// Page faults of the process so far: a check that gives its buffers back to the kernel faults
// them in again the next time, and on a virtual machine a fault costs microseconds.
long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    bool stages = false, manyFindings = false;
    gw::CheckOptions threadedOptions; // the default: as many threads as checkThreads says
    for (; argc > 1 && std::string_view(argv[1]).substr(0, 2) == "--"; --argc, ++argv) {
        stages = stages || std::string_view(argv[1]) == "--stages";
        manyFindings = manyFindings || std::string_view(argv[1]) == "--many-findings";
        if (std::string_view(argv[1]) == "--threads" && argc > 2) {
            threadedOptions.threads = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
            --argc;
            ++argv;
        }
    }
    const std::size_t paragraphs = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 20000;
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 5;
    const long rssBefore = peakRssKiB();
    const gw::Document document = syntheticReport(paragraphs, manyFindings);
    std::size_t characters = 0;
    for (const auto& p : document.paragraphs)
        characters += p.text.size();
    const long rssDocument = peakRssKiB();

    // Each repetition checks on one thread, then on the default threads.
    struct Runs {
        std::vector<double> wallMs, cpuMs;
        std::vector<long> faults;
        void sort()
        {
            std::sort(wallMs.begin(), wallMs.end());
            std::sort(cpuMs.begin(), cpuMs.end());
            std::sort(faults.begin(), faults.end());
        }
    };
    Runs single, threaded;
    std::size_t findings = 0;
    const unsigned defaultThreads = gw::checkThreads(document, threadedOptions);
    for (int i = 0; i < repetitions; ++i) {
        for (Runs* runs : {&single, &threaded}) {
            const gw::CheckOptions options = runs == &single ? gw::CheckOptions{1} : threadedOptions;
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = cpuMilliseconds(CLOCK_PROCESS_CPUTIME_ID);
            const long faultsStart = minorFaults();
            findings = gw::check(document, gw::Config{}, options).size();
            runs->cpuMs.push_back(cpuMilliseconds(CLOCK_PROCESS_CPUTIME_ID) - cpuStart);
            runs->faults.push_back(minorFaults() - faultsStart);
            runs->wallMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
    }
    single.sort();
    threaded.sort();
    const std::vector<double>& timesMs = threaded.wallMs;

    gw::Document fixed = document;
    const auto fixStart = std::chrono::steady_clock::now();
    const auto passes = gw::planFixes(fixed, gw::Config{}, gw::isSafeFix);
    const double fixMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - fixStart).count();
    std::size_t edits = 0;
    for (const auto& pass : passes)
        edits += pass.size();

    std::printf("gwcheck core benchmark\n");
    std::printf("  document        %zu paragraphs, %zu UTF-16 characters, %zu rules\n", document.paragraphs.size(),
                characters, gw::allRules().size());
    std::printf("  check           median %.1f ms, min %.1f ms, max %.1f ms over %d runs (%.2f us/paragraph) on %u thread%s\n",
                timesMs[timesMs.size() / 2], timesMs.front(), timesMs.back(), repetitions,
                1000.0 * timesMs[timesMs.size() / 2] / static_cast<double>(document.paragraphs.size()), defaultThreads,
                defaultThreads == 1 ? "" : "s");
    std::printf("  check, 1 thread median %.1f ms, min %.1f ms (the same runs' other half)\n", single.wallMs[single.wallMs.size() / 2],
                single.wallMs.front());
    std::printf("  check (CPU)     median %.1f ms, min %.1f ms of processor time, all threads (1 thread: %.1f ms, %.1f ms)\n",
                threaded.cpuMs[threaded.cpuMs.size() / 2], threaded.cpuMs.front(), single.cpuMs[single.cpuMs.size() / 2],
                single.cpuMs.front());
    std::printf("  page faults     median %ld, max %ld per check\n", threaded.faults[threaded.faults.size() / 2],
                threaded.faults.back());
    std::printf("  findings        %zu\n", findings);
    std::printf("  fix all (safe)  %.1f ms, %zu passes, %zu edits\n", fixMs, passes.size(), edits);
    std::printf("  peak RSS        %.1f MiB (model %.1f MiB, check and fix %.1f MiB more)\n", peakRssKiB() / 1024.0,
                (rssDocument - rssBefore) / 1024.0, (peakRssKiB() - rssDocument) / 1024.0);
    if (stages)
        printStages(document, repetitions);
    return 0;
}
