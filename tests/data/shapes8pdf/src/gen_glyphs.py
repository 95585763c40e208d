# -*- coding: utf-8 -*-
"""2025-04-glyphs.pdf: every character its own text object (fpdf2 `text()` per glyph, the way some
print drivers and PDF converters write a page), CJK set with wide tracking (0.4 em, the look of
distributed 分散对齐 text), so word extraction sees one word per character; headings spaced even
wider; the data report holds a bar chart given as an image, with its data table below it."""
import io, os, sys
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import E as I

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANSB = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
pdf = FPDF("P", "pt", "A4")
pdf.add_font("N", "", SANS, collection_font_number=2)
pdf.add_font("N", "B", SANSB, collection_font_number=2)
pdf.set_auto_page_break(False)
L, R = 64, 595 - 64
y = [70]


def glyphs(text, size, track, x0=L, x1=R, style="", lead=1.75, center=False, right=False, indent=0):
    """Set `text` glyph by glyph, wrapping at x1; returns nothing, moves y."""
    pdf.set_font("N", style, size)
    lines, cur, w = [], [], indent
    for ch in text:
        cw = pdf.get_string_width(ch) + track * size
        if w + cw > x1 - x0 and cur:
            lines.append(cur); cur, w = [], 0
        cur.append(ch); w += cw
    lines.append(cur)
    for n, line in enumerate(lines):
        width = sum(pdf.get_string_width(c) + track * size for c in line) - track * size
        x = x0 + (indent if n == 0 else 0)
        if center: x = (x0 + x1 - width) / 2
        if right: x = x1 - width
        if y[0] > 842 - 70:
            newpage()
        for ch in line:
            pdf.text(x, y[0], ch); x += pdf.get_string_width(ch) + track * size
        y[0] += size * lead


def newpage():
    pdf.set_font("N", "", 9); pdf.text(595 / 2 - 3, 842 - 36, str(pdf.page_no()))
    pdf.add_page(); y[0] = 70


def chart(rows):
    img = Image.new("RGB", (900, 420), "white"); d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SANS, 26, index=2)
    d.line([(80, 360), (860, 360)], fill="black", width=2); d.line([(80, 40), (80, 360)], fill="black", width=2)
    for i, r in enumerate(rows[1:]):
        v = float(r[1]); h = v / 11 * 300; x = 160 + i * 240
        d.rectangle([x, 360 - h, x + 110, 360], fill=(70, 110, 170))
        d.text((x + 10, 360 - h - 34), r[1], font=f, fill="black"); d.text((x + 25, 370), r[0], font=f, fill="black")
    d.text((300, 5), "一季度货物贸易（万亿元）", font=f, fill="black")
    buf = io.BytesIO(); img.save(buf, "PNG"); buf.seek(0)
    pdf.image(buf, x=L + 40, y=y[0], w=R - L - 80); y[0] += (R - L - 80) * 420 / 900 + 22


def table(caption, rows):
    glyphs(caption, 10, 0.4, center=True)
    cw = [(R - L) * f for f in (0.4, 0.3, 0.3)]
    top = y[0] - 14
    pdf.set_line_width(0.6)
    for r, row in enumerate(rows):
        pdf.line(L, top, R, top)
        x = L
        for w, c in zip(cw, row):
            pdf.set_font("N", "B" if r == 0 else "", 10)
            width = sum(pdf.get_string_width(ch) + 4 for ch in c) - 4
            xx = x + (w - width) / 2
            for ch in c:
                pdf.text(xx, top + 15, ch); xx += pdf.get_string_width(ch) + 4
            x += w
        top += 22
    pdf.line(L, top, R, top)
    x = L
    for w in [0] + cw:
        x += w; pdf.line(x, y[0] - 14, x, top)
    y[0] = top + 26


pdf.add_page()
title, issue, editor, date = I["head"]
glyphs(title, 30, 0.5, style="B", center=True, lead=1.6)
glyphs(issue, 12, 0.4, center=True)
glyphs(editor, 11, 0.4); y[0] -= 11 * 1.75; glyphs(date, 11, 0.4, right=True)
pdf.set_line_width(1.5); pdf.line(L, y[0] - 8, R, y[0] - 8); y[0] += 14
nums = "一二三"
secs = [("数据月报", I["items"][0:1]), ("行业资讯", I["items"][1:2]), ("协会动态", I["items"][2:3])]
for i, (s, its) in enumerate(secs):
    glyphs(f"{nums[i]}、{s}", 15, 0.9, style="B", lead=2.0)
    for it in its:
        if it["title"]:
            glyphs(it["title"], 12.5, 0.4, style="B", lead=1.9)
        for p in it["paras"]:
            if isinstance(p, dict):
                chart(p["table"]); table(p["caption"], p["table"])
            else:
                glyphs(p, 10.5, 0.4, indent=2 * 10.5 * 1.4)
        if it["source"]:
            glyphs(f"（来源：{it['source']}）", 10.5, 0.4, right=True)
    y[0] += 6
pdf.set_font("N", "", 9); pdf.text(595 / 2 - 3, 842 - 36, str(pdf.page_no()))
pdf.set_creator("Microsoft Print to PDF"); pdf.set_producer("Microsoft: Print To PDF")
pdf.output(os.path.join(HERE, "..", I["file"]))
