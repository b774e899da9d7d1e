#!/usr/bin/python3
"""Live checking: gwcheck's Proofreader (src/uno/proofreader.cxx) in a real headless soffice with
the built extension in a private profile — registered and active for zh-CN, findings with their
offsets and suggestions through doProofreading and through the proofreading iterator, the
LiveChecking setting, and a suggestion applied to the document.

    GWCHECK_OXT=build/gwcheck.oxt /usr/bin/python3 tests/integration/proofreader/proofreader_test.py [Test]
"""
import os
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration", "uno"))
from harness import DocumentBuilder, Office  # noqa: E402

OXT = os.environ.get("GWCHECK_OXT", os.path.join(ROOT, "build", "gwcheck.oxt"))
IMPLEMENTATION = "org.gwcheck.comp.Proofreader"
PROOFREADER = "com.sun.star.linguistic2.Proofreader"

# A report with a half-width bracket in a level-2 marker and a placeholder (paragraph 2), and a
# numbering gap: （一） then （三） (paragraph 3, a finding of the document-level check only).
PARAGRAPHS = [
    "关于2024年工作情况的报告",
    "一、工作开展情况",
    "（一)强化组织领导。全年召开X次专题会议研究部署。",
    "（三）完善制度建设。制定印发管理办法。",
    "二、下一步工作",
    "（一）持续推进改革。",
]


def proofreading():
    """com.sun.star.text.TextMarkupType.PROOFREADING (uno is imported once the types are set up)."""
    import uno
    return uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")


def zh_cn():
    from com.sun.star.lang import Locale
    return Locale("zh", "CN", "")


def wait_for(predicate, timeout=20.0, step=0.2):
    deadline = time.time() + timeout
    while True:
        value = predicate()
        if value or time.time() > deadline:
            return value
        time.sleep(step)


class ProofreaderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office(OXT)
        cls.office.start()
        cls.proofreader = cls.office.smgr.createInstanceWithContext(IMPLEMENTATION, cls.office.ctx)
        if cls.proofreader is None:
            raise RuntimeError(IMPLEMENTATION + " is not registered in soffice")

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        self.set_live_checking(True)

    def tearDown(self):
        # Documents with the same paragraphs open side by side would leave the checker guessing
        # which one a paragraph belongs to.
        for doc in list(self.office.documents):
            self.office.close(doc)

    # -- helpers ---------------------------------------------------------------------------
    def report(self, paragraphs=PARAGRAPHS):
        """A Writer document with the paragraphs, its Chinese text marked zh-CN (as a document
        written in Chinese Writer or WPS is)."""
        doc = self.office.new_document()
        builder = DocumentBuilder(doc)
        for text in paragraphs:
            builder.paragraph(text, chars={"CharLocaleAsian": zh_cn()})
        return doc

    def set_live_checking(self, enabled):
        import uno
        from com.sun.star.beans import PropertyValue
        provider = self.office.smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider",
                                                              self.office.ctx)
        node = PropertyValue()
        node.Name, node.Value = "nodepath", "/org.gwcheck.Settings"
        access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", (node,))
        uno.invoke(access, "replaceByName", ("LiveChecking", uno.Any("boolean", enabled)))
        access.commitChanges()

    def proofread(self, text, doc_id="test"):
        return self.proofreader.doProofreading(doc_id, text, zh_cn(), 0, len(text), ())

    def errors_by_rule(self, result):
        return {error.aRuleIdentifier: error for error in result.aErrors}

    def wait_for_rule(self, check, rule):
        """The document-level check runs in the background: proofread until `rule` is reported."""
        return wait_for(lambda: self.errors_by_rule(check()).get(rule))

    def flat_paragraph(self, doc, text_start):
        iterator = doc.getFlatParagraphIterator(proofreading(), False)
        paragraph = iterator.getFirstPara()
        while paragraph is not None:
            if paragraph.getText().startswith(text_start):
                return paragraph
            paragraph = iterator.getNextPara()
        self.fail("no paragraph starts with " + text_start)

    def check_at(self, doc, text_start):
        iterator = self.office.smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator",
                                                              self.office.ctx)
        paragraph = self.flat_paragraph(doc, text_start)
        text = paragraph.getText()
        return iterator.checkSentenceAtPosition(doc, paragraph, text, zh_cn(), 0, len(text), 0)

    # -- registration ----------------------------------------------------------------------
    def test_registered_and_active_for_zh_cn(self):
        manager = self.office.smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager",
                                                             self.office.ctx)
        self.assertIn(IMPLEMENTATION, manager.getAvailableServices(PROOFREADER, zh_cn()))
        # Active without the user ticking it in Writing Aids.
        self.assertIn(IMPLEMENTATION, manager.getConfiguredServices(PROOFREADER, zh_cn()))
        self.assertTrue(self.proofreader.hasLocale(zh_cn()))
        from com.sun.star.lang import Locale
        self.assertFalse(self.proofreader.hasLocale(Locale("en", "US", "")))

    # -- doProofreading --------------------------------------------------------------------
    def test_paragraph_findings_with_offsets_and_suggestion(self):
        self.report()
        text = PARAGRAPHS[2]
        marker = self.wait_for_rule(lambda: self.proofread(text), "HN-02")
        self.assertIsNotNone(marker, "HN-02 not reported for " + text)
        self.assertEqual(text[marker.nErrorStart:marker.nErrorStart + marker.nErrorLength], "（一)")
        self.assertEqual(tuple(marker.aSuggestions), ("（一）",))
        self.assertEqual(marker.nErrorType, proofreading())
        self.assertTrue(marker.aShortComment)
        placeholder = self.errors_by_rule(self.proofread(text))["TH-01"]
        self.assertEqual(text[placeholder.nErrorStart:placeholder.nErrorStart + placeholder.nErrorLength], "X")
        # The whole paragraph is one sentence to the checker.
        self.assertEqual(self.proofread(text).nBehindEndOfSentencePosition, len(text))

    def test_structural_finding_from_the_document_level_check(self):
        self.report()
        gap = self.wait_for_rule(lambda: self.proofread(PARAGRAPHS[3]), "HN-08")
        self.assertIsNotNone(gap, "the numbering gap （一） → （三） is not reported")
        # A clean paragraph of the same document has nothing.
        self.assertEqual(len(self.proofread(PARAGRAPHS[5]).aErrors), 0)

    def test_heading_format_is_left_to_the_findings_panel(self):
        doc = self.report()
        self.wait_for_rule(lambda: self.proofread(PARAGRAPHS[3]), "HN-08")  # the document is checked
        # The heading 一、 is set in 仿宋 (the builder's body font): the service reports its font ...
        findings = self.office.checker().check(doc, self.office.props(Language="zh-CN"))
        self.assertIn(("HF-01", 1), [(f.Rule, f.Paragraph) for f in findings])
        # ... the underline does not: no suggestion could change a font.
        self.assertNotIn("HF-01", self.errors_by_rule(self.proofread(PARAGRAPHS[1])))

    def test_edited_paragraph_gets_local_findings_at_once(self):
        self.report()
        self.wait_for_rule(lambda: self.proofread(PARAGRAPHS[3]), "HN-08")
        edited = PARAGRAPHS[3] + "共X项。"
        errors = self.errors_by_rule(self.proofread(edited))
        self.assertIn("TH-01", errors)
        self.assertEqual(edited[errors["TH-01"].nErrorStart], "X")
        self.assertNotIn("HN-08", errors)  # the document-level check has not seen this text yet

    def test_option_off_reports_nothing(self):
        self.report()
        self.assertIsNotNone(self.wait_for_rule(lambda: self.proofread(PARAGRAPHS[2]), "HN-02"))
        self.set_live_checking(False)
        self.assertTrue(wait_for(lambda: len(self.proofread(PARAGRAPHS[2]).aErrors) == 0, timeout=5))
        self.set_live_checking(True)
        self.assertIsNotNone(self.wait_for_rule(lambda: self.proofread(PARAGRAPHS[2]), "HN-02"))

    # -- through the proofreading iterator ---------------------------------------------------
    def test_iterator_reports_the_finding_and_the_applied_suggestion_removes_it(self):
        doc = self.report()
        marker = self.wait_for_rule(lambda: self.check_at(doc, "（一)"), "HN-02")
        self.assertIsNotNone(marker, "checkSentenceAtPosition did not report HN-02")
        paragraph = self.flat_paragraph(doc, "（一)")
        text = paragraph.getText()
        self.assertEqual(text[marker.nErrorStart:marker.nErrorStart + marker.nErrorLength], "（一)")
        # Apply the suggestion as Writer does: the error's range replaced by it.
        paragraph.changeText(marker.nErrorStart, marker.nErrorLength, marker.aSuggestions[0], ())
        self.assertIn(PARAGRAPHS[2].replace("（一)", "（一）"), self.office.paragraph_texts(doc))
        errors = self.errors_by_rule(self.check_at(doc, "（一）强化"))
        self.assertNotIn("HN-02", errors)
        self.assertIn("TH-01", errors)  # the other finding of the paragraph is still there

    def test_iterator_reports_a_gap_an_edit_makes_once_the_document_is_checked_again(self):
        clean = [text.replace("（三）", "（二）") for text in PARAGRAPHS[:2]] + [PARAGRAPHS[2].replace("（一)", "（一）"),
                                                                              PARAGRAPHS[3].replace("（三）", "（二）")]
        doc = self.report(clean)
        self.assertIsNotNone(self.wait_for_rule(lambda: self.check_at(doc, "（一）强化"), "TH-01"))
        self.assertNotIn("HN-08", self.errors_by_rule(self.check_at(doc, "（二）完善")))
        self.flat_paragraph(doc, "（二）完善").changeText(1, 1, "三", ())
        # The gap is structural: only the document-level check, run again after the edit, sees it.
        self.assertIsNotNone(self.wait_for_rule(lambda: self.check_at(doc, "（三）完善"), "HN-08"))

    def test_offsets_are_those_of_the_flat_paragraph_with_a_field(self):
        # A page-number field before the placeholder: the document-level check reads it as one
        # U+FFFC, Writer's flat paragraph shows the number; the finding lands on the "X" all the same.
        import uno
        doc = self.report(PARAGRAPHS[:2] + ["（一)第页召开X次专题会议研究部署。"])
        text = doc.getText()
        cursor = text.createTextCursorByRange(text.getEnd())
        cursor.gotoStartOfParagraph(False)
        cursor.goRight(4, False)
        field = doc.createInstance("com.sun.star.text.TextField.PageNumber")
        field.NumberingType = uno.getConstantByName("com.sun.star.style.NumberingType.ARABIC")
        field.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
        text.insertTextContent(cursor, field, False)
        placeholder = self.wait_for_rule(lambda: self.check_at(doc, "（一)第"), "TH-01")
        self.assertIsNotNone(placeholder)
        shown = self.flat_paragraph(doc, "（一)第").getText()
        self.assertEqual(shown[placeholder.nErrorStart:placeholder.nErrorStart + placeholder.nErrorLength], "X")
        errors = self.errors_by_rule(self.check_at(doc, "（一)第"))
        marker = errors["HN-02"]
        self.assertEqual(shown[marker.nErrorStart:marker.nErrorStart + marker.nErrorLength], "（一)")
        self.assertNotIn("PN-12", errors)  # the U+200B Writer puts before a field is not the author's

    def test_paragraph_with_a_field_gets_its_document_level_findings(self):
        # A fixed date field in the paragraph after the numbering gap: once the U+200B Writer puts
        # before it is left out, the paragraph is the one the document-level check has.
        doc = self.report()
        text = doc.getText()
        enum = text.createEnumeration()
        paragraph = None
        while enum.hasMoreElements():
            paragraph = enum.nextElement()
            if paragraph.getString().startswith("（三）"):
                break
        cursor = text.createTextCursorByRange(paragraph.getStart())
        cursor.goRight(len("（三）完善制度建设。制定"), False)
        field = doc.createInstance("com.sun.star.text.TextField.DateTime")
        field.IsFixed = True
        field.IsDate = True
        text.insertTextContent(cursor, field, False)
        gap = self.wait_for_rule(lambda: self.check_at(doc, "（三）"), "HN-08")
        self.assertIsNotNone(gap, "the numbering gap is not reported for a paragraph with a field")
        shown = self.flat_paragraph(doc, "（三）").getText()
        self.assertIn("\u200b", shown)
        self.assertTrue(shown[gap.nErrorStart:gap.nErrorStart + gap.nErrorLength].startswith("（三"))

if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1] + sys.argv[1:], verbosity=2)
