# -*- coding: utf-8 -*-
"""2025 第9期 -> greyscale FLATBED scan of a stapled, double-sided printout (family 1): HTML laid out, Chromium PDF,
rendered at 200 dpi, turned to greyscale; each page gets the SHOW-THROUGH of the text printed on its back (the mirrored
next/previous page at low contrast, as thin 70 g paper shows it), page 1 a staple in the top-left corner with its
shadow, a soft lid shadow along the left edge, slight skew, noise, JPEG; written as an image-only PDF 'made by'
EPSON Scan 2 (no text layer, no fonts). Page 1: masthead + 数据月报 with a BORDERLESS table; page 2: 行业资讯 in two
columns; page 3: 会员风采 + 协会动态."""
import html, os, subprocess, random, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".pylib"))
from PIL import Image, ImageDraw, ImageFilter, ImageOps, ImageChops
from common import *
iss = issue("F")
E = html.escape
random.seed(9)
css = """@page{size:A4;margin:0} body{margin:0;font-family:'Noto Serif CJK SC',serif;color:#111}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:20mm 21mm;page-break-after:always;position:relative}
h1{text-align:center;font-size:32pt;letter-spacing:4pt;margin:0 0 3mm;font-family:'Noto Sans CJK SC',sans-serif}
.il{text-align:center;font-size:13pt} .ed{display:flex;justify-content:space-between;font-size:11pt;border-bottom:1.5pt solid #000;padding-bottom:2mm;margin-top:3mm}
.bn{font-family:'Noto Sans CJK SC',sans-serif;font-weight:bold;font-size:15pt;margin:6mm 0 2mm}
h3{font-family:'Noto Sans CJK SC',sans-serif;font-size:12.5pt;margin:3mm 0 1.5mm}
p{font-size:11.5pt;line-height:1.75;text-indent:2em;margin:0 0 1.5mm;text-align:justify}
.src{text-align:right;text-indent:0;font-size:10pt}
table{margin:2mm auto 3mm;border-collapse:collapse;font-size:11pt} td,th{padding:0.8mm 7mm} th{font-weight:bold}
td.n{text-align:right}
.cols{column-count:2;column-gap:8mm}
.foot{position:absolute;bottom:11mm;left:0;right:0;text-align:center;font-size:10pt}"""
secs = dict(sections(iss))
def item_html(it, num=None):
    h = []
    if it["title"]:
        h.append("<h3>%s%s</h3>" % ("%d. " % num if num else "", E(it["title"])))
    for p in it["paras"]:
        if isinstance(p, dict):
            rows = p["table"]
            t = "<table><tr>" + "".join("<th>%s</th>" % E(c) for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                t += "<tr><td>%s</td>" % E(r[0]) + "".join('<td class="n">%s</td>' % E(c) for c in r[1:]) + "</tr>"
            h.append(t + "</table>")
        else:
            h.append("<p>%s</p>" % E(p))
    if it["source"]:
        h.append('<p class="src">（来源：%s）</p>' % E(it["source"]))
    return "".join(h)
pg1 = ('<div class="pg"><h1>数字贸易简报</h1><div class="il">2025年第9期（总第41期）</div>'
       '<div class="ed"><span>大连市数字贸易协会秘书处编</span><span>2025年9月30日</span></div>'
       '<div class="bn">【数据月报】</div>' + item_html(secs["数据月报"][0]) + '<div class="foot">1</div></div>')
pg2 = ('<div class="pg"><div class="bn">【行业资讯】</div><div class="cols">' + "".join(item_html(it, k + 1) for k, it in enumerate(secs["行业资讯"])) +
       '</div><div class="foot">2</div></div>')
pg3 = ('<div class="pg"><div class="bn">【会员风采】</div>' + item_html(secs["会员风采"][0]) + '<div class="bn">【协会动态】</div>' +
       "".join(item_html(it) for it in secs["协会动态"]) + '<p style="text-align:center;text-indent:0;margin-top:8mm">（本期完）</p><div class="foot">3</div></div>')
os.makedirs(BUILD, exist_ok=True)
hp = os.path.join(HERE, "2025-09-layout.html")
open(hp, "w", encoding="utf-8").write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>%s</style></head><body>%s%s%s</body></html>" % (css, pg1, pg2, pg3))
pdf = os.path.join(BUILD, "2025-09-layout.pdf")
subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, "file://" + hp], check=True, capture_output=True)
for f in os.listdir(BUILD):
    if f.startswith("scan9-"): os.remove(os.path.join(BUILD, f))
subprocess.run(["nice", "-n", "10", "pdftoppm", "-r", "200", "-gray", "-png", pdf, os.path.join(BUILD, "scan9")], check=True)
pages = sorted(f for f in os.listdir(BUILD) if f.startswith("scan9-") and f.endswith(".png"))
assert len(pages) == 3, pages
src = [Image.open(os.path.join(BUILD, f)).convert("L") for f in pages]
# double-sided: sheet 1 = p1 front / p2 back, sheet 2 = p3 front / blank back
backs = {0: 1, 1: 0}
out_imgs = []
for i, im in enumerate(src):
    W, H = im.size
    paper = Image.new("L", im.size, 236)
    base = Image.composite(im, paper, ImageOps.invert(im))   # text on greyish paper
    if i in backs:
        ghost = ImageOps.mirror(src[backs[i]]).filter(ImageFilter.GaussianBlur(3.0))
        # show-through: darken where the back has ink, ~4.5 % contrast
        ghost = ghost.point(lambda v: 255 - int((255 - v) * 0.045))
        base = ImageChops.multiply(base, ghost)
    d = ImageDraw.Draw(base)
    # lid shadow along the left edge
    for x in range(0, 46):
        v = int(120 + 116 * (x / 45.0) ** 0.7)
        d.line([(x, 0), (x, H)], fill=min(v, 236))
    if i == 0:
        # staple, top-left, at 45 degrees with a soft shadow
        for off, col, wd in ((5, 170, 9), (0, 60, 6)):
            d.line([(150 + off, 205 + off), (235 + off, 120 + off)], fill=col, width=wd)
        d.line([(145, 200), (150, 212)], fill=40, width=5); d.line([(230, 115), (242, 122)], fill=40, width=5)
    base = base.rotate(random.choice([0.35, -0.3, 0.22]), resample=Image.BICUBIC, fillcolor=236)
    base = base.filter(ImageFilter.GaussianBlur(0.6))
    px = base.load()
    for _ in range(3000):
        x, y = random.randrange(W), random.randrange(H)
        px[x, y] = random.randint(70, 190)
    jp = os.path.join(BUILD, "scan9_p%d.jpg" % (i + 1))
    base.save(jp, quality=72)
    out_imgs.append(Image.open(jp))
out_imgs[0].save(out("F"), save_all=True, append_images=out_imgs[1:], resolution=200.0,
                 title="image2025-09-30-093512", author="", creator="EPSON Scan 2", producer="EPSON Scan 2",
                 creationDate=time.strptime('2025-09-30 09:35:12', '%Y-%m-%d %H:%M:%S'), modDate=time.strptime('2025-09-30 09:35:12', '%Y-%m-%d %H:%M:%S'))
for f in pages: os.remove(os.path.join(BUILD, f))
