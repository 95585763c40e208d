# -*- coding: utf-8 -*-
"""F: a stapled A5 booklet laid open on a copier's glass and scanned SPREAD BY SPREAD in
"book" mode (file name `BookScan_MMDD_0001.pdf`, Creator `SHARP MX-3071 Book Scan`): the
issue is laid out as A5 pages (.build/F.html -> Chromium -> .build/F_print.pdf, page numbers
`— N —` from @page margin boxes), rasterised with pdftoppm (greyscale, 150 dpi); each PDF page
is ONE landscape image holding two A5 pages side by side (p1|p2, p3|p4) with a dark gutter
shadow and bowed lines near the spine, a darker outer edge, a slight rotation, noise and
blur.  No text layer, no fonts."""
import os, subprocess, sys, glob
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".pylib"))
from PIL import Image, ImageFilter
import numpy as np
from common import ISSUES, ROOT, BUILD, sections, E

CSS = """
@page { size: A5; margin: 13mm 12mm 15mm 12mm;
  @bottom-center { content: "— " counter(page) " —"; font-size: 9pt; } }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 10pt; color:#000; }
.t { text-align:center; font-size: 24pt; font-weight:bold; letter-spacing: 4px; }
.il { text-align:center; font-size: 10.5pt; }
.rule { border-top: 2.5px solid #000; border-bottom: 1px solid #000; height: 2px; margin: 6px 0 8px 0; }
h2 { font-size: 12pt; margin: 10px 0 5px 0; text-align:center; }
h2:before { content: "〔"; } h2:after { content: "〕"; }
h3 { font-size: 10.5pt; margin: 7px 0 3px 0; }
p { text-indent: 2em; margin: 0 0 4px 0; line-height: 1.55; text-align: justify; }
p.src { text-align:right; text-indent:0; font-size: 9pt; }
p.toc { text-indent:0; font-size: 9pt; margin:0; }
table { border-collapse: collapse; margin: 5px auto; font-size: 9.5pt; }
td, th { border: 1px solid #000; padding: 2px 6px; }
td.n { text-align:right; }
"""


def tbl(head, rows):
    return ("<table><tr>" + "".join(f"<th>{E(c)}</th>" for c in head) + "</tr>"
            + "".join("<tr>" + "".join(f'<td{" class=n" if i else ""}>{E(c)}</td>' for i, c in enumerate(r)) + "</tr>" for r in rows)
            + "</table>")


def layout():
    iss = ISSUES["F"]
    secs = sections(iss)
    toc = "".join(f'<p class="toc">◇ {E(it["title"])}</p>' for it in iss["items"] if it["title"])
    body = []
    k = 0
    for s, its in secs:
        body.append(f"<h2>{E(s)}</h2>")
        for it in its:
            if it["title"]:
                k += 1
                body.append(f"<h3>{k}．{E(it['title'])}</h3>")
            for b in it["body"]:
                body.append(tbl(b[1], b[2]) if isinstance(b, tuple) else f"<p>{E(b)}</p>")
            if it["source"]:
                body.append(f'<p class="src">（摘自{E(it["source"])}）</p>')
    html = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<div class="t">数字贸易简报</div>
<div class="il">{iss["issue_line"]}　　{iss["total_line"]}</div>
<div class="il" style="font-size:9pt">大连市数字贸易协会秘书处　　　　{iss["date_line"]}</div>
<div class="rule"></div>
<p class="toc"><b>本期内容</b></p>{toc}
{"".join(body)}
<p style="text-indent:0;margin-top:14px;border-top:1px solid #000;font-size:8.5pt">发：各会员单位　　　　　　（共印60份）</p>
</body></html>'''
    src = os.path.join(BUILD, "F.html")
    open(src, "w", encoding="utf-8").write(html)
    out = os.path.join(BUILD, "F_print.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return out


def spread(left, right, seed):
    rng = np.random.default_rng(seed)
    h = max(left.height, right.height)
    W = left.width + right.width
    canvas = Image.new("L", (W, h), 255)
    canvas.paste(left, (0, 0)); canvas.paste(right, (left.width, 0))
    a = np.asarray(canvas).astype(np.float32)
    # bowed lines near the spine: shift columns vertically by a curve
    xs = np.arange(W)
    mid = left.width
    d = np.abs(xs - mid) / mid
    shift = (np.clip(0.18 - d, 0, None) / 0.18) ** 2 * 10
    out = np.empty_like(a)
    for x in range(W):
        s = int(shift[x])
        out[:, x] = np.roll(a[:, x], s) if s else a[:, x]
        if s:
            out[:s, x] = 255
    a = out
    # gutter shadow + outer edges
    g = np.exp(-((xs - mid) / 40.0) ** 2) * 150 + np.exp(-((xs - mid) / 140.0) ** 2) * 45
    edge = np.exp(-(xs / 25.0)) * 90 + np.exp(-((W - xs) / 25.0)) * 90
    a = a - g[None, :] - edge[None, :]
    # uneven illumination top->bottom, paper grey
    ys = np.arange(h)[:, None]
    a = a * (0.93 + 0.05 * np.cos(ys / h * np.pi)) - 6
    a += rng.normal(0, 7, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=70, expand=False)
    return img


def main():
    iss = ISSUES["F"]
    pdf = layout()
    for f in glob.glob(os.path.join(BUILD, "Fpg-*.png")):
        os.remove(f)
    subprocess.run(["pdftoppm", "-gray", "-r", "150", "-png", pdf, os.path.join(BUILD, "Fpg")], check=True)
    pages = [Image.open(p).convert("L") for p in sorted(glob.glob(os.path.join(BUILD, "Fpg-*.png")))]
    assert len(pages) <= 4, len(pages)
    while len(pages) % 2:
        pages.append(Image.new("L", pages[0].size, 255))
    spreads = [spread(pages[i], pages[i + 1], i) for i in range(0, len(pages), 2)]
    for i, s in enumerate(spreads):
        s.save(os.path.join(BUILD, f"prevF-{i + 1}.png"))
    spreads[0].save(os.path.join(ROOT, iss["file"]), "PDF", resolution=150.0, save_all=True,
                    append_images=spreads[1:], title="BookScan_0430_0001", creator="SHARP MX-3071 Book Scan",
                    producer="SHARP MX-3071", quality=80)


if __name__ == "__main__":
    main()
