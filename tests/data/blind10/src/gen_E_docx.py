# -*- coding: utf-8 -*-
"""2025 第12期 -> .docx (family 5), hand-written WordprocessingML: masthead as a 1x3 layout table (association + '会员内部资料'
left, big red title centre, issue/总第/date stacked right, only a thick red bottom border); Heading 1 numbered from
numbering.xml with numFmt chineseLegalSimplified and lvlText '%1、' (Word shows 壹、数据月报 …), Heading 2 numbered
'〈%2〉' at level 2 of the same list (restarting per section); the 乳制品 (德国之声) and 信通院 stories give their source ONLY in a
footnote '编译自X。'; the other sources are a bare right-aligned '（X）'."""
from common import *
from ooxml import *
iss = issue("E")
NUMBERING = '''<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseLegalSimplified"/><w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:suff w:val="space"/><w:lvlText w:val="〈%2〉"/><w:lvlRestart w:val="1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'''
F = "仿宋"
FOOT = {"德国之声中文网", "联合新闻网"}   # footnote-only sources (E2 and E3; E4's 联合新闻网 is printed inline)
B = []
left = para(run("大连市数字贸易协会", font="黑体", size=20), jc="left") + para(run("会员内部资料", font="楷体", size=18, color="7F7F7F"), jc="left")
mid = para(run("数字贸易简报", font="方正小标宋简体", size=52, bold=True, color="C00000"), jc="center")
right = (para(run("2025年第12期", font="宋体", size=20), jc="right") + para(run("总第44期", font="宋体", size=20), jc="right")
         + para(run("2025年12月31日", font="宋体", size=20), jc="right"))
t = table([[left, mid, right]], [2300, 4300, 2300], borders="none")
t = t.replace("<w:tblBorders>", '<w:tblBorders><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="0" w:color="C00000"/>', 1)
t = t.replace('<w:bottom w:val="none" w:sz="4" w:space="0" w:color="808080"/>', "")
t = t.replace("<w:tcW ", '<w:vAlign w:val="center"/><w:tcW ').replace('<w:tcPr><w:vAlign w:val="center"/><w:tcW ', "<w:tcPr><w:tcW ")
B.append(t)
B.append(para(run("大连市数字贸易协会秘书处编", font="楷体", size=20), jc="right", spacing=(60, 200)))
fns = []
for sec, items in sections(iss):
    B.append(para(run(sec, font="黑体", size=30, bold=True, color="C00000"), style="Heading1", num=(0, 5)))
    for ii, it in enumerate(items):
        foot = it["source"] in FOOT and it["section"] == "行业资讯" and ii < 2
        if it["title"]:
            B.append(para(run(it["title"], font="黑体", size=24, bold=True), style="Heading2", num=(1, 5)))
        for pi, p in enumerate(it["paras"]):
            last = pi == len(it["paras"]) - 1
            if isinstance(p, dict):
                B.append(table(p["table"], [2400, 3600, 1800], header_shade="DEEAF6", jcs=["left", "right", "right"]))
                continue
            rs = [run(p, font=F, size=22)]
            if last and foot:
                fid = len(fns) + 1
                fns.append((fid, "编译自%s。" % it["source"]))
                rs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % fid)
            B.append(para(rs, ind_first=440))
        if it["source"] and not foot:
            B.append(para(run("（%s）" % it["source"], font="楷体", size=20, color="595959"), jc="right"))
B.append(para(run("（本期完）", font=F, size=20), jc="center", spacing=(240, 0)))
SECT = '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1500" w:bottom="1440" w:left="1500" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
write_docx(out("E"), "".join(B), SECT, numbering=NUMBERING, footnotes=fns,
           core={"title": "数字贸易简报2025年第12期", "creator": "秘书处-周敏", "created": "2025-12-26T02:30:00Z", "modified": "2025-12-30T08:20:00Z"})
