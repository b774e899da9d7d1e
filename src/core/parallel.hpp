// Sharing one check's work between threads: the rules, and the per-paragraph loops of the role
// pass. Every result is put together in the order a single thread would have made it, so that a
// check gives the same findings whatever the number of threads.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace gw {

// The processors this process may run on: on Linux the processors of its affinity mask (a CLI
// worker pinned to one processor has one), elsewhere what the standard library reports; at least 1.
unsigned processorsAvailable();

// Runs run(task, worker) for every task in [0, count) on up to `threads` threads, the calling
// thread among them (worker 0; the others are 1, 2…). The calling thread first runs the first
// `callerOnly` tasks itself; beyond them each thread takes the next task nobody has taken, so that
// processors of different speeds finish together. Returns when every task has run; when tasks
// throw, the exception of the first of them (in task order) is rethrown, as a loop over the tasks
// would have thrown it. A thread that cannot be started leaves its share to the others.
void runTasks(unsigned threads, std::size_t count, const std::function<void(std::size_t task, unsigned worker)>& run,
              std::size_t callerOnly = 0);

struct IndexRange {
    std::size_t first = 0, last = 0; // [first, last)
};

// [0, count) in consecutive ranges for runTasks: the whole for one thread; else several ranges a
// thread, so that a faster processor takes more of them, none shorter than `minimum`.
std::vector<IndexRange> splitIndices(std::size_t count, unsigned threads, std::size_t minimum = 64);

} // namespace gw
