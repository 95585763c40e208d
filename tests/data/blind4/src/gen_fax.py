# -*- coding: utf-8 -*-
"""2025-12-fax.pdf: the issue as received by fax. Layout HTML (src/2025-12-layout.html, one column,
serif) -> Chromium PDF -> pdftoppm 200 dpi grey -> 1-bit threshold with fax artefacts (ragged
horizontal streaks, speckle, a dropped scan line, slight vertical squash as in 'standard' fax
mode), a fax transmission header line on top of every page -> image-only PDF (no text layer)."""
import os, sys, html, subprocess, random, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".pylib"))
from content import I12 as I, plain
from PIL import Image, ImageDraw, ImageFont, ImageFilter
E = html.escape
LAY = os.path.join(HERE, "2025-12-layout.html")
LPDF = os.path.join(HERE, "2025-12-layout.pdf")
OUT = os.path.join(HERE, "..", I["file"])
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

css = """
@page { size: A4; margin: 22mm 20mm 18mm 20mm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 11.5pt; line-height: 1.7; color: #000; }
.t { text-align: center; font-size: 28pt; font-weight: bold; letter-spacing: 8pt; margin: 0; }
.i { text-align: center; font-size: 11pt; margin: 2mm 0 0 0; }
.rule { border-top: 2.5px solid #000; border-bottom: 1px solid #000; height: 2px; margin: 3mm 0 4mm 0; }
.sec { font-family: 'Noto Sans CJK SC'; font-weight: bold; font-size: 13pt; margin: 5mm 0 2mm 0; }
.ttl { font-family: 'Noto Sans CJK SC'; font-weight: bold; font-size: 12pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 1.5mm 0; text-indent: 2em; text-align: justify; }
.src { text-align: right; text-indent: 0; }
table { border-collapse: collapse; margin: 2mm auto 3mm auto; font-size: 10.5pt; }
td, th { border: 1px solid #000; padding: 1mm 3mm; }
td.n { text-align: right; }
.cap { text-align: center; text-indent: 0; font-weight: bold; margin-top: 2mm; }
"""
o = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>%s</style></head><body>' % css]
o.append('<p class="t">数字贸易简报</p>')
o.append('<p class="i">2025年第12期（总第44期）　　大连市数字贸易协会编　　2025年12月31日</p><div class="rule"></div>')
sec = None
for it in I["items"]:
    if it["section"] != sec:
        sec = it["section"]
        o.append('<div class="sec">【%s】</div>' % E(sec))
    if it["title"]:
        o.append('<div class="ttl">%s</div>' % E(it["title"]))
    for k, p in enumerate(it["paras"]):
        o.append('<p>%s</p>' % E(plain(p)))
        t = it.get("table")
        if t and t["after"] == k:
            o.append('<p class="cap">%s</p><table>' % E(t["caption"]))
            o.append('<tr>' + "".join('<th>%s</th>' % E(c) for c in t["head"]) + '</tr>')
            for r in t["rows"]:
                o.append('<tr>' + "".join('<td%s>%s</td>' % (' class="n"' if i else "", E(c)) for i, c in enumerate(r)) + '</tr>')
            o.append('</table>')
    if it["source"]:
        o.append('<p class="src">（来源：%s）</p>' % E(it["source"]))
o.append('<p class="src" style="margin-top:6mm">— 本期完 —</p></body></html>')
open(LAY, "w", encoding="utf-8").write("\n".join(o))
subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + LPDF, "file://" + LAY], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tmp = os.path.join(HERE, "_fax")
os.makedirs(tmp, exist_ok=True)
for f in glob.glob(os.path.join(tmp, "*")):
    os.remove(f)
subprocess.run(["nice", "-n", "10", "pdftoppm", "-r", "200", "-gray", LPDF, os.path.join(tmp, "p")], check=True)
pages = sorted(glob.glob(os.path.join(tmp, "p-*.pgm")))
rnd = random.Random(44)
font = ImageFont.truetype(FONT, 26)
out = []
for n, f in enumerate(pages, 1):
    im = Image.open(f).convert("L")
    W, H = im.size
    im = im.resize((W, int(H * 0.985)))            # fax 'standard' vertical squash
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    px = im.load()
    W, H = im.size
    # fax header line
    hdr = Image.new("L", (W, 60), 255)
    d = ImageDraw.Draw(hdr)
    d.text((40, 16), "DEC-31-2025 09:%02d    FROM: 大连市数字贸易协会秘书处  0411 8xxx xxxx    TO: 会员单位    P.%d/%d" % (40 + n, n, len(pages)),
           font=font, fill=0)
    page = Image.new("L", (W, H + 60), 255)
    page.paste(hdr, (0, 0))
    page.paste(im, (0, 60))
    # threshold with a little noise, like a cheap fax modem
    page = page.point(lambda v: 255 if v + rnd.randint(-25, 25) > 150 else 0)
    d = ImageDraw.Draw(page)
    for _ in range(900):                          # speckle
        x, y = rnd.randrange(W), rnd.randrange(H + 60)
        d.point((x, y), fill=0)
    for _ in range(3):                            # thin horizontal streaks
        y = rnd.randrange(200, H)
        x0 = rnd.randrange(0, W // 2)
        d.line((x0, y, x0 + rnd.randrange(200, W // 2), y), fill=0, width=1)
    y = rnd.randrange(400, H - 400)               # one dropped (white) scan line
    d.line((0, y, W, y), fill=255, width=2)
    out.append(page.convert("1"))
out[0].save(OUT, "PDF", resolution=200.0, save_all=True, append_images=out[1:])
out[0].save(os.path.join(tmp, "check-1.png"))
print("wrote", OUT, len(out), "pages")
