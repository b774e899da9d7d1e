// The worker pool: N soffice workers, each with its own profile, sharing one queue of
// documents; a watchdog kills a worker whose document runs past the timeout or whose soffice
// grows past the memory limit; a worker whose soffice dies is restarted and the document tried
// once more.
#pragma once

#include "office.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace gwcli {

struct PoolOptions {
    std::chrono::seconds timeout{120};     // per document
    std::chrono::seconds startTimeout{120};
    // Resident memory of a worker's process group while it works on a document (0: no limit).
    std::uint64_t maxMemory = std::uint64_t(2) << 30;
    int recycleAfter = 500;                // documents per soffice start (bounds memory growth)
};

struct PoolJob {
    CheckRequest check;
    bool fix = false;
    std::vector<std::string> rules;
    bool layout = false; // fix: 公文排版 (the service's format()) instead of the safe fixes
    fs::path target;
};

// Set by the Ctrl-C handler; the pool stops handing out documents and kills its workers.
extern std::atomic<bool> interrupted;

// The pool's workers stopping after the last document (each soffice takes a while to exit);
// destroying it waits for them, so the caller can write its report in the meantime.
class PoolShutdown {
public:
    explicit PoolShutdown(std::vector<std::unique_ptr<OfficeWorker>> workers);
    PoolShutdown(PoolShutdown&&) = default;
    ~PoolShutdown();

private:
    std::vector<std::unique_ptr<OfficeWorker>> workers_;
    std::vector<std::thread> stops_;
};

// Runs every job and calls `done(index, result)` (serialised) for each as it finishes.
// `profiles` are ready (extension installed); there is one worker per profile.
[[nodiscard]] PoolShutdown runPool(std::vector<Profile>& profiles, const std::vector<PoolJob>& jobs,
                                   const PoolOptions& options,
                                   const std::function<void(std::size_t, DocumentResult)>& done);

// The same on workers that outlive the run (the daemon's warm worker): a worker that is not
// running is started, and every worker is left running at the end.
void runJobs(std::vector<std::unique_ptr<OfficeWorker>>& workers, const std::vector<PoolJob>& jobs,
             const PoolOptions& options, const std::function<void(std::size_t, DocumentResult)>& done);

} // namespace gwcli
