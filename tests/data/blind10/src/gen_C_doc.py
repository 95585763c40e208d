# -*- coding: utf-8 -*-
"""2025 第10期 -> Word 97-2003 .doc (LibreOffice 'MS Word 97' from a hand-written docx) (family 3), laid out like a
red-header office document: '内部资料' mark, red title, red rule with a star made of text; section banners as a
Heading 1 inside a 1x1 table whose only borders are a thick red LEFT bar and a thin bottom line; 行业资讯 titles typed
'〔1〕'; every story body is ONE Word paragraph whose sub-paragraphs are joined by soft line breaks (w:br, pasted
from a web page); sources '来源媒体：X' left-aligned; extra section 规划解读."""
import subprocess, shutil, os
from common import *
from ooxml import *
iss = issue("C")
F = "仿宋_GB2312"
B = []
B.append(para(run("内部资料", font="黑体", size=21), spacing=(0, 120)))
B.append(para(run("数字贸易简报", font="方正小标宋简体", size=64, bold=True, color="FF0000"), jc="center", spacing=(120, 120)))
B.append(para(run("2025年第10期（总第42期）", font="楷体", size=24), jc="center"))
B.append(para([run("大连市数字贸易协会秘书处编", font="楷体", size=22), '<w:r><w:tab/></w:r>', run("2025年10月31日", font="楷体", size=22)],
              tabs=[("right", 8720)]))
B.append(para(run("━━━━━━━━━━━━━━ ★ ━━━━━━━━━━━━━━", font="宋体", size=22, color="FF0000"), jc="center", spacing=(0, 240)))

def banner(sec):
    inner = para(run(sec, font="黑体", size=30, bold=True, color="C00000"), style="Heading1", spacing=(0, 0))
    t = ('<w:tbl><w:tblPr><w:tblW w:w="8720" w:type="dxa"/><w:tblBorders>'
         '<w:top w:val="nil"/><w:left w:val="single" w:sz="36" w:space="0" w:color="C00000"/>'
         '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="C00000"/><w:right w:val="nil"/>'
         '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
         '<w:tblGrid><w:gridCol w:w="8720"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8720" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>') % inner
    return t + para(run(""), spacing=(0, 0))

def soft_para(texts):
    rs = []
    for i, t in enumerate(texts):
        if i:
            rs.append('<w:r><w:br/></w:r>')
            rs.append(run("　　", font=F, size=22))
        rs.append(run(t, font=F, size=22))
    return para(rs, ind_first=440, spacing=(0, 60))

for sec, items in sections(iss):
    B.append(banner(sec))
    k = 0
    for it in items:
        if it["title"]:
            lab = ""
            if sec == "行业资讯":
                k += 1
                lab = "〔%d〕" % k
            B.append(para(run(lab + it["title"], font="黑体", size=24, bold=True), spacing=(160, 60), keep=True))
        chunk = []
        for p in it["paras"]:
            if isinstance(p, dict):
                if chunk:
                    B.append(soft_para(chunk)); chunk = []
                B.append(table(p["table"], [3600, 2400, 2400], header_shade="FBE4D5", jcs=["left", "right", "right"]))
                continue
            chunk.append(p)
        if chunk:
            B.append(soft_para(chunk))
        if it["source"]:
            B.append(para(run("来源媒体：" + it["source"], font="楷体", size=20), spacing=(0, 120)))
B.append(para(run("（本期完）", font=F, size=21), jc="center", spacing=(360, 0)))
SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
docx = os.path.join(HERE, "2025-10.docx")
write_docx(docx, "".join(B), SECT, core={"title": "数字贸易简报2025年第10期", "creator": "张蕾", "created": "2025-10-27T01:20:00Z", "modified": "2025-10-30T09:05:00Z"})
os.makedirs(BUILD, exist_ok=True)
subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", 'doc:MS Word 97', docx, "--outdir", BUILD], check=True, capture_output=True)
shutil.copy(os.path.join(BUILD, "2025-10.doc"), out("C"))
subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "pdf", os.path.join(BUILD, "2025-10.doc"), "--outdir", BUILD], check=True, capture_output=True)
