# -*- coding: utf-8 -*-
"""D: the issue as an HTML page (.build/D.html) printed from Chromium with the browser's OWN
default header and footer left ON (print date + page title at the top, file URL + `1/3` at the
bottom — furniture, and the print date is not the issue date).  Page 1: masthead over a
two-column grid: a grey SIDEBAR (本期目录 + 编辑部 contact box) on the left and the data report in
the main column, with a table without any ruling lines (columns by padding, head in bold).
Page 2: 行业资讯 + own section 机器人观察 in a CSS multi-column flow (column-count 2, column-rule)
under full-width banners.  Page 3: 会员风采 / 协会动态 in one column.  Titles numbered
`第1条` …; sources as `—— 据X` right-aligned? no: `[ 来源 ] X` boxes."""
import os, subprocess, shutil
from common import ISSUES, ROOT, BUILD, sections, E

CSS = """
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
body { font-family: 'Noto Serif CJK SC','Noto Sans CJK SC',serif; font-size: 10.5pt; color:#111; }
.mast { text-align:center; border-bottom: 3px solid #b00000; padding-bottom:6px; margin-bottom:10px; }
.mast .t { font-size: 30pt; color:#b00000; font-weight:bold; letter-spacing:6px; }
.grid { display:grid; grid-template-columns: 46mm 1fr; column-gap: 6mm; }
.side { background:#eef1f5; padding: 4mm; font-size:9pt; }
.side h4 { margin:0 0 2mm 0; border-bottom:1px solid #667; }
.side ul { padding-left: 0; list-style:none; margin:0 0 4mm 0; }
.side li { margin-bottom: 1.5mm; }
h2.b { background:#1f3864; color:#fff; font-size:13pt; padding:2px 8px; margin:8px 0 6px 0; column-span: all; }
h3 { font-size: 11.5pt; margin: 8px 0 4px 0; }
p { text-indent: 2em; margin: 0 0 5px 0; line-height: 1.6; text-align: justify; }
p.src { text-indent:0; text-align:right; font-size:9pt; color:#444; }
table.nr { border-collapse: collapse; margin: 6px auto; width: 92%; }
table.nr td, table.nr th { border: none; padding: 2px 8px; }
table.nr th { font-weight: bold; }
table.nr td.n { text-align: right; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 1px solid #999; }
.pb { break-before: page; }
"""


def table(head, rows):
    h = "".join(f"<th>{E(c)}</th>" for c in head)
    b = "".join("<tr>" + "".join(f'<td{" class=n" if i else ""}>{E(c)}</td>' for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f'<table class="nr"><tr>{h}</tr>{b}</table>'


def render(it, n):
    o = []
    if it["title"]:
        o.append(f"<h3>第{n}条　{E(it['title'])}</h3>")
    for b in it["body"]:
        o.append(table(b[1], b[2]) if isinstance(b, tuple) else f"<p>{E(b)}</p>")
    if it["source"]:
        o.append(f'<p class="src">[ 来源 ] {E(it["source"])}</p>')
    return "\n".join(o)


def main():
    iss = ISSUES["D"]
    secs = sections(iss)
    n = {}
    k = 0
    for it in iss["items"]:
        if it["title"]:
            k += 1; n[id(it)] = k
    side = "".join(f"<h4>{E(s)}</h4><ul>" + "".join(f"<li>{E(it['title'])}</li>" for it in its if it["title"]) + "</ul>"
                   for s, its in secs if any(it["title"] for it in its))
    dr_s, dr = secs[0]
    page1 = (f'<div class="grid"><div class="side"><h4 style="font-size:11pt">本期目录</h4>{side}'
             f'<h4>编辑部</h4><div>大连市数字贸易协会秘书处<br/>电话：0411-8475XXXX<br/>邮箱：jianbao@dldta.org.cn</div></div>'
             f'<div class="main"><h2 class="b">{dr_s}</h2>{render(dr[0], n[id(dr[0])])}</div></div>')
    mid = []
    for s, its in secs[1:3]:
        mid.append(f'<h2 class="b">{s}</h2>' + "".join(render(it, n[id(it)]) for it in its))
    page2 = f'<div class="pb cols">{"".join(mid)}</div>'
    rest = []
    for s, its in secs[3:]:
        rest.append(f'<h2 class="b">{s}</h2>' + "".join(render(it, n.get(id(it))) for it in its))
    page3 = f'<div class="pb">{"".join(rest)}<p style="text-indent:0;margin-top:16px;font-size:9pt;border-top:1px solid #999">抄送：大连市商务局　大连市工业和信息化局　　　　　　（共印100份）</p></div>'
    html = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>数字贸易简报 2026年第1期（总第45期）</title><style>{CSS}</style></head><body>
<div class="mast"><div class="t">数字贸易简报</div>
<div>{iss["issue_line"]}（{iss["total_line"]}）</div>
<div style="font-size:9.5pt">大连市数字贸易协会秘书处编　　　　{iss["date_line"]}</div></div>
{page1}{page2}{page3}</body></html>'''
    src = os.path.join(BUILD, "D.html")
    open(src, "w", encoding="utf-8").write(html)
    out = os.path.join(BUILD, "D.pdf")
    # served over HTTP so that the browser's footer shows a web address, not this machine's file path
    srv = subprocess.Popen(["python3", "-m", "http.server", "18765", "--bind", "127.0.0.1", "--directory", BUILD],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import time, urllib.request
        for _ in range(100):
            try:
                urllib.request.urlopen("http://127.0.0.1:18765/D.html", timeout=1).read(); break
            except OSError:
                time.sleep(0.1)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}",
                        "http://127.0.0.1:18765/D.html"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
    finally:
        srv.terminate(); srv.wait()
    shutil.copy(out, os.path.join(ROOT, iss["file"]))


if __name__ == "__main__":
    main()
