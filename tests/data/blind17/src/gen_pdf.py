# -*- coding: utf-8 -*-
"""PDF (family 4): a 2-UP IMPOSED SADDLE-STITCH BOOKLET: four A5 pages printed two per A4 landscape
sheet in booklet order, sheet 1 = page 4 | page 1 (back cover left, front cover right), sheet 2 =
page 2 | page 3; folio numbers at each A5 page foot, a fold line between the halves.  Chromium print of
.build/PDF.html (served over http://127.0.0.1) with --no-pdf-header-footer.  Banners `【 数据月报 】`
in a boxed bar; titles numbered `01 02 03`; sources as `|来源| X` bracketed by vertical bars."""
import os, subprocess, http.server, threading, functools
from common import ISSUES, ROOT, BUILD, E, sections

iss = ISSUES["PDF"]
its = iss["items"]
n = [0]


def item_html(it, first_of_sec):
    h = []
    if first_of_sec:
        h.append(f'<div class="ban">【 {E(it["section"])} 】</div>')
    if it["title"]:
        n[0] += 1
        h.append(f'<h3><span class="no">{n[0]:02d}</span> {E(it["title"])}</h3>')
    for b in it["body"]:
        h.append(f'<p>{E(b)}</p>')
    if it["source"]:
        h.append(f'<p class="src">|来源| {E(it["source"])}</p>')
    return "\n".join(h)


def block(lst):
    out, prev = [], None
    for it in lst:
        out.append(item_html(it, it["section"] != prev)); prev = it["section"]
    return "\n".join(out)


toc = "".join(f'<li>{E(s)}{"　" + E(x[0]["title"]) if x[0]["title"] and s != "协会动态" else ""}</li>' for s, x in sections(iss))
P1 = (f'<div class="mast"><div class="name">数字贸易简报</div><div>{iss["issue_line"]}　{iss["total_line"]}</div>'
      f'<div>大连市数字贸易协会　{iss["date_line"]}</div></div><div class="toc"><b>本期导读</b><ol>{toc}</ol></div>'
      + block(its[:1]))
n0 = n[0]
P2 = block(its[1:3])
P3 = block(its[3:])
P4 = ('<div class="back"><p>大连市数字贸易协会秘书处　编印</p><p>地址：大连市高新区（内部资料）</p>'
      '<p>本期印数：80册　　骑马钉装订</p></div>')


def page(content, folio):
    return f'<div class="pg"><div class="inner">{content}</div><div class="folio">— {folio} —</div></div>'


html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>简报2025-08</title><style>
@page {{ size: 297mm 210mm; margin: 0 }}
body {{ margin:0; font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 9pt; line-height: 1.45 }}
.sheet {{ width:297mm; height:210mm; display:flex; page-break-after: always; position:relative }}
.sheet:after {{ content:""; position:absolute; left:148.5mm; top:0; height:210mm; border-left:0.3pt dashed #999 }}
.pg {{ width:148.5mm; height:210mm; box-sizing:border-box; padding:12mm 13mm 14mm 13mm; position:relative; overflow:hidden }}
.folio {{ position:absolute; bottom:6mm; left:0; right:0; text-align:center; font-size:8pt }}
.mast {{ text-align:center; border-bottom:2pt solid #a00; margin-bottom:3mm }} .name {{ font-size:24pt; color:#a00; font-weight:bold }}
.toc ol {{ margin:1mm 0 3mm 0; padding-left:6mm }}
.ban {{ border:0.8pt solid #333; background:#eee; text-align:center; font-weight:bold; margin:3mm 0 2mm }}
h3 {{ font-size:10.5pt; margin:2mm 0 1mm }} .no {{ color:#a00 }} p {{ margin:0 0 1.5mm; text-indent:2em }}
.src {{ text-align:right; color:#555 }} .back {{ margin-top:150mm; text-align:center }} .back p {{ text-indent:0 }}
</style></head><body>
<div class="sheet">{page(P4, 4)}{page(P1, 1)}</div>
<div class="sheet">{page(P2, 2)}{page(P3, 3)}</div>
</body></html>'''
open(os.path.join(BUILD, "PDF.html"), "w", encoding="utf-8").write(html)
H = functools.partial(http.server.SimpleHTTPRequestHandler, directory=BUILD)
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 8765), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
out = os.path.join(ROOT, iss["file"])
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", "http://127.0.0.1:8765/PDF.html"], capture_output=True, timeout=120)
srv.shutdown()
