# -*- coding: utf-8 -*-
"""2026-11.docx: Word file whose headings are direct formatting only (bold + larger size on
Normal paragraphs, no Heading styles), masthead in the page HEADER (header1.xml), issue date
in the body, a real TOC field (fldChar begin/instrText TOC/separate … end) whose cached
result has dot-leader tabs and page numbers, a table with merged cells (gridSpan + vMerge),
stories numbered 一、二、 in the text, one source placed before its story (【来源：X】 under
the title), one as 稿件来源：X, the others 来源：X."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from content import ISSUES, sections, cn_ord
from docx_util import set_run_font, base_styles, para, set_props, add_field
HERE = os.path.dirname(os.path.abspath(__file__))
iss = ISSUES["2026-11"]

doc = Document(); base_styles(doc, 11)
set_props(doc, "数字贸易简报2026年第11期", "2026-11-30")
s = doc.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(2.6); s.top_margin = Cm(3.2); s.bottom_margin = Cm(2.4)
s.header_distance = Cm(1.2)

# masthead in the header part
h = s.header
hp = h.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run("数字贸易简报"); set_run_font(r, 20, True); r.font.color.rgb = RGBColor(0xC0, 0, 0)
hp2 = h.add_paragraph(); hp2.alignment = AL.CENTER
set_run_font(hp2.add_run("2026年第11期　　总第55期　　大连市数字贸易协会编"), 9)
pPr = hp2._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "double"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "C00000")): b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)
fp = s.footer.paragraphs[0]; fp.alignment = AL.CENTER
set_run_font(fp.add_run("第 "), 9); add_field(fp, "PAGE", 9); set_run_font(fp.add_run(" 页"), 9)

# date in the body
para(doc, "2026年11月30日", 11, False, AL.RIGHT, space_after=6)

# TOC field with cached result
def fld(p, typ, instr=None):
    run = p.add_run(); el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), typ); run._element.append(el)
    if instr:
        r2 = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        r2._element.append(it)

para(doc, "目　录", 14, True, AL.CENTER, space_after=4)
secs = sections(iss)
entries = []
page_of = {"数据月报": 1, "行业资讯": 2, "专题研究": 2, "会员风采": 3, "协会动态": 3}
for s_ in secs:
    entries.append((1, s_, page_of[s_]))
    k = 0
    for it in iss["items"]:
        if it["sec"] == s_ and it["title"] and s_ != "数据月报":
            k += 1
            num = f"{cn_ord(k)}、" if s_ in ("行业资讯", "专题研究") else ""
            entries.append((2, num + it["title"], page_of[s_]))
for i, (lvl, text, pg) in enumerate(entries):
    p = doc.add_paragraph()
    pf = p.paragraph_format; pf.space_after = Pt(0)
    pf.left_indent = Cm(0 if lvl == 1 else 0.75)
    pf.tab_stops.add_tab_stop(Cm(15.8), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    if i == 0:
        fld(p, "begin", ' TOC \\o "1-2" \\h \\z \\u '); fld(p, "separate")
    set_run_font(p.add_run(f"{text}\t{pg}"), 10.5, lvl == 1)
    if i == len(entries) - 1:
        fld(p, "end")
para(doc, "", 6)

def sec_head(name):
    p = para(doc, name, 16, True, AL.CENTER, space_after=6)
    p.paragraph_format.space_before = Pt(12)
    p.runs[0].font.color.rgb = RGBColor(0xC0, 0, 0)
    p.paragraph_format.keep_with_next = True

def title(text):
    p = para(doc, text, 12.5, True, space_after=4)
    p.paragraph_format.keep_with_next = True

def merged_table(t):
    h1, h2 = t["head"]; rows = t["rows"]
    tb = doc.add_table(rows=2 + len(rows), cols=4); tb.style = "Table Grid"
    tb.alignment = 1
    tb.cell(0, 0).merge(tb.cell(1, 0)); tb.cell(0, 1).merge(tb.cell(1, 1)); tb.cell(0, 2).merge(tb.cell(0, 3))
    def put(c, text, bold=False, al=AL.CENTER):
        cp = c.paragraphs[0]; cp.alignment = al; set_run_font(cp.add_run(text), 10, bold)
    for row in tb.rows:
        for c, w in zip(row.cells, (2.4, 6.4, 3.2, 3.2)): c.width = Cm(w)
    put(tb.cell(0, 0), h1[0], True); put(tb.cell(0, 1), h1[1], True); put(tb.cell(0, 2), h1[2], True)
    put(tb.cell(1, 2), h2[0], True); put(tb.cell(1, 3), h2[1], True)
    i = 0
    while i < len(rows):
        n = 1
        while i + n < len(rows) and rows[i + n][0] is None: n += 1
        top = tb.cell(2 + i, 0)
        if n > 1: top = top.merge(tb.cell(2 + i + n - 1, 0))
        put(top, rows[i][0])
        for j in range(n):
            r = rows[i + j]
            put(tb.cell(2 + i + j, 1), r[1], al=AL.LEFT)
            put(tb.cell(2 + i + j, 2), r[2], al=AL.RIGHT); put(tb.cell(2 + i + j, 3), r[3], al=AL.RIGHT)
        i += n

cur = None; k = 0
for it in iss["items"]:
    if it["sec"] != cur:
        cur = it["sec"]; k = 0; sec_head(cur)
    if it["title"]:
        k += 1
        title(it["title"] if cur not in ("行业资讯", "专题研究") else f"{cn_ord(k)}、{it['title']}")
    before = it["sec"] == "行业资讯" and it["src"] and k == 1
    if before:
        para(doc, f"【来源：{it['src']}】", 10, False, AL.LEFT, space_after=2)
    t = it.get("table")
    for j, ptxt in enumerate(it["paras"]):
        para(doc, ptxt, 11, indent=True, space_after=3)
        if t and j == t["after"]:
            merged_table(t); para(doc, "", 4)
    if it["src"] and not before:
        lab = "稿件来源：" if it["sec"] == "专题研究" else "来源："
        para(doc, lab + it["src"], 10, False, AL.RIGHT, space_after=8)

doc.save(os.path.join(HERE, "..", "2026-11.docx"))
print("wrote 2026-11.docx")
