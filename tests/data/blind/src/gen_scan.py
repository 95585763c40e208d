# -*- coding: utf-8 -*-
"""2026-09-scan.pdf: the September issue laid out as HTML (src/2026-09-layout.html, two
columns), printed by headless Chromium without header/footer, rendered at 200 dpi with
pdftoppm, then 'scanned' with PIL (1.5-2.5 degree skew, uneven grey paper, speckle, blur,
JPEG) and assembled into an image-only PDF.
Steps: python gen_scan.py layout ; chromium --print-to-pdf ; pdftoppm -r 200 ; python gen_scan.py scan DIR"""
import os, sys, glob, random, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 11pt; line-height: 1.55; color: #111; margin: 0; }
.top { text-align: center; }
.top .t { font-size: 30pt; font-weight: bold; letter-spacing: 6px; }
.top .l { display: flex; justify-content: space-between; font-size: 11pt; border-bottom: 2px solid #000; padding-bottom: 3px; }
.mulu { font-size: 10.5pt; margin: 6px 0; border: 1px dashed #555; padding: 4px 8px; }
.cols { column-count: 2; column-gap: 9mm; }
.sec { font-size: 13pt; font-weight: bold; text-align: center; margin: 8px 0 4px; break-after: avoid; }
h3 { font-size: 12pt; margin: 6px 0 3px; break-after: avoid; }
p { text-indent: 2em; margin: 0 0 4px; text-align: justify; }
p.src { text-align: right; text-indent: 0; font-size: 10.5pt; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 4px 0; }
td, th { border: none; padding: 1px 2px; text-align: right; }
td:first-child, th:first-child { text-align: left; }
th { font-weight: bold; }
"""

def layout():
    from content import ISSUES, sections
    iss = ISSUES["2026-09"]
    secs = sections(iss)
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<div class='top'><div class='t'>数字贸易简报</div>",
           "<div class='l'><span>第9期（总第53期）</span><span>大连市数字贸易协会编</span><span>2026年9月30日</span></div></div>",
           "<div class='mulu'><b>本期目录：</b>" + "　".join(
               f"{s}·{it['title']}" for s in secs for it in iss["items"] if it["sec"] == s and it["title"]) + "</div>",
           "<div class='cols'>"]
    cur = None
    for it in iss["items"]:
        if it["sec"] != cur:
            cur = it["sec"]
            out.append(f"<div class='sec'>※ {E(cur)} ※</div>")
        if it["title"]:
            out.append(f"<h3>{E(it['title'])}</h3>")
        t = it.get("table")
        for j, p in enumerate(it["paras"]):
            out.append(f"<p>{E(p)}</p>")
            if t and j == t["after"]:
                out.append("<table><tr>" + "".join(f"<th>{E(h)}</th>" for h in t["head"][0]) + "</tr>")
                for r in t["rows"]:
                    out.append("<tr>" + "".join(f"<td>{E(x)}</td>" for x in r) + "</tr>")
                out.append("</table>")
        if it["src"]:
            out.append(f"<p class='src'>（摘自：{E(it['src'])}）</p>")
    out.append("</div></body></html>")
    open(os.path.join(HERE, "2026-09-layout.html"), "w", encoding="utf-8").write("\n".join(out))
    print("wrote src/2026-09-layout.html")

def scan(png_dir):
    from PIL import Image, ImageFilter, ImageDraw
    random.seed(53)
    pages = []
    for i, f in enumerate(sorted(glob.glob(os.path.join(png_dir, "*.png")))):
        im = Image.open(f).convert("L")
        angle = random.choice([-1, 1]) * random.uniform(1.5, 2.5)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=236)
        w, h = im.size
        # uneven paper: darker towards one edge
        grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 12)
        im = Image.composite(im, grad, im.point(lambda v: 255 - v))
        im = Image.blend(im, Image.effect_noise((w, h), 22), 0.07)
        im = im.point(lambda v: int(v * 0.88 + 14))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        tmp = os.path.join(png_dir, f"s{i}.jpg")
        im.save(tmp, "JPEG", quality=42)
        pages.append(Image.open(tmp))
        print("page", i, "angle %.2f" % angle)
    out = os.path.join(HERE, "..", "2026-09-scan.pdf")
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200)
    print("wrote", out, len(pages), "pages")

if __name__ == "__main__":
    layout() if sys.argv[1] == "layout" else scan(sys.argv[2])
