#!/usr/bin/python3
"""Live checking in a visible Writer under Xvfb: a report with a half-width bracket in a level-2
marker and a placeholder is opened; Writer's automatic grammar checking goes over it with gwcheck's
Proofreader, and the context menu offers the fix. Screenshots land in --out.

    /usr/bin/python3 underline_ui.py --oxt build/gwcheck.oxt --out DIR
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ui"))
sys.path.insert(0, os.path.join(HERE, "..", "uno"))
import harness  # noqa: E402
from test_writer_ui import WriterUnderXvfb, check, failures, wait_for  # noqa: E402

PARAGRAPHS = [
    "关于2024年上半年工作情况的报告",
    "一、主要工作开展情况",
    "（一)强化组织领导。年初召开X次专题会议，研究部署全年工作。",
    "（三）完善制度建设。制定印发管理办法，规范工作流程。",
]


def proofreading():
    """com.sun.star.text.TextMarkupType.PROOFREADING (uno is imported once the types are set up)."""
    import uno
    return uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with WriterUnderXvfb(args.oxt, args.out) as writer:
        from com.sun.star.lang import Locale
        zh = Locale("zh", "CN", "")
        doc = writer.load("private:factory/swriter")
        frame = doc.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1440, 900, 15)
        builder = harness.DocumentBuilder(doc)
        for text in PARAGRAPHS:
            builder.paragraph(text, chars={"CharLocaleAsian": zh})

        # Writer's own pass: every paragraph checked (the automatic flat-paragraph iterator has
        # nothing left), and the iterator reports the finding with its fix.
        iterator = writer.service("com.sun.star.linguistic2.ProofreadingIterator")

        def marker_error():
            flat = doc.getFlatParagraphIterator(proofreading(), False)
            paragraph = flat.getFirstPara()
            while paragraph is not None and not paragraph.getText().startswith("（一)"):
                paragraph = flat.getNextPara()
            if paragraph is None:
                return None
            text = paragraph.getText()
            result = iterator.checkSentenceAtPosition(doc, paragraph, text, zh, 0, len(text), 0)
            return next((e for e in result.aErrors if e.aRuleIdentifier == "HN-02"), None)

        error = wait_for(marker_error, timeout=60)
        check(error is not None and tuple(error.aSuggestions) == ("（一）",),
              "the iterator reports HN-02 with the suggestion （一）")
        check(wait_for(lambda: doc.getFlatParagraphIterator(proofreading(), True).getFirstPara() is None, timeout=60),
              "Writer's automatic grammar checking went over every paragraph")
        time.sleep(3)  # the background check's second pass (PROOFREAD_AGAIN) and the repaint
        writer.screenshot("live-checking-underline.png")
        doc.close(True)  # unsaved: terminating with it open would ask whether to save
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
