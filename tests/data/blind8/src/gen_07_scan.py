# -*- coding: utf-8 -*-
"""2025年第7期 as an office copier scan: 3 greyscale page images (200 dpi) in a PDF with NO text layer,
drawn with Pillow from the text; the copier prints its own imprint line (date/time, sender, job no.,
page) at the top edge; punch-hole shadows and a fold crease; page 2 set in two columns; the data
table on page 1 has no ruling lines."""
from common import *
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import random

iss = BY_KEY["07"]
random.seed(7)
DPI = 200; PW, PH = 1654, 2339; ML, MR, MT = 165, 150, 190
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIFB = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
def font(path, size): return ImageFont.truetype(path, size, index=2)  # SC face in the collection
import os
if not os.path.exists(SANS): SANS = SERIF
F_BODY = font(SERIF, 29); F_TITLE = font(SERIFB, 33); F_BAN = font(SERIFB, 36); F_MAST = font(SERIFB, 92)
F_SMALL = font(SERIF, 25); F_IMPRINT = font(SANS, 22)
NOSTART = "，。；：、）》”！？%"

def wrap(text, f, width, indent=0):
    lines, cur, first = [], "", True
    for ch in text:
        w = f.getlength(("　　" if first and indent else "") + cur + ch)
        if w > width and ch not in NOSTART:
            lines.append((("　　" if first and indent else "") + cur)); cur = ch; first = False
        else:
            cur += ch
    lines.append((("　　" if first and indent else "") + cur))
    return lines

class Page:
    def __init__(self, no):
        self.im = Image.new("RGB", (PW, PH), (255, 255, 255)); self.d = ImageDraw.Draw(self.im); self.no = no
    def text(self, x, y, s, f, fill=(20, 20, 20)):
        self.d.text((x, y), s, font=f, fill=fill)

pages = [Page(1), Page(2), Page(3)]
LH = 47
def block(pg, x, y, width, it, title_font=F_TITLE, center_title=False):
    if it["title"]:
        for ln in wrap(it["title"], title_font, width):
            tx = x + (width - title_font.getlength(ln)) / 2 if center_title else x
            pg.text(tx, y, ln, title_font); y += 54
        y += 6
    for para in it["paras"]:
        if isinstance(para, dict):
            rows = para["table"]; colx = [x + 10, x + int(width * 0.52), x + int(width * 0.72), x + int(width * 0.87)]
            y += 10
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    f = F_TITLE if i == 0 else F_BODY
                    f = font(SERIFB, 27) if i == 0 else font(SERIF, 28)
                    pg.text(colx[j], y, c, f)
                y += 50 if i else 58
            y += 10
        else:
            for ln in wrap(para, F_BODY, width, indent=True):
                pg.text(x, y, ln, F_BODY); y += LH
    if it["source"]:
        s = "（来源：" + it["source"] + "）"
        pg.text(x + width - F_SMALL.getlength(s), y + 4, s, F_SMALL, (60, 60, 60)); y += LH + 4
    return y + 22

def banner(pg, x, y, name, width):
    s = "【" + name + "】"
    pg.text(x, y, s, F_BAN); pg.d.line((x, y + 52, x + width, y + 52), fill=(40, 40, 40), width=2)
    return y + 72

W1 = PW - ML - MR
secs = dict(items_by_section(iss))
# ---- page 1: masthead + data report (one column)
p = pages[0]; y = MT + 30
t = "数字贸易简报"; p.text((PW - F_MAST.getlength(t)) / 2, y, t, F_MAST, (190, 30, 30)); y += 135
t = "2025年第7期（总第39期）"; p.text((PW - F_TITLE.getlength(t)) / 2, y, t, F_TITLE); y += 62
p.text(ML, y, "大连市数字贸易协会秘书处　编", F_BODY); t = "2025年7月31日"; p.text(PW - MR - F_BODY.getlength(t), y, t, F_BODY); y += 52
p.d.line((ML, y, PW - MR, y), fill=(190, 30, 30), width=6); p.d.line((ML, y + 10, PW - MR, y + 10), fill=(190, 30, 30), width=2); y += 40
p.text(ML, y, "本期要目：上半年外贸进出口规模创同期新高　跨境电商进出口约1.32万亿元　2025世界人工智能大会在上海开幕", F_SMALL, (70, 70, 70)); y += 60
y = banner(p, ML, y, "数据月报", W1)
y = block(p, ML, y, W1, secs["数据月报"][0], center_title=True)
# ---- page 2: two columns
p = pages[1]; GAP = 60; CW = (W1 - GAP) // 2
cols = [(ML, MT), (ML + CW + GAP, MT)]; ci = 0; x, y = cols[0]
p.d.line((ML + CW + GAP // 2, MT, ML + CW + GAP // 2, PH - 260), fill=(150, 150, 150), width=1)
def need(it):
    n = 0
    for para in it["paras"]:
        n += len(wrap(para, F_BODY, CW, True)) if isinstance(para, str) else 0
    return 54 * 2 + n * LH + 120
for secname in ("行业资讯", "专题关注"):
    if secname == "专题关注": ci = 1; x, y = cols[1]
    y = banner(p, x, y, secname, CW)
    for it in secs[secname]:
        if y + need(it) > PH - 280 and ci == 0:
            ci = 1; x, y = cols[1]
        y = block(p, x, y, CW, it)
# ---- page 3
p = pages[2]; y = MT
for secname in ("会员风采", "协会动态"):
    y = banner(p, ML, y, secname, W1)
    for it in secs[secname]:
        y = block(p, ML, y, W1, it, center_title=True)
t = "（本期完）"; p.text((PW - F_BODY.getlength(t)) / 2, y + 10, t, F_BODY)

out = []
for pg in pages:
    t = f"— {pg.no} —"; pg.text((PW - F_SMALL.getlength(t)) / 2, PH - 170, t, F_SMALL)
    im = pg.im.convert("L")
    # copier imprint at the very top edge
    d = ImageDraw.Draw(im)
    d.text((60, 28), f"2025/07/31 16:05   FROM: 大连市数字贸易协会 秘书处   JOB No.0312   P.{pg.no:03d}/003", font=F_IMPRINT, fill=35)
    # punch holes and a crease
    for hy in (PH // 2 - 420, PH // 2 + 420):
        d.ellipse((38, hy - 34, 106, hy + 34), fill=60)
    im = im.rotate(random.uniform(-0.35, 0.35), resample=Image.BICUBIC, fillcolor=250)
    px = im.load()
    noise = Image.effect_noise((PW, PH), 14).point(lambda v: v - 128)
    base = Image.new("L", (PW, PH), 0)
    im = Image.blend(im, Image.new("L", (PW, PH), 238), 0.06)
    from PIL import ImageChops
    im = ImageChops.subtract(im, noise.point(lambda v: max(0, v) // 2))
    crease = Image.new("L", (PW, PH), 0); cd = ImageDraw.Draw(crease)
    cd.line((0, PH // 2 + 5, PW, PH // 2 - 8), fill=40, width=5)
    im = ImageChops.subtract(im, crease.filter(ImageFilter.GaussianBlur(3)))
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    out.append(im)
out[0].save(out_path("07"), "PDF", resolution=DPI, save_all=True, append_images=out[1:],
            title="", author="", creator="Canon iR-ADV C5535 III", producer="Canon iR-ADV C5535 III")
for i, im in enumerate(out):
    im.resize((PW // 2, PH // 2)).save(f"../.build/scan_p{i+1}.png")
print("wrote", out_path("07"))
