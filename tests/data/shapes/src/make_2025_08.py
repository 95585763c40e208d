# -*- coding: utf-8 -*-
"""2025-08.pdf: a Word document (src/2025-08.docx, python-docx) exported to PDF
by LibreOffice.  Running header, page-number footer, page 2 as a two-column
Word section, data-report table without any borders."""
import shutil, subprocess, tempfile
from pathlib import Path
from docx.enum.section import WD_SECTION
from docx.shared import Pt, Cm
from content import ISSUES, toc
from docx_common import (set_props, new_document, para, bottom_rule, add_field, table_borders,
                         set_columns, set_run_font, CJK_SANS)

HERE = Path(__file__).resolve().parent
DOCX = HERE / "2025-08.docx"
PDF = HERE.parent / "2025-08.pdf"


def story(doc, it):
    if it["title"] and it["section"] != "协会动态":
        para(doc, it["title"], size=13, bold=True, east=CJK_SANS)
    for p in it["paras"]:
        if isinstance(p, dict):
            rows = p["table"]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table_borders(t, "none")
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.paragraphs[0].text = ""
                    r = c.paragraphs[0].add_run(val)
                    set_run_font(r, size=11, bold=(i == 0))
            continue
        para(doc, p, size=12, indent_first=True, align="justify")
    if it["source"]:
        para(doc, "（来源：" + it["source"] + "）", size=11, align="right")


def build():
    iss = ISSUES["2025-08"]
    doc = new_document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    # running header and page footer (shared by all sections)
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("数字贸易简报　2025年第8期"); set_run_font(r, size=9)
    hp.alignment = 2
    bottom_rule(hp, "808080", 6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    r = fp.add_run("第 "); set_run_font(r, size=9)
    add_field(fp, "PAGE", "1", size=9)
    r = fp.add_run(" 页"); set_run_font(r, size=9)

    h = iss["header"]
    para(doc, h[0], size=30, bold=True, align="center", east=CJK_SANS, color="C00000")
    para(doc, h[1], size=14, align="center")
    p = para(doc, h[2] + "　　　　　　　　　　　　" + h[3], size=11, align="center")
    bottom_rule(p)
    para(doc, "本期目录", size=13, bold=True, east=CJK_SANS)
    for sec_name, titles in toc(iss):
        para(doc, "【" + sec_name + "】", size=12, bold=True)
        for t in titles:
            para(doc, "　　" + t, size=11)

    items = iss["items"]
    cur = None
    for it in items:
        if it["section"] != cur:
            cur = it["section"]
            if cur == "行业资讯":
                s2 = doc.add_section(WD_SECTION.NEW_PAGE)
                set_columns(s2, 2)
            elif cur == "会员风采":
                s3 = doc.add_section(WD_SECTION.NEW_PAGE)
                set_columns(s3, 1)
            para(doc, "【" + cur + "】", size=15, bold=True, east=CJK_SANS, color="C00000")
        story(doc, it)
    set_props(doc, "数字贸易简报2025年第8期", "2025-08-28")
    doc.save(DOCX)

    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(DOCX)],
                       check=True, capture_output=True)
        shutil.copy(Path(td) / "2025-08.pdf", PDF)


if __name__ == "__main__":
    build()
    print(PDF)
