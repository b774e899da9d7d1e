#!/usr/bin/python3
"""Live checking: gwcheck's Proofreader (src/uno/proofreader.cxx) in a real headless soffice with
the built extension in a private profile — registered and active for zh-CN and en-US, findings
with their offsets and suggestions through doProofreading and through the proofreading iterator,
paragraphs with fields, paragraphs Writer asks about in en-US, the LiveChecking setting, and a
suggestion applied to the document.

    GWCHECK_OXT=build/gwcheck.oxt /usr/bin/python3 tests/integration/proofreader/proofreader_test.py [Test]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration", "uno"))
import harness  # noqa: E402
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


def locale(language, country):
    from com.sun.star.lang import Locale
    return Locale(language, country, "")


def zh_cn():
    return locale("zh", "CN")


def en_us():
    return locale("en", "US")


# A report whose level-3 headings skip from 1. to 3.: paragraphs that start with a digit, which
# Writer asks about in the document's Western language (en-US), not in zh-CN.
LEVEL_3_GAP = [
    "关于2024年工作情况的报告",
    "一、工作开展情况",
    "（一）强化组织领导",
    "1.健全工作机制。全年召开专题会议研究部署。",
    "3.完善制度建设。制定印发管理办法。",
    "二、下一步工作",
]

# An English document with a Chinese line in it: gwcheck's rules find things in its English
# paragraphs (the document checker service reports them), which live checking must not show.
ENGLISH = [
    "Annual report",
    "1. Introduction",
    "3. Results,as expected(see the table).",
    "The budget grew by 5%,from 2023 to 2024.",
    "附件：统计表",
]


def wait_for(predicate, timeout=20.0, step=0.2):
    deadline = time.time() + timeout
    while True:
        value = predicate()
        if value or time.time() > deadline:
            return value
        time.sleep(step)


class ProofreaderCase(unittest.TestCase):
    """A soffice with gwcheck, and the helpers of the tests."""

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
    def report(self, paragraphs=PARAGRAPHS, asian=("zh", "CN")):
        """A Writer document with the paragraphs, its Chinese text marked zh-CN and its Western
        text en-US (as a document written in Chinese Writer, Word or WPS is)."""
        doc = self.office.new_document()
        builder = DocumentBuilder(doc)
        for text in paragraphs:
            builder.paragraph(text, chars={"CharLocaleAsian": locale(*asian), "CharLocale": en_us()})
        return doc

    def insert_field(self, doc, text_start, offset, service, **properties):
        """Inserts a text field at `offset` of the paragraph that starts with `text_start`."""
        text = doc.getText()
        paragraphs = text.createEnumeration()
        while paragraphs.hasMoreElements():
            paragraph = paragraphs.nextElement()
            if paragraph.getString().startswith(text_start):
                break
        else:
            self.fail("no paragraph starts with " + text_start)
        cursor = text.createTextCursorByRange(paragraph.getStart())
        cursor.goRight(offset, False)
        field = doc.createInstance(service)
        for name, value in properties.items():
            setattr(field, name, value)
        text.insertTextContent(cursor, field, False)

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
        """What the proofreading iterator reports for a paragraph, as for Writer's context menu:
        the iterator asks in the language Writer gives the paragraph's first character."""
        iterator = self.office.smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator",
                                                              self.office.ctx)
        paragraph = self.flat_paragraph(doc, text_start)
        text = paragraph.getText()
        return iterator.checkSentenceAtPosition(doc, paragraph, text, zh_cn(), 0, len(text), 0)

    def check_in_order(self, doc, text_start):
        """check_at after the iterator has asked about the document's first paragraph, as Writer's
        checking in the background does, from the top."""
        first = self.flat_paragraph(doc, "").getText()
        self.check_at(doc, first)
        return self.check_at(doc, text_start)

    def language_of(self, doc, text_start):
        found = self.flat_paragraph(doc, text_start).getLanguageOfText(0, 1)
        return found.Language + "-" + found.Country


class ProofreaderTest(ProofreaderCase):
    # -- registration ----------------------------------------------------------------------
    def test_registered_and_active_for_zh_cn_and_en_us(self):
        manager = self.office.smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager",
                                                             self.office.ctx)
        for wanted in (zh_cn(), en_us()):
            self.assertIn(IMPLEMENTATION, manager.getAvailableServices(PROOFREADER, wanted))
            # Active without the user ticking it in Writing Aids.
            self.assertIn(IMPLEMENTATION, manager.getConfiguredServices(PROOFREADER, wanted))
            self.assertTrue(self.proofreader.hasLocale(wanted))

    def test_not_registered_for_traditional_or_singapore_chinese(self):
        # GB/T 9704 is the mainland's: documents in these locales follow other conventions.
        manager = self.office.smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager",
                                                             self.office.ctx)
        for country in ("TW", "HK", "SG", "MO"):
            self.assertFalse(self.proofreader.hasLocale(locale("zh", country)), country)
            self.assertNotIn(IMPLEMENTATION, manager.getAvailableServices(PROOFREADER, locale("zh", country)))

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

    # -- fields whose text comes from the layout ----------------------------------------------
    # The document-level check reads a page number, a page count… as one U+FFFC (the same with a
    # layout and without); Writer's flat paragraph shows the value after its U+200B. The heading
    # after the numbering gap is still the paragraph that check has.
    def assert_gap_reported_with_layout_field(self, doc):
        shown = self.flat_paragraph(doc, "（三）").getText()
        self.assertRegex(shown, "\u200b[0-9]+", "Writer does not show the field's value: " + repr(shown))
        gap = self.wait_for_rule(lambda: self.check_at(doc, "（三）"), "HN-08")
        self.assertIsNotNone(gap, "the numbering gap is not reported for a heading with a layout field")
        self.assertTrue(shown[gap.nErrorStart:gap.nErrorStart + gap.nErrorLength].startswith("（三"))
        # A finding after the field lands on its text too.
        placeholder = self.errors_by_rule(self.check_at(doc, "（三）"))["TH-01"]
        self.assertEqual(shown[placeholder.nErrorStart:placeholder.nErrorStart + placeholder.nErrorLength], "X")

    # The heading after the gap, where a field goes, with a placeholder after it.
    FIELD_HEADING = "（三）完善制度建设（第页）X项"
    FIELD_AT = len("（三）完善制度建设（第")

    def test_heading_with_a_page_number_field_gets_its_document_level_findings(self):
        import uno
        doc = self.report(PARAGRAPHS[:3] + [self.FIELD_HEADING] + PARAGRAPHS[4:])
        self.insert_field(doc, "（三）", self.FIELD_AT, "com.sun.star.text.TextField.PageNumber",
                          NumberingType=uno.getConstantByName("com.sun.star.style.NumberingType.ARABIC"),
                          SubType=uno.Enum("com.sun.star.text.PageNumberType", "CURRENT"))
        self.assert_gap_reported_with_layout_field(doc)

    def test_heading_with_a_page_count_field_gets_its_document_level_findings(self):
        import uno
        doc = self.report(PARAGRAPHS[:3] + [self.FIELD_HEADING] + PARAGRAPHS[4:])
        self.insert_field(doc, "（三）", self.FIELD_AT, "com.sun.star.text.TextField.PageCount",
                          NumberingType=uno.getConstantByName("com.sun.star.style.NumberingType.ARABIC"))
        self.assert_gap_reported_with_layout_field(doc)

    # -- paragraphs Writer asks about in en-US -----------------------------------------------
    def test_a_heading_starting_with_a_digit_gets_its_findings_though_writer_asks_in_en_us(self):
        doc = self.report(LEVEL_3_GAP)
        # Writer gives a paragraph the language of its first character: a digit is Western text.
        self.assertEqual(self.language_of(doc, "3."), "en-US")
        self.assertEqual(self.language_of(doc, "（一）"), "zh-CN")
        gap = self.wait_for_rule(lambda: self.check_in_order(doc, "3."), "HN-08")
        self.assertIsNotNone(gap, "the numbering gap 1. → 3. is not reported")
        shown = self.flat_paragraph(doc, "3.").getText()
        self.assertTrue(shown[gap.nErrorStart:gap.nErrorStart + gap.nErrorLength].startswith("3"))

    def assert_nothing_shown(self, doc, paragraphs):
        """No paragraph gets an underline, for as long as a document-level check takes to come."""
        def shown():
            return [(text, error.aRuleIdentifier) for text in paragraphs
                    for error in self.check_in_order(doc, text).aErrors]
        self.assertEqual(wait_for(shown, timeout=8), [])

    def test_an_english_document_gets_nothing(self):
        doc = self.report(ENGLISH)
        english = ENGLISH[1:4]
        self.assertEqual({self.language_of(doc, text) for text in english}, {"en-US"})
        # gwcheck's rules do find things in these paragraphs ...
        findings = self.office.checker().check(doc, self.office.props(Language="zh-CN"))
        self.assertTrue([f for f in findings if f.Paragraph in (1, 2, 3) and f.Severity != "info"
                         and not f.Rule.startswith("HF-")],
                        "the test needs findings on the English paragraphs")
        # ... and the Chinese line is asked about in zh-CN: still an English document.
        self.check_at(doc, "附件")
        self.assert_nothing_shown(doc, english)

    def test_a_traditional_chinese_document_gets_nothing(self):
        # zh-TW paragraphs do not come to gwcheck; those starting with a digit come in en-US, and
        # are not answered either: the document was never asked about in zh-CN.
        doc = self.report(LEVEL_3_GAP, asian=("zh", "TW"))
        self.assertEqual(self.language_of(doc, "（一）"), "zh-TW")
        self.assertEqual(self.language_of(doc, "3."), "en-US")
        self.assert_nothing_shown(doc, ["3."])

ENGLISH_CHECKER = "org.gwcheck.test.EnglishChecker"


def build_english_checker(folder):
    """english_checker/ as an extension in `folder`."""
    source = os.path.join(HERE, "english_checker")
    oxt = os.path.join(folder, "english_checker.oxt")
    with zipfile.ZipFile(oxt, "w") as archive:
        for name in ("META-INF/manifest.xml", "description.xml", "english_checker.py", "Linguistic.xcu"):
            archive.write(os.path.join(source, name), name)
    return oxt


class EnglishCheckerBehindTest(ProofreaderCase):
    """LibreOffice calls the first configured grammar checker of a language only. Where gwcheck was
    installed before an English checker, gwcheck is the first for en-US: the English checker must
    still check English documents, through gwcheck."""

    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="gwcheck-english-checker-")
        english_oxt = build_english_checker(cls.folder)
        install_gwcheck = harness.install

        def install_both(oxt, profile):
            listing = install_gwcheck(oxt, profile)
            env = harness.profile_env(profile)
            subprocess.run(["unopkg", "add", "--shared", "-f", "-s"] + env + [english_oxt],
                           check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            subprocess.run(["soffice", "--headless", "--norestore", "--terminate_after_init"] + env,
                           check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return listing

        harness.install = install_both
        try:
            super().setUpClass()
        finally:
            harness.install = install_gwcheck
        # gwcheck first: the list LibreOffice makes when it found gwcheck first (the order of checkers
        # found at the same start is the service manager's; the options dialog keeps one).
        import uno
        from com.sun.star.beans import PropertyValue
        manager = cls.office.smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager",
                                                            cls.office.ctx)
        manager.getConfiguredServices(PROOFREADER, en_us())  # LibreOffice lists the checkers it found
        provider = cls.office.smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider",
                                                             cls.office.ctx)
        node = PropertyValue()
        node.Name, node.Value = "nodepath", "/org.openoffice.Office.Linguistic/ServiceManager/GrammarCheckerList"
        access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", (node,))
        uno.invoke(access, "replaceByName", ("en-US", uno.Any("[]string", (IMPLEMENTATION, ENGLISH_CHECKER))))
        access.commitChanges()
        if tuple(manager.getConfiguredServices(PROOFREADER, en_us())) != (IMPLEMENTATION,):
            raise RuntimeError("gwcheck is not the first grammar checker for en-US")

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def test_an_english_document_is_checked_by_the_english_checker(self):
        doc = self.report(["Annual report", "This is teh report.", "附件：统计表"])
        error = wait_for(lambda: self.errors_by_rule(self.check_in_order(doc, "This")).get("TEST_TEH"))
        self.assertIsNotNone(error, "the English checker behind gwcheck was not asked")
        self.assertEqual(tuple(error.aSuggestions), ("the",))

    def test_a_chinese_documents_paragraph_in_en_us_is_still_gwchecks(self):
        doc = self.report(LEVEL_3_GAP[:4] + ["3.完善制度建设。这是teh。"] + LEVEL_3_GAP[5:])
        gap = self.wait_for_rule(lambda: self.check_in_order(doc, "3."), "HN-08")
        self.assertIsNotNone(gap, "the numbering gap 1. → 3. is not reported")
        self.assertNotIn("TEST_TEH", self.errors_by_rule(self.check_at(doc, "3.")))

    def test_english_checker_is_asked_with_live_checking_off(self):
        doc = self.report(["Annual report", "This is teh report."])
        self.set_live_checking(False)
        self.assertIsNotNone(wait_for(lambda: self.errors_by_rule(self.check_at(doc, "This")).get("TEST_TEH")))


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1] + sys.argv[1:], verbosity=2)
