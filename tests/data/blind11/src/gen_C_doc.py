# -*- coding: utf-8 -*-
"""2025年第3期 as a Word 97-2003 .doc: written as HTML (src/.build/C.html), opened by LibreOffice
Writer (HTML (StarWriter) filter) and saved as 'MS Word 97'. Quirks: every section after the first
starts on a NEW PAGE; banners = Heading 1 inside a 1x1 table with a DASHED border all round and pale
yellow shading (black text); 行业资讯 titles typed '＜一＞ ＜二＞ ＜三＞' (full-width angle brackets);
sources right-aligned '文章来源于：X'."""
import html, os, subprocess, shutil
from common import *
iss = issue("C")
E = html.escape
CN = "一二三四五六七八九十"
H = ['<html><head><meta charset="utf-8"><title>数字贸易简报2025年第3期</title>'
     '<meta name="author" content="协会秘书处"><style>body{font-family:"SimSun";font-size:12pt}'
     'p.b{text-indent:2em;line-height:150%;margin:0}</style></head><body>']
H.append('<p align="center" style="font-size:28pt;color:#cc0000;font-weight:bold;margin:0">数字贸易简报</p>')
H.append('<p align="center" style="font-size:13pt;margin:0">2025年第3期（总第35期）</p>')
H.append('<p style="margin:0">大连市数字贸易协会秘书处编　　　　　　　　　　　　　　　2025年3月31日</p>')
H.append('<hr size="2" color="#cc0000">')
for si, (sec, its) in enumerate(sections(iss)):
    if si:
        H.append('<p style="page-break-before:always;margin:0"></p>')
    H.append('<table width="100%%" cellpadding="6" cellspacing="0"><tr><td style="border:1.5pt dashed #7f6000;background:#fff2cc">'
             '<h1 style="font-size:16pt;margin:0;color:#000">%s</h1></td></tr></table><p></p>' % E(sec))
    for ii, it in enumerate(its):
        if it["title"]:
            num = "＜%s＞" % CN[ii] if sec == "行业资讯" else ""
            H.append('<p style="font-size:14pt;font-weight:bold;margin-top:10pt">%s%s</p>' % (num, E(it["title"])))
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                t = ['<table width="90%" border="1" cellspacing="0" cellpadding="4" align="center">']
                for ri, r in enumerate(rows):
                    tag = "th" if ri == 0 else "td"
                    t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, E(c), tag) for c in r) + "</tr>")
                t.append("</table>")
                H.append("".join(t))
            else:
                H.append('<p class="b">%s</p>' % E(p))
        if it["source"]:
            H.append('<p align="right" style="margin:2pt 0 8pt">文章来源于：%s</p>' % E(it["source"]))
H.append('<hr size="1"><p style="font-size:10pt">报送：大连市商务局　　　发送：协会各会员单位</p></body></html>')
os.makedirs(BUILD, exist_ok=True)
src = os.path.join(BUILD, "C.html")
open(src, "w", encoding="utf-8").write("\n".join(H))
subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "doc:MS Word 97",
                "--outdir", BUILD, src], check=True, capture_output=True)
shutil.copy(os.path.join(BUILD, "C.doc"), out("C"))
print("wrote", out("C"))
