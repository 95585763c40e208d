# -*- coding: utf-8 -*-
"""09: proof copy (校对稿) printed to PDF: fixed 36-character lines, Word-style line numbers in the left
margin restarting on each page, a diagonal '校对稿' watermark on every page, running header/footer with
the draft name, and two proof-reader's margin notes. HTML → Chromium --print-to-pdf."""
import html, subprocess
from common import *
iss = ISSUES[9]
CH = 36
def wrap(t, first_indent=True):
    t = ("　　" if first_indent else "") + t
    out, cur, wd = [], "", 0
    for c in t:
        cw = 2 if w(c) == 2 else 1.1
        if wd + cw > CH * 2:
            out.append(cur); cur, wd = "", 0
        cur += c; wd += cw
    if cur: out.append(cur)
    return out
# logical lines: (kind, text)
LN = [("title", "数字贸易简报"), ("center", "2025年第9期（总第41期）"),
      ("center", "大连市数字贸易协会秘书处编　　　　2025年9月30日"), ("rule", ""), ("plain", "本期目录")]
for s, its in by_section(iss):
    for x in wrap(s + "：" + "；".join(it["title"] for it in its if it["title"]), False): LN.append(("plain", x))
LN.append(("rule", ""))
notes = {}
for s, its in by_section(iss):
    LN.append(("sec", f"〔{s}〕"))
    for it in its:
        if it["title"]:
            for x in wrap(it["title"], False): LN.append(("bold", x))
        for p in it["paras"]:
            if isinstance(p, list):
                LN.append(("table", p))
            else:
                for x in wrap(p): LN.append(("plain", x))
        if it["source"]:
            LN.append(("right", f"〔来源〕{it['source']}"))
        if it["section"] == "数据月报":
            notes[len(LN) - 3] = "校：数据已与海关总署发布稿核对"
        if it["title"] and it["title"].startswith("2025年服贸会"):
            notes[len(LN) - 2] = "校：会期数字请再核"
PER = 40
pages, cur, used = [], [], 0
for i, (k, t) in enumerate(LN):
    h = len(t) + 0 if k == "table" else 1
    if used + h > PER:
        pages.append(cur); cur, used = [], 0
    cur.append((i, k, t)); used += h
pages.append(cur)
css = """@page{size:A4;margin:0}body{margin:0;font-family:'Noto Serif CJK SC';font-size:11pt}
.pg{position:relative;width:210mm;height:297mm;page-break-after:always;overflow:hidden}
.hd{position:absolute;top:10mm;left:25mm;right:20mm;font-size:8pt;color:#666;border-bottom:0.4pt solid #999}
.ft{position:absolute;bottom:10mm;left:25mm;right:20mm;font-size:8pt;color:#666;text-align:center}
.wm{position:absolute;top:120mm;left:30mm;font-size:80pt;color:rgba(200,0,0,0.10);transform:rotate(-35deg);letter-spacing:20mm}
.bd{position:absolute;top:22mm;left:28mm;width:165mm}
.l{height:6mm;line-height:6mm;white-space:nowrap;position:relative}
.n{position:absolute;left:-12mm;width:8mm;text-align:right;font-size:7pt;color:#888;font-family:sans-serif}
.note{position:absolute;left:153mm;width:24mm;font-size:7pt;color:#c00;white-space:normal;line-height:3mm;border-left:0.5pt solid #c00;padding-left:1mm}
.title{font-size:20pt;text-align:center;color:#b00;font-weight:bold;height:12mm;line-height:12mm}
.center{text-align:center}.right{text-align:right}.bold{font-weight:bold}.sec{font-weight:bold;color:#124;font-size:12pt}
.rule{border-bottom:1pt solid #b00;height:2mm}
table{border-collapse:collapse;font-size:10pt;margin-left:6mm}td{border:0.5pt solid #444;padding:0 2mm;height:6mm}"""
H = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>jb_2025_09_v3</title><style>" + css + "</style></head><body>"]
for pi, pg in enumerate(pages, 1):
    H.append("<div class='pg'><div class='hd'>jb_2025_09_v3.docx　【校对稿·第三校】　内部审阅，请勿外传</div>")
    H.append("<div class='wm'>校对稿</div><div class='bd'>")
    num = 0
    for i, k, t in pg:
        if k == "table":
            H.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in t) + "</table>")
            continue
        if k == "rule":
            H.append("<div class='rule'></div>"); continue
        num += 1
        note = f"<span class='note'>{notes[i]}</span>" if i in notes else ""
        H.append(f"<div class='l {k}'><span class='n'>{num}</span>{html.escape(t)}{note}</div>")
    H.append(f"</div><div class='ft'>第 {pi} 页 / 共 {len(pages)} 页　　打印：2025/09/29 16:20　王晓琳</div></div>")
H.append("</body></html>")
src = os.path.join(OUT, "src", "2025-09-proof.html")
open(src, "w", encoding="utf-8").write("".join(H))
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + os.path.join(OUT, FILES[9]), "file://" + src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("proof ok", len(pages), "pages")
