# -*- coding: utf-8 -*-
"""2026-05.docx: a Word file made by COPY-PASTING the text out of a PDF (raw WordprocessingML,
no python-docx): every printed PDF line became its own paragraph (lines broken mid-sentence,
mid-number, at 33 characters), real paragraphs separated by empty paragraphs; the PDF's
running header (`数字贸易简报　2026年第5期`) and page footer (`- 2 -`) were pasted along and sit
between lines INSIDE items; the data table arrived as TAB-separated paragraphs (no Word table);
section and story headings are Normal paragraphs, bold, with direct `w:outlineLvl` (0 for
sections `一、数据月报`, 1 for titles); sources as **hyperlinks** (`w:hyperlink r:id`) whose text is
`来源：X`; mixed eastAsia fonts per run (宋体 / 微软雅黑 leftovers from the PDF fonts)."""
import os, sys, zipfile
from xml.sax.saxutils import escape as x
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I05 as I
D = os.path.dirname(os.path.abspath(__file__))
W = 33
NUM = "一二三四五六七八九"
URL = {"央广网": "https://www.cnr.cn/", "第一财经": "https://www.yicai.com/", "人民日报": "http://paper.people.com.cn/"}
rels = []
def run(t, bold=False, font="宋体", size=21):
    rp = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>' % font
    if bold: rp += "<w:b/>"
    rp += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rp, x(t))
def para(inner, ppr=""):
    return '<w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/>%s</w:pPr>%s</w:p>' % (ppr, inner)
P = []
lineno = [0]
def emit_line(t, font="宋体"):
    P.append(para(run(t, font=font)))
    lineno[0] += 1
    if lineno[0] in (3, 16, 27):   # a page break of the source PDF: footer + header pasted along
        pg = (3, 16, 27).index(lineno[0]) + 2
        P.append(para(run("- %d -" % (pg - 1), size=18), '<w:jc w:val="center"/>'))
        P.append(para(run("数字贸易简报　2026年第5期", size=18, font="微软雅黑"), '<w:jc w:val="right"/>'))
def emit_text(s):
    for i in range(0, len(s), W):
        emit_line(s[i:i + W], font="宋体" if (i // W) % 5 else "微软雅黑")
P.append(para(run("数字贸易简报", True, "微软雅黑", 44), '<w:jc w:val="center"/>'))
P.append(para(run("2026年第5期（总第49期）", size=24), '<w:jc w:val="center"/>'))
P.append(para(run("大连市数字贸易协会秘书处　　　　　　　　2026年5月31日", size=21)))
P.append(para(""))
prev = None; k = 0
for it in I["items"]:
    if it["section"] != prev:
        prev = it["section"]
        P.append(para(""))
        P.append(para(run("%s、%s" % (NUM[k], prev), True, "黑体", 28), '<w:outlineLvl w:val="0"/>'))
        k += 1
    if it["title"]:
        P.append(para(run(it["title"], True, "黑体", 24), '<w:outlineLvl w:val="1"/>'))
    for j, p in enumerate(it["paras"]):
        emit_text("\u3000\u3000" + p)
        t = it.get("table")
        if t and t["after"] == j:
            for r in [t["head"]] + t["rows"]:
                inner = ""
                for c, cell in enumerate(r):
                    if c: inner += '<w:r><w:tab/></w:r>'
                    inner += run(cell)
                P.append(para(inner, '<w:tabs><w:tab w:val="left" w:pos="2800"/><w:tab w:val="left" w:pos="5200"/></w:tabs>'))
        if j < len(it["paras"]) - 1 or it["source"]:
            P.append(para(""))
    if it["source"]:
        rid = "rIdL%d" % (len(rels) + 1)
        rels.append((rid, URL.get(it["source"], "https://www.example.com/")))
        P.append(para('<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (
            rid, run("来源：" + it["source"]).replace("<w:rPr>", '<w:rPr><w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>')),
            '<w:jc w:val="right"/>'))
    P.append(para(""))
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" '
       'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>' % (NS, "".join(P)))
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>'
          '<w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
          '</w:styles>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rootrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
           "".join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>' % (r, u) for r, u in rels) +
           '</Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>2026-05简报（从PDF复制）</dc:title><dc:creator>Administrator</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-02T08:15:00Z</dcterms:created></cp:coreProperties>')
out = os.path.join(D, "..", I["file"])
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rootrels)
    z.writestr("word/document.xml", doc); z.writestr("word/styles.xml", styles)
    z.writestr("word/_rels/document.xml.rels", docrels); z.writestr("docProps/core.xml", core)
