#!/usr/bin/python3
"""The core benchmark's 20,000-paragraph report (≈1,000 pages) checked inside soffice through the
DocumentChecker service, next to soffice's own load time for that document. Prints figures; not a
test.

    bench/bench_service.py [--build build] [--paragraphs 20000] [--runs 3]

Writes the report as flat ODT (.fodt) with typed markers — 一、 （一） (一) 1. 1、 — placeholders
and 一是/二是 series like bench_core.cpp's, loads it hidden in a headless soffice with the built
extension, and times: the load; Writer's background layout of the loaded document (it holds
the solar mutex, so the first UNO call after a load waits for it: timed as a trivial call);
check() (extraction into the model inside soffice plus every rule); and for scale reading the
text of 500 paragraphs over the UNO bridge from Python.
Needs Debian's python3-uno (/usr/bin/python3).
"""
import argparse
import os
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


def write_fodt(path, paragraphs):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
                  'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                  '<office:automatic-styles><style:style style:name="P1" style:family="paragraph">'
                  '<style:text-properties style:font-name-asian="仿宋" fo:font-size="16pt" '
                  'style:font-size-asian="16pt"/></style:style></office:automatic-styles>'
                  '<office:body><office:text>')
        for text in paragraphs:
            out.write('<text:p text:style-name="P1">%s</text:p>' % escape(text))
        out.write('</office:text></office:body></office:document>')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--paragraphs", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="gwcheck-bench-service-")
    path = os.path.join(work, "report-%d.fodt" % args.paragraphs)
    write_fodt(path, report_paragraphs(args.paragraphs))
    print("gwcheck service benchmark: %d paragraphs (%s, %.1f MB)"
          % (args.paragraphs, os.path.basename(path), os.path.getsize(path) / 1e6))

    with Office(os.path.join(args.build, "gwcheck.oxt")) as office:
        checker = office.checker()
        loads, layouts, checks = [], [], []
        findings = 0
        for _ in range(args.runs):
            start = time.perf_counter()
            doc = office.desktop.loadComponentFromURL(
                "file://" + path, "_blank", 0, office.props(Hidden=True, ReadOnly=True))
            loads.append(time.perf_counter() - start)
            start = time.perf_counter()
            doc.getText().getStart()
            layouts.append(time.perf_counter() - start)
            start = time.perf_counter()
            findings = len(checker.check(doc, office.props(Language="en-US")))
            checks.append(time.perf_counter() - start)
            if len(loads) == args.runs:
                walk_start = time.perf_counter()
                walked = 0
                enum = doc.getText().createEnumeration()
                while enum.hasMoreElements() and walked < 500:
                    enum.nextElement().getString()
                    walked += 1
                walk = time.perf_counter() - walk_start
            doc.close(True)

    loads.sort()
    layouts.sort()
    checks.sort()
    median = lambda values: values[len(values) // 2]  # noqa: E731
    print("  soffice load         median %.2f s (min %.2f, max %.2f) over %d runs"
          % (median(loads), loads[0], loads[-1], args.runs))
    print("  layout after load    median %.2f s (min %.2f, max %.2f): the first UNO call waits for it"
          % (median(layouts), layouts[0], layouts[-1]))
    print("  check() in soffice   median %.3f s (min %.3f, max %.3f): extraction + all rules, %d findings"
          % (median(checks), checks[0], checks[-1], findings))
    print("                       %.1f us per paragraph, %.0f%% of load and layout"
          % (1e6 * median(checks) / args.paragraphs, 100 * median(checks) / (median(loads) + median(layouts))))
    print("  over the UNO bridge  %.2f ms per paragraph for the text alone (500 read from Python): "
          "%.0f s for the whole document" % (1e3 * walk / walked, walk / walked * args.paragraphs))


if __name__ == "__main__":
    main()
