# -*- coding: utf-8 -*-
"""2025年第10期 as a PDF exported by LibreOffice from a Word file (src/2025-10.docx): running header
laid out with a tab (title left, issue right) over a rule, footer `第 X 页 共 Y 页` (PAGE/NUMPAGES),
the news pages in two columns (section break), data table without ruling lines but zebra-shaded rows."""
from docx_helpers import *
import os, shutil, datetime
from docx.enum.section import WD_SECTION

iss = BY_KEY["10"]
doc = Document()
s0 = doc.sections[0]; s0.page_width = Cm(21); s0.page_height = Cm(29.7)
s0.left_margin = s0.right_margin = Cm(2.2); s0.top_margin = Cm(2.6); s0.bottom_margin = Cm(2.4)
s0.different_first_page_header_footer = False
hp = s0.header.paragraphs[0]; hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
cjk(hp.add_run("大连市数字贸易协会 · 数字贸易简报\t2025年第10期（总第42期）"), "黑体", 9, color="1F3864")
para_border(hp, "bottom", "single", "6", "1F3864")
fp = s0.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
cjk(fp.add_run("第 "), "宋体", 9); field(fp, "PAGE"); cjk(fp.add_run(" 页　共 "), "宋体", 9); field(fp, "NUMPAGES"); cjk(fp.add_run(" 页"), "宋体", 9)

add_par(doc, "数字贸易简报", "黑体", 28, True, "1F3864", WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
add_par(doc, "2025年第10期　　总第42期", "宋体", 12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
p = add_par(doc, "大连市数字贸易协会编　　　　2025年10月31日", "宋体", 11, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
para_border(p, "bottom", "double", "6", "1F3864")
# contents box
p = add_par(doc, "本期目录", "黑体", 12, True, space_after=2)
for line in ["数据月报　前三季度国民经济运行情况", "行业资讯　中国—东盟自贸区3.0版升级议定书签署",
             "展会速递　第138届广交会前两期境外采购商近24万名", "会员风采　大连中远海运川崎船舶工程有限公司", "协会动态"]:
    add_par(doc, line, "楷体", 10.5, space_after=0)
add_par(doc, "", size=6)

def heading(text):
    p = add_par(doc, "■ " + text, "黑体", 15, True, "1F3864", space_after=6)
    para_border(p, "bottom", "single", "8", "8EAADB")

secs = items_by_section(iss)
for n, (secname, its) in enumerate(secs):
    if secname == "行业资讯":
        ns = doc.add_section(WD_SECTION.NEW_PAGE); set_cols(ns, 2)
    if secname == "会员风采":
        ns = doc.add_section(WD_SECTION.CONTINUOUS); set_cols(ns, 1)
    heading(secname)
    for it in its:
        if it["title"]:
            add_par(doc, it["title"], "黑体", 12.5, True, space_after=4)
        for para in it["paras"]:
            if isinstance(para, dict):
                rows = para["table"]
                tb = doc.add_table(rows=len(rows), cols=len(rows[0])); borders(tb)
                for i, r in enumerate(rows):
                    for j, v in enumerate(r):
                        cc = tb.cell(i, j)
                        cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT
                        cjk(cc.paragraphs[0].add_run(v), "黑体" if i == 0 else "宋体", 10.5, i == 0)
                        if i % 2 == 1: shade(cc, "EEF3FA")
                add_par(doc, "", size=4, space_after=0)
            else:
                add_par(doc, para, "宋体", 11, indent=True, space_after=3)
        if it["source"]:
            add_par(doc, "来源：" + it["source"], "楷体", 10, color="7F7F7F", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)
add_par(doc, "—— 本期完 ——", "宋体", 10, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.core_properties.comments = ""; doc.core_properties.author = "王晓琳"; doc.core_properties.title = "数字贸易简报2025年第10期"
doc.core_properties.created = datetime.datetime(2025, 10, 29, 8, 30); doc.core_properties.modified = datetime.datetime(2025, 10, 31, 9, 40)
src = os.path.join(HERE, "2025-10.docx"); doc.save(src)
os.makedirs("../.build", exist_ok=True)
soffice(src, "pdf", "../.build")
shutil.move("../.build/2025-10.pdf", out_path("10"))
print("wrote", out_path("10"))
