# -*- coding: utf-8 -*-
"""DOC (family 3): Word 97-2003 binary (LibreOffice `MS Word 97` from .build/DOC.html) whose WHOLE ISSUE sits in
ONE BIG LAYOUT TABLE ("一表通"): row 1 = masthead merged over both columns, row 2 = 本期目录 (merged), then ONE ROW PER
SECTION: a narrow left cell holding the section name STACKED VERTICALLY one character per line (数/据/月/报, shaded),
the right cell holding that section's items (titles `第1条　title` numbered per section, bodies, a NESTED ruled data
table); sources close the last paragraph in tortoise-shell brackets `〔X〕`; last row = colophon (merged)."""
import os, subprocess, shutil
from common import ISSUES, ROOT, BUILD, sections, E

iss = ISSUES["DOC"]
secs = sections(iss)
rows = []
for s, its in secs:
    right = []
    k = 0
    for it in its:
        if it["title"]:
            k += 1
            right.append(f'<p style="margin-top:6pt"><b><font face="黑体" size="3">第{k}条　{E(it["title"])}</font></b></p>')
        bl = it["body"]
        for i, b in enumerate(bl):
            if isinstance(b, tuple):
                h = "".join(f'<td style="border:1px solid #000;background:#dde7f0"><p align="center"><b>{E(c)}</b></p></td>' for c in b[1])
                r = "".join("<tr>" + "".join(f'<td style="border:1px solid #000"><p align="{"left" if j == 0 else "center"}">{E(c)}</p></td>' for j, c in enumerate(row)) + "</tr>" for row in b[2])
                right.append(f'<table width="92%" cellspacing="0" cellpadding="3" style="border-collapse:collapse"><tr>{h}</tr>{r}</table>')
            else:
                src = f'〔{E(it["source"])}〕' if it["source"] and i == len(bl) - 1 else ""
                right.append(f'<p style="text-indent:2em;line-height:140%">{E(b)}{src}</p>')
    label = "<br/>".join(E(ch) for ch in s)
    rows.append(f'<tr><td width="9%" valign="middle" style="border:1px solid #7f7f7f;background:#f2dcdb"><p align="center"><b><font face="黑体" size="4" color="#943634">{label}</font></b></p></td>'
                f'<td width="91%" valign="top" style="border:1px solid #7f7f7f;padding:4pt">{"".join(right)}</td></tr>')
toc = "　".join(f"{E(s)}（{sum(1 for it in its if it['title']) or len(its)}）" for s, its in secs)
html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报</title></head>
<body style="font-family:宋体;font-size:11pt">
<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td colspan="2" style="border:2px solid #943634">
<p align="center"><b><font face="黑体" size="7" color="#c00000">数字贸易简报</font></b></p>
<p align="center"><font size="3">{iss["issue_line"]}　（{iss["total_line"]}）</font></p>
<p align="right"><font size="2">大连市数字贸易协会秘书处编印　　{iss["date_line"]}</font></p></td></tr>
<tr><td colspan="2" style="border:1px solid #7f7f7f"><p><b>本期目录：</b>{toc}</p></td></tr>
{chr(10).join(rows)}
<tr><td colspan="2" style="border:1px solid #7f7f7f"><p><font size="2">报送：大连市商务局、大连市数据局　　分送：各会员单位　　（共印70份）</font></p></td></tr>
</table>
</body></html>'''
src = os.path.join(BUILD, "DOC.html")
open(src, "w", encoding="utf-8").write(html)
subprocess.run(["soffice", "--headless", "--convert-to", 'doc:MS Word 97', "--outdir", BUILD, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
shutil.copy(os.path.join(BUILD, "DOC.doc"), os.path.join(ROOT, iss["file"]))
