# -*- coding: utf-8 -*-
"""2025-11.docx written by python-docx as another producer would: no styles used, every
paragraph in direct formatting, runs split at odd places, sections as one-cell shaded
tables (`数据月报 DATA`), bold title line then body, sources （来源：X） at the end of the
last paragraph, a table with a unit line (单位：万亿元) above its header."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import I11
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

EN = {"数据月报": "DATA", "行业资讯": "NEWS", "会员风采": "MEMBERS", "协会动态": "ASSOCIATION"}
doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.6)

def runs(p, text, size=10.5, bold=False, color=None, font="宋体"):
    # split text at odd places (every 7th / 13th char) like an editor that saved run by run
    cuts, i, k = [], 0, 0
    while i < len(text):
        n = (7, 13, 4, 19)[k % 4]; cuts.append(text[i:i + n]); i += n; k += 1
    for c in cuts:
        r = p.add_run(c)
        r.font.size = Pt(size); r.bold = bold; r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if color: r.font.color.rgb = RGBColor(*color)
    return p

def para(text, size=10.5, bold=False, align=None, indent=True, color=None, after=4, font="宋体"):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(after); pf.space_before = Pt(0); pf.line_spacing = 1.25
    if indent: pf.first_line_indent = Pt(size * 2)
    if align: p.alignment = align
    return runs(p, text, size, bold, color, font)

def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor); tcPr.append(shd)

def banner(name):
    t = doc.add_table(rows=1, cols=1)
    c = t.cell(0, 0); shade(c, "1F4E79")
    p = c.paragraphs[0]
    runs(p, name + "  ", 13, True, (255, 255, 255), "黑体")
    runs(p, EN[name], 9, True, (200, 215, 235), "Arial")
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

para("数字贸易简报", 26, True, WD_ALIGN_PARAGRAPH.CENTER, False, (180, 0, 0), 2, "黑体")
para("2025年　第11期　　总第43期", 11, False, WD_ALIGN_PARAGRAPH.CENTER, False, None, 2)
para("大连市数字贸易协会　　　　　　　　2025.11.30", 11, False, WD_ALIGN_PARAGRAPH.CENTER, False, None, 8)
para("【本期看点】前三季度外贸增速逐季加快；东博会首设人工智能专馆；会员风采：大连商品交易所", 10, False, None, False, (90, 90, 90), 10)

prev = None
for it in I11["items"]:
    if it["section"] != prev:
        banner(it["section"]); prev = it["section"]
    if it["title"]:
        para(it["title"], 12 if it["section"] != "数据月报" else 12.5, True,
             WD_ALIGN_PARAGRAPH.CENTER if it["section"] == "数据月报" else None, False, None, 3, "黑体")
    ps = [p for p in it["paras"]]
    last_text = max(i for i, p in enumerate(ps) if not p.startswith("|") and not p.startswith("单位"))
    tbl = []
    for i, p in enumerate(ps):
        if p.startswith("单位"):
            para(p, 9, False, WD_ALIGN_PARAGRAPH.RIGHT, False, None, 0); continue
        if p.startswith("|"):
            tbl.append(p.strip("|").split("|")); continue
        if tbl:
            t = doc.add_table(rows=len(tbl), cols=3); t.style = "Table Grid"
            for r, row in enumerate(tbl):
                for c, v in enumerate(row):
                    cp = t.cell(r, c).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if (r == 0 or c) else None
                    runs(cp, v, 10, r == 0)
                    if r == 0: shade(t.cell(r, c), "D9E2F3")
            tbl = []
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        if i == last_text and it["source"]:
            p = p + "（来源：%s）" % it["source"]
        para(p)
out = os.path.join(os.path.dirname(__file__), "..", I11["file"])
doc.core_properties.author = "xiehui-mishuchu"
doc.save(out)
