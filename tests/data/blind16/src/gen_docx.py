# -*- coding: utf-8 -*-
"""DOCX (family 5): hand-written WordprocessingML (src/ooxml.py) with the body set in a
TWO-COLUMN SECTION (`w:cols w:num="2" w:sep="1"`, a line between the columns) whose column
changes are forced by explicit COLUMN BREAKS (`<w:br w:type="column"/>`): the masthead, a shaded
`本期导读` box and a thick red rule sit in a first one-column section ended by a CONTINUOUS
section break; then 数据月报 + 行业资讯 fill the left column, a column break sends 入境消费 and
会员风采 to the right column, another column break sends 协会动态 to the next page's left column.
Section headings are Normal paragraphs with a left bar and shading `▌数据月报` (no heading styles);
titles bold with `〈1〉`…`〈4〉` typed in the text; the data table ruled, narrow (fits a column);
sources ending the last paragraph as `（消息源：X）`; `抄送：…` at the end."""
import os
from common import ISSUES, ROOT, sections
from ooxml import run, para, table, write_docx

iss = ISSUES["DOCX"]
secs = sections(iss)
COLBR = '<w:r><w:br w:type="column"/></w:r>'
body = [para([run("数字贸易简报", b=True, sz=56, color="C00000", font="黑体")], jc="center"),
        para([run(f"{iss['issue_line']}　　{iss['total_line']}　　{iss['date_line']}", sz=22)], jc="center"),
        para([run("大连市数字贸易协会秘书处　编", sz=20)], jc="center",
             extra_ppr='<w:pBdr><w:bottom w:val="thick" w:sz="24" w:space="4" w:color="C00000"/></w:pBdr>'),
        para([run("本期导读：", b=True, sz=20)] + [run("　".join(s for s, _ in secs), sz=20)],
             extra_ppr='<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>',
             sect='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                  '<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" w:header="851" w:footer="850" w:gutter="0"/>'
                  '<w:cols w:space="425"/></w:sectPr>')]
n = 0
for s, its in secs:
    brk = s in ("入境消费", "协会动态")
    body.append(para(([COLBR] if brk else []) + [run("▌" + s, b=True, sz=26, color="1F4E79", font="黑体")],
                     extra_ppr='<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/><w:spacing w:before="120" w:after="80"/>'))
    for it in its:
        if it["title"]:
            n += 1
            body.append(para([run(f"〈{n}〉{it['title']}", b=True, sz=22, font="黑体")], extra_ppr='<w:spacing w:before="80" w:after="40"/>'))
        bl = it["body"]
        for bi, b in enumerate(bl):
            if isinstance(b, tuple):
                rows = [b[1]] + b[2]
                body.append(table(rows, [1900, 1200, 1300], shade_head="D9D9D9"))
                continue
            t = b + (f"（消息源：{it['source']}）" if it["source"] and bi == len(bl) - 1 else "")
            body.append(para([run(t, font="仿宋", sz=20)], ind_first=200))
body.append(para([run("")], extra_ppr='<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))
body.append(para([run("抄送：大连市商务局、大连市地方金融管理局　　发：各会员单位", sz=17)]))
sect = ('<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" w:header="851" w:footer="850" w:gutter="0"/>'
        '<w:cols w:num="2" w:space="425" w:sep="1"/></w:sectPr>')
write_docx(os.path.join(ROOT, iss["file"]), "".join(body), sect, title="数字贸易简报2026年第3期",
           created="2026-03-30T02:18:00Z")
