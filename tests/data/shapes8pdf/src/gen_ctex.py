# -*- coding: utf-8 -*-
"""2026-03-ctex.pdf: an issue set the way a ctex/LaTeX article looks (fpdf2, Noto Serif CJK):
numbered sections `1　数据月报` and subsections `1.1　title`, a TOC with dot leaders and page
numbers, sources only as footnotes (superscript mark, rule, note at the page foot), a booktabs
table (three horizontal rules, no vertical ones), a bare page number at the foot."""
import os, sys
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import A

SER = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERB = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
pdf = FPDF("P", "mm", "A4")
pdf.add_font("S", "", SER, collection_font_number=2)
pdf.add_font("S", "B", SERB, collection_font_number=2)
pdf.set_auto_page_break(False)
pdf.set_margins(30, 25, 30)
W = 210 - 60
notes = []          # footnotes of the current page
fn = [0]


def foot(pageno):
    y = 297 - 28 - 5.2 * len(notes)
    if notes:
        pdf.set_line_width(0.25); pdf.line(30, y - 2, 30 + 50, y - 2)
        for n, text in notes:
            pdf.set_xy(30, y); pdf.set_font("S", "", 6); pdf.char_vpos = "SUP"
            pdf.write(4, str(n)); pdf.char_vpos = "LINE"; pdf.set_font("S", "", 9)
            pdf.write(4, " " + text); y += 5.2
    notes.clear()
    pdf.set_font("S", "", 10); pdf.set_xy(0, 297 - 18); pdf.cell(210, 5, str(pageno), align="C")


def mark(text):
    fn[0] += 1
    notes.append((fn[0], text))
    pdf.set_font("S", "", 7); pdf.char_vpos = "SUP"; pdf.write(5, str(fn[0])); pdf.char_vpos = "LINE"


def para(text, note=None):
    pdf.set_font("S", "", 10.5); pdf.set_x(30)
    pdf.write(6.2, "　　" + text)
    if note: mark(note)
    pdf.ln(6.2); pdf.ln(1.5)


def section(n, name):
    pdf.ln(3); pdf.set_font("S", "B", 15); pdf.set_x(30); pdf.cell(W, 9, f"{n}　{name}"); pdf.ln(11)


def subsection(n, title, note=None):
    pdf.set_font("S", "B", 12.5); pdf.set_x(30); pdf.write(7.5, f"{n}　{title}")
    if note: mark(note)
    pdf.ln(9.5)


def booktabs(cap, rows):
    pdf.ln(1); pdf.set_font("S", "", 10); pdf.set_x(30); pdf.cell(W, 6, cap, align="C"); pdf.ln(7)
    widths = [50, 40, 30]; x0 = 30 + (W - sum(widths)) / 2
    pdf.set_line_width(0.6); pdf.line(x0, pdf.get_y(), x0 + sum(widths), pdf.get_y())
    for r, row in enumerate(rows):
        pdf.set_x(x0)
        for w, c in zip(widths, row):
            pdf.cell(w, 6.5, c, align="C")
        pdf.ln(6.5)
        if r == 0:
            pdf.set_line_width(0.3); pdf.line(x0, pdf.get_y(), x0 + sum(widths), pdf.get_y())
    pdf.set_line_width(0.6); pdf.line(x0, pdf.get_y(), x0 + sum(widths), pdf.get_y()); pdf.ln(4)


def item(n, it):
    note = f"来源：{it['source']}。" if it["source"] else None
    at = it.get("note_at", "title")
    if it["title"]:
        subsection(n, it["title"], note if at == "title" else None)
    paras = it["paras"]
    for i, p in enumerate(paras):
        if isinstance(p, dict):
            booktabs(p["caption"], p["table"])
        else:
            para(p, note if (at == "end" and i == len(paras) - 1) else None)


title, issue, editor, date = A["head"]
its = A["items"]
pdf.add_page()
pdf.set_font("S", "B", 24); pdf.set_y(28); pdf.cell(0, 12, title, align="C"); pdf.ln(16)
pdf.set_font("S", "", 10.5); y = pdf.get_y()
pdf.set_xy(30, y); pdf.cell(W, 6, editor); pdf.set_xy(30, y); pdf.cell(W, 6, issue, align="C")
pdf.set_xy(30, y); pdf.cell(W, 6, date, align="R"); pdf.ln(8)
pdf.set_line_width(0.8); pdf.line(30, pdf.get_y(), 180, pdf.get_y())
pdf.set_line_width(0.3); pdf.line(30, pdf.get_y() + 1, 180, pdf.get_y() + 1); pdf.ln(6)
pdf.set_font("S", "B", 13); pdf.cell(0, 8, "目　录", align="C"); pdf.ln(10)
toc = [("1　数据月报", 1, 0), ("1.1　" + its[0]["title"], 1, 1), ("2　行业资讯", 2, 0),
       ("2.1　" + its[1]["title"], 2, 1), ("2.2　" + its[2]["title"], 2, 1), ("3　协会动态", 2, 0)]
for text, page, lvl in toc:
    pdf.set_font("S", "B" if lvl == 0 else "", 10.5); x = 30 + 7 * lvl
    pdf.set_x(x); tw = pdf.get_string_width(text); pdf.cell(tw + 1, 6.5, text)
    dots = "." * int((180 - 8 - x - tw - 2) / pdf.get_string_width("."))
    pdf.set_font("S", "", 10.5); pdf.cell(180 - 8 - pdf.get_x(), 6.5, dots, align="R")
    pdf.cell(8, 6.5, str(page), align="R"); pdf.ln(7)
pdf.ln(2)
section(1, "数据月报"); item("1.1", its[0]); foot(1)
pdf.add_page(); pdf.set_y(25)
section(2, "行业资讯"); item("2.1", its[1]); item("2.2", its[2])
section(3, "协会动态"); item(None, its[3]); item(None, its[4]); foot(2)
pdf.set_title("数字贸易简报 2026年第3期"); pdf.set_creator("LaTeX with hyperref"); pdf.set_producer("xdvipdfmx (20240305)")
pdf.output(os.path.join(HERE, "..", A["file"]))
