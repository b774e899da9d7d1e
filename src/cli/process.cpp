#include "process.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <dirent.h>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <mutex>
#include <set>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace gwcli {
namespace {

std::mutex childrenMutex;
std::set<pid_t> children;

} // namespace

pid_t spawnProcess(const std::vector<std::string>& argv, const std::string& logFile,
                   const std::vector<std::string>& environmentDefaults)
{
    std::vector<char*> args;
    for (const auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::vector<char*> environment;
    for (char** variable = environ; *variable; ++variable)
        environment.push_back(*variable);
    for (const std::string& variable : environmentDefaults)
        if (!std::getenv(variable.substr(0, variable.find('=')).c_str()))
            environment.push_back(const_cast<char*>(variable.c_str()));
    environment.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const char* log = logFile.empty() ? "/dev/null" : logFile.c_str();
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log, O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Own process group; signals the CLI blocks (its threads wait for them) unblocked again.
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT})
        sigaddset(&defaults, signal);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    pid_t pid = 0;
    const int error = posix_spawn(&pid, args[0], &actions, &attributes, args.data(), environment.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (error != 0)
        throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(error));
    registerChild(pid);
    return pid;
}

void killProcessGroup(pid_t pid)
{
    if (pid <= 0)
        return;
    ::kill(-pid, SIGKILL);
    ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    unregisterChild(pid);
}

int waitForExit(pid_t pid, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid || (done < 0 && errno == ECHILD)) {
            unregisterChild(pid);
            return done == pid ? status : 0;
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

ProcessResult runProcess(const std::vector<std::string>& argv, std::chrono::seconds timeout)
{
    char logName[] = "/tmp/gwcheck-run-XXXXXX";
    const int fd = ::mkstemp(logName);
    if (fd < 0)
        throw std::runtime_error(std::string("cannot create a temporary file: ") + std::strerror(errno));
    ::close(fd);

    ProcessResult result;
    const pid_t pid = spawnProcess(argv, logName);
    const int status = waitForExit(pid, timeout);
    if (status == -1) {
        killProcessGroup(pid);
        result.timedOut = true;
    } else {
        // The group may have left children behind (oosplash's soffice.bin); they end with it.
        ::kill(-pid, SIGKILL);
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    if (FILE* log = std::fopen(logName, "rb")) {
        char buffer[4096];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, log)) > 0)
            result.output.append(buffer, n);
        std::fclose(log);
    }
    ::unlink(logName);
    return result;
}

void killLeftovers(const std::string& marker)
{
    DIR* proc = ::opendir("/proc");
    if (!proc)
        return;
    while (const dirent* entry = ::readdir(proc)) {
        char* end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0' || pid == ::getpid())
            continue;
        const std::string path = std::string("/proc/") + entry->d_name + "/cmdline";
        FILE* file = std::fopen(path.c_str(), "rb");
        if (!file)
            continue;
        std::string cmdline;
        char buffer[4096];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
            cmdline.append(buffer, n);
        std::fclose(file);
        for (char& c : cmdline)
            if (c == '\0')
                c = ' ';
        cmdline += ' ';
        if (cmdline.find(marker + ' ') != std::string::npos)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    ::closedir(proc);
}

std::uint64_t processGroupResident(pid_t group)
{
    DIR* proc = ::opendir("/proc");
    if (!proc)
        return 0;
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    std::uint64_t pages = 0;
    while (const dirent* entry = ::readdir(proc)) {
        char* end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0' || ::getpgid(static_cast<pid_t>(pid)) != group)
            continue;
        // statm: size resident shared text lib data dt, in pages.
        const std::string path = std::string("/proc/") + entry->d_name + "/statm";
        if (FILE* file = std::fopen(path.c_str(), "r")) {
            unsigned long long size = 0, resident = 0;
            if (std::fscanf(file, "%llu %llu", &size, &resident) == 2)
                pages += resident;
            std::fclose(file);
        }
    }
    ::closedir(proc);
    return pages * static_cast<std::uint64_t>(pageSize);
}

void pinToProcessor(std::size_t slot)
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0 || CPU_COUNT(&allowed) == 0)
        return;
    std::size_t wanted = slot % static_cast<std::size_t>(CPU_COUNT(&allowed));
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed) || wanted-- > 0)
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        sched_setaffinity(0, sizeof one, &one); // 0: the calling thread (Linux)
        return;
    }
}

void registerChild(pid_t pid)
{
    std::lock_guard<std::mutex> lock(childrenMutex);
    children.insert(pid);
}

void unregisterChild(pid_t pid)
{
    std::lock_guard<std::mutex> lock(childrenMutex);
    children.erase(pid);
}

void killAllRegistered()
{
    std::lock_guard<std::mutex> lock(childrenMutex);
    for (pid_t pid : children) {
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
    }
}

} // namespace gwcli
