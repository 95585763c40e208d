# -*- coding: utf-8 -*-
"""2025-08.pdf made with fpdf2 (not LibreOffice, not Chromium): A4, one column,
section headings on a coloured band, sources right-aligned, a ruled table with merged
header cells, a footnote line at the page bottom and page numbers `- N -`."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import I08
from fpdf import FPDF

REG = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"

class P(FPDF):
    def footer(self):
        self.set_y(-22)
        self.set_draw_color(120, 120, 120)
        self.line(20, self.get_y(), 80, self.get_y())
        self.set_font("R", size=7.5)
        self.cell(0, 5, "注：本刊所载新闻均摘编自公开报道，数据以发布机构最终公布为准。", new_x="LMARGIN", new_y="NEXT")
        self.set_font("R", size=9)
        self.cell(0, 8, "- %d -" % self.page_no(), align="C")

pdf = P(format="A4")
pdf.add_font("R", "", REG, collection_font_number=2)
pdf.add_font("R", "B", BLD, collection_font_number=2)
pdf.set_margins(22, 18, 22)
pdf.set_auto_page_break(True, 26)
pdf.add_page()
W = pdf.w - 44
# masthead
pdf.set_text_color(170, 20, 20)
pdf.set_font("R", "B", 30)
pdf.cell(0, 16, "数 字 贸 易 简 报", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("R", "", 11)
pdf.cell(0, 7, "2025年第8期（总第40期）", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W / 2, 7, "大连市数字贸易协会秘书处编")
pdf.cell(W / 2, 7, "二〇二五年八月三十一日", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(170, 20, 20); pdf.set_line_width(0.8)
pdf.line(22, pdf.get_y() + 1, 22 + W, pdf.get_y() + 1)
pdf.set_line_width(0.2); pdf.ln(4)
# contents
pdf.set_font("R", "B", 10.5)
pdf.cell(0, 6, "本期要目", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("R", "", 9.5)
toc = ["数据月报　上半年互联网发展与服务贸易主要数据",
       "行业资讯　数字丝路发展论坛在泉州举行 ／ 上海合作组织媒体智库峰会在郑州举行 ／ 2025年服贸会9月10日开幕",
       "观点评论　以“人工智能+”赋能服务贸易高质量发展正当其时",
       "会员风采　大连东软信息学院", "协会动态"]
for t in toc:
    pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

COL = {"数据月报": (31, 78, 121), "行业资讯": (35, 110, 75), "观点评论": (120, 70, 20),
       "会员风采": (110, 40, 110), "协会动态": (90, 90, 90)}

def band(name):
    if pdf.get_y() > pdf.h - 60: pdf.add_page()
    pdf.ln(2)
    pdf.set_fill_color(*COL[name]); pdf.set_text_color(255, 255, 255)
    pdf.set_font("R", "B", 12)
    pdf.cell(0, 8, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.ln(2)

def para(t):
    pdf.set_font("R", "", 10.5)
    pdf.multi_cell(0, 6.2, "　　" + t, new_x="LMARGIN", new_y="NEXT")

def table(rows):
    x0 = pdf.get_x(); y0 = pdf.get_y()
    w = [W * 0.5, W * 0.25, W * 0.25]; h = 7
    pdf.set_font("R", "B", 10); pdf.set_fill_color(225, 232, 242)
    pdf.rect(x0, y0, w[0], 2 * h, style="DF")
    pdf.set_xy(x0, y0); pdf.cell(w[0], 2 * h, "指标", align="C")
    pdf.rect(x0 + w[0], y0, w[1] + w[2], h, style="DF")
    pdf.set_xy(x0 + w[0], y0); pdf.cell(w[1] + w[2], h, "截至2025年6月", align="C")
    pdf.set_xy(x0 + w[0], y0 + h)
    pdf.cell(w[1], h, "数值", border=1, align="C", fill=True)
    pdf.cell(w[2], h, "单位", border=1, align="C", fill=True)
    pdf.set_xy(x0, y0 + 2 * h)
    pdf.set_font("R", "", 10)
    for r in rows:
        pdf.cell(w[0], h, " " + r[0], border=1)
        pdf.cell(w[1], h, r[1], border=1, align="R")
        pdf.cell(w[2], h, r[2], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

prev = None
for it in I08["items"]:
    if it["section"] != prev:
        band(it["section"]); prev = it["section"]
    if it["title"]:
        pdf.set_font("R", "B", 11.5)
        pdf.multi_cell(0, 7, it["title"], align="C" if it["section"] == "数据月报" else "L",
                       new_x="LMARGIN", new_y="NEXT")
    rows = []
    for p in it["paras"]:
        if p.startswith("|"):
            c = p.strip("|").split("|")
            if c[0] != "指标": rows.append(c)
            continue
        if rows: table(rows); rows = []
        para(p)
    if rows: table(rows)
    if it["source"]:
        pdf.set_font("R", "", 9.5); pdf.set_text_color(80, 80, 80)
        pdf.cell(0, 6, "（来源：%s）" % it["source"], align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
out = os.path.join(os.path.dirname(__file__), "..", I08["file"])
pdf.output(out)
