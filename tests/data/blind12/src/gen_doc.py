# -*- coding: utf-8 -*-
"""C: Word 97-2003 .doc made by LibreOffice from an HTML source.  New layout: every
section is a borderless 2-column table whose narrow LEFT cell is the banner — the section
name written one character per line (vertical), white on dark teal — and whose right cell
holds the section's items.  Titles start with '◎'; sources right-aligned '出处：X'."""
import html, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES

ROOT = os.path.join(os.path.dirname(__file__), "..")
BUILD = os.path.join(ROOT, ".build")
E = html.escape


def main():
    iss = ISSUES["C"]
    os.makedirs(BUILD, exist_ok=True)
    P = []
    a = P.append
    a('<html><head><meta charset="utf-8"><title>数字贸易简报</title></head><body style="font-family:SimSun">')
    a('<p align="center" style="font-size:26pt;color:#c00000;font-weight:bold;margin:0">数字贸易简报</p>')
    a(f'<p align="center" style="font-size:12pt;margin:4pt 0">{E(iss["issue_line"])}（{E(iss["total_line"])}）</p>')
    a(f'<p style="font-size:10.5pt">大连市数字贸易协会秘书处　　　　　　　　　　　　　　　　{E(iss["date_line"])}</p>')
    a('<hr size="3" color="#c00000">')
    a('<p style="font-size:10.5pt"><b>本期目录</b></p>')
    secs = []
    for it in iss["items"]:
        if not secs or secs[-1][0] != it["section"]:
            secs.append((it["section"], []))
        if it["title"]:
            secs[-1][1].append(it["title"])
    for s, ts in secs:
        a(f'<p style="font-size:10.5pt;margin:0 0 0 2em">{E(s)}　{E("；".join(ts)) if ts else "会员工作三则"}</p>')
    a('<p></p>')
    for s, _ in secs:
        items = [it for it in iss["items"] if it["section"] == s]
        vertical = "<br>".join(E(c) for c in s)
        a('<table width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;margin-top:10pt">')
        a(f'<tr><td width="8%" valign="top" bgcolor="#1f5f5b" style="color:#ffffff;font-size:14pt;font-weight:bold;text-align:center">{vertical}</td>')
        a('<td width="92%" valign="top">')
        for it in items:
            if it["title"]:
                a(f'<p style="font-size:12pt;font-weight:bold;margin:6pt 0 4pt">◎{E(it["title"])}</p>')
            for b in it["body"]:
                if isinstance(b, tuple):
                    head, rows = b[1], b[2]
                    a('<table width="90%" border="1" cellpadding="3" cellspacing="0" align="center" style="border-collapse:collapse">')
                    a('<tr>' + ''.join(f'<td bgcolor="#dde8e7" align="center"><b>{E(h)}</b></td>' for h in head) + '</tr>')
                    for r in rows:
                        a('<tr>' + ''.join(f'<td align="center">{E(c)}</td>' for c in r) + '</tr>')
                    a('</table>')
                else:
                    a(f'<p style="font-size:10.5pt;text-indent:2em;margin:0 0 4pt">{E(b)}</p>')
            if it["source"]:
                a(f'<p align="right" style="font-size:9pt;color:#555555">出处：{E(it["source"])}</p>')
        a('</td></tr></table>')
    a('<hr size="1">')
    a('<p style="font-size:9pt">报：市商务局　　送：各理事单位、会员单位　　　　　　　　（共印70份）</p>')
    a('</body></html>')
    src = os.path.join(BUILD, "C.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(P))
    subprocess.run(["soffice", "--headless", "--convert-to", 'doc:MS Word 97', "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(BUILD, "C.doc"), os.path.join(ROOT, iss["file"]))


if __name__ == "__main__":
    main()
