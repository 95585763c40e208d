# -*- coding: utf-8 -*-
"""src/2026-12.docx -> (soffice --convert-to doc) ../2026-12.doc: old Word 97 binary.
First section one column (masthead: title, issue line with Chinese-numeral date, 要目 in a
single run-on paragraph); the body in a Word two-column section (w:cols w:num=2); banners
with spaced letters `【 数 据 月 报 】`; story titles with a leading `▶`; profile title
with `◇`; sources `（稿件来源：X）`, `(转载自X)` and `——摘编自X`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.section import WD_SECTION
from content import ISSUES, sections
from docx_util import set_run_font, base_styles, para, set_props, set_cols
HERE = os.path.dirname(os.path.abspath(__file__))
iss = ISSUES["2026-12"]

doc = Document(); base_styles(doc, 10.5)
set_props(doc, "数字贸易简报 第12期", "2026-12-31")
s = doc.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(2.0); s.top_margin = Cm(2.0); s.bottom_margin = Cm(2.0)
para(doc, "数字贸易简报", 26, True, AL.CENTER, space_after=2)
para(doc, "二〇二六年第十二期（总第56期）", 12, False, AL.CENTER, space_after=0)
para(doc, "大连市数字贸易协会秘书处　　　　　　　　　　　　二〇二六年十二月三十一日", 10.5, False, AL.CENTER, space_after=2)
para(doc, "━" * 26, 10.5, False, AL.CENTER, space_after=2)
secs = sections(iss)
yaomu = "本期要目：" + "；".join(it["title"] for it in iss["items"] if it["title"]) + "；" + "协会动态。"
para(doc, yaomu, 10, False, space_after=6)

body = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(body, 2, 400)
spaced = lambda x: "【 " + " ".join(x) + " 】"
src_fmt = {"数据月报": "——摘编自{}", "行业资讯": ["（稿件来源：{}）", "(转载自{})"]}
cur = None; k = 0
for it in iss["items"]:
    if it["sec"] != cur:
        cur = it["sec"]; k = 0
        p = para(doc, spaced(cur), 13, True, AL.CENTER, space_after=4)
        p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True
    k += 1
    if it["title"]:
        lead = "◇" if cur == "会员风采" else ("" if cur == "数据月报" else "▶")
        p = para(doc, lead + it["title"], 11.5, True, space_after=3); p.paragraph_format.keep_with_next = True
    for ptxt in it["paras"]:
        para(doc, ptxt, 10.5, indent=True, space_after=3)
    if it["src"]:
        f = src_fmt[cur]
        if isinstance(f, list): f = f[(k - 1) % 2]
        para(doc, f.format(it["src"]), 10, False, AL.RIGHT, space_after=6)
doc.save(os.path.join(HERE, "2026-12.docx"))
print("wrote src/2026-12.docx")
