#!/usr/bin/python3
"""The core benchmark's 20,000-paragraph report (≈1,000 pages) in soffice: how it is opened, read
and checked through the DocumentChecker service, and the CLI end to end on it. Prints figures;
not a test.

    bench/bench_service.py [--build build] [--paragraphs 20000] [--runs 3] [--many-findings]

Writes the report as flat ODT (.fodt) with typed markers — 一、 （一） (一) 1. 1、 — placeholders
and 一是/二是 series like bench_core.cpp's, in its fonts (仿宋_GB2312 16 pt; with --many-findings
Writer's default fonts at 12 pt, as bench_core's --many-findings: a finding on most paragraphs),
stores it as .docx too, and times in a headless
soffice with the built extension, for each format:
  framed load      the desktop's hidden load, then the first UNO call, which waits for Writer's
                   layout of the loaded document (it holds the solar mutex)
  frameless load   the model without a frame (createInstance + XLoadable::load): no layout
  extraction       check() with every rule off: the adapter reads the document into the model
                   (and the role pass runs)
  check()          extraction and every rule
  inside soffice   the same read and check timed inside soffice (the service's checkSummary):
                   no finding passes the bridge
each on a freshly loaded document (the first call after a load is the one the CLI pays); then
`gwcheck check` on the .docx end to end (start, load, check, report) with its own timings; and,
for scale, reading the text of 500 paragraphs over the UNO bridge from Python.
Needs Debian's python3-uno (/usr/bin/python3).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration", "uno"))
from harness import Office  # noqa: E402

NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
BODY = ("结合机构改革和领导职数变化，及时调整工作领导小组，进一步完善了领导小组工作机制。一是加强学习，二是强化督导，"
        "三是完善制度，确保责任分工明确、领导责任落实，切实提高工作的主动性、针对性和实效性。")


def chinese(n):
    n = (n - 1) % 99 + 1
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else NUMERALS[tens - 1]) + "十" if tens else "") + (NUMERALS[ones - 1] if ones else "")


def report_paragraphs(count):
    """The same shape as bench_core.cpp's synthetic report."""
    out = ["关于2024年度重点工作推进情况的报告"]
    section = sub = item = 0
    while len(out) < count:
        n = len(out)
        if n % 200 == 1:
            section += 1
            sub = 0
            out.append(chinese(section) + "、工作开展情况")
        elif n % 40 == 2:
            sub += 1
            item = 0
            marker = "(%s)" % chinese(sub + 1) if sub % 3 == 0 else "（%s）" % chinese(sub + 1)
            out.append(marker + "强化组织领导，提升思想认识。" + BODY)
        elif n % 8 == 3:
            item += 1
            out.append("%d%s坚持思想政治学习制度化。" % (item % 99 + 1, "." if item % 5 else "、") + BODY)
        else:
            out.append("年初召开X次会议进行专题研究部署," + BODY if n % 50 == 7 else BODY)
    return out


def write_fodt(path, paragraphs, many_findings=False):
    """As bench_core.cpp's report: 仿宋_GB2312 16 pt (Times New Roman for Latin text), or with
    `many_findings` in Writer's default fonts at 12 pt, so that most paragraphs have a finding."""
    if many_findings:
        fonts, text_properties = "", 'fo:font-size="12pt" style:font-size-asian="12pt"'
    else:
        # A font is named through a declared face: an undeclared name is dropped on import.
        fonts = ('<office:font-face-decls>'
                 '<style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312"/>'
                 '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;"/>'
                 '</office:font-face-decls>')
        text_properties = ('style:font-name="Times New Roman" style:font-name-asian="仿宋_GB2312" '
                           'fo:font-size="16pt" style:font-size-asian="16pt"')
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
                  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
                  'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                  + fonts +
                  '<office:automatic-styles><style:style style:name="P1" style:family="paragraph">'
                  '<style:text-properties ' + text_properties + '/></style:style></office:automatic-styles>'
                  '<office:body><office:text>')
        for text in paragraphs:
            out.write('<text:p text:style-name="P1">%s</text:p>' % escape(text))
        out.write('</office:text></office:body></office:document>')


FILTERS = {".fodt": "OpenDocument Text Flat XML", ".docx": "MS Word 2007 XML"}


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def load_frameless(office, path):
    import uno
    model = office.smgr.createInstanceWithContext("com.sun.star.text.TextDocument", office.ctx)
    model.load(office.props(URL=uno.systemPathToFileUrl(path), ReadOnly=True,
                            FilterName=FILTERS[os.path.splitext(path)[1]]))
    return model


def load_framed(office, path):
    import uno
    return office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                               office.props(Hidden=True, ReadOnly=True,
                                                            FilterName=FILTERS[os.path.splitext(path)[1]]))


def timed(call):
    start = time.perf_counter()
    value = call()
    return time.perf_counter() - start, value


def print_banner(name, paragraphs):
    """The benchmark's title line, with the load average when other work makes its figures noisy."""
    load = os.getloadavg()[0]
    print("gwcheck %s benchmark: %d paragraphs (≈%d pages)%s"
          % (name, paragraphs, paragraphs // 20,
             "  [load average %.1f on %d cores: figures are noisy]" % (load, os.cpu_count()) if load > 1 else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--paragraphs", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--many-findings", action="store_true",
                        help="set the report in Writer's default fonts, so that most paragraphs have a finding")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="gwcheck-bench-service-")
    fodt = os.path.join(work, "report-%d.fodt" % args.paragraphs)
    write_fodt(fodt, report_paragraphs(args.paragraphs), args.many_findings)
    docx = os.path.splitext(fodt)[0] + ".docx"
    print_banner("service", args.paragraphs)

    with Office(os.path.join(args.build, "gwcheck.oxt")) as office:
        import uno
        model = load_frameless(office, fodt)
        model.storeToURL(uno.systemPathToFileUrl(docx), office.props(FilterName="MS Word 2007 XML"))
        model.close(True)
        checker = office.checker()
        rules = json.loads(checker.getRules())
        no_rules = json.dumps({"rules": {rule["code"]: "off" for rule in rules}})
        no_formatting = json.dumps({"rules": {rule["code"]: "off" for rule in rules if rule["readsFormatting"]}})
        for path in (fodt, docx):
            figures = {key: [] for key in ("framed", "layout", "frameless", "extraction", "check", "read", "rules",
                                           "read-plain")}
            findings = 0
            for _ in range(args.runs):
                seconds, doc = timed(lambda: load_framed(office, path))
                figures["framed"].append(seconds)
                figures["layout"].append(timed(lambda: doc.getText().getStart())[0])
                doc.close(True)
                seconds, doc = timed(lambda: load_frameless(office, path))
                figures["frameless"].append(seconds)
                figures["extraction"].append(
                    timed(lambda: checker.check(doc, office.props(Language="en-US", Config=no_rules)))[0])
                doc.close(True)
                doc = load_frameless(office, path)
                seconds, found = timed(lambda: checker.check(doc, office.props(Language="en-US")))
                figures["check"].append(seconds)
                findings = len(found)
                doc.close(True)
                # The same inside soffice, timed there: no finding passes the bridge.
                doc = load_frameless(office, path)
                summary = {p.Name: p.Value for p in checker.checkSummary(doc, office.props(Language="en-US"))}
                figures["read"].append(summary["ReadSeconds"])
                figures["rules"].append(summary["RulesSeconds"])
                doc.close(True)
                # Without the rules that read character formatting, the runs are not read.
                doc = load_frameless(office, path)
                summary = {p.Name: p.Value for p in checker.checkSummary(doc, office.props(Config=no_formatting))}
                figures["read-plain"].append(summary["ReadSeconds"])
                doc.close(True)
            m = {key: median(values) for key, values in figures.items()}
            print("%s (%.1f MB), median of %d:" % (os.path.basename(path), os.path.getsize(path) / 1e6, args.runs))
            print("  framed load %.2f s + layout before the first call %.2f s = %.2f s"
                  % (m["framed"], m["layout"], m["framed"] + m["layout"]))
            print("  frameless load %.2f s: %.1fx less" % (m["frameless"], (m["framed"] + m["layout"]) / m["frameless"]))
            print("  check() %.3f s (%.1f us per paragraph, %d findings): extraction %.3f s, rules %.3f s"
                  % (m["check"], 1e6 * m["check"] / args.paragraphs, findings, m["extraction"],
                     m["check"] - m["extraction"]))
            print("    (each figure includes passing the findings over the bridge to this script)")
            inside = [read + rules for read, rules in zip(figures["read"], figures["rules"])]
            print("  inside soffice (checkSummary): reading %.3f s + role pass and every rule %.3f s = %.3f s "
                  "(%.1f us per paragraph; the issue's target 0.300 s); the fastest run %.3f s (this VM's speed "
                  "varies from run to run)"
                  % (m["read"], m["rules"], m["read"] + m["rules"], 1e6 * (m["read"] + m["rules"]) / args.paragraphs,
                     min(inside)))
            print("    reading without the runs' character formatting (the rules that read it off): %.3f s "
                  "(%.1f us per paragraph, %.1f with it)"
                  % (m["read-plain"], 1e6 * m["read-plain"] / args.paragraphs, 1e6 * m["read"] / args.paragraphs))

        doc = load_frameless(office, fodt)
        walk_start = time.perf_counter()
        walked = 0
        enum = doc.getText().createEnumeration()
        while enum.hasMoreElements() and walked < 500:
            enum.nextElement().getString()
            walked += 1
        walk = time.perf_counter() - walk_start
        doc.close(True)

    gwcheck = os.path.join(args.build, "src", "cli", "gwcheck")
    if os.path.exists(gwcheck):
        cache = os.path.join(work, "cache")
        command = [gwcheck, "check", "--quiet", "--jobs", "1", "--fail-on", "none", "--format", "jsonl",
                   "--cache-dir", cache, docx]
        subprocess.run(command, capture_output=True)  # the profile is set up outside the timing
        wall, run = timed(lambda: subprocess.run(command, capture_output=True, text=True, check=True))
        line = next(json.loads(x) for x in run.stdout.splitlines() if json.loads(x)["type"] == "document")
        print("gwcheck check %s end to end %.2f s: soffice start and shutdown %.2f s, load and close %.2f s, "
              "check() %.2f s, report of %d findings written"
              % (os.path.basename(docx), wall, wall - line["seconds"]["total"],
                 line["seconds"]["total"] - line["seconds"]["check"], line["seconds"]["check"],
                 len(line["findings"])))
    print("over the UNO bridge: %.2f ms per paragraph for the text alone (500 read from Python): "
          "%.0f s for the whole document" % (1e3 * walk / walked, walk / walked * args.paragraphs))


if __name__ == "__main__":
    main()
