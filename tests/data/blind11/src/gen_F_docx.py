# -*- coding: utf-8 -*-
"""2025年第6期 -> .docx (family 5), hand-written WordprocessingML (ooxml.py): masthead as a 1x2 layout table (left
cell the big red title, right cell issue line / 总第 / date stacked, a red vertical rule between the cells and nothing
else); Heading 1 numbered from numbering.xml numFmt chineseCounting with lvlText '【%1】' (shows 【一】数据月报),
Heading 2 numbered chineseCounting with lvlText "第%2则" (第一则, 第二则 …, restarting per section) at level 2 of the same list; BOTH 行业资讯 stories give
their source ONLY in a footnote '原文刊于X。' (word/footnotes.xml)."""
from common import *
from ooxml import *
iss = issue("F")
NUMBERING = '''<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/><w:lvlText w:val="【%1】"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/><w:suff w:val="space"/><w:lvlText w:val="第%2则"/><w:lvlRestart w:val="1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>'''
FT = "仿宋"
B = []
left = para(run("数字贸易简报", font="方正小标宋简体", size=56, bold=True, color="C00000"), jc="center")
right = (para(run("2025年第6期", font="黑体", size=22), jc="left") + para(run("总第38期", font="宋体", size=20), jc="left")
         + para(run("2025年6月30日", font="宋体", size=20), jc="left") + para(run("大连市数字贸易协会秘书处编", font="楷体", size=18, color="595959"), jc="left"))
t = table([[left, right]], [5600, 3300], borders="none")
t = t.replace('<w:insideV w:val="none" w:sz="4" w:space="0" w:color="808080"/>', '<w:insideV w:val="single" w:sz="18" w:space="0" w:color="C00000"/>')
t = t.replace("<w:tcW ", '<w:vAlign w:val="center"/><w:tcW ').replace('<w:tcPr><w:vAlign w:val="center"/><w:tcW ', "<w:tcPr><w:tcW ")
B.append(t)
B.append(para(run("", size=12), spacing=(0, 120)))
fns = []
for sec, items in sections(iss):
    B.append(para(run(sec, font="黑体", size=30, bold=True, color="C00000"), style="Heading1", num=(0, 2)))
    for it in items:
        foot = it["section"] == "行业资讯"
        if it["title"]:
            B.append(para(run(it["title"], font="黑体", size=24, bold=True), style="Heading2", num=(1, 2)))
        for pi, p in enumerate(it["paras"]):
            last = pi == len(it["paras"]) - 1
            if isinstance(p, dict):
                B.append(table(p["table"], [3200, 2600, 2000], header_shade="F2F2F2", jcs=["left", "right", "right"]))
                continue
            rs = [run(p, font=FT, size=22)]
            if last and foot and it["source"]:
                fid = len(fns) + 1
                fns.append((fid, "原文刊于%s。" % it["source"]))
                rs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % fid)
            B.append(para(rs, ind_first=440))
        if it["source"] and not foot:
            B.append(para(run("来源　" + it["source"], font="楷体", size=20), jc="right"))
B.append(para(run("（本期终）", font=FT, size=20), jc="center", spacing=(240, 0)))
SECT = '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1500" w:bottom="1440" w:left="1500" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
write_docx(out("F"), "".join(B), SECT, numbering=NUMBERING, footnotes=fns,
           core={"title": "数贸简报 第6期", "creator": "秘书处-孙婷", "created": "2025-06-25T03:10:00Z", "modified": "2025-06-30T07:45:00Z"})
print("wrote", out("F"))
