# -*- coding: utf-8 -*-
"""PDF (family 4): the issue made as a SLIDE DECK for a council meeting ("汇报版") and exported to
PDF: every page a 16:9 slide (338.7 × 190.5 mm, printed by headless Chromium from an HTML deck,
one `<section class="slide">` per page, browser header/footer off).  Slide 1 = cover (title,
issue line, date, association); slide 2 = 目录 (agenda in two columns); then for each part a
DIVIDER slide (`PART 0n` + section name) followed by one slide per item: a coloured top band
with the section name at the left and `2026年第2期` at the right, the item title as the slide
heading, body text (data table on its slide), the source at the slide's bottom left as
`资讯提供：X`, a footer `大连市数字贸易协会 | n`; the 协会动态 paragraphs as bullets on one slide;
last slide `谢谢阅读` + distribution line."""
import os, subprocess, shutil, threading, http.server, functools, socketserver
from common import ISSUES, ROOT, BUILD, sections, E

iss = ISSUES["PDF"]
secs = sections(iss)
slides = []
slides.append(f'''<section class="slide cover"><div class="ct">数字贸易简报</div>
<div class="cs">{iss["issue_line"]}　·　{iss["total_line"]}</div>
<div class="cd">大连市数字贸易协会秘书处　　{iss["date_line"]}</div>
<div class="cn">理事会汇报版</div></section>''')
ag = "".join(f'<li><b>PART 0{k}</b>　{E(s)}</li>' for k, (s, _) in enumerate(secs, 1))
slides.append(f'<section class="slide"><div class="band"><span>目录</span><span>{iss["issue_line"]}</span></div><h2>本期目录</h2><ol class="ag">{ag}</ol></section>')


def block(b):
    if isinstance(b, tuple):
        th = "".join(f"<th>{E(c)}</th>" for c in b[1])
        tr = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2])
        return f'<table><tr>{th}</tr>{tr}</table>'
    return f'<p>{E(b)}</p>'


for k, (s, its) in enumerate(secs, 1):
    slides.append(f'<section class="slide divider"><div class="pn">PART 0{k}</div><div class="pt">{E(s)}</div></section>')
    band = f'<div class="band"><span>{E(s)}</span><span>{iss["issue_line"]}</span></div>'
    if s == "协会动态":
        li = "".join(f'<li>{E(it["body"][0])}</li>' for it in its)
        slides.append(f'<section class="slide">{band}<h2>协会工作简况</h2><ul class="bul">{li}</ul></section>')
        continue
    for it in its:
        src = f'<div class="src">资讯提供：{E(it["source"])}</div>' if it["source"] else ""
        slides.append(f'<section class="slide">{band}<h2>{E(it["title"])}</h2><div class="bd">{"".join(block(b) for b in it["body"])}</div>{src}</section>')
slides.append('<section class="slide cover"><div class="ct" style="font-size:40pt">谢谢阅读</div>'
              '<div class="cd">送：理事单位、各会员单位　　联系：协会秘书处</div></section>')
foot = []
for i, sl in enumerate(slides, 1):
    foot.append(sl.replace("</section>", f'<div class="ft"><span>大连市数字贸易协会</span><span>{i}</span></div></section>'))
html = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>数贸简报第46期_汇报版</title><style>
@page {{ size: 338.7mm 190.5mm; margin:0; }}
body {{ margin:0; font-family:"WenQuanYi Micro Hei",sans-serif; color:#1d2733; }}
.slide {{ width:338.7mm; height:190.5mm; position:relative; overflow:hidden; page-break-after:always; box-sizing:border-box; padding:24mm 22mm 16mm; background:#fff; }}
.band {{ position:absolute; top:0; left:0; right:0; height:13mm; background:#0e5a8a; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 14mm; font-size:14pt; }}
h2 {{ font-size:23pt; color:#0e5a8a; margin:0 0 6mm; border-bottom:1.2pt solid #f2a900; padding-bottom:2mm; }}
.bd p, .bul li {{ font-size:15pt; line-height:1.65; margin:0 0 3mm; text-align:justify; text-indent:2em; }}
.bul li {{ text-indent:0; margin-bottom:5mm; }}
table {{ border-collapse:collapse; margin:2mm auto 4mm; font-size:14pt; }} th {{ background:#0e5a8a; color:#fff; padding:1.5mm 8mm; }}
td {{ border-bottom:0.8pt solid #b8c7d6; padding:1.5mm 8mm; text-align:center; }}
.src {{ position:absolute; left:22mm; bottom:13mm; font-size:11pt; color:#7a8794; }}
.ft {{ position:absolute; left:0; right:0; bottom:0; height:9mm; display:flex; justify-content:space-between; align-items:center; padding:0 14mm; font-size:10pt; color:#8a96a3; border-top:0.6pt solid #dde3ea; }}
.cover {{ background:linear-gradient(135deg,#0e5a8a 0%,#14739f 60%,#f2a900 60.2%,#f2a900 61%,#14739f 61.2%); color:#fff; padding-top:52mm; }}
.cover .ct {{ font-size:54pt; font-weight:bold; letter-spacing:8pt; }} .cover .cs {{ font-size:22pt; margin-top:8mm; }}
.cover .cd {{ font-size:16pt; margin-top:5mm; }} .cover .cn {{ font-size:13pt; margin-top:14mm; opacity:.8; }}
.cover .ft, .divider .ft {{ color:#d9e6f0; border-top:none; }}
.divider {{ background:#14739f; color:#fff; padding-top:62mm; padding-left:40mm; }}
.divider .pn {{ font-size:20pt; color:#f2a900; letter-spacing:4pt; }} .divider .pt {{ font-size:44pt; font-weight:bold; margin-top:4mm; }}
ol.ag {{ columns:2; font-size:19pt; line-height:2.2; list-style:none; padding-left:10mm; }} ol.ag b {{ color:#f2a900; }}
</style></head><body>
{chr(10).join(foot)}
</body></html>'''
open(os.path.join(BUILD, "PDF.html"), "w", encoding="utf-8").write(html)


class Q(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass


srv = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Q, directory=BUILD))
threading.Thread(target=srv.serve_forever, daemon=True).start()
out = os.path.join(BUILD, "PDF.pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", f"http://127.0.0.1:{srv.server_address[1]}/PDF.html"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
srv.shutdown()
shutil.copy(out, os.path.join(ROOT, iss["file"]))
