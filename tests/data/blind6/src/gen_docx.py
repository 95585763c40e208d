# -*- coding: utf-8 -*-
"""10: Word file from a typesetter (raw WordprocessingML): every story opens with a DROP CAP (the first
character in its own w:framePr dropCap paragraph), sources are real FOOTNOTES (word/footnotes.xml,
footnote mark after the last sentence), sections are shaded Heading 1 bands, titles Heading 2."""
import zipfile
from xml.sax.saxutils import escape as E
from common import *
iss = ISSUES[10]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def run(t, rpr=""):
    return f'<w:r>{("<w:rPr>"+rpr+"</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{E(t)}</w:t></w:r>'
def para(inner, ppr=""):
    return f'<w:p>{("<w:pPr>"+ppr+"</w:pPr>") if ppr else ""}{inner}</w:p>'
body, notes = [], []
body.append(para(run("数字贸易简报", '<w:b/><w:color w:val="C00000"/><w:sz w:val="56"/>'), '<w:pStyle w:val="Title"/><w:jc w:val="center"/>'))
body.append(para(run("2025年第10期（总第42期）"), '<w:jc w:val="center"/>'))
body.append(para(run("大连市数字贸易协会秘书处　　　　　　　　2025年10月31日"), '<w:jc w:val="center"/><w:pBdr><w:bottom w:val="double" w:sz="6" w:space="4" w:color="C00000"/></w:pBdr>'))
fn = 0
for s, its in by_section(iss):
    body.append(para(run(s), '<w:pStyle w:val="Heading1"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>'))
    for it in its:
        if it["title"]:
            body.append(para(run(it["title"]), '<w:pStyle w:val="Heading2"/>'))
        paras = it["paras"]
        for pi, p in enumerate(paras):
            if isinstance(p, list):
                rows = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/></w:tcPr>{para(run(c, "<w:b/>" if ri == 0 else ""))}</w:tc>' for c in r) + "</w:tr>" for ri, r in enumerate(p))
                body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="2800"/>' * len(p[0]) + f'</w:tblGrid>{rows}</w:tbl>')
                continue
            text = p
            last = (pi == len(paras) - 1)
            if pi == 0 and it["section"] != "协会动态":
                # drop cap: first character in its own framed paragraph
                body.append(para(run(text[0], '<w:rFonts w:eastAsia="黑体"/><w:color w:val="1F4E79"/><w:position w:val="-6"/><w:sz w:val="64"/>'),
                                 '<w:keepNext/><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="640" w:lineRule="exact"/>'))
                text = text[1:]
            inner = run(text)
            if last and it["source"]:
                fn += 1
                inner += f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fn}"/></w:r>'
                notes.append(f'<w:footnote w:id="{fn}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{run(" 来源：" + it["source"])}</w:p></w:footnote>')
            body.append(para(inner, '<w:ind w:firstLineChars="0"/>' if pi == 0 else '<w:ind w:firstLineChars="200" w:firstLine="420"/>'))
body.append('<w:sectPr><w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
  + "".join(notes) + '</w:footnotes>')
def sty(i, name, ppr="", rpr="", typ="paragraph", based="Normal"):
    return f'<w:style w:type="{typ}" w:styleId="{i}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="22"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:style>'
  + sty("Title", "Title", rpr='<w:rFonts w:eastAsia="方正小标宋简体"/>')
  + sty("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:rFonts w:eastAsia="黑体"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="28"/>')
  + sty("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/>', '<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="24"/>')
  + sty("FootnoteText", "footnote text", rpr='<w:sz w:val="18"/>')
  + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
  + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>'
  + '</w:styles>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
  '<dc:title>数字贸易简报 2025年第10期 排版稿</dc:title><dc:creator>排版-小陈</dc:creator>'
  '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-29T08:15:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-30T11:02:00Z</dcterms:modified></cp:coreProperties>')
with zipfile.ZipFile(os.path.join(OUT, FILES[10]), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels)
    z.writestr("word/_rels/document.xml.rels", drels); z.writestr("word/document.xml", doc)
    z.writestr("word/styles.xml", styles); z.writestr("word/footnotes.xml", footnotes); z.writestr("docProps/core.xml", core)
print("docx ok", fn, "footnotes")
