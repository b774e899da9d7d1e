"""Word documents that carry a VBA project, made at test time from the Python standard library.

    streams = vba_project({"ThisDocument": source, "NewMacros": source}, document_modules={"ThisDocument"})
    add_macros_to_doc(doc_bytes, streams)      # a .doc (from soffice's "MS Word 97") with a Macros storage
    docm_with_vba(path, paragraphs, streams)   # a .docm whose word/vbaProject.bin holds the project

The containers: [MS-CFB] (Compound File Binary, version 3: 512-byte sectors, a FAT, a mini stream
with its mini FAT for streams under 4096 bytes, a directory kept as a red-black tree) and
[MS-OVBA] (the VBA storage: the compressed `dir` stream, `_VBA_PROJECT`, one stream per module,
and the PROJECT and PROJECTwm streams next to it). Compression writes containers whose chunks
hold only literal tokens (or, for a full 4096-byte chunk, the raw bytes): valid, and simple.
"""
import struct
import zipfile

# -- [MS-OVBA] 2.4.1: compression ------------------------------------------------------------

CHUNK = 4096
# A chunk of literal tokens: n bytes need n + ceil(n / 8) bytes (a flag byte per 8 tokens), and a
# compressed chunk holds at most 4096 bytes after its header.
LITERALS_PER_CHUNK = 3640


def ovba_compress(data):
    """A CompressedContainer of `data`."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), CHUNK):
        chunk = data[start:start + CHUNK]
        if len(chunk) == CHUNK:
            # Flag 0: the 4096 bytes as they are; the size field is the chunk's size less 3.
            out += struct.pack("<H", 0x3000 | (CHUNK + 2 - 3)) + chunk
            continue
        assert len(chunk) <= LITERALS_PER_CHUNK, "a last chunk this long needs copy tokens"
        body = bytearray()
        for token in range(0, len(chunk), 8):
            body += b"\x00" + chunk[token:token + 8]  # flag byte 0: eight literal tokens
        out += struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + body
    return bytes(out)


# -- [MS-OVBA] 2.3: the VBA project ------------------------------------------------------------

CODE_PAGE = 1252
ENCODING = "cp1252"


def _record(record_id, payload):
    return struct.pack("<HI", record_id, len(payload)) + payload


def _dir_stream(project_name, modules, document_modules):
    """The decompressed `dir` stream: PROJECTINFORMATION, no references, PROJECTMODULES."""
    name = project_name.encode(ENCODING)
    info = (_record(0x0001, struct.pack("<I", 1))               # PROJECTSYSKIND: 32-bit Windows
            + _record(0x0002, struct.pack("<I", 0x409))         # PROJECTLCID
            + _record(0x0014, struct.pack("<I", 0x409))         # PROJECTLCIDINVOKE
            + _record(0x0003, struct.pack("<H", CODE_PAGE))     # PROJECTCODEPAGE
            + _record(0x0004, name)                             # PROJECTNAME
            + _record(0x0005, b"") + _record(0x0040, b"")       # PROJECTDOCSTRING (+ Unicode)
            + _record(0x0006, b"") + _record(0x003D, b"")       # PROJECTHELPFILEPATH (1 and 2)
            + _record(0x0007, struct.pack("<I", 0))             # PROJECTHELPCONTEXT
            + _record(0x0008, struct.pack("<I", 0))             # PROJECTLIBFLAGS
            # PROJECTVERSION: its size field says 4, yet major (4 bytes) and minor (2) follow.
            + struct.pack("<HIIH", 0x0009, 4, 1, 0)
            + _record(0x000C, b"") + _record(0x003C, b""))      # PROJECTCONSTANTS (+ Unicode)
    body = _record(0x000F, struct.pack("<H", len(modules))) + _record(0x0013, struct.pack("<H", 0xFFFF))
    for module in modules:
        encoded = module.encode(ENCODING)
        wide = module.encode("utf-16-le")
        body += (_record(0x0019, encoded) + _record(0x0047, wide)   # MODULENAME (+ Unicode)
                 + _record(0x001A, encoded) + _record(0x0032, wide)  # MODULESTREAMNAME (+ Unicode)
                 + _record(0x001C, b"") + _record(0x0048, b"")       # MODULEDOCSTRING (+ Unicode)
                 + _record(0x0031, struct.pack("<I", 0))             # MODULEOFFSET: no performance cache
                 + _record(0x001E, struct.pack("<I", 0))             # MODULEHELPCONTEXT
                 + _record(0x002C, struct.pack("<H", 0xFFFF))        # MODULECOOKIE
                 # MODULETYPE: 0x22 a document (or class) module, 0x21 a procedural one.
                 + _record(0x0022 if module in document_modules else 0x0021, b"")
                 + _record(0x002B, b""))                             # the module's terminator
    return info + body + _record(0x0010, b"")                        # the dir stream's terminator


def _project_stream(project_name, modules, document_modules):
    """The PROJECT stream: the project's properties as text; Document= and Module= lines say
    which modules are which."""
    lines = ['ID="{00000000-0000-0000-0000-000000000000}"']
    for module in modules:
        lines.append(("Document=%s/&H00000000" if module in document_modules else "Module=%s") % module)
    lines += ['Name="%s"' % project_name, 'HelpContextID="0"', 'VersionCompatible32="393222000"', "",
              "[Host Extender Info]", "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000", "",
              "[Workspace]"]
    lines += ["%s=0, 0, 0, 0, C" % module for module in modules]
    return ("\r\n".join(lines) + "\r\n").encode(ENCODING)


def _project_wm_stream(modules):
    """PROJECTwm: each module's name in the code page and in UTF-16, for the Unicode-aware."""
    out = b""
    for module in modules:
        out += module.encode(ENCODING) + b"\x00" + module.encode("utf-16-le") + b"\x00\x00"
    return out + b"\x00\x00"


def vba_project(modules, document_modules=(), project_name="Project"):
    """The streams of a VBA project storage, {path: bytes}, paths relative to it (the `Macros`
    storage of a .doc, the root of a vbaProject.bin). `modules`: {name: source}, in order."""
    names = list(modules)
    streams = {
        "VBA/dir": ovba_compress(_dir_stream(project_name, names, set(document_modules))),
        # _VBA_PROJECT: reserved 0x61CC, version 0xFFFF (a reader must then ignore the rest,
        # the performance cache), reserved 0x00 and two bytes of nothing.
        "VBA/_VBA_PROJECT": struct.pack("<HHBH", 0x61CC, 0xFFFF, 0x00, 0x0000),
        "PROJECT": _project_stream(project_name, names, set(document_modules)),
        "PROJECTwm": _project_wm_stream(names),
    }
    for name, source in modules.items():
        text = source.replace("\r\n", "\n").replace("\n", "\r\n")
        # MODULEOFFSET is 0: the module stream is the compressed source and nothing before it.
        streams["VBA/" + name] = ovba_compress(text.encode(ENCODING))
    return streams


def module_source(name, body, document_module):
    """A module's source as VBA stores it: its attributes first."""
    attributes = ['Attribute VB_Name = "%s"' % name]
    if document_module:
        attributes += ['Attribute VB_Base = "1Normal.%s"' % name, "Attribute VB_GlobalNameSpace = False",
                       "Attribute VB_Creatable = False", "Attribute VB_PredeclaredId = True",
                       "Attribute VB_Exposed = True", "Attribute VB_TemplateDerived = True",
                       "Attribute VB_Customizable = True"]
    return "\n".join(attributes) + "\n" + body


# -- [MS-CFB]: compound files ------------------------------------------------------------------

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
STORAGE, STREAM, ROOT = 1, 2, 5
RED, BLACK = 0, 1


class Storage:
    """A storage: its CLSID and children by name (a Storage or the bytes of a stream)."""

    def __init__(self, clsid=b"\0" * 16, children=None):
        self.clsid = clsid
        self.children = dict(children or {})

    def put(self, path, data):
        """Puts a stream at `path` ("A/B/name"), making the storages on the way."""
        *folders, name = path.split("/")
        storage = self
        for folder in folders:
            storage = storage.children.setdefault(folder, Storage())
        storage.children[name] = data


def _chain(fat, start):
    sectors = []
    while start not in (END_OF_CHAIN, FREE):
        assert len(sectors) <= len(fat), "a loop in a sector chain"
        sectors.append(start)
        start = fat[start]
    return sectors


def read_cfb(data):
    """The root Storage of a compound file (version 3 or 4)."""
    assert data[:8] == SIGNATURE, "not a compound file"
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 30)
    sector_size = 1 << sector_shift
    (fat_count, directory_start, _, cutoff, mini_fat_start, mini_fat_count, difat_start,
     difat_count) = struct.unpack_from("<IIIIIIII", data, 44)
    difat = list(struct.unpack_from("<109I", data, 76))

    def sector(n):
        return data[(n + 1) * sector_size:(n + 2) * sector_size]

    next_difat = difat_start
    for _ in range(difat_count):
        entries = struct.unpack_from("<%dI" % (sector_size // 4), sector(next_difat))
        difat += entries[:-1]
        next_difat = entries[-1]
    fat = []
    for n in difat[:fat_count]:
        fat += struct.unpack_from("<%dI" % (sector_size // 4), sector(n))

    def stream(start, size):
        return b"".join(sector(n) for n in _chain(fat, start))[:size]

    directory = b"".join(sector(n) for n in _chain(fat, directory_start))
    entries = [directory[k:k + 128] for k in range(0, len(directory), 128)]
    root_start, root_size = struct.unpack_from("<IQ", entries[0], 116)
    mini_stream = stream(root_start, root_size)
    mini_fat = []
    if mini_fat_count:
        raw = b"".join(sector(n) for n in _chain(fat, mini_fat_start))
        mini_fat = list(struct.unpack_from("<%dI" % (len(raw) // 4), raw))

    def entry_data(entry):
        start, size = struct.unpack_from("<IQ", entry, 116)
        if sector_size == 512:
            size &= 0xFFFFFFFF  # version 3: the high half may be junk
        if size < cutoff:
            mini = 1 << mini_shift
            return b"".join(mini_stream[n * mini:(n + 1) * mini] for n in _chain(mini_fat, start))[:size]
        return stream(start, size)

    def siblings(index, out):
        if index == NO_STREAM:
            return out
        entry = entries[index]
        left, right, _ = struct.unpack_from("<III", entry, 68)
        siblings(left, out)
        out.append(index)
        siblings(right, out)
        return out

    def load(index):
        entry = entries[index]
        child = struct.unpack_from("<I", entry, 76)[0]
        storage = Storage(entry[80:96])
        for k in siblings(child, []):
            name_length = struct.unpack_from("<H", entries[k], 64)[0]
            name = entries[k][:max(0, name_length - 2)].decode("utf-16-le")
            kind = entries[k][66]
            storage.children[name] = load(k) if kind == STORAGE else entry_data(entries[k])
        return storage

    return load(0)


def _name_key(name):
    # [MS-CFB] 2.6.4: shorter names first, then code point by code point in upper case.
    return (len(name.encode("utf-16-le")), name.upper())


def _balanced(indices, depth, colours):
    """Links a sorted run of directory entries as a balanced tree; returns its root. The nodes
    on the deepest level of an imperfect tree are red, all others black: a red-black tree."""
    if not indices:
        return NO_STREAM, {}
    middle = len(indices) // 2
    left, left_links = _balanced(indices[:middle], depth + 1, colours)
    right, right_links = _balanced(indices[middle + 1:], depth + 1, colours)
    links = {indices[middle]: (left, right)}
    links.update(left_links)
    links.update(right_links)
    colours.append((indices[middle], depth))
    return indices[middle], links


def write_cfb(root):
    """The bytes of a version 3 compound file holding `root` (a Storage)."""
    entries = []  # [name, kind, clsid, data, left, right, child, colour]

    def add(name, node):
        index = len(entries)
        if isinstance(node, Storage):
            entries.append([name, ROOT if index == 0 else STORAGE, node.clsid, None, NO_STREAM, NO_STREAM,
                            NO_STREAM, BLACK])
            names = sorted(node.children, key=_name_key)
            child_indices = [add(child, node.children[child]) for child in names]
            colours = []
            top, links = _balanced(child_indices, 0, colours)
            deepest = max((depth for _, depth in colours), default=0)
            perfect = len(child_indices) == 2 ** (deepest + 1) - 1
            for k, depth in colours:
                entries[k][7] = RED if depth == deepest and not perfect else BLACK
            for k, (left, right) in links.items():
                entries[k][4], entries[k][5] = left, right
            entries[index][6] = top
        else:
            assert len(name) <= 31, name
            entries.append([name, STREAM, b"\0" * 16, bytes(node), NO_STREAM, NO_STREAM, NO_STREAM, BLACK])
        return index

    add("Root Entry", root)

    # Small streams go to the mini stream, 64 bytes a sector; the others to sectors of their own.
    mini_stream = bytearray()
    mini_fat = []
    starts = {}
    for k, entry in enumerate(entries):
        data = entry[3]
        if data is None or len(data) >= MINI_CUTOFF:
            continue
        if not data:
            starts[k] = END_OF_CHAIN
            continue
        first = len(mini_fat)
        count = -(-len(data) // MINI_SECTOR)
        mini_fat += list(range(first + 1, first + count)) + [END_OF_CHAIN]
        mini_stream += data + b"\0" * (count * MINI_SECTOR - len(data))
        starts[k] = first

    sectors = []  # the contents of each sector, in order
    fat = []

    def allocate(data):
        if not data:
            return END_OF_CHAIN
        first = len(sectors)
        count = -(-len(data) // SECTOR)
        for n in range(count):
            sectors.append(data[n * SECTOR:(n + 1) * SECTOR].ljust(SECTOR, b"\0"))
        fat.extend(list(range(first + 1, first + count)) + [END_OF_CHAIN])
        return first

    for k, entry in enumerate(entries):
        if entry[3] is not None and len(entry[3]) >= MINI_CUTOFF:
            starts[k] = allocate(entry[3])
    starts[0] = allocate(bytes(mini_stream))
    mini_fat_raw = b"".join(struct.pack("<I", n) for n in mini_fat)
    mini_fat_raw += b"\xff" * (-len(mini_fat_raw) % SECTOR)
    mini_fat_start = allocate(mini_fat_raw)

    directory = bytearray()
    for k, (name, kind, clsid, data, left, right, child, colour) in enumerate(entries):
        encoded = name.encode("utf-16-le") + b"\0\0"
        size = len(mini_stream) if k == 0 else (len(data) if data is not None else 0)
        start = starts.get(k, END_OF_CHAIN) if (k == 0 or data is not None) else 0
        if kind == STORAGE:
            start, size = 0, 0
        directory += (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, colour, left, right, child)
                      + clsid + struct.pack("<IQQIQ", 0, 0, 0, start, size))
    directory += (b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, NO_STREAM, NO_STREAM, NO_STREAM)
                  + b"\0" * 16 + struct.pack("<IQQIQ", 0, 0, 0, 0, 0)) * (-len(entries) % 4)
    directory_start = allocate(bytes(directory))

    # The FAT covers every sector, its own included.
    fat_count = 0
    while fat_count * (SECTOR // 4) < len(sectors) + fat_count:
        fat_count += 1
    assert fat_count <= 109, "a compound file this large needs DIFAT sectors"
    fat_first = len(sectors)
    fat += [FAT_SECTOR] * fat_count
    fat += [FREE] * (fat_count * (SECTOR // 4) - len(fat))
    fat_raw = b"".join(struct.pack("<I", n) for n in fat)
    sectors += [fat_raw[n * SECTOR:(n + 1) * SECTOR] for n in range(fat_count)]

    difat = list(range(fat_first, fat_first + fat_count)) + [FREE] * (109 - fat_count)
    header = (SIGNATURE + b"\0" * 16 + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_count, directory_start, 0, MINI_CUTOFF,
                            mini_fat_start if mini_fat else END_OF_CHAIN, len(mini_fat_raw) // SECTOR if mini_fat else 0,
                            END_OF_CHAIN, 0)
              + struct.pack("<109I", *difat))
    assert len(header) == SECTOR
    return header + b"".join(sectors)


# -- the documents ------------------------------------------------------------------------------

def add_macros_to_doc(doc, project):
    """The bytes of the Word 97 document `doc` with `project` (from vba_project) as its Macros
    storage, the place Word keeps a document's VBA."""
    root = read_cfb(doc)
    assert "WordDocument" in root.children, "not a Word document"
    for path, data in project.items():
        root.put("Macros/" + path, data)
    return write_cfb(root)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"


def docm_with_vba(path, paragraphs, project):
    """A macro-enabled Word document (.docm): the main part with the macro-enabled content type
    and a vbaProject relationship to word/vbaProject.bin, which is `project` as a compound file."""
    vba = Storage()
    for name, data in project.items():
        vba.put(name, data)
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                     '<Override PartName="/word/document.xml"'
                     ' ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s" Target="word/document.xml"/>'
                    '</Relationships>' % (RELS_NS, OFFICE_DOCUMENT))
    document_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s" Target="vbaProject.bin"/>'
                     '</Relationships>' % (RELS_NS, VBA_PROJECT))
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % p for p in paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W_NS, body))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", package_rels)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", document_rels)
        archive.writestr("word/vbaProject.bin", write_cfb(vba))
