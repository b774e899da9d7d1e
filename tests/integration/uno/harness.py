"""A headless soffice with the built gwcheck extension in a private profile, for integration
tests (run with Debian's /usr/bin/python3, which has python3-uno).

    from harness import Office
    with Office(oxt) as office:                 # installs oxt, starts soffice, connects
        doc = office.load("tests/fixtures/x.odt")
        findings = office.checker().check(doc, office.props(Language="en-US"))

Each Office has its own profile and pipe name, so tests can run in parallel. Set the
environment variable GWCHECK_KEEP_PROFILE=1 to keep the profile for a post-mortem.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

LO_PROGRAM = "/usr/lib/libreoffice/program"


def _prepare_types(rdb):
    # The Python side unmarshals our structs (org.gwcheck.Finding) with its own type manager, so
    # our .rdb must be in it next to LibreOffice's own types; environment variables take
    # precedence over fundamentalrc. Has to happen before `import uno`.
    if rdb and "uno" not in sys.modules:
        os.environ["URE_MORE_TYPES"] = "<file://%s/types>* file://%s" % (LO_PROGRAM, os.path.abspath(rdb))


def _rdb_next_to(oxt):
    candidate = os.path.join(os.path.dirname(os.path.abspath(oxt)), "gwcheck.rdb")
    return candidate if os.path.exists(candidate) else None


FILTERS = {
    ".odt": "writer8",
    ".docx": "MS Word 2007 XML",
    ".doc": "MS Word 97",
    ".txt": "Text (encoded)",
}


class OfficeError(RuntimeError):
    pass


def profile_env(profile):
    """The -env: arguments that make unopkg and soffice use `profile` for the user and the
    shared extension layers alike (unopkg refuses per-user installs as root)."""
    url = "file://" + profile
    return ["-env:UserInstallation=" + url,
            "-env:UNO_SHARED_PACKAGES_CACHE=%s/shared" % url,
            "-env:SHARED_EXTENSIONS_USER=%s/shared_user" % url]


def install(oxt, profile):
    """Initialises a fresh profile, installs `oxt` into it and returns `unopkg list` output."""
    env = profile_env(profile)
    subprocess.run(["soffice", "--headless", "--norestore", "--terminate_after_init"] + env[:1],
                   check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["unopkg", "add", "--shared", "-f", "-s"] + env + [oxt],
                   check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    listing = subprocess.run(["unopkg", "list", "--shared"] + env, check=True, timeout=180,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # The first start after an extension change may restart soffice (and drop a connection made
    # to it); let that happen here, before anybody connects.
    subprocess.run(["soffice", "--headless", "--norestore", "--terminate_after_init"] + env,
                   check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return listing.stdout


class Office:
    def __init__(self, oxt, install_extension=True, timeout=120):
        self.oxt = os.path.abspath(oxt)
        self.install_extension = install_extension
        self.timeout = timeout
        self.profile = None
        self.process = None
        self.watchdog = None
        self.listing = ""
        self.documents = []
        _prepare_types(_rdb_next_to(self.oxt))

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        self.profile = tempfile.mkdtemp(prefix="gwcheck-soffice-")
        if self.install_extension:
            self.listing = install(self.oxt, self.profile)
        pipe = "gwcheck_test_%d_%s" % (os.getpid(), os.path.basename(self.profile))
        self.process = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
             "--nolockcheck", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe]
            + profile_env(self.profile),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        # soffice must not outlive a test process that is killed (ctest's timeout, Ctrl-C):
        # a watchdog ends soffice's process group when this process is gone.
        self.watchdog = subprocess.Popen(
            ["sh", "-c", "while kill -0 %d 2>/dev/null; do sleep 1; done; kill -KILL -%d 2>/dev/null"
             % (os.getpid(), self.process.pid)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.ctx = self._connect(pipe)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def _connect(self, pipe):
        import uno
        from com.sun.star.connection import NoConnectException
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + self.timeout
        while True:
            try:
                return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            except NoConnectException:
                if time.time() > deadline:
                    raise OfficeError("soffice did not accept a connection within %ds" % self.timeout)
                time.sleep(0.3)

    def stop(self):
        for doc in self.documents:
            try:
                doc.close(True)
            except Exception:
                pass
        self.documents = []
        if self.process:
            try:
                self.desktop.terminate()
            except Exception:
                pass  # the bridge goes down with soffice
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()
            self.process = None
        if self.watchdog:
            self.watchdog.kill()
            self.watchdog.wait()
            self.watchdog = None
        if self.profile and not os.environ.get("GWCHECK_KEEP_PROFILE"):
            shutil.rmtree(self.profile, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def props(**values):
        import uno
        from com.sun.star.beans import PropertyValue
        out = []
        for name, value in values.items():
            p = PropertyValue()
            p.Name = name
            p.Value = value
            out.append(p)
        return tuple(out)

    def load(self, path, read_only=True, hidden=True):
        """Loads a document with an explicit filter; raises OfficeError when it does not open."""
        import uno
        ext = os.path.splitext(path)[1].lower()
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        args = dict(Hidden=hidden, ReadOnly=read_only)
        if ext in FILTERS:
            args["FilterName"] = FILTERS[ext]
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, self.props(**args))
        if doc is None:
            raise OfficeError("soffice could not open " + path)
        self.documents.append(doc)
        return doc

    def new_document(self):
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                self.props(Hidden=True))
        self.documents.append(doc)
        return doc

    def close(self, doc):
        if doc in self.documents:
            self.documents.remove(doc)
        doc.close(True)

    def checker(self):
        checker = self.smgr.createInstanceWithContext("org.gwcheck.DocumentChecker", self.ctx)
        if checker is None:
            raise OfficeError("org.gwcheck.DocumentChecker is not registered in soffice")
        return checker

    @staticmethod
    def paragraph_texts(doc):
        """Body paragraph texts in order, table cells included (as the adapter reads them)."""
        out = []

        def walk(text):
            enum = text.createEnumeration()
            while enum.hasMoreElements():
                element = enum.nextElement()
                if element.supportsService("com.sun.star.text.TextTable"):
                    for name in element.getCellNames():
                        walk(element.getCellByName(name))
                elif element.supportsService("com.sun.star.text.Paragraph"):
                    out.append(element.getString())
        walk(doc.getText())
        return out


# -- building test documents ---------------------------------------------------------------
# Plain Writer API calls, so that fixtures and examples can be regenerated on any machine.

BODY_FONT = {"CharFontNameAsian": "仿宋", "CharFontName": "Times New Roman",
             "CharHeight": 16.0, "CharHeightAsian": 16.0,
             "CharWeight": 100.0, "CharWeightAsian": 100.0}


class DocumentBuilder:
    """Appends paragraphs and tables to a new Writer document."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc.getText()
        self.fresh_paragraph = True  # a new document and a table's trailer are empty paragraphs

    def _set(self, target, props):
        for name, value in props.items():
            if name == "CharPosture":
                import uno
                value = uno.Enum("com.sun.star.awt.FontSlant", value)
            target.setPropertyValue(name, value)

    def paragraph(self, text, para=None, chars=None, spans=(), bookmarks=()):
        """Appends a paragraph. `para`: paragraph properties; `chars`: character properties of
        the whole paragraph (default: 仿宋 16 pt, not bold); `spans`: (start, end, props) on
        UTF-16 offsets; `bookmarks`: (name, start, end)."""
        from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
        end = self.text.getEnd()
        if not self.fresh_paragraph:
            self.text.insertControlCharacter(end, PARAGRAPH_BREAK, False)
        self.fresh_paragraph = False
        self.text.insertString(self.text.getEnd(), text, False)
        cursor = self.text.createTextCursorByRange(self.text.getEnd())
        cursor.gotoStartOfParagraph(True)
        base = dict(BODY_FONT, CharPosture="NONE")
        base.update(chars or {})
        self._set(cursor, base)
        self._set(cursor, dict(para or {}))
        for start, stop, props in spans:
            self._set(self._range(start, stop), props)
        for name, start, stop in bookmarks:
            bookmark = self.doc.createInstance("com.sun.star.text.Bookmark")
            bookmark.setName(name)
            self.text.insertTextContent(self._range(start, stop), bookmark, True)

    def _range(self, start, stop):
        cursor = self.text.createTextCursorByRange(self.text.getEnd())
        cursor.gotoStartOfParagraph(False)
        cursor.goRight(start, False)
        cursor.goRight(stop - start, True)
        return cursor

    def table(self, rows, columns, cells):
        """Appends a table; `cells` are the cell texts row by row."""
        table = self.doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(rows, columns)
        self.text.insertTextContent(self.text.getEnd(), table, False)
        names = table.getCellNames()
        for name, content in zip(names, cells):
            cell = table.getCellByName(name)
            cell.setString(content)
            cursor = cell.createTextCursor()
            cursor.gotoEnd(True)
            self._set(cursor, BODY_FONT)
        self.fresh_paragraph = True  # Writer keeps an empty paragraph after a table at the end
        return table

    def page(self, **props):
        """Sets properties of the document's default page style (1/100 mm)."""
        style = self.doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
        for name, value in props.items():
            style.setPropertyValue(name, value)


def store(doc, path):
    """Stores `doc` at `path` with the filter its extension implies."""
    import uno
    ext = os.path.splitext(path)[1].lower()
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                   Office.props(FilterName=FILTERS[ext], Overwrite=True))
