# -*- coding: utf-8 -*-
"""2025-12.doc: a .docx with Title / Heading 1 / Heading 2 styles and a Table Grid
table (src/2025-12.docx, python-docx) converted to the old Word 97-2003 binary
format by `soffice --headless --convert-to doc`."""
import shutil, subprocess, tempfile
from pathlib import Path
from docx.shared import Cm
from content import ISSUES, toc
from docx_common import set_props, new_document, para, set_run_font, table_borders

HERE = Path(__file__).resolve().parent
DOCX = HERE / "2025-12.docx"
DOC = HERE.parent / "2025-12.doc"
SOURCE_FORMS = ["（来源：{}）", "来源：{}", "（摘自：{}）"]


def build():
    iss = ISSUES["2025-12"]
    doc = new_document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    h = iss["header"]
    tp = doc.add_paragraph(h[0], style="Title")
    tp.alignment = 1
    para(doc, h[1], size=14, align="center")
    para(doc, h[2], size=12, align="center")
    para(doc, h[3], size=12, align="center")
    para(doc, "目　录", size=14, bold=True, align="center")
    for sec_name, titles in toc(iss):
        para(doc, "【" + sec_name + "】" + ("　" + titles[0] if len(titles) == 1 and sec_name == "数据月报" else ""), size=12)
        if sec_name != "数据月报":
            for t in titles:
                para(doc, "　　" + t, size=12)
    cur = None
    n_src = 0
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            doc.add_heading(cur, level=1)
        if it["title"]:
            doc.add_heading(it["title"], level=2)
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                t = doc.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = doc.styles["Table Grid"]
                for i, row in enumerate(rows):
                    for j, val in enumerate(row):
                        c = t.cell(i, j)
                        c.paragraphs[0].text = ""
                        r = c.paragraphs[0].add_run(val)
                        set_run_font(r, size=11, bold=(i == 0))
                continue
            para(doc, p, size=12, indent_first=True, align="justify")
        if it["source"]:
            form = SOURCE_FORMS[n_src % len(SOURCE_FORMS)]
            n_src += 1
            para(doc, form.format(it["source"]), size=11, align="right" if form.startswith("（") else None)
    set_props(doc, "数字贸易简报2025年第12期", "2025-12-29")
    doc.save(DOCX)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", td, str(DOCX)],
                       check=True, capture_output=True)
        shutil.copy(Path(td) / "2025-12.doc", DOC)


if __name__ == "__main__":
    build()
    print(DOC)
