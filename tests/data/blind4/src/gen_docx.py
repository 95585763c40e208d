# -*- coding: utf-8 -*-
"""2025-04.docx, written as raw WordprocessingML (no python-docx): a title page (masthead, issue
line and date inside content controls w:sdt, the contents inside a VML text box w:txbxContent,
then a page break); sections as Heading 1, titles as Heading 2; a Word table; tracked changes
left in the file (w:del / w:ins, settings with trackRevisions); the member profile wrapped in a
block-level content control; sources as right-aligned paragraphs."""
import os, sys, re, zipfile
from xml.sax.saxutils import escape as X
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I04 as I
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')
RID = [100]
AUTH = 'w:author="秘书处-王编辑" w:date="2025-04-29T16:%02d:00Z"'


def run(t, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr and "<w:rPr>%s</w:rPr>" % rpr, X(t))


def tracked(text, rpr=""):
    """Turn {-del-}/{+ins+} markers into w:del / w:ins runs."""
    out = []
    for part in re.split(r"(\{-.*?-\}|\{\+.*?\+\})", text):
        if not part:
            continue
        RID[0] += 1
        if part.startswith("{-"):
            out.append('<w:del w:id="%d" %s><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                       % (RID[0], AUTH % (RID[0] % 60), rpr and "<w:rPr>%s</w:rPr>" % rpr, X(part[2:-2])))
        elif part.startswith("{+"):
            out.append('<w:ins w:id="%d" %s>%s</w:ins>' % (RID[0], AUTH % (RID[0] % 60), run(part[2:-2], rpr)))
        else:
            out.append(run(part, rpr))
    return "".join(out)


def para(inner, style=None, jc=None, ind=False, extra=""):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if ind:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>'
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr += extra
    return '<w:p>%s%s</w:p>' % (ppr and "<w:pPr>%s</w:pPr>" % ppr, inner)


def sdt_run(alias, tag, text, date=None, rpr=""):
    pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (alias, tag, 7000 + len(tag))
    if date:
        pr += '<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/><w:calendar w:val="gregorian"/></w:date>' % date
    else:
        pr += '<w:text/>'
    return '<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (pr, run(text, rpr))


body = []
# ---- title page
body.append(para(run("大连市数字贸易协会", '<w:sz w:val="28"/>'), jc="center", extra='<w:spacing w:before="1800"/>'))
body.append(para(run("数字贸易简报", ""), style="Title", jc="center"))
body.append(para(sdt_run("期号", "issue", "2025年第4期（总第36期）", rpr='<w:sz w:val="32"/>'), jc="center"))
body.append(para(sdt_run("出版日期", "pubdate", "2025年4月30日", date=I["issue"]["date"], rpr='<w:sz w:val="28"/>'), jc="center"))
toc = ['<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>' % run("本 期 导 读", "<w:b/>")]
for it in I["items"]:
    if it["title"]:
        toc.append('<w:p>%s</w:p>' % run("%s｜%s" % (it["section"], it["title"]), '<w:sz w:val="20"/>'))
toc.append('<w:p>%s</w:p>' % run("协会动态", '<w:sz w:val="20"/>'))
box = ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="600"/></w:pPr><w:r><w:pict>'
       '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
       '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
       '<v:shape id="TocBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
       'style="width:400pt;height:210pt;mso-position-horizontal:center;mso-wrap-style:square" '
       'strokecolor="#1f4e79" strokeweight="1.5pt" fillcolor="#eef3f8">'
       '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
       '</w:pict></w:r></w:p>') % "".join(toc)
body.append(box)
body.append(para(run("主办：大连市数字贸易协会　　编印：协会秘书处　　内部资料　免费交流", '<w:sz w:val="18"/>'),
                 jc="center", extra='<w:spacing w:before="2400"/>'))
body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')


def table(t):
    rows = []
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in ([3600] + [1800] * (len(t["head"]) - 1)))
    for ri, r in enumerate([t["head"]] + t["rows"]):
        cells = []
        for ci, c in enumerate(r):
            rpr = "<w:b/>" if ri == 0 else ""
            cells.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                         % (3600 if ci == 0 else 1800, para(run(c, rpr), jc="left" if ci == 0 else "right")))
        rows.append("<w:tr>%s</w:tr>" % "".join(cells))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="8" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:color="000000"/>'
            '<w:insideH w:val="single" w:sz="4" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:color="999999"/>'
            '<w:left w:val="single" w:sz="4" w:color="999999"/><w:right w:val="single" w:sz="4" w:color="999999"/></w:tblBorders>'
            '</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>') % (grid, "".join(rows))


sec = None
for it in I["items"]:
    if it["section"] != sec:
        sec = it["section"]
        body.append(para(run(sec), style="Heading1"))
    chunk = []
    if it["title"]:
        chunk.append(para(run(it["title"]), style="Heading2"))
    for k, p in enumerate(it["paras"]):
        chunk.append(para(tracked(p), ind=True))
        t = it.get("table")
        if t and t["after"] == k:
            chunk.append(para(run(t["caption"], "<w:b/>"), jc="center"))
            chunk.append(table(t))
    if it["source"]:
        chunk.append(para(run("来源：%s" % it["source"], '<w:color w:val="666666"/>'), jc="right"))
    if sec == "会员风采":
        chunk = ['<w:sdt><w:sdtPr><w:alias w:val="会员风采稿件"/><w:tag w:val="member-profile"/><w:id w:val="7101"/></w:sdtPr>'
                 '<w:sdtContent>%s</w:sdtContent></w:sdt>' % "".join(chunk)]
    body.extend(chunk)
body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/><w:titlePg/></w:sectPr>')
doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (NS, "".join(body))

styles = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:color w:val="C00000"/><w:sz w:val="72"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="12" w:color="C00000"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:color w:val="C00000"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''
settings = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>数字贸易简报 2025年第4期</dc:title><dc:creator>协会秘书处</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-04-28T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-29T16:40:00Z</dcterms:modified></cp:coreProperties>'''
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", doc)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/_rels/document.xml.rels", drels)
    z.writestr("docProps/core.xml", core)
print("wrote", OUT)
