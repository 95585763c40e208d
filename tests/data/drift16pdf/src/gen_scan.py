# -*- coding: utf-8 -*-
"""The two scans of drift16pdf, image only (no text layer), from the layouts gen_pdf.py prints:
d16-05-phone.pdf: the A5 page photographed by a phone: rendered at 300 dpi, set on a darker desk, a
perspective (the top edge narrower than the bottom, the page turned about 2 degrees), light falling off
towards one corner, a little blur, JPEG.
d16-06-lowres.pdf: the A4 page scanned at 100 dpi, grey paper, a slight skew, JPEG."""
import io, os, random
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
random.seed(16)


def render(name, dpi):
    return pdfium.PdfDocument(os.path.join(HERE, name))[0].render(scale=dpi / 72).to_pil().convert("RGB")


def coeffs(dst, src):
    """PIL PERSPECTIVE coefficients mapping output points dst to input points src."""
    import numpy as np
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def phone():
    page = render("phone-layout.pdf", 300)
    w, h = page.size
    W, H = int(w * 1.12), int(h * 1.08)
    # where the page's corners land in the photo: top narrower, a small turn
    dst = [(0.09 * W, 0.05 * H), (0.90 * W, 0.035 * H), (0.965 * W, 0.965 * H), (0.03 * W, 0.975 * H)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs(dst, src), Image.BICUBIC, fillcolor=(92, 84, 72))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs(dst, src), Image.BICUBIC, fillcolor=0)
    desk = Image.new("RGB", (W, H), (92, 84, 72))
    img = Image.composite(warped, desk, mask)
    # light falling off towards the lower right
    shade = Image.linear_gradient("L").rotate(-35, expand=False).resize((W, H))
    shade = shade.point(lambda v: 255 - int(v * 0.28))
    img = Image.composite(img, Image.new("RGB", (W, H), (0, 0, 0)), shade)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=70)
    Image.open(buf).save(os.path.join(OUT, "d16-05-phone.pdf"), "PDF", resolution=300)


def lowres():
    img = render("lowres-layout.pdf", 100)
    img = img.rotate(-0.4, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    img = Image.eval(img, lambda v: int(v * 0.9 + 14))
    px = img.load()
    for _ in range(img.width * img.height // 150):
        x, y = random.randrange(img.width), random.randrange(img.height)
        v = random.randint(150, 210); px[x, y] = (v, v, v)
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=75)
    Image.open(buf).save(os.path.join(OUT, "d16-06-lowres.pdf"), "PDF", resolution=100)


if __name__ == "__main__":
    phone(); lowres()
