// The warm daemon: one soffice worker kept running between gwcheck calls, so that checking a
// few documents (a pre-commit hook, an editor) does not pay for starting soffice every time.
//
// One daemon per user and cache directory. It holds <cache>/daemon.lock (flock; the file says its
// pid and profile), listens on <cache>/daemon.sock (mode 0600, peers of another uid refused),
// writes <cache>/daemon.log, and exits after --idle-timeout without a check. The protocol is
// one json object per line: the client sends one request, the daemon answers with lines.
#pragma once

#include "pool.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace gwcli {

namespace fs = std::filesystem;

struct DaemonSettings {
    fs::path cacheDir;  // absolute
    fs::path extension; // the .oxt the worker's profile gets
    std::chrono::seconds idleTimeout{900};
    // Caps on what a request asks for: the smaller of the two applies to each document.
    std::chrono::seconds timeout{120};
    std::uint64_t maxMemory = std::uint64_t(2) << 30;
};

// `gwcheck daemon start`: starts the daemon detached from the terminal and returns once it
// answers (0), when one is running already (1) or when it could not start (2, with the reason).
int daemonStart(const DaemonSettings& settings);
// `gwcheck daemon run`: the daemon itself, in the foreground. `readyFd` (or -1) is told "ready",
// "running PID" or "error REASON" once the daemon answers or has given up.
int daemonRun(const DaemonSettings& settings, int readyFd);
// `gwcheck daemon stop`: asks the daemon to exit, then kills it. 0 when none is left running.
int daemonStop(const fs::path& cacheDir);
// `gwcheck daemon status`: 0 running (and what it says about itself), 3 not running.
int daemonStatus(const fs::path& cacheDir);

// The client: sends `jobs` to the daemon of `cacheDir` and calls `done(index, result)` for each
// result it sends back. Returns true when every job was done. Otherwise returns false with the
// reason in `why`, and the jobs not done are the caller's to run without the daemon. It never
// blocks: connecting and the daemon's first answer take seconds at most, and each result must
// come within the per-document timeout and a margin for restarting soffice.
bool runOnDaemon(const fs::path& cacheDir, const std::string& oxtHash, const std::vector<PoolJob>& jobs,
                 const PoolOptions& options, const std::function<void(std::size_t, DocumentResult)>& done,
                 std::string& why);

} // namespace gwcli
