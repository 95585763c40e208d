# -*- coding: utf-8 -*-
"""05: a printed issue photographed/scanned with the CamScanner (扫描全能王) phone app and exported
as PDF: each page a JPEG (slight skew, paper tone, noise, app watermark `CS 扫描全能王` bottom
right), plus the app's invisible OCR text layer (text render mode 3) laid line by line over it.
The page images are drawn here with PIL; the OCR layer carries the same lines (fpdf2)."""
import os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".pylib"))
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from fpdf import FPDF
from fontTools.ttLib import TTCollection
from common import *
BUILD = os.path.join(OUT, "src", ".build")
os.makedirs(BUILD, exist_ok=True)

random.seed(37)
iss = BY_KEY["05"]
DPI = 150
W, H = 1240, 1754
NOTO = "/usr/share/fonts/opentype/noto/"
def font(size, bold=False, serif=True):
    f = ("NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc") if serif else \
        ("NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc")
    return ImageFont.truetype(NOTO + f, size, index=2)

BODY = font(25); TITLE = font(28, True, False); SECF = font(30, True, False)
SMALL = font(20); MAST = font(66, True); ISS = font(28)
LM, RM, TOP, BOT = 125, 1240 - 125, 120, 1754 - 150
LH = 44

pages = [[]]          # per page: list of draw ops
ocr = [[]]            # per page: (x, baseline_y, text, size_px, width_px)
y = TOP

def newpage():
    global y
    pages.append([]); ocr.append([]); y = TOP

def emit(x, text, f, size, fill=(20, 20, 20), lh=LH):
    global y
    if y + lh > BOT:
        newpage()
    pages[-1].append(("text", x, y, text, f, fill))
    w = f.getlength(text)
    ocr[-1].append((x, y + size * 0.88, text, size, w))
    y += lh

def wrap(text, f, width, indent=0):
    lines, cur, first = [], "", True
    for ch in text:
        lim = width - (indent if first else 0)
        if f.getlength(cur + ch) > lim and cur:
            if ch in "，。；：、）”％%":
                cur += ch; continue
            lines.append(cur); cur = ""; first = False
        cur += ch
    if cur: lines.append(cur)
    return lines

def para(text):
    ind = BODY.getlength("　　")
    for k, ln in enumerate(wrap(text, BODY, RM - LM, ind)):
        emit(LM + (ind if k == 0 else 0), ln, BODY, 25)

def centre(text, f, size, fill=(20, 20, 20), lh=LH):
    emit((W - f.getlength(text)) / 2, text, f, size, fill, lh)

def right(text, f, size):
    emit(RM - f.getlength(text), text, f, size)

def rule(color=(190, 20, 20), th=4):
    global y
    pages[-1].append(("rule", LM, y, RM, th, color)); y += 16

def table(rows):
    global y
    widths = [520, 240, 230]
    x0 = LM + (RM - LM - sum(widths)) / 2
    rh = 46
    if y + rh * len(rows) > BOT: newpage()
    for r, row in enumerate(rows):
        x = x0
        f = font(23, r == 0, r != 0)
        for c, cell in enumerate(row):
            tw = f.getlength(cell)
            tx = x + 12 if c == 0 else x + widths[c] - 14 - tw
            pages[-1].append(("text", tx, y + 9, cell, f, (20, 20, 20)))
            ocr[-1].append((tx, y + 9 + 23 * 0.88, cell, 23, tw))
            x += widths[c]
        pages[-1].append(("box", x0, y, x0 + sum(widths), y + rh, [x0 + sum(widths[:i]) for i in range(1, len(widths))]))
        y += rh
    y += 14

# ---- masthead
y = 150
centre("数字贸易简报", MAST, 66, (200, 20, 20), 100)
centre("2025年第5期（总第37期）", ISS, 28, lh=50)
centre("大连市数字贸易协会秘书处编　　　　2025年5月31日", ISS, 28, lh=42)
rule(); y += 16
for sec, its in sections(iss):
    y += 10
    emit(LM, f"【{sec}】", SECF, 30, (160, 20, 20), 58)
    for it in its:
        if it["title"]:
            for ln in wrap(it["title"], TITLE, RM - LM):
                centre(ln, TITLE, 28, lh=50)
        for p in it["paras"]:
            if isinstance(p, dict): table(p["table"])
            else: para(p)
        if it["source"]:
            right(f"（来源：{it['source']}）", BODY, 25)
        y += 8

def render(k, ops):
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    for op in ops:
        if op[0] == "text":
            _, x, yy, t, f, fill = op
            d.text((x, yy), t, font=f, fill=int(sum(fill) / 3))
        elif op[0] == "rule":
            _, x1, yy, x2, th, c = op
            d.rectangle([x1, yy, x2, yy + th], fill=90)
        elif op[0] == "box":
            _, x1, y1, x2, y2, cols = op
            d.rectangle([x1, y1, x2, y2], outline=40, width=2)
            for cx in cols: d.line([cx, y1, cx, y2], fill=40, width=2)
    pn = f"— {k + 1} —"
    d.text(((W - SMALL.getlength(pn)) / 2, H - 110), pn, font=SMALL, fill=60)
    # phone capture: paper tone, slight perspective-free skew, noise, blur
    im = im.rotate(random.choice([-0.45, 0.38, 0.52]), resample=Image.BICUBIC, fillcolor=250)
    noise = Image.effect_noise((W, H), 18)
    im = Image.blend(im, noise, 0.08)
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    rgb = Image.merge("RGB", [im.point(lambda v: min(255, int(v * 0.97 + 6))),
                              im.point(lambda v: min(255, int(v * 0.96 + 5))),
                              im.point(lambda v: min(255, int(v * 0.92 + 4)))])
    d = ImageDraw.Draw(rgb)
    wm = font(22, True, False); wm2 = font(15, False, False)
    d.rounded_rectangle([W - 290, H - 70, W - 246, H - 34], 6, fill=(28, 178, 130))
    d.text((W - 283, H - 67), "CS", font=wm, fill=(255, 255, 255))
    d.text((W - 238, H - 72), "扫描全能王", font=wm, fill=(120, 120, 120))
    d.text((W - 238, H - 44), "3亿人都在用的扫描App", font=wm2, fill=(150, 150, 150))
    p = os.path.join(BUILD, f"scan_p{k + 1}.jpg")
    rgb.save(p, quality=60)
    return p

ttc = TTCollection("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ttc.fonts[0].save(os.path.join(BUILD, "wqy.ttf"))
pdf = FPDF(unit="pt", format=(595.28, 841.89))
pdf.set_author("CamScanner"); pdf.set_creator("CamScanner"); pdf.set_producer("intsig.com pdf producer")
pdf.set_creation_date(__import__("datetime").datetime(2025, 5, 31, 14, 22, 7))
pdf.add_font("ocr", "", os.path.join(BUILD, "wqy.ttf"))
pdf.set_auto_page_break(False)
S = 595.28 / W
for k, ops in enumerate(pages):
    img = render(k, ops)
    pdf.add_page()
    pdf.image(img, 0, 0, 595.28, 841.89)
    pdf.text_mode = "INVISIBLE"
    lines = ocr[k] + [((W - SMALL.getlength(f"— {k + 1} —")) / 2, H - 110 + 18, f"— {k + 1} —", 20, SMALL.getlength(f"— {k + 1} —")),
                      (W - 238, H - 52, "扫描全能王", 22, 110)]
    for (x, base, text, size, w) in lines:
        pdf.set_font("ocr", size=size * S)
        nat = pdf.get_string_width(text)
        if nat > 0:
            pdf.set_stretching(max(50, min(200, 100 * w * S / nat)))
        pdf.text(x * S, base * S, text)
    pdf.set_stretching(100)
path = os.path.join(OUT, FILES["05"])
pdf.output(path)
print("wrote", path, len(pages), "pages")
