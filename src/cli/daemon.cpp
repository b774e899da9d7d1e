#include "daemon.hpp"

#include "office.hpp"
#include "process.hpp"
#include "report.hpp"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <poll.h>
#include <sstream>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace gwcli {

namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int protocolVersion = 1;
// How long a request waits for the worker while another client's request runs; about what a
// cold start costs, so that waiting is never much worse than not waiting.
constexpr auto busyWait = std::chrono::seconds(3);
// What the client allows beyond the per-document timeout for one result: a soffice restart
// (after a crash the document is tried once more, as in the pool).
constexpr auto resultMargin = std::chrono::seconds(30);
constexpr auto connectTimeout = std::chrono::seconds(1);
constexpr auto firstAnswerTimeout = busyWait + std::chrono::seconds(2);
// The daemon's first start may initialise a profile and install the extension into it.
constexpr auto startTimeout = std::chrono::seconds(600);

fs::path lockPath(const fs::path& cache) { return cache / "daemon.lock"; }
fs::path socketPath(const fs::path& cache) { return cache / "daemon.sock"; }
fs::path logPath(const fs::path& cache) { return cache / "daemon.log"; }

// ---------------------------------------------------------------------------------------------
// Lines of json over a socket, with deadlines.

class Connection {
public:
    explicit Connection(int fd) : fd_(fd) {}
    Connection(const Connection&) = delete;
    ~Connection()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    int fd() const { return fd_; }

    // Writes `json` and a newline; false when the peer is gone or does not read before `deadline`.
    bool send(const Json& json, Clock::time_point deadline)
    {
        const std::string line = json.dump(-1, ' ', false, Json::error_handler_t::strict) + "\n";
        std::size_t sent = 0;
        while (sent < line.size()) {
            if (!waitFor(POLLOUT, deadline))
                return false;
            const ssize_t n = ::send(fd_, line.data() + sent, line.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (n <= 0)
                return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    // The next line as json; nullopt when the peer closed, the deadline passed, `interrupted`
    // was set, or the line is not json.
    std::optional<Json> receive(Clock::time_point deadline)
    {
        for (;;) {
            const auto newline = buffer_.find('\n');
            if (newline != std::string::npos) {
                Json json = Json::parse(buffer_.substr(0, newline), nullptr, false);
                buffer_.erase(0, newline + 1);
                if (json.is_discarded() || !json.is_object())
                    return std::nullopt;
                return json;
            }
            if (!waitFor(POLLIN, deadline))
                return std::nullopt;
            char chunk[65536];
            const ssize_t n = ::recv(fd_, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (n <= 0)
                return std::nullopt;
            buffer_.append(chunk, static_cast<std::size_t>(n));
        }
    }

private:
    // Polls in short slices so that Ctrl-C (interrupted) is noticed at once.
    bool waitFor(short events, Clock::time_point deadline)
    {
        for (;;) {
            if (interrupted)
                return false;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0)
                return false;
            pollfd entry{fd_, events, 0};
            const int ready = ::poll(&entry, 1, static_cast<int>(std::min<long long>(left, 200)));
            if (ready > 0)
                return true;
            if (ready < 0 && errno != EINTR)
                return false;
        }
    }

    int fd_;
    std::string buffer_;
};

bool fillAddress(const fs::path& path, sockaddr_un& address)
{
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    const std::string name = path.string();
    if (name.size() >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, name.c_str(), name.size() + 1);
    return true;
}

uid_t peerUid(int fd)
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return static_cast<uid_t>(-1);
    return credentials.uid;
}

// Connects to the daemon's socket; -1 with `why` when there is nothing (or nothing of ours) to
// connect to.
int connectTo(const fs::path& cache, std::string& why)
{
    const fs::path path = socketPath(cache);
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        why = "not running (no " + path.string() + ")";
        return -1;
    }
    if (!S_ISSOCK(info.st_mode) || info.st_uid != ::geteuid()) {
        why = path.string() + " is not a socket of this user; ignored";
        return -1;
    }
    sockaddr_un address;
    if (!fillAddress(path, address)) {
        why = "socket path too long: " + path.string();
        return -1;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        why = std::string("socket: ") + std::strerror(errno);
        return -1;
    }
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        const int error = errno;
        bool connected = false;
        if (error == EINPROGRESS || error == EAGAIN) { // its backlog is full: give it a moment
            pollfd entry{fd, POLLOUT, 0};
            int socketError = 0;
            socklen_t length = sizeof socketError;
            connected = ::poll(&entry, 1, static_cast<int>(std::chrono::milliseconds(connectTimeout).count())) == 1 &&
                        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length) == 0 && socketError == 0;
        }
        if (!connected) {
            ::close(fd);
            why = error == ECONNREFUSED ? "not running (stale socket " + path.string() + ": connection refused)"
                                        : "cannot connect to " + path.string() + ": " + std::strerror(error);
            return -1;
        }
    }
    if (peerUid(fd) != ::geteuid()) {
        ::close(fd);
        why = "the process on " + path.string() + " belongs to another user; ignored";
        return -1;
    }
    return fd;
}

// One request and its answers; nullopt (with `why`) when the daemon does not answer.
std::optional<Json> askOnce(const fs::path& cache, const Json& request, std::string& why)
{
    const int fd = connectTo(cache, why);
    if (fd < 0)
        return std::nullopt;
    Connection connection(fd);
    const auto deadline = Clock::now() + firstAnswerTimeout;
    if (!connection.send(request, deadline)) {
        why = "it does not read its socket";
        return std::nullopt;
    }
    auto answer = connection.receive(deadline);
    if (!answer)
        why = "it does not answer";
    return answer;
}

// The pid and profile a daemon wrote into its lock file.
struct LockContents {
    pid_t pid = 0;
    fs::path profile;
};

LockContents readLock(const fs::path& cache)
{
    LockContents contents;
    std::ifstream in(lockPath(cache));
    std::string profile;
    in >> contents.pid;
    in.ignore(1);
    std::getline(in, profile);
    contents.profile = profile;
    return contents;
}

// Whether a daemon holds the lock of `cache`.
bool lockHeld(const fs::path& cache)
{
    const int fd = ::open(lockPath(cache).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd);
    return held;
}

// Kills a soffice left running on `profile` by a daemon that died without cleaning up (kill -9),
// while holding the profile's lock, so that nobody else's soffice is touched.
void killOrphanedWorker(const fs::path& profile)
{
    if (profile.empty())
        return;
    const std::string lockName = profile.string() + ".lock";
    const int fd = ::open(lockName.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
        killLeftovers("-env:UserInstallation=" + fileUrl(profile));
    ::close(fd);
}

std::string say(const std::string& line)
{
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    std::cerr << stamp << " " << line << std::endl;
    return line;
}

// ---------------------------------------------------------------------------------------------
// The daemon

class Daemon {
public:
    Daemon(const DaemonSettings& settings, std::vector<std::unique_ptr<OfficeWorker>> workers, std::string oxtHash,
           int listenFd)
        : settings_(settings), workers_(std::move(workers)), oxtHash_(std::move(oxtHash)), listenFd_(listenFd)
    {
    }

    void serve()
    {
        lastCheck_ = Clock::now();
        while (!stopRequested_ && !interrupted) {
            pollfd entry{listenFd_, POLLIN, 0};
            if (::poll(&entry, 1, 250) == 1) {
                const int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (fd >= 0) {
                    if (peerUid(fd) != ::geteuid()) {
                        ::close(fd);
                        continue;
                    }
                    ++connections_;
                    std::thread([this, fd] {
                        handle(fd);
                        --connections_;
                    }).detach();
                }
            }
            std::lock_guard<std::mutex> lock(activityMutex_);
            // Only checks keep the daemon alive: `daemon status` asked in a loop must not.
            if (checks_ == 0 && Clock::now() - lastCheck_ > settings_.idleTimeout) {
                say("idle for " + std::to_string(settings_.idleTimeout.count()) + " s: exiting");
                break;
            }
        }
        // A request still running is cut short: its soffice is killed (the client checks the
        // rest cold).
        stopRequested_ = true;
        interrupted = true;
        while (connections_ > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }

    void shutDown()
    {
        for (auto& worker : workers_)
            worker->stop();
    }

private:
    void handle(int fd)
    {
        Connection connection(fd);
        auto request = connection.receive(Clock::now() + std::chrono::seconds(10));
        if (!request)
            return;
        const std::string type = request->value("type", "");
        const auto answerBy = Clock::now() + std::chrono::seconds(10);
        if (type == "status") {
            std::lock_guard<std::mutex> lock(activityMutex_);
            connection.send({{"type", "status"},
                             {"pid", ::getpid()},
                             {"socket", socketPath(settings_.cacheDir).string()},
                             {"log", logPath(settings_.cacheDir).string()},
                             {"profile", workers_.front()->profile().dir().string()},
                             {"uptime", std::chrono::duration<double>(Clock::now() - started_).count()},
                             {"idle", std::chrono::duration<double>(Clock::now() - lastCheck_).count()},
                             {"documents", documents_.load()},
                             {"extension", settings_.extension.string()},
                             {"extensionHash", oxtHash_},
                             {"idleTimeout", settings_.idleTimeout.count()},
                             {"timeout", settings_.timeout.count()},
                             {"maxMemory", settings_.maxMemory}},
                            answerBy);
        } else if (type == "stop") {
            say("asked to stop");
            stopRequested_ = true;
            connection.send({{"type", "stopping"}}, answerBy);
        } else if (type == "check") {
            ++checks_;
            check(connection, *request);
            --checks_;
        } else {
            connection.send({{"type", "refused"}, {"reason", "unknown request \"" + type + "\""}}, answerBy);
        }
    }

    void check(Connection& connection, const Json& request)
    {
        const auto answerBy = Clock::now() + std::chrono::seconds(10);
        auto refuse = [&](const std::string& reason) {
            connection.send({{"type", "refused"}, {"reason", reason}}, answerBy);
        };
        if (request.value("protocol", 0) != protocolVersion)
            return refuse("protocol " + std::to_string(request.value("protocol", 0)) + ", the daemon speaks " +
                          std::to_string(protocolVersion));
        if (request.value("extensionHash", "") != oxtHash_)
            return refuse("the daemon's extension is " + oxtHash_ + ", this gwcheck's " +
                          request.value("extensionHash", "") + " (restart the daemon)");
        std::unique_lock<std::timed_mutex> busy(workerMutex_, busyWait);
        if (!busy.owns_lock()) {
            connection.send({{"type", "busy"}}, answerBy);
            return;
        }
        touch();
        std::vector<PoolJob> jobs;
        PoolOptions options;
        try {
            for (const auto& item : request.at("jobs")) {
                PoolJob job;
                job.check.file = item.at("file").get<std::string>();
                job.check.displayPath = item.at("displayPath").get<std::string>();
                job.check.language = item.at("language").get<std::string>();
                job.check.config = item.at("config").get<std::string>();
                job.fix = item.value("fix", false);
                job.rules = item.value("rules", std::vector<std::string>{});
                job.layout = item.value("layout", false);
                job.target = item.value("target", "");
                jobs.push_back(std::move(job));
            }
            options.timeout = std::min(settings_.timeout, std::chrono::seconds(request.at("timeout").get<long>()));
            const std::uint64_t asked = request.at("maxMemory").get<std::uint64_t>();
            options.maxMemory = asked == 0 ? settings_.maxMemory
                                : settings_.maxMemory == 0 ? asked
                                                           : std::min(asked, settings_.maxMemory);
        } catch (const Json::exception& error) {
            return refuse(std::string("malformed request: ") + error.what());
        }
        if (!connection.send({{"type", "accepted"}}, answerBy))
            return;
        say("check: " + std::to_string(jobs.size()) + " document(s)");
        const auto started = Clock::now();
        bool clientGone = false;
        runJobs(workers_, jobs, options, [&](std::size_t index, DocumentResult result) {
            ++documents_;
            // A client that went away gets nothing more; the request still runs to its end.
            clientGone = clientGone ||
                         !connection.send({{"type", "document"}, {"index", index}, {"document", documentToWire(result)}},
                                          Clock::now() + std::chrono::seconds(10));
        });
        if (!clientGone && !interrupted)
            connection.send({{"type", "done"}}, Clock::now() + std::chrono::seconds(10));
        say(std::to_string(jobs.size()) + " document(s) in " +
            std::to_string(std::chrono::duration<double>(Clock::now() - started).count()) + " s" +
            (clientGone ? " (the client went away)" : ""));
        touch();
    }

    void touch()
    {
        std::lock_guard<std::mutex> lock(activityMutex_);
        lastCheck_ = Clock::now();
    }

    DaemonSettings settings_;
    std::vector<std::unique_ptr<OfficeWorker>> workers_;
    std::string oxtHash_;
    int listenFd_;
    std::timed_mutex workerMutex_;
    std::mutex activityMutex_;
    Clock::time_point lastCheck_;
    const Clock::time_point started_ = Clock::now();
    std::atomic<int> connections_{0};
    std::atomic<int> checks_{0}; // connections asking for a check, from its request to its answer
    std::atomic<long> documents_{0};
    std::atomic<bool> stopRequested_{false};
};

void tell(int& readyFd, const std::string& message)
{
    if (readyFd < 0)
        return;
    const std::string line = message + "\n";
    [[maybe_unused]] const ssize_t written = ::write(readyFd, line.data(), line.size());
    ::close(readyFd);
    readyFd = -1;
}

} // namespace

int daemonRun(const DaemonSettings& settings, int readyFd)
{
    const fs::path cache = settings.cacheDir;
    int lockFd = -1;
    int listenFd = -1;
    if (readyFd >= 0) // not for soffice to inherit
        ::fcntl(readyFd, F_SETFD, FD_CLOEXEC);
    try {
        fs::create_directories(cache);
        lockFd = ::open(lockPath(cache).c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        if (lockFd < 0)
            throw std::runtime_error("cannot create " + lockPath(cache).string() + ": " + std::strerror(errno));
        if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
            const pid_t running = readLock(cache).pid;
            tell(readyFd, "running " + std::to_string(running));
            std::cerr << "gwcheck: the daemon of " << cache.string() << " is already running (pid " << running
                      << ")\n";
            ::close(lockFd);
            return 1;
        }
        // A daemon killed outright may have left its soffice running.
        killOrphanedWorker(readLock(cache).profile);

        say("starting (pid " + std::to_string(::getpid()) + ", extension " + settings.extension.string() + ")");
        Profile profile = Profile::acquire(cache);
        const std::string lockText = std::to_string(::getpid()) + "\n" + profile.dir().string() + "\n";
        if (::ftruncate(lockFd, 0) != 0 || ::pwrite(lockFd, lockText.data(), lockText.size(), 0) < 0)
            throw std::runtime_error("cannot write " + lockPath(cache).string() + ": " + std::strerror(errno));
        const std::string oxtHash = contentHash(settings.extension);
        profile.ensureExtension(settings.extension, oxtHash);
        fs::path types = profile.installedTypes();
        if (types.empty())
            types = settings.extension.parent_path() / "gwcheck.rdb";
        bootstrapUno(types);
        std::vector<std::unique_ptr<OfficeWorker>> workers;
        workers.push_back(std::make_unique<OfficeWorker>(0, std::move(profile)));
        workers.front()->start(std::chrono::seconds(120));

        const fs::path path = socketPath(cache);
        sockaddr_un address;
        if (!fillAddress(path, address))
            throw std::runtime_error("the socket path " + path.string() + " is too long; use a shorter --cache-dir");
        listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (listenFd < 0)
            throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
        ::unlink(path.c_str()); // stale: we hold the lock, so no daemon uses it
        const mode_t oldMask = ::umask(077);
        const int bound = ::bind(listenFd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
        ::umask(oldMask);
        if (bound != 0 || ::chmod(path.c_str(), 0600) != 0 || ::listen(listenFd, 16) != 0)
            throw std::runtime_error("cannot listen on " + path.string() + ": " + std::strerror(errno));

        Daemon daemon(settings, std::move(workers), oxtHash, listenFd);
        say("ready on " + path.string());
        tell(readyFd, "ready " + std::to_string(::getpid()));
        daemon.serve();
        ::unlink(path.c_str());
        ::close(listenFd);
        daemon.shutDown();
        killAllRegistered();
        say("stopped");
        ::close(lockFd);
        return 0;
    } catch (const std::exception& error) {
        tell(readyFd, "error " + say(std::string("cannot start: ") + error.what()));
        if (listenFd >= 0) {
            ::unlink(socketPath(cache).c_str());
            ::close(listenFd);
        }
        killAllRegistered();
        if (lockFd >= 0)
            ::close(lockFd);
        return 2;
    }
}

int daemonStart(const DaemonSettings& settings)
{
    const fs::path cache = settings.cacheDir;
    fs::create_directories(cache);
    if (lockHeld(cache)) {
        std::cerr << "gwcheck: the daemon of " << cache.string() << " is already running (pid "
                  << readLock(cache).pid << ")\n";
        return 1;
    }
    // Everything the detached process needs is prepared before fork().
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (error)
        throw std::runtime_error("cannot find this program (/proc/self/exe): " + error.message());
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    const std::vector<std::string> argv{self.string(), "daemon", "run", "--cache-dir", cache.string(), "--extension",
                                        fs::absolute(settings.extension).string(), "--idle-timeout",
                                        std::to_string(settings.idleTimeout.count()), "--timeout",
                                        std::to_string(settings.timeout.count()), "--max-memory",
                                        std::to_string(settings.maxMemory), "--ready-fd", std::to_string(pipeFds[1])};
    std::vector<char*> args;
    for (const auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    const std::string log = logPath(cache).string();

    // Double fork: the daemon is no child of ours, has no terminal and leads no session.
    const pid_t child = ::fork();
    if (child < 0)
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (child == 0) {
        ::setsid();
        if (::fork() != 0)
            ::_exit(0);
        const int null = ::open("/dev/null", O_RDONLY);
        const int logFd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (null < 0 || logFd < 0 || ::chdir("/") != 0)
            ::_exit(127);
        ::dup2(null, STDIN_FILENO);
        ::dup2(logFd, STDOUT_FILENO);
        ::dup2(logFd, STDERR_FILENO);
        ::fcntl(pipeFds[1], F_SETFD, 0); // the write end survives exec
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    int status = 0;
    ::waitpid(child, &status, 0);

    // One line; soffice must not be what keeps the pipe open, so no waiting for its end.
    const auto answer = [&]() -> std::string {
        std::string text;
        char chunk[4096];
        while (text.find('\n') == std::string::npos) {
            pollfd entry{pipeFds[0], POLLIN, 0};
            if (::poll(&entry, 1, static_cast<int>(std::chrono::milliseconds(startTimeout).count())) != 1)
                break;
            const ssize_t n = ::read(pipeFds[0], chunk, sizeof chunk);
            if (n <= 0)
                break;
            text.append(chunk, static_cast<std::size_t>(n));
        }
        return text;
    }();
    ::close(pipeFds[0]);
    if (answer.rfind("ready ", 0) == 0) {
        std::cout << "gwcheck: daemon started (pid " << std::stoi(answer.substr(6)) << ", socket "
                  << socketPath(cache).string() << ", log " << log << ")\n";
        return 0;
    }
    if (answer.rfind("running ", 0) == 0) {
        std::cerr << "gwcheck: the daemon of " << cache.string() << " is already running (pid "
                  << std::stoi(answer.substr(8)) << ")\n";
        return 1;
    }
    if (answer.rfind("error ", 0) == 0)
        std::cerr << "gwcheck: the daemon could not start: " << answer.substr(6);
    else
        std::cerr << "gwcheck: the daemon did not report that it started; see " << log << "\n";
    return 2;
}

int daemonStop(const fs::path& cache)
{
    if (!lockHeld(cache)) {
        std::cout << "gwcheck: no daemon running for " << cache.string() << "\n";
        return 0;
    }
    const LockContents daemon = readLock(cache);
    std::string why;
    askOnce(cache, {{"type", "stop"}}, why);
    auto gone = [&](std::chrono::seconds within) {
        const auto deadline = Clock::now() + within;
        while (lockHeld(cache)) {
            if (Clock::now() > deadline)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return true;
    };
    if (!gone(std::chrono::seconds(15)) && daemon.pid > 0) {
        ::kill(daemon.pid, SIGTERM);
        if (!gone(std::chrono::seconds(5))) {
            ::kill(daemon.pid, SIGKILL);
            gone(std::chrono::seconds(5));
            killOrphanedWorker(daemon.profile);
            ::unlink(socketPath(cache).c_str());
        }
    }
    if (lockHeld(cache)) {
        std::cerr << "gwcheck: the daemon (pid " << daemon.pid << ") did not stop\n";
        return 2;
    }
    std::cout << "gwcheck: daemon stopped (pid " << daemon.pid << ")\n";
    return 0;
}

int daemonStatus(const fs::path& cache)
{
    if (!lockHeld(cache)) {
        std::cout << "gwcheck daemon: not running (" << cache.string() << ")\n";
        return 3;
    }
    std::string why;
    const auto status = askOnce(cache, {{"type", "status"}}, why);
    if (!status || status->value("type", "") != "status") {
        std::cout << "gwcheck daemon: running (pid " << readLock(cache).pid << "), not answering on "
                  << socketPath(cache).string() << " (" << why << "; starting?)\n";
        return 0;
    }
    const auto& s = *status;
    char memory[32];
    std::snprintf(memory, sizeof memory, "%.0f MiB", s.value("maxMemory", 0.0) / (1 << 20));
    std::cout << "gwcheck daemon: running\n"
              << "  pid:               " << s.value("pid", 0) << "\n"
              << "  socket:            " << s.value("socket", "") << "\n"
              << "  uptime:            " << static_cast<long>(s.value("uptime", 0.0)) << " s\n"
              << "  documents checked: " << s.value("documents", 0) << "\n"
              << "  extension:         " << s.value("extensionHash", "") << " (" << s.value("extension", "") << ")\n"
              << "  idle timeout:      " << s.value("idleTimeout", 0) << " s (idle for "
              << static_cast<long>(s.value("idle", 0.0)) << " s)\n"
              << "  timeout:           " << s.value("timeout", 0) << " s per document, max memory " << memory << "\n"
              << "  profile:           " << s.value("profile", "") << "\n"
              << "  log:               " << s.value("log", "") << "\n";
    return 0;
}

bool runOnDaemon(const fs::path& cache, const std::string& oxtHash, const std::vector<PoolJob>& jobs,
                 const PoolOptions& options, const std::function<void(std::size_t, DocumentResult)>& done,
                 std::string& why)
{
    Json items = Json::array();
    for (const auto& job : jobs) {
        Json item = {{"file", fs::absolute(job.check.file).string()},
                     {"displayPath", job.check.displayPath},
                     {"language", job.check.language},
                     {"config", job.check.config}};
        if (job.fix)
            item.update({{"fix", true}, {"rules", job.rules}, {"layout", job.layout}, {"target", fs::absolute(job.target).string()}});
        items.push_back(std::move(item));
    }
    const Json request = {{"type", "check"},
                          {"protocol", protocolVersion},
                          {"extensionHash", oxtHash},
                          {"timeout", options.timeout.count()},
                          {"maxMemory", options.maxMemory},
                          {"jobs", std::move(items)}};
    const int fd = connectTo(cache, why);
    if (fd < 0)
        return false;
    Connection connection(fd);
    try {
        if (!connection.send(request, Clock::now() + firstAnswerTimeout)) {
            why = "it does not read its socket";
            return false;
        }
    } catch (const Json::type_error&) { // a path or text that is not UTF-8 cannot travel as json
        why = "a path is not valid UTF-8";
        return false;
    }
    const auto answer = connection.receive(Clock::now() + firstAnswerTimeout);
    const std::string type = answer ? answer->value("type", "") : "";
    if (type != "accepted") {
        why = !answer            ? "no answer within " + std::to_string(firstAnswerTimeout.count()) + " s"
              : type == "busy"   ? "busy with another request"
              : type == "refused" ? "refused: " + answer->value("reason", "")
                                  : "unexpected answer \"" + type + "\"";
        return false;
    }
    std::vector<bool> delivered(jobs.size(), false);
    std::size_t count = 0;
    // The last result ends the request for the client; the daemon's "done" only comes once its
    // watchdog has stopped (up to 100 ms later).
    while (count < jobs.size()) {
        const auto line = connection.receive(Clock::now() + options.timeout + resultMargin);
        const std::string kind = line ? line->value("type", "") : "";
        if (kind == "done")
            break;
        if (kind != "document") {
            why = interrupted ? "interrupted"
                  : line      ? "unexpected answer \"" + kind + "\""
                              : "went away or stopped answering after " + std::to_string(count) + " of " +
                               std::to_string(jobs.size()) + " documents";
            return false;
        }
        try {
            const std::size_t index = line->at("index").get<std::size_t>();
            if (index >= jobs.size() || delivered[index])
                throw std::runtime_error("result for an unknown document");
            DocumentResult result = documentFromWire(line->at("document"));
            result.path = jobs[index].check.displayPath;
            delivered[index] = true;
            ++count;
            done(index, std::move(result));
        } catch (const std::exception& error) {
            why = std::string("sent a malformed result (") + error.what() + ")";
            return false;
        }
    }
    if (count < jobs.size()) {
        why = "answered " + std::to_string(count) + " of " + std::to_string(jobs.size()) + " documents";
        return false;
    }
    return true;
}

} // namespace gwcli
