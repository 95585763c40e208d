# -*- coding: utf-8 -*-
"""src/2026-08.html: the August issue as a print-styled HTML page (A4, two explicit pages,
body in CSS columns, coloured banners `01 | 数据月报`, borderless table with a two-row
header, one story's source as a footnote ① at the bottom of its page).  make_all.sh prints
it with headless Chromium (browser header/footer ON) to ../2026-08.pdf."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ISSUES, sections
HERE = os.path.dirname(os.path.abspath(__file__))
iss = ISSUES["2026-08"]
E = html.escape
secs = sections(iss)
num = {s: f"{i:02d}" for i, s in enumerate(secs, 1)}

CSS = """
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 10.5pt; line-height: 1.6; margin: 0; color: #222; }
.page { height: 258mm; position: relative; overflow: hidden; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.mast { text-align: center; border-bottom: 3px double #8b1a1a; padding-bottom: 4px; margin-bottom: 6px; }
.mast h1 { font-size: 28pt; letter-spacing: 10px; color: #8b1a1a; margin: 0; }
.mast .line { font-size: 10pt; display: flex; justify-content: space-between; }
.toc { background: #f4ece1; padding: 4px 10px; font-size: 9.5pt; margin-bottom: 6px; }
.toc b { color: #8b1a1a; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 1px solid #ccc; }
.banner { background: #8b1a1a; color: #fff; font-weight: bold; font-size: 12pt; padding: 2px 8px; margin: 6px 0 4px; break-after: avoid; }
.banner span.n { margin-right: 6px; }
h3 { font-size: 11.5pt; margin: 6px 0 2px; break-after: avoid; }
p { text-indent: 2em; margin: 0 0 3px; text-align: justify; }
p.src { text-align: right; color: #555; font-size: 9.5pt; text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 4px 0; }
th, td { border: none; padding: 1px 3px; text-align: right; }
th { color: #8b1a1a; } td:first-child, th.l { text-align: left; }
tr.h2 th { border-bottom: 1px solid #8b1a1a; }
.fn { position: absolute; bottom: 0; left: 0; right: 0; border-top: 1px solid #999; font-size: 9pt; padding-top: 2px; }
.fn p { text-indent: 0; }
"""

def item_html(it, k):
    out = []
    if it["sec"] != "协会动态" and it["title"]:
        out.append(f"<h3>{E(it['title'])}</h3>")
    t = it.get("table")
    for j, p in enumerate(it["paras"]):
        out.append(f"<p>{E(p)}</p>")
        if t and j == t["after"]:
            h1, h2 = t["head"]
            out.append("<table><thead>")
            out.append(f"<tr><th class='l' rowspan='2'>{E(h1[0])}</th><th colspan='3' style='text-align:center'>{E(h1[1])}</th></tr>")
            out.append("<tr class='h2'>" + "".join(f"<th>{E(x)}</th>" for x in h2) + "</tr></thead><tbody>")
            for r in t["rows"]:
                out.append("<tr>" + "".join(f"<td>{E(x)}</td>" for x in r) + "</tr>")
            out.append("</tbody></table>")
    if it["src"] and it["sec"] == "行业资讯" and "①" in "".join(it["paras"]):
        pass                                   # source only as footnote
    elif it["src"]:
        out.append(f"<p class='src'>（来源：{E(it['src'])}）</p>")
    return "\n".join(out)

def section_html(items, cur=None):
    out = []
    for k, it in enumerate(items):
        if it["sec"] != cur:
            cur = it["sec"]
            out.append(f"<div class='banner'><span class='n'>{num[cur]} |</span>{E(cur)}</div>")
        out.append(item_html(it, k))
    return "\n".join(out)

items = iss["items"]
p1, p2 = items[:2], items[2:]
fn_item = items[1]
toc = "　".join(f"<b>{num[s]}</b> {E(s)}" for s in secs)
doc = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>数字贸易简报 2026年第8期</title><style>{CSS}</style></head><body>
<div class="page">
<div class="mast"><h1>数字贸易简报</h1>
<div class="line"><span>大连市数字贸易协会　主办</span><span>2026年第8期　总第52期</span><span>2026年8月31日</span></div></div>
<div class="toc">本期导读：{toc}</div>
<div class="cols">{section_html(p1)}</div>
<div class="fn"><p>① 来源：{E(fn_item['src'])}</p></div>
</div>
<div class="page">
<div class="cols">{section_html(p2, p1[-1]["sec"])}</div>
</div>
</body></html>"""
open(os.path.join(HERE, "2026-08.html"), "w", encoding="utf-8").write(doc)
print("wrote src/2026-08.html")
