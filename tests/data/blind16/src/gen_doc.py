# -*- coding: utf-8 -*-
"""DOC (family 3): Word 97-2003 binary (LibreOffice `MS Word 97` from a hand-written .docx,
.build/DOC.docx) whose section and story headings are an OUTLINE-NUMBERED MULTILEVEL LIST:
Heading 1 at level 0 `%1.` (shows `1.　数据月报` … `5.　协会动态`), Heading 2 at level 1 `%1.%2`
(shows `1.1　2025年授权发明专利97.2万件`, `2.1　…`, restarting under each part) — the numbers
exist only in the list definition, not in the text; the PAGE HEADER repeats the issue
(`数字贸易简报　2026年第1期（总第45期）` right-aligned over a rule) and the footer a centred
`- PAGE -` field; masthead in the body (red title, issue line, editor + date); `本期目录`
as a right-tab list; sources as right-aligned lines `——选编自X`; ruled data table with a
grey head; own section 通道物流; colophon `报送：… 分送：…`."""
import os, subprocess, shutil
from common import ISSUES, ROOT, BUILD, sections
from ooxml import run, para, table, write_docx

iss = ISSUES["DOC"]
secs = sections(iss)
NUM = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:suff w:val="space"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlRestart w:val="1"/><w:suff w:val="space"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''
H1 = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
H2 = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
body = [para([run("数字贸易简报", b=True, sz=60, color="C00000", font="黑体")], jc="center"),
        para([run(f"{iss['issue_line']}（{iss['total_line']}）", sz=24)], jc="center"),
        para([run(f"大连市数字贸易协会秘书处编　　　　　　　　　　　　{iss['date_line']}", sz=22)],
             extra_ppr='<w:pBdr><w:bottom w:val="double" w:sz="6" w:space="4" w:color="C00000"/></w:pBdr>'),
        para([run("本期目录", b=True, font="黑体")])]
for s, its in secs:
    ts = [it["title"] for it in its if it["title"]]
    body.append(para([run(f"{s}　" + ("　".join(ts) if ts else "（会员服务与活动）"), sz=20)],
                     extra_ppr='<w:ind w:left="420"/>'))
for s, its in secs:
    body.append(para([run(s)], style="Heading1"))
    for it in its:
        if it["title"]:
            body.append(para([run(it["title"])], style="Heading2"))
        for b in it["body"]:
            if isinstance(b, tuple):
                body.append(table([b[1]] + b[2], [3600, 1500, 1300, 1600], shade_head="D9D9D9"))
            else:
                body.append(para([run(b, font="仿宋", sz=22)], ind_first=200))
        if it["source"]:
            body.append(para([run(f"——选编自{it['source']}", sz=20, font="楷体")], jc="right"))
body.append(para([run("")], extra_ppr='<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))
body.append(para([run("报送：大连市商务局、大连市民政局　　分送：各会员单位（共印70份）", sz=18)]))
hdr = para([run(f"数字贸易简报　{iss['issue_line']}（{iss['total_line']}）", sz=18, color="7F7F7F")], style="Header", jc="right",
           extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="7F7F7F"/></w:pBdr>')
ftr = ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>' + run("- ") +
       '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
       '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' + run(" -") + '</w:p>')
sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="851" w:footer="850" w:gutter="0"/></w:sectPr>')
src = os.path.join(BUILD, "DOC.docx")
write_docx(src, "".join(body), sect, numbering=NUM, header=hdr, footer=ftr, h1num=H1, h2num=H2,
           title="数字贸易简报2026年第1期", created="2026-01-29T07:55:00Z")
subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", BUILD, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
shutil.copy(os.path.join(BUILD, "DOC.doc"), os.path.join(ROOT, iss["file"]))
