# -*- coding: utf-8 -*-
"""2025-10-scan.pdf: the issue is laid out as HTML (src/2025-10-scan.html),
printed to PDF by headless Chromium, each page rendered to an image at 160 dpi
(pypdfium2), degraded like a scan (small rotation, grey noise, slight blur,
JPEG) with Pillow, and the JPEG pages assembled into an image-only PDF."""
import html, io, random, shutil, subprocess, tempfile
from pathlib import Path
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageOps
from content import ISSUES, toc

HERE = Path(__file__).resolve().parent
SRC_HTML = HERE / "2025-10-scan.html"
OUT = HERE.parent / "2025-10-scan.pdf"
DPI = 160
E = html.escape

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 11.5pt; line-height: 1.75; color: #111; }
.mast { text-align: center; border-bottom: 3px double #b00; padding-bottom: 6px; margin-bottom: 10px; }
.mast h1 { font-family: 'Noto Sans CJK SC', sans-serif; color: #b00; font-size: 30pt; letter-spacing: 6px; margin: 0 0 4px 0; }
.mast .no { font-size: 13pt; }
.mast .ed { font-size: 11pt; }
.toc { border: 1px solid #888; padding: 6px 14px; margin: 10px 0 16px 0; font-size: 10.5pt; }
.toc b { font-family: 'Noto Sans CJK SC', sans-serif; }
h2 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 14pt; color: #b00; margin: 16px 0 6px 0; }
h3 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 12pt; margin: 12px 0 4px 0; }
p { text-indent: 2em; margin: 0 0 6px 0; text-align: justify; }
p.src { text-align: right; text-indent: 0; font-size: 10.5pt; }
table { border-collapse: collapse; margin: 6px auto 8px auto; font-size: 10.5pt; }
td, th { border: 1px solid #333; padding: 3px 14px; text-align: center; }
"""


def build_html():
    iss = ISSUES["2025-10-scan"]
    h = iss["header"]
    out = ["<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>数字贸易简报2025年第10期</title>",
           f"<style>{CSS}</style></head><body>"]
    out.append(f"<div class='mast'><h1>{E(h[0])}</h1><div class='no'>{E(h[1])}</div><div class='ed'>{E(h[2])}</div></div>")
    out.append("<div class='toc'><b>本期要目</b><br>")
    for sec, titles in toc(iss):
        out.append(f"<b>【{E(sec)}】</b>" + "；".join(E(t) for t in titles) + "<br>")
    out.append("</div>")
    cur = None
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            out.append(f"<h2>【{E(cur)}】</h2>")
        if it["title"]:
            out.append(f"<h3>{E(it['title'])}</h3>")
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                out.append("<table>")
                out.append("<tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr>")
                for row in rows[1:]:
                    out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>")
                out.append("</table>")
            else:
                out.append(f"<p>{E(p)}</p>")
        if it["source"]:
            out.append(f"<p class='src'>（来源：{E(it['source'])}）</p>")
    out.append("</body></html>")
    SRC_HTML.write_text("\n".join(out), encoding="utf-8")


def scan_like(img, seed):
    rnd = random.Random(seed)
    img = img.convert("L")
    angle = rnd.uniform(-0.5, 0.5)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # paper tone and grey noise
    noise = Image.effect_noise(img.size, 18).point(lambda v: 255 - abs(v - 128) // 3)
    img = Image.blend(img, Image.new("L", img.size, 244), 0.06)
    img = Image.composite(img, noise, Image.new("L", img.size, 225))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    img = ImageOps.autocontrast(img, cutoff=0.5)
    return img


def build():
    build_html()
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        shutil.copy(SRC_HTML, td / "issue.html")
        pdf = td / "issue.pdf"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", (td / "issue.html").as_uri()],
                       check=True, capture_output=True)
        doc = pdfium.PdfDocument(str(pdf))
        pages = []
        for i in range(len(doc)):
            bmp = doc[i].render(scale=DPI / 72).to_pil()
            img = scan_like(bmp, 1000 + i)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=62, dpi=(DPI, DPI))
            pages.append(Image.open(io.BytesIO(buf.getvalue())))
        pages[0].save(OUT, "PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    return len(pages)


if __name__ == "__main__":
    n = build()
    print(OUT, n, "pages")
