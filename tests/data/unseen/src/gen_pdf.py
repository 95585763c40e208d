# -*- coding: utf-8 -*-
"""2026-02.pdf: a Word document (src/2026-02.docx, python-docx) exported to PDF by
LibreOffice: running header, page-number footer, two columns, a data table without
ruling lines, right-aligned source lines.  Run, then: see make_all.sh."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.shared import Pt, Cm
from content import ISSUES, body_segments
from docx_util import set_props, base_styles, para, set_run_font, add_field, set_cols, no_borders

HERE = os.path.dirname(__file__)
iss = ISSUES["2026-02"]
doc = Document(); base_styles(doc, 10)
set_props(doc, "数字贸易简报 2026-02", iss["date"])
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(1.8)
hp = sec.header.paragraphs[0]
set_run_font(hp.add_run("数字贸易简报　·　2026年第2期　·　大连市数字贸易协会"), 8)
hp.alignment = AL.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = AL.CENTER
set_run_font(fp.add_run("— "), 8); add_field(fp, "PAGE", 8); set_run_font(fp.add_run(" —"), 8)

para(doc, "数字贸易简报", 26, True, AL.CENTER, space_after=2)
para(doc, "2026年第2期（总第46期）", 12, False, AL.CENTER, space_after=0)
p = para(doc, "大连市数字贸易协会秘书处　编印　　　　　　　　　　　　　　2026年2月27日", 9, False, AL.CENTER)
para(doc, "本期要目", 11, True)
for it in iss["items"]:
    if it["title"]:
        para(doc, f"【{it['section']}】{it['title']}", 9, space_after=0)
para(doc, "【协会动态】会员工作座谈会", 9)

s2 = doc.add_section(WD_SECTION.CONTINUOUS); set_cols(s2, 2)
cur = None
for it in iss["items"]:
    if it["section"] != cur:
        cur = it["section"]
        para(doc, f"{cur}", 13, True, space_after=4)
    if it["title"]:
        para(doc, it["title"], 11, True, space_after=3)
    t = it.get("table")
    for i, ptxt in enumerate(it["paras"]):
        para(doc, ptxt, 10, indent=True, space_after=3)
        if t and i == t["after"]:
            tb = doc.add_table(rows=1 + len(t["rows"]), cols=len(t["header"]))
            no_borders(tb)
            for r, row in enumerate([t["header"]] + t["rows"]):
                for c, txt in enumerate(row):
                    cp = tb.cell(r, c).paragraphs[0]
                    set_run_font(cp.add_run(txt), 8.5, r == 0)
                    if c > 0: cp.alignment = AL.RIGHT
            tb.autofit = False
            for ci, wcm in enumerate((4.6, 2.0, 1.6)):
                tb.columns[ci].width = Cm(wcm)
                for cell in tb.columns[ci].cells: cell.width = Cm(wcm)
    if it["source"]:
        para(doc, "来源：" + it["source"], 9, False, AL.RIGHT, space_after=6)

out = os.path.join(HERE, "2026-02.docx")
doc.save(out); print("wrote", out)
