# -*- coding: utf-8 -*-
"""2025-05.pdf: HTML laid out for A4 landscape in THREE CSS columns (masthead spans all columns,
floated figure box with the data table), printed by headless Chromium without header/footer."""
import os, sys, html, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I05 as I, plain
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "2025-05.html")
OUT = os.path.join(HERE, "..", I["file"])
E = html.escape

css = """
@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'WenQuanYi Micro Hei'; font-size: 11.5pt; line-height: 1.6; color: #111; margin: 0; }
.mast { column-span: all; border-bottom: 3px double #8b0000; margin-bottom: 6mm; padding-bottom: 2mm; }
.mast .t { font-size: 30pt; color: #8b0000; font-weight: bold; letter-spacing: 6pt; }
.mast .i { font-size: 10.5pt; margin-top: 1mm; }
.mast .i span { margin-right: 10mm; }
.cols { column-count: 3; column-gap: 8mm; column-fill: auto; }
.sec { font-size: 12pt; font-weight: bold; color: #fff; background: #8b0000; padding: 1pt 6pt; margin: 3mm 0 2mm 0; break-after: avoid; }
.ttl { font-weight: bold; font-size: 10.6pt; margin: 2mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 1.6mm 0; text-indent: 2em; text-align: justify; }
.src { text-align: right; color: #555; font-size: 8.6pt; text-indent: 0; }
.fig { float: right; width: 46%; margin: 1mm 0 2mm 3mm; border: 1px solid #999; padding: 1.5mm; font-size: 8pt; break-inside: avoid; }
.fig table { border-collapse: collapse; width: 100%; }
.fig td, .fig th { border-bottom: 1px solid #ccc; padding: 0.6mm 1mm; }
.fig .cap { font-weight: bold; margin-bottom: 1mm; }
.toc { column-span: all; font-size: 9pt; color: #333; margin-bottom: 3mm; }
.foot { column-span: all; }
"""
o = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>数字贸易简报2025年第5期</title><style>%s</style></head><body>' % css]
o.append('<div class="cols">')
o.append('<div class="mast"><div class="t">数字贸易简报</div><div class="i"><span>2025年第5期（总第37期）</span><span>大连市数字贸易协会编</span><span>2025年5月31日</span></div></div>')
o.append('<div class="toc">本期要目：' + "　｜　".join(E(it["title"]) for it in I["items"] if it["title"]) + '</div>')
sec = None
for it in I["items"]:
    if it["section"] != sec:
        sec = it["section"]
        o.append('<div class="sec">%s</div>' % E(sec))
    if it["title"]:
        o.append('<div class="ttl">%s</div>' % E(it["title"]))
    for k, p in enumerate(it["paras"]):
        t = it.get("table")
        if t and t["after"] == k:
            # the float is anchored before the paragraph so that it sits beside it
            fig = ['<div class="fig"><div class="cap">%s</div><table>' % E(t["caption"]),
                   '<tr>' + "".join('<th>%s</th>' % E(c) for c in t["head"]) + '</tr>']
            fig += ['<tr>' + "".join('<td>%s</td>' % E(c) for c in r) + '</tr>' for r in t["rows"]]
            fig.append('</table></div>')
            o.append('<p>%s</p>' % E(plain(p)))
            o.extend(fig)
        else:
            o.append('<p>%s</p>' % E(plain(p)))
    if it["source"]:
        o.append('<p class="src">（来源：%s）</p>' % E(it["source"]))
o.append('</div></body></html>')
open(SRC, "w", encoding="utf-8").write("\n".join(o))
subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-pdf-header-footer", "--print-to-pdf=" + os.path.abspath(OUT), "file://" + SRC],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("wrote", OUT)
