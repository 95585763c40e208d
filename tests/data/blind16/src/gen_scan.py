# -*- coding: utf-8 -*-
"""SCAN (family 1): a LONG PHONE SCREENSHOT of the issue as read in a messaging app's article
view, saved as a PDF of TWO tall slices (the phone's "长截图 → 导出PDF"): status bar (21:45, 5G,
battery) and the app's title bar (‹ 大连数贸协会 ⋯) on top of slice 1, the article (account name,
publish line, masthead card, 目录, banners `— 数据月报 —` in pill boxes, titles `▍01`…, grey
sources `（刊发媒体：X）` after the last paragraph, a zebra-striped table), the app's bottom bar
(阅读 / 赞 / 在看) at the end of slice 2.  Chromium mobile-width page at device scale 2 →
one tall PNG → cut into two slices at a blank row near the middle → JPEG pages, no text
layer, no fonts; PDF metadata of a phone gallery export.  The rendered page is kept as
.build/SCAN_print.pdf (Chromium print of the same HTML) for the text check."""
import os, subprocess, threading, http.server, functools, socketserver
from PIL import Image
import numpy as np
from common import ISSUES, ROOT, BUILD, sections, E

iss = ISSUES["SCAN"]
secs = sections(iss)
out = []
n = 0
for s, its in secs:
    out.append(f'<div class="ban"><span>— {E(s)} —</span></div>')
    for it in its:
        if it["title"]:
            n += 1
            out.append(f'<h3><b>▍{n:02d}</b> {E(it["title"])}</h3>')
        bl = it["body"]
        for b in bl:
            if isinstance(b, tuple):
                th = "".join(f"<th>{E(c)}</th>" for c in b[1])
                tr = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2])
                out.append(f'<table><tr>{th}</tr>{tr}</table>')
            else:
                out.append(f'<p>{E(b)}</p>')
        if it["source"]:
            out.append(f'<p class="src">（刊发媒体：{E(it["source"])}）</p>')
toc = "".join(f'<li>{E(s)}' + ("：" + "；".join(E(it["title"]) for it in its if it["title"]) if any(it["title"] for it in its) else "") + '</li>' for s, its in secs)
html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=390">
<title>m</title><style>
@page {{ size: 390px 9000px; margin:0; }}
body {{ margin:0; width:390px; font-family:"WenQuanYi Micro Hei",sans-serif; font-size:16px; color:#222; background:#fff; }}
.sb {{ height:30px; background:#ededed; display:flex; justify-content:space-between; align-items:center; padding:0 18px; font-size:13px; font-weight:bold; }}
.nav {{ height:44px; background:#ededed; display:flex; align-items:center; justify-content:space-between; padding:0 14px; font-size:17px; border-bottom:1px solid #ddd; }}
.wrap {{ padding:14px 16px 20px; }}
h1 {{ font-size:21px; line-height:1.4; margin:4px 0 8px; }}
.meta {{ font-size:14px; color:#888; margin-bottom:14px; }} .meta a {{ color:#576b95; text-decoration:none; }}
.card {{ border:1px solid #e3c8c8; background:#fff7f5; border-radius:6px; padding:12px; text-align:center; margin-bottom:12px; }}
.card .t {{ font-size:26px; color:#b40000; font-weight:bold; letter-spacing:4px; }}
.card div {{ font-size:14px; margin-top:4px; }}
.toc {{ background:#f6f6f6; border-radius:6px; padding:8px 12px; font-size:14px; color:#555; }}
.toc ul {{ margin:4px 0; padding-left:18px; }}
.ban {{ text-align:center; margin:22px 0 10px; }}
.ban span {{ display:inline-block; background:#1a6fb5; color:#fff; border-radius:14px; padding:3px 16px; font-size:16px; font-weight:bold; }}
h3 {{ font-size:17px; line-height:1.5; margin:14px 0 6px; }} h3 b {{ color:#1a6fb5; }}
p {{ line-height:1.75; margin:6px 0; text-align:justify; letter-spacing:0.3px; }}
p.src {{ color:#999; font-size:14px; }}
table {{ border-collapse:collapse; width:100%; font-size:14px; margin:8px 0; }}
th {{ background:#1a6fb5; color:#fff; padding:5px; }} td {{ padding:5px; text-align:center; }}
tr:nth-child(odd) td {{ background:#eef4fa; }}
.end {{ margin-top:24px; font-size:13px; color:#999; text-align:center; }}
.bar {{ height:52px; border-top:1px solid #ddd; display:flex; justify-content:space-around; align-items:center; font-size:14px; color:#555; background:#fafafa; }}
</style></head><body>
<div class="sb"><span>21:45</span><span>5G ▂▄▆ 78%</span></div>
<div class="nav"><span>‹</span><span>大连数贸协会</span><span>⋯</span></div>
<div class="wrap">
<h1>数字贸易简报｜{iss["issue_line"]}</h1>
<div class="meta"><a>大连数贸协会</a>　2025年8月31日 20:06　辽宁</div>
<div class="card"><div class="t">数字贸易简报</div><div>{iss["issue_line"]}　{iss["total_line"]}</div>
<div>大连市数字贸易协会　{iss["date_line"]}</div></div>
<div class="toc">本期目录<ul>{toc}</ul></div>
{chr(10).join(out)}
<div class="end">— END —<br>会员内部交流　欢迎转发</div>
</div>
<div class="bar"><span>阅读 1286</span><span>赞 36</span><span>在看 9</span><span>写留言</span></div>
</body></html>'''
open(os.path.join(BUILD, "SCAN.html"), "w", encoding="utf-8").write(html)


class Q(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass


srv = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Q, directory=BUILD))
threading.Thread(target=srv.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{srv.server_address[1]}/SCAN.html"
C = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
pdf = os.path.join(BUILD, "SCAN_print.pdf")
subprocess.run(C + ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", url], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
png = os.path.join(BUILD, "SCAN_full.png")
subprocess.run(C + ["--force-device-scale-factor=2", "--window-size=390,9000", f"--screenshot={png}", url],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
srv.shutdown()
im = Image.open(png).convert("RGB")
a = np.asarray(im)
# crop the empty tail below the bottom bar
dark = (a < 235).any(axis=2).any(axis=1)
last = int(np.nonzero(dark)[0].max()) + 2
im = im.crop((0, 0, im.width, last))
a = np.asarray(im)
rowink = (a < 200).any(axis=2).sum(axis=1)
mid = im.height // 2
cut = next(y for d in range(0, 400) for y in (mid + d, mid - d) if rowink[y] == 0 and rowink[y - 6:y + 6].sum() == 0)
parts = [im.crop((0, 0, im.width, cut)), im.crop((0, cut, im.width, im.height))]
pages = []
for k, p in enumerate(parts):
    f = os.path.join(BUILD, f"scanpage-{k+1}.jpg")
    p.save(f, quality=80)
    pages.append(Image.open(f))
outp = os.path.join(ROOT, iss["file"])
pages[0].save(outp, save_all=True, append_images=pages[1:], resolution=144.0,
              title="Screenshot_20250831_214507", creator="Gallery", producer="Android PdfDocument")
print(im.size, cut, [p.size for p in parts])
