# -*- coding: utf-8 -*-
"""The .docx: hand-written WordprocessingML (ooxml.py, copied from blind16) whose body is ONE THREE-COLUMN
section (`w:cols w:num="3"`, no rule between), after a one-column masthead section ended by a continuous
break. Explicit column breaks `<w:br w:type="column"/>` are set differently from blind16: one ends a
paragraph IN THE MIDDLE OF A STORY (after the first paragraph of 上海…, at the end of its run), one stands
in an EMPTY PARAGRAPH of its own before 外贸新业态. Banners shaded Normal paragraphs `◆ 行业资讯`, titles
bold with no number, sources at the end of the story's last paragraph `（新闻源：X）`."""
import os
from content import ISSUE, sections
from ooxml import run, para, table, write_docx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
COLBR = '<w:r><w:br w:type="column"/></w:r>'
secs = sections()
body = [para([run("数字贸易简报", b=True, sz=52, color="C00000", font="黑体")], jc="center"),
        para([run(f"{ISSUE['issue_line']}（{ISSUE['total_line']}）　　{ISSUE['date_line']}", sz=22)], jc="center",
             extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="C00000"/></w:pBdr>',
             sect='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                  '<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" w:header="851" w:footer="850" w:gutter="0"/>'
                  '<w:cols w:space="425"/></w:sectPr>')]
for s, its in secs:
    if s == "外贸新业态":
        body.append(para([COLBR]))  # a column break alone in an empty paragraph
    body.append(para([run("◆ " + s, b=True, sz=24, color="1F4E79", font="黑体")],
                     extra_ppr='<w:shd w:val="clear" w:color="auto" w:fill="E2EFDA"/>'))
    for it in its:
        if it["title"]:
            body.append(para([run(it["title"], b=True, sz=22, font="黑体")]))
        bl = it["body"]
        for bi, b in enumerate(bl):
            if isinstance(b, tuple):
                body.append(table([b[1]] + b[2], [1300, 900, 900], shade_head="D9D9D9"))
                continue
            t = b + (f"（新闻源：{it['source']}）" if it["source"] and bi == len(bl) - 1 else "")
            runs = [run(t, font="仿宋", sz=20)]
            if it["title"] == "上海前2个月进出口增长23.1%" and bi == 0:
                runs.append(COLBR)  # the break ends the story's first paragraph: its second opens the next column
            body.append(para(runs, ind_first=200))
body.append(para([run("报：大连市商务局　送：各会员单位", sz=17)]))
sect = ('<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" w:header="851" w:footer="850" w:gutter="0"/>'
        '<w:cols w:num="3" w:space="300"/></w:sectPr>')
write_docx(os.path.join(ROOT, "2026年第4期简报-三栏.docx"), "".join(body), sect, title="数字贸易简报2026年第4期",
           created="2026-04-29T08:00:00Z")
