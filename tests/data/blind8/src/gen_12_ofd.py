# -*- coding: utf-8 -*-
"""2025年第12期 as an OFD file (GB/T 33190 fixed-layout document, as Chinese OA / 公文 systems export):
a zip with OFD.xml, Doc_0/Document.xml, PublicRes.xml and one Content.xml per page; every printed line
is an ofd:TextObject with an ofd:TextCode and DeltaX glyph advances; section banners are filled
PathObjects with white text over them; the data table is ruled with PathObjects; DocInfo carries
CustomData (发文字号, 密级) and a ModDate that is not the issue date."""
from common import *
import zipfile, unicodedata
from xml.sax.saxutils import escape as X

iss = BY_KEY["12"]
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
PW, PH, ML, MR, MT, MB = 210, 297, 26, 26, 30, 28
CW = PW - ML - MR
uid = [100]
def nid():
    uid[0] += 1; return uid[0]
def adv(ch, size):
    return size if unicodedata.east_asian_width(ch) in "WFA" else size * 0.5
def width(s, size): return sum(adv(c, size) for c in s)
def deltax(s, size):
    vals = [round(adv(c, size), 3) for c in s[:-1]]
    out, i = [], 0
    while i < len(vals):
        j = i
        while j < len(vals) and vals[j] == vals[i]: j += 1
        n = j - i
        out.append(f"g {n} {vals[i]:g}" if n > 1 else f"{vals[i]:g}"); i = j
    return " ".join(out)
NOSTART = "，。；：、）》”！？%"
def wrap(text, size, w, indent=True):
    lines, cur = [], ("　　" if indent else "")
    for ch in text:
        if width(cur + ch, size) > w and ch not in NOSTART:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur); return lines

pages = [[]]; y = [MT]
def newpage():
    pages.append([]); y[0] = MT
def text(x, yy, s, size=3.7, font=3, color=None, bold=False):
    fc = f'<ofd:FillColor Value="{color}"/>' if color else ""
    w = width(s, size) + 1
    wt = ' Weight="700"' if bold else ""
    pages[-1].append(f'<ofd:TextObject ID="{nid()}" Boundary="{x:.2f} {yy:.2f} {w:.2f} {size*1.4:.2f}" Font="{font}" Size="{size}"{wt}>{fc}'
                     f'<ofd:TextCode X="0" Y="{size:.2f}" DeltaX="{deltax(s, size)}">{X(s)}</ofd:TextCode></ofd:TextObject>')
def rect(x, yy, w, h, fill):
    pages[-1].append(f'<ofd:PathObject ID="{nid()}" Boundary="{x:.2f} {yy:.2f} {w:.2f} {h:.2f}" Fill="true" Stroke="false"><ofd:FillColor Value="{fill}"/><ofd:AbbreviatedData>M 0 0 L {w:.2f} 0 L {w:.2f} {h:.2f} L 0 {h:.2f} C</ofd:AbbreviatedData></ofd:PathObject>')
def hline(x, yy, w, lw=0.25, color="0 0 0"):
    pages[-1].append(f'<ofd:PathObject ID="{nid()}" Boundary="{x:.2f} {yy:.2f} {w:.2f} 1" LineWidth="{lw}"><ofd:StrokeColor Value="{color}"/><ofd:AbbreviatedData>M 0 0.5 L {w:.2f} 0.5</ofd:AbbreviatedData></ofd:PathObject>')
def need(h):
    if y[0] + h > PH - MB: newpage()

RED = "200 30 30"
t = "数字贸易简报"; text((PW - width(t, 15)) / 2, y[0], t, 15, 4, RED, True); y[0] += 24
t = "2025年第12期（总第44期）"; text((PW - width(t, 4.2)) / 2, y[0], t, 4.2, 3); y[0] += 9
text(ML, y[0], "大连市数字贸易协会秘书处", 4, 5); t = "2025年12月31日"; text(PW - MR - width(t, 4), y[0], t, 4, 5); y[0] += 7
hline(ML, y[0], CW, 0.8, RED); y[0] += 6

for sec, its in items_by_section(iss):
    need(20)
    rect(ML, y[0], 34, 7.5, "31 78 121"); text(ML + 3, y[0] + 1.2, sec, 4.3, 4, "255 255 255", True); y[0] += 11
    for it in its:
        if it["title"]:
            need(14)
            for ln in wrap(it["title"], 4.3, CW, False):
                text(ML + (CW - width(ln, 4.3)) / 2, y[0], ln, 4.3, 4, bold=True); y[0] += 7
            y[0] += 1
        for para in it["paras"]:
            if isinstance(para, dict):
                rows = para["table"]; colw = [58, 24, 21, 28, 27]; need(8 * len(rows) + 4)
                hline(ML, y[0], CW, 0.5)
                for i, r in enumerate(rows):
                    xx = ML
                    for c, cw in zip(r, colw):
                        size = 3.4
                        text(xx + 1, y[0] + 1.5, c, size, 4 if i == 0 else 3); xx += cw
                    y[0] += 7.5; hline(ML, y[0], CW, 0.5 if i == len(rows) - 1 else 0.25)
                y[0] += 3
            else:
                for ln in wrap(para, 3.7, CW):
                    need(6); text(ML, y[0], ln, 3.7, 3); y[0] += 6.2
        if it["source"]:
            s = "（来源：" + it["source"] + "）"; text(PW - MR - width(s, 3.3), y[0], s, 3.3, 6, "90 90 90"); y[0] += 6
        y[0] += 3
t = "（本期完）"; text((PW - width(t, 3.7)) / 2, y[0] + 4, t, 3.7, 3)

# page numbers (furniture)
n = len(pages)
for i, pg in enumerate(pages):
    s = f"— {i+1} —"
    pg.append(f'<ofd:TextObject ID="{nid()}" Boundary="{(PW-width(s,3.5))/2:.2f} {PH-16:.2f} 20 5" Font="3" Size="3.5"><ofd:TextCode X="0" Y="3.5" DeltaX="{deltax(s,3.5)}">{X(s)}</ofd:TextCode></ofd:TextObject>')

files = {}
files["OFD.xml"] = f'''<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD {NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>7c1f3e0a9b2d4e6f8a1b2c3d4e5f6a7b</ofd:DocID><ofd:Title>数字贸易简报2025年第12期</ofd:Title><ofd:Author>大连市数字贸易协会秘书处</ofd:Author><ofd:Subject>数字贸易简报</ofd:Subject><ofd:CreationDate>2025-12-29</ofd:CreationDate><ofd:ModDate>2026-01-04</ofd:ModDate><ofd:Creator>书生电子公文系统</ofd:Creator><ofd:CreatorVersion>7.2</ofd:CreatorVersion>
<ofd:CustomDatas><ofd:CustomData Name="发文字号">大数贸协简报〔2025〕12号</ofd:CustomData><ofd:CustomData Name="密级">公开</ofd:CustomData><ofd:CustomData Name="成文日期">2025-12-29</ofd:CustomData></ofd:CustomDatas></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'''
pages_xml = "".join(f'<ofd:Page ID="{i+1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(n))
files["Doc_0/Document.xml"] = f'''<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>{uid[0]+1}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {PW} {PH}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{pages_xml}</ofd:Pages></ofd:Document>'''
files["Doc_0/PublicRes.xml"] = f'''<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="4" FontName="黑体" FamilyName="黑体"/><ofd:Font ID="5" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/><ofd:Font ID="6" FontName="楷体_GB2312" FamilyName="楷体_GB2312"/></ofd:Fonts></ofd:Res>'''
for i, pg in enumerate(pages):
    files[f"Doc_0/Pages/Page_{i}/Content.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content><ofd:Layer ID="{nid()}">'
                                                   + "".join(pg) + '</ofd:Layer></ofd:Content></ofd:Page>')
with zipfile.ZipFile(out_path("12"), "w", zipfile.ZIP_DEFLATED) as z:
    for k, v in files.items():
        z.writestr(k, v)
print("wrote", out_path("12"), n, "pages")
