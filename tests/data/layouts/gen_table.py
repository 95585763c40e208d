"""Builds a LibreOffice export for tests/test_column_bands.py: a table without ruling lines whose header has merged
cells (出口, 进口 over two columns each; 领域 over two rows), row labels wrapped over two and three lines, numbers
set right."""
import subprocess, sys
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
out = Path(sys.argv[1])
doc = Document()
st = doc.styles["Normal"]; st.font.name = "WenQuanYi Micro Hei"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")
def para(text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    if align is not None: p.alignment = align
para("数字贸易简报", 24, True, WD_ALIGN_PARAGRAPH.CENTER)
para("2025年第11期（总第55期）", 12, False, WD_ALIGN_PARAGRAPH.CENTER)
para("【数据月报】", 15, True)
para("前10个月全市服务贸易分领域情况", 13, True)
para("据市商务局统计，前10个月全市服务贸易保持增长，分领域情况如下表。")
rows = [("领域", "出口", None, "进口", None), (None, "金额（亿元）", "同比（%）", "金额（亿元）", "同比（%）"),
        ("电信、计算机和信息服务", "268.4", "10.2", "97.1", "7.6"),
        ("知识产权使用费及其他商业服务（含技术服务）", "47.1", "8.9", "35.2", "-1.3"),
        ("运输服务", "120.5", "3.4", "88.0", "2.1")]
tb = doc.add_table(rows=len(rows), cols=5)
widths = [Cm(5), Cm(3), Cm(3), Cm(3), Cm(3)]
for i, row in enumerate(rows):
    for j, c in enumerate(row):
        cell = tb.cell(i, j); cell.width = widths[j]
        if c is not None:
            cell.text = c
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if (j and i >= 2) else (WD_ALIGN_PARAGRAPH.CENTER if j else None)
tb.cell(0, 1).merge(tb.cell(0, 2)); tb.cell(0, 3).merge(tb.cell(0, 4))
tb.cell(0, 0).merge(tb.cell(1, 0))
for c in (tb.cell(0,1), tb.cell(0,3)):
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para("其中，电信、计算机和信息服务出口增长较快。")
para("来源：大连市商务局")
para("【行业资讯】", 15, True)
para("国家数据局发布数据流通利用新举措", 13, True)
para("11月20日，国家数据局举行新闻发布会，介绍推进数据要素市场化配置改革的有关情况。")
para("来源：人民网")
docx = out.with_suffix(".docx"); doc.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(docx)], check=True, capture_output=True)
