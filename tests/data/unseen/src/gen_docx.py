# -*- coding: utf-8 -*-
"""2026-03.docx: masthead in a borderless layout table, parts numbered 第一部分..第四部分
(one of them inside a shaded table cell), story titles numbered by Word itself
(List Number style -> numbering.xml), two sources only as a footnote and an endnote
(notes parts added by post-processing the package)."""
import os, sys, re, zipfile, shutil
sys.path.insert(0, os.path.dirname(__file__))
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from content import ISSUES
from docx_util import set_props, base_styles, para, set_run_font, no_borders, shade

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "2026-03.docx")
iss = ISSUES["2026-03"]
doc = Document(); base_styles(doc, 10.5)
set_props(doc, "数字贸易简报 2026-03", iss["date"])
for name in ("Heading 1", "Heading 2", "List Number"):
    st = doc.styles[name]; st.font.name = "Noto Sans CJK SC"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")

# masthead: borderless 1x2 layout table
mt = doc.add_table(rows=1, cols=2); no_borders(mt); mt.autofit = False
l, r = mt.rows[0].cells
l.width = Cm(10); r.width = Cm(6)
lp = l.paragraphs[0]; set_run_font(lp.add_run("数字贸易简报"), 28, True)
set_run_font(l.add_paragraph().add_run("DIGITAL TRADE BRIEFING"), 9)
first = True
for line in ("2026年第3期", "总第47期", "大连市数字贸易协会秘书处", "2026年3月31日"):
    p = r.paragraphs[0] if first else r.add_paragraph(); first = False
    set_run_font(p.add_run(line), 9.5); p.alignment = AL.RIGHT
para(doc, "")

notes = []   # (kind, id, text)

def note_ref(p, kind, nid):
    run = p.add_run(); rpr = run._element.get_or_add_rPr()
    va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
    ref = OxmlElement("w:footnoteReference" if kind == "foot" else "w:endnoteReference")
    ref.set(qn("w:id"), str(nid)); run._element.append(ref)

PART = {"数据月报": "第一部分　数据月报", "行业资讯": "第二部分　行业资讯",
        "会员风采": "第三部分　会员风采", "协会动态": "第四部分　协会动态"}
cur = None; nkind = iter([("foot", 1), ("end", 1)])
for it in iss["items"]:
    if it["section"] != cur:
        cur = it["section"]
        if cur == "会员风采":
            box = doc.add_table(rows=1, cols=1); no_borders(box)
            c = box.rows[0].cells[0]; shade(c, "D9E2F3")
            set_run_font(c.paragraphs[0].add_run(PART[cur]), 14, True)
            para(doc, "")
        else:
            h = doc.add_paragraph(style="Heading 1"); set_run_font(h.add_run(PART[cur]), 15, True)
    if it["title"]:
        if cur == "数据月报":
            h = doc.add_paragraph(style="Heading 2"); set_run_font(h.add_run(it["title"]), 12, True)
        elif cur == "行业资讯":
            h = doc.add_paragraph(style="List Number"); set_run_font(h.add_run(it["title"]), 11.5, True)
        else:
            h = para(doc, it["title"], 11.5, True)
    t = it.get("table")
    last = None
    for i, ptxt in enumerate(it["paras"]):
        last = para(doc, ptxt, 10.5, indent=True)
        if t and i == t["after"]:
            tb = doc.add_table(rows=1 + len(t["rows"]), cols=len(t["header"]))
            tb.style = "Table Grid"
            for ri, row in enumerate([t["header"]] + t["rows"]):
                for ci, txt in enumerate(row):
                    cp = tb.cell(ri, ci).paragraphs[0]
                    set_run_font(cp.add_run(txt), 9.5, ri == 0)
                    cp.alignment = AL.CENTER if ci else AL.LEFT
    if it["source"]:
        if it.get("note"):
            kind, nid = next(nkind)
            note_ref(last, kind, nid)
            notes.append((kind, nid, ("来源：" if kind == "foot" else "资料来源：") + it["source"]))
        elif cur == "数据月报":
            para(doc, "（资料来源：" + it["source"] + "）", 9, align=AL.RIGHT)
        else:
            para(doc, "（来源：" + it["source"] + "）", 9, align=AL.RIGHT)
doc.save(OUT)

# ---- post-process: add footnotes.xml and endnotes.xml parts
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def notes_xml(kind):
    tag = "footnote" if kind == "foot" else "endnote"
    ref = "footnoteRef" if kind == "foot" else "endnoteRef"
    body = [f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>',
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>']
    for k, nid, text in notes:
        if k != kind: continue
        body.append(f'<w:{tag} w:id="{nid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>'
                    f'<w:r><w:rPr><w:rFonts w:eastAsia="Noto Sans CJK SC"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{tag}>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag}s {W}>' + "".join(body) + f"</w:{tag}s>"

tmp = OUT + ".tmp"
with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            s = data.decode()
            s = s.replace("</Types>",
                '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
            data = s.encode()
        elif item.filename == "word/_rels/document.xml.rels":
            s = data.decode()
            s = s.replace("</Relationships>",
                '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                '<Relationship Id="rIdEn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
            data = s.encode()
        zout.writestr(item, data)
    zout.writestr("word/footnotes.xml", notes_xml("foot"))
    zout.writestr("word/endnotes.xml", notes_xml("end"))
shutil.move(tmp, OUT)
print("wrote", OUT)
