#!/usr/bin/env python3
"""What `gwcheck check` of one small document costs end to end, cold and through the warm daemon.

    bench/daemon_bench.py [--gwcheck build/src/cli/gwcheck] [--runs 10] [--document FILE]

Prints figures and asserts nothing. The document defaults to the CLI fixture report.docx (a
one-page notice). Cold runs are broken down with `--verbose`'s timestamps (seconds since gwcheck's
main() started) and the jsonl report's per-document timings:

    process start and exit   wall time minus the timestamp of "report written"
    profile and extension    arguments, inputs, configuration, extension hash, profile lock and stamp
    soffice start            soffice started until it accepts and the service exists (until the
                             first result, minus the document's own time)
    load + close             the document's time minus check()
    check()                  the service's check() call in soffice
    stop soffice + report    first result until the report is written

The daemon gets its own cache directory (under the build tree by default), so that it does not
meet anyone's profiles; it is stopped at the end.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(gwcheck, document, env, *extra):
    started = time.perf_counter()
    result = subprocess.run([gwcheck, "check", document, "--format", "jsonl", "--verbose", "--quiet",
                             "--fail-on", "none", *extra], capture_output=True, text=True, env=env, timeout=600)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"gwcheck failed ({result.returncode}):\n{result.stderr}")
    stamps = {}
    for line in result.stderr.splitlines():
        match = re.match(r"gwcheck: \+([0-9.]+) s: (.*)$", line)
        if match:
            stamps.setdefault(match.group(2), float(match.group(1)))
    [document_line] = [json.loads(l) for l in result.stdout.splitlines() if '"type":"document"' in l]
    return {"wall": wall, "stamps": stamps, "total": document_line["seconds"]["total"],
            "check": document_line["seconds"]["check"], "via_daemon": ", via daemon" in result.stderr,
            "stderr": result.stderr}


def stamp(run, prefix):
    for text, value in run["stamps"].items():
        if text.startswith(prefix):
            return value
    sys.exit(f"no \"{prefix}\" timestamp in gwcheck's --verbose output:\n{run['stderr']}")


def median(runs, key):
    return statistics.median(key(run) for run in runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gwcheck", default=os.path.join(ROOT, "build/src/cli/gwcheck"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--document", default=os.path.join(ROOT, "tests/fixtures/cli/mixed/report.docx"))
    parser.add_argument("--cache-dir", default=os.path.join(ROOT, "build/bench-daemon-cache"))
    args = parser.parse_args()
    env = dict(os.environ, GWCHECK_CACHE_DIR=args.cache_dir)
    gwcheck = args.gwcheck
    subprocess.run([gwcheck, "daemon", "stop"], env=env, capture_output=True)

    print(f"document: {args.document} ({os.path.getsize(args.document)} bytes); {args.runs} runs each; medians")
    run_once(gwcheck, args.document, env, "--no-daemon", "--jobs", "1")  # profile and extension set up once
    cold = [run_once(gwcheck, args.document, env, "--no-daemon", "--jobs", "1") for _ in range(args.runs)]
    ready = lambda r: stamp(r, "1 profile(s) ready")
    first = lambda r: stamp(r, "first result")
    written = lambda r: stamp(r, "report written")
    print("\ncold (--no-daemon --jobs 1)")
    print(f"  end to end                 {median(cold, lambda r: r['wall']):7.3f} s"
          f"   (min {min(r['wall'] for r in cold):.3f}, max {max(r['wall'] for r in cold):.3f})")
    print(f"  process start and exit     {median(cold, lambda r: r['wall'] - written(r)):7.3f} s")
    print(f"  profile and extension      {median(cold, ready):7.3f} s")
    print(f"  soffice start              {median(cold, lambda r: first(r) - ready(r) - r['total']):7.3f} s")
    print(f"  load + close               {median(cold, lambda r: r['total'] - r['check']):7.3f} s")
    print(f"  check()                    {median(cold, lambda r: r['check']):7.3f} s")
    print(f"  stop soffice + report      {median(cold, lambda r: written(r) - first(r)):7.3f} s")

    started = time.perf_counter()
    start = subprocess.run([gwcheck, "daemon", "start"], env=env, capture_output=True, text=True)
    if start.returncode != 0:
        sys.exit(f"daemon start failed:\n{start.stderr}")
    print(f"\ndaemon start (returns once it answers): {time.perf_counter() - started:.3f} s")
    try:
        run_once(gwcheck, args.document, env)  # its soffice's first document is slower
        warm = [run_once(gwcheck, args.document, env) for _ in range(args.runs)]
    finally:
        subprocess.run([gwcheck, "daemon", "stop"], env=env, capture_output=True)
    if not all(r["via_daemon"] for r in warm):
        sys.exit("a run did not go through the daemon:\n" + next(r["stderr"] for r in warm if not r["via_daemon"]))
    asked = lambda r: stamp(r, "asking the daemon")
    print("through the daemon")
    print(f"  end to end                 {median(warm, lambda r: r['wall']):7.3f} s"
          f"   (min {min(r['wall'] for r in warm):.3f}, max {max(r['wall'] for r in warm):.3f})")
    print(f"  process start and exit     {median(warm, lambda r: r['wall'] - written(r)):7.3f} s")
    print(f"  before asking              {median(warm, asked):7.3f} s   (arguments, inputs, configuration, extension hash)")
    print(f"  daemon: load + close       {median(warm, lambda r: r['total'] - r['check']):7.3f} s")
    print(f"  daemon: check()            {median(warm, lambda r: r['check']):7.3f} s")
    print(f"  socket and queue           {median(warm, lambda r: first(r) - asked(r) - r['total']):7.3f} s")
    print(f"  report                     {median(warm, lambda r: written(r) - first(r)):7.3f} s")
    target = 0.5
    end_to_end = median(warm, lambda r: r["wall"])
    print(f"\ntarget: <= {target} s end to end through the daemon; measured {end_to_end:.3f} s "
          f"({'met' if end_to_end <= target else 'not met'})")


if __name__ == "__main__":
    main()
