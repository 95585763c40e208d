# -*- coding: utf-8 -*-
"""Small python-docx helpers shared by the Word generators."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

CJK_SERIF = "宋体"
CJK_SANS = "黑体"


def set_run_font(run, east=CJK_SERIF, size=None, bold=None, color=None):
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def set_style_font(style, east=CJK_SERIF, size=None, bold=None, color=None):
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(a)) is not None:
            del fonts.attrib[qn(a)]
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color:
        style.font.color.rgb = RGBColor.from_string(color)


def new_document():
    doc = Document()
    set_style_font(doc.styles["Normal"], CJK_SERIF, 12)
    for name, size in (("Title", 26), ("Heading 1", 15), ("Heading 2", 13)):
        set_style_font(doc.styles[name], CJK_SANS, size, True, "000000")
    doc.styles["Title"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    return doc


def para(doc_or_cell, text="", size=None, bold=None, align=None, east=CJK_SERIF, color=None,
         indent_first=False, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent_first:
        p.paragraph_format.first_line_indent = Pt(24)
    return p


def bottom_rule(p, color="C00000", size=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_field(paragraph, instr, placeholder="1", east=CJK_SERIF, size=None):
    """Insert a complex field (e.g. PAGE) into a paragraph."""
    def r(child):
        run = paragraph.add_run()
        set_run_font(run, east, size)
        run._element.append(child)
        return run
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r(s)
    t = paragraph.add_run(placeholder); set_run_font(t, east, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r(e)


def table_borders(table, val="none"):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        if val != "none":
            e.set(qn("w:sz"), "4"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:sz"), "0"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "auto")
        b.append(e)
    tblPr.append(b)


def set_columns(section, num, space_twips=425):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def set_props(doc, title, iso_date):
    import datetime as _dt
    d = _dt.datetime.fromisoformat(iso_date + "T09:00:00")
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, "协会秘书处", "协会秘书处"
    cp.comments = ""
    cp.created = cp.modified = d
    cp.revision = 3
