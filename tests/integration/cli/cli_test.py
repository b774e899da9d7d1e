#!/usr/bin/env python3
"""Integration tests of the gwcheck CLI: a real headless soffice with the built extension.

Usage: cli_test.py SCENARIO  (environment from tests/integration/cli/CMakeLists.txt:
GWCHECK, GWCHECK_OXT, GWCHECK_CACHE_DIR, GWCHECK_FIXTURES, GWCHECK_TEST_WORK).
Every scenario raises AssertionError on a failure; the exit status is what ctest sees.
"""
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

GWCHECK = os.environ["GWCHECK"]
FIXTURES = os.environ["GWCHECK_FIXTURES"]
CACHE = os.environ["GWCHECK_CACHE_DIR"]
WORK_ROOT = os.environ["GWCHECK_TEST_WORK"]
MIXED = os.path.join(FIXTURES, "mixed")

# The findings of the report fixtures (see tests/fixtures/cli/make_fixtures.py) with every rule
# but HN-02 and TH-01 off: (rule, 1-based paragraph, 1-based UTF-16 column).
# Paragraph 3 "(一)工作目标": the half-width marker. Paragraph 4 "请于X月X日前报送XXX街道的检查材料。":
# three placeholders.
REPORT_FINDINGS = [("HN-02", 3, 1), ("TH-01", 4, 3), ("TH-01", 4, 5), ("TH-01", 4, 10)]


def work_dir(name):
    path = os.path.join(WORK_ROOT, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def spine_config(folder):
    """A gwcheck.json that leaves only HN-02 and TH-01 on, so other rules' progress cannot
    change what these tests expect."""
    rules = json.loads(subprocess.run([GWCHECK, "rules", "--format", "json"], check=True,
                                      capture_output=True, text=True).stdout)
    config = {"rules": {r["code"]: "off" for r in rules if r["code"] not in ("HN-02", "TH-01")}}
    path = os.path.join(folder, "gwcheck.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(config, out)
    return path


def run(*args, cwd=None, timeout=300, errors="strict"):
    """`gwcheck ARGS`; `errors` is how output that is not UTF-8 is decoded."""
    command = [GWCHECK] + list(args)
    result = subprocess.run(command, capture_output=True, text=True, errors=errors, cwd=cwd, timeout=timeout)
    print("$", " ".join(command), "->", result.returncode)
    if result.stderr:
        print(result.stderr.rstrip())
    return result


def tree_state(folder):
    """Every file below `folder` with the SHA-256 of its bytes."""
    state = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                state[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return state


def findings_of(document):
    return sorted((f["rule"], f["line"], f["column"]) for f in document["findings"])


def by_path(report):
    return {d["path"]: d for d in report["documents"]}


def soffice_pids(marker):
    """soffice processes whose command line names `marker` (our cache directory)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "soffice" in cmdline and marker in cmdline:
            pids.append(int(entry))
    return pids


def corpus(folder, copies):
    """`copies` copies of the report and clean fixtures, as a larger run."""
    os.makedirs(folder, exist_ok=True)
    for i in range(copies):
        shutil.copy(os.path.join(MIXED, "report.odt"), os.path.join(folder, f"r{i:03d}.odt"))
        shutil.copy(os.path.join(MIXED, "report.docx"), os.path.join(folder, f"r{i:03d}.docx"))
    return folder


# --------------------------------------------------------------------------------------------

def test_mixed_folder():
    work = work_dir("mixed")
    config = spine_config(work)
    before = tree_state(MIXED)
    result = run("check", MIXED, "--config", config, "--format", "json", "--jobs", "2", "--lang", "en-US",
                 cwd=work)
    assert tree_state(MIXED) == before, "check mode changed or created files next to the inputs"
    assert result.returncode == 2, "documents that cannot be checked make the exit status 2"
    report = json.loads(result.stdout)
    docs = by_path(report)
    # encrypted.docx: agile encryption as Word writes it (make_encrypted_docx.py), password "secret".
    expected_failures = {"corrupt.docx": "corrupt", "empty.docx": "empty", "encrypted.docx": "encrypted",
                         "secret.doc": "encrypted", "secret.odt": "encrypted"}
    for name, kind in expected_failures.items():
        doc = docs[os.path.join(MIXED, name)]
        assert doc["status"] == "failed" and doc["error"]["kind"] == kind, doc
    for name in ("report.odt", "report.docx", "sub/report.doc", "notes.txt"):
        doc = docs[os.path.join(MIXED, name)]
        assert doc["status"] == "checked", doc
        assert findings_of(doc) == sorted(REPORT_FINDINGS), (name, findings_of(doc))
        hn02 = [f for f in doc["findings"] if f["rule"] == "HN-02"][0]
        assert hn02["paragraphIndex"] == 2 and hn02["start"] == 0 and hn02["length"] >= 3, hn02
        assert hn02["severity"] == "error" and "(一)" in hn02["message"], hn02
    assert findings_of(docs[os.path.join(MIXED, "sub/clean.odt")]) == []
    assert report["summary"] == {
        "documents": 10, "checked": 5, "failed": 5, "findings": 16, "errors": 16, "warnings": 0, "info": 0,
        "atOrAboveFailOn": 16, "byRule": {"HN-02": 4, "TH-01": 12}}, report["summary"]

    # The text format: one line per finding, 1-based paragraph and column, failed files by name.
    text = run("check", MIXED, "--config", config, "--lang", "en-US", "--jobs", "1", cwd=work)
    assert text.returncode == 2
    lines = text.stdout.splitlines()
    assert f"{MIXED}/report.odt:3:1: error [HN-02] " in "\n".join(lines), text.stdout
    for name in ("encrypted.docx", "secret.odt"):
        assert any(line.startswith(f"{MIXED}/{name}: could not be checked: encrypted") for line in lines), name
    assert lines[-1].startswith("gwcheck: 10 documents, 5 checked, 5 could not be checked; 16 findings")
    # --skip-unreadable: the findings decide.
    assert run("check", MIXED, "--config", config, "--skip-unreadable", "--quiet", cwd=work).returncode == 1
    assert tree_state(MIXED) == before


def test_exit_codes():
    work = work_dir("exit")
    config = spine_config(work)
    clean = os.path.join(MIXED, "sub", "clean.odt")
    report = os.path.join(MIXED, "report.odt")
    assert run("check", clean, "--config", config).returncode == 0
    assert run("check", report, "--config", config).returncode == 1
    assert run("check", report, "--config", config, "--fail-on", "none").returncode == 0
    assert run("check", "--bogus", report).returncode == 2
    assert run("check").returncode == 2
    missing = run("check", os.path.join(work, "missing.docx"))
    assert missing.returncode == 2 and "missing.docx: no such file" in missing.stderr
    assert run("check", report, "--fail-on", "sometimes").returncode == 2
    assert run("fix", report).returncode == 2, "fix without --output-dir or --in-place"
    # "-": paths from standard input (a pre-commit hook's file list).
    piped = subprocess.run([GWCHECK, "check", "-", "--config", config, "--format", "json", "--quiet"],
                           input=f"{clean}\n{report}\n", capture_output=True, text=True, timeout=300)
    assert piped.returncode == 1
    assert [d["path"] for d in json.loads(piped.stdout)["documents"]] == sorted([clean, report])


def test_config_errors():
    work = work_dir("config")
    folder = os.path.join(work, "docs")
    os.makedirs(folder)
    shutil.copy(os.path.join(MIXED, "report.odt"), folder)
    with open(os.path.join(folder, "gwcheck.json"), "w") as out:
        out.write('{"rules": {"HN-02": "off"}, "colour": "blue"}')
    result = run("check", folder)
    assert result.returncode == 2 and '"colour"' in result.stderr and "gwcheck.json" in result.stderr, result.stderr
    with open(os.path.join(folder, "gwcheck.json"), "w") as out:
        out.write('{"rules": {"HN-99": "error"}}')
    result = run("check", folder)
    assert result.returncode == 2 and '"HN-99"' in result.stderr, result.stderr
    # A valid file is found by walking up from the document: HN-02 switched off applies.
    spine = json.load(open(spine_config(work)))
    spine["rules"]["HN-02"] = "off"
    with open(os.path.join(work, "gwcheck.json"), "w") as out:
        json.dump(spine, out)
    os.remove(os.path.join(folder, "gwcheck.json"))
    report = json.loads(run("check", folder, "--format", "json").stdout)
    assert [f["rule"] for f in report["documents"][0]["findings"]] == ["TH-01"] * 3, report


def check_json_layout(work, config):
    """The json report is written as text, not as one tree: it must still read as a JSON library
    lays it out (keys sorted, two spaces a level; jsonl compact), escapes included — a file name
    with a quote, a backslash, a tab and a byte that is not UTF-8."""
    folder = os.path.join(work, "layout")
    os.makedirs(folder, exist_ok=True)
    odd = os.path.join(folder.encode(), b'a"b\\c\td\xff.odt')
    shutil.copy(os.path.join(MIXED, "report.odt"), odd)
    shutil.copy(os.path.join(MIXED, "report.docx"), os.path.join(folder, "plain.docx"))
    text = run("check", folder, "--config", config, "--lang", "en-US", "--quiet", "--format", "json",
               errors="surrogateescape").stdout
    report = json.loads(text)
    assert text == json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    paths = [d["path"] for d in report["documents"]]
    assert any('a"b\\c\td\ufffd.odt' in path for path in paths), paths
    assert sum(len(d["findings"]) for d in report["documents"]) == 2 * len(REPORT_FINDINGS)
    for line in run("check", folder, "--config", config, "--lang", "en-US", "--quiet", "--format", "jsonl",
                    errors="surrogateescape").stdout.splitlines():
        record = json.loads(line)
        record.pop("seconds", None)  # floats: the libraries may print them differently
        assert re.sub(r',"seconds":\{[^}]*\}', "", line) == json.dumps(
            record, separators=(",", ":"), ensure_ascii=False, sort_keys=True), line


def test_formats():
    work = work_dir("formats")
    config = spine_config(work)
    args = ["check", MIXED, "--config", config, "--lang", "en-US", "--quiet"]
    # json: versioned schema
    report = json.loads(run(*args, "--format", "json").stdout)
    assert report["schema"] == "gwcheck-report" and report["schemaVersion"] == 1
    assert [d["path"] for d in report["documents"]] == sorted(d["path"] for d in report["documents"])
    assert any(r["code"] == "HN-02" for r in report["rules"])
    # A fix made of text edits is in the report as text; a report-only finding has none.
    for doc in report["documents"]:
        for finding in doc["findings"]:
            if finding["rule"] == "HN-02":
                assert finding["textEdits"] == [
                    {"paragraphIndex": 2, "start": 0, "length": 3, "replacement": "（一）"}], finding
            else:
                assert "textEdits" not in finding, finding
    # jsonl: a line per document as it finishes, then the summary
    lines = [json.loads(l) for l in run(*args, "--format", "jsonl").stdout.splitlines()]
    assert [l["type"] for l in lines] == ["document"] * 10 + ["summary"]
    assert lines[-1]["summary"] == report["summary"]
    check_json_layout(work, config)
    # SARIF 2.1.0: the shape code-scanning tools need
    sarif = json.loads(run(*args, "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0" and "sarif-2.1.0" in sarif["$schema"]
    sarif_run = sarif["runs"][0]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "gwcheck"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert "HN-02" in rule_ids and all(r["shortDescription"]["text"] for r in driver["rules"])
    assert sarif_run["columnKind"] == "utf16CodeUnits"
    assert len(sarif_run["results"]) == 16
    for result in sarif_run["results"]:
        assert result["level"] in ("error", "warning", "note")
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1 and region["endColumn"] >= region["startColumn"]
        assert result["message"]["text"]
    uris = [a["location"]["uri"] for a in sarif_run["artifacts"]]
    assert "file://" + MIXED + "/sub/report.doc" in uris, uris
    hn02 = [r for r in sarif_run["results"] if r["ruleId"] == "HN-02"][0]
    assert hn02["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert hn02["properties"]["fix"]["kind"] == "A"
    # "(一)工作目标" → "（一）工作目标": one replacement of the three marker characters.
    artifact_uri = hn02["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    [fix] = hn02["fixes"]
    assert fix["description"]["text"] == hn02["message"]["text"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == artifact_uri
    assert change["replacements"] == [{
        "deletedRegion": {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 4},
        "insertedContent": {"text": "（一）"}}], change
    assert all("fixes" not in r for r in sarif_run["results"] if r["ruleId"] == "TH-01")
    assert sum("fixes" in r for r in sarif_run["results"]) == 4
    notes = sarif_run["invocations"][0]["toolExecutionNotifications"]
    assert sarif_run["invocations"][0]["executionSuccessful"] is False and len(notes) == 5
    # JUnit: one test case per document
    root = ET.fromstring(run(*args, "--format", "junit").stdout)
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == 10 and root.get("tests") == "10"
    failures = [c.get("name") for c in cases if c.find("failure") is not None]
    errors = [c.get("name") for c in cases if c.find("error") is not None]
    assert len(failures) == 4 and root.get("failures") == "4", failures
    assert len(errors) == 5 and root.get("errors") == "5", errors
    # html: self-contained, escaped
    html = run(*args, "--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in html.lower()


def test_html_chromium():
    work = work_dir("html")
    config = spine_config(work)
    page = os.path.join(work, "report.html")
    # A long Chinese name: shortened for the chart without cutting a UTF-8 sequence.
    long_name = os.path.join(work, "关于进一步加强和改进新时代机关事务工作的实施意见（征求意见稿）.odt")
    shutil.copy(os.path.join(MIXED, "report.odt"), long_name)
    result = run("check", os.path.join(FIXTURES, "script.odt"), os.path.join(MIXED, "report.odt"), long_name,
                 "--config", config, "--format", "html", "--output", page, "--lang", "en-US")
    assert result.returncode == 1
    html = open(page, encoding="utf-8", errors="strict").read()
    assert "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;" in html
    assert "<script" not in html.lower()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium is not installed: the page was checked as text only")
        return
    dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", "--dump-dom", "file://" + page],
                         capture_output=True, text=True, timeout=120).stdout
    assert "<title>gwcheck report</title>" in dom, dom[:500]
    assert "PWNED" in dom and "<title>PWNED" not in dom
    assert "<script" not in dom.lower(), "a document's text became a script element"
    assert dom.count('class="finding"') == 9, dom.count('class="finding"')
    assert dom.count("<rect") == 2 + 3, "bars for 2 rules and 3 documents"


def test_output_atomic():
    work = work_dir("output")
    config = spine_config(work)
    target = os.path.join(work, "report.json")
    result = run("check", MIXED, "--config", config, "--format", "json", "--output", target)
    assert result.returncode == 2 and result.stdout == ""
    assert json.load(open(target))["summary"]["documents"] == 10
    assert sorted(os.listdir(work)) == ["gwcheck.json", "report.json"], os.listdir(work)


def test_interrupt():
    work = work_dir("interrupt")
    config = spine_config(work)
    # Far more documents than two workers check in the time before the signal, however fast
    # the machine: the run must still be going when it is interrupted.
    folder = corpus(os.path.join(work, "docs"), 300)
    target = os.path.join(work, "report.json")
    cache = os.path.join(work, "cache")
    shutil.copytree(CACHE, cache, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.lock"))
    process = subprocess.Popen([GWCHECK, "check", folder, "--config", config, "--format", "json", "--output",
                                target, "--jobs", "2", "--cache-dir", cache], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while len(soffice_pids(cache)) < 2 and time.time() < deadline:
        time.sleep(0.2)
    time.sleep(1)  # into the run: documents are being checked
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    print(stderr)
    assert process.returncode == 130, process.returncode
    assert not os.path.exists(target), "an interrupted run must not leave a report"
    assert sorted(os.listdir(work)) == ["cache", "docs", "gwcheck.json"], os.listdir(work)
    time.sleep(1)
    assert soffice_pids(cache) == [], "soffice left behind"


def test_worker_killed():
    work = work_dir("killed")
    config = spine_config(work)
    folder = corpus(os.path.join(work, "docs"), 15)
    cache = os.path.join(work, "cache")
    shutil.copytree(CACHE, cache, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.lock"))
    # One worker, so that the soffice killed is the one at work; jsonl shows how far it got.
    process = subprocess.Popen([GWCHECK, "check", folder, "--config", config, "--format", "jsonl", "--jobs", "1",
                                "--cache-dir", cache], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = [process.stdout.readline() for _ in range(3)]
    assert all('"type":"document"' in line for line in lines), lines
    victims = [p for p in soffice_pids(cache) if open(f"/proc/{p}/comm").read().strip() == "soffice.bin"]
    assert len(victims) == 1 and process.poll() is None, victims
    os.kill(victims[0], signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=300)
    print(stderr)
    assert "soffice died" in stderr and "restarting worker 1" in stderr, "the kill went unnoticed"
    documents = [json.loads(line) for line in lines + stdout.splitlines()]
    summary = documents.pop()["summary"]
    assert summary["documents"] == len(documents) == 30
    # The document in flight is tried again on the restarted worker: every file is checked.
    assert summary["checked"] == 30, [d for d in documents if d["status"] != "checked"]
    assert all(findings_of(d) == sorted(REPORT_FINDINGS) for d in documents)
    assert process.returncode == 1
    assert soffice_pids(cache) == []


def test_timeout():
    work = work_dir("timeout")
    config = spine_config(work)
    folder = os.path.join(work, "docs")
    os.makedirs(folder)
    # A text of 40,000 paragraphs cannot be loaded and checked within one second.
    with open(os.path.join(folder, "a_huge.txt"), "w", encoding="utf-8") as out:
        for i in range(40000):
            out.write("(一)请于X月X日前报送XXX街道的检查材料。\n")
    shutil.copy(os.path.join(MIXED, "report.odt"), os.path.join(folder, "b_report.odt"))
    shutil.copy(os.path.join(MIXED, "sub", "clean.odt"), os.path.join(folder, "c_clean.odt"))
    result = run("check", folder, "--config", config, "--format", "json", "--jobs", "1", "--timeout", "1")
    assert "a_huge.txt: timed out; restarting worker 1" in result.stderr
    report = by_path(json.loads(result.stdout))
    huge = report[os.path.join(folder, "a_huge.txt")]
    assert huge["status"] == "failed" and huge["error"]["kind"] == "timeout", huge
    # The worker was restarted and the run went on.
    assert findings_of(report[os.path.join(folder, "b_report.odt")]) == sorted(REPORT_FINDINGS)
    assert report[os.path.join(folder, "c_clean.odt")]["status"] == "checked"
    assert result.returncode == 2


def test_shard_merge():
    work = work_dir("shard")
    config = spine_config(work)
    folder = corpus(os.path.join(work, "docs"), 5)
    shutil.copytree(MIXED, os.path.join(folder, "mixed"))
    whole = run("check", folder, "--config", config, "--format", "json", "--quiet")
    parts = []
    seen = []
    for k in (1, 2, 3):
        part = os.path.join(work, f"shard{k}.jsonl")
        result = run("check", folder, "--config", config, "--format", "jsonl", "--shard", f"{k}/3", "--output", part,
                     "--quiet")
        assert result.returncode in (0, 1, 2)
        seen += [json.loads(l)["path"] for l in open(part) if '"type":"document"' in l]
        parts.append(part)
    assert sorted(seen) == sorted(d["path"] for d in json.loads(whole.stdout)["documents"]), "shards must partition"
    assert all(seen.count(p) == 1 for p in seen)
    merged = run("merge", *parts, "--format", "json")
    assert json.loads(merged.stdout) == json.loads(whole.stdout), "merged shards differ from one run"
    assert any("textEdits" in f for d in json.loads(merged.stdout)["documents"] for f in d["findings"]), \
        "merge keeps the fixes' text edits"
    # SARIF from the shards carries the same fixes as SARIF from one run.
    merged_sarif = json.loads(run("merge", *parts, "--format", "sarif").stdout)["runs"][0]["results"]
    whole_sarif = json.loads(run("check", folder, "--config", config, "--format", "sarif", "--quiet").stdout)
    assert merged_sarif == whole_sarif["runs"][0]["results"] and any("fixes" in r for r in merged_sarif)
    assert merged.returncode == whole.returncode == 2
    # Stable: the same split twice.
    again = run("check", folder, "--config", config, "--format", "jsonl", "--shard", "1/3", "--quiet")
    assert sorted(json.loads(l)["path"] for l in again.stdout.splitlines() if '"document"' in l) == sorted(
        json.loads(l)["path"] for l in open(parts[0]) if '"type":"document"' in l)
    # A truncated shard is refused.
    truncated = os.path.join(work, "truncated.jsonl")
    with open(parts[0]) as f, open(truncated, "w") as out:
        out.writelines(f.readlines()[:-1])
    bad = run("merge", truncated, parts[1], "--format", "json")
    assert bad.returncode == 2 and "no summary line" in bad.stderr


def test_fix_output_dir():
    work = work_dir("fix")
    config = spine_config(work)
    before = tree_state(MIXED)
    out = os.path.join(work, "out")
    result = run("fix", MIXED, "--config", config, "--output-dir", out, "--lang", "en-US")
    print(result.stdout)
    assert tree_state(MIXED) == before, "fix --output-dir must not touch the inputs"
    assert f"{MIXED}/report.odt:3:1: fixed [HN-02]" in result.stdout
    assert f"{MIXED}/sub/clean.odt: unchanged" in result.stdout
    # Failed files are reported and not written; the others are all there.
    written = sorted(tree_state(out))
    assert written == ["notes.txt", "report.docx", "report.odt", "sub/clean.odt", "sub/report.doc"], written
    assert result.returncode == 2  # the encrypted, empty and corrupt files
    # Re-check: HN-02 is gone (A-kind fix), the placeholders remain (report-only rule).
    recheck = json.loads(run("check", out, "--config", config, "--format", "json").stdout)
    for doc in recheck["documents"]:
        assert doc["status"] == "checked", doc
        rules = [f["rule"] for f in doc["findings"]]
        assert "HN-02" not in rules, doc
        assert rules == ([] if doc["path"].endswith("clean.odt") else ["TH-01"] * 3), doc
    # Same format as the input.
    assert open(os.path.join(out, "report.docx"), "rb").read(2) == b"PK"
    assert open(os.path.join(out, "sub/report.doc"), "rb").read(4) == b"\xd0\xcf\x11\xe0"
    assert "（一）工作目标" in open(os.path.join(out, "notes.txt"), encoding="utf-8").read()


def test_fix_in_place():
    work = work_dir("inplace")
    config = spine_config(work)
    target = os.path.join(work, "report.odt")
    shutil.copy(os.path.join(MIXED, "report.odt"), target)
    original = open(target, "rb").read()
    # --rules with a rule that has nothing to fix changes nothing.
    result = run("fix", target, "--config", config, "--in-place", "--rules", "TH-01")
    assert "unchanged" in result.stdout and open(target, "rb").read() == original
    assert not os.path.exists(target + ".bak")
    result = run("fix", target, "--config", config, "--in-place", "--rules", "HN-02")
    assert result.returncode == 1, "the placeholders are still errors"
    assert open(target + ".bak", "rb").read() == original, "the backup is the original"
    recheck = json.loads(run("check", target, "--config", config, "--format", "json").stdout)
    assert [f["rule"] for f in recheck["documents"][0]["findings"]] == ["TH-01"] * 3
    assert sorted(os.listdir(work)) == ["gwcheck.json", "report.odt", "report.odt.bak"], os.listdir(work)


def test_fix_lists_what_it_fixed():
    """A fix changes its paragraph, and with it the keys of the paragraph's other findings: the
    report lists what the service says it fixed, not every key that changed."""
    work = work_dir("fixlist")
    config = spine_config(work)
    target = os.path.join(work, "notice.txt")
    with open(target, "w", encoding="utf-8") as out:
        out.write("关于开展专项检查的通知\n一、总体要求\n(一)全年开展X次督查\n按计划推进。\n")
    result = run("fix", target, "--config", config, "--output-dir", os.path.join(work, "out"), "--format", "json")
    (document,) = json.loads(result.stdout)["documents"]
    assert [(f["rule"], f["line"]) for f in document["fixed"]] == [("HN-02", 3)], document["fixed"]
    assert [(f["rule"], f["line"]) for f in document["findings"]] == [("TH-01", 3)], document["findings"]
    assert document["edits"] == 1


def test_progress():
    """A bar with count, rate and ETA on a terminal; plain lines (here: none, the run is short)
    and a clean stdout otherwise."""
    import pty
    work = work_dir("progress")
    config = spine_config(work)
    folder = corpus(os.path.join(work, "docs"), 6)
    leader, follower = pty.openpty()
    process = subprocess.Popen([GWCHECK, "check", folder, "--config", config, "--format", "json", "--output",
                                os.path.join(work, "r.json"), "--jobs", "1"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=120)
    text = seen.decode(errors="replace")
    print(repr(text[-300:]))
    assert "\r" in text and "12/12" in text and "doc/s" in text and "ETA" in text, text
    assert "[########################]" in text
    quiet = run("check", folder, "--config", config, "--format", "json", "--quiet")
    assert quiet.stderr == "" and json.loads(quiet.stdout)["summary"]["documents"] == 12


def test_corpus():
    """Other people's documents (../shared/corpus): every one opened or clearly refused, nothing
    hung or crashed, nothing written. Findings are not asserted: nobody wrote them down."""
    corpus = os.environ.get("GWCHECK_CORPUS", "")
    if not os.path.isdir(corpus):
        print("corpus not present: skipped")
        sys.exit(77)
    before = tree_state(corpus)
    result = run("check", corpus, "--format", "json", "--jobs", "2", "--timeout", "120")
    assert result.returncode in (0, 1, 2), result.returncode
    report = json.loads(result.stdout)
    names = {os.path.relpath(d["path"], corpus) for d in report["documents"]}
    expected = set()
    for root, dirs, files in os.walk(corpus):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        expected |= {os.path.relpath(os.path.join(root, f), corpus) for f in files
                     if os.path.splitext(f)[1].lower() in (".docx", ".doc", ".odt", ".fodt", ".wps", ".rtf", ".txt")}
    assert names == expected, names ^ expected
    for document in report["documents"]:
        if document["status"] == "failed":
            assert document["error"]["kind"] not in ("timeout", "crashed"), document
            assert document["error"]["message"], document
    assert tree_state(corpus) == before


def descendants_named(root, name):
    """Processes called `name` whose ancestors include `root`."""
    parents, names = {}, {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)
            names[int(pid)] = fields[0].split("(", 1)[1]
            parents[int(pid)] = int(fields[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found = []
    for pid, program in names.items():
        ancestor = parents.get(pid)
        while ancestor and ancestor != root:
            ancestor = parents.get(ancestor)
        if program == name and ancestor == root:
            found.append(pid)
    return found


def worker_settings(pid):
    """The processors a process may run on and its MALLOC_TOP_PAD_ (None when unset)."""
    with open(f"/proc/{pid}/status") as status:
        cpus = next(line.split(":", 1)[1].strip() for line in status if line.startswith("Cpus_allowed_list"))
    with open(f"/proc/{pid}/environ", "rb") as environ:
        pads = [v.split(b"=", 1)[1].decode() for v in environ.read().split(b"\0") if v.startswith(b"MALLOC_TOP_PAD_=")]
    return cpus, pads[0] if pads else None


def test_workers_pinned():
    """With --jobs 2 each worker's soffice stays on a processor of its own, and workers start with
    glibc's larger heap steps unless the user chose their own."""
    folder = work_dir("pinned")
    for i in range(24):
        name = "report.docx" if i % 2 else "report.odt"
        shutil.copyfile(os.path.join(MIXED, name), os.path.join(folder, f"{i:02d}-{name}"))
    allowed = len(os.sched_getaffinity(0))
    for user_pad, expected_pad in ((None, "33554432"), ("1048576", "1048576")):
        env = dict(os.environ)
        env.pop("MALLOC_TOP_PAD_", None)
        if user_pad:
            env["MALLOC_TOP_PAD_"] = user_pad
        command = [GWCHECK, "check", folder, "--jobs", "2", "--no-daemon", "--quiet", "--fail-on", "none",
                   "--format", "json"]
        seen = {}
        with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env) as gwcheck:
            while gwcheck.poll() is None:
                for pid in descendants_named(gwcheck.pid, "soffice.bin"):
                    try:
                        seen[pid] = worker_settings(pid)
                    except (OSError, StopIteration):
                        pass
                time.sleep(0.02)
            assert gwcheck.returncode == 0, gwcheck.stderr.read()
        print("workers:", seen)
        assert len(seen) == 2, seen
        cpus = [c for c, _ in seen.values()]
        assert all(re.fullmatch(r"\d+", c) for c in cpus), cpus  # one processor each
        if allowed >= 2:
            assert len(set(cpus)) == 2, cpus
        assert {pad for _, pad in seen.values()} == {expected_pad}, seen


if __name__ == "__main__":
    scenario = sys.argv[1]
    globals()["test_" + scenario]()
    print("ok:", scenario)
