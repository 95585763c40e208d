# -*- coding: utf-8 -*-
"""C: Word 97-2003 binary made by LibreOffice (`soffice --convert-to doc:"MS Word 97"`) from
.build/C.html.  Layout: masthead inside a 1x1 table framed by a thick red double border,
`本期要目` as a two-column borderless table (section | titles); section banners = a paragraph
with a dark left bar (▌) + grey shading and a small caps English tag after a tab
(`▌数据月报⇥MONTHLY DATA`); titles typed `12-1`, `12-2` … (issue number + running number);
ruled data table with a two-level head; sources right-aligned `【稿源】X`; own section 算力视点;
colophon 报/送 lines."""
import os, subprocess, shutil
from common import ISSUES, ROOT, BUILD, sections, E

EN = {"数据月报": "MONTHLY DATA", "行业资讯": "INDUSTRY NEWS", "算力视点": "COMPUTING VIEW",
      "会员风采": "MEMBERS", "协会动态": "ASSOCIATION"}


def table(head, rows):
    W = ["40%", "20%", "15%", "25%"]
    h = "".join(f'<td width="{W[i]}" style="border:1px solid #000;background:#d9d9d9;padding:3px"><p align="center"><b>{E(c)}</b></p></td>' for i, c in enumerate(head))
    b = "".join("<tr>" + "".join(f'<td style="border:1px solid #000;padding:3px"><p align="{"left" if i == 0 else "center"}">{E(c)}</p></td>' for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f'<table cellspacing="0" cellpadding="3" width="600" style="border-collapse:collapse">{"<tr>" + h + "</tr>"}{b}</table>'


def main():
    iss = ISSUES["C"]
    secs = sections(iss)
    num, k = {}, 0
    for it in iss["items"]:
        if it["title"]:
            k += 1
            num[id(it)] = f"12-{k}"
    toc = "".join(f'<tr><td width="22%" style="padding:2px"><p><b>{E(s)}</b></p></td><td style="padding:2px"><p>'
                  + "<br/>".join(E(it["title"]) for it in its if it["title"]) + '</p></td></tr>'
                  for s, its in secs if any(it["title"] for it in its))
    out = []
    for s, its in secs:
        out.append(f'<p style="background:#e7e6e6;margin-top:14pt;margin-bottom:6pt;font-size:15pt;font-family:黑体">'
                   f'<font color="#1f3864">▌</font><b>{E(s)}</b>　　<font size="2" color="#7f7f7f">{EN[s]}</font></p>')
        for it in its:
            if it["title"]:
                out.append(f'<p style="margin-top:8pt;font-size:13pt;font-family:黑体"><b>{num[id(it)]}　{E(it["title"])}</b></p>')
            for b in it["body"]:
                if isinstance(b, tuple):
                    out.append(table(b[1], b[2]))
                else:
                    out.append(f'<p style="text-indent:2em;line-height:150%;font-family:仿宋">{E(b)}</p>')
            if it["source"]:
                out.append(f'<p align="right" style="font-size:10pt;color:#595959">【稿源】{E(it["source"])}</p>')
    html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报</title></head>
<body style="font-family:宋体;font-size:12pt">
<p style="font-size:9pt">内部资料　请勿外传</p>
<table width="100%" cellspacing="0" cellpadding="8" style="border:4px double #c00000"><tr><td>
<p align="center" style="font-size:28pt;color:#c00000;font-family:黑体"><b>数 字 贸 易 简 报</b></p>
<p align="center" style="font-size:13pt">{iss["issue_line"]}　　（{iss["total_line"]}）</p>
<p align="center" style="font-size:11pt">大连市数字贸易协会秘书处编印　　　　{iss["date_line"]}</p>
</td></tr></table>
<p style="margin-top:10pt;font-size:13pt;font-family:黑体"><b>本期要目</b></p>
<table width="100%" cellspacing="0" cellpadding="2" border="0">{toc}</table>
{chr(10).join(out)}
<hr/>
<p style="font-size:10pt">报：大连市商务局、大连市数据局</p>
<p style="font-size:10pt">送：各会员单位　　　　　　　　　　　　（共印85份）</p>
</body></html>'''
    src = os.path.join(BUILD, "C.html")
    open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["soffice", "--headless", "--convert-to", 'doc:MS Word 97', "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copy(os.path.join(BUILD, "C.doc"), os.path.join(ROOT, iss["file"]))


if __name__ == "__main__":
    main()
