# -*- coding: utf-8 -*-
"""PDF (family 4): headless Chromium print (Skia/PDF) of a LANDSCAPE A4 page set in THREE NEWSPAPER COLUMNS
(CSS `column-count:3` with column rules), browser header/footer off; masthead band spanning all columns with the
issue line at the LEFT and the issue DATE in a framed box at the RIGHT (`出刊日期`); banners `『数据月报』` (white on
dark green bars, inside the column flow); titles numbered `[1]`…`[5]` running across sections; sources right-aligned
`消息来源 » X`; a ruled data table inside one column; colophon at the end of the flow.  Served over 127.0.0.1."""
import os
from common import ISSUES, ROOT, BUILD, sections, E, chromium_print

iss = ISSUES["PDF"]
secs = sections(iss)
out = []
n = 0
for s, its in secs:
    out.append(f'<div class="ban">『{E(s)}』</div>')
    for it in its:
        if it["title"]:
            n += 1
            out.append(f'<h3>[{n}] {E(it["title"])}</h3>')
        for b in it["body"]:
            if isinstance(b, tuple):
                th = "".join(f"<th>{E(c)}</th>" for c in b[1])
                tr = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2])
                out.append(f'<table><tr>{th}</tr>{tr}</table>')
            else:
                out.append(f'<p>{E(b)}</p>')
        if it["source"]:
            out.append(f'<p class="src">消息来源 » {E(it["source"])}</p>')
html = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>数字贸易简报</title><style>
@page {{ size:A4 landscape; margin:11mm 12mm 11mm 12mm; }}
body {{ font-family:"WenQuanYi Micro Hei",sans-serif; font-size:9.6pt; color:#111; margin:0; }}
.mast {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2.4pt solid #1e5b3a; padding-bottom:2mm; margin-bottom:3mm; }}
.mast .l {{ font-size:10pt; }} .mast .t {{ font-size:26pt; font-weight:bold; color:#1e5b3a; letter-spacing:4pt; }}
.mast .d {{ border:1pt solid #1e5b3a; padding:1mm 3mm; font-size:10pt; text-align:center; }}
.cols {{ column-count:3; column-gap:7mm; column-rule:0.6pt solid #9bb; }}
.ban {{ background:#1e5b3a; color:#fff; font-weight:bold; font-size:11pt; padding:0.8mm 2mm; margin:2.5mm 0 1.5mm; break-after:avoid; }}
h3 {{ font-size:10.4pt; margin:1.8mm 0 0.8mm; break-after:avoid; }}
p {{ text-indent:2em; line-height:1.5; margin:0.5mm 0; text-align:justify; }}
p.src {{ text-align:right; text-indent:0; color:#555; font-size:8.8pt; }}
table {{ border-collapse:collapse; width:100%; font-size:8.6pt; margin:1.5mm 0; break-inside:avoid; }}
th, td {{ border:0.6pt solid #555; padding:0.6mm 1.2mm; }} th {{ background:#e3eee7; }}
td:nth-child(n+2) {{ text-align:right; }}
.colo {{ font-size:8.4pt; color:#444; border-top:0.6pt solid #999; margin-top:3mm; padding-top:1mm; text-indent:0; }}
</style></head><body>
<div class="mast"><div class="l">大连市数字贸易协会<br>{iss["issue_line"]}　{iss["total_line"]}</div>
<div class="t">数字贸易简报</div><div class="d">出刊日期<br>{iss["date_line"]}</div></div>
<div class="cols">
{chr(10).join(out)}
<p class="colo">送：各会员单位、各专业委员会　　编辑：协会秘书处　　（共印65份）</p>
</div></body></html>'''
open(os.path.join(BUILD, "PDF.html"), "w", encoding="utf-8").write(html)
chromium_print("PDF.html", os.path.join(ROOT, iss["file"]))
