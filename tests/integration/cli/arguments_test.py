#!/usr/bin/env python3
"""The gwcheck command line as CLI11 parses it: options, usage errors, help, "--" and "-".

Usage: arguments_test.py  (environment: GWCHECK, GWCHECK_TEST_WORK). No soffice is started: every
document named here is refused before soffice would be needed, or the command stops earlier.
"""
import os
import shutil
import subprocess

GWCHECK = os.environ["GWCHECK"]
WORK = os.path.join(os.environ["GWCHECK_TEST_WORK"], "arguments")


def run(*args, stdin=None):
    result = subprocess.run([GWCHECK] + list(args), capture_output=True, text=True, input=stdin, timeout=60)
    print("$ gwcheck", " ".join(args), "->", result.returncode)
    if result.stderr:
        print(result.stderr.rstrip())
    return result


def usage_error(args, names):
    """Exit status 2 and a first line that names what is wrong."""
    result = run(*args)
    first = result.stderr.splitlines()[0] if result.stderr else ""
    assert result.returncode == 2 and first.startswith("gwcheck: ") and names in first, (args, result.stderr)
    assert "(gwcheck --help for usage)" in result.stderr


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    os.environ["GWCHECK_CACHE_DIR"] = os.path.join(WORK, "cache")

    usage_error([], "no command given")
    usage_error(["bogus"], 'unknown command "bogus"')
    usage_error(["check"], "no document or folder given")
    usage_error(["merge"], "no report to merge")
    usage_error(["check", "--bogus", "x"], "--bogus")
    usage_error(["check", "x", "--fail-on", "sometimes"], '--fail-on: "sometimes" is not one of error, warning, info, none')
    usage_error(["check", "x", "--format", "xml"], '--format: "xml"')
    usage_error(["check", "x", "--lang", "fr-FR"], "--lang")
    usage_error(["check", "x", "--profile", "casual"], "--profile")
    usage_error(["check", "x", "--jobs", "0"], '--jobs: "0" is not a whole number >= 1')
    usage_error(["check", "x", "--timeout", "soon"], "--timeout")
    usage_error(["check", "x", "--max-memory", "3Q"], '--max-memory: "3Q" is not a size')
    usage_error(["check", "x", "--max-size", "-1"], "--max-size")
    usage_error(["check", "x", "--shard", "3/2"], "--shard")
    usage_error(["check", "x", "--shard", "3"], "--shard")
    usage_error(["check", "x", "--in-place"], "--in-place")  # fix's option
    usage_error(["fix", "x"], "exactly one of --output-dir DIR and --in-place")
    usage_error(["fix", "x", "--in-place", "--output-dir", WORK], "exactly one of")
    usage_error(["fix", "x", "--in-place", "--rules", "HN-99"], '--rules: unknown rule "HN-99"')
    usage_error(["fix", "x", "--in-place", "--backup-suffix", ""], "--backup-suffix")
    usage_error(["fix", "x", "--in-place", "--layout", "--rules", "HN-02"], "--layout applies the layout fixes only")
    usage_error(["check", "x", "--layout"], "--layout")  # fix's option
    usage_error(["daemon"], "subcommand")
    usage_error(["daemon", "start", "--idle-timeout", "0"], "--idle-timeout")

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("gwcheck "), version.stdout
    helped = run("--help")
    assert helped.returncode == 0
    for text in ("gwcheck check [options] PATH...", "--output-dir", "--max-memory", "--verbose", "--no-daemon",
                 "daemon", "exit status: 0"):
        assert text in helped.stdout, text
    assert run("check", "--help").returncode == 0
    assert run("daemon", "status").returncode == 3, "no daemon in a fresh cache"

    # Sizes with K, M, G; "--name=value"; "-" reads paths from standard input; after "--"
    # everything is a path, even what looks like an option. None of these paths exists, so each
    # is refused unopened and named in the report: what was taken as a path is visible.
    result = run("check", "--max-size=1K", "--max-memory", "512M", "--verbose", "--format", "jsonl", "a.docx", "-",
                 "--", "--weird.docx", stdin="from-stdin.docx\n")
    assert result.returncode == 2
    paths = [line for line in result.stdout.splitlines() if '"type":"document"' in line]
    named = sorted(line.split('"path":"')[1].split('"')[0] for line in paths)
    assert named == ["--weird.docx", "a.docx", "from-stdin.docx"], named
    # --verbose: one line per document, what happened to it and how long it took.
    for path in named:
        assert f"gwcheck: {path}: not opened, 0.000 s\n" in result.stderr, path
    print("ok: arguments")


if __name__ == "__main__":
    main()
