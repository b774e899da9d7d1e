#include "parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#ifdef __linux__
#include <sched.h>
#endif

namespace gw {

unsigned processorsAvailable()
{
#ifdef __linux__
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0)
        return static_cast<unsigned>(std::max(CPU_COUNT(&allowed), 1));
#endif
    return std::max(std::thread::hardware_concurrency(), 1u);
}

void runTasks(unsigned threads, std::size_t count, const std::function<void(std::size_t task, unsigned worker)>& run,
              std::size_t callerOnly)
{
    callerOnly = std::min(callerOnly, count);
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, count - callerOnly + 1));
    if (threads <= 1) {
        for (std::size_t task = 0; task < count; ++task)
            run(task, 0);
        return;
    }
    std::atomic<std::size_t> next{callerOnly};
    std::mutex failureMutex;
    std::size_t failedTask = count;
    std::exception_ptr failure;
    const auto attempt = [&](std::size_t task, unsigned worker) {
        try {
            run(task, worker);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (task < failedTask) {
                failedTask = task;
                failure = std::current_exception();
            }
        }
    };
    const auto work = [&](unsigned worker) {
        for (std::size_t task = next++; task < count; task = next++)
            attempt(task, worker);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    try {
        for (unsigned worker = 1; worker < threads; ++worker)
            helpers.emplace_back(work, worker);
    } catch (const std::system_error&) {
        // No more threads to be had: the ones started and this one do all the tasks.
    }
    for (std::size_t task = 0; task < callerOnly; ++task)
        attempt(task, 0);
    work(0);
    for (std::thread& helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
}

std::vector<IndexRange> splitIndices(std::size_t count, unsigned threads, std::size_t minimum)
{
    constexpr std::size_t kRangesPerThread = 8;
    const std::size_t wanted = threads <= 1 ? 1 : threads * kRangesPerThread;
    const std::size_t ranges = std::max<std::size_t>(1, std::min(wanted, count / std::max<std::size_t>(minimum, 1)));
    std::vector<IndexRange> split;
    split.reserve(ranges);
    for (std::size_t r = 0; r < ranges; ++r)
        split.push_back({count * r / ranges, count * (r + 1) / ranges});
    return split;
}

} // namespace gw
