#!/usr/bin/python3
"""Regenerates the example documents with headless soffice (Debian's /usr/bin/python3 with
python3-uno):

    /usr/bin/python3 examples/make-examples.py

- report-2024-h1.odt/.docx and street-report.odt/.docx: the two seed reports of
  tests/fixtures/seeds/ (copied from template web sites, web residue included), laid out as
  such reports usually are: title centred in 22 pt, headings typed in the body text, body 仿宋
  16 pt with a two-character indent. They keep the seeds' faults (half-width "(一)", unfilled
  "X次" and "XXX街道", web residue) for gwcheck to find.
- clean-report.odt: a short report written for gwcheck that follows GB/T 9704-2012 and
  GB/T 15834-2011, its page included (a 22-line grid, justified body text, `— 1 —` page
  numbers centred in the footer); a check finds no errors or warnings in it.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "integration", "uno"))
from harness import DocumentBuilder, Office, store  # noqa: E402

SEEDS = {
    "report-2024-h1": "000_b7783f23aae105a9.txt",
    "street-report": "001_bb363a12219e777a.txt",
}

A4_GBT9704 = dict(Width=21000, Height=29700, TopMargin=3700, BottomMargin=3500,
                  LeftMargin=2800, RightMargin=2600)
TITLE = {"CharFontNameAsian": "方正小标宋简体", "CharHeight": 22.0, "CharHeightAsian": 22.0}
CENTER = {"ParaAdjust": 3}           # ParagraphAdjust.CENTER
INDENT = {"ParaFirstLineIndent": 1129}  # two characters of 16 pt, in 1/100 mm
HEADING_FONTS = {1: "黑体", 2: "楷体", 3: "仿宋", 4: "仿宋"}

LEVELS = [
    (1, re.compile(r"^[一二三四五六七八九十]+、")),
    (2, re.compile(r"^[(（][一二三四五六七八九十]+[)）]")),
    (3, re.compile(r"^\d+[.．](?!\d)")),
    (4, re.compile(r"^[(（]\d+[)）]")),
]


def heading_level(line):
    for level, pattern in LEVELS:
        if pattern.match(line):
            return level
    return 0


def heading_part(line):
    """The heading part of a run-in heading (up to its 。), or the whole standalone heading."""
    stop = line.find("。")
    return len(line) if stop < 0 else stop + 1


def add_line(builder, line, outline=False, para=None):
    level = heading_level(line)
    para = dict(INDENT, **(para or {}))
    if level == 0:
        builder.paragraph(line, para=para)
        return
    if outline:
        para["OutlineLevel"] = level
    builder.paragraph(line, para=para,
                      spans=[(0, heading_part(line), {"CharFontNameAsian": HEADING_FONTS[level]})])


def build_seed(doc, lines):
    builder = DocumentBuilder(doc)
    builder.page(**A4_GBT9704)
    first_heading = next(i for i, line in enumerate(lines) if heading_level(line))
    # The title: the last short line without sentence punctuation before the first heading.
    title = max(i for i in range(first_heading)
                if len(lines[i]) < 40 and not re.search(r"[，,。:：]", lines[i]))
    for index, line in enumerate(lines):
        if index == title:
            builder.paragraph(line, para=CENTER, chars=TITLE)
        else:
            add_line(builder, line)


CLEAN_REPORT = [
    "一、工作开展情况",
    "（一）健全责任体系。年初召开专题会议，修订完善安全生产责任清单，与各科室逐级签订目标责任书，"
    "做到责任到岗、任务到人。",
    "（二）开展隐患排查。组织开展安全生产大检查，重点检查消防设施、用电安全和危险化学品管理。",
    "1.全面排查。检查组深入各单位，逐项核对检查清单，共发现各类隐患十二处。",
    "2.限期整改。对发现的隐患建立整改台账，明确责任人和整改时限，目前已全部整改到位。",
    "二、存在的主要问题",
    "一是部分单位对安全生产工作重视不够，存在重部署、轻落实的现象；二是隐患整改跟踪不够及时，"
    "个别问题存在反复。",
    "三、下一步工作打算",
    "（一）压实工作责任。进一步细化责任清单，把安全生产责任落实到每个岗位。",
    "（二）强化督导检查。坚持定期检查与随机抽查相结合，对发现的问题及时通报、限期整改。",
]


# GB/T 9704 §5.2.3 and §7.5: 22 lines filling the 225 mm type area; the footer (7 mm spacing and a
# 6 mm line) inside the 35 mm bottom margin, its top 7 mm below the type area.
GRID_22_LINES = dict(GridMode=1, GridLines=22, GridBaseHeight=1022, GridRubyHeight=0)
FOOTER = dict(FooterIsOn=True, FooterIsShared=True, FooterIsDynamicHeight=False, FooterBodyDistance=700,
              FooterHeight=1300, BottomMargin=2200)
JUSTIFY = {"ParaAdjust": 2}  # ParagraphAdjust.BLOCK


def page_number_footer(doc):
    """`— N —` centred in the footer: a page-number field between 一字线, 四号 宋体."""
    import uno
    style = doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
    footer = style.FooterText
    cursor = footer.createTextCursor()
    footer.insertString(cursor, "— ", False)
    field = doc.createInstance("com.sun.star.text.TextField.PageNumber")
    field.NumberingType = 4  # ARABIC
    field.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
    footer.insertTextContent(cursor, field, False)
    footer.insertString(cursor, " —", False)
    cursor.gotoStart(False)
    cursor.gotoEnd(True)
    for name, value in (("CharFontName", "宋体"), ("CharFontNameAsian", "宋体"), ("CharHeight", 14.0),
                        ("CharHeightAsian", 14.0), ("ParaAdjust", 3)):
        cursor.setPropertyValue(name, value)


def build_clean(doc):
    builder = DocumentBuilder(doc)
    builder.page(**dict(A4_GBT9704, **GRID_22_LINES, **FOOTER))
    page_number_footer(doc)
    builder.paragraph("关于2024年第三季度安全生产工作情况的报告", para=CENTER, chars=TITLE)
    for line in CLEAN_REPORT:
        add_line(builder, line, outline=True, para=JUSTIFY)


def main():
    oxt = os.path.join(ROOT, "build", "gwcheck.oxt")  # only its gwcheck.rdb, if built
    with Office(oxt, install_extension=False) as office:
        for name, seed in SEEDS.items():
            with open(os.path.join(ROOT, "tests", "fixtures", "seeds", seed), encoding="utf-8") as f:
                lines = [line.strip() for line in f if line.strip()]
            doc = office.new_document()
            build_seed(doc, lines)
            for ext in (".odt", ".docx"):
                store(doc, os.path.join(HERE, name + ext))
            office.close(doc)
        doc = office.new_document()
        build_clean(doc)
        store(doc, os.path.join(HERE, "clean-report.odt"))
        office.close(doc)


if __name__ == "__main__":
    main()
