# -*- coding: utf-8 -*-
"""2025-09-seal.pdf: the one-page layout (gen_html_pdfs.py) rendered at 150 dpi, a red round seal
stamped over the date line (ring text 大连市数字贸易协会, a star, 秘书处; translucent ink
multiplied with the print under it), a blue hand-written
note in the top margin (请各会员单位传阅 / 9.30, slanted), a small skew, noise, JPEG; image only."""
import io, logging, math, os, random
logging.getLogger("pdfminer").setLevel(logging.ERROR)
import pdfplumber, pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
HERE = os.path.dirname(os.path.abspath(__file__))
DPI = 150
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
HAND = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
random.seed(9)
lay = os.path.join(HERE, "2025-09-seal-layout.pdf")
with pdfplumber.open(lay) as pdf:
    words = pdf.pages[0].extract_words()
    date = next(w for w in words if w["text"].startswith("2025年9") and w["text"].endswith("30\u2f47"))
img = pdfium.PdfDocument(lay)[0].render(scale=DPI / 72).to_pil().convert("RGB")
k = DPI / 72

# the seal: drawn on its own layer, then multiplied onto the page (ink over the print)
R = int(21 * DPI / 25.4)
seal = Image.new("RGBA", (2 * R + 8, 2 * R + 8), (0, 0, 0, 0))
d = ImageDraw.Draw(seal)
c = R + 4
red = (205, 30, 35, 215)
d.ellipse([c - R, c - R, c + R, c + R], outline=red, width=7)
f = ImageFont.truetype(SANS, int(R * 0.30), index=2)
text = "大连市数字贸易协会"
for i, ch in enumerate(text):
    a = math.radians(-150 + i * 300 / (len(text) - 1)) - math.pi / 2
    a = math.radians(210 - i * 240 / (len(text) - 1))
    x, y = c + 0.72 * R * math.cos(a), c - 0.72 * R * math.sin(a)
    g = Image.new("RGBA", (int(R * 0.4), int(R * 0.4)), (0, 0, 0, 0))
    ImageDraw.Draw(g).text((R * 0.05, 0), ch, font=f, fill=red)
    g = g.rotate(math.degrees(a) - 90, expand=True)
    seal.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
star = [(c + 0.22 * R * math.cos(math.radians(90 + 72 * i * 2)) * (1 if True else 0),
         c - 0.22 * R * math.sin(math.radians(90 + 72 * i * 2))) for i in range(5)]
d.polygon(star, fill=red)
f2 = ImageFont.truetype(SANS, int(R * 0.22), index=2)
d.text((c - 1.5 * R * 0.22, c + 0.35 * R), "秘书处", font=f2, fill=red)
seal = seal.rotate(-12, expand=True)
cx, cy = int((date["x0"] + date["x1"]) / 2 * k), int((date["top"] + date["bottom"]) / 2 * k)
layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
layer.alpha_composite(seal, (cx - seal.width // 2 - 20, cy - seal.height // 2 + 10))
# stamp ink is translucent: it multiplies with the print under it (black text stays black)
ink = Image.alpha_composite(Image.new("RGBA", img.size, (255, 255, 255, 255)), layer).convert("RGB")
img = ImageChops.multiply(img, ink)

# a hand-written note in blue ballpoint, slanted, in the top margin
note = Image.new("RGBA", (700, 120), (0, 0, 0, 0))
hd = ImageDraw.Draw(note)
hf = ImageFont.truetype(HAND, 34)
x = 0
for ch in "请各会员单位传阅　9.30":
    hd.text((x, random.randint(0, 8)), ch, font=hf, fill=(30, 50, 160, 230))
    x += hf.getlength(ch) + random.randint(-2, 4)
note = note.rotate(7, expand=True, resample=Image.BICUBIC)
img.paste(note, (int(img.width * 0.52), int(8 * DPI / 25.4)), note)

# the scanner: skew, grey paper, noise, blur, JPEG
img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
px = img.load()
for _ in range(img.width * img.height // 90):
    x, y = random.randrange(img.width), random.randrange(img.height)
    v = random.randint(120, 200)
    px[x, y] = (v, v, v)
img = Image.eval(img, lambda v: int(v * 0.93 + 8))
img = img.filter(ImageFilter.GaussianBlur(0.6))
buf = io.BytesIO(); img.save(buf, "JPEG", quality=60)
Image.open(buf).save(os.path.join(HERE, "..", "2025-09-seal.pdf"), "PDF", resolution=DPI)
