#!/usr/bin/python3
"""What held against hostile documents, and must keep holding: the gwcheck CLI (`check` and
`fix --output-dir`) against a real headless soffice, on documents made at test time.

Usage: hostile_test.py SCENARIO  (environment from tests/integration/hostile_holding/CMakeLists.txt:
GWCHECK, GWCHECK_OXT, GWCHECK_CACHE_DIR, GWCHECK_FIXTURES, GWCHECK_TEST_WORK). Runs with Debian's
/usr/bin/python3 (python3-uno): the documents that need Writer to make them, and the controls that
prove their payload would fire, use tests/integration/uno/harness.py; vba_document.py writes the
Word documents that carry VBA.

Every scenario raises AssertionError on a failure; the exit status is what ctest sees.
"""
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "uno"))
sys.path.insert(0, os.path.join(HERE, "..", "cli"))
from harness import Office  # noqa: E402
from vba_document import add_macros_to_doc, docm_with_vba, module_source, vba_project  # noqa: E402
# The CLI tests' helpers and environment (GWCHECK, the cache, the fixtures, the work folder).
from cli_test import (CACHE, GWCHECK, MIXED, REPORT_FINDINGS, findings_of, soffice_pids,  # noqa: E402
                      spine_config, tree_state, work_dir, run as cli_run)

OXT = os.environ["GWCHECK_OXT"]
# A paragraph HN-02 fixes, so that `fix` really stores the document it loaded.
FIXABLE = "(一)工作目标"

# Document events a macro can be bound to. Each gets a macro of its own that writes a marker file
# named after it, so a failure says which event ran code.
EVENTS = ["OnLoad", "OnLoadFinished", "OnViewCreated", "OnLayoutFinished", "OnModifyChanged",
          "OnCopyTo", "OnCopyToDone", "OnSave", "OnSaveDone", "OnSaveAs", "OnSaveAsDone",
          "OnPrepareUnload", "OnUnload", "OnFocus", "OnTitleChanged", "OnStorageChanged"]


# -- helpers ---------------------------------------------------------------------------------

def run(*args, cwd=None, timeout=300):
    # One worker: on two cores a second soffice costs more than it gains for a few documents.
    # Hostile input may put bytes that are not UTF-8 into a message.
    return cli_run(*args, "--jobs", "1", cwd=cwd, timeout=timeout, errors="replace")


def by_name(report):
    return {os.path.basename(d["path"]): d for d in report["documents"]}


def all_text_of(path):
    """The bytes of a file and, when it is a zip, of every entry decompressed: where a leaked
    secret would be, whatever the format."""
    with open(path, "rb") as f:
        data = [f.read()]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            data += [archive.read(info) for info in archive.infolist()]
    return b"\n".join(data)


def check_and_fix(inputs, work, config, *extra):
    """`check` (a JSON report: every message and path the text formats have) and `fix
    --output-dir` of `inputs`, asserting that the inputs' bytes (and the folder they are in) did
    not change. Returns (check result, fix result, output dir)."""
    before = tree_state(inputs)
    json_run = run("check", inputs, "--config", config, "--format", "json", "--lang", "en-US", *extra, cwd=work)
    assert tree_state(inputs) == before, "check changed or created files next to the inputs"
    out = os.path.join(work, "fixed")
    fix_run = run("fix", inputs, "--config", config, "--output-dir", out, "--lang", "en-US", *extra, cwd=work)
    print(fix_run.stdout)
    assert tree_state(inputs) == before, "fix --output-dir changed or created files next to the inputs"
    return json_run, fix_run, out


def assert_not_leaked(secret, runs, out):
    """`secret` (bytes) is in no output of `runs` and no file below `out`."""
    for result in runs:
        assert secret.decode() not in result.stdout, "secret in a report:\n" + result.stdout
        assert secret.decode() not in result.stderr, "secret on stderr:\n" + result.stderr
    for root, _, files in os.walk(out):
        for name in files:
            assert secret not in all_text_of(os.path.join(root, name)), "secret in the fixed copy " + name


def office():
    """A plain headless soffice (no extension) to make documents and to run the controls."""
    return Office(OXT, install_extension=False)


def props_any(office_, **values):
    import uno
    return uno.Any("[]com.sun.star.beans.PropertyValue", office_.props(**values))


def file_url(path):
    import uno
    return uno.systemPathToFileUrl(os.path.abspath(path))


def store(doc, path, filter_name):
    doc.storeToURL(file_url(path), Office.props(FilterName=filter_name, Overwrite=True))


def odt_by_hand(path, content_xml, extra_entries=(), manifest_extra=""):
    """An .odt written part by part: mimetype first and stored, a manifest, content.xml."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                ' manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/"'
                ' manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                + manifest_extra + '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content_xml, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in extra_entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
          ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"')


def odf_content(doctype, paragraphs):
    body = "".join("<text:p>%s</text:p>" % p for p in paragraphs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + doctype +
            '<office:document-content %s><office:body><office:text>%s</office:text></office:body>'
            '</office:document-content>' % (ODF_NS, body))


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_by_hand(path, document_xml, extra_entries=()):
    """A .docx of the three parts Word needs."""
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document_xml)
        for name, data in extra_entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)


def docx_document(doctype, paragraphs):
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % p for p in paragraphs)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype +
            '<w:document %s><w:body>%s</w:body></w:document>' % (W_NS, body))


# -- macros ------------------------------------------------------------------------------------

def make_macro_odt(office_, path, markers):
    """An .odt whose Basic library has one macro per event of EVENTS, bound to it; each writes
    `markers`/EVENT when it runs."""
    import uno
    doc = office_.new_document()
    doc.getText().setString(FIXABLE)
    code = "".join('Sub Mark_%s\n  n = FreeFile\n  Open "%s" For Output As #n\n  Print #n, "ran"\n'
                   '  Close #n\nEnd Sub\n' % (event, os.path.join(markers, event)) for event in EVENTS)
    libraries = doc.BasicLibraries
    library = (libraries.getByName("Standard") if libraries.hasByName("Standard")
               else libraries.createLibrary("Standard"))
    library.insertByName("Markers", code)
    events = doc.getEvents()
    for event in EVENTS:
        script = "vnd.sun.star.script:Standard.Markers.Mark_%s?language=Basic&location=document" % event
        uno.invoke(events, "replaceByName", (event, props_any(office_, EventType="Script", Script=script)))
    store(doc, path, "writer8")
    office_.close(doc)


def macro_work_dir(name):
    """A scenario's folder with the spine configuration, `in/` for the documents and `markers/`
    where a macro that runs leaves its marker file."""
    work = work_dir(name)
    inputs = os.path.join(work, "in")
    markers = os.path.join(work, "markers")
    os.makedirs(inputs)
    os.makedirs(markers)
    return work, spine_config(work), inputs, markers


def test_macros():
    work, config, inputs, markers = macro_work_dir("macros")
    document = os.path.join(inputs, "onload.odt")
    with office() as office_:
        make_macro_odt(office_, document, markers)
        assert os.listdir(markers) == [], "making the document ran a macro"
        # The control: the same file opened as a user would, with macros allowed, runs OnLoad.
        control = os.path.join(work, "control.odt")
        shutil.copy(document, control)
        doc = office_.desktop.loadComponentFromURL(
            file_url(control), "_blank", 0,
            office_.props(Hidden=False, ReadOnly=True, MacroExecutionMode=4))  # ALWAYS_EXECUTE_NO_WARN
        deadline = time.time() + 60
        while "OnLoad" not in os.listdir(markers) and time.time() < deadline:
            time.sleep(0.1)
        assert "OnLoad" in os.listdir(markers), "control: the OnLoad macro did not run with macros allowed"
        doc.close(True)
    print("control ran:", sorted(os.listdir(markers)))
    for name in os.listdir(markers):
        os.remove(os.path.join(markers, name))

    json_run, fix_run, out = check_and_fix(inputs, work, config)
    report = json.loads(json_run.stdout)
    assert by_name(report)["onload.odt"]["status"] == "checked", report
    assert findings_of(by_name(report)["onload.odt"]) == [("HN-02", 1, 1)], report
    assert fix_run.returncode == 0 and "fixed [HN-02]" in fix_run.stdout, fix_run.stdout
    assert os.path.exists(os.path.join(out, "onload.odt")), "fix did not write the fixed copy"
    # Once gwcheck's soffice processes are gone, the unload events too have had their chance. (Workers
    # kept warm between runs would stay: then the events of loading and fixing are what is tested.)
    deadline = time.time() + 20
    while soffice_pids(CACHE) and time.time() < deadline:
        time.sleep(0.2)
    assert os.listdir(markers) == [], "macros ran in gwcheck: " + ", ".join(sorted(os.listdir(markers)))


# -- VBA macros in Word documents -----------------------------------------------------------------

# The macros Word runs when it opens a document: Document_Open in the ThisDocument module, AutoOpen
# in any standard module. Each writes a marker file named after it.
VBA_EVENTS = ["Document_Open", "AutoOpen"]


def vba_modules(markers):
    def writes_marker(event):
        return ('    Open "%s" For Output As #1\n    Print #1, "ran"\n    Close #1\n'
                % os.path.join(markers, event))
    return {"ThisDocument": module_source("ThisDocument", "Private Sub Document_Open()\n%sEnd Sub\n"
                                          % writes_marker("Document_Open"), document_module=True),
            "NewMacros": module_source("NewMacros", "Sub AutoOpen()\n%sEnd Sub\n" % writes_marker("AutoOpen"),
                                       document_module=False)}


def make_vba_documents(office_, folder, markers):
    """vba.doc (a Word 97 document from Writer, its VBA project added as the Macros storage),
    vba.docm, and vba_named.docx (the .docm's bytes under a .docx name). Returns their paths."""
    project = vba_project(vba_modules(markers), document_modules={"ThisDocument"})
    doc = office_.new_document()
    doc.getText().setString(FIXABLE)
    plain = os.path.join(folder, "plain.doc")
    store(doc, plain, "MS Word 97")
    office_.close(doc)
    with open(plain, "rb") as f:
        with_macros = add_macros_to_doc(f.read(), project)
    os.remove(plain)
    paths = [os.path.join(folder, name) for name in ("vba.doc", "vba.docm", "vba_named.docx")]
    with open(paths[0], "wb") as out:
        out.write(with_macros)
    docm_with_vba(paths[1], [FIXABLE], project)
    shutil.copy(paths[1], paths[2])
    return paths


def vba_open_event(office_, doc):
    """Processes the document-open event through Writer's own VBA event processor
    (SwVbaEventsHelper): what SwDocShell::Notify does on OnLoad for a Word document, running
    ThisDocument's Document_Open and then AutoOpen. LibreOffice 7.4 looks that processor up as
    com.sun.star.script.vba.VBATextEventProcessor while it is registered as
    com.sun.star.document.vba.VBATextEventProcessor, so it never gets one by itself."""
    import uno
    processor = office_.smgr.createInstanceWithArgumentsAndContext(
        "com.sun.star.document.vba.VBATextEventProcessor", (doc,), office_.ctx)
    assert processor is not None, "Writer's VBA event processor is not registered under the name this test knows"
    # True: a handler was found and called (whether the call was let run is another matter).
    return processor.processVbaEvent(uno.getConstantByName("com.sun.star.script.vba.VBAEventId.DOCUMENT_OPEN"), ())


def wait_for(markers, names, seconds):
    deadline = time.time() + seconds
    while not set(names) <= set(os.listdir(markers)) and time.time() < deadline:
        time.sleep(0.1)
    return sorted(os.listdir(markers))


def vba_control(office_, path, markers):
    """The control for one document: the VBA project is imported as code that runs; opened as
    gwcheck opens it (macros never executed) even the open event runs nothing; opened with
    macros allowed, the open event runs both macros."""
    import uno
    for name in ("NEVER_EXECUTE", "ALWAYS_EXECUTE_NO_WARN"):
        never = name == "NEVER_EXECUTE"
        control = os.path.join(os.path.dirname(markers), "control-%s-%s" % (name, os.path.basename(path)))
        shutil.copy(path, control)
        mode = uno.getConstantByName("com.sun.star.document.MacroExecMode." + name)
        # Never: hidden, as gwcheck loads it. Allowed: as a user opens it.
        doc = office_.desktop.loadComponentFromURL(
            file_url(control), "_blank", 0, office_.props(Hidden=never, ReadOnly=True, MacroExecutionMode=mode))
        libraries = doc.BasicLibraries
        assert libraries.VBACompatibilityMode and libraries.hasByName("Project"), "control: no VBA project"
        libraries.loadLibrary("Project")
        source = libraries.getByName("Project").getByName("ThisDocument")
        # Imported as code, not commented out (VBA Properties: Executable code, on by default).
        assert "Option VBASupport 1" in source and "\nPrivate Sub Document_Open()" in source, source
        if never:
            assert vba_open_event(office_, doc), "control: the open event found no VBA handler"
            assert wait_for(markers, VBA_EVENTS, 3) == [], "control: a macro ran with macros never executed"
        else:
            # A LibreOffice that finds its VBA event processor runs the macros while loading.
            by_itself = wait_for(markers, VBA_EVENTS, 3)
            print("control: %s opened with macros allowed ran %s by itself" % (os.path.basename(path), by_itself))
            if not by_itself:
                assert vba_open_event(office_, doc), "control: the open event found no VBA handler"
            assert wait_for(markers, VBA_EVENTS, 30) == sorted(VBA_EVENTS), \
                "control: the open event did not run both macros of " + path
        doc.close(True)
        for marker in os.listdir(markers):
            os.remove(os.path.join(markers, marker))


def test_vba_macros():
    work, config, inputs, markers = macro_work_dir("vba_macros")
    with office() as office_:
        documents = make_vba_documents(office_, inputs, markers)
        for path in documents:
            vba_control(office_, path, markers)

    # A folder walk takes vba.doc and vba_named.docx; a .docm is checked when it is named.
    docm = documents[1]
    json_run, fix_run, out = check_and_fix(inputs, work, config, docm)
    report = by_name(json.loads(json_run.stdout))
    assert sorted(report) == ["vba.doc", "vba.docm", "vba_named.docx"], report
    for name, document in sorted(report.items()):
        assert document["status"] == "checked", document
        assert findings_of(document) == [("HN-02", 1, 1)], document
        assert os.path.exists(os.path.join(out, name)), "fix did not write the fixed copy of " + name
    assert fix_run.returncode == 0 and fix_run.stdout.count("fixed [HN-02]") == 3, fix_run.stdout
    deadline = time.time() + 20
    while soffice_pids(CACHE) and time.time() < deadline:
        time.sleep(0.2)
    assert os.listdir(markers) == [], "VBA macros ran in gwcheck: " + ", ".join(sorted(os.listdir(markers)))


# -- XML entities ------------------------------------------------------------------------------

LAUGHS = "".join('<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">' % ((i,) + (i - 1,) * 10)
                 for i in range(1, 10))


def entity_documents(folder, secret_file):
    """A billion laughs and external entities (the test's secret file, /etc/passwd), as .odt and
    .docx written by hand."""
    laughs = '<!DOCTYPE d [<!ENTITY l0 "lol">%s]>' % LAUGHS
    external = '<!DOCTYPE d [<!ENTITY secret SYSTEM "file://%s"><!ENTITY passwd SYSTEM "file:///etc/passwd">]>' \
        % secret_file
    external_dtd = '<!DOCTYPE d SYSTEM "file://%s">' % secret_file
    odt_by_hand(os.path.join(folder, "laughs.odt"), odf_content(laughs, [FIXABLE, "&l9;"]))
    odt_by_hand(os.path.join(folder, "xxe.odt"), odf_content(external, [FIXABLE, "&secret;", "&passwd;"]))
    odt_by_hand(os.path.join(folder, "xxe_dtd.odt"), odf_content(external_dtd, [FIXABLE, "x"]))
    docx_by_hand(os.path.join(folder, "laughs.docx"), docx_document(laughs, [FIXABLE, "&l9;"]))
    docx_by_hand(os.path.join(folder, "xxe.docx"), docx_document(external, [FIXABLE, "&secret;", "&passwd;"]))


def test_entities():
    work = work_dir("entities")
    config = spine_config(work)
    inputs = os.path.join(work, "in")
    os.makedirs(inputs)
    secret = ("GWCHECK-SECRET-" + secrets.token_hex(8)).encode()
    secret_file = os.path.join(work, "secret.txt")
    with open(secret_file, "wb") as out:
        out.write(secret + b"\n")
    entity_documents(inputs, secret_file)
    started = time.time()
    json_run, fix_run, out = check_and_fix(inputs, work, config, "--timeout", "60")
    print("check and fix took %.1fs" % (time.time() - started))
    assert_not_leaked(secret, [json_run, fix_run], out)
    assert_not_leaked(b"root:x:0:0", [json_run, fix_run], out)
    report = by_name(json.loads(json_run.stdout))
    for name, document in sorted(report.items()):
        print(name, document["status"], document.get("error"), findings_of(document))
        # Nothing blew up: an entity expansion is not a hang or a crash.
        assert document["status"] == "checked" or document["error"]["kind"] not in ("timeout", "crashed"), document
        # No paragraph came out of the expansion: a document that was read has only what it says.
        assert document["status"] != "checked" or all(f["line"] <= 3 for f in document["findings"]), document
    # A document whose text needs an entity expanded (a billion laughs, an external entity) is
    # unreadable. An external DTD that no text refers to leaves the document readable.
    for name in ("laughs.odt", "laughs.docx", "xxe.odt", "xxe.docx"):
        assert report[name]["status"] == "failed", report[name]
    assert findings_of(report["xxe_dtd.odt"]) == [("HN-02", 1, 1)], report["xxe_dtd.odt"]


# -- zip entries outside the package ------------------------------------------------------------

def test_zip_slip():
    work = work_dir("zipslip")
    config = spine_config(work)
    inputs = os.path.join(work, "in", "a", "b")
    os.makedirs(inputs)
    cwd = os.path.join(work, "cwd", "a", "b")
    os.makedirs(cwd)
    cache = CACHE
    name = "gwcheck-zip-slip-" + secrets.token_hex(6)
    payload = b"escaped"
    entries = [("../../" + name, payload), ("../../../../../../../../../../tmp/" + name, payload),
               ("/tmp/" + name + "-absolute", payload)]
    manifest_extra = "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/plain"/>' % e
                             for e, _ in entries)
    odt_by_hand(os.path.join(inputs, "slip.odt"), odf_content("", [FIXABLE]), entries, manifest_extra)
    odt_by_hand(os.path.join(inputs, "slip_unlisted.odt"), odf_content("", [FIXABLE]), entries)
    docx_by_hand(os.path.join(inputs, "slip.docx"), docx_document("", [FIXABLE]), entries)
    with zipfile.ZipFile(os.path.join(inputs, "slip.odt")) as archive:
        assert ("../../" + name) in archive.namelist(), archive.namelist()

    before = tree_state(inputs)
    results = []
    for mode in ("check", "fix"):
        extra = ["--output-dir", os.path.join(work, "out", "a", "b")] if mode == "fix" else []
        results.append(run(mode, inputs, "--config", config, "--format", "json", "--cache-dir", cache, *extra,
                           cwd=cwd))
    assert tree_state(inputs) == before
    for document in json.loads(results[0].stdout)["documents"]:
        print(os.path.basename(document["path"]), document["status"], document.get("error"))
        assert document["status"] == "checked" or document["error"]["kind"] not in ("timeout", "crashed"), document
        if document["status"] == "checked":  # then fix loaded it for writing and stored a copy
            assert os.path.exists(os.path.join(work, "out", "a", "b", os.path.basename(document["path"]))), document

    # Wherever the entries could have been extracted to: every folder above the inputs, the
    # working directory, the output, the cache and its profiles, and /tmp.
    places = [inputs, cwd, os.path.join(work, "out", "a", "b"), cache, "/tmp"]
    for root, dirs, _ in os.walk(cache):
        places += [os.path.join(root, d) for d in dirs]
    suspects = set()
    for place in places:
        folder = os.path.abspath(place)
        while True:
            suspects.add(folder)
            if folder == "/":
                break
            folder = os.path.dirname(folder)
    escaped = [os.path.join(folder, candidate) for folder in suspects for candidate in (name, name + "-absolute")
               if os.path.lexists(os.path.join(folder, candidate))]
    for root, _, files in list(os.walk(work)) + list(os.walk(cache)):
        escaped += [os.path.join(root, f) for f in files if f.startswith(name)]
    assert not escaped, "zip entries were written outside the package: %s" % escaped


# -- a section linked to a local file ------------------------------------------------------------

def test_linked_section():
    work = work_dir("linked")
    config = spine_config(work)
    inputs = os.path.join(work, "in")
    os.makedirs(inputs)
    secret = ("GWCHECK-SECRET-" + secrets.token_hex(8))
    linked = os.path.join(work, "linked.odt")  # outside the folder that is checked
    document = os.path.join(inputs, "linked_section.odt")
    with office() as office_:
        # The linked file says something harmless while the link is made, so that the copy of
        # its text that Writer keeps in the document is harmless; then it gets the secret.
        source = office_.new_document()
        source.getText().setString("CACHED COPY OF THE LINK")
        store(source, linked, "writer8")
        office_.close(source)
        doc = office_.new_document()
        doc.getText().setString(FIXABLE)
        section = doc.createInstance("com.sun.star.text.TextSection")
        link = section.getPropertyValue("FileLink")
        link.FileURL = file_url(linked)
        link.FilterName = "writer8"
        section.setPropertyValue("FileLink", link)
        text = doc.getText()
        text.insertTextContent(text.getEnd(), section, False)
        store(doc, document, "writer8")
        office_.close(doc)
        source = office_.new_document()
        source.getText().setString(secret)
        store(source, linked, "writer8")
        office_.close(source)
        assert secret.encode() not in all_text_of(document), "the secret is in the document itself"
        assert b"CACHED COPY OF THE LINK" in all_text_of(document)
        # The control: opened with links updated, the section shows the secret.
        import uno
        control = office_.desktop.loadComponentFromURL(
            file_url(document), "_blank", 0,
            office_.props(Hidden=True, ReadOnly=True,
                          UpdateDocMode=uno.getConstantByName("com.sun.star.document.UpdateDocMode.FULL_UPDATE")))
        control.updateLinks()
        assert secret in control.getText().getString(), "control: the link does not bring the secret in"
        control.close(True)

    json_run, fix_run, out = check_and_fix(inputs, work, config)
    assert_not_leaked(secret.encode(), [json_run, fix_run], out)
    report = by_name(json.loads(json_run.stdout))
    assert report["linked_section.odt"]["status"] == "checked", report
    assert fix_run.returncode == 0 and os.path.exists(os.path.join(out, "linked_section.odt")), fix_run.stdout


# -- two runs sharing one cache ------------------------------------------------------------------

def test_shared_cache():
    work = work_dir("shared")
    config = spine_config(work)
    folders = []
    for k in (1, 2):
        folder = os.path.join(work, "docs%d" % k)
        os.makedirs(folder)
        for i in range(3):
            shutil.copy(os.path.join(MIXED, "report.odt"), os.path.join(folder, "r%d.odt" % i))
            shutil.copy(os.path.join(MIXED, "report.docx"), os.path.join(folder, "r%d.docx" % i))
        folders.append(folder)
    # A cache neither run has seen: both set up their profiles and install the extension at once.
    cache = os.path.join(work, "cache")
    before = {folder: tree_state(folder) for folder in folders}
    for state in ("fresh", "warm"):
        processes = [subprocess.Popen([GWCHECK, "check", folder, "--config", config, "--format", "json",
                                       "--jobs", "1", "--cache-dir", cache],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for folder in folders]
        for folder, process in zip(folders, processes):
            stdout, stderr = process.communicate(timeout=400)
            print(state, folder, "->", process.returncode, stderr)
            assert process.returncode == 1, (process.returncode, stderr)
            report = json.loads(stdout)
            assert report["summary"]["checked"] == 6, report["summary"]
            for document in report["documents"]:
                assert findings_of(document) == sorted(REPORT_FINDINGS), document
            assert tree_state(folder) == before[folder]
    shutil.rmtree(cache)  # two profiles with the extension in: not worth keeping in the build tree


if __name__ == "__main__":
    scenario = sys.argv[1]
    globals()["test_" + scenario]()
    print("ok:", scenario)
