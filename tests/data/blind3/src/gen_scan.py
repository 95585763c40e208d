# -*- coding: utf-8 -*-
"""2025-09-photo.pdf: a phone photo of a printed issue: pages drawn at ~180 dpi, then a
slight trapezoid (perspective) distortion, ~1 degree rotation, an uneven lighting gradient,
sensor noise, JPEG; the PDF holds only the images (no text layer). One column, data in prose."""
import os, sys, random, io
sys.path.insert(0, os.path.dirname(__file__))
from content import I09
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
from fpdf import FPDF

random.seed(9)
DPI = 180
W, H = int(8.27 * DPI), int(11.69 * DPI)
REG = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
if not os.path.exists(REG):
    REG = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
def F(path, pt): return ImageFont.truetype(path, int(pt * DPI / 72), index=2)
body, head, title, small = F(REG, 10.5), F(BLD, 12), F(BLD, 26), F(REG, 9)
ML, MR = int(0.9 * DPI), int(0.9 * DPI)

pages, img, d, y = [], None, None, 0
def new_page():
    global img, d, y
    img = Image.new("L", (W, H), 250); d = ImageDraw.Draw(img); y = int(0.8 * DPI)
    pages.append(img)
def need(h):
    if y + h > H - int(0.9 * DPI): new_page()
def line(text, font, x=None, center=False, gap=1.55):
    global y
    size = font.size
    need(int(size * gap))
    if center: x = (W - d.textlength(text, font=font)) / 2
    d.text((x if x is not None else ML, y), text, font=font, fill=20)
    y += int(size * gap)
def wrap(text, font, indent=True):
    maxw = W - ML - MR; cur = "　　" if indent else ""; out = []
    for ch in text:
        if d.textlength(cur + ch, font=font) > maxw:
            if ch in "，。；、：）”％" : cur += ch; out.append(cur); cur = ""; continue
            out.append(cur); cur = ch
        else: cur += ch
    if cur: out.append(cur)
    return out

new_page()
line("数字贸易简报", title, center=True, gap=1.4)
line("2025年第9期　　总第41期", head, center=True)
line("大连市数字贸易协会　　　　　　　　　　2025年9月30日", body, center=True)
d.line((ML, y, W - MR, y), fill=30, width=4); y += 30
prev = None
for it in I09["items"]:
    if it["section"] != prev:
        y += 14; line("【%s】" % it["section"], head); prev = it["section"]
    if it["title"]:
        line(it["title"], head, center=it["section"] == "数据月报")
    for k, p in enumerate(it["paras"]):
        txt = p
        if k == len(it["paras"]) - 1 and it["source"]:
            txt += "（来源：%s）" % it["source"]
        for l in wrap(txt, body): line(l, body, gap=1.75)
    y += 10

def photo(im, k):
    w, h = im.size
    # perspective: top edge narrower than bottom (phone tilted), plus ~1 degree rotation
    pad = 60
    canvas = Image.new("L", (w + 2 * pad, h + 2 * pad), 95)
    canvas.paste(im, (pad, pad))
    im = canvas.rotate(0.9 if k == 0 else -1.1, resample=Image.BICUBIC, fillcolor=95)
    W2, H2 = im.size; s = 0.035 * W2
    # quad: source corners (UL, LL, LR, UR) mapped to output rectangle
    quad = (-s, 0, 0, H2, W2, H2, W2 + s, 0)
    im = im.transform((W2, H2), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=95)
    a = np.asarray(im).astype(np.float32)
    yy, xx = np.mgrid[0:H2, 0:W2]
    light = 0.78 + 0.26 * (xx / W2) * 0.6 + 0.26 * (1 - yy / H2) * 0.5
    light -= 0.10 * np.exp(-(((xx - 0.2 * W2) ** 2) / (0.3 * W2) ** 2 + ((yy - 0.85 * H2) ** 2) / (0.3 * H2) ** 2))
    a = a * light + np.random.default_rng(k).normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    return im.convert("RGB")

pdf = FPDF(unit="pt")
for k, pg in enumerate(pages):
    ph = photo(pg, k)
    buf = io.BytesIO(); ph.save(buf, "JPEG", quality=62); buf.seek(0)
    wpt, hpt = ph.size[0] * 72 / DPI, ph.size[1] * 72 / DPI
    pdf.add_page(format=(wpt, hpt)); pdf.image(buf, 0, 0, wpt, hpt)
    if k == 0: ph.resize((ph.size[0] // 2, ph.size[1] // 2)).save("/tmp/scan09-p1.png")
out = os.path.join(os.path.dirname(__file__), "..", I09["file"])
pdf.output(out)
print(len(pages), "pages")
