# -*- coding: utf-8 -*-
"""2025年第11期 as a hand-written .docx: header in a layout table, `第一部分` heading numbering
from numbering.xml (chineseCounting), numbered story titles (level 2), sources of two stories only
in endnotes, the others as right-aligned lines."""
from common import *
import zipfile
from xml.sax.saxutils import escape as X

iss = BY_KEY["11"]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
ENDNOTE_TITLES = {"第八届进博会在上海开幕", "第八届进博会意向成交834.9亿美元"}

def run(t, rpr=""):
    return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{X(t)}</w:t></w:r>'

def para(t, style=None, ppr="", rpr="", extra=""):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p><w:pPr>{st}{ppr}</w:pPr>{run(t, rpr)}{extra}</w:p>'

def cell(content, w, span=1, shade=None):
    sp = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{sp}{sh}<w:vAlign w:val="center"/></w:tcPr>{content}</w:tc>'

NOB = '<w:tblBorders>' + "".join(f'<w:{s} w:val="nil"/>' for s in ("top","left","bottom","right","insideH","insideV")) + '</w:tblBorders>'
body = []
# masthead layout table
body.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:jc w:val="center"/>' + NOB.replace('<w:bottom w:val="nil"/>', '<w:bottom w:val="double" w:sz="12" w:space="0" w:color="C00000"/>') + '<w:tblLayout w:type="fixed"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="2200"/><w:gridCol w:w="4200"/></w:tblGrid>'
            '<w:tr>' + cell(para("数字贸易简报", ppr='<w:jc w:val="center"/><w:spacing w:before="120" w:after="120"/>', rpr='<w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:color w:val="C00000"/><w:sz w:val="60"/>'), 9000, span=3) + '</w:tr>'
            '<w:tr>' + cell(para("2025年第11期", ppr='<w:jc w:val="left"/>', rpr='<w:sz w:val="24"/>'), 2600)
            + cell(para("总第43期", ppr='<w:jc w:val="center"/>', rpr='<w:sz w:val="24"/>'), 2200)
            + cell(para("大连市数字贸易协会编　2025年11月30日", ppr='<w:jc w:val="right"/>', rpr='<w:sz w:val="24"/>'), 4200) + '</w:tr></w:tbl>')
body.append(para(""))
endnotes = []
for sec, its in items_by_section(iss):
    body.append(para(sec, "Heading1", ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    for it in its:
        if it["title"]:
            body.append(para(it["title"], "Heading2", ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'))
        paras = it["paras"]
        for i, p in enumerate(paras):
            if isinstance(p, dict):
                rows = p["table"]
                t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8000" w:type="dxa"/><w:jc w:val="center"/></w:tblPr><w:tblGrid>'
                     + '<w:gridCol w:w="2600"/><w:gridCol w:w="3200"/><w:gridCol w:w="2200"/></w:tblGrid>']
                for k, r in enumerate(rows):
                    t.append('<w:tr>' + "".join(cell(para(c, ppr='<w:jc w:val="center"/>', rpr='<w:b/>' if k == 0 else ''), wdt, shade="D9E2F3" if k == 0 else None)
                                                for c, wdt in zip(r, (2600, 3200, 2200))) + '</w:tr>')
                t.append('</w:tbl>')
                body.append("".join(t))
            else:
                extra = ""
                if it["title"] in ENDNOTE_TITLES and i == len(paras) - 1:
                    nid = len(endnotes) + 1
                    endnotes.append((nid, "来源：" + it["source"] + "。"))
                    extra = f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{nid}"/></w:r>'
                body.append(para(p, "BodyIndent", extra=extra))
        if it["source"] and it["title"] not in ENDNOTE_TITLES:
            body.append(para("（来源：" + it["source"] + "）", ppr='<w:jc w:val="right"/>', rpr='<w:color w:val="7F7F7F"/><w:sz w:val="21"/>'))
body.append(para("（本期完）", ppr='<w:jc w:val="center"/><w:spacing w:before="240"/>'))
sect = '<w:sectPr><w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1418" w:bottom="1440" w:left="1418" w:header="851" w:footer="851" w:gutter="0"/></w:sectPr>'
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'

en = [f'<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>',
      f'<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
for nid, txt in endnotes:
    en.append(f'<w:endnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>{run(" " + txt)}</w:p></w:endnote>')
endnotes_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {W}>{"".join(en)}</w:endnotes>'
footnotes_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:suff w:val="space"/><w:lvlText w:val="第%1部分"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/><w:lvlText w:val="%2. "/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/><w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="C00000"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:color w:val="C00000"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyIndent"><w:name w:val="正文缩进"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="480"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''
settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:defaultTabStop w:val="420"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''
docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Digital Trade Brief Nov-2025</dc:title><dc:creator>Wang Xiaolin</dc:creator><cp:lastModifiedBy>secretariat</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-11-24T02:10:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-28T08:41:00Z</dcterms:modified></cp:coreProperties>'''
app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>'''
with zipfile.ZipFile(out_path("11"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document),
                       ("word/_rels/document.xml.rels", docrels), ("word/styles.xml", styles),
                       ("word/numbering.xml", numbering), ("word/settings.xml", settings),
                       ("word/endnotes.xml", endnotes_xml), ("word/footnotes.xml", footnotes_xml),
                       ("docProps/core.xml", core), ("docProps/app.xml", app)]:
        z.writestr(name, data)
print("wrote", out_path("11"))
