# -*- coding: utf-8 -*-
"""Small python-docx helpers shared by the Word-based generators."""
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt

FONT = "Noto Sans CJK SC"

def set_run_font(run, size=None, bold=None, font=FONT):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    if size: run.font.size = Pt(size)
    if bold is not None: run.bold = bold
    return run

def base_styles(doc, size=10.5):
    st = doc.styles["Normal"]
    st.font.name = FONT; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), FONT)

def para(doc_or_cell, text="", size=None, bold=None, align=None, indent=False, style=None,
         space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        set_run_font(p.add_run(text), size, bold)
    if align is not None: p.alignment = align
    pf = p.paragraph_format
    if indent: pf.first_line_indent = Pt((size or 10.5) * 2)
    if space_after is not None: pf.space_after = Pt(space_after)
    return p

def add_field(paragraph, instr, size=None):
    """Insert a Word field (e.g. PAGE) as fldChar runs."""
    def r(tag, **attrs):
        run = paragraph.add_run(); set_run_font(run, size)
        el = OxmlElement(tag)
        for k, v in attrs.items(): el.set(qn(k), v)
        if tag == "w:instrText": el.text = instr; el.set(qn("xml:space"), "preserve")
        run._element.append(el)
    r("w:fldChar", **{"w:fldCharType": "begin"})
    r("w:instrText")
    r("w:fldChar", **{"w:fldCharType": "separate"})
    run = paragraph.add_run("1"); set_run_font(run, size)
    r("w:fldChar", **{"w:fldCharType": "end"})

def set_cols(section, num, space_twips=425):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sp.append(cols)
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), str(space_twips))

def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill); tcPr.append(s)

def set_props(doc, title, when):
    """Plausible document properties instead of python-docx's template defaults."""
    import datetime
    cp = doc.core_properties
    cp.author = "协会秘书处"; cp.last_modified_by = "协会秘书处"; cp.title = title
    cp.comments = ""; cp.revision = 3
    cp.created = datetime.datetime.fromisoformat(when + "T09:12:00")
    cp.modified = datetime.datetime.fromisoformat(when + "T16:40:00")
