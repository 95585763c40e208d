# -*- coding: utf-8 -*-
"""D: .docx.  Masthead = 3x3 table (title spanning row 1; issue line | 总第 | date in row 2;
editor spanning row 3).  Heading 1 numbered by numbering.xml level 0
`chineseCounting` with lvlText "第%1部分　" (shows 第一部分　数据月报); Heading 2 numbered by
level 1 with <w:isLgl/> and lvlText "%1.%2　" (legal numbering: shows 1.1, 2.1, 2.2 even
though level 0 is Chinese).  Both news sources ONLY in ENDNOTES (endnotes.xml, collected at
the end of the document) as "据X报道编写。"."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES
from ooxml import run, para, table, write_docx, W_NS

ROOT = os.path.join(os.path.dirname(__file__), "..")

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/><w:lvlText w:val="第%1部分　"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:isLgl/><w:suff w:val="nothing"/><w:lvlText w:val="%1.%2　"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>'''


def main():
    iss = ISSUES["D"]
    B = []
    red = "C00000"
    mast = table([
        [para([run("数字贸易简报", b=True, sz=56, color=red, font="华文中宋")], jc="center")],
        [para([run(iss["issue_line"], sz=22)], jc="left"), para([run(iss["total_line"], sz=22)], jc="center"),
         para([run(iss["date_line"], sz=22)], jc="right")],
        [para([run("大连市数字贸易协会秘书处　编", sz=20)], jc="center")],
    ], [3000, 3000, 3000], borders=False, span={(0, 0): 3, (2, 0): 3})
    B.append(mast)
    B.append(para([run("")], extra_ppr='<w:pBdr><w:bottom w:val="double" w:sz="6" w:space="1" w:color="C00000"/></w:pBdr>'))
    B.append(para([run("本期目录", b=True)]))
    n1 = 0
    secs = []
    for it in iss["items"]:
        if not secs or secs[-1][0] != it["section"]:
            secs.append((it["section"], []))
        if it["title"]:
            secs[-1][1].append(it["title"])
    for s, ts in secs:
        B.append(para([run(s + ("：" + "；".join(ts) if ts else ""), sz=20)], ind_first=200))
    endnotes = []
    cur = None
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            B.append(para([run(cur)], style="Heading1"))
        if it["title"]:
            B.append(para([run(it["title"])], style="Heading2"))
        blocks = it["body"]
        for k, b in enumerate(blocks):
            last = (k == len(blocks) - 1)
            if isinstance(b, tuple):
                head, rows = b[1], b[2]
                B.append(table([[para([run(h, b=True, sz=20)], jc="center") for h in head]] +
                               [[para([run(c, sz=20)], jc="center") for c in r] for r in rows],
                               [3200, 2600, 2600], borders=True, shade_head="D9E2F3"))
            else:
                runs = [run(b)]
                if last and it["source"]:
                    nid = len(endnotes) + 1
                    endnotes.append((nid, "据" + it["source"] + "报道编写。"))
                    runs.append(f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{nid}"/></w:r>')
                B.append(para(runs, ind_first=200))
    B.append(para([run("（本期完）", sz=20)], jc="right"))
    sect = ('<w:sectPr><w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    write_docx(os.path.join(ROOT, iss["file"]), "".join(B), sect, numbering=NUMBERING, endnotes=endnotes,
               h1num='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>',
               h2num='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>',
               created="2026-01-29T08:40:00Z")


if __name__ == "__main__":
    main()
