# -*- coding: utf-8 -*-
"""2026 第3期 -> .docx: masthead as a key/value form table, Heading 1 numbered 甲乙丙 (ideographTraditional)
and Heading 2 numbered 【1】 from numbering.xml, two stories' sources only in footnotes (family 5)."""
from common import *
from ooxml import *
iss = issue("03")
NUMBERING = '''<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:pStyle w:val="Heading1"/><w:suff w:val="space"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/><w:lvlText w:val="【%2】"/><w:lvlRestart w:val="1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'''
B = []
F = "仿宋"
# masthead: key / value form table
mh = [["刊　　名", "数字贸易简报"], ["期　　号", "2026年第3期（总第47期）"], ["编　　印", "大连市数字贸易协会秘书处"], ["印发日期", "2026年3月31日"]]
rows = []
for k, v in mh:
    big = v == "数字贸易简报"
    rows.append([para(run(k, font="黑体", size=21, bold=True), jc="distribute"),
                 para(run(v, font="方正小标宋简体" if big else "宋体", size=40 if big else 22, bold=big, color="C00000" if big else None))])
B.append(table(rows, [1800, 6500], borders="single", jcs=None))
B.append(para(run(""), spacing=(0, 120)))
fns = []
for sec, items in sections(iss):
    B.append(para(run(sec, font="黑体", size=30, bold=True, color="C00000"), style="Heading1", num=(0, 3)))
    for it in items:
        if it["title"]:
            B.append(para(run(it["title"], font="黑体", size=24, bold=True), style="Heading2", num=(1, 3)))
        for pi, p in enumerate(it["paras"]):
            last = pi == len(it["paras"]) - 1
            if isinstance(p, dict):
                B.append(table(p["table"], [3200, 2400, 2000], header_shade="F2DCDB", jcs=["left", "right", "right"]))
                continue
            rs = [run(p, font=F, size=22)]
            if last and it.get("fn"):
                fid = len(fns) + 1
                fns.append((fid, "%s，2026年3月%s日。" % (it["source"], it["date"][-2:].lstrip("0"))))
                rs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % fid)
            B.append(para(rs, ind_first=440))
        if it["source"] and not it.get("fn"):
            B.append(para(run("来源：" + it["source"], font="楷体", size=20, color="7F7F7F"), jc="right"))
B.append(para(run("（本期完）", font=F, size=20), jc="center", spacing=(240, 0)))
SECT = '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1588" w:bottom="1440" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
write_docx(out("03"), "".join(B), SECT, numbering=NUMBERING, footnotes=fns,
           core={"title": "数字贸易简报2026年第3期", "creator": "秘书处-李楠", "created": "2026-03-25T02:10:00Z", "modified": "2026-03-30T08:45:00Z"})
