# -*- coding: utf-8 -*-
"""2026-03-wordweb.htm: Word 'Save as Web Page' (full, not filtered): Office namespaces, mso conditional
comments with <xml> document properties, MsoNormal/MsoTitle/MsoToc paragraphs, <o:p></o:p>, headings
numbered by mso-list (the number inside <![if !supportLists]>), a TOC of hyperlinks with dotted tab
leaders and page numbers, a MsoTableGrid table, right-aligned sources; bytes in GBK declared gb2312."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ALL

I = ALL[0]
CN = "一二三四五六七八九"
HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="2026-03-wordweb.files/filelist.xml">
<title>数字贸易简报</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>秘书处</o:Author>
  <o:LastAuthor>王编辑</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2026-03-30T02:11:00Z</o:Created>
  <o:Pages>3</o:Pages>
  <o:Company>大连市数字贸易协会</o:Company>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:DrawingGridHorizontalSpacing>10.5 磅</w:DrawingGridHorizontalSpacing>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:Compatibility><w:SpaceForUL/><w:UseFELayout/></w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}
 @font-face {font-family:黑体;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; margin:0cm; text-align:justify;
  text-justify:inter-ideograph; font-size:10.5pt; font-family:"Calibri",sans-serif;}
 h1 {mso-style-priority:9; mso-style-link:"标题 1 字符"; margin-top:17.0pt; margin-bottom:16.5pt;
  line-height:240%; mso-list:l0 level1 lfo1; font-size:22.0pt; font-weight:bold;}
 h2 {mso-style-link:"标题 2 字符"; mso-list:l1 level1 lfo2; font-size:16.0pt; font-family:黑体; font-weight:bold;}
 p.MsoToc1 {mso-style-next:正文; margin:0cm; font-size:10.5pt;}
 p.MsoToc2 {margin-left:21.0pt; font-size:10.5pt;}
 p.MsoTitle {mso-style-priority:10; text-align:center; font-size:16.0pt; font-family:"等线 Light"; font-weight:bold;}
 span.MsoHyperlink {color:#0563C1; text-decoration:underline;}
@page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt; mso-header-margin:42.55pt;}
div.WordSection1 {page:WordSection1;}
 /* List Definitions */
 @list l0 {mso-list-id:1200001; mso-list-template-ids:-1;}
 @list l0:level1 {mso-level-number-format:chinese-counting; mso-level-text:%1、; mso-level-tab-stop:none;}
 @list l1:level1 {mso-level-text:"%1\\."; mso-level-tab-stop:none;}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049"/>
</xml><![endif]-->
</head>

<body lang=ZH-CN link="#0563C1" vlink="#954F72" style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(text, cls="MsoNormal", style="text-indent:21.0pt", align=None):
    a = f" align={align}" if align else ""
    st = f" style='{style}'" if style else ""
    return (f"<p class={cls}{a}{st}><span style='font-family:宋体;mso-ascii-font-family:Calibri;"
            f"mso-hansi-font-family:Calibri'>{esc(text)}</span><span lang=EN-US><o:p></o:p></span></p>\n")


def h(level, num, text, anchor):
    numtxt = f"{CN[num-1]}、" if level == 1 else f"{num}."
    gap = "&nbsp;" * (2 if level == 1 else 4)
    return (f"<h{level} style='margin-left:0cm;text-indent:0cm;mso-list:l{level-1} level1 lfo{level}'>"
            f"<a name=\"{anchor}\"></a><![if !supportLists]><span lang=EN-US style='mso-bidi-font-family:宋体'>"
            f"<span style='mso-list:Ignore'>{numtxt}<span style='font:7.0pt \"Times New Roman\"'>{gap} </span>"
            f"</span></span><![endif]><span style='font-family:黑体'>{esc(text)}</span>"
            f"<span lang=EN-US><o:p></o:p></span></h{level}>\n")


def toc(level, text, anchor, page):
    cls = "MsoToc1" if level == 1 else "MsoToc2"
    return (f"<p class={cls} style='tab-stops:right dotted 415.0pt'><span class=MsoHyperlink><span lang=EN-US>"
            f"<a href=\"#{anchor}\"><span lang=ZH-CN style='font-family:宋体'>{esc(text)}</span>"
            f"<span style='color:windowtext;display:none;mso-hide:screen;text-decoration:none;text-underline:none'>"
            f"<span style='mso-tab-count:1 dotted'>. . . . . . . . . . . . . . . . . . . . . . </span></span>"
            f"<span style='color:windowtext;display:none;mso-hide:screen'>{page}</span></a></span></span>"
            f"<span lang=EN-US><o:p></o:p></span></p>\n")


def table():
    rows = [("指标", "金额", "同比增长（%）"), ("跨境电商进出口", "1.32万亿元", "5.7"),
            ("　其中：出口", "1.03万亿元", "4.7"), ("　　　　进口", "2911亿元", "9.3")]
    out = ["<div align=center>\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n"]
    for r, row in enumerate(rows):
        out.append(f" <tr style='mso-yfti-irow:{r}'>\n")
        for c in row:
            out.append("  <td width=184 valign=top style='width:138.3pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                       f"  <p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>{esc(c)}</span><span lang=EN-US><o:p></o:p></span></p>\n  </td>\n")
        out.append(" </tr>\n")
    out.append("</table>\n</div>\n")
    out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n")
    return "".join(out)


def main():
    out = [HEAD]
    out.append(p("数字贸易简报", cls="MsoTitle", style=None))
    out.append(p("2026年第3期（总第47期）", align="center", style="text-align:center"))
    out.append(p("大连市数字贸易协会秘书处编　　　　　　　　2026年3月31日", align="center", style="text-align:center"))
    out.append("<div style='mso-element:para-border-div;border:none;border-bottom:solid red 2.25pt;padding:0cm 0cm 1.0pt 0cm'>\n"
               "<p class=MsoNormal style='border:none;padding:0cm'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n</div>\n")
    out.append(p("目　录", align="center", style="text-align:center"))
    sections = []
    for it in I["items"]:
        if it["section"] not in sections:
            sections.append(it["section"])
    page = {"数据月报": 1, "行业资讯": 1, "会员风采": 2, "协会动态": 3}
    for si, s in enumerate(sections):
        out.append(toc(1, f"{CN[si]}、{s}", f"_Toc1937{si}", page[s]))
        for ti, it in enumerate([x for x in I["items"] if x["section"] == s and x["title"] and s == "行业资讯"]):
            out.append(toc(2, it["title"], f"_Toc1937{si}{ti}", 2))
    out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n")
    for si, s in enumerate(sections):
        out.append(h(1, si + 1, s, f"_Toc1937{si}"))
        n = 0
        for it in [x for x in I["items"] if x["section"] == s]:
            if it["title"]:
                n += 1
                if s == "行业资讯":
                    out.append(h(2, n, it["title"], f"_Toc1937{si}{n-1}"))
                else:
                    out.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt;font-family:宋体'>{esc(it['title'])}</span></b><b><span lang=EN-US><o:p></o:p></span></b></p>\n")
            for k, para in enumerate(it["paras"]):
                out.append(p(para))
                if it is I["items"][0] and k == 0:
                    out.append(table())
            if it["source"]:
                out.append(p(f"（来源：{it['source']}）", align=right_attr(), style="text-align:right"))
    out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n</div>\n\n</body>\n\n</html>\n")
    html = "".join(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
    open(path, "wb").write(html.replace("\n", "\r\n").encode("gbk"))


def right_attr():
    return "right"


if __name__ == "__main__":
    main()
