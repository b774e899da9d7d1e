#!/usr/bin/env python3
"""公文排版 (`gwcheck fix --layout`) end to end, measured in the PDF of the result.

Usage: layout_test.py SCENARIO (environment as cli_test.py's). A python-docx report (US Letter,
1-inch margins, Calibri) and an .odt written by LibreOffice are formatted; the result must check
clean of page layout findings, format again to nothing, and its PDF must measure A4 with the
type area 37/35/28/26 mm from the edges (±1 mm) and `— N —` page numbers where GB/T 9704 §7.5
puts them. GWCHECK_LAYOUT_IMAGES=DIR also renders page 1 before and after as PNG into DIR.
"""
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))

from cli_test import run, work_dir  # noqa: E402

MM_PER_PT = 25.4 / 72
A4 = (210.0, 297.0)
MARGINS = {"top": 37.0, "bottom": 35.0, "left": 28.0, "right": 26.0}
TOLERANCE_MM = 1.0

TITLE = "关于2024年全市经济运行情况的报告"
BODY = ("过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全市上下坚持稳中求进工作总基调，"
        "完整准确全面贯彻新发展理念，经济运行总体平稳、稳中有进，发展质量和效益持续提升，"
        "民生保障水平不断提高，社会大局保持和谐稳定，各项目标任务较好完成。")


def make_docx(path):
    """What a non-LibreOffice writer makes: python-docx's default document (US Letter, 1-inch
    margins, Calibri), with a coloured and a highlighted run."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import RGBColor
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph("一、总体情况")
    for i in range(3):
        document.add_paragraph(BODY)
    paragraph = document.add_paragraph("（一）强化组织领导。")
    paragraph.add_run(BODY)
    document.add_paragraph("二、下一步工作")
    paragraph = document.add_paragraph()
    paragraph.add_run(BODY[:40]).font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    paragraph.add_run(BODY[40:80]).font.highlight_color = WD_COLOR_INDEX.YELLOW
    paragraph.add_run(BODY[80:])
    for i in range(6):
        document.add_paragraph(BODY)
    document.save(path)


def soffice_convert(source, target_format, out_dir, profile):
    """LibreOffice's own conversion, in a profile of this test's own."""
    subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                    "--convert-to", target_format, "--outdir", out_dir, source],
                   check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(out_dir, os.path.splitext(os.path.basename(source))[0] + "." + target_format.split(":")[0])
    assert os.path.exists(produced), produced
    return produced


def findings(path, *options):
    report = json.loads(run("check", path, "--format", "json", "--fail-on", "none", *options).stdout)
    assert report["documents"][0]["status"] == "checked", report
    return report["documents"][0]["findings"]


def page_codes(found):
    return sorted({f["rule"] for f in found if f["rule"].startswith("PG-")})


def page_size_mm(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).group(1, 2))
    return width * MM_PER_PT, height * MM_PER_PT


def words_by_page(pdf):
    """pdftotext -bbox: for each page, its words as (text, xMin, yMin, xMax, yMax) in mm."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in re.findall(r"<page[^>]*>(.*?)</page>", html, re.S):
        words = []
        for x0, y0, x1, y1, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
            words.append((word, *(float(v) * MM_PER_PT for v in (x0, y0, x1, y1))))
        pages.append(words)
    return pages


def lines_of(words):
    """Words grouped into lines by their vertical centre (0.5 mm apart at most)."""
    lines = []
    for word in sorted(words, key=lambda w: ((w[2] + w[4]) / 2, w[1])):
        centre = (word[2] + word[4]) / 2
        if lines and abs(lines[-1]["centre"] - centre) < 0.5:
            lines[-1]["words"].append(word)
        else:
            lines.append({"centre": centre, "words": [word]})
    for line in lines:
        line["xMin"] = min(w[1] for w in line["words"])
        line["xMax"] = max(w[3] for w in line["words"])
        line["text"] = "".join(w[0] for w in line["words"])
    return lines


def measure(pdf):
    """The page size, the type area's edges measured from the text, the lines per page and the
    page-number lines, all in mm."""
    width, height = page_size_mm(pdf)
    pages = words_by_page(pdf)
    measured = {"size": (width, height), "pages": []}
    for words in pages:
        lines = lines_of(words)
        numbers = [l for l in lines if re.fullmatch(r"—\d+—", l["text"])]
        body = [l for l in lines if l not in numbers]
        measured["pages"].append({"body": body, "numbers": numbers})
    return measured


def type_area(measured):
    """The type area measured from the text: left and right from the justified lines' ends on
    every page; top, bottom and the lines a page from the fullest page (widow and orphan
    control leave a line short on some), each line centred in its pitch of the grid."""
    width, height = measured["size"]
    every = [l for page in measured["pages"] for l in page["body"]]
    body = max((page["body"] for page in measured["pages"]), key=len)
    pitch = (body[-1]["centre"] - body[0]["centre"]) / (len(body) - 1)
    return {
        "lines": len(body),
        "most lines on a page": max(len(page["body"]) for page in measured["pages"]),
        "pitch": pitch,
        "left": min(l["xMin"] for l in every),
        "right": width - max(l["xMax"] for l in every),
        "top": body[0]["centre"] - pitch / 2,
        "bottom": height - (body[-1]["centre"] + pitch / 2),
    }


def assert_standard_page(measured, label):
    width, height = measured["size"]
    assert abs(width - A4[0]) <= TOLERANCE_MM and abs(height - A4[1]) <= TOLERANCE_MM, (label, measured["size"])
    area = type_area(measured)
    print(label, "measured:", {k: round(v, 2) for k, v in area.items()})
    assert area["lines"] == 22, (label, area)
    for side, wanted in MARGINS.items():
        assert abs(area[side] - wanted) <= TOLERANCE_MM, (label, side, area)
    return area


def assert_page_numbers(measured, placement, label):
    """`— N —` below the type area, its 一字线 7 mm under the type area's bottom edge; centred on
    the type area (report), or odd pages right and even pages left, one character in (formal)."""
    width, height = measured["size"]
    left_edge, right_edge = MARGINS["left"], width - MARGINS["right"]
    for index, page in enumerate(measured["pages"], start=1):
        assert len(page["numbers"]) == 1, (label, index, [l["text"] for l in page["body"][-3:]])
        number = page["numbers"][0]
        assert number["text"] == "—%d—" % index, (label, index, number["text"])
        top = min(w[2] for w in number["words"])
        gap = top - (height - MARGINS["bottom"])
        assert 6.0 <= gap <= 9.0, (label, index, "一字线 not 7 mm below the type area", gap)
        if placement == "centred":
            centre = (number["xMin"] + number["xMax"]) / 2
            assert abs(centre - (left_edge + right_edge) / 2) <= TOLERANCE_MM, (label, index, centre)
        elif index % 2:
            assert abs(right_edge - number["xMax"] - 4.9) <= TOLERANCE_MM, (label, index, number["xMax"])
        else:
            assert abs(number["xMin"] - left_edge - 4.9) <= TOLERANCE_MM, (label, index, number["xMin"])
        print(label, "page", index, "number", number["text"], "x", round(number["xMin"], 1), "-",
              round(number["xMax"], 1), "gap below type area", round(gap, 1))


def render_first_page(pdf, name):
    folder = os.environ.get("GWCHECK_LAYOUT_IMAGES")
    if folder:
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf,
                        os.path.join(folder, name)], check=True)


def format_and_measure(source, work, profile, placement, config=None):
    options = ["--config", config] if config else []
    before = findings(source, *options)
    out = os.path.join(work, "out")
    original = open(source, "rb").read()
    result = run("fix", "--layout", source, "--output-dir", out, "--fail-on", "none", *options)
    assert result.returncode == 0, result.stdout
    assert open(source, "rb").read() == original, "fix --layout --output-dir must not touch the input"
    formatted = os.path.join(out, os.path.basename(source))
    after = findings(formatted, *options)
    # PG-08 (info) stays where the fonts GB/T 9704 names are not installed: it says so.
    assert [c for c in page_codes(after) if c != "PG-08"] == [], [f for f in after if f["rule"] != "PG-08"]
    assert not [f for f in after if f["rule"] in ("HF-01", "HF-02")], after
    # The text is the text it was: the same findings of the text rules, in the same places.
    text_rules = lambda found: sorted((f["rule"], f["line"], f["column"]) for f in found
                                      if not f["rule"].startswith(("PG-", "HF-01", "HF-02")))
    assert text_rules(after) == text_rules(before), (text_rules(before), text_rules(after))
    # Idempotent: formatting the formatted document changes nothing.
    again = run("fix", "--layout", formatted, "--output-dir", os.path.join(work, "again"), "--fail-on", "none",
                *options)
    assert "unchanged" in again.stdout, again.stdout
    pdf_dir = os.path.join(work, "pdf")
    os.makedirs(pdf_dir, exist_ok=True)
    os.makedirs(os.path.join(pdf_dir, "before"), exist_ok=True)
    before_pdf = soffice_convert(source, "pdf", os.path.join(pdf_dir, "before"), profile)
    after_pdf = soffice_convert(formatted, "pdf", pdf_dir, profile)
    measured = measure(after_pdf)
    assert_standard_page(measured, os.path.basename(formatted))
    assert_page_numbers(measured, placement, os.path.basename(formatted))
    return before, before_pdf, after_pdf


def test_docx_report():
    work = work_dir("docx_report")
    profile = os.path.join(work, "soffice-profile")
    source = os.path.join(work, "report.docx")
    make_docx(source)
    before, before_pdf, after_pdf = format_and_measure(source, work, profile, "centred")
    # Fonts are set by name, never substituted: each font the standard names is installed here,
    # or PG-08 says it is not.
    formatted = os.path.join(work, "out", "report.docx")
    missing = {re.search(r'"(.+?)"', f["message"]).group(1)
               for f in findings(formatted, "--lang", "en-US") if f["rule"] == "PG-08"}
    installed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    for font in ("方正小标宋简体", "黑体", "楷体", "仿宋"):
        assert (font in installed) != (font in missing), (font, missing)
    # python-docx's default document is US Letter with 1-inch margins.
    assert {"PG-01", "PG-02", "PG-03", "PG-04", "PG-05", "PG-06", "PG-07"} <= set(page_codes(before)), page_codes(before)
    width, height = page_size_mm(before_pdf)
    assert abs(width - 215.9) < 1 and abs(height - 279.4) < 1, (width, height)
    render_first_page(before_pdf, "format-before")
    render_first_page(after_pdf, "format-after")


def test_odt_formal():
    work = work_dir("odt_formal")
    profile = os.path.join(work, "soffice-profile")
    docx_file = os.path.join(work, "notice.docx")
    make_docx(docx_file)
    source = soffice_convert(docx_file, "odt", work, profile)  # an .odt LibreOffice wrote
    os.remove(docx_file)
    config = os.path.join(work, "gwcheck.json")
    with open(config, "w", encoding="utf-8") as out:
        json.dump({"profile": "formal"}, out)
    format_and_measure(source, work, profile, "odd-right-even-left", config)


if __name__ == "__main__":
    scenario = sys.argv[1]
    globals()["test_" + scenario]()
    print("ok:", scenario)
