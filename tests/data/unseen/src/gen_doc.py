# -*- coding: utf-8 -*-
"""2026-06.doc: built as src/2026-06.docx (python-docx), converted to Word 97-2003 .doc
by LibreOffice (soffice --convert-to doc).  Sections marked 〓…〓."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.shared import Cm
from content import ISSUES
from docx_util import set_props, base_styles, para, set_run_font

HERE = os.path.dirname(__file__)
iss = ISSUES["2026-06"]
doc = Document(); base_styles(doc, 11)
set_props(doc, "数字贸易简报 2026-06", iss["date"])
s = doc.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21.0)
para(doc, "大连市数字贸易协会", 11, False, AL.LEFT, space_after=0)
para(doc, "数字贸易简报", 24, True, AL.CENTER, space_after=0)
para(doc, "（2026年第6期　总第50期）", 12, False, AL.CENTER, space_after=0)
para(doc, "秘书处编　　　　　　　　　　　　　　　　　　　　　　　　2026.06.30", 10.5, False, AL.LEFT)
para(doc, "目　　录", 12, True, AL.CENTER)
for it in iss["items"]:
    if it["title"]:
        para(doc, f"{it['section']}：{it['title']}", 10.5, space_after=0)
para(doc, "协会动态", 10.5)
cur = None
for it in iss["items"]:
    if it["section"] != cur:
        cur = it["section"]
        para(doc, f"〓{cur}〓", 14, True, AL.CENTER, space_after=6)
    if it["title"]:
        para(doc, ("▲" if cur == "行业资讯" else "") + it["title"], 12, True, space_after=4)
    n = len(it["paras"])
    for i, ptxt in enumerate(it["paras"]):
        inline = it["source"] == "上海证券报" and i == n - 1
        para(doc, ptxt + ("（来源：上海证券报）" if inline else ""), 11, indent=True, space_after=4)
    if it["source"] and it["source"] != "上海证券报":
        para(doc, "（信息来源：" + it["source"] + "）", 10, align=AL.RIGHT)
doc.save(os.path.join(HERE, "2026-06.docx")); print("wrote src/2026-06.docx")
