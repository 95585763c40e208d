# -*- coding: utf-8 -*-
"""DOC (family 3): Word 97-2003 binary made by LibreOffice (`soffice --convert-to doc:"MS Word 97"`)
from .build/DOC.html, laid out as an 信息摘报 (news digest) form: 行业资讯 is NOT a run of
titled stories but one ruled 4-column table `序号 | 标题 | 内容摘要 | 来源` — one row per story
(the body paragraphs inside the 内容摘要 cell, the outlet alone in the 来源 cell); other sections
as usual: banners are centred paragraphs between two rules `═══ 数据月报 ═══`; titles bold after
a square `■`; the data table ruled with a grey head; own section 会员快讯 ending `报送：协会秘书处`;
colophon `报：… 送：…`."""
import os, subprocess, shutil
from common import ISSUES, ROOT, BUILD, sections, E

iss = ISSUES["DOC"]
secs = sections(iss)
out = []
for s, its in secs:
    out.append(f'<p align="center" style="margin-top:14pt;font-size:15pt;font-family:黑体;color:#7b2c00"><b>═══　{E(s)}　═══</b></p>')
    if s == "行业资讯":
        rows = ['<tr>' + "".join(f'<td width="{w}" style="border:1px solid #000;background:#d9d9d9;padding:3px"><p align="center"><b>{h}</b></p></td>' for h, w in zip(["序号", "标题", "内容摘要", "来源"], [36, 130, 390, 84])) + '</tr>']
        for k, it in enumerate(its, 1):
            body = "".join(f'<p style="font-family:仿宋;font-size:10.5pt">{E(b)}</p>' for b in it["body"])
            rows.append(f'<tr><td width="36" style="border:1px solid #000;padding:3px"><p align="center">{k}</p></td>'
                        f'<td width="130" style="border:1px solid #000;padding:3px"><p><b>{E(it["title"])}</b></p></td>'
                        f'<td width="390" style="border:1px solid #000;padding:3px">{body}</td>'
                        f'<td width="84" style="border:1px solid #000;padding:3px"><p align="center">{E(it["source"])}</p></td></tr>')
        out.append('<table width="640" cellspacing="0" cellpadding="3" style="border-collapse:collapse">' + "".join(rows) + '</table>')
        continue
    for it in its:
        if it["title"]:
            out.append(f'<p style="margin-top:8pt;font-size:13pt;font-family:黑体"><b>■ {E(it["title"])}</b></p>')
        for b in it["body"]:
            if isinstance(b, tuple):
                h = "".join(f'<td style="border:1px solid #000;background:#d9d9d9;padding:3px"><p align="center"><b>{E(c)}</b></p></td>' for c in b[1])
                r = "".join("<tr>" + "".join(f'<td style="border:1px solid #000;padding:3px"><p align="{"left" if i == 0 else "center"}">{E(c)}</p></td>' for i, c in enumerate(row)) + "</tr>" for row in b[2])
                out.append(f'<table width="90%" cellspacing="0" cellpadding="3" style="border-collapse:collapse"><tr>{h}</tr>{r}</table>')
            else:
                out.append(f'<p style="text-indent:2em;line-height:150%;font-family:仿宋">{E(b)}</p>')
        if it["source"]:
            out.append(f'<p align="right" style="font-size:10.5pt">报送：{E(it["source"])}</p>')
html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报</title></head>
<body style="font-family:宋体;font-size:12pt">
<p align="center" style="font-size:30pt;color:#c00000;font-family:黑体"><b>数字贸易简报</b></p>
<p align="center" style="font-size:12pt">（信息摘报版）</p>
<p align="center" style="font-size:13pt">{iss["issue_line"]}　　{iss["total_line"]}</p>
<p style="font-size:11pt">大连市数字贸易协会秘书处　　　　　　　　　　　　　　{iss["date_line"]}</p>
<hr/>
<p style="font-size:11pt"><b>本期要目：</b>{"　".join(E(s) for s, _ in secs)}</p>
{chr(10).join(out)}
<hr/>
<p style="font-size:10pt">报：大连市商务局、大连市工业和信息化局</p>
<p style="font-size:10pt">送：各会员单位、各专业委员会　　　　　　　　（共印80份）</p>
</body></html>'''
src = os.path.join(BUILD, "DOC.html")
open(src, "w", encoding="utf-8").write(html)
subprocess.run(["soffice", "--headless", "--convert-to", 'doc:MS Word 97', "--outdir", BUILD, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
shutil.copy(os.path.join(BUILD, "DOC.doc"), os.path.join(ROOT, iss["file"]))
