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

import uno  # noqa: E402  (after harness: it sets up the type library first)

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
    # 8: a page-number field inside the text: its shown text counts in the offsets after it.
    b.paragraph("本报告第页，联系人某某。", para=INDENT)
    text = doc.getText()
    cursor = text.createTextCursorByRange(text.getEnd())
    cursor.gotoStartOfParagraph(False)
    cursor.goRight(4, False)
    field = doc.createInstance("com.sun.star.text.TextField.PageNumber")
    field.NumberingType = 4  # com.sun.star.style.NumberingType.ARABIC
    field.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
    text.insertTextContent(cursor, field, False)
    # Headers are not body text: their placeholder is no finding.
    style = doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
    style.HeaderIsOn = True
    style.HeaderText.setString("XXX单位内部资料")


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
