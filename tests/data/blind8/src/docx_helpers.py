# -*- coding: utf-8 -*-
from common import *
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def cjk(run, font="宋体", size=None, bold=None, color=None, italic=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    if size: run.font.size = Pt(size)
    if bold is not None: run.bold = bold
    if italic is not None: run.italic = italic
    if color: run.font.color.rgb = RGBColor.from_string(color)
    return run

def add_par(container, text, font="宋体", size=11, bold=None, color=None, align=None, italic=None, indent=False, space_after=4):
    p = container.add_paragraph()
    if align: p.alignment = align
    if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    cjk(p.add_run(text), font, size, bold, color, italic)
    return p

def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)

def borders(table, val="nil", sz="4", color="auto", which=("top", "left", "bottom", "right", "insideH", "insideV")):
    tblPr = table._element.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is None:
        b = OxmlElement("w:tblBorders"); tblPr.append(b)
    for s in which:
        e = OxmlElement(f"w:{s}"); e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), sz); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        b.append(e)

def para_border(p, side="bottom", val="single", sz="12", color="C00000"):
    pPr = p._element.get_or_add_pPr()
    pb = OxmlElement("w:pBdr"); e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), val); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    pb.append(e); pPr.append(pb)

def field(p, instr, font="宋体", size=9):
    r = p.add_run(); cjk(r, font, size)
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r._element.append(it)
        elif kind == "text":
            t = OxmlElement("w:t"); t.text = "1"; r._element.append(t)
        else:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._element.append(fc)

def set_cols(section, num, space=425):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), str(space))

def soffice(src, fmt, outdir):
    import subprocess
    subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
