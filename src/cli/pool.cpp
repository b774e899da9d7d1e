#include "pool.hpp"

#include "progress.hpp"

#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

namespace gwcli {

std::atomic<bool> interrupted{false};

namespace {

using Clock = std::chrono::steady_clock;

struct WorkerSlot {
    std::unique_ptr<OfficeWorker> worker;
    std::atomic<std::int64_t> busySince{0}; // steady-clock ticks of the current document, 0 = idle
    std::atomic<bool> timedOut{false};
    int number = 0; // 1-based, for messages
};

std::int64_t now() { return Clock::now().time_since_epoch().count(); }

} // namespace

void runPool(std::vector<Profile>& profiles, const std::vector<PoolJob>& jobs, const PoolOptions& options,
             const std::function<void(std::size_t, DocumentResult)>& done)
{
    std::mutex mutex;
    std::size_t next = 0;
    std::string lastStartError;
    std::vector<std::unique_ptr<WorkerSlot>> slots;
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        slots.push_back(std::make_unique<WorkerSlot>());
        slots.back()->number = static_cast<int>(i) + 1;
        slots.back()->worker = std::make_unique<OfficeWorker>(static_cast<int>(i), std::move(profiles[i]));
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
    std::thread watchdog([&] {
        const auto limit = std::chrono::duration_cast<Clock::duration>(options.timeout).count();
        while (!finished) {
            for (auto& slot : slots) {
                const auto since = slot->busySince.load();
                if (interrupted) {
                    slot->worker->kill();
                } else if (since != 0 && now() - since > limit && !slot->timedOut) {
                    slot->timedOut = true;
                    slot->worker->kill();
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });

    auto work = [&](WorkerSlot& slot) {
        OfficeWorker& worker = *slot.worker;
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
        if (!startWorker())
            return;
        std::size_t index = 0;
        while (take(index)) {
            const PoolJob& job = jobs[index];
            DocumentResult result;
            for (int attempt = 1;; ++attempt) {
                if (worker.documentsSinceStart() >= options.recycleAfter && !startWorker()) {
                    result.path = job.check.displayPath;
                    result.failure = Failure::Crashed;
                    result.error = "soffice could not be restarted: " + lastStartError;
                    deliver(index, std::move(result));
                    return;
                }
                slot.timedOut = false;
                const auto started = Clock::now();
                slot.busySince = now();
                try {
                    if (job.fix)
                        result = worker.fix({job.check, job.rules, job.target});
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
                    if (timedOut) {
                        result.failure = Failure::Timeout;
                        result.error = "no result within " + std::to_string(options.timeout.count()) +
                                       " s; its soffice was killed and restarted";
                    } else {
                        result.failure = Failure::Crashed;
                        result.error = "soffice died while working on it (" + std::string(lost.what()) + ")";
                    }
                    notice(job.check.displayPath + ": " +
                           (timedOut ? "timed out" : "soffice died (" + std::string(lost.what()) + ")") +
                           "; restarting worker " + std::to_string(slot.number));
                    const bool restarted = startWorker();
                    // A crash may be the machine's and not the document's: one more try.
                    if (!timedOut && attempt == 1 && restarted)
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
    finished = true;
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
    for (auto& slot : slots)
        slot->worker->stop();
}

} // namespace gwcli
