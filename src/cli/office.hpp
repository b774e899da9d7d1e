// Headless LibreOffice for the CLI: private cached profiles with the gwcheck extension
// installed, soffice workers started and watched by the CLI, and the UNO calls made on them
// (load without a frame, read-only, check once in-process, close).
#pragma once

#include "result.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace gwcli {

namespace fs = std::filesystem;

// A profile directory (<cache>/profile-N), locked for this process while it is in use so that
// parallel workers and parallel gwcheck runs never share one (a second soffice on a profile
// hands over to the first and exits).
class Profile {
public:
    static Profile acquire(const fs::path& cacheDir);
    Profile(Profile&& other) noexcept;
    Profile& operator=(Profile&&) = delete;
    ~Profile();

    const fs::path& dir() const { return dir_; }
    // The -env: options that put the user and the shared extension layer into this profile
    // (unopkg refuses per-user installs as root; the shared layer moved here works for all).
    std::vector<std::string> envArguments() const;
    // Initialises the profile and installs `oxt` into it unless the same file (by content
    // hash) is installed already. Throws std::runtime_error with unopkg's words on failure.
    void ensureExtension(const fs::path& oxt, const std::string& oxtHash);
    // gwcheck.rdb as installed in this profile (empty when not found).
    fs::path installedTypes() const;

private:
    Profile(fs::path dir, int lockFd) : dir_(std::move(dir)), lockFd_(lockFd) {}
    fs::path dir_;
    int lockFd_ = -1;
};

std::string fileUrl(const fs::path& path);
std::string contentHash(const fs::path& file); // hex FNV-1a 64 of the bytes

// For the benchmark's floor: workers only load and close documents, without the service.
void setLoadOnly(bool loadOnly);

// Sets up this process's UNO with the type libraries a remote caller needs: types.rdb,
// offapi.rdb (without it the bridge crashes silently) and gwcheck.rdb. Once per process.
void bootstrapUno(const fs::path& gwcheckTypes);

struct CheckRequest {
    fs::path file;
    std::string displayPath;
    std::string language; // "zh-CN" | "en-US"
    std::string config;   // gwcheck.json text, may be empty
};

struct FixRequest {
    CheckRequest check;
    std::vector<std::string> rules; // empty: every safe fix
    fs::path target;                // where the fixed document goes (may be the input itself)
    bool layout = false;            // 公文排版: the service's format() instead of fix()
};

// Where soffice saves a fixed document before it is renamed to `target`: next to it, hidden.
fs::path fixTemporary(const fs::path& target);

// One soffice process and the bridge to it. A worker's methods are called from one thread;
// kill() may be called from any thread (the timeout watchdog, the Ctrl-C handler).
class OfficeWorker {
public:
    OfficeWorker(int index, Profile profile);
    ~OfficeWorker();

    void start(std::chrono::seconds startTimeout);
    void stop(); // terminate politely, then kill
    void kill(); // from any thread: the bridge breaks and the current call throws
    bool running() const;
    pid_t pid() const { return pid_.load(); }
    const Profile& profile() const { return profile_; }

    DocumentResult check(const CheckRequest& request);
    DocumentResult fix(const FixRequest& request);

    // Documents handled since the last start (the pool recycles long-lived workers).
    int documentsSinceStart() const { return documentsSinceStart_; }

    struct Uno; // the UNO references of one connection (office.cpp)

private:
    fs::path loadableName(const fs::path& file) const;

    int index_;
    Profile profile_;
    std::atomic<pid_t> pid_{0};
    std::unique_ptr<Uno> uno_;
    int generation_ = 0;
    int documentsSinceStart_ = 0;
};

// Thrown when the worker's soffice went away during a call (crash, kill, timeout).
class WorkerLost : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace gwcli
