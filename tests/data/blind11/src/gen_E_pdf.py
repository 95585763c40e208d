# -*- coding: utf-8 -*-
"""2025年第5期 as a PDF PRINTED FROM A BROWSER-BASED OFFICE APP (laid out in HTML, .build/E.html; Chromium's own
header/footer template is OFF — the running head and the footer come from CSS @page margin boxes):
running header left '大连市数字贸易协会　内部交流' / right '数字贸易简报·2025年第5期' over a thin rule,
footer 'P.1' 'P.2' at the bottom right; page 1 one column with a RULE-LESS data table whose units are given only
in a caption line '单位：万亿元，%' above it; page 2 starts a two-column flow (no column rule) under a
full-width SPANNING banner 【行业资讯】, then 会员风采/协会动态 one column."""
import html, os, subprocess
from common import *
iss = issue("E")
E = html.escape
def render(it, num=None):
    h = []
    if it["title"]:
        h.append('<h3>%s%s</h3>' % (("%s " % num) if num else "", E(it["title"])))
    for p in it["paras"]:
        if isinstance(p, dict):
            rows = p["table"]
            h.append('<table class="nr">' + "".join("<tr>" + "".join(("<th>%s</th>" if ri == 0 else "<td>%s</td>") % E(c) for c in r) + "</tr>" for ri, r in enumerate(rows)) + "</table>")
        elif p.startswith("单位："):
            h.append('<p class="cap">%s</p>' % E(p))
        else:
            h.append('<p class="b">%s</p>' % E(p))
    if it["source"]:
        h.append('<p class="s">来源：%s</p>' % E(it["source"]))
    return "\n".join(h)
secs = sections(iss)
css = """@page{size:A4;margin:24mm 20mm 20mm 20mm;
 @top-left{content:"大连市数字贸易协会　内部交流";font-size:8.5pt;color:#555;border-bottom:0.5pt solid #888;vertical-align:bottom;padding-bottom:2mm}
 @top-right{content:"数字贸易简报·2025年第5期";font-size:8.5pt;color:#555;border-bottom:0.5pt solid #888;vertical-align:bottom;padding-bottom:2mm}
 @bottom-right{content:"P." counter(page);font-size:9pt;color:#333}}
body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10.5pt;color:#111;line-height:1.65}
.mh{text-align:left;font-size:26pt;font-weight:bold;color:#0b4f8a;margin:0}.il{font-size:11pt;margin:2px 0}
.ed{font-size:10pt;color:#333;border-bottom:1.5pt solid #0b4f8a;padding-bottom:4px;margin-bottom:8px}
h2{font-size:14pt;margin:12px 0 6px;color:#0b4f8a}h3{font-size:11.5pt;margin:10px 0 4px}
.b{text-indent:2em;margin:0 0 4px;text-align:justify}.s{text-align:right;color:#555;margin:2px 0 8px;font-size:9.5pt}
.cap{text-align:right;font-size:9pt;color:#444;margin:6px 12% 0 0}
table.nr{border-collapse:collapse;margin:2px auto 8px;width:70%}table.nr th,table.nr td{border:none;padding:3px 10px}
table.nr th{text-align:right;font-weight:bold}table.nr th:first-child,table.nr td:first-child{text-align:left}table.nr td{text-align:right}
.flow{column-count:2;column-gap:8mm;break-before:page}.flow h2{column-span:all;text-align:center}
.tail{break-before:auto}"""
H = ["<html><head><meta charset='utf-8'><title>数字贸易简报第37期</title><style>%s</style></head><body>" % css]
H.append("<div class='mh'>数字贸易简报</div><div class='il'>2025年第5期（总第37期）</div>"
         "<div class='ed'>大连市数字贸易协会秘书处编　　　　2025年5月31日</div>")
H.append("<h2>【数据月报】</h2>" + render(secs[0][1][0]))
H.append("<div class='flow'><h2>【行业资讯】</h2>")
for k, it in enumerate(secs[1][1], 1):
    H.append(render(it, "0%d" % k if False else "%d）" % k))
H.append("</div><div class='tail'>")
for sec, its in secs[2:]:
    H.append("<h2>【%s】</h2>" % E(sec))
    for it in its:
        H.append(render(it))
H.append("</div></body></html>")
os.makedirs(BUILD, exist_ok=True)
src = os.path.join(BUILD, "E.html")
open(src, "w", encoding="utf-8").write("\n".join(H))
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + out("E"), "file://" + src], check=True, capture_output=True)
print("wrote", out("E"))
