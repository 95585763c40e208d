# -*- coding: utf-8 -*-
"""SCAN (family 1): a two-page COLOUR scan from a copier's document feeder (ADF) where the
SECOND SHEET WENT IN UPSIDE DOWN: page 2 of the PDF is the printed page turned 180°, never
corrected.  The printed issue (.build/SCAN.html → Chromium A4, red masthead, blue banners
`〔数据月报〕`, titles `一、` `二、` …, sources `（稿源：X）` ending the last paragraph, ruled data
table) → pdftoppm 150 dpi RGB → Pillow/numpy: warm paper tint, ADF roller streak (a faint
vertical grey line), slight skew (±0.6°), noise, blur, JPEG; no text layer, no fonts;
PDF metadata Creator/Producer `RICOH IM C3000 / ScanToFolder`."""
import os, subprocess, shutil, threading, http.server, functools, socketserver, glob, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".pylib"))
from PIL import Image, ImageFilter
import numpy as np
from common import ISSUES, ROOT, BUILD, sections, E

iss = ISSUES["SCAN"]
secs = sections(iss)
CN = "一二三四五六七八九十"
n = 0
out = []
for s, its in secs:
    out.append(f'<div class="ban">〔{E(s)}〕</div>')
    for it in its:
        if it["title"]:
            out.append(f'<h3>{CN[n]}、{E(it["title"])}</h3>'); n += 1
        bl = it["body"]
        for i, b in enumerate(bl):
            if isinstance(b, tuple):
                th = "".join(f"<th>{E(c)}</th>" for c in b[1])
                tr = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2])
                out.append(f'<table><tr>{th}</tr>{tr}</table>')
            else:
                src = f'（稿源：{E(it["source"])}）' if it["source"] and i == len(bl) - 1 else ""
                out.append(f'<p>{E(b)}{src}</p>')
html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>scan</title><style>
@page {{ size:A4; margin:16mm 17mm 16mm 17mm; }}
body {{ font-family:"Noto Serif CJK SC",serif; font-size:11.5pt; color:#111; }}
.t {{ text-align:center; font-size:30pt; color:#c00000; font-weight:bold; letter-spacing:6pt; }}
.l {{ text-align:center; font-size:12pt; margin:1mm 0; }}
.rule {{ border-top:2.2pt solid #c00000; margin:2mm 0 3mm; }}
.ban {{ text-align:center; color:#1f4e79; font-size:14pt; font-weight:bold; margin:4mm 0 1mm; }}
h3 {{ font-size:12.5pt; margin:2mm 0 1mm; }}
p {{ text-indent:2em; line-height:1.62; margin:0.6mm 0; text-align:justify; }}
table {{ border-collapse:collapse; margin:2mm auto; }} th, td {{ border:0.8pt solid #333; padding:1mm 4mm; }}
th {{ background:#e8e8e8; }}
</style></head><body>
<div class="t">数字贸易简报</div>
<div class="l">{iss["issue_line"]}　　　{iss["total_line"]}</div>
<div class="l">大连市数字贸易协会秘书处　　　　　　　　{iss["date_line"]}</div>
<div class="rule"></div>
{chr(10).join(out)}
<p style="text-indent:0;margin-top:5mm;font-size:10pt">发：各会员单位　　　　　　　　　　　　　　　　　（共印60份）</p>
</body></html>'''
open(os.path.join(BUILD, "SCAN.html"), "w", encoding="utf-8").write(html)
class Q(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
srv = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Q, directory=BUILD))
threading.Thread(target=srv.serve_forever, daemon=True).start()
pdf = os.path.join(BUILD, "SCAN_print.pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", f"http://127.0.0.1:{srv.server_address[1]}/SCAN.html"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
srv.shutdown()
for f in glob.glob(os.path.join(BUILD, "scanraw-*.png")):
    os.remove(f)
subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, os.path.join(BUILD, "scanraw")], check=True)
pages = []
rng = np.random.default_rng(14)
for k, f in enumerate(sorted(glob.glob(os.path.join(BUILD, "scanraw-*.png")))):
    im = Image.open(f).convert("RGB")
    im = im.rotate([0.45, -0.6][k % 2], resample=Image.BICUBIC, expand=False, fillcolor=(250, 247, 238))
    a = np.asarray(im).astype(np.float32)
    h, w, _ = a.shape
    tint = np.array([250, 246, 236], np.float32) / 255.0
    a = a * tint
    yy = np.linspace(0, 1, h)[:, None]
    a *= (0.97 + 0.03 * (1 - yy))[..., None]
    x0 = int(w * 0.63) + k * 17
    a[:, x0:x0 + 2, :] *= 0.86
    a += rng.normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.55))
    if k == 1:
        im = im.rotate(180)
    im.save(os.path.join(BUILD, f"scanpage-{k+1}.jpg"), quality=72)
    pages.append(Image.open(os.path.join(BUILD, f"scanpage-{k+1}.jpg")))
outp = os.path.join(ROOT, iss["file"])
pages[0].save(outp, save_all=True, append_images=pages[1:], resolution=150.0,
              title="ScanDuplex_20251031_0001", creator="RICOH IM C3000", producer="RICOH ScanToFolder")
print(len(pages), "pages")
