# -*- coding: utf-8 -*-
"""2026-09.odt and 2026-10.rtf: an issue written in LibreOffice Writer and kept as OpenDocument, and one
saved as Rich Text by another office suite: python-docx writes a plain Word issue (Title masthead,
Heading 1 sections, Heading 2 titles, right-aligned `来源：X`), then `soffice --convert-to odt|rtf`."""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ALL
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def build(I, path, head):
    d = Document()
    d.add_paragraph("数字贸易简报", style="Title")
    for line in head:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sections = []
    for it in I["items"]:
        if it["section"] not in sections:
            sections.append(it["section"])
    for s in sections:
        d.add_heading(s, level=1)
        for it in [x for x in I["items"] if x["section"] == s]:
            if it["title"]:
                d.add_heading(it["title"], level=2)
            for text in it["paras"]:
                d.add_paragraph(text)
            if it["source"]:
                p = d.add_paragraph(f"来源：{it['source']}")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


def main():
    for I, head, fmt in [(ALL[6], ["2026年第9期（总第53期）", "大连市数字贸易协会秘书处　2026年9月30日"], "odt"),
                         (ALL[7], ["2026年第10期　总第54期", "大连市数字贸易协会秘书处编　2026年10月31日"], "rtf")]:
        stem = I["file"].rsplit(".", 1)[0]
        src = os.path.join(HERE, stem + ".docx")
        build(I, src, head)
        with tempfile.TemporaryDirectory() as prof:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                            "--outdir", os.path.join(HERE, ".."), src], check=True, capture_output=True)


if __name__ == "__main__":
    main()
