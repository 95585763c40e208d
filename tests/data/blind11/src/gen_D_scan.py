# -*- coding: utf-8 -*-
"""2025年第4期 as a DOCUMENT-CAMERA (高拍仪) capture saved as PDF: the printed issue (laid out in
HTML, .build/D.html -> Chromium PDF -> pdftoppm 110 dpi colour) photographed from above: each page
lies on a dark wooden-grey desk, slightly keystoned (perspective), uneven lamp lighting (bright
centre, darker corners), warm colour cast, sensor noise, JPEG; pages joined by ImageMagick into a
PDF of images: NO text layer. Page 1 masthead + 数据月报 with a BORDERLESS table; page 2 in TWO
COLUMNS (行业资讯 + 开放合作); page 3 one column."""
import html, os, subprocess, glob
from common import *
iss = issue("D")
E = html.escape
def render(it, num=None):
    h = []
    if it["title"]:
        h.append('<p class="t">%s%s</p>' % (("%d. " % num) if num else "", E(it["title"])))
    for p in it["paras"]:
        if isinstance(p, dict):
            rows = p["table"]
            h.append('<table class="nb">' + "".join("<tr>" + "".join(("<th>%s</th>" if ri == 0 else "<td>%s</td>") % E(c) for c in r) + "</tr>" for ri, r in enumerate(rows)) + "</table>")
        else:
            h.append('<p class="b">%s</p>' % E(p))
    if it["source"]:
        h.append('<p class="s">（来源：%s）</p>' % E(it["source"]))
    return "\n".join(h)
secs = sections(iss)
css = """@page{size:A4;margin:18mm 20mm}body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:11.5pt;color:#111}
.page{page-break-after:always}.mh{text-align:center;color:#c00;font-size:30pt;font-weight:bold;letter-spacing:4pt}
.il{text-align:center;font-size:12pt}.ed{display:flex;justify-content:space-between;border-bottom:2px solid #c00;padding-bottom:4px;margin-bottom:10px}
.bn{font-size:15pt;font-weight:bold;margin:14px 0 6px}.t{font-weight:bold;font-size:12.5pt;margin:10px 0 4px}
.b{text-indent:2em;line-height:1.7;margin:0 0 4px;text-align:justify}.s{text-align:right;margin:2px 0 8px}
table.nb{border-collapse:collapse;margin:6px auto;border:none}table.nb th,table.nb td{border:none;padding:3px 18px;text-align:center}
table.nb th{font-weight:bold}.two{column-count:2;column-gap:9mm}.pn{text-align:center;font-size:9pt;margin-top:10px}"""
H = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % css]
H.append("<div class='page'><div class='mh'>数字贸易简报</div><div class='il'>2025年第4期（总第36期）</div>"
         "<div class='ed'><span>大连市数字贸易协会秘书处编</span><span>2025年4月30日</span></div>")
H.append("<div class='bn'>【数据月报】</div>" + render(secs[0][1][0]) + "</div>")
H.append("<div class='page'><div class='two'>")
for sec, its in secs[1:3]:
    H.append("<div class='bn'>【%s】</div>" % E(sec))
    for k, it in enumerate(its, 1):
        H.append(render(it, k))
H.append("</div></div><div>")
for sec, its in secs[3:]:
    H.append("<div class='bn'>【%s】</div>" % E(sec))
    for it in its:
        H.append(render(it))
H.append("</div></body></html>")
os.makedirs(BUILD, exist_ok=True)
src = os.path.join(BUILD, "D.html"); pdf = os.path.join(BUILD, "D_print.pdf")
open(src, "w", encoding="utf-8").write("\n".join(H))
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
for f in glob.glob(os.path.join(BUILD, "Dpg-*")) + glob.glob(os.path.join(BUILD, "Dcam-*")):
    os.remove(f)
subprocess.run(["pdftoppm", "-r", "110", "-png", pdf, os.path.join(BUILD, "Dpg")], check=True)
pages = sorted(glob.glob(os.path.join(BUILD, "Dpg-*.png")))
import sys, random
sys.path.insert(0, os.path.join(OUT, ".pylib"))
from PIL import Image, ImageFilter, ImageChops
random.seed(20250430)
def coeffs(src, dst):
    import numpy as np
    A = []; B = []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); B.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B.append(Y)
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))
outs = []
for i, p in enumerate(pages):
    im = Image.open(p).convert("RGB")
    w, h = im.size
    # warm cast
    r, g, b = im.split()
    im = Image.merge("RGB", (r.point(lambda v: min(255, v + 4)), g.point(lambda v: v), b.point(lambda v: int(v * 0.9))))
    W, Hh = w + 180, h + 180
    dx = [16, 24, 12][i % 3]
    # page corners on the desk (keystone: top narrower) -> (dst); source corners of the page
    dst = [(90 + dx, 95 + 4), (90 + w - dx + 3, 90 + 1), (90 + w + 2, 90 + h - 3), (90 - 2, 90 + h + 2)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = coeffs(src, dst)
    mask = Image.new("L", (w, h), 255)
    page = im.transform((W, Hh), Image.PERSPECTIVE, c, Image.BICUBIC)
    m = mask.transform((W, Hh), Image.PERSPECTIVE, c, Image.BICUBIC)
    desk = Image.new("RGB", (W, Hh), (74, 64, 57))
    desk.paste(page, (0, 0), m)
    # uneven lamp light: bright centre, darker corners
    g = Image.radial_gradient("L").resize((W, Hh)).point(lambda v: 255 - int(v * 0.45))
    light = Image.merge("RGB", (g, g, g))
    desk = ImageChops.multiply(desk, light)
    noise = Image.effect_noise((W, Hh), 14).convert("RGB")
    desk = Image.blend(desk, ImageChops.multiply(desk, noise.point(lambda v: 200 + v // 5)), 0.35)
    desk = desk.filter(ImageFilter.GaussianBlur(0.6))
    o = os.path.join(BUILD, "Dcam-%d.jpg" % (i + 1))
    desk.save(o, quality=72)
    outs.append(o)
imgs = [Image.open(o) for o in outs]
imgs[0].save(out("D"), save_all=True, append_images=imgs[1:], resolution=110,
             title="", author="", producer="Eloam ScanCam", creator="Eloam ScanCam")
print("wrote", out("D"), len(outs), "pages")
