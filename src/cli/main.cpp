// gwcheck: checks (and fixes) Chinese official documents in batch with headless LibreOffice.
// See docs/cli.md for usage, formats and exit codes.

#include "daemon.hpp"
#include "inputs.hpp"
#include "office.hpp"
#include "pool.hpp"
#include "process.hpp"
#include "progress.hpp"
#include "report.hpp"

#include "catalogue.hpp"
#include "config.hpp"
#include "rule.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace gwcli {
namespace {

constexpr int exitClean = 0, exitFindings = 1, exitError = 2, exitInterrupted = 130;

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
    bool verbose = false;
    bool loadOnly = false; // bench: the floor (load and close only)
    bool noDaemon = false;
    std::string daemonAction; // start | stop | status | run
    int idleTimeout = 900;
    int readyFd = -1;         // daemon run: where to say that it is ready (set by daemon start)
    std::string outputDir;
    bool inPlace = false;
    std::string backupSuffix = ".bak";
    std::vector<std::string> rules;
    bool layout = false; // fix --layout: 公文排版 instead of the safe fixes
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

// A value that must be one of `choices`; CLI11 puts the option's name in front of the message.
CLI::Validator oneOf(std::vector<std::string> choices)
{
    std::string list;
    for (const auto& choice : choices)
        list += (list.empty() ? "" : ", ") + choice;
    std::string shown;
    for (const auto& choice : choices)
        shown += (shown.empty() ? "" : "|") + choice;
    return CLI::Validator(
        [choices, list](std::string& value) {
            return std::find(choices.begin(), choices.end(), value) != choices.end()
                       ? std::string()
                       : "\"" + value + "\" is not one of " + list;
        },
        shown);
}

// Options whose value is converted by a function of ours that throws UsageError naming the
// option (sizes, rule codes, K/N): the conversion runs while CLI11 parses.
CLI::Option* addConverted(CLI::App* app, const std::string& names, const std::string& description,
                          std::function<void(const std::string&)> convert, const std::string& typeName)
{
    return app->add_option_function<std::string>(names, std::move(convert), description)->type_name(typeName);
}

CLI::Option* addWholeNumber(CLI::App* app, const std::string& names, int& target, int minimum,
                            const std::string& description)
{
    const std::string option = names.substr(names.rfind(',') + 1);
    return addConverted(app, names, description,
                        [&target, option, minimum](const std::string& value) {
                            target = parseInt(option, value, minimum);
                        },
                        "N");
}

void addDocumentOptions(CLI::App* command, Arguments& arguments)
{
    command->add_option("paths", arguments.paths, "documents and folders (\"-\": read paths from standard input)")
        ->type_name("PATH");
    addConverted(command, "--format", "text (default), json, jsonl, sarif, junit, html",
                 [&](const std::string& value) { parseFormat(value, arguments.format); }, "FORMAT")
        ->check(oneOf({"text", "json", "jsonl", "sarif", "junit", "html"}));
    command->add_option("-o,--output", arguments.output, "write the report to FILE (atomically) instead of standard output")
        ->type_name("FILE");
    command->add_option("--fail-on", arguments.failOn, "error (default), warning, info or none: findings at or above it exit 1")
        ->type_name("LEVEL")
        ->check(oneOf({"error", "warning", "info", "none"}));
    command->add_flag("--skip-unreadable", arguments.skipUnreadable,
                      "documents that cannot be checked do not make the exit code 2");
    command->add_option("--config", arguments.config,
                        "gwcheck.json to use (default: the nearest gwcheck.json in the document's folder or a parent folder)")
        ->type_name("FILE");
    addConverted(command, "--profile", "report or formal (overrides the configuration's profile)",
                 [&](const std::string& value) {
                     arguments.profile = value == "report" ? gw::Profile::Report : gw::Profile::Formal;
                 },
                 "NAME")
        ->check(oneOf({"report", "formal"}));
    command->add_option("--lang", arguments.language,
                        "zh-CN or en-US for messages (default from LANG: en-US when it starts with en)")
        ->type_name("LANG")
        ->check(oneOf({"zh-CN", "en-US"}));
    command->add_option("--include", arguments.inputs.includes, "only files matching GLOB in folders (repeatable)")
        ->type_name("GLOB")
        ->allow_extra_args(false);
    command->add_option("--exclude", arguments.inputs.excludes, "skip files and folders matching GLOB (repeatable)")
        ->type_name("GLOB")
        ->allow_extra_args(false);
    addWholeNumber(command, "-j,--jobs", arguments.jobs, 1, "soffice workers in parallel (default: number of cores)");
    addWholeNumber(command, "--timeout", arguments.timeout, 1,
                   "per document (default 120); the worker is restarted, the file reported")
        ->type_name("SECONDS");
    addConverted(command, "--max-memory",
                 "resident memory of a soffice worker while it checks a document (default 2G; K, M, G); above it "
                 "the worker is restarted, the file reported",
                 [&](const std::string& value) { arguments.maxMemory = parseSize("--max-memory", value); }, "SIZE");
    addConverted(command, "--max-size",
                 "refuse, without opening it, a document larger than SIZE, or a zip-based one (.docx .odt …) whose "
                 "parts inflate to more (default 100M; K, M, G suffixes)",
                 [&](const std::string& value) { arguments.limits.maxSize = parseSize("--max-size", value); }, "SIZE");
    addConverted(command, "--max-ratio",
                 "refuse a zip-based document with a part above 1 MiB that inflates more than N times its compressed "
                 "size (default 200)",
                 [&](const std::string& value) { arguments.limits.maxRatio = parseInt("--max-ratio", value, 2); },
                 "N");
    addConverted(command, "--shard", "only the K-th of N stable parts of the documents (1 <= K <= N)",
                 [&](const std::string& shard) {
                     const auto slash = shard.find('/');
                     if (slash == std::string::npos)
                         throw UsageError("--shard: \"" + shard + "\" is not K/N");
                     arguments.shardIndex = parseInt("--shard", shard.substr(0, slash), 1);
                     arguments.shardCount = parseInt("--shard", shard.substr(slash + 1), 1);
                     if (arguments.shardIndex > arguments.shardCount)
                         throw UsageError("--shard: K must be between 1 and N");
                 },
                 "K/N");
    command->add_option("--extension", arguments.extension,
                        "the gwcheck.oxt to install (default: $GWCHECK_OXT, then the built one)")
        ->type_name("OXT");
    command->add_option("--cache-dir", arguments.cacheDir,
                        "where the private LibreOffice profiles live ($GWCHECK_CACHE_DIR, default ~/.cache/gwcheck)")
        ->type_name("DIR");
    command->add_flag("-q,--quiet", arguments.quiet, "no progress output");
    command->add_flag("--verbose", arguments.verbose,
                      "for every document a line on stderr: how it was opened and how long it took");
    command->add_flag("--load-only", arguments.loadOnly,
                      "only load and close the documents (the benchmark's floor; no findings)");
    command->add_flag("--no-daemon", arguments.noDaemon,
                      "do not use a running `gwcheck daemon`: start soffice for this run");
}

void addDaemonCommand(CLI::App& app, Arguments& arguments)
{
    auto* daemon = app.add_subcommand("daemon", "a warm soffice worker that later checks of a few documents use");
    daemon->require_subcommand(1);
    daemon->footer("exit status: start 0 started, 1 one runs already, 2 it could not start; status 0 running,\n"
                   "3 not running; stop 0 none is left running, 2 it did not stop. See docs/cli.md, \"Warm daemon\".");
    for (const auto& [name, description] :
         std::vector<std::pair<std::string, std::string>>{
             {"start", "start the daemon in the background (exit 1: one is running already)"},
             {"stop", "ask the daemon to exit, then kill it"},
             {"status", "say whether it runs, since when and what it did (exit 3: not running)"},
             {"run", "be the daemon, in the foreground (for a service manager)"}})
        daemon->add_subcommand(name, description)->fallthrough()->callback([&arguments, name = name] {
            arguments.daemonAction = name;
        });
    daemon->add_option("--cache-dir", arguments.cacheDir,
                       "the profiles' cache; one daemon per cache ($GWCHECK_CACHE_DIR, default ~/.cache/gwcheck)")
        ->type_name("DIR");
    daemon->add_option("--extension", arguments.extension, "the gwcheck.oxt to install (as for check)")
        ->type_name("OXT");
    addWholeNumber(daemon, "--idle-timeout", arguments.idleTimeout, 1,
                   "exit after this long without a check (default 900)")
        ->type_name("SECONDS");
    addWholeNumber(daemon, "--timeout", arguments.timeout, 1,
                   "at most this per document, whatever a check asks for (default 120)")
        ->type_name("SECONDS");
    addConverted(daemon, "--max-memory", "at most this for the worker, whatever a check asks for (default 2G)",
                 [&](const std::string& value) { arguments.maxMemory = parseSize("--max-memory", value); }, "SIZE");
    daemon->add_option("--ready-fd", arguments.readyFd)->group(""); // set by `daemon start`
}

void addFixOptions(CLI::App* fix, Arguments& arguments)
{
    fix->add_option("--output-dir", arguments.outputDir,
                    "write fixed copies there (same folder layout); inputs stay as they are")
        ->type_name("DIR");
    fix->add_flag("--in-place", arguments.inPlace, "replace the documents, keeping a backup (FILE.bak; --backup-suffix S)");
    addConverted(fix, "--backup-suffix", "the backup's suffix with --in-place (default .bak)",
                 [&](const std::string& suffix) {
                     if (suffix.empty())
                         throw UsageError("--backup-suffix must not be empty: --in-place always keeps a backup");
                     arguments.backupSuffix = suffix;
                 },
                 "S");
    addConverted(fix, "--rules",
                 "comma-separated rule codes or slugs: apply their fixes (also confirm-kind) instead of every safe fix",
                 [&](const std::string& list) {
                     for (const auto& rule : splitList(list)) {
                         const auto* found = gw::findRule(rule);
                         if (!found)
                             throw UsageError("--rules: unknown rule \"" + rule + "\"");
                         arguments.rules.push_back(std::string(found->info().code));
                     }
                 },
                 "CODES");
    fix->add_flag("--layout", arguments.layout,
                  "公文排版: format the documents as GB/T 9704 wants them (page, margins, grid, page numbers, fonts, "
                  "colours) and nothing else; the text stays as it is");
}

const char* footerText = R"(Every path named gets a result: one that is missing, loops, is not a regular file, cannot be read
or exceeds the limits is reported as not checked (its kind says why) and the others go on.

exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, configuration
or document errors (a document or path that could not be checked), 130 interrupted.)";

// Parses the command line; throws UsageError (or CLI11's ParseError) on a usage error and
// returns std::nullopt when it printed help or the version.
std::optional<Arguments> parseArguments(int argc, char** argv)
{
    Arguments arguments;
    arguments.language = defaultLanguage();
    arguments.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

    CLI::App app("usage: gwcheck check [options] PATH...          (PATH \"-\": read paths from standard input)\n"
                 "       gwcheck fix [options] (--output-dir DIR | --in-place) PATH...\n"
                 "       gwcheck merge [options] REPORT...      (json or jsonl reports of shards)\n"
                 "       gwcheck rules [--format text|json]\n"
                 "       gwcheck daemon start|stop|status [options]\n"
                 "       gwcheck --version | --help\n\n"
                 "Checks the structure of Chinese official documents (.docx .docm .doc .odt .fodt .wps .rtf .txt;\n"
                 "folders are searched recursively) with a headless LibreOffice and the gwcheck extension.",
                 "gwcheck");
    app.footer(footerText);
    app.require_subcommand(1);
    auto* check = app.add_subcommand("check", "check documents and folders");
    addDocumentOptions(check, arguments);
    auto* fix = app.add_subcommand("fix", "apply safe fixes: gwcheck fix [options] (--output-dir DIR | --in-place) PATH...");
    addDocumentOptions(fix, arguments);
    addFixOptions(fix, arguments);
    auto* merge = app.add_subcommand("merge", "combine json or jsonl reports of shards into one report");
    merge->add_option("reports", arguments.paths, "json or jsonl reports")->type_name("REPORT");
    addConverted(merge, "--format", "text (default), json, jsonl, sarif, junit, html",
                 [&](const std::string& value) { parseFormat(value, arguments.format); }, "FORMAT")
        ->check(oneOf({"text", "json", "jsonl", "sarif", "junit", "html"}));
    merge->add_option("-o,--output", arguments.output, "write the report to FILE (atomically)")->type_name("FILE");
    merge->add_option("--fail-on", arguments.failOn, "error (default), warning, info or none")
        ->type_name("LEVEL")
        ->check(oneOf({"error", "warning", "info", "none"}));
    merge->add_flag("--skip-unreadable", arguments.skipUnreadable,
                    "documents that could not be checked do not make the exit code 2");
    merge->add_option("--lang", arguments.language, "zh-CN or en-US, when the reports do not say")
        ->type_name("LANG")
        ->check(oneOf({"zh-CN", "en-US"}));
    merge->add_flag("-q,--quiet", arguments.quiet, "no progress output");
    addDaemonCommand(app, arguments);
    auto* rules = app.add_subcommand("rules", "print the rule catalogue");
    addConverted(rules, "--format", "text (default) or json",
                 [&](const std::string& value) { parseFormat(value, arguments.format); }, "FORMAT")
        ->check(oneOf({"text", "json"}));
    rules->add_option("--lang", arguments.language, "zh-CN or en-US for the titles")
        ->type_name("LANG")
        ->check(oneOf({"zh-CN", "en-US"}));
    // `gwcheck --help` shows every command with its options, as one page.
    app.set_help_flag();
    app.set_help_all_flag("-h,--help", "print this help and exit");
    app.set_version_flag("--version", std::string("gwcheck ") + GWCHECK_VERSION);

    // Everything after the first "--" is a path (CLI11 2.1 hands such arguments back to the
    // parent command once a positional has a value, so they are split off here).
    std::vector<std::string> words;
    std::vector<std::string> afterSeparator;
    for (int i = 1; i < argc; ++i) {
        if (i > 1 && std::strcmp(argv[i], "--") == 0) {
            afterSeparator.assign(argv + i + 1, argv + argc);
            break;
        }
        words.emplace_back(argv[i]);
    }
    if (words.empty())
        throw UsageError("no command given");
    if (words.front().empty() || words.front()[0] != '-') {
        static const std::set<std::string> commands{"check", "fix", "merge", "rules", "daemon", "help"};
        if (!commands.count(words.front()))
            throw UsageError("unknown command \"" + words.front() + "\"");
    }
    if (words.front() == "help")
        words.front() = "--help";
    std::reverse(words.begin(), words.end()); // CLI11 takes the arguments last first
    try {
        app.parse(words);
    } catch (const CLI::CallForAllHelp&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return std::nullopt;
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help(); // the command's own help
        return std::nullopt;
    } catch (const CLI::CallForVersion&) {
        std::cout << "gwcheck " << GWCHECK_VERSION << "\n";
        return std::nullopt;
    }
    arguments.command = app.get_subcommands().front()->get_name();
    arguments.paths.insert(arguments.paths.end(), afterSeparator.begin(), afterSeparator.end());
    if (arguments.command == "fix" && arguments.inPlace == !arguments.outputDir.empty())
        throw UsageError("fix needs exactly one of --output-dir DIR and --in-place");
    if (arguments.layout && !arguments.rules.empty())
        throw UsageError("--layout applies the layout fixes only: it takes no --rules");
    if (arguments.paths.empty() && arguments.command != "rules" && arguments.command != "daemon")
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

// The extension's content hash, remembered in the cache with the file's size and modification
// time: hashing the 10 MB .oxt is a good part of a check through the daemon otherwise.
std::string extensionHash(const fs::path& oxt, const fs::path& cache)
{
    std::error_code error;
    const fs::path file = fs::absolute(oxt);
    const auto size = fs::file_size(file, error);
    const auto modified = fs::last_write_time(file, error).time_since_epoch().count();
    if (error)
        return contentHash(oxt); // it says what is wrong with the file
    const std::string key = std::to_string(size) + " " + std::to_string(modified) + " " + file.string();
    const fs::path remembered = cache / "extension.hash";
    std::ifstream in(remembered);
    std::string storedKey, hash;
    if (std::getline(in, storedKey) && std::getline(in, hash) && storedKey == key && !hash.empty())
        return hash;
    hash = contentHash(oxt);
    // Written aside and renamed, so that parallel runs never read half of it.
    const fs::path temporary = remembered.string() + "." + std::to_string(::getpid());
    fs::create_directories(cache, error);
    std::ofstream(temporary) << key << "\n" << hash << "\n";
    fs::rename(temporary, remembered, error);
    return hash;
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
    if (arguments.format == Format::Json) {
        std::cout << gw::ruleCatalogue().dump(2) << "\n";
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
    render(report, arguments.format, output.stream());
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

// Seconds since gwcheck started, for --verbose's timestamps (the benchmark reads them).
const auto programStart = std::chrono::steady_clock::now();

std::string secondsText(double seconds)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", seconds);
    return text;
}

std::string sinceStart()
{
    return "+" + secondsText(std::chrono::duration<double>(std::chrono::steady_clock::now() - programStart).count()) +
           " s";
}

// --verbose's line for a finished document: how soffice opened it and how long it took.
void sayVerbose(const DocumentResult& result, bool viaDaemon)
{
    notice(result.path + ": " + (result.loadPath.empty() ? std::string("not opened") : result.loadPath) + ", " +
           secondsText(result.seconds) + " s" + (viaDaemon ? ", via daemon" : ""));
}

// Whether a running daemon should check these documents. Its one warm worker saves soffice's
// start but checks one document at a time: N documents of t seconds each take N·t on it and
// start + N·t/J on J cold workers. Measured here (bench/daemon_bench.py, bench/batch_bench.py):
// a start costs about 1 s (5 s before the render tests were skipped), a one-page document
// 0.05 s, a 5–50 page one 0.04–0.1 s; up to 16 documents the daemon stays faster than two cold
// workers for documents under about 0.12 s, which covers the short runs it is for. With
// --jobs 1 the pool has nothing to gain from starting its own worker.
constexpr std::size_t daemonBatchLimit = 16;

bool useDaemon(const Arguments& arguments, std::size_t documents)
{
    return !arguments.noDaemon && !arguments.loadOnly && (documents <= daemonBatchLimit || arguments.jobs == 1);
}

int runDaemonCommand(const Arguments& arguments)
{
    DaemonSettings settings;
    settings.cacheDir = cacheDirectory(arguments);
    settings.idleTimeout = std::chrono::seconds(arguments.idleTimeout);
    settings.timeout = std::chrono::seconds(arguments.timeout);
    settings.maxMemory = arguments.maxMemory;
    if (arguments.daemonAction == "stop")
        return daemonStop(settings.cacheDir);
    if (arguments.daemonAction == "status")
        return daemonStatus(settings.cacheDir);
    settings.extension = fs::absolute(findExtension(arguments));
    if (arguments.daemonAction == "start")
        return daemonStart(settings);
    return daemonRun(settings, arguments.readyFd);
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
        if (arguments.verbose)
            sayVerbose(result, false);
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
            job.layout = arguments.layout;
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
        report.add(std::move(result), !streaming);
    }
    auto finish = [&]() {
        if (streaming)
            output.stream() << jsonlSummaryLine(report) << "\n";
        else
            render(report, arguments.format, output.stream());
        output.commit();
        if (arguments.verbose)
            notice(sinceStart() + ": report written");
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
            render(report, arguments.format, output.stream());
            output.commit();
            return exitClean;
        }
        return finish();
    }

    setLoadOnly(arguments.loadOnly);
    const fs::path oxt = findExtension(arguments);
    const fs::path cache = cacheDirectory(arguments);
    const std::string oxtHash = extensionHash(oxt, cache);
    PoolOptions options;
    options.timeout = std::chrono::seconds(arguments.timeout);
    options.maxMemory = arguments.maxMemory;
    Progress progress(jobs.size(), !arguments.quiet);
    std::vector<bool> finished(jobs.size(), false);
    bool firstResult = true;
    auto deliver = [&](std::size_t index, DocumentResult result, bool viaDaemon) {
        if (arguments.verbose && firstResult) // the benchmark's breakdown: what came before the first result
            notice(sinceStart() + ": first result");
        firstResult = false;
        finished[index] = true;
        if (fixing && !result.failed())
            settleFix(arguments, jobs[index], result);
        progress.documentDone(result.path, result.failed());
        if (arguments.verbose)
            sayVerbose(result, viaDaemon);
        if (streaming)
            output.stream() << jsonlDocumentLine(result) << std::endl;
        report.add(std::move(result), !streaming);
    };

    if (useDaemon(arguments, jobs.size())) {
        if (arguments.verbose)
            notice(sinceStart() + ": asking the daemon");
        std::string why;
        const bool complete = runOnDaemon(
            cache, oxtHash, jobs, options,
            [&](std::size_t index, DocumentResult result) { deliver(index, std::move(result), true); }, why);
        if (!complete && arguments.verbose && !interrupted)
            notice("daemon: " + why + "; checking cold");
    }
    std::vector<PoolJob> rest;
    std::vector<std::size_t> restIndex;
    for (std::size_t index = 0; index < jobs.size(); ++index) {
        if (finished[index])
            continue;
        if (jobs[index].fix) { // a daemon that died while saving may have left its temporary file
            std::error_code ignored;
            fs::remove(fixTemporary(jobs[index].target), ignored);
        }
        rest.push_back(jobs[index]);
        restIndex.push_back(index);
    }

    std::optional<PoolShutdown> stopping;
    if (!rest.empty() && !interrupted) {
        // Profiles: one per worker, the extension installed into each (in parallel; cached).
        const int workers = std::min<int>(arguments.jobs, static_cast<int>(rest.size()));
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
        if (arguments.verbose)
            notice(sinceStart() + ": " + std::to_string(profiles.size()) + " profile(s) ready, extension up to date");
        for (const auto& error : setupErrors)
            if (!error.empty())
                throw std::runtime_error(error);
        fs::path types = profiles.front().installedTypes();
        if (types.empty())
            types = oxt.parent_path() / "gwcheck.rdb";
        bootstrapUno(types);
        // The report is written while the workers' soffice exit.
        stopping.emplace(runPool(profiles, rest, options, [&](std::size_t index, DocumentResult result) {
            deliver(restIndex[index], std::move(result), false);
        }));
    }
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
        const std::optional<Arguments> parsed = parseArguments(argc, argv);
        if (!parsed)
            return exitClean; // help or version
        const Arguments& arguments = *parsed;
        startSignalThread();
        if (arguments.command == "rules")
            code = runRules(arguments);
        else if (arguments.command == "merge")
            code = runMerge(arguments);
        else if (arguments.command == "daemon")
            code = runDaemonCommand(arguments);
        else
            code = runDocuments(arguments);
    } catch (const CLI::ParseError& error) {
        std::cerr << "gwcheck: " << error.what() << "\n(gwcheck --help for usage)\n";
        code = exitError;
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
