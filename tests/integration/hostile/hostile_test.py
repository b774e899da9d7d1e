#!/usr/bin/env python3
"""Hostile inputs for the gwcheck CLI: what must be refused before soffice, what must not stop a
batch, and document text that must not break the text report's one-finding-a-line.

Usage: hostile_test.py SCENARIO  (environment from tests/integration/hostile/CMakeLists.txt; the
helpers come from tests/integration/cli/cli_test.py). Every file is generated here, at test time.
Exit status 77: skipped.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.environ["GWCHECK_CLI_TESTS"])
from cli_test import GWCHECK, MIXED, run, by_path, soffice_pids, spine_config, work_dir  # noqa: E402

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraph_xml(text):
    """One <w:p>; "\n" in `text` becomes a line break (<w:br/>, Shift+Enter in Word)."""
    runs = "<w:br/>".join(f'<w:t xml:space="preserve">{part}</w:t>' for part in text.split("\n"))
    return f"<w:p><w:r>{runs}</w:r></w:p>"


def write_docx(path, paragraphs):
    body = "".join(paragraph_xml(p) for p in paragraphs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("_rels/.rels", RELS)
        docx.writestr("word/document.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
                      f"{body}</w:body></w:document>")


def write_bomb(path, megabytes):
    """A valid .docx whose word/document.xml is `megabytes` MiB, nearly all spaces: it deflates
    about 1000:1. Written streaming, so the test never holds it in memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("_rels/.rels", RELS)
        with docx.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode())
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                part.write(block)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")


def hostile_folder(work):
    """A FIFO, a symlink loop and a missing path, all named .docx: none of them a document."""
    fifo = os.path.join(work, "pipe.docx")
    os.mkfifo(fifo)
    loop = os.path.join(work, "loop.docx")
    os.symlink("loop-back.docx", loop)
    os.symlink("loop.docx", os.path.join(work, "loop-back.docx"))
    missing = os.path.join(work, "missing.docx")
    return {fifo: "not-a-regular-file", loop: "symlink-loop", missing: "missing"}


# --------------------------------------------------------------------------------------------

def test_zip_bomb():
    """600 MiB of document.xml in a 0.6 MB file: refused from its central directory in well under
    5 s, and no soffice is started (its private profile cache is not even created)."""
    work = work_dir("zip_bomb")
    bomb = os.path.join(work, "bomb.docx")
    write_bomb(bomb, 600)
    assert os.path.getsize(bomb) < 2 << 20, os.path.getsize(bomb)
    cache = os.path.join(work, "cache")
    started = time.monotonic()
    result = run("check", bomb, "--format", "json", "--cache-dir", cache, timeout=60)
    elapsed = time.monotonic() - started
    print(f"refused in {elapsed:.2f} s")
    assert elapsed < 5, elapsed
    assert not os.path.exists(cache), "a soffice profile was set up for a refused document"
    assert soffice_pids(cache) == []
    assert result.returncode == 2
    document = json.loads(result.stdout)["documents"][0]
    assert document["status"] == "failed" and document["error"]["kind"] == "too-large", document
    assert "word/document.xml" in document["error"]["message"], document
    assert "--max-size" in document["error"]["message"], document

    # Under a --max-size that lets its size through, its ratio still refuses it.
    ratio = run("check", bomb, "--format", "json", "--cache-dir", cache, "--max-size", "1G")
    error = json.loads(ratio.stdout)["documents"][0]["error"]
    assert error["kind"] == "too-large" and "--max-ratio" in error["message"], error
    assert not os.path.exists(cache)

    # The file's own size: a small real document against a tiny --max-size.
    small = run("check", os.path.join(MIXED, "report.docx"), "--format", "json", "--cache-dir", cache,
                "--max-size", "1K")
    error = json.loads(small.stdout)["documents"][0]["error"]
    assert error["kind"] == "too-large" and error["message"].startswith("the file is"), error
    assert run("check", bomb, "--max-size", "12X").returncode == 2


def test_refused_formats():
    """FIFO, symlink loop, missing path and zip bomb together: each one gets its own kind in every
    report format, in milliseconds, without soffice, and the exit status is 2."""
    work = work_dir("refused_formats")
    expected = hostile_folder(work)
    bomb = os.path.join(work, "bomb.docx")
    write_bomb(bomb, 300)
    expected[bomb] = "too-large"
    paths = sorted(expected)
    cache = os.path.join(work, "cache")
    common = ["check", *paths, "--cache-dir", cache, "--quiet"]

    text = run(*common, timeout=60)
    assert text.returncode == 2
    lines = text.stdout.splitlines()
    for path, kind in expected.items():
        assert any(line.startswith(f"{path}: could not be checked: {kind}: ") for line in lines), (path, text.stdout)
    assert "pipe.docx: could not be checked: not-a-regular-file: is a FIFO (named pipe)" in text.stdout
    assert lines[-1].startswith("gwcheck: 4 documents, 0 checked, 4 could not be checked"), lines[-1]

    report = json.loads(run(*common, "--format", "json").stdout)
    assert {d["path"]: d["error"]["kind"] for d in report["documents"]} == expected, report["documents"]
    assert report["summary"]["failed"] == 4

    jsonl = [json.loads(line) for line in run(*common, "--format", "jsonl").stdout.splitlines()]
    assert {d["path"]: d["error"]["kind"] for d in jsonl if d["type"] == "document"} == expected
    assert jsonl[-1]["type"] == "summary" and jsonl[-1]["summary"]["failed"] == 4

    sarif = json.loads(run(*common, "--format", "sarif").stdout)
    notifications = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert sorted(n["properties"]["kind"] for n in notifications) == sorted(expected.values()), notifications

    junit = ET.fromstring(run(*common, "--format", "junit").stdout)
    errors = {case.get("name"): case.find("error").get("type") for case in junit.iter("testcase")}
    assert errors == expected, errors

    html = run(*common, "--format", "html").stdout
    for path, kind in expected.items():
        assert f"<code>{path}</code>: {kind} — " in html, (path, kind)
    assert not os.path.exists(cache), "no soffice profile for a run where every document is refused"

    # Without --quiet each refused path is also named on stderr at once, before any soffice.
    loud = run("check", *paths, "--cache-dir", cache, "--format", "json")
    for path in paths:
        assert f"gwcheck: {path}: " in loud.stderr, (path, loud.stderr)


def test_unreadable():
    """A file and a folder without read permission: `unreadable`, without soffice. As root every
    file is readable, so the run is made as nobody (setpriv); skipped when that is not possible."""
    work = work_dir("unreadable")
    os.chmod(work, 0o755)
    secret = os.path.join(work, "secret.docx")
    shutil.copy(os.path.join(MIXED, "report.docx"), secret)
    os.chmod(secret, 0)
    locked = os.path.join(work, "locked")
    os.makedirs(locked)
    shutil.copy(os.path.join(MIXED, "report.odt"), locked)
    os.chmod(locked, 0)
    cache = os.path.join(work, "cache")
    command = [GWCHECK, "check", secret, locked, "--format", "json", "--quiet", "--cache-dir", cache]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if not setpriv:
            print("running as root without setpriv: skipped")
            sys.exit(77)
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] + command
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    finally:
        os.chmod(locked, 0o755)  # so that the next run can remove it
    print("$", " ".join(command), "->", result.returncode, result.stderr)
    assert result.returncode == 2
    errors = {d["path"]: d["error"] for d in json.loads(result.stdout)["documents"]}
    assert {path: error["kind"] for path, error in errors.items()} == {secret: "unreadable", locked: "unreadable"}
    assert errors[secret]["message"].startswith("cannot be read: "), errors
    assert errors[locked]["message"].startswith("folder cannot be read: "), errors
    assert not os.path.exists(cache)


def test_special_paths():
    """A missing path, a FIFO, a symlink loop and an unreadable file among good documents: the
    good ones are still checked, every bad one gets a line naming it and why, exit status 2."""
    work = work_dir("special_paths")
    config = spine_config(work)
    expected = hostile_folder(work)
    good = [os.path.join(MIXED, "report.odt"), os.path.join(MIXED, "sub", "clean.odt")]
    unreadable = os.path.join(work, "secret.docx")
    shutil.copy(os.path.join(MIXED, "report.docx"), unreadable)
    os.chmod(unreadable, 0)
    if os.geteuid() == 0:
        print("running as root: every file is readable; see the unreadable scenario")
    else:
        expected[unreadable] = "unreadable"
    # The missing path first: it must not stop the ones after it.
    named = [os.path.join(work, "missing.docx")] + good + sorted(p for p in expected if not p.endswith("missing.docx"))
    result = run("check", *named, "--config", config, "--format", "json", "--jobs", "1", timeout=300)
    assert result.returncode == 2, result.returncode
    docs = by_path(json.loads(result.stdout))
    for path in good:
        assert docs[path]["status"] == "checked", docs[path]
    assert sorted(f["rule"] for f in docs[good[0]]["findings"]) == ["HN-02", "TH-01", "TH-01", "TH-01"]
    for path, kind in expected.items():
        assert docs[path]["status"] == "failed" and docs[path]["error"]["kind"] == kind, docs[path]

    text = run("check", *named, "--config", config, "--jobs", "1", "--quiet")
    assert text.returncode == 2
    for path, kind in expected.items():
        assert f"{path}: could not be checked: {kind}: " in text.stdout, (path, text.stdout)
    assert f"{good[0]}:3:1: error [HN-02] " in text.stdout
    # --skip-unreadable: the findings decide, as for documents soffice could not read.
    assert run("check", *named, "--config", config, "--skip-unreadable", "--quiet").returncode == 1


LINE_RE = re.compile(r"^(.+):(\d+):(\d+): (error|warning|info) \[[A-Z]{2}-\d{2}\] ")


def test_line_break():
    """A line break (Shift+Enter) inside a title that findings quote (a long title is often broken
    so in Word): the text report keeps one finding a line and shows ↵; JSON keeps the real "\\n"."""
    work = work_dir("line_break")
    document = os.path.join(work, "break.docx")
    write_docx(document, ["关于开展专项检查\n的通知", "一、总体要求", "（一）工作目标", "全面落实各项任务。"])
    report = json.loads(run("check", document, "--format", "json", "--lang", "en-US", "--quiet").stdout)
    findings = report["documents"][0]["findings"]
    quoting = [f for f in findings if "专项检查\n的通知" in f["message"]]
    assert quoting, findings
    text = run("check", document, "--lang", "en-US", "--quiet")
    lines = text.stdout.splitlines()
    assert lines[-1].startswith("gwcheck: 1 document, 1 checked"), lines
    assert len(lines) == len(findings) + 1, text.stdout
    for line in lines[:-1]:
        assert LINE_RE.match(line), line
    assert sum("专项检查↵的通知" in line for line in lines) == len(quoting), text.stdout


def test_out_of_memory():
    """A worker over --max-memory: killed like a timed-out one, the document reported
    `out-of-memory`, the worker restarted for the next one; nothing outside its process group is
    touched. 8 MiB is far below any soffice (about 90 MiB idle), so every document trips it;
    the same documents under the default limit are checked."""
    work = work_dir("out_of_memory")
    config = spine_config(work)
    documents = [os.path.join(MIXED, "report.odt"), os.path.join(MIXED, "sub", "clean.odt")]
    bystander = subprocess.Popen(["sleep", "600"])
    try:
        result = run("check", *documents, "--config", config, "--format", "json", "--jobs", "1",
                     "--max-memory", "8M")
        assert bystander.poll() is None, "a process outside the worker was killed"
    finally:
        bystander.kill()
        bystander.wait()
    assert result.returncode == 2, result.returncode
    report = by_path(json.loads(result.stdout))
    for path in documents:
        error = report[path]["error"]
        assert report[path]["status"] == "failed" and error["kind"] == "out-of-memory", report[path]
        assert "more than 8.0 MiB (--max-memory)" in error["message"], error
        assert f"{path}: out of memory (" in result.stderr, result.stderr
    # The second document was measured on a restarted worker, not refused for want of one.
    assert result.stderr.count("; restarting worker 1") == 2, result.stderr
    assert soffice_pids(os.environ["GWCHECK_CACHE_DIR"]) == []

    text = run("check", documents[0], "--config", config, "--jobs", "1", "--max-memory", "8M", "--quiet")
    assert f"{documents[0]}: could not be checked: out-of-memory: its soffice used " in text.stdout, text.stdout

    result = run("check", *documents, "--config", config, "--format", "json", "--jobs", "1")
    report = by_path(json.loads(result.stdout))
    assert sorted(f["rule"] for f in report[documents[0]]["findings"]) == ["HN-02", "TH-01", "TH-01", "TH-01"]
    assert report[documents[1]]["status"] == "checked", report[documents[1]]
    assert result.returncode == 1, result.returncode


def test_text_escaping():
    """Control characters in document text through `gwcheck merge` (no soffice): escaped in the
    text report, kept (correctly escaped) in json, sarif, junit and html."""
    work = work_dir("text_escaping")
    message = "标题“一、总体\n要求\t（二）\r\x01\x7f\u0085\u2028”"
    shown = "标题“一、总体↵要求⇥（二）␍␁␡\\u0085\\u2028”"
    path = "docs/a\nb.docx"
    finding = {"rule": "HN-10", "slug": "heading-skip", "severity": "error", "line": 2, "column": 1,
               "paragraphIndex": 1, "start": 0, "length": 2, "message": message, "fixKind": "",
               "location": "", "context": "一、总体\n要求", "key": "k"}
    source = {"schema": "gwcheck-report", "schemaVersion": 1, "command": "check", "language": "en-US",
              "documents": [{"path": path, "status": "checked", "findings": [finding]},
                            {"path": "loop.docx", "status": "failed", "findings": [],
                             "error": {"kind": "symlink-loop", "message": "line\nbreak"}}]}
    merged = os.path.join(work, "in.json")
    with open(merged, "w", encoding="utf-8") as out:
        json.dump(source, out)

    text = run("merge", merged)
    assert text.stdout.splitlines() == [
        "docs/a↵b.docx:2:1: error [HN-10] " + shown,
        "loop.docx: could not be checked: symlink-loop: line↵break",
        "gwcheck: 2 documents, 1 checked, 1 could not be checked; 1 finding (1 error, 0 warnings, 0 info)"], text.stdout

    report = json.loads(run("merge", merged, "--format", "json").stdout)
    assert report["documents"][0]["findings"][0]["message"] == message
    assert report["documents"][0]["path"] == path
    assert report["documents"][1]["error"] == {"kind": "symlink-loop", "message": "line\nbreak"}

    sarif = json.loads(run("merge", merged, "--format", "sarif").stdout)
    assert sarif["runs"][0]["results"][0]["message"]["text"] == message

    # XML 1.0 cannot carry \x01 at all (it becomes U+FFFD); line breaks, tabs and carriage
    # returns come back as they were, in attributes too.
    junit = ET.fromstring(run("merge", merged, "--format", "junit").stdout)
    failure = junit.find(".//failure").text
    assert "一、总体\n要求\t（二）\r\ufffd" in failure, repr(failure)
    cases = junit.findall(".//testcase")
    assert [case.get("name") for case in cases] == [path, "loop.docx"], [case.get("name") for case in cases]
    assert cases[1].find("error").get("message") == "line\nbreak"

    html = run("merge", merged, "--format", "html").stdout
    assert "一、总体\n要求\t（二）" in html and "↵" not in html


if __name__ == "__main__":
    scenario = sys.argv[1]
    globals()["test_" + scenario]()
    print("ok:", scenario)
