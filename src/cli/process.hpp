// Child processes of the CLI: soffice workers and the one-shot tools (unopkg, soffice
// --terminate_after_init). Every child runs in a process group of its own so that killing a
// worker also kills what it started (the soffice wrapper starts oosplash, which starts
// soffice.bin), and so that the CLI alone decides when they stop.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

namespace gwcli {

// Starts argv[0] (a path) with argv; stdout and stderr go to `logFile` (appended; /dev/null when
// empty). `environmentDefaults` ("NAME=value") are added to its environment where this
// process's has no such variable. Throws std::runtime_error when the program cannot be started.
pid_t spawnProcess(const std::vector<std::string>& argv, const std::string& logFile,
                   const std::vector<std::string>& environmentDefaults = {});

// Kills the process group of `pid` with SIGKILL and reaps `pid`.
void killProcessGroup(pid_t pid);

// Waits up to `timeout` for `pid` to exit; returns its exit status (as waitpid gives it) or -1
// when it is still running.
int waitForExit(pid_t pid, std::chrono::milliseconds timeout);

struct ProcessResult {
    int exitCode = -1; // -1 when killed for running too long or by a signal
    bool timedOut = false;
    std::string output; // stdout and stderr together
};

// Runs a program to its end (or kills it after `timeout`) and collects its output.
ProcessResult runProcess(const std::vector<std::string>& argv, std::chrono::seconds timeout);

// Kills processes left over from an earlier run that died without cleaning up (SIGKILL, power
// loss): those whose command line contains `marker` (a profile's UserInstallation argument,
// which only the holder of that profile's lock may use).
void killLeftovers(const std::string& marker);

// Resident memory (bytes) of every process in process group `group` together, from /proc (0 when
// none is left). Shared pages (libraries, fonts) count in each process that maps them.
std::uint64_t processGroupResident(pid_t group);

// Keeps the calling thread, and every process it starts from now on, on one of the processors
// this process may use: the `slot`-th of them, counting round. Where the system refuses, nothing
// changes: pinning only saves time.
void pinToProcessor(std::size_t slot);

// Process groups of running children, for the Ctrl-C handler: registering is thread-safe,
// killAllRegistered() is what the signal thread calls.
void registerChild(pid_t pid);
void unregisterChild(pid_t pid);
void killAllRegistered();

} // namespace gwcli
