# -*- coding: utf-8 -*-
"""2025 第6期 -> colour ADF scan (family 1): HTML laid out, Chromium PDF, rendered at 200 dpi, then
paper tone, a yellow highlighter stroke over a line of the data report, a pen tick and a hand note '已阅',
the dark scanner-lid edge on page 3, slight skew, JPEG; written as image-only PDF (no text layer)."""
import html, os, subprocess, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".pylib"))
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from common import *
iss = issue("06")
E = html.escape
random.seed(6)
css = """@page{size:A4;margin:0} body{margin:0;font-family:'Noto Serif CJK SC',serif;color:#111}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:18mm 20mm;page-break-after:always;position:relative}
h1{color:#c00;text-align:center;font-size:34pt;letter-spacing:6pt;margin:0 0 4mm}
.il{text-align:center;font-size:13pt} .ed{display:flex;justify-content:space-between;font-size:11pt;border-bottom:2.5pt solid #c00;padding-bottom:2mm;margin-top:3mm}
.bn{font-family:'Noto Sans CJK SC',sans-serif;font-weight:bold;font-size:15pt;color:#c00;margin:6mm 0 2mm}
.bn:before{content:'';display:inline-block;width:4mm;height:4mm;background:#c00;margin-right:2mm}
h3{font-family:'Noto Sans CJK SC',sans-serif;font-size:12.5pt;margin:3mm 0 1.5mm}
p{font-size:11.5pt;line-height:1.75;text-indent:2em;margin:0 0 1.5mm;text-align:justify}
.src{text-align:right;text-indent:0;font-size:10pt;color:#444}
table{margin:2mm auto;border-collapse:collapse;font-size:11pt} td,th{padding:1mm 6mm} th{font-weight:bold}
td.n{text-align:right}
.cols{column-count:2;column-gap:9mm}
.foot{position:absolute;bottom:10mm;left:0;right:0;text-align:center;font-size:10pt}"""
secs = dict(sections(iss))
def item_html(it, num=None):
    h = []
    if it["title"]:
        h.append("<h3>%s</h3>" % E(it["title"]))
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
pg1 = ('<div class="pg"><h1>数字贸易简报</h1><div class="il">2025年第6期（总第38期）</div>'
       '<div class="ed"><span>大连市数字贸易协会秘书处编</span><span>2025年6月30日</span></div>'
       '<div class="bn">数据月报</div>' + item_html(secs["数据月报"][0]) + '<div class="foot">1</div></div>')
pg2 = ('<div class="pg"><div class="bn">行业资讯</div><div class="cols">' + "".join(item_html(it) for it in secs["行业资讯"]) +
       '</div><div class="foot">2</div></div>')
pg3 = ('<div class="pg"><div class="bn">会员风采</div>' + item_html(secs["会员风采"][0]) + '<div class="bn">协会动态</div>' +
       "".join(item_html(it) for it in secs["协会动态"]) + '<p style="text-align:center;text-indent:0;margin-top:8mm">（本期完）</p><div class="foot">3</div></div>')
os.makedirs(BUILD, exist_ok=True)
hp = os.path.join(HERE, "2025-06-layout.html")
open(hp, "w", encoding="utf-8").write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>%s</style></head><body>%s%s%s</body></html>" % (css, pg1, pg2, pg3))
pdf = os.path.join(BUILD, "2025-06-layout.pdf")
subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, "file://" + hp], check=True, capture_output=True)
for f in os.listdir(BUILD):
    if f.startswith("scan6-"): os.remove(os.path.join(BUILD, f))
subprocess.run(["nice", "-n", "10", "pdftoppm", "-r", "200", "-png", pdf, os.path.join(BUILD, "scan6")], check=True)
pages = sorted(f for f in os.listdir(BUILD) if f.startswith("scan6-") and f.endswith(".png"))
assert len(pages) == 3, pages
hand = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 60)
out_imgs = []
for i, f in enumerate(pages):
    im = Image.open(os.path.join(BUILD, f)).convert("RGB")
    W, H = im.size
    # paper tone
    tone = Image.new("RGB", im.size, (246, 243, 232))
    im = Image.composite(im, tone, im.convert("L").point(lambda v: 255 - v))
    d = ImageDraw.Draw(im, "RGBA")
    if i == 0:
        # yellow highlighter across the first line of the data report body
        y = int(H * 0.278)
        d.polygon([(300, y), (W - 260, y - 8), (W - 255, y + 44), (305, y + 52)], fill=(255, 235, 40, 90))
        d.text((W - 360, 150), "已阅", font=hand, fill=(20, 40, 160, 220))
    if i == 1:
        d.line([(55, 330), (80, 360), (120, 295)], fill=(20, 40, 160, 230), width=6)
    if i == 2:
        d.rectangle([0, H - 70, W, H], fill=(40, 40, 40, 255))
        d.rectangle([W - 50, 0, W, H], fill=(55, 55, 55, 255))
    im = im.rotate(random.choice([-0.45, 0.3, -0.25]), resample=Image.BICUBIC, fillcolor=(246, 243, 232))
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    px = im.load()
    for _ in range(2500):
        x, y = random.randrange(W), random.randrange(H)
        g = random.randint(90, 200); px[x, y] = (g, g, g)
    jp = os.path.join(BUILD, "scan6_p%d.jpg" % (i + 1))
    im.save(jp, quality=68)
    out_imgs.append(Image.open(jp))
out_imgs[0].save(out("06"), save_all=True, append_images=out_imgs[1:], resolution=200.0,
                 title="Scan", author="fi-7160", creator="PaperStream Capture 4.5", producer="PaperStream Capture PDF 4.5")
for f in pages: os.remove(os.path.join(BUILD, f))
