# -*- coding: utf-8 -*-
"""11: OA system "导出为Word": a Microsoft-Word-flavoured HTML file saved with the .doc extension
(xmlns:w/o, <!--[if gte mso 9]> WordDocument XML, MsoNormal paragraphs, digits and Latin in
<span lang=EN-US> runs, story titles as emulated list paragraphs with <![if !supportLists]> numbers,
MsoTableGrid table, OA metadata table on top, sources '文章来源：X' right-aligned)."""
import re, html
from common import *
iss = ISSUES[11]
def en(t):
    t = html.escape(t, quote=False)
    return re.sub(r"([0-9A-Za-z.%\-]+)", r"<span lang=EN-US>\1</span>", t)
P = lambda t, st="": f"<p class=MsoNormal{(' '+st) if st else ''}>{t}<o:p></o:p></p>\n"
EMPTY = "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
B = []
B.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>"
         "<tr><td style='padding:0cm 5.4pt'>" + P("发布部门：秘书处") + "</td><td style='padding:0cm 5.4pt'>" + P("发布时间：" + en("2025-11-30 17:02")) +
         "</td><td style='padding:0cm 5.4pt'>" + P("阅读范围：全体会员单位") + "</td><td style='padding:0cm 5.4pt'>" + P("浏览次数：" + en("57")) + "</td></tr></table>\n")
B.append(EMPTY)
B.append(P("<b><span style='font-size:26.0pt;font-family:方正小标宋简体;color:red'>数字贸易简报</span></b>", "align=center style='text-align:center'"))
B.append(P(en("2025年第11期") + "<span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp; </span>总第" + en("43") + "期", "align=center style='text-align:center'"))
B.append(P("大连市数字贸易协会秘书处<span style='mso-tab-count:3'>　　　　　　</span>" + en("2025年11月30日"), "align=center style='text-align:center;border:none;border-bottom:solid red 1.5pt;padding:0cm 0cm 1.0pt 0cm'"))
B.append(EMPTY)
n = 0
for si, (s, its) in enumerate(by_section(iss), 1):
    B.append(f"<h1 style='mso-outline-level:1'><span style='font-family:黑体'>{s}</span><span lang=EN-US><o:p></o:p></span></h1>\n")
    n = 0
    for it in its:
        if it["title"]:
            n += 1
            B.append(f"<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l{si} level1 lfo{si}'>"
                     f"<![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                     f"<b><span style='font-family:黑体'>{en(it['title'])}</span></b><o:p></o:p></p>\n")
        for p in it["paras"]:
            if isinstance(p, list):
                rows = "".join("<tr>" + "".join(f"<td width=180 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>{P(en(c))}</td>" for c in r) + "</tr>" for r in p)
                B.append(f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>{rows}</table>\n")
            else:
                B.append(P(en(p), "style='text-indent:21.0pt;mso-char-indent-count:2.0'"))
        if it["source"]:
            B.append(P("文章来源：" + en(it["source"]), "align=right style='text-align:right'"))
        B.append(EMPTY)
B.append(P("<span style='color:gray'>（本文档由协同办公系统导出，仅供内部使用）</span>", "align=center style='text-align:center'"))
head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n<meta name=Originator content=\"Microsoft Word 15\">\n"
        "<title>数字贸易简报</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>oa_export</o:Author>\n  <o:Created>2025-11-30T09:02:00Z</o:Created>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n  <w:Zoom>100</w:Zoom>\n  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>\n  <w:PunctuationKerning/>\n  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n </w:WordDocument>\n</xml><![endif]-->\n"
        "<style>\n<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-parent:\"\";margin:0cm;text-align:justify;text-justify:inter-ideograph;mso-pagination:none;font-size:10.5pt;font-family:等线;}\n"
        "h1\n\t{mso-style-link:\"标题 1 字符\";margin-top:17.0pt;margin-bottom:16.5pt;line-height:240%;mso-outline-level:1;font-size:16.0pt;}\n"
        "p.MsoListParagraph\n\t{mso-style-priority:34;margin:0cm;text-indent:21.0pt;font-size:10.5pt;}\n"
        "@page WordSection1\n\t{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;mso-header-margin:42.55pt;mso-footer-margin:49.6pt;mso-paper-source:0;layout-grid:15.6pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n /* List Definitions */\n @list l1\n\t{mso-list-id:1;mso-list-type:hybrid;}\n@list l1:level1\n\t{mso-level-text:\"%1.\";mso-level-tab-stop:none;mso-level-number-position:left;margin-left:21.0pt;text-indent:-21.0pt;}\n-->\n</style>\n</head>\n\n"
        "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n<div class=WordSection1 style='layout-grid:15.6pt'>\n\n")
data = head + "".join(B) + "\n</div>\n\n</body>\n\n</html>\n"
open(os.path.join(OUT, FILES[11]), "w", encoding="utf-8", newline="\r\n").write(data)
print("word-html .doc ok")
