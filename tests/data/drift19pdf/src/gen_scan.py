# -*- coding: utf-8 -*-
"""The two scans of drift19pdf, image only (no text layer). Each page is laid out by Chromium (the *-layout.pdf
files, not kept), rendered, then spoiled:
d19-04-seal.pdf: one A4 page PHOTOCOPIED: grey toner haze, streaks, a RED ROUND SEAL (印章) pressed over the
last paragraphs, JPEG, 150 dpi.
d19-05-fax.pdf: two A4 pages received by FAX: a fax header line on top of every page (time, sender, number,
page of pages), grey and LOW CONTRAST, the second page fed SKEWED by 3.5 degrees, 150 dpi."""
import io, math, os, random, sys
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import story, write_expected
from stories import SOFT, SERV, act
from gen_pdf import E, BASE, SANS, body, chromium, doc, paras, table

OUT = os.path.dirname(HERE)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
random.seed(19)
DPI = 150


def render(path, dpi=DPI):
    return [pg.render(scale=dpi / 72).to_pil().convert("RGB") for pg in pdfium.PdfDocument(path)]


def save(pages, name, quality=78):
    out = []
    for im in pages:
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=quality); out.append(Image.open(buf))
    out[0].save(os.path.join(OUT, name), "PDF", resolution=DPI, save_all=True, append_images=out[1:])


CSS = BASE + f"""
.mast {{ text-align: center; font-size: 38px; font-weight: bold; letter-spacing: .25em; {SANS} }}
.il {{ text-align: center; margin-top: 1mm }} .meta {{ display: flex; justify-content: space-between; margin-top: 1mm }}
.rule {{ border-top: 2px solid #000; margin: 2mm 0 3mm }} h2 {{ {SANS} font-size: 16px; margin: 4mm 0 2mm }}
table {{ border-collapse: collapse; margin: 2mm auto }} th, td {{ border: 1px solid #222; padding: 1mm 4mm; font-size: 13px }}
p {{ font-size: 14px }}"""


def seal_img(px):
    """A round red seal: double ring, star, the association's name round the top, 秘书处 under the star."""
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (214, 30, 38, 215)
    d.ellipse([4, 4, px - 4, px - 4], outline=red, width=max(4, px // 40))
    c, R = px / 2, px * 0.23
    pts = [(c + (R if k % 2 == 0 else R * 0.4) * math.sin(k * math.pi / 5), c - (R if k % 2 == 0 else R * 0.4) * math.cos(k * math.pi / 5)) for k in range(10)]
    d.polygon(pts, fill=red)
    name = "大连市数字贸易协会"
    f = ImageFont.truetype(FONT, px // 8)
    for i, ch in enumerate(name):
        a = math.radians(-120 + 240 * i / (len(name) - 1))
        g = Image.new("RGBA", (px // 7, px // 7), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((px // 14, px // 14), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(a), resample=Image.BICUBIC)
        r = px * 0.36
        im.alpha_composite(g, (int(c + r * math.sin(a) - g.width / 2), int(c - r * math.cos(a) - g.height / 2)))
    d.text((c, c + px * 0.32), "秘书处", font=ImageFont.truetype(FONT, px // 10), fill=red, anchor="mm")
    return im


def photocopy():
    name = "d19-04-seal.pdf"
    issue = {"year": 2025, "number": 5, "total": 37, "date": "2025-05-31"}
    d = story(SOFT)
    rows = d["paras"][1]["table"]
    d["paras"] = [d["paras"][0], {"table": [rows[0], rows[1], rows[2], rows[3], rows[5]]}, d["paras"][2]]
    d["figures"] = [f for f in d["figures"] if f["indicator"] != "电子商务平台技术服务收入"]
    n = story("lion")
    a1 = act("5月13日，协会组织会员企业参加2025年大连市服务外包政策宣讲会，市商务局有关处室负责同志解读了今年的扶持政策。", "2025-05-13", ["市商务局"])
    a2 = act("5月27日，协会第三届理事会第五次会议召开，会议审议通过了新会员入会申请，并研究部署下半年重点工作。", "2025-05-27")
    items = [("数据月报", d), ("行业资讯", n), ("协会动态", a1), ("协会动态", a2)]
    h = ("<div class=mast>数字贸易简报</div><div class=il>2025年第5期（总第37期）</div>"
         "<div class=meta><span>大连市数字贸易协会秘书处</span><span>2025年5月31日</span></div><div class=rule></div>"
         "<h2>【数据月报】</h2>" + body(d) + "<h2>【行业资讯】</h2>" + body(n, src_fmt="（来源：{}）")
         + "<h2>【协会动态】</h2>" + paras(a1) + paras(a2))
    write_expected(name, issue, items)
    lay = os.path.join(HERE, "seal-layout.pdf")
    chromium(doc(CSS, [f"<div class=page>{h}</div>"]), lay)
    pages = render(lay)
    out = []
    for im in pages:
        w, hgt = im.size
        # toner haze, darker edges, vertical streaks
        im = Image.eval(im, lambda v: int(v * 0.82 + 30))
        dr = ImageDraw.Draw(im)
        for _ in range(3):
            x = random.randrange(w); dr.line([(x, 0), (x, hgt)], fill=(192, 192, 192), width=random.randint(1, 2))
        px = im.load()
        for _ in range(w * hgt // 90):
            x, y = random.randrange(w), random.randrange(hgt); v = random.randint(120, 200); px[x, y] = (v, v, v)
        # the seal pressed over the last paragraphs (the activities), a little turned
        s = seal_img(int(DPI * 1.65)).rotate(12, resample=Image.BICUBIC)
        im = im.convert("RGBA")
        # find the last text line: lowest dark row
        import numpy as np
        bottom = int(np.nonzero((np.asarray(pages[0].convert("L")) < 128).any(axis=1))[0].max())
        im.alpha_composite(s, (int(w * 0.52), bottom - int(s.height * 0.72)))
        im = im.convert("RGB").filter(ImageFilter.GaussianBlur(0.6))
        out.append(im)
    save(out, name, 74)
    os.remove(lay)


def fax():
    name = "d19-05-fax.pdf"
    issue = {"year": 2026, "number": 1, "total": 45, "date": "2026-01-31"}
    d, n, y = story(SERV), story("lowfly"), story("yunfan")
    a1 = act("1月16日，协会秘书处赴大连云帆数据服务有限公司调研，了解企业大模型训练数据业务的进展和用工需求。", "2026-01-16",
             ["大连云帆数据服务有限公司"])
    a2 = act("1月23日，协会召开新春座谈会，20余家会员企业负责人围绕今年开拓海外市场的计划交流发言。", "2026-01-23")
    items = [("数据月报", d), ("行业资讯", n), ("会员风采", y), ("协会动态", a1), ("协会动态", a2)]
    dp = d["paras"]
    p1 = ("<div class=mast>数字贸易简报</div><div class=il>2026年第1期（总第45期）</div>"
          "<div class=meta><span>大连市数字贸易协会　编</span><span>2026年1月31日</span></div><div class=rule></div>"
          "<h2>一、数据月报</h2>" + body(d))
    p2 = ("<h2>二、行业资讯</h2>" + body(n, src_fmt="（来源：{}）") + "<h2>三、会员风采</h2>" + body(y)
          + "<h2>四、协会动态</h2>" + paras(a1) + paras(a2))
    write_expected(name, issue, items)
    lay = os.path.join(HERE, "fax-layout.pdf")
    css = CSS + ".page { padding-top: 22mm }"
    chromium(doc(css, [f"<div class=page>{p1}</div>", f"<div class=page>{p2}</div>"]), lay)
    pages = render(lay)
    out = []
    f = ImageFont.truetype(FONT, 24)
    for i, im in enumerate(pages):
        w, hgt = im.size
        dr = ImageDraw.Draw(im)
        dr.text((70, 38), f"2026-02-02 09:{14 + i:02d}    FROM: 大连市数字贸易协会    0411-8476 2201    TO: 会员单位    P.{i + 1:03d}/002",
                font=f, fill=(0, 0, 0))
        if i == 1:
            im = im.rotate(-3.5, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        # grey, low contrast: ink at ~105, paper at ~205
        im = im.convert("L").filter(ImageFilter.GaussianBlur(0.8))
        im = Image.eval(im, lambda v: int(105 + v * 100 / 255))
        px = im.load()
        for _ in range(w * hgt // 120):
            x, y = random.randrange(w), random.randrange(hgt); px[x, y] = random.randint(90, 160)
        out.append(im.convert("RGB"))
    save(out, name, 70)
    os.remove(lay)


if __name__ == "__main__":
    photocopy(); fax()
