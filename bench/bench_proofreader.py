#!/usr/bin/python3
"""Live checking's cost per paragraph: gwcheck's Proofreader on a 300-page report (6,000
paragraphs of bench_service.py's report) in soffice. Prints figures; not a test.

    bench/bench_proofreader.py [--build build] [--paragraphs 6000]

The report is opened in a headless soffice with the built extension (a framed, hidden load, as a
document the user has open) and its text marked zh-CN. The timing runs inside soffice, in a Basic
macro (no UNO bridge per call; Basic's own call overhead is measured and printed), and prints:
  doProofreading        per call, over every paragraph, once the document-level check has the
                        document (the typing-free case: the iterator's pass over the document)
  edited paragraphs     per call on paragraphs changed since that check (the paragraph-local
                        rules on the paragraph among its neighbours)
  a trivial UNO call    hasLocale() per paragraph: what the script's own call costs, included above
  through the iterator  checkSentenceAtPosition on flat paragraphs, LibreOffice's share included
  document-level check  DocumentChecker.check(): reading the document and checking it all, what the
                        background refresh does after a pause in typing (off the typing path)
Needs Debian's python3-uno (/usr/bin/python3).
"""
import argparse
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration", "uno"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from harness import Office  # noqa: E402
from bench_service import print_banner, report_paragraphs, write_fodt  # noqa: E402

# Runs inside soffice (a Basic module of the application's Standard library): every call in the
# timed loops is an in-process call. Returns "name value" lines.
BASIC_MODULE = """
Function Bench(doc As Object, proofreader As Object, iterator As Object, checker As Object) As String
    Dim zh As New com.sun.star.lang.Locale
    zh.Language = "zh"
    zh.Country = "CN"
    Dim noProperties() As New com.sun.star.beans.PropertyValue
    Dim texts() As String
    Dim n As Long, i As Long, errors As Long, t As Double
    paragraphs = doc.getText().createEnumeration()
    n = 0
    While paragraphs.hasMoreElements()
        element = paragraphs.nextElement()
        If element.supportsService("com.sun.star.text.Paragraph") Then
            ReDim Preserve texts(n)
            texts(n) = element.getString()
            n = n + 1
        End If
    Wend
    out = "paragraphs " & n & Chr(10)

    errors = 0
    t = GetSystemTicks()
    For i = 0 To n - 1
        result = proofreader.doProofreading("bench", texts(i), zh, 0, Len(texts(i)), noProperties())
        errors = errors + UBound(result.aErrors) + 1
    Next i
    out = out & "checked_ms " & Str((GetSystemTicks() - t) / n) & Chr(10) & "checked_errors " & errors & Chr(10)

    Dim edited As Long
    edited = 1000
    If edited > n Then edited = n
    errors = 0
    t = GetSystemTicks()
    For i = 0 To edited - 1
        result = proofreader.doProofreading("bench", texts(i) & "。", zh, 0, Len(texts(i)) + 1, noProperties())
        errors = errors + UBound(result.aErrors) + 1
    Next i
    out = out & "edited_ms " & Str((GetSystemTicks() - t) / edited) & Chr(10) & "edited_calls " & edited & Chr(10)

    t = GetSystemTicks()
    For i = 0 To n - 1
        proofreader.hasLocale(zh)
    Next i
    out = out & "trivial_ms " & Str((GetSystemTicks() - t) / n) & Chr(10)

    flat = doc.getFlatParagraphIterator(com.sun.star.text.TextMarkupType.PROOFREADING, False)
    paragraph = flat.getFirstPara()
    Dim sampled As Long
    sampled = 0
    t = GetSystemTicks()
    While Not IsNull(paragraph) And sampled < 1000
        text = paragraph.getText()
        iterator.checkSentenceAtPosition(doc, paragraph, text, zh, 0, Len(text), -1)
        sampled = sampled + 1
        paragraph = flat.getNextPara()
    Wend
    out = out & "iterator_ms " & Str((GetSystemTicks() - t) / sampled) & Chr(10) & "iterator_calls " & sampled & Chr(10)

    t = GetSystemTicks()
    checker.check(doc, noProperties())
    out = out & "document_check_s " & Str((GetSystemTicks() - t) / 1000) & Chr(10)
    Bench = out
End Function
"""


def set_zh_cn(doc):
    from com.sun.star.lang import Locale
    cursor = doc.getText().createTextCursor()
    cursor.gotoStart(False)
    cursor.gotoEnd(True)
    cursor.setPropertyValue("CharLocaleAsian", Locale("zh", "CN", ""))
    return Locale("zh", "CN", "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--paragraphs", type=int, default=6000)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="gwcheck-bench-proofreader-")
    fodt = os.path.join(work, "report.fodt")
    write_fodt(fodt, report_paragraphs(args.paragraphs), many_findings=True)
    print_banner("live checking", args.paragraphs)

    with Office(os.path.join(args.build, "gwcheck.oxt")) as office:
        import uno
        libraries = office.smgr.createInstanceWithContext("com.sun.star.script.ApplicationScriptLibraryContainer",
                                                          office.ctx)
        if not libraries.hasByName("Standard"):
            libraries.createLibrary("Standard")
        libraries.loadLibrary("Standard")
        libraries.getByName("Standard").insertByName("GwcheckBench", BASIC_MODULE)
        factory = office.ctx.getValueByName("/singletons/com.sun.star.script.provider.theMasterScriptProviderFactory")
        script = factory.createScriptProvider("").getScript(
            "vnd.sun.star.script:Standard.GwcheckBench.Bench?language=Basic&location=application")

        doc = office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(fodt), "_blank", 0,
            office.props(Hidden=True, FilterName="OpenDocument Text Flat XML"))
        office.documents.append(doc)
        zh = set_zh_cn(doc)
        proofreader = office.smgr.createInstanceWithContext("org.gwcheck.comp.Proofreader", office.ctx)
        iterator = office.smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", office.ctx)
        checker = office.checker()
        # The document-level check runs in the background, a second after the last change: wait
        # until it has the document (a placeholder paragraph gets its finding).
        placeholder = next(t for t in report_paragraphs(args.paragraphs) if "X次" in t)
        start = time.perf_counter()
        while not proofreader.doProofreading("bench", placeholder, zh, 0, len(placeholder), ()).aErrors:
            if time.perf_counter() - start > 300:
                sys.exit("bench: no findings 300 s after the document was opened")
            time.sleep(0.05)
        ready = time.perf_counter() - start
        result, _, _ = script.invoke((doc, proofreader, iterator, checker), (), ())

    figures = dict(line.split(None, 1) for line in result.strip().splitlines())
    number = {key: float(value) for key, value in figures.items()}
    print("doProofreading, document checked: %.4f ms per call (%d calls, %d errors underlined)"
          % (number["checked_ms"], number["paragraphs"], number["checked_errors"]))
    print("doProofreading, edited paragraphs: %.4f ms per call (%d calls)"
          % (number["edited_ms"], number["edited_calls"]))
    print("  of which Basic's own UNO call: %.4f ms (hasLocale)" % number["trivial_ms"])
    print("through the iterator (checkSentenceAtPosition, LibreOffice's share included): %.4f ms per call (%d calls)"
          % (number["iterator_ms"], number["iterator_calls"]))
    print("document-level check, as the background refresh does it (read + check: DocumentChecker.check): %.2f s"
          % number["document_check_s"])
    print("first document-level check ready %.1f s after the document was opened and marked zh-CN" % ready)

if __name__ == "__main__":
    main()
