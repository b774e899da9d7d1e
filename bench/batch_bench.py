#!/usr/bin/python3
"""Batch benchmark of the gwcheck CLI (prints figures; not a test).

    bench/batch_bench.py --gwcheck build/src/cli/gwcheck [--count 200] [--work /tmp/gwcheck-bench]

1. Generates a corpus (cached in --work): --count documents of 5-50 pages of 公文-like text with
   headings 一、（一）1.（1）, some wrong forms and placeholders; half .docx, half .odt (written
   as flat ODT by this script, converted by one soffice --convert-to run).
2. Times `gwcheck check` over it with --jobs 1 and --jobs 2, and with --load-only (the same
   documents only loaded and closed by soffice: the floors), once through the desktop's framed
   load (GWCHECK_LOAD_PATH=framed: what a plain headless conversion pays) and once frameless (the
   CLI's path), and prints documents/s and the ratios measured in the same run.
3. With --rss-documents N, checks N documents (the corpus repeated through hard links) with --jobs 1
   and samples the soffice worker's resident memory: its peak, and whether it grows from the
   first tenth of the run to the last (the pool restarts a worker after 500 documents).
4. Walks the paragraphs of a sample of documents over the UNO bridge from Python (what a client
   that extracts the text itself would pay) and sets that against the service's check() call on
   the same documents (extraction inside soffice and every rule; timings from the jsonl stream).
Needs Debian's python3-uno (/usr/bin/python3) for step 3.
"""
import argparse
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

BODY = ("全面贯彻落实上级决策部署，坚持问题导向和目标导向，统筹推进各项重点任务，"
        "切实把思想和行动统一到工作要求上来，确保各项措施落地见效。"
        "进一步压实工作责任，健全长效机制，加强督促检查，及时研究解决工作中遇到的困难和问题。")
NUMERALS = "一二三四五六七八九十"


def paragraphs_for(pages, rng):
    """About four body paragraphs of ~150 characters per page (22 lines x 28 characters)."""
    out = ["关于进一步加强重点工作的报告"]
    target = pages * 5
    l1 = 0
    while len(out) < target:
        l1 += 1
        out.append(f"{NUMERALS[(l1 - 1) % 10]}、重点任务推进情况")
        for l2 in range(1, rng.randint(2, 4)):
            marker = f"({NUMERALS[l2 - 1]})" if rng.random() < 0.2 else f"（{NUMERALS[l2 - 1]}）"
            out.append(f"{marker}强化组织领导。{BODY}")
            for l3 in range(1, rng.randint(2, 4)):
                out.append(f"{l3}.完善工作机制。{BODY}")
                if rng.random() < 0.3:
                    out.append(f"（{l3}）细化任务分工，请于X月X日前报送XXX街道材料。")
                out.append(BODY + BODY[: rng.randint(10, 60)])
    return out[:target]


def write_fodt(path, paragraphs):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
                  'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>\n')
        for paragraph in paragraphs:
            out.write(f"<text:p>{escape(paragraph)}</text:p>\n")
        out.write("</office:text></office:body></office:document>\n")


def make_corpus(work, count):
    corpus = os.path.join(work, f"corpus-{count}")
    if os.path.isdir(corpus) and len(os.listdir(corpus)) == count:
        return corpus
    shutil.rmtree(corpus, ignore_errors=True)
    rng = random.Random(9704)
    flat = {"docx": os.path.join(work, "flat-docx"), "odt": os.path.join(work, "flat-odt")}
    for folder in flat.values():
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    for i in range(count):
        kind = "docx" if i % 2 == 0 else "odt"
        write_fodt(os.path.join(flat[kind], f"doc{i:04d}.fodt"), paragraphs_for(rng.randint(5, 50), rng))
    os.makedirs(corpus)
    profile = tempfile.mkdtemp(prefix="gwcheck-bench-convert-")
    try:
        for kind, folder in flat.items():
            files = sorted(glob.glob(os.path.join(folder, "*.fodt")))
            subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                            "--convert-to", kind, "--outdir", corpus] + files,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return corpus


def timed_run(gwcheck, corpus, cache, *options, load_path="auto"):
    command = [gwcheck, "check", corpus, "--quiet", "--fail-on", "none", "--format", "json",
               "--output", os.path.join(cache, "last.json"),
               "--cache-dir", cache] + list(options)
    started = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, GWCHECK_LOAD_PATH=load_path))
    elapsed = time.monotonic() - started
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return elapsed


def bridge_walk(sample):
    """Seconds and paragraphs of reading every paragraph's text and attributes over the bridge."""
    import uno
    from com.sun.star.beans import PropertyValue

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    profile = tempfile.mkdtemp(prefix="gwcheck-bench-bridge-")
    office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
                               "--norestore", "--nologo", "--nodefault", "--accept=pipe,name=gwcheckbench;urp;"])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(300):
            try:
                context = resolver.resolve("uno:pipe,name=gwcheckbench;urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.2)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        seconds, count = 0.0, 0
        for path in sample:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                               (prop("Hidden", True), prop("ReadOnly", True)))
            started = time.monotonic()
            enumeration = doc.getText().createEnumeration()
            while enumeration.hasMoreElements():
                paragraph = enumeration.nextElement()
                if paragraph.supportsService("com.sun.star.text.Paragraph"):
                    paragraph.getString()
                    paragraph.getPropertyValue("ParaStyleName")
                    paragraph.getPropertyValue("OutlineLevel")
                    paragraph.getPropertyValue("ListLabelString")
                    count += 1
            seconds += time.monotonic() - started
            doc.close(True)
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)
    return seconds, count


def soffice_rss(cache, program=b"soffice"):
    """Resident memory (bytes) of the processes whose command line names `cache` and whose
    program's name has `program` in it: the soffice workers (gwcheck's own command line names the
    cache too)."""
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
                if cache.encode() not in b"\0".join(argv) or program not in os.path.basename(argv[0]):
                    continue
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return total


def rss_run(gwcheck, documents, count, work, cache):
    """Checks `count` documents with one worker, sampling its resident memory every 0.2 s. The
    corpus is repeated through hard links: gwcheck checks a file named twice only once, and
    symbolic links name the same file."""
    links = os.path.join(work, f"rss-{count}")
    shutil.rmtree(links, ignore_errors=True)
    os.makedirs(links)
    for i in range(count):
        source = documents[i % len(documents)]
        os.link(source, os.path.join(links, f"{i:05d}{os.path.splitext(source)[1]}"))
    command = [gwcheck, "check", links, "--quiet", "--fail-on", "none", "--format", "jsonl", "--jobs", "1",
               "--cache-dir", cache]
    samples = []
    started = time.monotonic()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as run:
        import threading
        done = []
        reader = threading.Thread(target=lambda: done.extend(line for line in run.stdout))
        reader.start()
        while run.poll() is None:
            samples.append((len(done), soffice_rss(cache), soffice_rss(cache, b"gwcheck")))
            time.sleep(0.2)
        reader.join()
    elapsed = time.monotonic() - started
    parent_peak = max(parent for _, _, parent in samples)
    # While documents are being checked (not the start, not the shutdown): first and last tenth.
    samples = [rss for n, rss, _ in samples if rss > 0 and 0 < n < count]
    tenth = max(1, len(samples) // 10)
    first, last = sorted(samples[:tenth]), sorted(samples[-tenth:])
    mib = 1 << 20
    print(f"memory over {count} documents (--jobs 1, {elapsed:.0f} s): worker peak RSS {max(samples) / mib:.0f} MiB; "
          f"median in the first tenth of the run {first[len(first) // 2] / mib:.0f} MiB, in the last tenth "
          f"{last[len(last) // 2] / mib:.0f} MiB; gwcheck itself (jsonl: a document's findings are let go once "
          f"its line is written) peak {parent_peak / mib:.0f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gwcheck", required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "gwcheck-bench"))
    parser.add_argument("--sample", type=int, default=10, help="documents walked over the bridge")
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure; the fastest counts")
    parser.add_argument("--rss-documents", type=int, default=0,
                        help="also check this many documents (the corpus repeated) and sample the worker's memory")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    cache = os.path.join(args.work, "cache")
    os.makedirs(cache, exist_ok=True)

    started = time.monotonic()
    corpus = make_corpus(args.work, args.count)
    documents = sorted(glob.glob(os.path.join(corpus, "*")))
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(f"warning: load average {load:.1f} on {os.cpu_count()} cores: the figures will be noisy")
    print(f"corpus: {len(documents)} documents in {corpus} ({time.monotonic() - started:.0f} s to make or reuse)")

    # Profiles set up outside the timings; then what one start costs (soffice up, one document).
    timed_run(os.path.abspath(args.gwcheck), documents[0], cache, "--jobs", "2")
    startup = min(timed_run(os.path.abspath(args.gwcheck), documents[0], cache, "--jobs", "1") for _ in range(2))
    print(f"start-up (soffice up, one document, shut down): {startup:.1f} s")
    configurations = [("framed load only, --jobs 1", ["--jobs", "1", "--load-only"], "framed"),
                      ("load only, --jobs 1", ["--jobs", "1", "--load-only"], "auto"),
                      ("check, --jobs 1", ["--jobs", "1"], "auto"),
                      ("framed load only, --jobs 2", ["--jobs", "2", "--load-only"], "framed"),
                      ("load only, --jobs 2", ["--jobs", "2", "--load-only"], "auto"),
                      ("check, --jobs 2", ["--jobs", "2"], "auto")]
    # Interleaved repeats, the fastest counting, so that a busy moment does not fall on one figure.
    figures = {label: float("inf") for label, _, _ in configurations}
    findings = 0
    for _ in range(args.repeat):
        for label, options, load_path in configurations:
            figures[label] = min(figures[label], timed_run(os.path.abspath(args.gwcheck), corpus, cache, *options,
                                                           load_path=load_path))
            if label.startswith("check"):
                report = json.load(open(os.path.join(cache, "last.json")))
                assert report["summary"]["checked"] == len(documents), report["summary"]
                findings = report["summary"]["findings"]
    for label, _, _ in configurations:
        steady = (len(documents) - 1) / max(figures[label] - startup, 1e-3)
        print(f"{label:28s} {figures[label]:7.1f} s  {len(documents) / figures[label]:6.2f} documents/s "
              f"({steady:.2f}/s without the start-up)")
    for jobs in ("1", "2"):
        framed, floor, check = (figures[f"framed load only, --jobs {jobs}"], figures[f"load only, --jobs {jobs}"],
                                figures[f"check, --jobs {jobs}"])
        print(f"--jobs {jobs}: check is {framed / check:.2f}x the framed load-and-close floor's documents/s, "
              f"{floor / check:.2f}x the frameless floor's (gwcheck adds {100 * (check - floor) / floor:+.0f} % "
              f"to a frameless load)")
    print(f"speed-up --jobs 2 over --jobs 1: {figures['check, --jobs 1'] / figures['check, --jobs 2']:.2f}x "
          f"({os.cpu_count()} cores); {findings} findings per run")
    if args.rss_documents:
        rss_run(os.path.abspath(args.gwcheck), documents, args.rss_documents, args.work, cache)

    sample = documents[:: max(1, len(documents) // args.sample)][: args.sample]
    seconds, paragraphs = bridge_walk(sample)
    print(f"bridge: {paragraphs} paragraphs of {len(sample)} documents read from Python in {seconds:.2f} s = "
          f"{1000 * seconds / max(paragraphs, 1):.3f} ms per paragraph (text, style, outline level, list label)")
    # The same documents checked by gwcheck: the service's check() call alone, as the jsonl stream
    # reports it (extraction of the document inside soffice, and every rule).
    stream = subprocess.run([os.path.abspath(args.gwcheck), "check", "--quiet", "--fail-on", "none", "--jobs", "1",
                             "--format", "jsonl", "--cache-dir", cache] + sample,
                            capture_output=True, text=True, check=True).stdout
    in_process = sum(line["seconds"]["check"] for line in map(json.loads, stream.splitlines())
                     if line["type"] == "document")
    print(f"in-process: the same paragraphs checked by the service in {in_process:.2f} s = "
          f"{1000 * in_process / max(paragraphs, 1):.3f} ms per paragraph (extraction and every rule), "
          f"{seconds / max(in_process, 1e-9):.0f}x less than reading them over the bridge")

if __name__ == "__main__":
    main()
