#!/usr/bin/python3
"""Regenerates the integration tests' fixtures (fixtures/structure.odt and .docx) with headless
soffice: a short report with a half-width (一) heading, placeholders, a table, bold and italic
text and a bookmark. The tests assert exact findings on these files, so keep the content and
the expectations in test_uno.py together.

    /usr/bin/python3 tests/integration/uno/make_fixtures.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from harness import DocumentBuilder, Office, store  # noqa: E402

TITLE = {"CharFontNameAsian": "方正小标宋简体", "CharHeight": 22.0, "CharHeightAsian": 22.0}
CENTER = {"ParaAdjust": 3}  # com.sun.star.style.ParagraphAdjust.CENTER
INDENT = {"ParaFirstLineIndent": 1129}  # two characters of 16 pt
L1 = {"CharFontNameAsian": "黑体"}
L2 = {"CharFontNameAsian": "楷体"}

P2 = "(一)强化组织领导。年初召开X次会议，研究部署全年工作。"


def build(doc):
    b = DocumentBuilder(doc)
    b.page(Width=21000, Height=29700, TopMargin=3700, BottomMargin=3500, LeftMargin=2800, RightMargin=2600)
    b.paragraph("关于2024年上半年工作情况的报告", para=CENTER, chars=TITLE)           # 0
    b.paragraph("一、工作开展情况", chars=L1, para=INDENT)                            # 1
    b.paragraph(P2, para=INDENT,                                                     # 2
                spans=[(3, 10, {"CharWeight": 150.0, "CharWeightAsian": 150.0}),
                       (19, 23, {"CharPosture": "ITALIC"})],
                bookmarks=[("gwcheck_mark", 16, 18)])
    b.paragraph("（二）加强舆论引导。共编发简报X期。", para=INDENT)                     # 3
    b.table(1, 2, ["XXX街道", "合计"])                                               # 4, 5
    b.paragraph("二、下一步打算", chars=L1, para=INDENT)                              # 6
    b.paragraph("(一)继续加强学习。", para=INDENT)                                    # 7


def main():
    oxt = os.path.join(HERE, "..", "..", "..", "build", "gwcheck.oxt")  # only for the types
    with Office(oxt, install_extension=False) as office:
        doc = office.new_document()
        build(doc)
        print("\n".join("%d: %s" % item for item in enumerate(Office.paragraph_texts(doc))))
        for ext in (".odt", ".docx"):
            store(doc, os.path.join(HERE, "fixtures", "structure" + ext))


if __name__ == "__main__":
    main()
