# -*- coding: utf-8 -*-
"""Tiny hand-written WordprocessingML writer (no python-docx)."""
import zipfile
from xml.sax.saxutils import escape as X

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def rpr(font="宋体", size=21, bold=False, color=None, italic=False, sup=False):
    s = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>' % (font, font, font)
    if bold: s += "<w:b/>"
    if italic: s += "<w:i/>"
    if color: s += '<w:color w:val="%s"/>' % color
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    if sup: s += '<w:vertAlign w:val="superscript"/>'
    return s + "</w:rPr>"

def run(text, **k):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr(**k), X(text))

def para(runs, style=None, jc=None, ind_first=None, spacing=None, num=None, tabs=None, border_bottom=None, keep=False, extra=""):
    p = "<w:pPr>"
    if style: p += '<w:pStyle w:val="%s"/>' % style
    if keep: p += "<w:keepNext/>"
    if num: p += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
    if border_bottom: p += '<w:pBdr><w:bottom w:val="%s" w:sz="12" w:space="1" w:color="C00000"/></w:pBdr>' % border_bottom
    if tabs: p += "<w:tabs>" + "".join('<w:tab w:val="%s" w:pos="%d"/>' % t for t in tabs) + "</w:tabs>"
    if spacing: p += '<w:spacing w:before="%d" w:after="%d"/>' % spacing
    if ind_first: p += '<w:ind w:firstLine="%d"/>' % ind_first
    if jc: p += '<w:jc w:val="%s"/>' % jc
    p += extra + "</w:pPr>"
    if isinstance(runs, str): runs = [runs]
    return "<w:p>%s%s</w:p>" % (p, "".join(runs))

def table(rows, widths, borders="single", header_shade=None, cell_font="宋体", size=20, jcs=None):
    b = "".join('<w:%s w:val="%s" w:sz="4" w:space="0" w:color="808080"/>' % (e, borders) for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    t = '<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % (
        sum(widths), b, "".join('<w:gridCol w:w="%d"/>' % w for w in widths))
    for ri, r in enumerate(rows):
        t += "<w:tr>"
        for ci, c in enumerate(r):
            sh = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % header_shade if (header_shade and ri == 0) else ""
            jc = (jcs[ci] if jcs else "left")
            inner = c if c.startswith("<w:p>") else para(run(c, font=cell_font, size=size, bold=(ri == 0 and header_shade is not None)), jc=jc)
            t += '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (widths[ci], sh, inner)
        t += "</w:tr>"
    return t + "</w:tbl>"

STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:b/><w:color w:val="C00000"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>''' % W

def write_docx(path, body, sect, numbering=None, footnotes=None, headers=None, core=None):
    """headers: dict rid -> (kind 'header'|'footer', xml body)"""
    headers = headers or {}
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    z = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    if numbering:
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        z.writestr("word/numbering.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>%s</w:numbering>' % (W, numbering))
    if footnotes:
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        fx = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in footnotes:
            fx += ('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (fid, X(text)))
        z.writestr("word/footnotes.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes %s>%s</w:footnotes>' % (W, fx))
    for rid, (kind, xml) in headers.items():
        fn = "%s_%s.xml" % (kind, rid)
        ct.append('<Override PartName="/word/%s" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"/>' % (fn, kind))
        rels.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>' % (rid, kind, fn))
        tag = "hdr" if kind == "header" else "ftr"
        z.writestr("word/" + fn, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s>%s</w:%s>' % (tag, W, xml, tag))
    ct.append("</Types>"); rels.append("</Relationships>")
    z.writestr("[Content_Types].xml", "".join(ct))
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    z.writestr("word/_rels/document.xml.rels", "".join(rels))
    z.writestr("word/styles.xml", STYLES)
    c = core or {}
    z.writestr("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (
        c.get("title", "数字贸易简报"), c.get("creator", "秘书处"), c.get("created", "2026-03-27T08:00:00Z"), c.get("modified", "2026-03-30T09:00:00Z")))
    z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, body, sect))
    z.close()
