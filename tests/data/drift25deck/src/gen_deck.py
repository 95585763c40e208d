# -*- coding: utf-8 -*-
"""The deck: the issue as a 4:3 presentation printed to PDF by headless Chromium (254 × 190.5 mm pages,
one `<section>` per page). Unlike blind16's deck: no coloured band, a small running head at the top
left (`数字贸易简报 · 2026年第4期`), the SOURCE AT THE TOP RIGHT (`信息提供：X`, above the heading), a
TITLE-ONLY divider slide per section (the section's name alone, no PART number), a centred footer
`— n —`; the agenda one column `一、数据月报` …; the 协会动态 paragraphs as bullets on one slide
headed `近期工作`; a closing slide `欢迎指正`."""
import functools, html, http.server, os, shutil, socketserver, subprocess, threading
from content import ISSUE, sections

E = html.escape
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, ".build")
os.makedirs(BUILD, exist_ok=True)
NUM = "一二三四五六七八"
secs = sections()
head = f'<div class="rh">数字贸易简报 · {ISSUE["issue_line"]}</div>'
slides = [f'''<section class="slide cover"><div class="ct">数字贸易简报</div>
<div class="cs">{ISSUE["issue_line"]}（{ISSUE["total_line"]}）</div>
<div class="cd">大连市数字贸易协会　{ISSUE["date_line"]}</div><div class="cn">会议投屏版</div></section>''']
ag = "".join(f"<li>{NUM[k]}、{E(s)}</li>" for k, (s, _) in enumerate(secs))
slides.append(f'<section class="slide">{head}<h2>本期内容</h2><ul class="ag">{ag}</ul></section>')


def block(b):
    if isinstance(b, tuple):
        th = "".join(f"<th>{E(c)}</th>" for c in b[1])
        tr = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2])
        return f"<table><tr>{th}</tr>{tr}</table>"
    return f"<p>{E(b)}</p>"


for s, its in secs:
    slides.append(f'<section class="slide divider"><div class="pt">{E(s)}</div></section>')
    if s == "协会动态":
        li = "".join(f"<li>{E(it['body'][0])}</li>" for it in its)
        slides.append(f'<section class="slide">{head}<h2>近期工作</h2><ul class="bul">{li}</ul></section>')
        continue
    for it in its:
        src = f'<div class="src">信息提供：{E(it["source"])}</div>' if it["source"] else ""
        slides.append(f'<section class="slide">{head}{src}<h2>{E(it["title"])}</h2>'
                      f'<div class="bd">{"".join(block(b) for b in it["body"])}</div></section>')
slides.append('<section class="slide cover"><div class="ct">欢迎指正</div><div class="cd">大连市数字贸易协会秘书处</div></section>')
pages = [sl.replace("</section>", f'<div class="ft">— {i} —</div></section>') for i, sl in enumerate(slides, 1)]
doc = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>简报2026年第4期_会议投屏版</title><style>
@page {{ size: 254mm 190.5mm; margin:0; }}
body {{ margin:0; font-family:"WenQuanYi Micro Hei",sans-serif; color:#222; }}
.slide {{ width:254mm; height:190.5mm; position:relative; overflow:hidden; page-break-after:always; box-sizing:border-box; padding:26mm 18mm 16mm; }}
.rh {{ position:absolute; top:7mm; left:18mm; font-size:10pt; color:#888; }}
.src {{ position:absolute; top:7mm; right:18mm; font-size:10pt; color:#a33; }}
h2 {{ font-size:21pt; color:#8a1c1c; margin:0 0 5mm; }}
.bd p, .bul li {{ font-size:13pt; line-height:1.6; margin:0 0 3mm; text-indent:2em; }}
.bul li {{ text-indent:0; margin-bottom:6mm; }}
table {{ border-collapse:collapse; margin:2mm auto 4mm; font-size:12pt; }} th, td {{ border:0.6pt solid #999; padding:1.2mm 6mm; text-align:center; }}
th {{ background:#f3e3e3; }}
.ft {{ position:absolute; left:0; right:0; bottom:6mm; text-align:center; font-size:10pt; color:#888; }}
.cover {{ background:#8a1c1c; color:#fff; padding-top:55mm; text-align:center; }}
.cover .ct {{ font-size:44pt; font-weight:bold; }} .cover .cs {{ font-size:20pt; margin-top:8mm; }}
.cover .cd {{ font-size:14pt; margin-top:5mm; }} .cover .cn {{ font-size:12pt; margin-top:12mm; }} .cover .ft {{ color:#f0d0d0; }}
.divider {{ background:#f3e3e3; padding-top:78mm; text-align:center; }} .divider .pt {{ font-size:38pt; font-weight:bold; color:#8a1c1c; }}
ul.ag {{ list-style:none; font-size:18pt; line-height:2; padding-left:30mm; }}
</style></head><body>
{chr(10).join(pages)}
</body></html>'''
open(os.path.join(BUILD, "deck.html"), "w", encoding="utf-8").write(doc)


class Q(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


srv = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Q, directory=BUILD))
threading.Thread(target=srv.serve_forever, daemon=True).start()
out = os.path.join(BUILD, "deck.pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", f"http://127.0.0.1:{srv.server_address[1]}/deck.html"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
srv.shutdown()
shutil.copy(out, os.path.join(ROOT, "简报2026年第4期_会议投屏版.pdf"))
