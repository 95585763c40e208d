# -*- coding: utf-8 -*-
"""SCAN (family 1): a two-page colour scan whose FIRST SHEET WENT THROUGH THE FEEDER SIDEWAYS (landscape feed):
page 1 of the PDF is a LANDSCAPE image holding the printed A4 page turned 90° (text runs bottom-to-top), never
corrected; page 2 is upright but carries a reader's HANDWRITTEN BLUE-PEN MARKS (wavy underlines under a title and a
figure line, a tick and a margin bracket) and a RED ROUND APPROVAL STAMP `已阅` partly over the text.  The printed
issue (.build/SCAN.html → Chromium A4; titles `No.1`…; banners `▶ 数据月报 ◀`; sources closing the last paragraph
`〈采编自X〉`; the issue date at the FOOT of the last page `印发日期：…`) → pdftoppm 150 dpi RGB → Pillow/numpy
(paper tint, noise, blur, slight skew, JPEG) → image-only PDF (Creator `KONICA MINOLTA bizhub C300i`)."""
import os, glob, sys, math
from PIL import Image, ImageFilter, ImageDraw, ImageFont
import numpy as np
from common import ISSUES, ROOT, BUILD, sections, E, chromium_print

iss = ISSUES["SCAN"]
secs = sections(iss)
out = []
n = 0
for s, its in secs:
    out.append(f'<div class="ban">▶ {E(s)} ◀</div>')
    for it in its:
        if it["title"]:
            n += 1
            out.append(f'<h3>No.{n}　{E(it["title"])}</h3>')
        bl = it["body"]
        for i, b in enumerate(bl):
            if isinstance(b, tuple):
                th = "".join(f"<th>{E(c)}</th>" for c in b[1])
                tr = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2])
                out.append(f'<table><tr>{th}</tr>{tr}</table>')
            else:
                src = f'〈采编自{E(it["source"])}〉' if it["source"] and i == len(bl) - 1 else ""
                out.append(f'<p>{E(b)}{src}</p>')
html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>scan</title><style>
@page {{ size:A4; margin:17mm 18mm 16mm 18mm; }}
body {{ font-family:"WenQuanYi Micro Hei",sans-serif; font-size:11.6pt; color:#111; }}
.t {{ text-align:center; font-size:30pt; color:#b00000; font-weight:bold; letter-spacing:8pt; margin-top:2mm; }}
.l {{ text-align:center; font-size:12.5pt; margin:1.5mm 0; }}
.rule {{ border-top:1.2pt solid #b00000; border-bottom:1.2pt solid #b00000; height:1.2mm; margin:2mm 0 4mm; }}
.ban {{ color:#7a1f1f; font-size:14pt; font-weight:bold; margin:5mm 0 1.5mm; border-bottom:0.8pt dashed #7a1f1f; }}
h3 {{ font-size:12.6pt; margin:2.5mm 0 1mm; }}
p {{ text-indent:2em; line-height:1.7; margin:0.8mm 0; text-align:justify; }}
table {{ border-collapse:collapse; margin:2mm auto; }} th, td {{ border:0.8pt solid #333; padding:1mm 4mm; }}
th {{ background:#eee; }} td:nth-child(n+2) {{ text-align:center; }}
.foot {{ margin-top:7mm; font-size:10.5pt; border-top:0.8pt solid #333; padding-top:1.5mm; }}
</style></head><body>
<div class="t">数字贸易简报</div>
<div class="l">大连市数字贸易协会</div>
<div class="l">{iss["issue_line"]}（{iss["total_line"]}）</div>
<div class="rule"></div>
{chr(10).join(out)}
<div class="foot">印发日期：{iss["date_line"]}　　　　　　　　　抄送：各会员单位　　（共印50份）</div>
</body></html>'''
open(os.path.join(BUILD, "SCAN.html"), "w", encoding="utf-8").write(html)
pdf = os.path.join(BUILD, "SCAN_print.pdf")
chromium_print("SCAN.html", pdf)
for f in glob.glob(os.path.join(BUILD, "scanraw-*.png")):
    os.remove(f)
import subprocess
subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, os.path.join(BUILD, "scanraw")], check=True)
raws = sorted(glob.glob(os.path.join(BUILD, "scanraw-*.png")))
assert len(raws) <= 2, len(raws)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
rng = np.random.default_rng(15)
def pen(d, pts, w=4, col=(30, 60, 170, 230)):
    d.line(pts, fill=col, width=w, joint="curve")
def wavy(d, x0, x1, y):
    pts = [(x, y + 4 * math.sin((x - x0) / 9.0) + rng.normal(0, 0.6)) for x in range(x0, x1, 4)]
    pen(d, pts, 3)
def stamp(img, cx, cy, r=120):
    s = Image.new("RGBA", (2 * r + 20, 2 * r + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(s)
    c = (205, 30, 35, 140)
    d.ellipse((10, 10, 2 * r + 10, 2 * r + 10), outline=c, width=8)
    d.ellipse((24, 24, 2 * r - 4, 2 * r - 4), outline=c, width=2)
    f1 = ImageFont.truetype(FONT, 62); f2 = ImageFont.truetype(FONT, 26)
    d.text((r + 10, r + 18), "已阅", font=f1, fill=c, anchor="mm")
    ring = "大连市数字贸易协会秘书处"
    for k, ch in enumerate(ring):
        ang = math.radians(-150 + k * (120 / (len(ring) - 1)))
        x = r + 10 + (r - 36) * math.cos(ang); y = r + 10 + (r - 36) * math.sin(ang)
        g = Image.new("RGBA", (40, 40), (0, 0, 0, 0)); ImageDraw.Draw(g).text((20, 20), ch, font=f2, fill=c, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        s.alpha_composite(g, (int(x - 20), int(y - 20)))
    d.text((r + 10, r + 70), "2026.2.3", font=f2, fill=c, anchor="mm")
    s = s.rotate(12, resample=Image.BICUBIC, expand=True)
    # multiply-like: stamp ink over the page
    base = img.convert("RGBA"); base.alpha_composite(s, (int(cx - s.width / 2), int(cy - s.height / 2)))
    return base.convert("RGB")
pages = []
for k, f in enumerate(raws):
    im = Image.open(f).convert("RGB")
    W, H = im.size
    if k == 1:
        # reader's marks on the upright sheet
        ov = Image.new("RGBA", im.size, (0, 0, 0, 0)); d = ImageDraw.Draw(ov)
        g = np.asarray(im.convert("L")) < 140
        rows = np.where(g[:, int(W * 0.1):int(W * 0.9)].sum(1) > 25)[0]
        lines = np.split(rows, np.where(np.diff(rows) > 3)[0] + 1)
        lines = [l for l in lines if len(l) > 8]
        for li in (lines[1], lines[6]) if len(lines) > 7 else lines[:1]:
            wavy(d, int(W * 0.13), int(W * 0.62), int(li[-1]) + 7)
        l0 = lines[3] if len(lines) > 3 else lines[0]
        pen(d, [(int(W * 0.06), int(l0[0])), (int(W * 0.045), int(l0[0]) + 6), (int(W * 0.045), int(l0[-1]) + 60), (int(W * 0.06), int(l0[-1]) + 66)], 4)
        pen(d, [(int(W * 0.92), int(l0[0]) + 20), (int(W * 0.935), int(l0[0]) + 38), (int(W * 0.965), int(l0[0]) - 8)], 5)
        ov = ov.filter(ImageFilter.GaussianBlur(0.7))
        im = im.convert("RGBA"); im.alpha_composite(ov); im = im.convert("RGB")
        im = stamp(im, int(W * 0.70), int(H * 0.235))
    im = im.rotate([0.35, -0.5][k % 2], resample=Image.BICUBIC, expand=False, fillcolor=(248, 247, 242))
    a = np.asarray(im).astype(np.float32)
    a *= np.array([249, 247, 240], np.float32) / 255.0
    a += rng.normal(0, 4.5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    if k == 0:
        im = im.rotate(90, expand=True)   # sheet fed sideways: landscape image, text running bottom-to-top
    im.save(os.path.join(BUILD, f"scanpage-{k+1}.jpg"), quality=74)
    pages.append(Image.open(os.path.join(BUILD, f"scanpage-{k+1}.jpg")))
outp = os.path.join(ROOT, iss["file"])
pages[0].save(outp, save_all=True, append_images=pages[1:], resolution=150.0,
              title="SCN_0107", creator="KONICA MINOLTA bizhub C300i", producer="KONICA MINOLTA bizhub C300i")
print(len(pages), "pages", [p.size for p in pages])
