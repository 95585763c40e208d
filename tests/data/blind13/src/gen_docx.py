# -*- coding: utf-8 -*-
"""E: hand-written WordprocessingML (ooxml.py).  Masthead = 2x2 table (left column: the red
title over `大连市数字贸易协会　主办`; right column: `2026年第2期` / `总第46期　2026年2月28日`;
no borders except a thick red bottom rule).  Heading 1 numbered from numbering.xml level 0
`upperLetter` with lvlText `%1．` (shows `A．数据月报`, `B．行业资讯` …); Heading 2 numbered at
level 1 with `decimalEnclosedCircleChinese` `%2` (①②…, restarting under each Heading 1).
**Sources only inside TEXT BOXES**: after the last paragraph of each story a paragraph holding a
VML text box (`w:pict/v:shape/v:textbox/w:txbxContent`) with `来源：X`; nothing else names them."""
import os
from ooxml import run, para, table, write_docx, X
from common import ISSUES, ROOT, sections

NUMBERING = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1．"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%2"/><w:lvlJc w:val="left"/><w:lvlRestart w:val="1"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>'''
H1NUM = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'
H2NUM = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>'

VNS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def textbox(text, sid):
    return ('<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:pict>'
            f'<v:shape {VNS} id="TextBox{sid}" o:spid="_x0000_s10{sid:02d}" type="#_x0000_t202" '
            'style="width:150pt;height:22pt;mso-wrap-style:square" strokecolor="#7f7f7f" strokeweight=".5pt" fillcolor="#f2f2f2">'
            '<v:textbox inset="4pt,2pt,4pt,2pt"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'{run(text, sz=18, color="595959")}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


def main():
    iss = ISSUES["E"]
    B = []
    # masthead table 2x2
    nb = '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:right w:val="nil"/><w:bottom w:val="thick" w:sz="24" w:space="0" w:color="C00000"/></w:tcBorders>'
    def cell(w, content, bottom=False):
        return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{nb if bottom else ""}</w:tcPr>{content}</w:tc>'
    B.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
             + "".join(f'<w:{s} w:val="nil"/>' for s in ["top", "left", "bottom", "right", "insideH", "insideV"])
             + '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="5600"/><w:gridCol w:w="3400"/></w:tblGrid>')
    B.append('<w:tr>' + cell(5600, para([run("数字贸易简报", b=True, sz=56, color="C00000", font="黑体")]))
             + cell(3400, para([run(iss["issue_line"], b=True, sz=28)], jc="right")) + '</w:tr>')
    B.append('<w:tr>' + cell(5600, para([run("大连市数字贸易协会　主办", sz=21)]), True)
             + cell(3400, para([run(iss["total_line"] + "　" + iss["date_line"], sz=21)], jc="right"), True) + '</w:tr></w:tbl>')
    B.append(para([run("本期要目", b=True, sz=24, font="黑体")], spacing='<w:spacing w:before="200" w:after="60"/>'))
    secs = sections(iss)
    for s, its in secs:
        ts = [it["title"] for it in its if it["title"]]
        if ts:
            B.append(para([run(f"【{s}】", b=True, sz=20), run("；".join(ts), sz=20)]))
    sid = 0
    for s, its in secs:
        B.append(para([run(s)], style="Heading1"))
        for it in its:
            if it["title"]:
                B.append(para([run(it["title"])], style="Heading2"))
            for b in it["body"]:
                if isinstance(b, tuple):
                    B.append(table([b[1]] + b[2], [3800, 2600, 2600], borders=True, shade_head="DDEBF7"))
                else:
                    B.append(para([run(b, font="仿宋")], ind_first=200))
            if it["source"]:
                sid += 1
                B.append(textbox("来源：" + it["source"], sid))
    B.append(para([run("送：各会员单位　　　　　　　　　　　　　　（共印90份）", sz=18)],
                  extra_ppr='<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1300" '
            'w:left="1300" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    write_docx(os.path.join(ROOT, iss["file"]), "".join(B), sect, numbering=NUMBERING,
               h1num=H1NUM, h2num=H2NUM, title="数字贸易简报2026年第2期", created="2026-02-26T15:40:00Z")


if __name__ == "__main__":
    main()
