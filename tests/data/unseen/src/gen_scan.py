# -*- coding: utf-8 -*-
"""2026-04-scan.pdf: the issue laid out in Word (src/2026-04-layout.docx), printed to PDF by
LibreOffice, rendered to 150 dpi page images with pdftoppm, then 'scanned': slight
rotation, grey paper, noise, JPEG compression; assembled into an image-only PDF.
Steps: python gen_scan.py layout ; soffice --convert-to pdf ; pdftoppm ; python gen_scan.py scan"""
import os, sys, glob, random
sys.path.insert(0, os.path.dirname(__file__))
HERE = os.path.dirname(__file__)
iss_key = "2026-04"

def layout():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
    from docx.shared import Cm
    from content import ISSUES
    from docx_util import set_props, base_styles, para, set_run_font
    iss = ISSUES[iss_key]
    doc = Document(); base_styles(doc, 13)
    set_props(doc, "数字贸易简报 2026-04", ISSUES["2026-04"]["date"])
    doc.styles["Normal"].paragraph_format.line_spacing = 1.45
    s = doc.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.3); s.top_margin = Cm(2.2); s.bottom_margin = Cm(2.0)
    para(doc, "数 字 贸 易 简 报", 30, True, AL.CENTER, space_after=4)
    para(doc, "二〇二六年第四期（总第48期）", 13, False, AL.CENTER, space_after=2)
    para(doc, "主办：大连市数字贸易协会　　编印：协会秘书处　　2026年4月30日", 10, False, AL.CENTER)
    para(doc, "—" * 30, 10, False, AL.CENTER)
    para(doc, "本 期 目 录", 12, True)
    n = {"数据月报": "一", "行业资讯": "二", "会员风采": "三", "协会动态": "四"}
    for it in iss["items"]:
        if it["title"]:
            para(doc, f"{it['section']}　{it['title']}", 10, space_after=0)
    para(doc, "协会动态", 10)
    cur = None
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            para(doc, f"{n[cur]}、{cur}", 14, True, space_after=6)
        if it["title"]:
            para(doc, ("◆ " if cur == "行业资讯" else "") + it["title"], 12, True, space_after=4)
        t = it.get("table")
        for i, ptxt in enumerate(it["paras"]):
            para(doc, ptxt, 13, indent=True, space_after=4)
            if t and i == t["after"]:
                tb = doc.add_table(rows=1 + len(t["rows"]), cols=len(t["header"]))
                tb.style = "Table Grid"
                for ri, row in enumerate([t["header"]] + t["rows"]):
                    for ci, txt in enumerate(row):
                        cp = tb.cell(ri, ci).paragraphs[0]
                        set_run_font(cp.add_run(txt), 12, ri == 0)
                        if ci: cp.alignment = AL.CENTER
        if it["source"]:
            para(doc, "（来源：" + it["source"] + "）", 10.5, align=AL.RIGHT, space_after=8)
    doc.save(os.path.join(HERE, "2026-04-layout.docx"))

def scan(png_dir):
    from PIL import Image, ImageFilter
    random.seed(48)
    pages = []
    for i, f in enumerate(sorted(glob.glob(os.path.join(png_dir, "*.png")))):
        im = Image.open(f).convert("L")
        angle = random.choice([-1, 1]) * random.uniform(0.4, 1.1)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load(); w, h = im.size
        noise = Image.effect_noise((w, h), 18)             # sensor noise
        im = Image.blend(im, noise, 0.10)
        im = im.point(lambda v: int(v * 0.86 + 18))         # grey paper, lighter blacks
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        tmp = os.path.join(png_dir, f"p{i}.jpg")
        im.save(tmp, "JPEG", quality=55)
        pages.append(Image.open(tmp))
    out = os.path.join(HERE, "..", "2026-04-scan.pdf")
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=150)
    print("wrote", out, len(pages), "pages")

if __name__ == "__main__":
    layout() if sys.argv[1] == "layout" else scan(sys.argv[2])
