#include "pool.hpp"

#include "process.hpp"
#include "progress.hpp"

#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

namespace gwcli {

std::atomic<bool> interrupted{false};

namespace {

using Clock = std::chrono::steady_clock;

struct WorkerSlot {
    OfficeWorker* worker = nullptr;
    std::atomic<std::int64_t> busySince{0}; // steady-clock ticks of the current document, 0 = idle
    std::atomic<bool> timedOut{false};
    std::atomic<bool> overMemory{false};
    std::atomic<std::uint64_t> residentWhenKilled{0};
    int number = 0; // 1-based, for messages
};

std::int64_t now() { return Clock::now().time_since_epoch().count(); }

std::string mebibytes(std::uint64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
    return text;
}

// A worker is restarted between documents after `recycleAfter` of them, or once it holds more
// than half of --max-memory: a worker's memory grows with the documents it has checked (about
// 0.25–0.75 MiB a document of 5–50 pages in bench/batch_bench.py; flat when it only loads them),
// and a restart between documents costs far less than a document killed at the limit.
bool needsRecycling(const OfficeWorker& worker, const PoolOptions& options)
{
    if (worker.documentsSinceStart() == 0)
        return false;
    if (worker.documentsSinceStart() >= options.recycleAfter)
        return true;
    return options.maxMemory > 0 && worker.pid() > 0 && processGroupResident(worker.pid()) > options.maxMemory / 2;
}

} // namespace

PoolShutdown::PoolShutdown(std::vector<std::unique_ptr<OfficeWorker>> workers) : workers_(std::move(workers))
{
    // Each stop waits for its soffice to exit (up to 10 s): in parallel, not one after another.
    for (auto& worker : workers_)
        stops_.emplace_back([worker = worker.get()] { worker->stop(); });
}

PoolShutdown::~PoolShutdown()
{
    for (auto& stop : stops_)
        if (stop.joinable())
            stop.join();
}

PoolShutdown runPool(std::vector<Profile>& profiles, const std::vector<PoolJob>& jobs, const PoolOptions& options,
                     const std::function<void(std::size_t, DocumentResult)>& done)
{
    std::vector<std::unique_ptr<OfficeWorker>> workers;
    for (std::size_t i = 0; i < profiles.size(); ++i)
        workers.push_back(std::make_unique<OfficeWorker>(static_cast<int>(i), std::move(profiles[i])));
    runJobs(workers, jobs, options, done);
    return PoolShutdown(std::move(workers));
}

void runJobs(std::vector<std::unique_ptr<OfficeWorker>>& workers, const std::vector<PoolJob>& jobs,
             const PoolOptions& options, const std::function<void(std::size_t, DocumentResult)>& done)
{
    std::mutex mutex;
    std::size_t next = 0;
    std::string lastStartError;
    std::vector<std::unique_ptr<WorkerSlot>> slots;
    for (std::size_t i = 0; i < workers.size(); ++i) {
        slots.push_back(std::make_unique<WorkerSlot>());
        slots.back()->number = static_cast<int>(i) + 1;
        slots.back()->worker = workers[i].get();
    }

    auto deliver = [&](std::size_t index, DocumentResult result) {
        std::lock_guard<std::mutex> lock(mutex);
        done(index, std::move(result));
    };
    auto take = [&](std::size_t& index) {
        std::lock_guard<std::mutex> lock(mutex);
        if (interrupted || next >= jobs.size())
            return false;
        index = next++;
        return true;
    };

    std::atomic<bool> finished{false};
    std::mutex watchdogMutex;
    std::condition_variable watchdogWake; // the end of the run, so that nobody waits a tick for it
    // Every 100 ms: the timeout, and the memory of each worker busy with a document (read from
    // /proc; docs/cli.md says why not rlimits or cgroups).
    std::thread watchdog([&] {
        const auto limit = std::chrono::duration_cast<Clock::duration>(options.timeout).count();
        while (!finished) {
            for (auto& slot : slots) {
                const auto since = slot->busySince.load();
                if (interrupted) {
                    slot->worker->kill();
                } else if (since == 0 || slot->timedOut || slot->overMemory) {
                    continue;
                } else if (now() - since > limit) {
                    slot->timedOut = true;
                    slot->worker->kill();
                } else if (options.maxMemory > 0) {
                    const pid_t group = slot->worker->pid();
                    const std::uint64_t resident = group > 0 ? processGroupResident(group) : 0;
                    if (resident > options.maxMemory) {
                        slot->residentWhenKilled = resident;
                        slot->overMemory = true;
                        slot->worker->kill();
                    }
                }
            }
            std::unique_lock<std::mutex> lock(watchdogMutex);
            watchdogWake.wait_for(lock, std::chrono::milliseconds(100), [&] { return finished.load(); });
        }
    });

    auto work = [&](WorkerSlot& slot) {
        OfficeWorker& worker = *slot.worker;
        // With several workers, each soffice stays on a processor of its own (it inherits this
        // thread's affinity): two workers moving between the processors got in each other's
        // way (README's Benchmarks).
        if (slots.size() > 1)
            pinToProcessor(static_cast<std::size_t>(slot.number - 1));
        // A start can fail on a loaded machine (or be killed from outside); three tries.
        auto startWorker = [&]() {
            for (int attempt = 1; attempt <= 3 && !interrupted; ++attempt) {
                try {
                    worker.start(options.startTimeout);
                    return true;
                } catch (const std::exception& error) {
                    {
                        std::lock_guard<std::mutex> lock(mutex);
                        lastStartError = error.what();
                    }
                    if (!interrupted)
                        notice("worker " + std::to_string(slot.number) + ": " + error.what() +
                               (attempt < 3 ? "; trying again" : "; giving up on this worker"));
                }
            }
            return false;
        };
        if (!worker.running() && !startWorker())
            return;
        std::size_t index = 0;
        while (take(index)) {
            const PoolJob& job = jobs[index];
            DocumentResult result;
            for (int attempt = 1;; ++attempt) {
                if (needsRecycling(worker, options) && !startWorker()) {
                    result.path = job.check.displayPath;
                    result.failure = Failure::Crashed;
                    result.error = "soffice could not be restarted: " + lastStartError;
                    deliver(index, std::move(result));
                    return;
                }
                slot.timedOut = false;
                slot.overMemory = false;
                const auto started = Clock::now();
                slot.busySince = now();
                try {
                    if (job.fix)
                        result = worker.fix({job.check, job.rules, job.target, job.layout});
                    else
                        result = worker.check(job.check);
                    slot.busySince = 0;
                    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
                    break;
                } catch (const WorkerLost& lost) {
                    slot.busySince = 0;
                    if (job.fix) { // soffice may have died half-way through saving
                        std::error_code ignored;
                        fs::remove(fixTemporary(job.target), ignored);
                    }
                    if (interrupted)
                        return;
                    result = DocumentResult{};
                    result.path = job.check.displayPath;
                    const bool timedOut = slot.timedOut;
                    const bool overMemory = slot.overMemory;
                    std::string what;
                    if (timedOut) {
                        result.failure = Failure::Timeout;
                        result.error = "no result within " + std::to_string(options.timeout.count()) +
                                       " s; its soffice was killed and restarted";
                        what = "timed out";
                    } else if (overMemory) {
                        result.failure = Failure::OutOfMemory;
                        result.error = "its soffice used " + mebibytes(slot.residentWhenKilled) + ", more than " +
                                       mebibytes(options.maxMemory) +
                                       " (--max-memory); it was killed and restarted";
                        what = "out of memory (" + mebibytes(slot.residentWhenKilled) + ")";
                    } else {
                        result.failure = Failure::Crashed;
                        result.error = "soffice died while working on it (" + std::string(lost.what()) + ")";
                        what = "soffice died (" + std::string(lost.what()) + ")";
                    }
                    notice(job.check.displayPath + ": " + what + "; restarting worker " + std::to_string(slot.number));
                    const bool restarted = startWorker();
                    // A crash may be the machine's and not the document's: one more try. A
                    // timeout or the memory limit would only be reached again.
                    if (!timedOut && !overMemory && attempt == 1 && restarted)
                        continue;
                    if (!restarted) {
                        deliver(index, std::move(result));
                        return;
                    }
                    break;
                } catch (const std::exception& error) {
                    // Not soffice's doing (e.g. the fix's work folder cannot be written).
                    slot.busySince = 0;
                    result = DocumentResult{};
                    result.path = job.check.displayPath;
                    result.failure = Failure::Io;
                    result.error = error.what();
                    break;
                }
            }
            deliver(index, std::move(result));
        }
    };

    std::vector<std::thread> threads;
    for (auto& slot : slots)
        threads.emplace_back(work, std::ref(*slot));
    for (auto& thread : threads)
        thread.join();
    {
        std::lock_guard<std::mutex> lock(watchdogMutex);
        finished = true;
    }
    watchdogWake.notify_all();
    watchdog.join();

    // Every worker failed to (re)start: what is left cannot be checked, and says why.
    if (!interrupted)
        for (std::size_t index = next; index < jobs.size(); ++index) {
            DocumentResult result;
            result.path = jobs[index].check.displayPath;
            result.failure = Failure::Crashed;
            result.error = "no LibreOffice worker could be started: " + lastStartError;
            done(index, std::move(result));
        }
}

} // namespace gwcli
