"""The Writer UI end to end (issue 4), in a visible Writer under Xvfb.

Opens seed 000 as an .odt, runs the toolbar's command org.gwcheck.ui:Check through the
dispatcher, reads the findings panel (through org.gwcheck.ui:PanelState, the rows the panel
shows), goes to a finding, fixes one of two equal findings and goes to the other's twin, puts a
comment on one finding, fixes all, undoes once, inserts and removes comments, saves and looks for
the pre-submission infobar; screenshots of each stage land in --out.

    /usr/bin/python3 test_writer_ui.py --oxt build/gwcheck.oxt --seed seed.txt --out DIR
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "uno"))
import harness  # noqa: E402  (the UNO engineer's soffice harness: profile, install, connect)

INFOBAR_ID = "org.gwcheck.presubmission"
AUTHOR = "公文检查"
FIX_ALL_UNDO_TITLE = "公文检查：全部修复"

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what, flush=True)
    if not condition:
        failures.append(what)
    return condition


def wait_for(predicate, timeout=30.0, step=0.3):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def free_display():
    for number in range(91, 200):
        if not os.path.exists("/tmp/.X%d-lock" % number) and not os.path.exists("/tmp/.X11-unix/X%d" % number):
            return number
    raise RuntimeError("no free X display number")


def forget_ui_language(profile):
    """Drops the UI language the profile's first start stored, so that soffice takes it from the
    environment (LC_ALL) on its next start; an ooLocale written into the profile by hand was
    reset to en-US at start on this machine."""
    path = os.path.join(profile, "user", "registrymodifications.xcu")
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    text = re.sub(r'<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale".*?</item>\n?', "", text)
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text)


class WriterUnderXvfb:
    def __init__(self, oxt, out):
        self.oxt = os.path.abspath(oxt)
        self.out = out
        self.display = ":%d" % free_display()
        self.profile = tempfile.mkdtemp(prefix="gwcheck-ui-")
        self.xvfb = None
        self.soffice = None

    def __enter__(self):
        harness._prepare_types(harness._rdb_next_to(self.oxt))
        self.xvfb = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        listing = harness.install(self.oxt, self.profile)
        check(listing.count("is registered: yes") >= 1 and "is registered: no" not in listing,
              "unopkg registered every part of the extension")
        forget_ui_language(self.profile)
        pipe = "gwcheck_ui_%d" % os.getpid()
        # Chinese UI (needs libreoffice-l10n-zh-cn; without it LibreOffice falls back to en-US).
        env = dict(os.environ, DISPLAY=self.display, SAL_USE_VCLPLUGIN="gen", LC_ALL="zh_CN.UTF-8",
                   LANG="zh_CN.UTF-8")
        self.soffice = subprocess.Popen(
            ["soffice", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe] + harness.profile_env(self.profile),
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.pipe = pipe
        self._connect()
        return self

    def _connect(self):
        office = harness.Office.__new__(harness.Office)
        office.timeout = 180
        self.ctx = office._connect(self.pipe)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def load(self, url, **arguments):
        """Loads a document; the first start after an extension install may restart soffice,
        so a failed load or a dropped bridge is retried on a new connection for a while."""
        deadline = time.time() + 120
        while True:
            try:
                doc = self.desktop.loadComponentFromURL(url, "_blank", 0, harness.Office.props(**arguments))
                if doc is not None:
                    return doc
            except Exception as error:  # the bridge went down with the restarting soffice
                print("retrying load: %s" % error, flush=True)
                time.sleep(2)
                self._connect()
            if time.time() > deadline:
                raise RuntimeError("soffice did not open " + url)
            time.sleep(1)

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        if self.soffice is not None:
            try:
                self.soffice.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.soffice.pid, 9)
                self.soffice.wait()
        if self.xvfb is not None:
            self.xvfb.terminate()  # SIGTERM: Xvfb removes its lock file and socket
            try:
                self.xvfb.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.xvfb.kill()
                self.xvfb.wait()
        if not os.environ.get("GWCHECK_KEEP_PROFILE"):
            shutil.rmtree(self.profile, ignore_errors=True)

    def screenshot(self, name):
        path = os.path.join(self.out, name)
        subprocess.run(["import", "-window", "root", path], env=dict(os.environ, DISPLAY=self.display),
                       check=False, timeout=60)
        check(os.path.exists(path) and os.path.getsize(path) > 10000, "screenshot " + path)
        return path

    def service(self, name):
        return self.smgr.createInstanceWithContext(name, self.ctx)

    def settings(self, update=False):
        from com.sun.star.beans import PropertyValue
        provider = self.service("com.sun.star.configuration.ConfigurationProvider")
        node = PropertyValue()
        node.Name, node.Value = "nodepath", "/org.gwcheck.Settings"
        kind = "ConfigurationUpdateAccess" if update else "ConfigurationAccess"
        return provider.createInstanceWithArguments("com.sun.star.configuration." + kind, (node,))

    def set_setting(self, name, value):
        import uno
        access = self.settings(update=True)
        uno.invoke(access, "replaceByName", (name, value))
        access.commitChanges()


def make_fixture(writer, seed, folder):
    """Seed 000 as an .odt (what a user has open), written once by soffice itself."""
    import uno
    props = harness.Office.props
    copy = os.path.join(folder, "seed000.txt")  # never open the checkout's file: no lock files there
    shutil.copyfile(seed, copy)
    source = writer.load(uno.systemPathToFileUrl(copy),
                         Hidden=True, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")
    target = os.path.join(folder, "seed000.odt")
    source.storeToURL(uno.systemPathToFileUrl(target), props(FilterName="writer8"))
    source.close(True)
    return target


class StateReader:
    """Reads org.gwcheck.ui:PanelState: the rows the findings panel shows."""

    def __init__(self, writer, frame, command="org.gwcheck.ui:PanelState"):
        import unohelper
        from com.sun.star.frame import XStatusListener

        class Listener(unohelper.Base, XStatusListener):
            def __init__(self):
                self.rows = None

            def statusChanged(self, event):
                self.rows = tuple(event.State) if event.IsEnabled and event.State is not None else None

            def disposing(self, event):
                pass

        self.listener_type = Listener
        self.command = command
        self.frame = frame
        self.transformer = writer.service("com.sun.star.util.URLTransformer")

    def rows(self):
        import uno
        url = uno.createUnoStruct("com.sun.star.util.URL")
        url.Complete = self.command
        _, url = self.transformer.parseStrict(url)
        dispatch = self.frame.queryDispatch(url, "", 0)
        if dispatch is None:
            return None
        listener = self.listener_type()
        dispatch.addStatusListener(listener, url)
        dispatch.removeStatusListener(listener, url)
        return listener.rows


def finding_rows(rows):
    return [row for row in rows if row.startswith("      ")]


def accessible_tree(window):
    """The accessible context of the first tree control under a window, the document left out."""
    import uno
    role = lambda name: uno.getConstantByName("com.sun.star.accessibility.AccessibleRole." + name)
    skip = {role("DOCUMENT_TEXT"), role("DOCUMENT")}
    stack = [window.getAccessibleContext()]
    while stack:
        context = stack.pop()
        if context.getAccessibleRole() == role("TREE"):
            return context
        for i in range(context.getAccessibleChildCount()):
            child = context.getAccessibleChild(i)
            child = child.getAccessibleContext() if child is not None else None
            if child is not None and child.getAccessibleRole() not in skip:
                stack.append(child)
    return None


def structure_node_on_screen(frame, label_start):
    """Where the tree node whose label starts with label_start is on the screen: (x, y) a little
    into its text, or None."""
    tree = accessible_tree(frame.getContainerWindow())
    stack = [tree] if tree is not None else []
    while stack:
        context = stack.pop()
        for i in range(context.getAccessibleChildCount()):
            item = context.getAccessibleChild(i).getAccessibleContext()
            if item.getAccessibleName().startswith(label_start):
                where, size = item.getLocationOnScreen(), item.getSize()
                return where.X + 30, where.Y + size.Height // 2
            stack.append(item)
    return None


def xdotool(writer, *arguments):
    subprocess.run(["xdotool"] + [str(a) for a in arguments], env=dict(os.environ, DISPLAY=writer.display), check=True)


def click_structure_node_with_the_mouse(writer, doc, frame, paragraph_text, menu_node):
    """With xdotool, real mouse clicks on the tree: the left button on the node whose paragraph
    is paragraph_text selects the paragraph; the right button on the node labelled menu_node opens
    its context menu (screenshot), closed with Escape. Skipped, saying so, without xdotool."""
    if shutil.which("xdotool") is None:
        print("skip  real mouse clicks on the tree: no xdotool", flush=True)
        return
    at = structure_node_on_screen(frame, paragraph_text)
    if not check(at is not None, "the tree's node for %s is on screen" % paragraph_text):
        return
    doc.getCurrentController().select(doc.getText().getStart())
    xdotool(writer, "mousemove", at[0], at[1], "click", 1)
    time.sleep(1.5)
    selection = doc.getCurrentController().getSelection()
    selected = selection.getByIndex(0).getString() if selection and selection.getCount() else ""
    check(selected == paragraph_text, "a mouse click on the node selects its paragraph (%r)" % selected)
    at = structure_node_on_screen(frame, menu_node)
    if not check(at is not None, "the tree's node for %s is on screen" % menu_node):
        return
    xdotool(writer, "mousemove", at[0], at[1], "click", 3)
    time.sleep(1.5)
    writer.screenshot("ui-structure-menu.png")
    xdotool(writer, "key", "Escape")
    time.sleep(0.5)


def check_promote_and_demote(writer, doc, frame, checker, language, dispatch, body):
    """A heading node's 升一级 (through its command) and 降一级 (chosen in the menu that Shift+F10
    opens on the selected node), each one undo step that brings the text back."""
    sections = body["children"]
    first_subs = [child["paragraph"] for child in sections[0]["children"]] if sections else []
    if not check(len(sections) == 3 and len(first_subs) == 4, "seed 000 has 一、 with (一)…(四), then 二、 and 三、"):
        return
    undo = doc.getUndoManager()
    original = harness.Office.paragraph_texts(doc)
    tree_rows = StateReader(writer, frame, "org.gwcheck.ui:StructureState").rows() or ()
    second = next((i for i, row in enumerate(tree_rows) if row.startswith("    (二)")), -1)
    steps = len(undo.getAllUndoActionTitles())
    dispatch("org.gwcheck.ui:PromoteNode", Row=second)
    texts = harness.Office.paragraph_texts(doc)
    check([texts[p][:3] for p in first_subs] == ["(一)", "二、加", "(一)", "(二)"]
          and texts[sections[1]["paragraph"]].startswith("三、工作中存在")
          and texts[sections[2]["paragraph"]].startswith("四、下一步"),
          "升一级 on (二): it is 二、, (三)(四) fall under it, 二、 三、 are 三、 四、 (%r)"
          % [texts[p][:4] for p in first_subs])
    check(texts[first_subs[1]][2:] == original[first_subs[1]][3:]
          and all(texts[p][3:] == original[p][3:] for p in first_subs[2:]), "升一级 changes the markers only")
    check(len(undo.getAllUndoActionTitles()) == steps + 1 and undo.getCurrentUndoActionTitle() == "公文检查：标题升一级",
          "升一级 is one undo step (%r)" % undo.getCurrentUndoActionTitle())
    tree_rows = StateReader(writer, frame, "org.gwcheck.ui:StructureState").rows() or ()
    check(sum(1 for row in tree_rows if re.match(r"^  [一二三四]、", row)) == 4, "the tree shows four level-1 headings")
    undo.undo()
    check(harness.Office.paragraph_texts(doc) == original, "one undo brings the text back")
    dispatch("org.gwcheck.ui:Check")

    # Shift+F10 on the tree opens the selected node's menu; Up goes to its last entry, 降一级.
    if shutil.which("xdotool") is None:
        print("skip  Shift+F10 on the tree: no xdotool", flush=True)
        return
    at = wait_for(lambda: structure_node_on_screen(frame, "(三)做好"), timeout=10)
    if not check(at is not None, "the (三) node is on screen"):
        return
    xdotool(writer, "mousemove", at[0], at[1], "click", 1)  # selects the node and gives the tree the focus
    time.sleep(1.5)
    xdotool(writer, "key", "shift+F10")
    time.sleep(1.5)
    writer.screenshot("ui-structure-menu-keyboard.png")
    xdotool(writer, "key", "Up")
    time.sleep(0.3)
    xdotool(writer, "key", "Return")
    time.sleep(2)
    texts = harness.Office.paragraph_texts(doc)
    check(texts[first_subs[2]].startswith("1.做好民族团结") and texts[first_subs[3]].startswith("(三)聚焦"),
          "Shift+F10 then 降一级 makes (三) the 1. under (二) and (四) the (三) (%r)"
          % [texts[p][:4] for p in first_subs])
    check(undo.getCurrentUndoActionTitle() == "公文检查：标题降一级",
          "降一级 is one undo step (%r)" % undo.getCurrentUndoActionTitle())
    undo.undo()
    check(harness.Office.paragraph_texts(doc) == original, "one undo brings the text back")
    dispatch("org.gwcheck.ui:Check")

    # On 一、 both moves are refused (level 1 up; the first sibling down): a screenshot of its menu
    # with the two entries disabled (LibreOffice hides disabled entries by default), for the eye:
    # no test reads a menu entry's state.
    at = wait_for(lambda: structure_node_on_screen(frame, "一、工作开展"), timeout=10)
    if check(at is not None, "the 一、 node is on screen"):
        xdotool(writer, "mousemove", at[0], at[1], "click", 1)
        time.sleep(1.5)
        xdotool(writer, "key", "shift+F10")
        time.sleep(1.5)
        writer.screenshot("ui-structure-menu-refused.png")
        xdotool(writer, "key", "Escape")
        time.sleep(0.5)


def check_structure_view(writer, doc, frame, checker, language, dispatch):
    """The structure tree lists seed 000's title and body with the body's headings and each node's
    finding count; GoToNode (what a click on a node does) selects the node's paragraph; the
    grouping dropdown regroups the list."""
    tree_rows = StateReader(writer, frame, "org.gwcheck.ui:StructureState").rows() or ()
    print("structure tree:\n  " + "\n  ".join(tree_rows), flush=True)
    structure = json.loads(checker.getStructure(doc, language))
    findings = checker.check(doc, language)
    kinds = [node["element"] for node in structure["nodes"]]
    check(re.match(r"^标题(（\d+）)?$", tree_rows[kinds.index("title")] if "title" in kinds else "") is not None,
          "the tree shows the title element")
    body_row = next((i for i, row in enumerate(tree_rows) if re.match(r"^正文(（\d+）)?$", row)), -1)
    check(body_row >= 0, "the tree shows the body element")
    level1 = [row for row in tree_rows if re.match(r"^  [一二三四五六七八九十]、", row)]
    check([row[2:4] for row in level1] == ["一、", "二、", "三、"] and level1[0].startswith("  一、工作开展情况"),
          "the body's level-1 headings in order (%r)" % level1)
    first_section = tree_rows.index(level1[0]) if level1 else 0
    level2 = []
    for row in tree_rows[first_section + 1:]:
        if not row.startswith("    "):
            break
        level2.append(row)
    check([row[4:7] for row in level2] == ["(一)", "(二)", "(三)", "(四)"], "(一)…(四) under 一、 (%r)" % level2)
    # A leaf's count is the number of findings in its paragraphs.
    body = structure["nodes"][kinds.index("body")] if "body" in kinds else {"children": [{"children": [{}]}]}
    leaf = body["children"][0]["children"][0]
    in_leaf = sum(1 for f in findings if leaf.get("first", -1) <= f.Paragraph <= leaf.get("last", -2))
    check(in_leaf > 0 and bool(level2) and level2[0].endswith("（%d）" % in_leaf),
          "the (一) node counts its %d findings (%r)" % (in_leaf, level2[:1]))

    # A click on 二、's node selects its paragraph in the document.
    texts = harness.Office.paragraph_texts(doc)
    second = tree_rows.index(level1[1]) if len(level1) > 1 else -1
    dispatch("org.gwcheck.ui:GoToNode", Row=second)
    selection = doc.getCurrentController().getSelection()
    selected = selection.getByIndex(0).getString() if selection and selection.getCount() else ""
    expected = texts[body["children"][1]["paragraph"]] if len(body["children"]) > 1 else None
    check(selected == expected == "二、工作中存在的主要问题", "a click on the 二、 node selects its paragraph (%r)" % selected)
    time.sleep(1)
    writer.screenshot("ui-structure.png")
    # Not the node selected now; the menu of (二) has every entry enabled.
    click_structure_node_with_the_mouse(writer, doc, frame, "一、工作开展情况", "(二)加强舆论引导")

    # A heading node's context action renumbers its siblings in one undo step: (二) under 一、
    # typed as (五) is (二) again, its siblings untouched.
    original = harness.Office.paragraph_texts(doc)
    leaf_paragraph = body["children"][0]["children"][1]["paragraph"] if body["children"] else 0
    cursor = doc.getText().createTextCursorByRange(checker.locateParagraph(doc, leaf_paragraph, language).getStart())
    cursor.goRight(3, True)
    cursor.setString("(五)")
    dispatch("org.gwcheck.ui:Check")
    tree_rows = StateReader(writer, frame, "org.gwcheck.ui:StructureState").rows() or ()
    typed = next((i for i, row in enumerate(tree_rows) if row.startswith("    (五)")), -1)
    undo = doc.getUndoManager()
    steps = len(undo.getAllUndoActionTitles())
    dispatch("org.gwcheck.ui:RenumberNode", Row=typed)
    texts = harness.Office.paragraph_texts(doc)
    check(typed >= 0 and texts[leaf_paragraph] == original[leaf_paragraph]
          and [t[:3] for t in texts[leaf_paragraph - 2:leaf_paragraph + 5:2]] == ["(一)", "(二)", "(三)", "(四)"],
          "renumber siblings from the (五) node makes it (二) again (%r)" % texts[leaf_paragraph][:8])
    check(len(undo.getAllUndoActionTitles()) == steps + 1 and undo.getCurrentUndoActionTitle() == "公文检查：重新编号",
          "renumbering is one undo step (%r)" % undo.getCurrentUndoActionTitle())
    tree_rows = StateReader(writer, frame, "org.gwcheck.ui:StructureState").rows() or ()
    check(any(row.startswith("    (二)") for row in tree_rows) and not any("(五)" in row for row in tree_rows),
          "the tree shows the renumbered heading")
    undo.undo()
    undo.undo()
    check(harness.Office.paragraph_texts(doc) == original, "two undos bring the typed text back")
    dispatch("org.gwcheck.ui:Check")
    check_promote_and_demote(writer, doc, frame, checker, language, dispatch, body)

    # Grouping: by rule, by heading (the heading path), back to severity.
    panel = StateReader(writer, frame)
    dispatch("org.gwcheck.ui:GroupBy", By="rule")
    rows = panel.rows() or ()
    groups = [row for row in rows if not row.startswith(" ")]
    check(len(finding_rows(rows)) == len(findings) and groups and all(re.match(r"^[A-Z]{2}-\d\d ", g) for g in groups)
          and len(groups) == len({f.Rule for f in findings}), "grouped by rule: one group per rule (%r)" % groups[:3])
    dispatch("org.gwcheck.ui:GroupBy", By="heading")
    rows = panel.rows() or ()
    groups = [row for row in rows if not row.startswith(" ")]
    locations = []
    for f in findings:
        if not locations or locations[-1] != f.Location:
            locations.append(f.Location)
    check(len(finding_rows(rows)) == len(findings) and len(groups) == len(locations)
          and all(g.startswith((where or "文首") + "（") for g, where in zip(groups, locations)),
          "grouped by heading path, in document order (%r)" % groups[:3])
    dispatch("org.gwcheck.ui:GroupBy", By="severity")
    rows = panel.rows() or ()
    check(bool(rows) and rows[0].startswith("错误"), "back to grouping by severity")


def all_annotations(doc):
    out = []
    fields = doc.getTextFields().createEnumeration()
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.textfield.Annotation"):
            out.append(field)
    return out


def annotations_by(doc, author):
    return sum(1 for field in all_annotations(doc) if field.Author == author)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--seed", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="gwcheck-ui-doc-")
    try:
        run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


def run(args, work):
    with WriterUnderXvfb(args.oxt, args.out) as writer:
        import uno
        props = harness.Office.props
        path = make_fixture(writer, args.seed, work)
        doc = writer.load(uno.systemPathToFileUrl(path))
        controller = doc.getCurrentController()
        frame = controller.getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1440, 900, 15)
        dispatcher = writer.service("com.sun.star.frame.DispatchHelper")
        checker = writer.service("org.gwcheck.DocumentChecker")
        check(checker is not None, "the org.gwcheck.DocumentChecker service exists")
        language = props(Language="zh-CN")

        def dispatch(command, **arguments):
            return dispatcher.executeDispatch(frame, command, "", 0, props(**arguments))

        # The toolbar's command: the panel opens and lists what the service finds.
        dispatch("org.gwcheck.ui:Check")
        state = StateReader(writer, frame)
        rows = wait_for(lambda: state.rows(), timeout=60)
        check(bool(rows), "the findings panel opened in the sidebar and lists rows")
        rows = rows or ()
        findings = checker.check(doc, language)
        listed = finding_rows(rows)
        check(len(listed) == len(findings), "the panel lists every finding (%d rows, %d findings)"
              % (len(listed), len(findings)))
        check(all(any(f.Message in row for row in listed) for f in findings), "each finding's message is listed")
        check(any(f.Rule == "HN-02" and f.FixKind == "A" for f in findings), "seed 000 has a fixable HN-02 finding")
        headings = [row for row in rows if not row.startswith(" ")]
        order = ["错误", "警告", "提示"]
        ranks = [next((i for i, word in enumerate(order) if heading.startswith(word)), -1) for heading in headings]
        check(bool(headings) and -1 not in ranks and ranks == sorted(ranks), "groups by severity, errors first: %s" % headings)
        check(any(re.match(r"^  HN-02 l2-marker-form（\d+）$", row) for row in rows), "a rule group for HN-02")
        hn02 = next(f for f in findings if f.Rule == "HN-02")
        check(any(row.startswith("      " + hn02.Location + "：") for row in listed) if hn02.Location else True,
              "rows start with the heading path (%s)" % hn02.Location)
        time.sleep(1.5)
        writer.screenshot("ui-panel.png")
        check_structure_view(writer, doc, frame, checker, language, dispatch)

        # 定位: the finding's text is selected in the document.
        texts = harness.Office.paragraph_texts(doc)
        dispatch("org.gwcheck.ui:Locate", Key=hn02.Key)
        selection = controller.getSelection()
        selected = selection.getByIndex(0).getString() if selection and selection.getCount() else ""
        expected = texts[hn02.Paragraph][hn02.Start:hn02.Start + hn02.Length]
        check(selected == expected and selected != "", "定位 selects the finding's text (%r)" % selected)

        # Twins: two equal findings in one paragraph. 修复 of one leaves the other; 定位 selects
        # the one asked for; 批注 of one puts one comment on its text.
        from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
        text = doc.getText()
        for line in ("全年开展X次督查，覆盖X个单位。", "加强学习,加强学习,推进工作。"):
            text.insertControlCharacter(text.getEnd(), PARAGRAPH_BREAK, False)
            text.insertString(text.getEnd(), line, False)
        twins_index = len(harness.Office.paragraph_texts(doc)) - 2
        commas_index = twins_index + 1
        dispatch("org.gwcheck.ui:Check")
        commas = [f for f in checker.check(doc, language) if f.Rule == "PN-01" and f.Paragraph == commas_index]
        check(len(commas) == 2 and commas[0].Key != commas[1].Key, "two equal commas have keys of their own")
        dispatch("org.gwcheck.ui:Fix", Key=commas[1].Key)
        check(harness.Office.paragraph_texts(doc)[commas_index] == "加强学习,加强学习，推进工作。",
              "修复 fixes the comma asked for and leaves its twin")
        left = [f.Start for f in checker.check(doc, language) if f.Rule == "PN-01" and f.Paragraph == commas_index]
        check(left == [commas[0].Start], "the twin is still found after the fix (%r)" % left)
        placeholders = [f for f in checker.check(doc, language) if f.Rule == "TH-01" and f.Paragraph == twins_index]
        check(len(placeholders) == 2, "two X placeholders in one paragraph")
        dispatch("org.gwcheck.ui:Locate", Key=placeholders[1].Key)
        selection = controller.getSelection()
        selected = selection.getByIndex(0) if selection and selection.getCount() else None
        before_selection = ""
        if selected is not None:
            cursor = text.createTextCursorByRange(selected.getStart())
            cursor.gotoStartOfParagraph(True)
            before_selection = cursor.getString()
        check(selected is not None and selected.getString() == "X" and before_selection == "全年开展X次督查，覆盖",
              "定位 selects the second X, not the first (%r after %r)"
              % (selected.getString() if selected else None, before_selection))
        undo = doc.getUndoManager()
        steps_before = len(undo.getAllUndoActionTitles())
        dispatch("org.gwcheck.ui:Annotate", Interactive=False, Key=placeholders[1].Key)
        ours = [field for field in all_annotations(doc) if field.Author == AUTHOR]
        check(len(ours) == 1 and ours[0].getAnchor().getString() == "X" and ours[0].Content.startswith("TH-01 "),
              "批注 of one finding puts one comment on its text")
        check(len(undo.getAllUndoActionTitles()) == steps_before + 1, "批注 is one undo step")
        dispatch(".uno:Undo")
        check(annotations_by(doc, AUTHOR) == 0, "one undo takes the comment out")

        # 全部修复: one undo step, the text changes; undo brings the original back.
        before = harness.Office.paragraph_texts(doc)
        steps_before = len(undo.getAllUndoActionTitles())
        dispatch("org.gwcheck.ui:FixAll", Interactive=False)
        after = harness.Office.paragraph_texts(doc)
        check(after != before, "fix all changed the document")
        check(not any(p.startswith("(一)") for p in after) and any(p.startswith("（一）") for p in after),
              "fix all turned (一) into （一）")
        left = [f for f in checker.check(doc, language) if f.FixKind == "A"]
        check(not left, "nothing safe is left to fix after fix all (%d left)" % len(left))
        check(len(undo.getAllUndoActionTitles()) == steps_before + 1, "fix all is one undo step")
        check(undo.getCurrentUndoActionTitle() == FIX_ALL_UNDO_TITLE,
              "the undo step is named %s (%r)" % (FIX_ALL_UNDO_TITLE, undo.getCurrentUndoActionTitle()))
        rows_after = state.rows() or ()
        check(not any(row.startswith("  HN-02 ") for row in rows_after), "the panel refreshed after fix all")
        time.sleep(1)
        writer.screenshot("ui-after-fixall.png")
        dispatch(".uno:Undo")
        check(harness.Office.paragraph_texts(doc) == before, "one undo restores the original text")

        # 公文排版: the service's plan (DryRun, the preview's counts) changes nothing; the command
        # formats the document — no page-layout finding left, the text kept — and its fonts,
        # sizes, alignment and spacing are one undo step (Writer cannot undo page setup).
        before = harness.Office.paragraph_texts(doc)
        planned = {p.Name: p.Value for p in checker.format(doc, props(Language="zh-CN", DryRun=True))}
        check(planned.get("edits", 0) > 0 and planned.get("font", 0) > 0 and planned.get("page-margins", 0) > 0,
              "the preview counts what 公文排版 will change (%r)" % planned)
        layout_before = {f.Rule for f in checker.check(doc, language) if f.Rule.startswith("PG-")}
        check({"PG-02", "PG-03"} <= layout_before, "the seed has page-layout findings (%r)" % sorted(layout_before))
        dispatch("org.gwcheck.ui:Format", Interactive=False)
        check(harness.Office.paragraph_texts(doc) == before, "公文排版 keeps the text")
        layout_left = sorted({f.Rule for f in checker.check(doc, language) if f.Rule.startswith("PG-") and f.Rule != "PG-08"})
        check(not layout_left, "no page-layout finding after 公文排版 (%r)" % layout_left)
        page_style = doc.getStyleFamilies().getByName("PageStyles").getByName(
            doc.getText().createEnumeration().nextElement().PageStyleName)
        check(abs(page_style.Width - 21000) <= 100 and abs(page_style.Height - 29700) <= 100,
              "the page is A4 (%d × %d)" % (page_style.Width, page_style.Height))
        check(undo.getCurrentUndoActionTitle() == "公文检查：公文排版",
              "the undo step is named 公文检查：公文排版 (%r)" % undo.getCurrentUndoActionTitle())
        time.sleep(1.5)
        writer.screenshot("ui-format.png")
        dispatch(".uno:Undo")
        check("PG-03" in {f.Rule for f in checker.check(doc, language)}, "one undo takes the body fonts back (PG-03 again)")
        check(harness.Office.paragraph_texts(doc) == before, "the text is still the same after the undo")

        # 批注: ours in, ours out; a reviewer's own comment stays.
        reviewer = doc.createInstance("com.sun.star.text.textfield.Annotation")
        reviewer.Author = "审稿人"
        reviewer.Content = "请核对数字"
        doc.getText().insertTextContent(doc.getText().getStart(), reviewer, False)
        dispatch("org.gwcheck.ui:Annotate", Interactive=False)
        check(annotations_by(doc, AUTHOR) == len(checker.check(doc, language)),
              "one 公文检查 comment per finding (%d)" % annotations_by(doc, AUTHOR))
        time.sleep(1)
        writer.screenshot("ui-annotations.png")
        dispatch("org.gwcheck.ui:RemoveAnnotations", Interactive=False)
        check(annotations_by(doc, AUTHOR) == 0 and annotations_by(doc, "审稿人") == 1,
              "removing takes out only 公文检查's comments")

        # Pre-submission: saving a document with errors puts up the infobar (mode warn).
        check(not controller.hasInfobar(INFOBAR_ID), "no pre-submission infobar before saving")
        doc.store()
        check(wait_for(lambda: controller.hasInfobar(INFOBAR_ID), timeout=20),
              "saving with errors shows the pre-submission infobar")
        time.sleep(1)
        writer.screenshot("ui-presubmission-infobar.png")
        controller.removeInfobar(INFOBAR_ID)
        writer.set_setting("PreSubmission", "off")
        doc.store()
        time.sleep(2)
        check(not controller.hasInfobar(INFOBAR_ID), "PreSubmission=off: no infobar on save")

        # The "ask" gate sits in front of the Save command (its question box needs a person: under
        # Xvfb without a window manager no key reached it, so only the pass-through is tested).
        import uno as uno_module
        save_url = uno_module.createUnoStruct("com.sun.star.util.URL")
        save_url.Complete = ".uno:Save"
        _, save_url = writer.service("com.sun.star.util.URLTransformer").parseStrict(save_url)
        gate = frame.queryDispatch(save_url, "", 0)
        check(gate is not None and hasattr(gate, "getSlaveDispatchProvider"),
              "the pre-submission gate intercepts .uno:Save")
        doc.getText().getEnd().setString("。")
        check(doc.isModified(), "the document has unsaved changes")
        writer.set_setting("PreSubmission", "warn")
        dispatch(".uno:Save")
        check(not doc.isModified(), "with PreSubmission=warn the Save command saves at once")

        # The options page: its handler fills it from the settings and writes them back on OK.
        location = writer.ctx.getValueByName("/singletons/com.sun.star.deployment.PackageInformationProvider") \
            .getPackageLocation("org.gwcheck.extension")
        page = writer.service("com.sun.star.awt.ContainerWindowProvider").createContainerWindow(
            location + "/dialogs/OptionsPage.xdl", "", frame.getContainerWindow(), None)
        handler = writer.service("org.gwcheck.ui.OptionsPageHandler")
        handler.callHandlerMethod(page, "initialize", "external_event")
        mode = page.getControl("lstPreSubmission").getModel()
        check(tuple(mode.StringItemList) == ("关闭", "提示（信息栏）", "询问后继续") and tuple(mode.SelectedItems) == (1,),
              "options page shows the pre-submission modes in Chinese, warn selected")
        uno.invoke(mode, "setPropertyValue", ("SelectedItems", uno.Any("[]short", (2,))))
        live = page.getControl("chkLiveChecking").getModel()
        chinese_date = page.getControl("chkAllowChineseDate").getModel()
        check(live.State == 1 and chinese_date.State == 0,
              "options page shows live checking on and Chinese-numeral dates off (the defaults)")
        margins = page.getControl("txtMargins").getModel()
        check(margins.Text == "37 35 28 26" and page.getControl("txtTitleFonts").getModel().Text.startswith("方正小标宋简体、"),
              "options page shows the type area's margins and the title fonts (%r)" % margins.Text)
        margins.Text = "38, 35, 28, 26"
        live.State = 0
        chinese_date.State = 1
        page.getControl("txtRules").getModel().Text = "HN-10 = off\nTH-01=warning\n"
        handler.callHandlerMethod(page, "ok", "external_event")
        stored = writer.settings()
        check(stored.getByName("PreSubmission") == "ask", "OK stores PreSubmission=ask")
        check(tuple(stored.getByName("RuleSeverities")) == ("HN-10=off", "TH-01=warning"),
              "OK stores the rule severities (%r)" % (stored.getByName("RuleSeverities"),))
        check(stored.getByName("LiveChecking") is False and stored.getByName("AllowChineseDate") is True,
              "OK stores live checking off and Chinese-numeral dates on")
        check(tuple(stored.getByName("PageMargins")) == (38.0, 35.0, 28.0, 26.0),
              "OK stores the margins (%r)" % (stored.getByName("PageMargins"),))
        page.dispose()
        writer.set_setting("PreSubmission", "warn")
        writer.set_setting("RuleSeverities", uno.Any("[]string", ()))
        writer.set_setting("LiveChecking", True)
        writer.set_setting("AllowChineseDate", False)
        writer.set_setting("PageMargins", uno.Any("[]double", (37.0, 35.0, 28.0, 26.0)))
        doc.close(True)


if __name__ == "__main__":
    sys.exit(main())
