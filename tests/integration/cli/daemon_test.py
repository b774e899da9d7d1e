#!/usr/bin/env python3
"""Integration tests of `gwcheck daemon`: a real daemon with a real headless soffice.

Usage: daemon_test.py SCENARIO  (environment from tests/integration/cli/CMakeLists.txt:
GWCHECK, GWCHECK_OXT, GWCHECK_CACHE_DIR (the daemon's own), GWCHECK_FIXTURES, GWCHECK_TEST_WORK).
Assertions are about behaviour; where something has to happen first, the test waits for it with
a generous deadline and never asserts how long it took.
"""
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The CLI tests' environment and helpers; CACHE is the daemon tests' own cache (CMakeLists.txt).
from cli_test import CACHE, GWCHECK, MIXED, REPORT_FINDINGS, run, spine_config, work_dir  # noqa: E402
from cli_test import soffice_pids as soffice_pids_of  # noqa: E402

SOCKET = os.path.join(CACHE, "daemon.sock")


def soffice_pids():
    """soffice processes of the daemon tests' cache directory."""
    return soffice_pids_of(CACHE)


def slow_document(work):
    """A text document of 40,000 numbered lines: long enough to keep a worker busy."""
    path = os.path.join(work, "a_huge.txt")
    with open(path, "w", encoding="utf-8") as out:
        for _ in range(40000):
            out.write("(一)请于X月X日前报送XXX街道的检查材料。\n")
    return path


def wait_until(condition, what, seconds=120):
    deadline = time.time() + seconds
    while not condition():
        assert time.time() < deadline, "gave up waiting: " + what
        time.sleep(0.2)


def daemon_pid():
    with open(os.path.join(CACHE, "daemon.lock")) as f:
        return int(f.readline())


def fresh_start(*options):
    """No daemon of ours left from an earlier scenario, then a new one."""
    run("daemon", "stop")
    started = run("daemon", "start", *options)
    assert started.returncode == 0 and "daemon started" in started.stdout, started
    return daemon_pid()


def stop_and_check_clean():
    assert run("daemon", "stop").returncode == 0
    assert run("daemon", "status").returncode == 3
    wait_until(lambda: soffice_pids() == [], "the daemon's soffice to go")


def checked_lines(stderr):
    return [line for line in stderr.splitlines() if ", via daemon" in line]


# --------------------------------------------------------------------------------------------

def test_daemon_lifecycle():
    work = work_dir("daemon-lifecycle")
    assert run("daemon", "stop").returncode == 0
    assert run("daemon", "status").returncode == 3, "nothing runs before start"
    pid = fresh_start()
    status = run("daemon", "status")
    assert status.returncode == 0 and f"pid:               {pid}" in status.stdout, status.stdout
    assert "idle timeout:      900 s" in status.stdout
    # Only this user may talk to it.
    assert stat.S_IMODE(os.stat(SOCKET).st_mode) == 0o600
    # One daemon per cache directory.
    second = run("daemon", "start")
    assert second.returncode == 1 and "already running" in second.stderr, second
    assert daemon_pid() == pid

    # The same report, byte for byte, as without it: rule, position, key, message, text edits.
    args = ["check", MIXED, "--lang", "en-US", "--format", "json"]
    warm = run(*args, "--verbose")
    cold = run(*args, "--no-daemon", "--verbose")
    assert warm.returncode == cold.returncode == 2
    assert json.loads(warm.stdout) == json.loads(cold.stdout)
    assert any("textEdits" in f for d in json.loads(warm.stdout)["documents"] for f in d["findings"])
    # Nine documents reach soffice (empty.docx is refused before): all via the daemon.
    assert len(checked_lines(warm.stderr)) == 9, warm.stderr
    assert checked_lines(cold.stderr) == [] and "checking cold" not in cold.stderr
    status = run("daemon", "status")
    assert "documents checked: 9" in status.stdout, status.stdout

    # fix through the daemon: the same fixed findings and the same files as without it.
    config = spine_config(work)
    reports = {}
    for mode in ("warm", "cold"):
        out = os.path.join(work, mode)
        result = run("fix", os.path.join(MIXED, "report.odt"), os.path.join(MIXED, "notes.txt"), "--config", config,
                     "--output-dir", out, "--format", "json", "--verbose",
                     *(["--no-daemon"] if mode == "cold" else []))
        assert result.returncode == 1, result
        assert (mode == "warm") == (len(checked_lines(result.stderr)) == 2), result.stderr
        report = json.loads(result.stdout)
        for document in report["documents"]:
            document["savedTo"] = os.path.relpath(document["savedTo"], out)
        reports[mode] = report
        assert "（一）工作目标" in open(os.path.join(out, "notes.txt"), encoding="utf-8").read()
    assert reports["warm"] == reports["cold"]
    assert all(d["edits"] == 1 for d in reports["warm"]["documents"]), reports["warm"]

    stop_and_check_clean()
    assert not os.path.exists(SOCKET)


def test_daemon_crash():
    work = work_dir("daemon-crash")
    report = os.path.join(MIXED, "report.odt")
    args = ["check", report, "--lang", "en-US", "--format", "json", "--verbose"]
    expected = json.loads(run(*args, "--no-daemon").stdout)

    # Killed outright: the socket stays behind, nobody listens; the next check goes cold.
    pid = fresh_start()
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: run("daemon", "status").returncode == 3, "the killed daemon to be gone")
    assert os.path.exists(SOCKET), "a daemon killed with -9 cannot remove its socket"
    result = run(*args)
    assert result.returncode == 1 and json.loads(result.stdout) == expected
    assert "stale socket" in result.stderr and "checking cold" in result.stderr, result.stderr
    assert checked_lines(result.stderr) == []

    # A new daemon replaces the stale socket and is used again.
    fresh_start()
    result = run(*args)
    assert json.loads(result.stdout) == expected and len(checked_lines(result.stderr)) == 1, result.stderr
    stop_and_check_clean()

    # Any stale socket file (here: one nobody ever listened on) is handled the same way.
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(SOCKET)
    leftover.close()
    result = run(*args)
    assert json.loads(result.stdout) == expected and "checking cold" in result.stderr, result.stderr

    # Dies in the middle of a request: the client notices, says so and checks the rest cold.
    slow = os.path.join(work, "a_slow.txt")
    with open(slow, "w", encoding="utf-8") as out:
        for _ in range(40000):
            out.write("(一)请于X月X日前报送XXX街道的检查材料。\n")
    fresh_start()
    log = os.path.join(CACHE, "daemon.log")
    log_start = os.path.getsize(log)  # the log is appended to from run to run
    client = subprocess.Popen([GWCHECK, "check", slow, report, "--lang", "en-US", "--format", "json", "--verbose",
                               "--timeout", "5"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_until(lambda: "check: 2 document(s)" in open(log).read()[log_start:], "the daemon to take the request")
    os.kill(daemon_pid(), signal.SIGKILL)
    stdout, stderr = client.communicate(timeout=600)
    print(stderr)
    assert "went away" in stderr and "checking cold" in stderr, stderr
    documents = {d["path"]: d for d in json.loads(stdout)["documents"]}
    assert sorted(documents) == sorted([slow, report]), "every document gets a result"
    assert documents[report]["findings"] == expected["documents"][0]["findings"]
    run("daemon", "stop")
    wait_until(lambda: soffice_pids() == [], "no soffice left of the killed daemon")


def test_daemon_idle():
    log = os.path.join(CACHE, "daemon.log")
    run("daemon", "stop")
    log_start = os.path.getsize(log) if os.path.exists(log) else 0
    fresh_start("--idle-timeout", "3")
    assert soffice_pids(), "the daemon keeps a soffice running"
    wait_until(lambda: run("daemon", "status").returncode == 3, "the daemon to exit when idle")
    wait_until(lambda: soffice_pids() == [], "its soffice to go with it")
    assert not os.path.exists(SOCKET)
    assert "idle for 3 s: exiting" in open(log).read()[log_start:]


def test_daemon_timeout():
    """The pool's watchdog in the daemon: a document past --timeout is reported as such, the
    worker restarted, and the next document of the same request checked on the new one."""
    work = work_dir("daemon-timeout")
    config = spine_config(work)
    huge = slow_document(work)
    report = os.path.join(MIXED, "report.odt")
    fresh_start()
    result = run("check", huge, report, "--config", config, "--format", "json", "--verbose", "--timeout", "1")
    assert len(checked_lines(result.stderr)) == 2, result.stderr
    documents = {d["path"]: d for d in json.loads(result.stdout)["documents"]}
    assert documents[huge]["status"] == "failed" and documents[huge]["error"]["kind"] == "timeout", documents[huge]
    assert sorted((f["rule"], f["line"], f["column"]) for f in documents[report]["findings"]) == REPORT_FINDINGS
    assert "a_huge.txt: timed out; restarting worker 1" in open(os.path.join(CACHE, "daemon.log")).read()
    # The restarted worker stays warm for the next client.
    again = run("check", report, "--config", config, "--format", "json", "--verbose")
    assert len(checked_lines(again.stderr)) == 1 and again.returncode == 1, again.stderr
    stop_and_check_clean()


def test_daemon_busy():
    """While the daemon works for one client, another does not wait for it beyond a moment: it
    checks cold."""
    work = work_dir("daemon-busy")
    config = spine_config(work)
    huge = slow_document(work)
    report = os.path.join(MIXED, "report.odt")
    log = os.path.join(CACHE, "daemon.log")
    fresh_start()
    log_start = os.path.getsize(log)
    first = subprocess.Popen([GWCHECK, "check", huge, "--config", config, "--format", "json", "--timeout", "600"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: "check: 1 document(s)" in open(log).read()[log_start:], "the first request")
        second = run("check", report, "--config", config, "--format", "json", "--verbose")
        assert "busy" in second.stderr and "checking cold" in second.stderr, second.stderr
        assert checked_lines(second.stderr) == [] and second.returncode == 1
        assert len(json.loads(second.stdout)["documents"][0]["findings"]) == 4
    finally:
        first.kill()
        first.wait()
    stop_and_check_clean()


def test_daemon_protocol():
    """What a client cannot make the daemon do: check with another extension than it installed."""
    fresh_start()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(60)
    client.connect(SOCKET)
    request = {"type": "check", "protocol": 1, "extensionHash": "0000000000000000", "timeout": 10,
               "maxMemory": 0, "jobs": [{"file": os.path.join(MIXED, "report.odt"), "displayPath": "report.odt",
                                         "language": "en-US", "config": ""}]}
    client.sendall((json.dumps(request) + "\n").encode())
    answer = json.loads(client.makefile().readline())
    client.close()
    assert answer["type"] == "refused" and "extension" in answer["reason"], answer
    status = run("daemon", "status")
    assert "documents checked: 0" in status.stdout, status.stdout
    stop_and_check_clean()


if __name__ == "__main__":
    scenario = sys.argv[1]
    try:
        globals()["test_" + scenario]()
    finally:
        subprocess.run([GWCHECK, "daemon", "stop"], capture_output=True, timeout=120)
    print("ok:", scenario)
