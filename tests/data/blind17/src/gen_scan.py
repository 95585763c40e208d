# -*- coding: utf-8 -*-
"""SCAN (family 1): a GRAYSCALE 150 dpi JPEG scan (office MFP "scan to PDF", colour mode Gray,
JPEG compression) of a 2-page printed issue whose first page carries a PHOTOGRAPH (cover photo,
about a third of the page width, with a caption) beside the masthead; no text layer.  Chromium prints
.build/SCAN.html -> .build/SCAN_print.pdf; pdftoppm -gray -r 150; Pillow adds paper grey, noise,
a slight rotation (0.4°/-0.3°) and saves JPEG q=72; the JPEG pages are wrapped in a PDF by Pillow.
Banners `■ 数据月报`, titles `▶`, sources `〔来源〕X`."""
import os, subprocess, http.server, threading, functools, random
import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from common import ISSUES, ROOT, BUILD, E, sections

iss = ISSUES["SCAN"]
random.seed(17); rng = np.random.default_rng(17)
# a synthetic "photograph": sky gradient, sea, buildings, blurred, with grain
W, H = 600, 400
a = np.zeros((H, W, 3), np.float32)
for y in range(H):
    a[y, :, :] = [120 + y * 0.25, 150 + y * 0.2, 200 - y * 0.1] if y < 240 else [40, 70 + (y - 240) * 0.2, 110]
img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
d = ImageDraw.Draw(img)
x = 20
while x < W - 30:
    w = random.randint(25, 60); h = random.randint(60, 190)
    d.rectangle([x, 240 - h, x + w, 240], fill=(random.randint(60, 110),) * 3)
    for wy in range(240 - h + 8, 236, 14):
        for wx in range(x + 5, x + w - 5, 10):
            if random.random() < .5:
                d.rectangle([wx, wy, wx + 4, wy + 6], fill=(220, 210, 150))
    x += w + random.randint(3, 15)
img = img.filter(ImageFilter.GaussianBlur(1.2))
g = np.asarray(img).astype(np.float32) + rng.normal(0, 6, (H, W, 3))
Image.fromarray(g.clip(0, 255).astype(np.uint8)).save(os.path.join(BUILD, "photo.png"))

secs = sections(iss)
toc = "".join(f"<li>{E(s)}</li>" for s, _ in secs)
body = []
for s, its in secs:
    body.append(f'<div class="ban">■ {E(s)}</div>')
    for it in its:
        if it["title"]:
            body.append(f'<h3>▶ {E(it["title"])}</h3>')
        for b in it["body"]:
            body.append(f"<p>{E(b)}</p>")
        if it["source"]:
            body.append(f'<p class="src">〔来源〕{E(it["source"])}</p>')
html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 18mm 18mm 18mm }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 1.6 }}
.top {{ display:flex; gap:6mm; border-bottom: 2pt solid #000; padding-bottom: 3mm }}
.top img {{ width: 62mm }} .cap {{ font-size: 8pt; color:#444 }}
.name {{ font-size: 28pt; font-weight: bold; letter-spacing: 3pt }}
.ban {{ font-weight:bold; font-size: 13pt; border-bottom: 1pt solid #000; margin: 5mm 0 2mm }}
h3 {{ font-size: 12pt; margin: 2mm 0 1mm }} p {{ margin: 0 0 1.5mm; text-indent: 2em }} .src {{ text-align:right }}
</style></head><body>
<div class="top"><div><img src="photo.png"><div class="cap">封面照片：星海湾畔的软件园区（协会秘书处 摄）</div></div>
<div><div class="name">数字贸易简报</div><div>{iss["issue_line"]}　{iss["total_line"]}</div>
<div>大连市数字贸易协会</div><div>{iss["date_line"]}</div><div><b>本期目录</b></div><ol>{toc}</ol></div></div>
{"".join(body)}
</body></html>'''
open(os.path.join(BUILD, "SCAN.html"), "w", encoding="utf-8").write(html)
Hd = functools.partial(http.server.SimpleHTTPRequestHandler, directory=BUILD)
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 8766), Hd)
threading.Thread(target=srv.serve_forever, daemon=True).start()
pr = os.path.join(BUILD, "SCAN_print.pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pr}", "http://127.0.0.1:8766/SCAN.html"], capture_output=True, timeout=120)
srv.shutdown()
subprocess.run(["pdftoppm", "-gray", "-r", "150", "-png", pr, os.path.join(BUILD, "scan")], check=True)
pages = sorted(f for f in os.listdir(BUILD) if f.startswith("scan-") and f.endswith(".png"))
assert len(pages) <= 2, pages
jpgs = []
for i, f in enumerate(pages):
    im = Image.open(os.path.join(BUILD, f)).convert("L")
    arr = np.asarray(im).astype(np.float32)
    arr = arr * 0.92 + 8 + rng.normal(0, 4, arr.shape)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).rotate([0.4, -0.3][i], resample=Image.BICUBIC, fillcolor=240)
    p = os.path.join(BUILD, f"scan{i + 1}.jpg")
    im.save(p, quality=72, dpi=(150, 150))
    jpgs.append(Image.open(p))
jpgs[0].save(os.path.join(ROOT, iss["file"]), save_all=True, append_images=jpgs[1:], resolution=150.0,
             title="IMG_20250331_0001", creator="Scan to PDF")
