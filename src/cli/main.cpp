// gwcheck: checks (and fixes) Chinese official documents in batch with headless LibreOffice.
// See docs/cli.md for usage, formats and exit codes.

#include "inputs.hpp"
#include "office.hpp"
#include "pool.hpp"
#include "process.hpp"
#include "progress.hpp"
#include "report.hpp"

#include "config.hpp"
#include "rule.hpp"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace gwcli {
namespace {

constexpr int exitClean = 0, exitFindings = 1, exitError = 2, exitInterrupted = 130;

const char* usageText = R"(usage: gwcheck check [options] PATH...          (PATH "-": read paths from standard input)
       gwcheck fix [options] (--output-dir DIR | --in-place) PATH...
       gwcheck merge [options] REPORT...      (json or jsonl reports of shards)
       gwcheck rules [--format text|json]
       gwcheck --version | --help

Checks the structure of Chinese official documents (.docx .doc .odt .fodt .wps .rtf .txt;
folders are searched recursively) with a headless LibreOffice and the gwcheck extension.

options:
  --format FORMAT     text (default), json, jsonl, sarif, junit, html
  --output FILE       write the report to FILE (atomically) instead of standard output
  --fail-on LEVEL     error (default), warning, info or none: findings at or above it exit 1
  --skip-unreadable   documents that cannot be checked do not make the exit code 2
  --config FILE       gwcheck.json to use (default: the nearest gwcheck.json in the document's
                      folder or a parent folder)
  --profile NAME      report or formal (overrides the configuration's profile)
  --lang LANG         zh-CN or en-US for messages (default from LANG: en-US when it starts with en)
  --include GLOB      only files matching GLOB in folders (repeatable)
  --exclude GLOB      skip files and folders matching GLOB (repeatable)
  --jobs N            soffice workers in parallel (default: number of cores)
  --timeout SECONDS   per document (default 120); the worker is restarted, the file reported
  --max-memory SIZE   resident memory of a soffice worker while it checks a document (default
                      2G; K, M, G); above it the worker is restarted, the file reported
  --max-size SIZE     refuse, without opening it, a document larger than SIZE, or a zip-based one
                      (.docx .odt …) whose parts inflate to more (default 100M; K, M, G suffixes)
  --max-ratio N       refuse a zip-based document with a part above 1 MiB that inflates more than
                      N times its compressed size (default 200)
  --shard K/N         only the K-th of N stable parts of the documents (1 <= K <= N)
  --extension OXT     the gwcheck.oxt to install (default: $GWCHECK_OXT, then the built one)
  --cache-dir DIR     where the private LibreOffice profiles live ($GWCHECK_CACHE_DIR,
                      default ~/.cache/gwcheck)
  --quiet             no progress output
  --load-only         only load and close the documents (the benchmark's floor; no findings)
fix options:
  --output-dir DIR    write fixed copies there (same folder layout); inputs stay as they are
  --in-place          replace the documents, keeping a backup (FILE.bak; --backup-suffix S)
  --rules CODES       comma-separated rule codes or slugs: apply their fixes (also confirm-kind)
                      instead of every safe fix

Every path named gets a result: one that is missing, loops, is not a regular file, cannot be read
or exceeds the limits is reported as not checked (its kind says why) and the others go on.

exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, configuration
or document errors (a document or path that could not be checked), 130 interrupted.
)";

struct Arguments {
    std::string command;
    std::vector<std::string> paths;
    Format format = Format::Text;
    std::string output;
    std::string failOn = "error";
    bool skipUnreadable = false;
    std::string config;
    std::optional<gw::Profile> profile;
    std::string language;
    InputOptions inputs;
    int jobs = 0;
    int timeout = 120;
    std::uintmax_t maxMemory = std::uintmax_t(2) << 30;
    Limits limits;
    int shardIndex = 0, shardCount = 0;
    std::string extension;
    std::string cacheDir;
    bool quiet = false;
    bool loadOnly = false; // bench: the floor (load and close only)
    std::string outputDir;
    bool inPlace = false;
    std::string backupSuffix = ".bak";
    std::vector<std::string> rules;
};

std::string defaultLanguage()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value)
            return std::strncmp(value, "en", 2) == 0 ? "en-US" : "zh-CN";
    }
    return "zh-CN";
}

int parseInt(const std::string& option, const std::string& value, int minimum)
{
    try {
        std::size_t used = 0;
        const int number = std::stoi(value, &used);
        if (used == value.size() && number >= minimum)
            return number;
    } catch (const std::exception&) {
    }
    throw UsageError(option + ": \"" + value + "\" is not a whole number >= " + std::to_string(minimum));
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ','))
        if (!item.empty())
            items.push_back(item);
    return items;
}

Arguments parseArguments(int argc, char** argv)
{
    Arguments arguments;
    if (argc < 2)
        throw UsageError("no command given");
    arguments.command = argv[1];
    if (arguments.command != "check" && arguments.command != "fix" && arguments.command != "merge" &&
        arguments.command != "rules")
        throw UsageError("unknown command \"" + arguments.command + "\"");
    arguments.language = defaultLanguage();
    arguments.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

    bool onlyPaths = false;
    for (int i = 2; i < argc; ++i) {
        const std::string argument = argv[i];
        if (onlyPaths || argument.empty() || argument[0] != '-' || argument == "-") {
            arguments.paths.push_back(argument);
            continue;
        }
        if (argument == "--") {
            onlyPaths = true;
            continue;
        }
        std::string name = argument, value;
        bool hasValue = false;
        const auto equals = argument.find('=');
        if (equals != std::string::npos) {
            name = argument.substr(0, equals);
            value = argument.substr(equals + 1);
            hasValue = true;
        }
        auto take = [&]() -> std::string {
            if (hasValue)
                return value;
            if (i + 1 >= argc)
                throw UsageError(name + " needs a value");
            return argv[++i];
        };
        if (name == "--format") {
            const std::string format = take();
            if (!parseFormat(format, arguments.format))
                throw UsageError("--format: \"" + format + "\" is not one of text, json, jsonl, sarif, junit, html");
        } else if (name == "--output" || name == "-o") {
            arguments.output = take();
        } else if (name == "--fail-on") {
            arguments.failOn = take();
            if (arguments.failOn != "error" && arguments.failOn != "warning" && arguments.failOn != "info" &&
                arguments.failOn != "none")
                throw UsageError("--fail-on: \"" + arguments.failOn + "\" is not one of error, warning, info, none");
        } else if (name == "--skip-unreadable") {
            arguments.skipUnreadable = true;
        } else if (name == "--config") {
            arguments.config = take();
        } else if (name == "--profile") {
            const std::string profile = take();
            if (profile == "report") arguments.profile = gw::Profile::Report;
            else if (profile == "formal") arguments.profile = gw::Profile::Formal;
            else throw UsageError("--profile: \"" + profile + "\" is not one of report, formal");
        } else if (name == "--lang") {
            arguments.language = take();
            if (arguments.language != "zh-CN" && arguments.language != "en-US")
                throw UsageError("--lang: \"" + arguments.language + "\" is not one of zh-CN, en-US");
        } else if (name == "--include") {
            arguments.inputs.includes.push_back(take());
        } else if (name == "--exclude") {
            arguments.inputs.excludes.push_back(take());
        } else if (name == "--jobs" || name == "-j") {
            arguments.jobs = parseInt(name, take(), 1);
        } else if (name == "--timeout") {
            arguments.timeout = parseInt(name, take(), 1);
        } else if (name == "--max-memory") {
            arguments.maxMemory = parseSize(name, take());
        } else if (name == "--max-size") {
            arguments.limits.maxSize = parseSize(name, take());
        } else if (name == "--max-ratio") {
            arguments.limits.maxRatio = parseInt(name, take(), 2);
        } else if (name == "--shard") {
            const std::string shard = take();
            const auto slash = shard.find('/');
            if (slash == std::string::npos)
                throw UsageError("--shard: \"" + shard + "\" is not K/N");
            arguments.shardIndex = parseInt("--shard", shard.substr(0, slash), 1);
            arguments.shardCount = parseInt("--shard", shard.substr(slash + 1), 1);
            if (arguments.shardIndex > arguments.shardCount)
                throw UsageError("--shard: K must be between 1 and N");
        } else if (name == "--extension") {
            arguments.extension = take();
        } else if (name == "--cache-dir") {
            arguments.cacheDir = take();
        } else if (name == "--quiet" || name == "-q") {
            arguments.quiet = true;
        } else if (name == "--load-only") {
            arguments.loadOnly = true;
        } else if (name == "--output-dir") {
            arguments.outputDir = take();
        } else if (name == "--in-place") {
            arguments.inPlace = true;
        } else if (name == "--backup-suffix") {
            arguments.backupSuffix = take();
            if (arguments.backupSuffix.empty())
                throw UsageError("--backup-suffix must not be empty: --in-place always keeps a backup");
        } else if (name == "--rules") {
            for (const auto& rule : splitList(take())) {
                if (!gw::findRule(rule))
                    throw UsageError("--rules: unknown rule \"" + rule + "\"");
                arguments.rules.push_back(std::string(gw::findRule(rule)->info().code));
            }
        } else {
            throw UsageError("unknown option " + name);
        }
    }
    if (arguments.command == "fix") {
        if (arguments.inPlace == !arguments.outputDir.empty())
            throw UsageError("fix needs exactly one of --output-dir DIR and --in-place");
    } else if (arguments.inPlace || !arguments.outputDir.empty() || !arguments.rules.empty()) {
        throw UsageError("--in-place, --output-dir and --rules belong to gwcheck fix");
    }
    if (arguments.paths.empty() && arguments.command != "rules")
        throw UsageError(arguments.command == "merge" ? "no report to merge" : "no document or folder given");
    return arguments;
}

fs::path findExtension(const Arguments& arguments)
{
    std::vector<fs::path> candidates;
    if (!arguments.extension.empty())
        return arguments.extension;
    if (const char* fromEnvironment = std::getenv("GWCHECK_OXT"); fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        candidates.push_back(self.parent_path().parent_path() / "share/gwcheck/gwcheck.oxt");
    candidates.push_back(fs::path(GWCHECK_INSTALL_PREFIX) / "share/gwcheck/gwcheck.oxt");
    candidates.push_back(GWCHECK_BUILD_OXT);
    for (const auto& candidate : candidates)
        if (fs::is_regular_file(candidate, error))
            return candidate;
    throw std::runtime_error("gwcheck.oxt not found (looked at " + candidates.front().string() + ", " +
                             candidates.back().string() +
                             "); build it (cmake --build BUILD --target gwcheck_oxt), or pass --extension");
}

fs::path cacheDirectory(const Arguments& arguments)
{
    if (!arguments.cacheDir.empty())
        return fs::absolute(arguments.cacheDir);
    if (const char* value = std::getenv("GWCHECK_CACHE_DIR"); value && *value)
        return fs::absolute(value);
    if (const char* value = std::getenv("XDG_CACHE_HOME"); value && *value)
        return fs::path(value) / "gwcheck";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : "/tmp") / ".cache" / "gwcheck";
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path.string() + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Signals are waited for by one thread (every other thread has them blocked), which kills the
// soffice children at once; the main thread then leaves without writing a report.
sigset_t stopSignals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    return signals;
}

void startSignalThread()
{
    std::thread([] {
        const sigset_t signals = stopSignals();
        for (int count = 0;; ++count) {
            int signal = 0;
            if (sigwait(&signals, &signal) != 0)
                continue;
            interrupted = true;
            killAllRegistered();
            if (count > 0) { // asked twice: do not wait for anything
                std::fputs("\ngwcheck: interrupted\n", stderr);
                std::_Exit(exitInterrupted);
            }
        }
    }).detach();
}

int exitCodeOf(const Report& report, bool skipUnreadable)
{
    const auto totals = report.totals();
    if (totals.failed > 0 && !skipUnreadable)
        return exitError;
    return totals.gating > 0 ? exitFindings : exitClean;
}

// The output stream of the run: standard output, or a temporary file renamed at the end.
class Output {
public:
    explicit Output(std::string path) : path_(std::move(path))
    {
        if (!path_.empty()) {
            const fs::path target(path_);
            temporary_ = (target.parent_path() / ("." + target.filename().string() + ".gwcheck-tmp")).string();
            file_.open(temporary_, std::ios::binary | std::ios::trunc);
            if (!file_)
                throw UsageError("--output: cannot write " + path_);
        }
    }
    ~Output() { discard(); }
    std::ostream& stream() { return path_.empty() ? std::cout : file_; }
    void commit()
    {
        stream().flush();
        if (path_.empty())
            return;
        file_.close();
        if (!file_)
            throw std::runtime_error("cannot write " + temporary_);
        fs::rename(temporary_, path_);
        temporary_.clear();
    }
    void discard()
    {
        if (!temporary_.empty()) {
            file_.close();
            std::error_code ignored;
            fs::remove(temporary_, ignored);
            temporary_.clear();
        }
    }

private:
    std::string path_;
    std::string temporary_;
    std::ofstream file_;
};

int runRules(const Arguments& arguments)
{
    Report empty;
    empty.language = arguments.language;
    empty.failOn = arguments.failOn;
    if (arguments.format == Format::Json) {
        nlohmann::json rules = nlohmann::json::parse(render(empty, Format::Json))["rules"];
        std::cout << rules.dump(2) << "\n";
        return exitClean;
    }
    const bool english = arguments.language == "en-US";
    for (const auto& rule : gw::allRules()) {
        const auto& info = rule->info();
        const char* kinds[] = {"N", "A", "C"};
        std::cout << info.code << "  " << info.slug << "  " << gw::severityName(info.severity) << "  fix "
                  << kinds[static_cast<int>(info.fixKind)] << "  " << (english ? info.titleEn : info.titleZh)
                  << (info.norm.empty() ? "" : "  (" + std::string(info.norm) + ")") << "\n";
    }
    return exitClean;
}

int runMerge(const Arguments& arguments)
{
    Report report;
    report.failOn = arguments.failOn;
    for (const auto& path : arguments.paths)
        readReport(readText(path), path, report);
    if (report.language.empty()) // the messages are in the language the shards ran with
        report.language = arguments.language;
    Output output(arguments.output);
    output.stream() << render(report, arguments.format);
    output.commit();
    return exitCodeOf(report, arguments.skipUnreadable);
}

// The configuration text passed to the service for each document; every file is validated
// first so that a wrong key stops the run before anything starts.
void resolveConfigurations(const Arguments& arguments, std::vector<InputDocument>& documents)
{
    ConfigLocator locator(arguments.config);
    std::map<fs::path, std::string> effective;
    for (auto& document : documents) {
        const fs::path source = locator.locate(document.file);
        auto known = effective.find(source);
        if (known == effective.end()) {
            gw::Config config;
            if (!source.empty()) {
                try {
                    config = gw::parseConfig(readText(source));
                } catch (const gw::ConfigError& error) {
                    throw UsageError(source.string() + ": " + error.what());
                }
            }
            if (arguments.profile)
                config.profile = *arguments.profile;
            known = effective.emplace(source, gw::configToJson(config)).first;
        }
        document.config = known->second;
        document.configSource = source.string();
    }
}

// Puts a fixed document where it belongs once soffice has saved it next to its target: with
// --in-place the original is kept as FILE.bak first; with --output-dir unchanged documents are
// copied too, so that the folder is complete.
void settleFix(const Arguments& arguments, const PoolJob& job, DocumentResult& result)
{
    std::error_code error;
    const fs::path saved = result.savedTo;
    if (!saved.empty()) {
        if (arguments.inPlace) {
            const fs::path backup = job.check.file.string() + arguments.backupSuffix;
            fs::copy_file(job.check.file, backup, fs::copy_options::overwrite_existing, error);
        }
        if (!error)
            fs::rename(saved, job.target, error);
        if (error) {
            std::error_code ignored;
            fs::remove(saved, ignored);
            result.failure = Failure::Io;
            result.error = "cannot save the fixed document: " + error.message();
            result.savedTo.clear();
            return;
        }
        result.savedTo = job.target.generic_string();
    } else if (!arguments.inPlace) {
        fs::copy_file(job.check.file, job.target, fs::copy_options::overwrite_existing, error);
        if (error) {
            result.failure = Failure::Io;
            result.error = "cannot copy to " + job.target.string() + ": " + error.message();
        }
    }
}

int runDocuments(const Arguments& arguments)
{
    if (!arguments.config.empty() && !fs::is_regular_file(arguments.config))
        throw UsageError("--config: " + arguments.config + ": no such file");
    // "-" reads more paths from standard input, one per line (git diff --name-only | gwcheck check -).
    std::vector<std::string> paths;
    for (const auto& path : arguments.paths) {
        if (path != "-") {
            paths.push_back(path);
            continue;
        }
        std::string line;
        while (std::getline(std::cin, line))
            if (!line.empty())
                paths.push_back(line);
    }
    std::vector<InputDocument> documents = collectInputs(paths, arguments.inputs);
    if (arguments.shardCount > 0) {
        std::vector<InputDocument> mine;
        for (auto& document : documents)
            if (shardOf(document.displayPath, arguments.shardCount) == arguments.shardIndex)
                mine.push_back(std::move(document));
        documents = std::move(mine);
    }
    // Refused documents get their result now; soffice never sees them.
    std::vector<DocumentResult> refused;
    std::vector<InputDocument> accepted;
    for (auto& document : documents) {
        preflight(document, arguments.limits);
        if (document.refused == Failure::None) {
            accepted.push_back(std::move(document));
            continue;
        }
        DocumentResult result;
        result.path = document.displayPath;
        result.failure = document.refused;
        result.error = document.refusal;
        // Said at once, before soffice starts, whatever the format (the report has it too).
        if (!arguments.quiet)
            std::cerr << "gwcheck: " << result.path << ": " << result.error << " (" << failureName(result.failure)
                      << ", not checked)\n";
        refused.push_back(std::move(result));
    }
    documents = std::move(accepted);
    resolveConfigurations(arguments, documents);
    const bool fixing = arguments.command == "fix";

    std::vector<PoolJob> jobs;
    for (const auto& document : documents) {
        PoolJob job;
        job.check = {document.file, document.displayPath, arguments.language, document.config};
        if (fixing) {
            job.fix = true;
            job.rules = arguments.rules;
            job.target = arguments.inPlace ? document.file : fs::path(arguments.outputDir) / document.relative;
            std::error_code error;
            if (!arguments.inPlace && fs::exists(job.target, error) && fs::equivalent(job.target, document.file, error))
                throw UsageError(document.displayPath + ": --output-dir would overwrite the input; use --in-place");
            fs::create_directories(fs::absolute(job.target).parent_path());
        }
        jobs.push_back(std::move(job));
    }

    Report report;
    report.command = arguments.command;
    report.language = arguments.language;
    report.failOn = arguments.failOn;
    Output output(arguments.output);
    const bool streaming = arguments.format == Format::Jsonl;
    for (auto& result : refused) {
        if (streaming)
            output.stream() << jsonlDocumentLine(result) << std::endl;
        report.documents.push_back(std::move(result));
    }
    auto finish = [&]() {
        if (streaming)
            output.stream() << jsonlSummaryLine(report) << "\n";
        else
            output.stream() << render(report, arguments.format);
        output.commit();
        if (!arguments.output.empty() || arguments.format != Format::Text) {
            const auto totals = report.totals();
            if (!arguments.quiet)
                std::cerr << "gwcheck: " << totals.documents << " documents, " << totals.failed << " not checked, "
                          << totals.findings << " findings\n";
        }
        return exitCodeOf(report, arguments.skipUnreadable);
    };
    if (jobs.empty()) {
        if (report.documents.empty()) {
            std::cerr << "gwcheck: no documents to check\n";
            output.stream() << render(report, arguments.format);
            output.commit();
            return exitClean;
        }
        return finish();
    }

    // Profiles: one per worker, the extension installed into each (in parallel; cached).
    setLoadOnly(arguments.loadOnly);
    const fs::path oxt = findExtension(arguments);
    const std::string oxtHash = contentHash(oxt);
    const fs::path cache = cacheDirectory(arguments);
    const int workers = std::min<int>(arguments.jobs, static_cast<int>(jobs.size()));
    std::vector<Profile> profiles;
    for (int i = 0; i < workers; ++i)
        profiles.push_back(Profile::acquire(cache));
    std::vector<std::string> setupErrors(profiles.size());
    {
        std::vector<std::thread> setups;
        for (std::size_t i = 0; i < profiles.size(); ++i)
            setups.emplace_back([&, i] {
                try {
                    profiles[i].ensureExtension(oxt, oxtHash);
                } catch (const std::exception& error) {
                    setupErrors[i] = error.what();
                }
            });
        for (auto& setup : setups)
            setup.join();
    }
    if (interrupted)
        return exitInterrupted;
    for (const auto& error : setupErrors)
        if (!error.empty())
            throw std::runtime_error(error);
    fs::path types = profiles.front().installedTypes();
    if (types.empty())
        types = oxt.parent_path() / "gwcheck.rdb";
    bootstrapUno(types);

    Progress progress(jobs.size(), !arguments.quiet);
    PoolOptions options;
    options.timeout = std::chrono::seconds(arguments.timeout);
    options.maxMemory = arguments.maxMemory;
    runPool(profiles, jobs, options, [&](std::size_t index, DocumentResult result) {
        if (fixing && !result.failed())
            settleFix(arguments, jobs[index], result);
        progress.documentDone(result.path, result.failed());
        if (streaming)
            output.stream() << jsonlDocumentLine(result) << std::endl;
        report.documents.push_back(std::move(result));
    });
    progress.finish();
    if (interrupted) {
        output.discard();
        std::cerr << "gwcheck: interrupted; no report written\n";
        return exitInterrupted;
    }
    return finish();
}

} // namespace
} // namespace gwcli

int main(int argc, char** argv)
{
    using namespace gwcli;
    // Before any thread exists, so that all of them inherit the mask.
    const sigset_t signals = stopSignals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    int code = exitError;
    try {
        if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
                          std::strcmp(argv[1], "help") == 0)) {
            std::cout << usageText;
            return exitClean;
        }
        if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
            std::cout << "gwcheck " << GWCHECK_VERSION << "\n";
            return exitClean;
        }
        const Arguments arguments = parseArguments(argc, argv);
        startSignalThread();
        if (arguments.command == "rules")
            code = runRules(arguments);
        else if (arguments.command == "merge")
            code = runMerge(arguments);
        else
            code = runDocuments(arguments);
    } catch (const UsageError& error) {
        std::cerr << "gwcheck: " << error.what() << "\n(gwcheck --help for usage)\n";
        code = exitError;
    } catch (const std::exception& error) {
        std::cerr << "gwcheck: " << error.what() << "\n";
        code = interrupted ? exitInterrupted : exitError;
    }
    killAllRegistered();
    std::cout.flush();
    std::fflush(nullptr);
    // The UNO runtime's static teardown with remote bridges gone is not worth the risk.
    std::_Exit(code);
}
