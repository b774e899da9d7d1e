#!/usr/bin/python3
"""Frameless and framed loads give the same results.

Checks every fixture (and ../shared/corpus when present) twice with the gwcheck CLI: once as it
runs by default (frameless, framed only as a fallback) and once with GWCHECK_LOAD_PATH=framed,
and compares each document's status, failure kind and findings (rule, place, message, key, fix
edits). Also requires that the default run really opened the documents frameless (--verbose)."""
import json
import os
import re
import subprocess
import sys

GWCHECK = os.environ["GWCHECK"]
SOURCE = os.environ["GWCHECK_SOURCE"]
CORPUS = os.path.normpath(os.path.join(SOURCE, "..", "shared", "corpus"))


def inputs():
    paths = [os.path.join(SOURCE, "tests", "fixtures", "cli"), os.path.join(SOURCE, "tests", "fixtures", "seeds"),
             os.path.join(SOURCE, "tests", "integration", "uno", "fixtures")]
    if os.path.isdir(CORPUS):
        paths.append(CORPUS)
    else:
        print("note: %s not found; checking the project's own fixtures only" % CORPUS)
    return paths


def run(load_path):
    environment = dict(os.environ)
    if load_path:
        environment["GWCHECK_LOAD_PATH"] = load_path
    done = subprocess.run([GWCHECK, "check", "--format", "json", "--fail-on", "none", "--jobs", "1", "--verbose",
                           "--no-daemon", "--timeout", "300"] + inputs(),
                          capture_output=True, text=True, env=environment, timeout=1800)
    assert done.returncode in (0, 2), "gwcheck failed (%d): %s" % (done.returncode, done.stderr[-2000:])
    report = json.loads(done.stdout)
    paths = {}
    for line in done.stderr.splitlines():
        match = re.match(r"gwcheck: (.*): (frameless|framed|not opened), [0-9.]+ s", line)
        if match:
            paths[match.group(1)] = match.group(2)
    return report, paths


def comparable(report):
    out = {}
    for document in report["documents"]:
        findings = sorted(json.dumps({k: v for k, v in f.items()}, sort_keys=True, ensure_ascii=False)
                          for f in document.get("findings", []))
        out[document["path"]] = (document["status"], (document.get("error") or {}).get("kind"), findings)
    return out


def main():
    default_report, default_paths = run(None)
    framed_report, framed_paths = run("framed")
    default, framed = comparable(default_report), comparable(framed_report)
    assert set(default) == set(framed), set(default) ^ set(framed)
    checked = [path for path, (status, _, _) in default.items() if status == "checked"]
    assert len(checked) >= 8, "too few documents checked to compare: %s" % default
    differences = [path for path in default if default[path] != framed[path]]
    for path in differences:
        print("DIFFERENT:", path, "\n  frameless:", default[path][:2], len(default[path][2]), "findings",
              "\n  framed:   ", framed[path][:2], len(framed[path][2]), "findings")
        for finding in sorted(set(default[path][2]) ^ set(framed[path][2]))[:10]:
            print("   ", "only frameless" if finding in default[path][2] else "only framed", finding)
    assert not differences, "%d of %d documents differ between the load paths" % (len(differences), len(default))
    # The default run took the frameless path for every document it opened; the forced run, framed.
    for path in checked:
        assert default_paths.get(path) == "frameless", (path, default_paths.get(path))
        assert framed_paths.get(path) == "framed", (path, framed_paths.get(path))
    findings = sum(len(f) for _, _, f in default.values())
    print("same results both ways: %d documents (%d checked), %d findings" % (len(default), len(checked), findings))


if __name__ == "__main__":
    sys.exit(main())
