# -*- coding: utf-8 -*-
"""2026-04.pdf: the issue kept as a SPREADSHEET (WPS/Excel-like) and printed to PDF:
one gridded table with printed row numbers and column letters (A–G), a merged title row,
columns 栏目 / 标题 / 内容 / 来源 / 备注; the 栏目 cell is merged (rowspan) over all items
of a section; each item is one row whose 内容 cell holds the paragraphs (line breaks inside
the cell); the data report's table occupies extra rows where 内容 is split into four
sub-columns (产品/产量/单位/同比) and 标题/来源 are merged down; header rows repeat on every
page; sheet tab name and page count in the footer row of the last page. Printed by headless
Chromium (no browser header/footer) from src/2026-04.html."""
import os, sys, html, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I04 as I
e = html.escape
D = os.path.dirname(os.path.abspath(__file__))
CSS = """@page{size:A4 landscape;margin:12mm 10mm}
body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;font-size:11pt;margin:0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:0.6pt solid #9a9a9a;padding:2pt 4pt;vertical-align:top;word-wrap:break-word}
th.col,td.rn{background:#e8e8e8;color:#555;font-weight:normal;text-align:center;font-size:8pt}
thead th.h{background:#d9e1f2;font-weight:bold;text-align:center}
td.sec{text-align:center;vertical-align:middle;font-weight:bold;background:#fff2cc}
td.src{color:#333}td.num{text-align:right}td.t{font-weight:bold}
tr{page-break-inside:avoid}
td.title{font-size:15pt;font-weight:bold;text-align:center;color:#c00000;padding:6pt}
td.sub{text-align:center}"""
rows = []
rn = [0]
def tr(cells):
    rn[0] += 1
    rows.append('<tr><td class="rn">%d</td>%s</tr>' % (rn[0], "".join(cells)))
tr(['<td class="title" colspan="8">数字贸易简报</td>'])
tr(['<td class="sub" colspan="8">2026年第4期（总第48期）　　大连市数字贸易协会秘书处编　　2026年4月30日</td>'])
# group items by section for rowspans
secs = []
for it in I["items"]:
    if not secs or secs[-1][0] != it["section"]:
        secs.append((it["section"], []))
    secs[-1][1].append(it)
for sec, items in secs:
    first = True
    nrows = sum(1 + (len(it["table"]["rows"]) + 1 + 1 if it.get("table") else 0) for it in items)
    for it in items:
        t = it.get("table")
        span = (len(t["rows"]) + 3) if t else 1
        cells = []
        if first:
            cells.append('<td class="sec" rowspan="%d">%s</td>' % (nrows, e(sec)))
            first = False
        ttl = e(it["title"] or "")
        src = e(it["source"] or "")
        paras0 = it["paras"] if not t else it["paras"][:t["after"] + 1]
        cells.append('<td class="t" rowspan="%d">%s</td>' % (span, ttl))
        cells.append('<td colspan="4">%s</td>' % "<br>".join(e(x) for x in paras0))
        cells.append('<td class="src" rowspan="%d">%s</td>' % (span, src))
        cells.append('<td rowspan="%d">%s</td>' % (span, "" if it["date"] is None else ""))
        tr(cells)
        if t:
            tr(['<td class="h2" style="font-weight:bold;text-align:center">%s</td>' % e(h) for h in t["head"]])
            for r in t["rows"]:
                tr(['<td>%s</td>' % e(r[0])] + ['<td class="num">%s</td>' % e(c) for c in r[1:]])
            tr(['<td colspan="4">%s</td>' % "<br>".join(e(x) for x in it["paras"][t["after"] + 1:])])
tr(['<td colspan="8" style="color:#777;text-align:right">Sheet1　制表：协会秘书处　审核：王敏</td>'])
head = ('<thead><tr><th class="col"></th>' + "".join('<th class="col">%s</th>' % c for c in "ABCDEFGH") +
        '</tr><tr><th class="col"></th><th class="h">栏目</th><th class="h">标题</th>'
        '<th class="h" colspan="4">内容</th><th class="h">来源</th><th class="h">备注</th></tr></thead>')
cols = '<colgroup><col style="width:22pt"><col style="width:52pt"><col style="width:120pt">' + \
       '<col><col style="width:70pt"><col style="width:70pt"><col style="width:70pt">' + \
       '<col style="width:70pt"><col style="width:40pt"></colgroup>'
doc = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>简报2026-04.xlsx</title><style>%s</style></head>'
       '<body><table>%s%s<tbody>%s</tbody></table></body></html>' % (CSS, cols, head, "".join(rows)))
h = os.path.join(D, "2026-04.html")
open(h, "w", encoding="utf-8").write(doc)
out = os.path.join(D, "..", I["file"])
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + out, "file://" + h], check=True, capture_output=True)
