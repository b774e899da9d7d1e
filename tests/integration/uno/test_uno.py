#!/usr/bin/python3
"""Integration tests of the DocumentChecker service in a real headless soffice with the built
extension in a private profile. Run by ctest (label soffice), or by hand:

    GWCHECK_OXT=build/gwcheck.oxt /usr/bin/python3 tests/integration/uno/test_uno.py [TestClass]
"""
import json
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from harness import Office  # noqa: E402

OXT = os.environ.get("GWCHECK_OXT", os.path.join(ROOT, "build", "gwcheck.oxt"))
FIXTURES = os.path.join(HERE, "fixtures")
EXAMPLES = os.path.join(ROOT, "examples")

# fixtures/structure.* (see make_fixtures.py): (rule, paragraph, start, length) of the two
# spine rules, in document order. Paragraphs 4 and 5 are the cells of a table; paragraph 8 has a
# page-number field (read as one U+FFFC, whatever page it shows) before its placeholder; the page
# header's "XXX" is not body text.
EXPECTED = [
    ("HN-02", 2, 0, 3),
    ("TH-01", 2, 14, 1),
    ("TH-01", 3, 15, 1),
    ("TH-01", 4, 0, 3),
    ("HN-02", 7, 0, 3),
    ("TH-01", 8, 10, 2),
]
P2 = "(一)强化组织领导。年初召开X次会议，研究部署全年工作。"
P2_FIXED = "（一）强化组织领导。年初召开X次会议，研究部署全年工作。"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def spine(findings):
    return [(f.Rule, f.Paragraph, f.Start, f.Length) for f in findings if f.Rule in ("HN-02", "TH-01")]


class SofficeTest(unittest.TestCase):
    office = None

    @classmethod
    def setUpClass(cls):
        if not os.path.exists(OXT):
            raise RuntimeError("no %s: build the extension first" % OXT)
        cls.office = Office(OXT)
        cls.office.start()
        cls.checker = cls.office.checker()
        cls.props = staticmethod(Office.props)

    @classmethod
    def tearDownClass(cls):
        if cls.office:
            cls.office.stop()

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gwcheck-test-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def copy(self, path):
        target = os.path.join(self.tmp, os.path.basename(path))
        shutil.copyfile(path, target)
        return target

    def load_copy(self, name, read_only=False):
        return self.office.load(self.copy(os.path.join(FIXTURES, name)), read_only=read_only)

    def check(self, doc, **options):
        return self.checker.check(doc, self.props(**options))


class InstallTest(SofficeTest):
    def test_unopkg_lists_every_part_registered(self):
        listing = self.office.listing
        self.assertIn("Identifier: org.gwcheck.extension", listing)
        self.assertNotIn("is registered: no", listing)
        for part in ("gwcheck.components", "gwcheck.rdb", "registry/gwcheck.xcs", "registry/gwcheck.xcu"):
            self.assertIn(part, listing)

    def test_service_info_and_rule_catalogue(self):
        self.assertEqual(self.checker.getImplementationName(), "org.gwcheck.comp.DocumentChecker")
        self.assertTrue(self.checker.supportsService("org.gwcheck.DocumentChecker"))
        rules = {rule["code"]: rule for rule in json.loads(self.checker.getRules())}
        self.assertEqual(rules["HN-02"]["slug"], "l2-marker-form")
        self.assertEqual(rules["HN-02"]["fixKind"], "A")
        self.assertEqual(rules["TH-01"]["fixKind"], "N")
        self.assertEqual(rules["TH-01"]["severity"], "error")

    def test_settings_defaults_are_installed(self):
        provider = self.office.smgr.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.office.ctx)
        node = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess",
            self.props(nodepath="/org.gwcheck.Settings"))
        self.assertEqual(node.getByName("Profile"), "report")
        self.assertEqual(node.getByName("PreSubmission"), "warn")
        self.assertEqual(tuple(node.getByName("RuleSeverities")), ())


class CheckTest(SofficeTest):
    def check_fixture(self, name):
        path = self.copy(os.path.join(FIXTURES, name))
        before = read_bytes(path)
        listing = sorted(os.listdir(self.tmp))
        doc = self.office.load(path, read_only=True)
        findings = self.check(doc, Language="en-US")
        self.assertEqual(spine(findings), EXPECTED)
        self.office.close(doc)
        # Check mode never writes: same bytes, and no lock file left beside the input.
        self.assertEqual(read_bytes(path), before)
        self.assertEqual(sorted(os.listdir(self.tmp)), listing)
        return findings

    def test_odt_exact_findings(self):
        findings = self.check_fixture("structure.odt")
        first = findings[[f.Rule for f in findings].index("HN-02")]
        self.assertEqual(first.Severity, "error")
        self.assertEqual(first.Slug, "l2-marker-form")
        self.assertEqual(first.FixKind, "A")
        self.assertEqual(first.Location, "一、 › (一)")
        self.assertEqual(first.Context, P2)
        self.assertIn("（一）", first.Message)
        self.assertTrue(first.Message.startswith("Level-2 marker"))
        self.assertTrue(first.Key.startswith("HN-02:"))
        # The fix as text: the marker's three characters become the full-width form.
        self.assertEqual([(e.Paragraph, e.Start, e.Length, e.Replacement) for e in first.Edits],
                         [(2, 0, 3, "（一）")])
        edit = first.Edits[0]
        self.assertEqual(P2[:edit.Start] + edit.Replacement + P2[edit.Start + edit.Length:], P2_FIXED)
        placeholder = [f for f in findings if f.Rule == "TH-01"][0]
        self.assertEqual(placeholder.FixKind, "")
        self.assertEqual(len(placeholder.Edits), 0)

    def test_docx_exact_findings(self):
        self.check_fixture("structure.docx")

    def test_plain_text_has_no_format_findings(self):
        # Writer gives a .txt its default fonts and sizes; they are not the author's, so the
        # heading format rules have nothing to say about them. The marker rules still do.
        path = os.path.join(self.tmp, "plain.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("关于加强工作的报告\n一、总体要求\n(一)强化组织领导\n")
        doc = self.office.load(path, read_only=True)
        rules = [f.Rule for f in self.check(doc)]
        self.assertIn("HN-02", rules)
        self.assertEqual([r for r in rules if r.startswith("HF-")], [])

    def test_language_option(self):
        doc = self.load_copy("structure.odt", read_only=True)
        zh = [f for f in self.check(doc, Language="zh-CN") if f.Rule == "HN-02"][0]
        self.assertEqual(zh.Message, "二级标题序号“(一)”应为全角括号“（一）”，其后不加标点（GB/T 9704-2012 §7.3.3）")

    def test_config_option(self):
        doc = self.load_copy("structure.odt", read_only=True)
        findings = self.check(doc, Config='{"rules": {"TH-01": "off", "HN-02": "warning"}}')
        self.assertEqual([(f.Rule, f.Paragraph) for f in findings if f.Rule in ("HN-02", "TH-01")],
                         [("HN-02", 2), ("HN-02", 7)])
        self.assertEqual({f.Severity for f in findings if f.Rule == "HN-02"}, {"warning"})

    def test_bad_input_is_an_illegal_argument(self):
        from com.sun.star.lang import IllegalArgumentException
        doc = self.load_copy("structure.odt", read_only=True)
        with self.assertRaises(IllegalArgumentException) as raised:
            self.check(doc, Config='{"rules": {"XX-99": "off"}}')
        self.assertIn("XX-99", raised.exception.Message)
        with self.assertRaises(IllegalArgumentException):
            self.check(doc, Colour="red")
        # Any component that is not a Writer text document (here the desktop itself).
        with self.assertRaises(IllegalArgumentException):
            self.check(self.office.desktop)


class SettingsTest(SofficeTest):
    """Without a Config option the service follows LibreOffice's settings (/org.gwcheck.Settings)."""

    def settings(self, **values):
        provider = self.office.smgr.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.office.ctx)
        node = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            self.props(nodepath="/org.gwcheck.Settings"))
        import uno
        for name, value in values.items():
            uno.invoke(node, "replaceByName", (name, value))
        node.commitChanges()

    def tearDown(self):
        import uno
        self.settings(RuleSeverities=uno.Any("[]string", ()))
        super().tearDown()

    def test_rule_severities_setting(self):
        import uno
        doc = self.load_copy("structure.odt", read_only=True)
        self.settings(RuleSeverities=uno.Any("[]string", ("TH-01=off", "HN-02=info")))
        findings = self.check(doc)
        self.assertNotIn("TH-01", [f.Rule for f in findings])
        self.assertEqual({f.Severity for f in findings if f.Rule == "HN-02"}, {"info"})

    def test_invalid_setting_is_reported(self):
        import uno
        from com.sun.star.lang import IllegalArgumentException
        doc = self.load_copy("structure.odt", read_only=True)
        self.settings(RuleSeverities=uno.Any("[]string", ("TH-01=sometimes",)))
        with self.assertRaises(IllegalArgumentException) as raised:
            self.check(doc)
        self.assertIn("sometimes", raised.exception.Message)


class NumberingTest(SofficeTest):
    def test_list_label_is_read_and_marker_from_label_is_not_text(self):
        from harness import DocumentBuilder
        doc = self.office.new_document()
        builder = DocumentBuilder(doc)
        builder.paragraph("关于工作情况的报告", para={"ParaAdjust": 3})
        builder.paragraph("工作开展情况")
        builder.paragraph("(一)强化组织领导。")
        # Writer numbering "一、" on the first heading: a list of its own, level 1 in Chinese numerals.
        paragraphs = doc.getText().createEnumeration()
        paragraphs.nextElement()
        heading = paragraphs.nextElement()
        rules = doc.createInstance("com.sun.star.text.NumberingRules")
        level = list(rules.getByIndex(0))
        for i, prop in enumerate(level):
            if prop.Name == "NumberingType":
                prop.Value = 15  # com.sun.star.style.NumberingType.NUMBER_LOWER_ZH
            elif prop.Name == "Suffix":
                prop.Value = "、"
            elif prop.Name == "ListFormat":  # since 7.2 it wins over Prefix and Suffix
                prop.Value = "%1%、"
            elif prop.Name == "Prefix":
                prop.Value = ""
            level[i] = prop
        import uno
        uno.invoke(rules, "replaceByIndex", (0, uno.Any("[]com.sun.star.beans.PropertyValue", tuple(level))))
        heading.NumberingRules = rules
        self.assertEqual(heading.ListLabelString, "一、")
        # The label is read: the (一) below sits under it; offsets stay those of the typed text.
        found = [(f.Rule, f.Paragraph, f.Start, f.Length, f.Location) for f in self.check(doc) if f.Rule == "HN-02"]
        self.assertEqual(found, [("HN-02", 2, 0, 3, "一、 › (一)")])


BASIC_MODULE = """
Function CheckDocument(oDoc As Object) As String
    Dim oChecker As Object
    oChecker = CreateUnoService("org.gwcheck.DocumentChecker")
    Dim aOptions(0) As New com.sun.star.beans.PropertyValue
    aOptions(0).Name = "Language"
    aOptions(0).Value = "en-US"
    Dim aFindings As Variant
    aFindings = oChecker.check(oDoc, aOptions())
    Dim sResult As String
    Dim i As Long
    For i = LBound(aFindings) To UBound(aFindings)
        sResult = sResult & aFindings(i).Rule & " " & aFindings(i).Paragraph & " " & _
                  aFindings(i).Start & " " & aFindings(i).Length & Chr(10)
    Next i
    CheckDocument = sResult
End Function
"""


class BasicMacroTest(SofficeTest):
    def test_basic_macro_creates_the_service_and_gets_findings(self):
        libraries = self.office.smgr.createInstanceWithContext(
            "com.sun.star.script.ApplicationScriptLibraryContainer", self.office.ctx)
        if not libraries.hasByName("Standard"):
            libraries.createLibrary("Standard")
        libraries.loadLibrary("Standard")
        standard = libraries.getByName("Standard")
        if standard.hasByName("GwcheckTest"):
            standard.removeByName("GwcheckTest")
        standard.insertByName("GwcheckTest", BASIC_MODULE)
        factory = self.office.ctx.getValueByName(
            "/singletons/com.sun.star.script.provider.theMasterScriptProviderFactory")
        provider = factory.createScriptProvider("")
        script = provider.getScript(
            "vnd.sun.star.script:Standard.GwcheckTest.CheckDocument?language=Basic&location=application")
        doc = self.load_copy("structure.odt", read_only=True)
        result, _, _ = script.invoke((doc,), (), ())
        lines = [tuple(line.split()) for line in result.splitlines()]
        got = [(rule, int(p), int(s), int(n)) for rule, p, s, n in lines if rule in ("HN-02", "TH-01")]
        self.assertEqual(got, EXPECTED)


class FixTest(SofficeTest):
    def paragraph(self, doc, index):
        return Office.paragraph_texts(doc)[index]

    def char_at(self, doc, paragraph_start_text, offset, prop):
        # The paragraph is found by its start, then one character is read.
        enum = doc.getText().createEnumeration()
        while enum.hasMoreElements():
            element = enum.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph") and \
                    element.getString().startswith(paragraph_start_text):
                cursor = doc.getText().createTextCursorByRange(element.getStart())
                cursor.goRight(offset, False)
                cursor.goRight(1, True)
                return cursor.getPropertyValue(prop)
        raise AssertionError("no paragraph starts with " + paragraph_start_text)

    def key_of(self, doc, rule, paragraph):
        return [f.Key for f in self.check(doc) if f.Rule == rule and f.Paragraph == paragraph][0]

    def test_heading_after_a_line_break_is_split_off(self):
        # "一、总体情况" Shift+Enter "（一）工作进展" in one paragraph: HN-17 reads the line break
        # as Writer gives it, and its fix makes it a paragraph break, keeping the character format.
        from harness import DocumentBuilder
        from com.sun.star.text.ControlCharacter import LINE_BREAK
        doc = self.office.new_document()
        builder = DocumentBuilder(doc)
        builder.paragraph("关于工作情况的报告", para={"ParaAdjust": 3})
        builder.paragraph("一、总体情况", chars={"CharFontNameAsian": "黑体"})
        text = doc.getText()
        text.insertControlCharacter(text.getEnd(), LINE_BREAK, False)
        text.insertString(text.getEnd(), "（一）工作进展", False)
        builder.paragraph("正文。")
        found = [(f.Rule, f.Paragraph, f.Start) for f in self.check(doc) if f.Rule == "HN-17"]
        self.assertEqual(found, [("HN-17", 1, 6)])
        self.assertEqual(self.checker.fix(doc, (self.key_of(doc, "HN-17", 1),), self.props()), 1)
        self.assertEqual(Office.paragraph_texts(doc)[1:4], ["一、总体情况", "（一）工作进展", "正文。"])
        self.assertEqual(self.char_at(doc, "（一）工作进展", 3, "CharFontNameAsian"), "黑体")
        self.assertEqual([f.Rule for f in self.check(doc) if f.Rule == "HN-17"], [])

    def test_fix_keeps_formatting_and_bookmark(self):
        doc = self.load_copy("structure.odt")
        self.assertEqual(self.checker.fix(doc, (self.key_of(doc, "HN-02", 2),), self.props()), 1)
        self.assertEqual(self.paragraph(doc, 2), P2_FIXED)
        # Bold 强化组织领导。 (offsets 3..9), italic 研究部署 (19..22), the rest plain.
        for offset in range(3, 10):
            self.assertEqual(self.char_at(doc, "（一）强化", offset, "CharWeight"), 150.0, offset)
        self.assertEqual(self.char_at(doc, "（一）强化", 10, "CharWeight"), 100.0)
        self.assertEqual(self.char_at(doc, "（一）强化", 19, "CharPosture").value, "ITALIC")
        self.assertEqual(self.char_at(doc, "（一）强化", 18, "CharPosture").value, "NONE")
        bookmark = doc.getBookmarks().getByName("gwcheck_mark")
        self.assertEqual(bookmark.getAnchor().getString(), "会议")
        # The other (一) was not asked for.
        self.assertEqual(self.paragraph(doc, 7), "(一)继续加强学习。")

    def test_fix_all_is_one_undo_step(self):
        doc = self.load_copy("structure.odt")
        original = Office.paragraph_texts(doc)
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        edits = self.checker.fix(doc, (), self.props(Language="zh-CN"))
        self.assertGreaterEqual(edits, 2)
        fixed = Office.paragraph_texts(doc)
        # Other safe fixes (e.g. a standalone heading's end point) may come along.
        self.assertTrue(fixed[2].startswith("（一）强化组织领导"), fixed[2])
        self.assertTrue(fixed[7].startswith("（一）继续加强学习"), fixed[7])
        titles = undo.getAllUndoActionTitles()
        self.assertEqual(len(titles), steps + 1)
        self.assertEqual(titles[0], "公文检查：全部修复")
        undo.undo()
        self.assertEqual(Office.paragraph_texts(doc), original)

    def test_fix_all_converges_and_writer_matches_the_model(self):
        # The core plans all passes on its model without reading Writer again; if Writer had
        # drifted from the model, a re-check would find fixable problems or new ones.
        doc = self.load_copy("structure.odt")
        self.checker.fix(doc, (), self.props())
        after = self.check(doc)
        self.assertEqual([(f.Rule, f.Paragraph, f.Start) for f in after if f.FixKind == "A"], [])
        self.assertEqual(self.checker.fix(doc, (), self.props()), 0)
        self.assertNotIn("HN-02", [f.Rule for f in after])

    def test_fix_with_rules_option(self):
        doc = self.load_copy("structure.odt")
        self.assertEqual(self.checker.fix(doc, (), self.props(Rules=("HN-02",))), 2)
        texts = Office.paragraph_texts(doc)
        self.assertEqual((texts[2], texts[7]), (P2_FIXED, "（一）继续加强学习。"))

    def test_tracked_changes_record_the_fix(self):
        doc = self.load_copy("structure.odt")
        doc.RecordChanges = True
        self.assertEqual(self.checker.fix(doc, (self.key_of(doc, "HN-02", 2),), self.props()), 1)
        redlines = doc.getRedlines()
        types = set()
        enum = redlines.createEnumeration()
        while enum.hasMoreElements():
            types.add(enum.nextElement().getPropertyValue("RedlineType"))
        self.assertTrue({"Insert", "Delete"} <= types, types)
        # The deleted "(一)" is still in the text until accepted; the checker reads past it.
        after = spine(self.check(doc))
        self.assertNotIn(("HN-02", 2, 0, 3), after)
        self.assertIn(("TH-01", 2, 14, 1), after)
        self.assertIn(("HN-02", 7, 0, 3), after)

    def test_ignore_survives_save_and_reload(self):
        path = self.copy(os.path.join(FIXTURES, "structure.odt"))
        doc = self.office.load(path, read_only=False)
        key = self.key_of(doc, "TH-01", 4)
        self.checker.ignore(doc, (key,))
        self.assertNotIn(("TH-01", 4, 0, 3), spine(self.check(doc)))
        doc.store()
        self.office.close(doc)
        doc = self.office.load(path, read_only=True)
        after = spine(self.check(doc))
        self.assertNotIn(("TH-01", 4, 0, 3), after)
        self.assertIn(("TH-01", 3, 15, 1), after)


class ServiceTest(SofficeTest):
    """XDocumentChecker2: fix by keys saying what was fixed, locate, annotate (issue 11)."""

    TWINS = "全年开展X次督查，覆盖X个单位。"
    COMMAS = "加强学习,加强学习,推进工作。"

    def twins_document(self):
        from harness import DocumentBuilder
        doc = self.office.new_document()
        builder = DocumentBuilder(doc)
        builder.paragraph("关于工作情况的报告", para={"ParaAdjust": 3})
        builder.paragraph(self.TWINS)
        builder.paragraph(self.COMMAS)
        return doc

    def of_rule(self, doc, rule, paragraph):
        return [f for f in self.check(doc) if f.Rule == rule and f.Paragraph == paragraph]

    @staticmethod
    def paragraph_element(doc, index):
        enum = doc.getText().createEnumeration()
        for _ in range(index):
            enum.nextElement()
        return enum.nextElement()

    def text_before(self, doc, paragraph, text_range):
        """The paragraph's text from its start to the range (tracked deletions included)."""
        cursor = doc.getText().createTextCursorByRange(self.paragraph_element(doc, paragraph).getStart())
        cursor.gotoRange(text_range.getStart(), True)
        return cursor.getString()

    def test_fix_one_of_two_equal_findings_returns_its_key_and_leaves_the_twin(self):
        doc = self.twins_document()
        commas = self.of_rule(doc, "PN-01", 2)
        self.assertEqual(len(commas), 2)
        self.assertNotEqual(commas[0].Key, commas[1].Key)
        result = self.checker.fixFindings(doc, (commas[1].Key,), self.props())
        self.assertEqual(tuple(result.Keys), (commas[1].Key,))
        self.assertEqual(result.Edits, 1)
        self.assertEqual(Office.paragraph_texts(doc)[2], "加强学习,加强学习，推进工作。")
        left = self.of_rule(doc, "PN-01", 2)
        self.assertEqual([(f.Start, f.Length) for f in left], [(commas[0].Start, commas[0].Length)])
        # A key that is gone fixes nothing and says so.
        result = self.checker.fixFindings(doc, (commas[1].Key,), self.props())
        self.assertEqual((tuple(result.Keys), result.Edits), ((), 0))

    def test_locate_selects_the_twin_asked_for(self):
        doc = self.twins_document()
        first, second = self.of_rule(doc, "TH-01", 1)
        for finding, before in ((first, "全年开展"), (second, "全年开展X次督查，覆盖")):
            found = self.checker.locate(doc, finding.Key, self.props())
            self.assertIsNotNone(found)
            self.assertEqual(found.getString(), "X")
            self.assertEqual(self.text_before(doc, 1, found), before)
        self.assertIsNone(self.checker.locate(doc, first.Key + "-gone", self.props()))

    def test_locate_after_a_tracked_fix_earlier_in_the_paragraph(self):
        doc = self.load_copy("structure.odt")
        doc.RecordChanges = True
        heading = self.of_rule(doc, "HN-02", 2)[0]
        self.assertEqual(tuple(self.checker.fixFindings(doc, (heading.Key,), self.props()).Keys), (heading.Key,))
        # "(一)" stays in the text as a tracked deletion before "（一）"; the model reads past it.
        placeholder = self.of_rule(doc, "TH-01", 2)[0]
        found = self.checker.locate(doc, placeholder.Key, self.props())
        self.assertIsNotNone(found)
        self.assertEqual(found.getString(), P2_FIXED[placeholder.Start:placeholder.Start + placeholder.Length])
        self.assertEqual(found.getString(), "X")
        self.assertTrue(self.text_before(doc, 2, found).endswith("年初召开"))
        after = doc.getText().createTextCursorByRange(found.getEnd())
        after.goRight(3, True)
        self.assertEqual(after.getString(), "次会议")

    def test_locate_after_an_edit_does_not_use_the_check_before_it(self):
        # The service keeps the last check until the document changes: an edit of the paragraph
        # changes the finding's key, so the old key is gone, not mapped to shifted offsets.
        doc = self.twins_document()
        old = self.of_rule(doc, "TH-01", 1)[1]
        self.assertIsNotNone(self.checker.locate(doc, old.Key, self.props()))
        self.paragraph_element(doc, 1).getStart().setString("今年")
        self.assertIsNone(self.checker.locate(doc, old.Key, self.props()))
        new = self.of_rule(doc, "TH-01", 1)[1]
        found = self.checker.locate(doc, new.Key, self.props())
        self.assertEqual(found.getString(), "X")
        self.assertEqual(self.text_before(doc, 1, found), "今年全年开展X次督查，覆盖")
        # An undo is a change too.
        doc.getUndoManager().undo()
        self.assertIsNone(self.checker.locate(doc, new.Key, self.props()))
        self.assertEqual(self.text_before(doc, 1, self.checker.locate(doc, old.Key, self.props())),
                         "全年开展X次督查，覆盖")

    def test_locate_on_a_read_only_document_reads_it_each_time(self):
        # A read-only document notifies no changes: nothing may be kept of it.
        doc = self.load_copy("structure.odt", read_only=True)
        placeholder = self.of_rule(doc, "TH-01", 2)[0]
        self.assertEqual(self.checker.locate(doc, placeholder.Key, self.props()).getString(), "X")
        self.paragraph_element(doc, 2).getStart().setString("今年")
        self.assertIsNone(self.checker.locate(doc, placeholder.Key, self.props()))

    @staticmethod
    def comments(doc):
        out = []
        fields = doc.getTextFields().createEnumeration()
        while fields.hasMoreElements():
            field = fields.nextElement()
            if field.supportsService("com.sun.star.text.textfield.Annotation") and field.Author == "公文检查":
                out.append(field)
        return out

    def test_annotate_every_finding_in_one_undo_step(self):
        doc = self.twins_document()
        findings = self.check(doc, Language="en-US")
        self.assertGreaterEqual(len(findings), 4)
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        self.assertEqual(self.checker.annotate(doc, (), self.props(Language="en-US")), len(findings))
        comments = self.comments(doc)
        self.assertEqual(sorted(c.Content for c in comments), sorted(f.Rule + " " + f.Message for f in findings))
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        undo.undo()
        self.assertEqual(self.comments(doc), [])

    def test_annotate_one_finding_marks_its_text(self):
        doc = self.twins_document()
        second = self.of_rule(doc, "TH-01", 1)[1]
        self.assertEqual(self.checker.annotate(doc, (second.Key,), self.props(Language="zh-CN")), 1)
        (comment,) = self.comments(doc)
        self.assertTrue(comment.Content.startswith("TH-01 "), comment.Content)
        self.assertEqual(comment.getAnchor().getString(), "X")
        self.assertEqual(self.text_before(doc, 1, comment.getAnchor()), "全年开展X次督查，覆盖")

    def test_fix_all_returns_the_keys_it_fixed(self):
        doc = self.load_copy("structure.odt")
        before = {f.Key: f for f in self.check(doc)}
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        result = self.checker.fixFindings(doc, (), self.props())
        keys = set(result.Keys)
        self.assertEqual(len(keys), len(result.Keys))
        headings = {k for k, f in before.items() if f.Rule == "HN-02"}
        self.assertEqual(len(headings), 2)
        self.assertTrue(headings <= keys, (headings, keys))
        # Keys of the first pass are keys of the check before; only safe fixes were made.
        self.assertTrue(all(before[k].FixKind == "A" for k in keys if k in before))
        self.assertGreaterEqual(result.Edits, len(keys & set(before)))
        self.assertEqual([f.Rule for f in self.check(doc) if f.FixKind == "A"], [])
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        again = self.checker.fixFindings(doc, (), self.props())
        self.assertEqual((tuple(again.Keys), again.Edits), ((), 0))

    def test_check_summary_counts_what_check_finds(self):
        doc = self.load_copy("structure.odt")
        findings = self.check(doc)
        summary = {p.Name: p.Value for p in self.checker.checkSummary(doc, self.props())}
        self.assertEqual(summary["Paragraphs"], len(Office.paragraph_texts(doc)))
        self.assertEqual(summary["Findings"], len(findings))
        for name, severity in (("Errors", "error"), ("Warnings", "warning"), ("Info", "info")):
            self.assertEqual(summary[name], sum(f.Severity == severity for f in findings), name)
        self.assertGreater(summary["Errors"], 0)
        self.assertGreater(summary["ReadSeconds"], 0)
        self.assertGreater(summary["RulesSeconds"], 0)
        # With every rule off: nothing found, the document still read.
        rules = json.loads(self.checker.getRules())
        quiet = json.dumps({"rules": {rule["code"]: "off" for rule in rules}})
        summary = {p.Name: p.Value for p in self.checker.checkSummary(doc, self.props(Config=quiet))}
        self.assertEqual((summary["Findings"], summary["Errors"]), (0, 0))
        self.assertEqual(summary["Paragraphs"], len(Office.paragraph_texts(doc)))

    def test_without_formatting_rules_the_formatting_is_not_read_and_nothing_else_changes(self):
        doc = self.load_copy("structure.odt")
        formatting = {rule["code"] for rule in json.loads(self.checker.getRules()) if rule["readsFormatting"]}
        self.assertEqual(formatting, {"HF-01", "HF-02", "HF-03", "HF-04", "PG-03", "PG-05", "PG-07", "PG-08"})
        every = self.check(doc)
        self.assertTrue(any(f.Rule in formatting for f in every))
        off = json.dumps({"rules": {code: "off" for code in formatting}})
        rest = self.checker.check(doc, self.props(Config=off))
        self.assertEqual([(f.Key, f.Message) for f in rest],
                         [(f.Key, f.Message) for f in every if f.Rule not in formatting])


def read_records(data):
    """XDocumentChecker3.checkRecords' compact form, read as its IDL documents it."""
    data = bytes(data)
    assert data[0] == 1, "version"
    pos = 1

    def number():
        nonlocal pos
        value, shift = 0, 0
        while True:
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value

    def text():
        nonlocal pos
        length = number()
        pos += length
        return data[pos - length:pos].decode("utf-8")

    records = []
    for _ in range(number()):
        record = dict(Rule=text(), Slug=text(), Severity=text(), Paragraph=number(), Start=number(),
                      Length=number(), Message=text(), FixKind=text(), Location=text(), Context=text(),
                      Key=text())
        record["Edits"] = [(number(), number(), number(), text()) for _ in range(number())]
        records.append(record)
    assert pos == len(data)
    return records


class FileCheckTest(SofficeTest):
    """XDocumentChecker3: a file opened inside soffice in one call, findings in one byte array."""

    def test_check_records_are_what_check_returns(self):
        doc = self.load_copy("structure.odt")
        for language in ("zh-CN", "en-US"):
            findings = self.check(doc, Language=language)
            records = read_records(self.checker.checkRecords(doc, self.props(Language=language)))
            expected = [dict(Rule=f.Rule, Slug=f.Slug, Severity=f.Severity, Paragraph=f.Paragraph, Start=f.Start,
                             Length=f.Length, Message=f.Message, FixKind=f.FixKind, Location=f.Location,
                             Context=f.Context, Key=f.Key,
                             Edits=[(e.Paragraph, e.Start, e.Length, e.Replacement) for e in f.Edits])
                        for f in findings]
            self.assertEqual(records, expected)
            self.assertTrue(any(r["Edits"] for r in records))
            self.assertTrue(any(r["Location"] for r in records))

    def test_open_file_frameless_or_framed_read_only_and_never_writes(self):
        import uno
        path = self.copy(os.path.join(FIXTURES, "structure.docx"))
        before = read_bytes(path)
        listing = sorted(os.listdir(self.tmp))
        url = uno.systemPathToFileUrl(path)
        for load_path in ("frameless", "framed"):
            opened = self.checker.openFile(url, self.props(LoadPath=load_path))
            self.assertEqual((opened.Failure, opened.LoadPath, opened.FilterName), ("", load_path, "MS Word 2007 XML"))
            self.assertTrue(opened.Document.isReadonly())
            self.assertEqual(spine(self.check(opened.Document, Language="en-US")), EXPECTED)
            opened.Document.close(True)
        self.assertEqual(self.checker.openFile(url, self.props()).LoadPath, "frameless")
        self.assertEqual(read_bytes(path), before)
        self.assertEqual(sorted(os.listdir(self.tmp)), listing)

    def test_open_file_says_why_it_cannot(self):
        import uno
        corrupt = os.path.join(self.tmp, "broken.docx")
        with open(corrupt, "wb") as out:
            out.write(b"PK\x03\x04" + os.urandom(4000))
        opened = self.checker.openFile(uno.systemPathToFileUrl(corrupt), self.props())
        self.assertEqual(opened.Failure, "corrupt")
        self.assertIn("docx", opened.Message)
        self.assertIsNone(opened.Document)
        # A password request fails the load at once: nobody is there to answer it.
        for name in ("encrypted.docx", "secret.odt", "secret.doc"):
            path = self.copy(os.path.join(ROOT, "tests", "fixtures", "cli", "mixed", name))
            opened = self.checker.openFile(uno.systemPathToFileUrl(path), self.props())
            self.assertEqual(opened.Failure, "encrypted", name)
            self.assertIsNone(opened.Document)


class ExamplesTest(SofficeTest):
    """The bundled examples show what the README promises: (一) and placeholders."""

    def findings_of(self, name):
        doc = self.office.load(os.path.join(EXAMPLES, name), read_only=True)
        try:
            texts = Office.paragraph_texts(doc)
            return [(f.Rule, texts[f.Paragraph][f.Start:f.Start + f.Length]) for f in self.check(doc)]
        finally:
            self.office.close(doc)

    def test_seed_examples(self):
        for ext in (".odt", ".docx"):
            seed0 = self.findings_of("report-2024-h1" + ext)
            self.assertIn(("HN-02", "(一)"), seed0)
            self.assertIn(("TH-01", "X"), seed0)
            seed1 = self.findings_of("street-report" + ext)
            self.assertIn(("TH-01", "XXX"), seed1)

    def test_fix_all_on_a_seed_leaves_nothing_safe_and_undoes_in_one_step(self):
        # Many edits in long paragraphs, over several passes: if Writer drifted from the model
        # the core planned on, the re-check would find fixable problems again.
        for name in ("report-2024-h1.odt", "street-report.docx"):
            doc = self.office.load(self.copy(os.path.join(EXAMPLES, name)), read_only=False)
            original = Office.paragraph_texts(doc)
            self.assertGreater(self.checker.fix(doc, (), self.props()), 20)
            left = [(f.Rule, f.Paragraph, f.Start) for f in self.check(doc) if f.FixKind == "A"]
            self.assertEqual(left, [], name)
            self.assertEqual(len(doc.getUndoManager().getAllUndoActionTitles()), 1)
            doc.getUndoManager().undo()
            self.assertEqual(Office.paragraph_texts(doc), original, name)
            self.office.close(doc)

    def test_fix_all_with_tracked_changes(self):
        # Deleted text stays in the document as a redline; the adapter reads past it, so the
        # passes after the first still meet the text the model expects.
        doc = self.office.load(self.copy(os.path.join(EXAMPLES, "report-2024-h1.odt")), read_only=False)
        doc.RecordChanges = True
        self.assertGreater(self.checker.fix(doc, (), self.props()), 20)
        self.assertTrue(doc.getRedlines().createEnumeration().hasMoreElements())
        self.assertEqual([(f.Rule, f.Paragraph) for f in self.check(doc) if f.FixKind == "A"], [])
        self.office.close(doc)

    def test_clean_report_has_no_errors_or_warnings(self):
        doc = self.office.load(os.path.join(EXAMPLES, "clean-report.odt"), read_only=True)
        serious = [(f.Rule, f.Paragraph, f.Message) for f in self.check(doc, Language="en-US")
                   if f.Severity in ("error", "warning")]
        self.office.close(doc)
        self.assertEqual(serious, [])



class FormatTest(SofficeTest):
    """公文排版 through the service: format() plans every layout fix, previews it (DryRun) and
    applies it in one undo step without touching the text."""

    @staticmethod
    def counts(summary):
        return {value.Name: value.Value for value in summary}

    def page_style(self, doc):
        return doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")

    def test_dry_run_counts_and_changes_nothing(self):
        doc = self.load_copy("structure.odt")
        before = Office.paragraph_texts(doc)
        width = self.page_style(doc).Width
        preview = self.counts(self.checker.format(doc, self.props(DryRun=True)))
        self.assertGreater(preview["edits"], 0)
        self.assertEqual(preview["edits"], sum(v for k, v in preview.items() if k != "edits"))
        self.assertIn("page-number", preview)
        self.assertEqual(Office.paragraph_texts(doc), before)
        self.assertEqual(self.page_style(doc).Width, width)
        self.assertEqual(len(doc.getUndoManager().getAllUndoActionTitles()), 0)

    def test_format_is_one_undo_step_keeps_the_text_and_converges(self):
        doc = self.load_copy("structure.docx")
        before = Office.paragraph_texts(doc)
        text_formatting = lambda found: sorted((f.Rule, f.Paragraph) for f in found
                                               if f.Rule in ("PG-03", "PG-05", "PG-07", "HF-01", "HF-02"))
        formatting_before = text_formatting(self.check(doc))
        preview = self.counts(self.checker.format(doc, self.props(DryRun=True, Language="zh-CN")))
        applied = self.counts(self.checker.format(doc, self.props(Language="zh-CN")))
        self.assertEqual(applied, preview)
        self.assertEqual(Office.paragraph_texts(doc), before)
        style = self.page_style(doc)
        self.assertTrue(style.FooterIsOn)
        footer = style.FooterText.getString()
        self.assertTrue(footer.startswith("— ") and footer.endswith(" —"), footer)
        self.assertEqual(style.GridMode, 1)
        self.assertEqual(style.GridLines, 22)
        left = [(f.Rule, f.Paragraph) for f in self.check(doc) if f.Rule.startswith("PG-") and f.Rule != "PG-08"]
        self.assertEqual(left, [])
        self.assertEqual(self.counts(self.checker.format(doc, self.props()))["edits"], 0)
        titles = doc.getUndoManager().getAllUndoActionTitles()
        self.assertEqual(list(titles), ["公文检查：公文排版"])
        doc.getUndoManager().undo()
        # The character and paragraph formatting is undone: its findings are back. The page setup
        # stays: LibreOffice empties its undo stack whenever a page style is changed through the
        # API, so page style edits are made before the undo step.
        self.assertEqual(text_formatting(self.check(doc)), formatting_before)
        self.assertTrue(formatting_before)
        self.assertEqual(self.page_style(doc).GridMode, 1)
        self.assertTrue(self.page_style(doc).FooterIsOn)
        self.assertEqual(Office.paragraph_texts(doc), before)

    def test_dry_run_must_be_a_boolean(self):
        doc = self.load_copy("structure.odt")
        with self.assertRaises(Exception):
            self.checker.format(doc, self.props(DryRun="yes"))


class StructureTest(SofficeTest):
    """XDocumentStructure.getStructure: the elements in order and the heading tree (issue 9, 11)."""

    def structure(self, path, **options):
        doc = self.office.load(path, read_only=True)
        try:
            findings = self.check(doc, **options)
            return json.loads(self.checker.getStructure(doc, self.props(**options))), findings
        finally:
            self.office.close(doc)

    @staticmethod
    def outline(node, depth=0):
        """The heading tree as lines "  marker level first-last", as the core's unit test prints it."""
        lines = []
        for child in node["children"]:
            lines.append("%s%s %d %d-%d" % ("  " * depth, child["marker"], child["level"],
                                           child["first"], child["last"]))
            lines += StructureTest.outline(child, depth + 1)
        return lines

    @staticmethod
    def walk(nodes):
        for node in nodes:
            yield node
            yield from StructureTest.walk(node["children"])

    def test_full_notice_has_every_element_and_the_heading_tree(self):
        tree, findings = self.structure(self.copy(os.path.join(ROOT, "tests", "fixtures", "elements",
                                                               "notice-full.txt")))
        self.assertEqual([n["element"] for n in tree["nodes"]],
                         ["issuer-mark", "doc-number", "title", "addressee", "body", "attachment-note",
                          "signature", "date", "note", "attachment", "attachment", "copy-to", "imprint"])
        self.assertEqual(tree["paragraphs"], 30)
        self.assertEqual(tree["findings"], len(findings))
        title = tree["nodes"][2]
        self.assertEqual((title["nameZh"], title["nameEn"], title["first"], title["last"], title["confidence"]),
                         ("标题", "title", 2, 2, "high"))
        body = tree["nodes"][4]
        self.assertEqual(self.outline(body), ["一、 1 5-6", "二、 1 7-12", "  （一） 2 8-9", "  （二） 2 10-12",
                                              "    1. 3 11-11", "    2. 3 12-12", "三、 1 13-14"])
        second = body["children"][1]
        self.assertEqual((second["kind"], second["paragraph"], second["text"]), ("heading", 7, "重点任务"))

    def test_seed_tree_and_each_finding_on_the_node_of_its_paragraph(self):
        tree, findings = self.structure(os.path.join(ROOT, "tests", "fixtures", "seeds", "000_b7783f23aae105a9.txt"))
        kinds = [n["element"] for n in tree["nodes"]]
        self.assertIn("title", kinds)
        body = tree["nodes"][kinds.index("body")]
        self.assertEqual([(h["marker"], len(h["children"])) for h in body["children"]],
                         [("一、", 4), ("二、", 3), ("三、", 4)])
        self.assertEqual([h["marker"] for h in body["children"][0]["children"]], ["(一)", "(二)", "(三)", "(四)"])
        # A finding is on the innermost node whose range holds its paragraph, and on no other.
        placed = {}
        for node in self.walk(tree["nodes"]):
            for key in node["findings"]:
                self.assertNotIn(key, placed)
                placed[key] = node
        by_key = {f.Key: f for f in findings}
        self.assertLessEqual(set(placed), set(by_key))
        first_sub = body["children"][0]["children"][0]
        marker_findings = [f.Key for f in findings if f.Rule == "HN-02" and f.Paragraph == first_sub["paragraph"]]
        self.assertEqual(len(marker_findings), 1)
        self.assertIs(placed[marker_findings[0]], first_sub)
        for key, node in placed.items():
            paragraph = by_key[key].Paragraph
            self.assertTrue(node["first"] <= paragraph <= node["last"], key)
            self.assertFalse(any(c["first"] <= paragraph <= c["last"] for c in node["children"]), key)

    def test_locate_paragraph_gives_the_paragraph_of_a_node(self):
        doc = self.office.load(self.copy(os.path.join(ROOT, "tests", "fixtures", "elements", "notice-full.txt")),
                               read_only=True)
        tree = json.loads(self.checker.getStructure(doc, self.props()))
        texts = Office.paragraph_texts(doc)
        second = tree["nodes"][4]["children"][1]
        found = self.checker.locateParagraph(doc, second["paragraph"], self.props())
        self.assertEqual(found.getString(), "二、重点任务")
        self.assertEqual(self.checker.locateParagraph(doc, tree["nodes"][2]["first"], self.props()).getString(),
                         texts[2])
        self.assertIsNone(self.checker.locateParagraph(doc, len(texts), self.props()))
        self.assertIsNone(self.checker.locateParagraph(doc, -1, self.props()))
        self.office.close(doc)

    def test_renumber_siblings_in_one_undo_step(self):
        path = os.path.join(self.tmp, "gap.txt")
        with open(path, "w", encoding="utf-8") as stream:
            stream.write("关于做好年度工作的报告\n一、总体情况\n今年以来，各项工作稳步推进。\n三、主要做法\n"
                         "（一）加强领导\n（三）完善制度\n四、下一步打算\n继续抓好落实。\n")
        doc = self.office.load(path, read_only=False)
        original = Office.paragraph_texts(doc)
        tree = json.loads(self.checker.getStructure(doc, self.props()))
        body = next(n for n in tree["nodes"] if n["element"] == "body")
        self.assertEqual(self.outline(body), ["一、 1 1-2", "三、 1 3-5", "  （一） 2 4-4", "  （三） 2 5-5", "四、 1 6-7"])
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        # The level-1 run from its first heading: 三、→二、, 四、→三、; the level-2 run is not touched.
        self.assertEqual(self.checker.renumberSiblings(doc, 1, self.props(Language="zh-CN")), 2)
        self.assertEqual(Office.paragraph_texts(doc)[1:7],
                         ["一、总体情况", "今年以来，各项工作稳步推进。", "二、主要做法", "（一）加强领导", "（三）完善制度", "三、下一步打算"])
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        self.assertEqual(undo.getCurrentUndoActionTitle(), "公文检查：重新编号")
        # From a node of the other run, and nothing left to do on a run numbered right.
        self.assertEqual(self.checker.renumberSiblings(doc, 5, self.props()), 1)
        self.assertEqual(Office.paragraph_texts(doc)[5], "（二）完善制度")
        self.assertEqual(self.checker.renumberSiblings(doc, 1, self.props()), 0)
        self.assertEqual(self.checker.renumberSiblings(doc, 2, self.props()), 0)  # no heading
        undo.undo()
        undo.undo()
        self.assertEqual(Office.paragraph_texts(doc), original)
        self.office.close(doc)

    def test_promote_and_demote_a_heading_in_one_undo_step(self):
        from com.sun.star.lang import IllegalArgumentException
        path = os.path.join(self.tmp, "outline.txt")
        with open(path, "w", encoding="utf-8") as stream:
            stream.write("关于做好年度工作的报告\n一、总体情况\n（一）加强领导\n(二)完善制度\n(三)强化保障\n"
                         "二、下一步打算\n（一）抓好落实\n继续抓好落实。\n")
        doc = self.office.load(path, read_only=False)
        original = Office.paragraph_texts(doc)
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        # Promote (二): it becomes 二、, (三) falls under it as (一) (its half-width brackets kept),
        # and the old 二、 becomes 三、.
        self.assertEqual(self.checker.headingMoveRefusal(doc, 3, -1, self.props()), "")
        self.assertEqual(self.checker.moveHeading(doc, 3, -1, self.props(Language="zh-CN")), 3)
        self.assertEqual(Office.paragraph_texts(doc)[1:8],
                         ["一、总体情况", "（一）加强领导", "二、完善制度", "(一)强化保障", "三、下一步打算", "（一）抓好落实",
                          "继续抓好落实。"])
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        self.assertEqual(undo.getCurrentUndoActionTitle(), "公文检查：标题升一级")
        undo.undo()
        self.assertEqual(Office.paragraph_texts(doc), original)
        # Demote 二、: the last child of 一、, its (一) one level down with it.
        self.assertEqual(self.checker.moveHeading(doc, 5, 1, self.props(Language="en-US")), 2)
        self.assertEqual(Office.paragraph_texts(doc)[5:7], ["（四）下一步打算", "1.抓好落实"])
        self.assertEqual(undo.getCurrentUndoActionTitle(), "gwcheck: demote heading")
        undo.undo()
        self.assertEqual(Office.paragraph_texts(doc), original)
        # Refusals say why and change nothing.
        self.assertEqual(self.checker.headingMoveRefusal(doc, 1, -1, self.props(Language="zh-CN")), "一级标题无法再升级")
        self.assertEqual(self.checker.headingMoveRefusal(doc, 2, 1, self.props(Language="en-US")),
                         "The first heading under its parent has no previous sibling to fall under: it cannot be demoted")
        steps = len(undo.getAllUndoActionTitles())
        for paragraph, levels in ((1, -1), (2, 1), (7, 1), (len(original), -1)):
            self.assertEqual(self.checker.moveHeading(doc, paragraph, levels, self.props()), 0)
            self.assertNotEqual(self.checker.headingMoveRefusal(doc, paragraph, levels, self.props()), "")
        self.assertEqual(Office.paragraph_texts(doc), original)
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps)
        with self.assertRaises(IllegalArgumentException):
            self.checker.moveHeading(doc, 3, 2, self.props())
        self.office.close(doc)

    @staticmethod
    def fonts_of(doc, index):
        """The Asian fonts of a body paragraph's text portions."""
        paragraphs = doc.getText().createEnumeration()
        for _ in range(index):
            paragraphs.nextElement()
        portions = paragraphs.nextElement().createEnumeration()
        fonts = set()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.getString():
                fonts.add(portion.CharFontNameAsian)
        return fonts

    def test_a_moved_heading_takes_the_font_of_its_new_level(self):
        # （二） in 楷体 as level 2 wants; promoted it is level 1 and in 黑体, in the same undo step.
        from harness import DocumentBuilder
        doc = self.office.new_document()
        builder = DocumentBuilder(doc)
        builder.paragraph("关于工作情况的报告", para={"ParaAdjust": 3})
        for line, font in (("一、总体情况", "黑体"), ("（一）加强领导", "楷体"), ("（二）完善制度", "楷体"),
                           ("二、下一步打算", "黑体")):
            builder.paragraph(line, chars={"CharFontNameAsian": font})
        builder.paragraph("继续抓好落实。")
        self.assertEqual([f.Rule for f in self.checker.check(doc, self.props()) if f.Rule == "HF-01"], [])
        original = Office.paragraph_texts(doc)
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        self.assertEqual(self.checker.moveHeading(doc, 3, -1, self.props(Language="zh-CN")), 3)
        self.assertEqual(Office.paragraph_texts(doc)[3:5], ["二、完善制度", "三、下一步打算"])
        self.assertEqual(self.fonts_of(doc, 3), {"黑体"})
        self.assertEqual([f.Rule for f in self.checker.check(doc, self.props()) if f.Rule == "HF-01"], [])
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        undo.undo()
        self.assertEqual(Office.paragraph_texts(doc), original)
        self.assertEqual(self.fonts_of(doc, 3), {"楷体"})
        self.office.close(doc)

    def test_not_a_text_document_or_a_bad_config_is_an_illegal_argument(self):
        from com.sun.star.lang import IllegalArgumentException
        with self.assertRaises(IllegalArgumentException):
            self.checker.getStructure(self.office.desktop, self.props())
        doc = self.load_copy("structure.odt", read_only=True)
        with self.assertRaises(IllegalArgumentException):
            self.checker.getStructure(doc, self.props(Config='{"rules": {"XX-99": "off"}}'))


if __name__ == "__main__":
    unittest.main(verbosity=2)
