# -*- coding: utf-8 -*-
"""E: a FAXED issue saved as PDF by the receiving fax server: 3 pages laid out in HTML,
printed by Chromium, rasterised at 200 dpi (fax 'fine' mode), converted to 1-bit with a
threshold after blur+noise, slightly skewed, with the fax machine's own header line on
top of every page (date/time, sender, 'P.00N/003'), speckles, a vertical drum streak and
lost scan lines; pages stored as CCITT-like bilevel images (PNG-in-PDF via Pillow), no
text layer.  Page 2 is in two columns (行业资讯); page 1 has a ruled data table."""
import html, os, random, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".pylib"))
from content import ISSUES
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), "..")
BUILD = os.path.join(ROOT, ".build")
E = html.escape
CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Noto Serif CJK SC','Noto Sans CJK SC','WenQuanYi Zen Hei',serif; color:#000; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 22mm 20mm 18mm 20mm; page-break-after: always; overflow: hidden; }
h1 { text-align:center; font-size: 30pt; margin: 0 0 2mm 0; letter-spacing: 4pt; }
.meta { text-align:center; font-size: 12pt; margin-bottom: 2mm; }
.rule { border-top: 2.5pt solid #000; border-bottom: 0.8pt solid #000; height: 1.5pt; margin: 2mm 0 4mm 0; }
.toc { font-size: 11pt; margin: 0 0 4mm 0; }
.banner { font-size: 15pt; font-weight: bold; margin: 5mm 0 2mm 0; padding: 1mm 0; border-top: 1pt solid #000; border-bottom: 1pt solid #000; text-align:center; letter-spacing: 6pt;}
.t { font-size: 13pt; font-weight: bold; margin: 3mm 0 1.5mm 0; }
p { font-size: 12pt; line-height: 1.65; margin: 0 0 1.5mm 0; text-indent: 2em; text-align: justify; }
.src { text-align: right; text-indent: 0; font-size: 11pt; }
table { border-collapse: collapse; margin: 2mm auto 3mm auto; font-size: 11pt; }
td, th { border: 0.8pt solid #000; padding: 1.2mm 3mm; text-align: center; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.6pt solid #000; }
.foot { font-size: 10pt; margin-top: 6mm; border-top: 0.8pt solid #000; padding-top: 2mm; }
"""


def item_html(it, n):
    out = []
    if it["title"]:
        out.append(f'<div class="t">{n}. {E(it["title"])}</div>')
    for b in it["body"]:
        if isinstance(b, tuple):
            head, rows = b[1], b[2]
            out.append('<table><tr>' + ''.join(f'<th>{E(h)}</th>' for h in head) + '</tr>' +
                       ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
        else:
            out.append(f'<p>{E(b)}</p>')
    if it["source"]:
        out.append(f'<p class="src">（{E(it["source"])}）</p>')
    return "".join(out)


def build_html(iss):
    its = iss["items"]
    by = lambda s: [it for it in its if it["section"] == s]
    p1 = [f'<h1>数字贸易简报</h1><div class="meta">{E(iss["issue_line"])}　（{E(iss["total_line"])}）</div>',
          f'<div class="meta" style="font-size:11pt">大连市数字贸易协会秘书处　　　　　　　　　　{E(iss["date_line"])}</div>',
          '<div class="rule"></div>',
          '<div class="toc"><b>本期目录</b>　数据月报：2025年通信业统计公报　／　行业资讯：让5G赋能效应加快释放；'
          '2025年我国离岸服务外包执行额11688.8亿元　／　会员风采：大连北辰软件服务有限公司　／　协会动态</div>',
          '<div class="banner">【数据月报】</div>', item_html(by("数据月报")[0], 1)]
    p2 = ['<div class="banner">【行业资讯】</div><div class="cols">']
    n = 2
    for it in by("行业资讯"):
        p2.append(item_html(it, n)); n += 1
    p2.append('</div>')
    p3 = ['<div class="banner">【会员风采】</div>', item_html(by("会员风采")[0], n),
          '<div class="banner">【协会动态】</div>'] + [item_html(it, 0) for it in by("协会动态")]
    p3.append('<div class="foot">报：市商务局　　送：各理事单位　　　　　　　　　　　　　　　　（本期共印50份）</div>')
    pages = "".join(f'<div class="page">{"".join(p)}</div>' for p in (p1, p2, p3))
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CSS}</style></head><body>{pages}</body></html>'


def fax(img, page, total, rnd):
    g = img.convert("L")
    w, h = g.size
    # fax header band
    band = Image.new("L", (w, 40), 255)
    d = ImageDraw.Draw(band)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 24)
    except Exception:
        font = ImageFont.load_default()
    d.text((30, 8), f"2026-02-28 09:{31 + page:02d}    FROM: 0411-8475XXXX 大连市数字贸易协会    TO: 本会会员单位", fill=0, font=font)
    d.text((w - 190, 8), f"P.{page:03d}/{total:03d}", fill=0, font=font)
    g.paste(band, (0, 0))
    g = g.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=255, expand=False)
    g = g.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(g).astype(np.float32)
    a += np.random.default_rng(page).normal(0, 18, a.shape)
    a = np.where(a > 150, 255, 0).astype(np.uint8)
    rng = np.random.default_rng(100 + page)
    # speckles
    ys, xs = rng.integers(0, h, 900), rng.integers(0, w, 900)
    a[ys, xs] = 0
    # vertical drum streak
    x0 = int(w * rnd.uniform(0.62, 0.8))
    a[:, x0:x0 + 2] = np.where(rng.random((h, 2)) < 0.55, 0, a[:, x0:x0 + 2])
    # a few lost scan lines (white) and one doubled line
    for _ in range(3):
        y = int(rng.integers(200, h - 200))
        a[y:y + 2, :] = 255
    return Image.fromarray(a).convert("1")


def main():
    iss = ISSUES["E"]
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, "E.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(build_html(iss))
    pdf = os.path.join(BUILD, "E_print.pdf")
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + os.path.abspath(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    for f in os.listdir(BUILD):
        if f.startswith("E_pg"):
            os.remove(os.path.join(BUILD, f))
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", pdf, os.path.join(BUILD, "E_pg")], check=True)
    pngs = sorted(f for f in os.listdir(BUILD) if f.startswith("E_pg"))
    rnd = random.Random(46)
    pages = [fax(Image.open(os.path.join(BUILD, p)), i + 1, len(pngs), rnd) for i, p in enumerate(pngs)]
    for i, p in enumerate(pages):
        p.convert("L").resize((p.width // 2, p.height // 2)).save(os.path.join(BUILD, f"prevE-{i + 1}.png"))
    out = os.path.join(ROOT, iss["file"])
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200,
                  title="FAX 20260228 0931", author="FaxServer", creator="RightFax 16.6 Fax Server", producer="RightFax PDF Module")


if __name__ == "__main__":
    main()
