# -*- coding: utf-8 -*-
"""PDF (family 4): a "web edition" page printed by headless Chromium (Skia/PDF) with the
browser's own header/footer OFF; the RUNNING HEADER and FOOTER are `position:fixed` blocks,
which Chromium repeats on every printed page (header: association name | `数字贸易简报 · 网络版`;
footer: `会员内部交流 请勿转载` | `dtba.example 网页版`), page margins reserved by a repeating
<thead>/<tfoot> spacer of the layout table.  Masthead band; data report with a rule-less table
(no borders at all, numbers right-aligned); 行业资讯 = TWO stories SIDE BY SIDE in a CSS grid
(two columns, one story each, a thin gap); own section 科技前沿; titles numbered `◇1`…;
sources ending the story in square brackets `[ 来源 | X ]`.  Served over http://127.0.0.1."""
import os, subprocess, shutil, threading, http.server, functools, socketserver
from common import ISSUES, ROOT, BUILD, sections, E

iss = ISSUES["PDF"]
secs = sections(iss)
n = 0
def story(it):
    global n
    h = []
    if it["title"]:
        n += 1
        h.append(f'<h3>◇{n}　{E(it["title"])}</h3>')
    for b in it["body"]:
        if isinstance(b, tuple):
            th = "".join(f'<th>{E(c)}</th>' for c in b[1])
            tr = "".join("<tr>" + "".join(f'<td>{E(c)}</td>' for c in row) + "</tr>" for row in b[2])
            h.append(f'<table class="nr"><tr>{th}</tr>{tr}</table>')
        else:
            h.append(f'<p>{E(b)}</p>')
    if it["source"]:
        h.append(f'<p class="src">[ 来源 | {E(it["source"])} ]</p>')
    return "\n".join(h)
body = []
for s, its in secs:
    body.append(f'<h2>{E(s)}</h2>')
    if s == "行业资讯":
        body.append('<div class="two">' + "".join(f'<div class="col">{story(it)}</div>' for it in its) + '</div>')
    else:
        body += [story(it) for it in its]
html = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>数字贸易简报 网络版</title><style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family:"Noto Serif CJK SC","Source Han Serif SC",serif; font-size:10.5pt; color:#222; }}
.run-h {{ position:fixed; top:0; left:0; right:0; height:14mm; padding:5mm 16mm 0; font-size:8.5pt; color:#555;
          border-bottom:0.6pt solid #999; display:flex; justify-content:space-between; box-sizing:border-box; }}
.run-f {{ position:fixed; bottom:0; left:0; right:0; height:12mm; padding:3mm 16mm 0; font-size:8pt; color:#777;
          border-top:0.6pt solid #bbb; display:flex; justify-content:space-between; box-sizing:border-box; }}
table.layout {{ width:100%; border-collapse:collapse; }}
table.layout > thead td {{ height:19mm; }} table.layout > tfoot td {{ height:16mm; }}
.pad {{ padding:0 16mm; }}
.mast {{ background:#eef3f8; padding:4mm 6mm; margin-bottom:3mm; }}
.mast .t {{ font-size:24pt; color:#0b4f8a; font-weight:bold; letter-spacing:3pt; }}
h2 {{ font-size:13pt; color:#0b4f8a; border-left:5pt solid #0b4f8a; padding-left:5pt; margin:5mm 0 2mm; }}
h3 {{ font-size:11.5pt; margin:3mm 0 1mm; }}
p {{ text-indent:2em; margin:1mm 0; line-height:1.6; text-align:justify; }}
p.src {{ text-align:right; color:#666; font-size:9pt; }}
table.nr {{ border-collapse:collapse; margin:2mm auto; width:88%; }}
table.nr th, table.nr td {{ border:none; padding:1mm 3mm; }}
table.nr th {{ font-weight:bold; text-align:right; }} table.nr th:first-child, table.nr td:first-child {{ text-align:left; }}
table.nr td {{ text-align:right; }}
.two {{ display:grid; grid-template-columns:1fr 1fr; column-gap:7mm; }}
.two .col p {{ font-size:10pt; }}
</style></head><body>
<div class="run-h"><span>大连市数字贸易协会</span><span>数字贸易简报 · 网络版</span></div>
<div class="run-f"><span>会员内部交流　请勿转载</span><span>dtba.example 网页版</span></div>
<table class="layout"><thead><tr><td></td></tr></thead><tfoot><tr><td></td></tr></tfoot><tbody><tr><td><div class="pad">
<div class="mast"><div class="t">数字贸易简报</div>
<div>{iss["issue_line"]}　·　{iss["total_line"]}　·　{iss["date_line"]}　　大连市数字贸易协会编</div>
<div style="font-size:9pt;color:#555">本期：{"　".join(E(s) for s, _ in secs)}</div></div>
{chr(10).join(body)}
<p style="text-indent:0;margin-top:6mm;font-size:9pt;color:#555">抄送：大连市商务局　　（网络版，共发送会员单位112家）</p>
</div></td></tr></tbody></table></body></html>'''
os.makedirs(BUILD, exist_ok=True)
open(os.path.join(BUILD, "PDF.html"), "w", encoding="utf-8").write(html)
Handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=BUILD)
class Q(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
srv = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Q, directory=BUILD))
port = srv.server_address[1]
threading.Thread(target=srv.serve_forever, daemon=True).start()
out = os.path.join(BUILD, "PDF.pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", f"http://127.0.0.1:{port}/PDF.html"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
srv.shutdown()
shutil.copy(out, os.path.join(ROOT, iss["file"]))
