#!/usr/bin/python3
"""What one 定位 (locate) and one 修复 (fix by key) cost on bench_service.py's 20,000-paragraph
report, with and without the check the service keeps from the call before. Prints figures; not
a test.

    bench/bench_locate.py [--build build] [--paragraphs 20000] [--runs 5]

Times, in a headless soffice with the built extension, on the .fodt loaded without a frame
(editable, as a document in Writer is):
  check()                   read and every rule, the findings passed to this script
  extraction                check() with every rule off: the read alone
  locate, kept check        locate() of a finding right after check() (the panel's 定位)
  locate, after an edit     locate() after a one-character edit: the kept check is stale, so a
                            new read and check
  fixFindings, kept check   fixFindings() of one key right after check() (the panel's 修复)
Before the kept check, the panel's 定位 ran a check and then read the document once more to map
the finding to a range: about check() + extraction.
Needs Debian's python3-uno (/usr/bin/python3).
"""
import argparse
import json
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_service import FILTERS, ROOT, median, print_banner, report_paragraphs, timed, write_fodt  # noqa: E402
from harness import Office  # noqa: E402  (bench_service puts the harness on the path)


def load_editable(office, path):
    """Without a frame, as bench_service.py loads, but editable: a read-only document has the
    setting of its modified state disabled, so it notifies no changes and the service keeps no
    check of it."""
    import uno
    model = office.smgr.createInstanceWithContext("com.sun.star.text.TextDocument", office.ctx)
    model.load(office.props(URL=uno.systemPathToFileUrl(path), ReadOnly=False,
                            FilterName=FILTERS[os.path.splitext(path)[1]]))
    return model


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--paragraphs", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="gwcheck-bench-locate-")
    fodt = os.path.join(work, "report-%d.fodt" % args.paragraphs)
    write_fodt(fodt, report_paragraphs(args.paragraphs), many_findings=True)
    print_banner("locate", args.paragraphs)
    with Office(os.path.join(args.build, "gwcheck.oxt")) as office:
        checker = office.checker()
        options = office.props(Language="en-US")
        no_rules = office.props(Language="en-US", Config=json.dumps(
            {"rules": {rule["code"]: "off" for rule in json.loads(checker.getRules())}}))
        doc = load_editable(office, fodt)
        assert doc.isSetModifiedEnabled()
        figures = {key: [] for key in ("check", "extraction", "kept", "edited", "fix")}
        for run in range(args.runs):
            figures["extraction"].append(timed(lambda: checker.check(doc, no_rules))[0])
            seconds, findings = timed(lambda: checker.check(doc, options))
            figures["check"].append(seconds)
            # A finding far into the document, different each run.
            target = findings[len(findings) * (run + 1) // (args.runs + 1)]
            seconds, found = timed(lambda: checker.locate(doc, target.Key, options))
            assert found is not None and found.getString(), target.Key
            figures["kept"].append(seconds)
            doc.getText().getEnd().setString("。")
            seconds, found = timed(lambda: checker.locate(doc, target.Key, options))
            assert found is not None
            figures["edited"].append(seconds)
            fixable = next(f for f in checker.check(doc, options) if f.FixKind)
            seconds, result = timed(lambda: checker.fixFindings(doc, (fixable.Key,), options))
            assert tuple(result.Keys) == (fixable.Key,)
            figures["fix"].append(seconds)
        doc.close(True)
    m = {key: median(values) for key, values in figures.items()}
    print("median of %d:" % args.runs)
    print("  check() %.3f s, extraction %.3f s: the 定位 before the kept check ≈ %.3f s"
          % (m["check"], m["extraction"], m["check"] + m["extraction"]))
    print("  locate, kept check %.4f s; locate, after an edit %.3f s" % (m["kept"], m["edited"]))
    print("  fixFindings of one key, kept check %.4f s" % m["fix"])


if __name__ == "__main__":
    main()
