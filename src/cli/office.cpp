#include "office.hpp"

#include "process.hpp"
#include "utf8.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/XDesktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <org/gwcheck/FixResult.hpp>
#include <org/gwcheck/XDocumentChecker3.hpp>
#include <rtl/bootstrap.hxx>
#include <rtl/ustring.hxx>

#include <cerrno>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace gwcli {

using namespace css;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

const std::string programDir = GWCHECK_LO_PROGRAM_DIR;
bool loadOnlyMode = false;

// GWCHECK_LOAD_PATH=framed|frameless forces one way of opening documents (the benchmark's
// floors, the test that compares both); unset or anything else: frameless, framed on failure.
enum class LoadPathMode { Auto, Framed, Frameless };
LoadPathMode loadPathFromEnvironment()
{
    const char* value = std::getenv("GWCHECK_LOAD_PATH");
    const std::string mode = value ? value : "";
    return mode == "framed" ? LoadPathMode::Framed : mode == "frameless" ? LoadPathMode::Frameless : LoadPathMode::Auto;
}
const LoadPathMode loadPathMode = loadPathFromEnvironment();

rtl::OUString toOU(const std::string& text)
{
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

std::string toUtf8(const rtl::OUString& text)
{
    return std::string(rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr());
}

beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue result;
    result.Name = rtl::OUString::createFromAscii(name);
    result.Value = value;
    return result;
}

Sequence<beans::PropertyValue> toSequence(const std::vector<beans::PropertyValue>& values)
{
    Sequence<beans::PropertyValue> result(static_cast<sal_Int32>(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i)
        result[static_cast<sal_Int32>(i)] = values[i];
    return result;
}

uno::Reference<uno::XComponentContext>& localContext()
{
    static uno::Reference<uno::XComponentContext> context;
    return context;
}

std::string extensionOf(const fs::path& file)
{
    std::string ext = file.extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool isValidUtf8(const std::string& bytes)
{
    std::size_t i = 0;
    while (i < bytes.size()) {
        const unsigned char lead = static_cast<unsigned char>(bytes[i]);
        const std::size_t extra = lead < 0x80 ? 0 : (lead >> 5) == 6 ? 1 : (lead >> 4) == 14 ? 2 : (lead >> 3) == 30 ? 3 : 4;
        if (extra == 4)
            return false;
        // A sequence cut off by the read limit still counts as valid.
        for (std::size_t k = 1; k <= extra && i + k < bytes.size(); ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) >> 6) != 2)
                return false;
        i += extra + 1;
    }
    return true;
}

std::string readFile(const fs::path& file, std::size_t limit = std::string::npos)
{
    std::ifstream in(file, std::ios::binary);
    std::string bytes;
    if (limit == std::string::npos) {
        std::ostringstream all;
        all << in.rdbuf();
        return all.str();
    }
    bytes.resize(limit);
    in.read(bytes.data(), static_cast<std::streamsize>(limit));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Profiles

std::string fileUrl(const fs::path& path)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string url = "file://";
    for (unsigned char c : fs::absolute(path).lexically_normal().string()) {
        if (std::isalnum(c) || std::strchr("/-._~", c))
            url += static_cast<char>(c);
        else {
            url += '%';
            url += hex[c >> 4];
            url += hex[c & 15];
        }
    }
    return url;
}

std::string contentHash(const fs::path& file)
{
    const std::string bytes = readFile(file);
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

Profile Profile::acquire(const fs::path& cacheDir)
{
    fs::create_directories(cacheDir);
    for (int n = 0; n < 1000; ++n) {
        const fs::path dir = cacheDir / ("profile-" + std::to_string(n));
        const std::string lockName = dir.string() + ".lock";
        const int fd = ::open(lockName.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
        if (fd < 0)
            throw std::runtime_error("cannot create " + lockName + ": " + std::strerror(errno));
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            fs::create_directories(dir);
            return Profile(dir, fd);
        }
        ::close(fd);
    }
    throw std::runtime_error("no free profile in " + cacheDir.string());
}

Profile::Profile(Profile&& other) noexcept : dir_(std::move(other.dir_)), lockFd_(other.lockFd_)
{
    other.lockFd_ = -1;
}

Profile::~Profile()
{
    if (lockFd_ >= 0)
        ::close(lockFd_);
}

std::vector<std::string> Profile::envArguments() const
{
    const std::string base = fileUrl(dir_);
    return {"-env:UserInstallation=" + base, "-env:UNO_SHARED_PACKAGES_CACHE=" + base + "/shared",
            "-env:SHARED_EXTENSIONS_USER=" + base + "/shared_user"};
}

fs::path Profile::installedTypes() const
{
    std::error_code error;
    const fs::path shared = dir_ / "shared";
    if (!fs::exists(shared, error))
        return {};
    for (auto it = fs::recursive_directory_iterator(shared, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error))
        if (it->path().filename() == "gwcheck.rdb")
            return it->path();
    return {};
}

void Profile::ensureExtension(const fs::path& oxt, const std::string& oxtHash)
{
    const fs::path stamp = dir_ / "gwcheck-extension.stamp";
    if (readFile(stamp) == oxtHash && !installedTypes().empty())
        return;

    fs::remove(stamp);
    const auto env = envArguments();
    killLeftovers(env.front());
    fs::remove(dir_ / "user" / ".lock");
    auto settle = [&](const char* why) {
        std::vector<std::string> argv{programDir + "/soffice"};
        argv.insert(argv.end(), env.begin(), env.end());
        argv.insert(argv.end(), {"--headless", "--norestore", "--nologo", "--terminate_after_init"});
        const ProcessResult result = runProcess(argv, std::chrono::seconds(180));
        if (result.exitCode != 0)
            throw std::runtime_error(std::string("soffice could not ") + why + " the profile " + dir_.string() +
                                     " (exit " + std::to_string(result.exitCode) + "): " + result.output);
    };
    if (!fs::exists(dir_ / "user"))
        settle("initialise");

    std::vector<std::string> add{programDir + "/unopkg", "add", "--shared", "--force", "--suppress-license"};
    add.insert(add.end(), env.begin(), env.end());
    add.push_back(fs::absolute(oxt).string());
    const ProcessResult added = runProcess(add, std::chrono::seconds(300));
    if (added.exitCode != 0)
        throw std::runtime_error("unopkg could not install " + oxt.string() + " into " + dir_.string() + ": " +
                                 added.output);

    std::vector<std::string> list{programDir + "/unopkg", "list", "--shared"};
    list.insert(list.end(), env.begin(), env.end());
    const ProcessResult listed = runProcess(list, std::chrono::seconds(120));
    if (listed.output.find("is registered: no") != std::string::npos ||
        listed.output.find("is registered: yes") == std::string::npos)
        throw std::runtime_error("the gwcheck extension was installed into " + dir_.string() +
                                 " but LibreOffice did not register all of it:\n" + listed.output);
    // The first start after an extension change may restart soffice; let that happen here.
    settle("start with the extension in");

    std::ofstream(stamp) << oxtHash;
}

// ---------------------------------------------------------------------------------------------
// The client's UNO

void setLoadOnly(bool loadOnly) { loadOnlyMode = loadOnly; }

void bootstrapUno(const fs::path& gwcheckTypes)
{
    static std::once_flag once;
    std::call_once(once, [&] {
        rtl::Bootstrap::set("URE_MORE_TYPES",
                            toOU(fileUrl(programDir + "/types/offapi.rdb") + " " + fileUrl(gwcheckTypes)));
        rtl::Bootstrap::set("URE_MORE_SERVICES", rtl::OUString());
        localContext() = cppu::defaultBootstrap_InitialComponentContext(toOU(fileUrl(programDir + "/unorc")));
    });
}

// ---------------------------------------------------------------------------------------------
// Workers

struct OfficeWorker::Uno {
    Reference<uno::XComponentContext> context;
    Reference<lang::XMultiComponentFactory> factory;
    Reference<frame::XDesktop> desktop;
    Reference<org::gwcheck::XDocumentChecker3> checker;
};

namespace {

// LibreOffice runs its graphics render tests (seconds of CPU on 4096-pixel surfaces, measured
// with perf in every worker start) whenever the profile has not recorded the product version as
// seen; only a start that opens a window records it, so headless workers ran them every time.
// Recording the version once makes every later start of the profile skip them.
void recordProductVersion(const OfficeWorker::Uno& uno)
{
    const Reference<lang::XMultiServiceFactory> provider(
        uno.factory->createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", uno.context),
        UNO_QUERY_THROW);
    Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue("nodepath", uno::Any(rtl::OUString("/org.openoffice.Setup/Product")));
    const Reference<container::XNameAccess> product(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", arguments),
        UNO_QUERY_THROW);
    rtl::OUString version, seen;
    product->getByName("ooSetupVersion") >>= version;
    product->getByName("ooSetupLastVersion") >>= seen;
    if (version.isEmpty() || seen == version)
        return;
    Reference<container::XNameReplace>(product, UNO_QUERY_THROW)->replaceByName("ooSetupLastVersion", uno::Any(version));
    Reference<util::XChangesBatch>(product, UNO_QUERY_THROW)->commitChanges();
}

} // namespace

OfficeWorker::OfficeWorker(int index, Profile profile) : index_(index), profile_(std::move(profile)) {}

OfficeWorker::~OfficeWorker()
{
    try {
        stop();
    } catch (...) {
    }
}

bool OfficeWorker::running() const
{
    const pid_t pid = pid_.load();
    return pid > 0 && ::kill(pid, 0) == 0;
}

void OfficeWorker::kill()
{
    const pid_t pid = pid_.load();
    if (pid > 0) {
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
    }
}

void OfficeWorker::start(std::chrono::seconds startTimeout)
{
    stop();
    ++generation_;
    documentsSinceStart_ = 0;
    const std::string pipe =
        "gwcheck-" + std::to_string(::getpid()) + "-" + std::to_string(index_) + "-" + std::to_string(generation_);
    const auto env = profile_.envArguments();
    killLeftovers(env.front());
    fs::remove(profile_.dir() / "user" / ".lock");

    std::vector<std::string> argv{programDir + "/soffice"};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.insert(argv.end(), {"--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                             "--nolockcheck", "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"});
    const std::string log = (profile_.dir() / "soffice.log").string();
    fs::remove(log);
    // glibc's malloc grows its heaps by 32 MiB more than asked for: a document's import
    // allocates and frees in bursts, and each new page costs a fault, which two workers on this
    // kind of virtual machine pay in each other's way (README's Benchmarks: --jobs 2 ≈10 % faster,
    // a worker ≤32 MiB larger). A value the user set wins.
    pid_ = spawnProcess(argv, log, {"MALLOC_TOP_PAD_=33554432"});

    auto resolver = bridge::UnoUrlResolver::create(localContext());
    const auto deadline = std::chrono::steady_clock::now() + startTimeout;
    auto uno = std::make_unique<Uno>();
    for (;;) {
        try {
            uno->context.set(resolver->resolve(toOU("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")),
                             UNO_QUERY_THROW);
            break;
        } catch (const connection::NoConnectException&) {
        }
        if (waitForExit(pid_, std::chrono::milliseconds(0)) != -1) {
            pid_ = 0;
            throw std::runtime_error("soffice exited while starting (profile " + profile_.dir().string() +
                                     ", log " + log + ")");
        }
        if (std::chrono::steady_clock::now() > deadline) {
            killProcessGroup(pid_);
            pid_ = 0;
            throw std::runtime_error("soffice did not accept a connection within " +
                                     std::to_string(startTimeout.count()) + " s (profile " +
                                     profile_.dir().string() + ")");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    uno->factory = uno->context->getServiceManager();
    uno->desktop.set(uno->factory->createInstanceWithContext("com.sun.star.frame.Desktop", uno->context),
                     UNO_QUERY_THROW);
    try {
        recordProductVersion(*uno);
    } catch (const uno::Exception&) {
        // Only a saving of start-up time is lost.
    }
    uno->checker.set(uno->factory->createInstanceWithContext("org.gwcheck.DocumentChecker", uno->context), UNO_QUERY);
    if (!uno->checker.is()) {
        uno_.reset();
        kill();
        killProcessGroup(pid_);
        pid_ = 0;
        throw std::runtime_error("the gwcheck extension is not active in the profile " + profile_.dir().string() +
                                 ": org.gwcheck.DocumentChecker cannot be created");
    }
    uno_ = std::move(uno);
}

void OfficeWorker::stop()
{
    const pid_t pid = pid_.load();
    if (pid <= 0) {
        uno_.reset();
        return;
    }
    if (uno_) {
        try {
            if (uno_->desktop.is())
                uno_->desktop->terminate();
        } catch (const uno::Exception&) {
            // It is going away, which is what was asked for.
        }
        uno_.reset();
    }
    if (waitForExit(pid, std::chrono::seconds(10)) == -1)
        killProcessGroup(pid);
    else
        ::kill(-pid, SIGKILL);
    pid_ = 0;
}

namespace {

// Turns a UNO failure into WorkerLost when the bridge or soffice is gone.
[[noreturn]] void rethrowLost(const uno::RuntimeException& error, bool alive)
{
    throw WorkerLost(toUtf8(error.Message).empty() ? std::string(alive ? "bridge disposed" : "soffice died")
                                                   : toUtf8(error.Message));
}

// The service's compact records (XDocumentChecker3::checkRecords) appended to `out`.
void readFindings(const Sequence<sal_Int8>& bytes, std::vector<FindingRecord>& out)
{
    const std::string_view view(reinterpret_cast<const char*>(bytes.getConstArray()),
                                static_cast<std::size_t>(bytes.getLength()));
    if (!gw::readRecords(view, out))
        throw uno::Exception("the gwcheck extension answered in a form this gwcheck does not read (another version?)",
                             {});
}

struct LoadedDocument {
    Reference<lang::XComponent> component;
    std::string filter;
    std::string filterOptions;
    ~LoadedDocument()
    {
        if (!component.is())
            return;
        try {
            Reference<util::XCloseable> closeable(component, UNO_QUERY);
            if (closeable.is())
                closeable->close(true);
            else
                component->dispose();
        } catch (const uno::Exception&) {
            // A document that cannot close goes with its worker; nothing else to do.
        }
    }
};

} // namespace

// Opens `file` hidden (read-only for checks) or reports why it cannot be opened.
static bool openDocument(OfficeWorker::Uno&, const fs::path&, bool, LoadedDocument&, DocumentResult&);

DocumentResult OfficeWorker::check(const CheckRequest& request)
{
    DocumentResult result;
    result.path = request.displayPath;
    if (!uno_)
        throw WorkerLost("worker not started");
    ++documentsSinceStart_;
    try {
        LoadedDocument document;
        if (!openDocument(*uno_, loadableName(request.file), true, document, result))
            return result;
        if (loadOnlyMode)
            return result; // the benchmark's floor
        std::vector<beans::PropertyValue> options{property("Language", uno::Any(toOU(request.language)))};
        if (!request.config.empty())
            options.push_back(property("Config", uno::Any(toOU(request.config))));
        try {
            const auto started = std::chrono::steady_clock::now();
            readFindings(uno_->checker->checkRecords(document.component, toSequence(options)), result.findings);
            result.checkSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        } catch (const lang::IllegalArgumentException& error) {
            result.failure = Failure::Checker;
            result.error = toUtf8(error.Message);
        }
    } catch (const uno::RuntimeException& error) {
        rethrowLost(error, running());
    } catch (const uno::Exception& error) {
        result.failure = Failure::Checker;
        result.error = toUtf8(error.Message);
    }
    return result;
}

// LibreOffice reads a file URL's path as UTF-8: a name in another encoding (GBK names from a
// Windows zip) is not found. Such a file is opened through a link with a plain name in the
// worker's profile; the user's folder is not touched.
fs::path OfficeWorker::loadableName(const fs::path& file) const
{
    if (wellFormedUtf8(file.native()))
        return file;
    const fs::path work = profile_.dir() / "work";
    fs::create_directories(work);
    const fs::path link = work / ("linked" + file.extension().string());
    std::error_code ignored;
    fs::remove(link, ignored);
    fs::create_symlink(fs::absolute(file), link);
    return link;
}

DocumentResult OfficeWorker::fix(const FixRequest& request)
{
    DocumentResult result;
    result.path = request.check.displayPath;
    if (!uno_ || !uno_->checker.is())
        throw WorkerLost("worker not started");
    ++documentsSinceStart_;

    // Work on a copy: Writer keeps a lock file next to a document it may modify, and a failed
    // fix must leave the input exactly as it was.
    const fs::path work = profile_.dir() / "work";
    fs::create_directories(work);
    const fs::path copy = work / ("input" + request.check.file.extension().string());
    std::error_code ioError;
    fs::copy_file(request.check.file, copy, fs::copy_options::overwrite_existing, ioError);
    if (ioError) {
        result.failure = Failure::Io;
        result.error = "cannot read: " + ioError.message();
        return result;
    }
    try {
        LoadedDocument document;
        if (!openDocument(*uno_, copy, false, document, result))
            return result;
        std::vector<beans::PropertyValue> options{property("Language", uno::Any(toOU(request.check.language)))};
        if (!request.check.config.empty())
            options.push_back(property("Config", uno::Any(toOU(request.check.config))));
        const auto optionSequence = toSequence(options);
        try {
            std::vector<FindingRecord> before;
            readFindings(uno_->checker->checkRecords(document.component, optionSequence), before);
            Sequence<rtl::OUString> keys;
            bool wanted = true;
            if (!request.rules.empty()) {
                std::vector<rtl::OUString> chosen;
                for (const auto& finding : before)
                    for (const auto& rule : request.rules)
                        if ((finding.rule == rule || finding.slug == rule) && !finding.fixKind.empty())
                            chosen.push_back(toOU(finding.key));
                keys.realloc(static_cast<sal_Int32>(chosen.size()));
                for (std::size_t i = 0; i < chosen.size(); ++i)
                    keys[static_cast<sal_Int32>(i)] = chosen[i];
                wanted = !chosen.empty();
            }
            if (request.layout) {
                for (const beans::PropertyValue& count : uno_->checker->format(document.component, optionSequence))
                    if (count.Name == "edits")
                        count.Value >>= result.edits;
            } else if (wanted) {
                // The service says which findings it fixed: a finding whose paragraph another
                // fix changed gets a new key without being fixed, so a diff of keys would list it.
                const org::gwcheck::FixResult fixed = uno_->checker->fixFindings(document.component, keys, optionSequence);
                result.edits = fixed.Edits;
                const std::set<std::string> fixedKeys = [&] {
                    std::set<std::string> out;
                    for (const rtl::OUString& key : fixed.Keys)
                        out.insert(toUtf8(key));
                    return out;
                }();
                for (const auto& finding : before)
                    if (fixedKeys.count(finding.key))
                        result.fixed.push_back(finding);
            }
            // What is left, for the report.
            readFindings(uno_->checker->checkRecords(document.component, optionSequence), result.findings);
            if (request.layout) {
                // 公文排版 changes no text, so every key that survives it names the same finding:
                // the fixed ones are those whose keys are gone.
                std::set<std::string> left;
                for (const auto& finding : result.findings)
                    left.insert(finding.key);
                for (const auto& finding : before)
                    if (!left.count(finding.key))
                        result.fixed.push_back(finding);
            }
        } catch (const lang::IllegalArgumentException& error) {
            result.failure = Failure::Checker;
            result.error = toUtf8(error.Message);
            return result;
        }
        if (result.edits > 0) {
            const fs::path temporary = fixTemporary(request.target);
            std::vector<beans::PropertyValue> store{property("FilterName", uno::Any(toOU(document.filter))),
                                                    property("Overwrite", uno::Any(true))};
            if (!document.filterOptions.empty())
                store.push_back(property("FilterOptions", uno::Any(toOU(document.filterOptions))));
            try {
                Reference<frame::XStorable> storable(document.component, UNO_QUERY_THROW);
                storable->storeToURL(toOU(fileUrl(temporary)), toSequence(store));
            } catch (const uno::RuntimeException&) {
                throw;
            } catch (const uno::Exception& error) {
                fs::remove(temporary, ioError);
                result.failure = Failure::Io;
                result.error = "cannot save the fixed document: " + toUtf8(error.Message);
                return result;
            }
            result.savedTo = temporary.string(); // the caller renames it into place
        }
    } catch (const uno::RuntimeException& error) {
        rethrowLost(error, running());
    } catch (const uno::Exception& error) {
        result.failure = Failure::Checker;
        result.error = toUtf8(error.Message);
    }
    fs::remove(copy, ioError);
    return result;
}

fs::path fixTemporary(const fs::path& target)
{
    return target.parent_path() / ("." + target.filename().string() + ".gwcheck-tmp");
}

static bool openDocument(OfficeWorker::Uno& uno, const fs::path& file, bool readOnly, LoadedDocument& document,
                         DocumentResult& result)
{
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error) {
        result.failure = Failure::Io;
        result.error = "cannot read: " + error.message();
        return false;
    }
    if (size == 0) {
        result.failure = Failure::Empty;
        result.error = "empty file";
        return false;
    }
    if (::access(file.c_str(), R_OK) != 0) {
        result.failure = Failure::Io;
        result.error = std::string("cannot read: ") + std::strerror(errno);
        return false;
    }

    // Plain text is whatever its name says (random bytes "detect" as text): the caller picks the
    // filter and its encoding; the service detects every other format from the content.
    std::vector<beans::PropertyValue> options{property("ReadOnly", uno::Any(readOnly))};
    if (extensionOf(file) == ".txt") {
        const bool utf8 = isValidUtf8(readFile(file, 1 << 20));
        const char* filter = utf8 ? "Text (encoded)" : "Text";
        options.push_back(property("FilterName", uno::Any(rtl::OUString::createFromAscii(filter))));
        if (utf8) {
            document.filterOptions = "UTF8,LF,,,";
            options.push_back(property("FilterOptions", uno::Any(toOU(document.filterOptions))));
        }
    }
    if (loadPathMode != LoadPathMode::Auto)
        options.push_back(property("LoadPath", uno::Any(rtl::OUString::createFromAscii(
                                                   loadPathMode == LoadPathMode::Framed ? "framed" : "frameless"))));

    const org::gwcheck::OpenedDocument opened = uno.checker->openFile(toOU(fileUrl(file)), toSequence(options));
    document.component = opened.Document;
    document.filter = toUtf8(opened.FilterName);
    result.loadPath = toUtf8(opened.LoadPath);
    if (opened.Document.is())
        return true;
    result.failure = opened.Failure == "encrypted"     ? Failure::Encrypted
                     : opened.Failure == "unsupported" ? Failure::Unsupported
                                                       : Failure::Corrupt;
    result.error = toUtf8(opened.Message);
    return false;
}

} // namespace gwcli
