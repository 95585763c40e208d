# -*- coding: utf-8 -*-
"""2025-07.htm: a Word document (made here with python-docx, Heading styles, a table whose
header spans two rows) exported by LibreOffice as HTML (`soffice --convert-to html`),
the 'Web Page, Filtered' shape: <p class=...> with inline styles, HTML tables."""
import os, sys, subprocess, shutil, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from content import I07
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
p = doc.add_paragraph("数字贸易简报", style="Title"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("2025年第7期（总第39期）"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("大连市数字贸易协会　　　　2025年7月31日"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("目　录", style="Heading 3")
for t in ["数据月报：前5个月软件业运行情况", "行业资讯：2025夏季达沃斯论坛在天津开幕等3则",
          "会员风采：大连软件园股份有限公司", "协会动态"]:
    doc.add_paragraph(t, style="List Number")
prev = None
for it in I07["items"]:
    if it["section"] != prev:
        doc.add_paragraph(it["section"], style="Heading 1"); prev = it["section"]
    if it["title"]:
        doc.add_paragraph(it["title"], style="Heading 2")
    rows = []
    def flush():
        t = doc.add_table(rows=len(rows) + 1, cols=3); t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(1, 0)); a.text = rows[0][0]
        b = t.cell(0, 1).merge(t.cell(0, 2)); b.text = "前5个月"
        t.cell(1, 1).text = rows[0][1]; t.cell(1, 2).text = rows[0][2]
        for i, r in enumerate(rows[1:], start=2):
            for j, v in enumerate(r): t.cell(i, j).text = v
        for i in (0, 1):
            for j in range(3):
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    for ptxt in it["paras"]:
        if ptxt.startswith("|"):
            rows.append(ptxt.strip("|").split("|")); continue
        if rows: flush(); rows = []
        q = doc.add_paragraph(ptxt); q.paragraph_format.first_line_indent = Pt(21)
    if it["source"]:
        q = doc.add_paragraph("来源：" + it["source"]); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
import datetime
cp = doc.core_properties
cp.author = "大连市数字贸易协会"; cp.title = "数字贸易简报2025年第7期"; cp.comments = ""
cp.created = cp.modified = datetime.datetime(2025, 7, 30, 9, 12)
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "2025-07.docx"); doc.save(src)
shutil.copy(src, os.path.join(HERE, "2025-07.docx"))
subprocess.run(["soffice", "--headless", "--convert-to", "htm:HTML (StarWriter)", "--outdir", tmp, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "2025-07.htm"), os.path.join(HERE, "..", I07["file"]))
