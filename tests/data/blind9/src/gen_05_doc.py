# -*- coding: utf-8 -*-
"""2025 第5期 -> Word 97-2003 .doc (LibreOffice 'MS Word 97' from a hand-written docx) (family 3):
section banners as a 1x2 table (shaded '第一部分' cell + Heading 1 cell), typed '1．' titles,
sources '（稿件来源：X）', date printed 2025/05/31, a page break before 会员风采."""
import subprocess, shutil, os
from common import *
from ooxml import *
iss = issue("05")
F = "仿宋_GB2312"
CN = "一二三四五六"
B = []
B.append(para(run("《数字贸易简报》", font="方正小标宋简体", size=48, bold=True, color="C00000"), jc="center"))
B.append(para([run("2025年第5期", font="宋体", size=24), run("　　", size=24), run("总第37期", font="宋体", size=24)], jc="center"))
B.append(para([run("大连市数字贸易协会秘书处　编", font="楷体", size=21), '<w:r><w:tab/></w:r>', run("2025/05/31", font="楷体", size=21)],
              tabs=[("right", 8720)], border_bottom="thickThinSmallGap"))
for si, (sec, items) in enumerate(sections(iss)):
    if sec == "会员风采":
        B.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    left = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>' % run("第%s部分" % CN[si], font="黑体", size=22, bold=True, color="FFFFFF")
    right = para(run(sec, font="黑体", size=30, bold=True, color="C00000"), style="Heading1", spacing=(0, 0))
    t = table([[left, right]], [1700, 6900], borders="none")
    t = t.replace('<w:tcW w:w="1700" w:type="dxa"/>', '<w:tcW w:w="1700" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="8B0000"/><w:vAlign w:val="center"/>', 1)
    t = t.replace('<w:tblBorders>', '<w:tblBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="8B0000"/>', 1).replace('<w:bottom w:val="none" w:sz="4" w:space="0" w:color="808080"/>', '')
    B.append(t)
    B.append(para(run(""), spacing=(0, 0)))
    k = 0
    for it in items:
        if it["title"]:
            k += 1
            lab = "%d．" % k if sec == "行业资讯" else ""
            B.append(para(run(lab + it["title"], font="黑体", size=24, bold=True), spacing=(120, 60), keep=True))
        for p in it["paras"]:
            if isinstance(p, dict):
                B.append(table(p["table"], [3300, 1500, 1900, 1900], header_shade="D9D9D9", jcs=["left", "center", "right", "right"]))
                continue
            B.append(para(run(p, font=F, size=22), ind_first=440))
        if it["source"]:
            B.append(para(run("（稿件来源：%s）" % it["source"], font="楷体", size=20), jc="right"))
B.append(para(run("抄报：大连市商务局　　　　　　　　　　　　　　　　　　　　　印数：40份", font="宋体", size=18), border_bottom="single", spacing=(360, 0)))
SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1588" w:right="1474" w:bottom="1474" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
docx = os.path.join(HERE, "2025-05.docx")
write_docx(docx, "".join(B), SECT, core={"title": "数贸简报五月刊", "creator": "王晓琳", "created": "2025-05-26T03:00:00Z", "modified": "2025-05-30T07:12:00Z"})
os.makedirs(BUILD, exist_ok=True)
subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", 'doc:MS Word 97', docx, "--outdir", BUILD], check=True, capture_output=True)
shutil.copy(os.path.join(BUILD, "2025-05.doc"), out("05"))
subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "pdf", os.path.join(BUILD, "2025-05.doc"), "--outdir", BUILD], check=True, capture_output=True)
