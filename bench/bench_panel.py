#!/usr/bin/python3
"""How long the findings panel takes to fill on bench_service.py's 20,000-paragraph report
(thousands of findings), in a visible Writer under Xvfb with the built extension. Prints figures;
not a test.

    bench/bench_panel.py [--build build] [--paragraphs 20000] [--runs 3]

Times, each a median of --runs:
  Check command     org.gwcheck.ui:Check through the dispatcher (synchronous): everything the
                    panel does — its check, getStructure, the structure tree, the list
  regroup           org.gwcheck.ui:GroupBy (by rule, by heading, by severity): the list alone,
                    refilled without a check
  service           check() + getStructure() called from this script, for comparison: it
                    includes passing every finding over the UNO bridge to Python, which the
                    panel (inside soffice) does not pay
Needs Debian's python3-uno (/usr/bin/python3), Xvfb and LibreOffice.
"""
import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_service import ROOT, median, print_banner, report_paragraphs, timed, write_fodt  # noqa: E402

sys.path.insert(0, os.path.join(ROOT, "tests", "integration", "ui"))
import test_writer_ui as ui  # noqa: E402  (the Writer-under-Xvfb driver)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--paragraphs", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="gwcheck-bench-panel-")
    fodt = os.path.join(work, "report-%d.fodt" % args.paragraphs)
    write_fodt(fodt, report_paragraphs(args.paragraphs), many_findings=True)
    print_banner("panel", args.paragraphs)
    with ui.WriterUnderXvfb(os.path.join(args.build, "gwcheck.oxt"), work) as writer:
        import uno
        props = ui.harness.Office.props
        doc = writer.load(uno.systemPathToFileUrl(fodt))
        frame = doc.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1440, 900, 15)
        dispatcher = writer.service("com.sun.star.frame.DispatchHelper")
        checker = writer.service("org.gwcheck.DocumentChecker")
        options = props(Language="zh-CN")

        def dispatch(command, **arguments):
            return dispatcher.executeDispatch(frame, command, "", 0, props(**arguments))

        dispatch("org.gwcheck.ui:ShowPanel")
        panel = ui.StateReader(writer, frame)
        tree = ui.StateReader(writer, frame, "org.gwcheck.ui:StructureState")
        ui.wait_for(lambda: panel.rows() is not None, timeout=120)
        figures = {key: [] for key in ("service", "command", "regroup")}
        findings = rows = nodes = 0
        for _ in range(args.runs):
            seconds, found = timed(lambda: checker.check(doc, options))
            seconds += timed(lambda: checker.getStructure(doc, options))[0]
            figures["service"].append(seconds)
            findings = len(found)
            figures["command"].append(timed(lambda: dispatch("org.gwcheck.ui:Check"))[0])
            rows = len(panel.rows() or ())
            nodes = len(tree.rows() or ())
            for by in ("rule", "heading", "severity"):
                figures["regroup"].append(timed(lambda: dispatch("org.gwcheck.ui:GroupBy", By=by))[0])
        doc.close(True)
    m = {key: median(values) for key, values in figures.items()}
    print("%d findings, %d list rows, %d tree nodes; median of %d:" % (findings, rows, nodes, args.runs))
    print("  Check command (check, structure, tree, list) %.3f s" % m["command"])
    print("  regroup the list (no check) %.3f s" % m["regroup"])
    print("  service from Python (check + getStructure, bridge included) %.3f s" % m["service"])
    if ui.failures:
        print("setup problems: %s" % ui.failures)


if __name__ == "__main__":
    main()
