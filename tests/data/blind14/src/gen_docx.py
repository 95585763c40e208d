# -*- coding: utf-8 -*-
"""DOCX (family 5): hand-written WordprocessingML (src/ooxml.py).  Masthead = a 1x3 table whose
middle cell holds the red title over `大连市数字贸易协会`, left cell `内部资料` / `注意保存`, right cell the
issue line, 总第 and date stacked; Heading 1 numbered from numbering.xml level 0
`decimalZero` with `lvlText="%1"` and a TAB suffix (shows `01⇥数据月报`), Heading 2 at level 1
`lowerLetter` `lvlText="%2)"` restarting under each part (shows `a)`); the two news sources
appear ONLY in FOOTNOTES whose reference is a CUSTOM MARK `※` (`w:customMarkFollows`), the
footnote text `来源：X`; the data table ruled with a shaded head; own section 数贸观察."""
import os
from common import ISSUES, ROOT, sections
from ooxml import run, para, table, write_docx

iss = ISSUES["DOCX"]
secs = sections(iss)
NUM = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:pStyle w:val="Heading1"/><w:suff w:val="tab"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:color w:val="C00000"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Heading2"/><w:lvlRestart w:val="1"/><w:suff w:val="space"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''
H1 = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
H2 = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'

def cellp(lines, jc="center"):
    return "".join(para([run(t, b=bb, sz=sz, color=col, font=f)], jc=jc) for t, bb, sz, col, f in lines)

mast = table([[cellp([("内部资料", True, 20, "C00000", "黑体"), ("注意保存", False, 18, None, "宋体")]),
               cellp([("数字贸易简报", True, 52, "C00000", "黑体"), ("大连市数字贸易协会", False, 21, None, "宋体")]),
               cellp([(iss["issue_line"], False, 21, None, "宋体"), (iss["total_line"], False, 21, None, "宋体"),
                      (iss["date_line"], False, 21, None, "宋体")], jc="right")]],
             [1800, 5000, 2200], borders=False)
body = [mast, para([run("")], extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="C00000"/></w:pBdr>')]
body.append(para([run("本期目录：", b=True)] + [run("　".join(s for s, _ in secs))]))
fns = []
fid = 0
for s, its in secs:
    body.append(para([run(s)], style="Heading1"))
    for it in its:
        if it["title"]:
            body.append(para([run(it["title"])], style="Heading2"))
        blocks = it["body"]
        for bi, b in enumerate(blocks):
            if isinstance(b, tuple):
                rows = [b[1]] + b[2]
                body.append(table(rows, [4200, 2000, 1800], shade_head="DEEAF6"))
                continue
            runs = [run(b, font="仿宋")]
            if it["source"] and bi == len(blocks) - 1:
                fid += 1
                runs.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="{fid}"/></w:r>'
                            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>※</w:t></w:r>')
                fns.append((fid, "※", f"来源：{it['source']}"))
            body.append(para(runs, ind_first=200))
body.append(para([run("")], extra_ppr='<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))
body.append(para([run("送：各会员单位、理事单位　　　　　　　　　　　（共印75份）", sz=18)]))
sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
write_docx(os.path.join(ROOT, iss["file"]), "".join(body), sect, numbering=NUM, footnotes=fns,
           h1num=H1, h2num=H2, title="数字贸易简报2026年第2期", created="2026-02-26T08:40:00Z")
