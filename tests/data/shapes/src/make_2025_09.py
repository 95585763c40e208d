# -*- coding: utf-8 -*-
"""2025-09.docx: python-docx, then the docx XML is post-processed:
- section headings (Heading 1) numbered 一、二、三、 by a numbering definition
  (w:abstractNum with chineseCounting in numbering.xml, w:numPr on each heading);
- masthead (title, issue, total, editor, date) in a borderless layout table;
- two stories cite their outlet only in a real Word footnote (footnotes.xml)."""
import re, zipfile, shutil
from pathlib import Path
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm
from content import ISSUES, toc
from docx_common import set_props, new_document, para, table_borders, set_run_font, CJK_SANS, bottom_rule

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "2025-09.docx"
NUM_ID = "31"
ABS_ID = "30"


def add_heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS_ID}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>')
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABS_ID}"/></w:num>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(num)


def number_paragraph(p):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    # numPr goes after pStyle inside pPr
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def footnote_ref(p, fid):
    r = OxmlElement("w:r")
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>')
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    p._p.append(r)


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '{notes}</w:footnotes>')
NOTE = ('<w:footnote w:id="{id}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')


def add_footnotes_part(path, notes):
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                s = data.decode("utf-8")
                s = s.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType='
                              '"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
                data = s.encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels":
                s = data.decode("utf-8")
                s = s.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                              'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
                data = s.encode("utf-8")
            zout.writestr(item, data)
        body = "".join(NOTE.format(id=i, text=t) for i, t in notes)
        zout.writestr("word/footnotes.xml", FOOTNOTES_XML.format(notes=body))
    shutil.move(tmp, path)


def build():
    iss = ISSUES["2025-09"]
    doc = new_document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    add_heading_numbering(doc)

    h = iss["header"]  # title, issue, total, editor, date
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, "none")
    c = t.cell(0, 0)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(h[0]); set_run_font(r, CJK_SANS, 28, True, "C00000")
    c = t.cell(0, 1)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(h[1]); set_run_font(r, size=12)
    c.paragraphs[0].alignment = 2
    p2 = c.add_paragraph(); p2.alignment = 2
    r = p2.add_run(h[2]); set_run_font(r, size=12)
    c = t.cell(1, 0)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(h[3]); set_run_font(r, size=11)
    c = t.cell(1, 1)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(h[4]); set_run_font(r, size=11)
    c.paragraphs[0].alignment = 2
    rule = para(doc, "")
    bottom_rule(rule)

    para(doc, "本期目录", size=12, bold=True, east=CJK_SANS)
    for sec_name, titles in toc(iss):
        para(doc, sec_name, size=11, bold=True)
        for ti in titles:
            para(doc, "　　· " + ti, size=10.5)

    notes = []
    cur = None
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            hp = doc.add_heading(cur, level=1)
            number_paragraph(hp)
        if it["title"]:
            tp = doc.add_heading(it["title"], level=2)
            if it.get("source_style") == "footnote_title":
                notes.append((len(notes) + 1, "来源：" + it["source"]))
                footnote_ref(tp, notes[-1][0])
        paras = it["paras"]
        for k, ptxt in enumerate(paras):
            last = k == len(paras) - 1
            text = ptxt
            if last and it.get("source_style") == "inline":
                text = ptxt + "（来源：" + it["source"] + "）"
            p = para(doc, text, size=12, indent_first=True, align="justify")
            if last and it.get("source_style") == "footnote_end":
                notes.append((len(notes) + 1, "来源：" + it["source"]))
                footnote_ref(p, notes[-1][0])
        if it["source"] and it.get("source_style") is None:
            para(doc, "（来源：" + it["source"] + "）", size=11, align="right")
    set_props(doc, "数字贸易简报2025年第9期", "2025-09-29")
    doc.save(OUT)
    add_footnotes_part(OUT, notes)


if __name__ == "__main__":
    build()
    print(OUT)
