# -*- coding: utf-8 -*-
"""2025年第9期 as a Word 97-2003 .doc (LibreOffice from src/2025-09.docx): banners in shaded 1x1 table
cells, typed （一）（二） titles, full-width-space indents, 信息来源 lines, soft line breaks in the masthead."""
from docx_helpers import *
import os, shutil
from docx.enum.text import WD_BREAK

iss = BY_KEY["09"]
doc = Document()
sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.6)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)

p = add_par(doc, "数字贸易简报", "方正小标宋简体", 30, True, "C00000", WD_ALIGN_PARAGRAPH.CENTER)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
cjk(p.add_run("2025年第9期"), "宋体", 12)
p.add_run().add_break()                       # soft line break inside the masthead paragraph
cjk(p.add_run("（总第41期）"), "宋体", 12)
p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(15.8), alignment=2)
cjk(p.add_run("大连市数字贸易协会秘书处\t2025年9月30日"), "仿宋", 12)
para_border(p, "bottom", "thickThinSmallGap", "18")
CN = "一二三四五六七八"
for n, (secname, its) in enumerate(items_by_section(iss)):
    if secname == "会员风采":
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    t = doc.add_table(rows=1, cols=1); borders(t)
    c = t.cell(0, 0); shade(c, "1F4E79")
    c.paragraphs[0].paragraph_format.space_after = Pt(2)
    cjk(c.paragraphs[0].add_run(secname), "黑体", 14, True, "FFFFFF")
    add_par(doc, "", size=4, space_after=0)
    k = 0
    for it in its:
        if it["title"]:
            add_par(doc, f"（{CN[k]}）{it['title']}", "黑体", 12.5, True, space_after=6); k += 1
        for para in it["paras"]:
            if isinstance(para, dict):
                rows = para["table"]
                tb = doc.add_table(rows=len(rows), cols=len(rows[0])); tb.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, v in enumerate(r):
                        cc = tb.cell(i, j); cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                        cjk(cc.paragraphs[0].add_run(v), "宋体", 10, i == 0)
                        if i == 0: shade(cc, "DEEAF6")
                add_par(doc, "", size=4, space_after=0)
            else:
                add_par(doc, "　　" + para, "仿宋", 12, space_after=3)
        if it["source"]:
            add_par(doc, "信息来源：" + it["source"], "楷体", 10.5, italic=True, color="595959", space_after=10)
add_par(doc, "（本期完）", "仿宋", 11, align=WD_ALIGN_PARAGRAPH.CENTER)
p = add_par(doc, "抄送：大连市商务局　　　　　　　　　　　　　　　印发：协会秘书处", "仿宋", 10.5)
para_border(p, "top", "single", "6", "000000")
import datetime
doc.core_properties.comments = ""; doc.core_properties.created = datetime.datetime(2025,9,28,9,12); doc.core_properties.modified = datetime.datetime(2025,9,30,10,5); doc.core_properties.last_modified_by = "协会秘书处"
doc.core_properties.author = "Administrator"; doc.core_properties.title = "数字贸易简报 2025年第9期"
os.makedirs("../.build", exist_ok=True)
src = os.path.join(HERE, "2025-09.docx"); doc.save(src)
soffice(src, 'doc:MS Word 97', "../.build")
shutil.move("../.build/2025-09.doc", out_path("09"))
print("wrote", out_path("09"))
