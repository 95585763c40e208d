# -*- coding: utf-8 -*-
"""DOCX (family 5): a .docx WRITTEN BY LIBREOFFICE from an .odt (the secretariat keeps the issue as
.odt and sends `Save As › Word 2007-365`): .build/DOCX.html -> soffice -> .build/DOCX.odt ->
soffice -> .docx.  Headings are LibreOffice's own Heading 1/2 styles (`Heading1` ids,
`<w:pStyle w:val="Heading1"/>`), masthead in paragraphs, the issue date at the top right; section
headings `◇ 数据月报 ◇`; sources as right-aligned `［信源］X` paragraphs; data table."""
import os, shutil, subprocess
from common import ISSUES, ROOT, BUILD, E, sections

iss = ISSUES["DOCX"]
H = ['<html><head><meta charset="utf-8"><title>数字贸易简报</title></head><body>',
     f'<p align="right">{E(iss["date_line"])}</p>',
     '<p align="center"><font size="6" color="#C00000"><b>数字贸易简报</b></font></p>',
     f'<p align="center">{iss["issue_line"]}　　{iss["total_line"]}</p>',
     '<p align="center">大连市数字贸易协会　主办</p><hr/>',
     '<p><b>目　录</b></p>']
secs = sections(iss)
for s, its in secs:
    t = "；".join(it["title"] for it in its if it["title"] and s != "协会动态")
    H.append(f'<p>{E(s)}　…　{E(t)}</p>' if t else f'<p>{E(s)}</p>')
H.append('<hr/>')
for s, its in secs:
    H.append(f'<h1>◇ {E(s)} ◇</h1>')
    for it in its:
        if it["title"]:
            H.append(f'<h2>{E(it["title"])}</h2>')
        for b in it["body"]:
            if isinstance(b, tuple):
                rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in [b[1]] + b[2])
                H.append(f'<table border="1" cellspacing="0" cellpadding="3">{rows}</table>')
            else:
                H.append(f'<p>{E(b)}</p>')
        if it["source"]:
            H.append(f'<p align="right">［信源］{E(it["source"])}</p>')
H.append('<p>（本刊为会员内部交流资料）</p></body></html>')
src = os.path.join(BUILD, "DOCX.html")
open(src, "w", encoding="utf-8").write("\n".join(H))
subprocess.run(["soffice", "--headless", "--convert-to", "odt:writer8", "--outdir", BUILD, src], check=True, capture_output=True)
subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", BUILD,
                os.path.join(BUILD, "DOCX.odt")], check=True, capture_output=True)
shutil.copy(os.path.join(BUILD, "DOCX.docx"), os.path.join(ROOT, iss["file"]))
