# -*- coding: utf-8 -*-
"""Tiny hand-written WordprocessingML writer (no python-docx)."""
import zipfile
from xml.sax.saxutils import escape as X

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def run(text, b=False, sz=None, color=None, font="宋体", extra=""):
    rp = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
    if b:
        rp += "<w:b/>"
    if color:
        rp += f'<w:color w:val="{color}"/>'
    if sz:
        rp += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    return f'<w:r><w:rPr>{rp}{extra}</w:rPr><w:t xml:space="preserve">{X(text)}</w:t></w:r>'


def para(runs, style=None, jc=None, ind_first=None, spacing=None, extra_ppr="", sect=""):
    pp = ""
    if style:
        pp += f'<w:pStyle w:val="{style}"/>'
    pp += extra_ppr
    if spacing:
        pp += spacing
    if ind_first:
        pp += f'<w:ind w:firstLineChars="{ind_first}"/>'
    if jc:
        pp += f'<w:jc w:val="{jc}"/>'
    pp += sect
    return f'<w:p><w:pPr>{pp}</w:pPr>{"".join(runs) if isinstance(runs, list) else runs}</w:p>'


def table(rows, widths, borders=True, shade_head=None, span=None, cell_ppr=""):
    """rows: list of list of (text-or-xml, opts); span: {(r,c): n}"""
    b = ('<w:tblBorders>' + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                     for s in ["top", "left", "bottom", "right", "insideH", "insideV"]) + '</w:tblBorders>'
         if borders else '<w:tblBorders>' + ''.join(f'<w:{s} w:val="nil"/>' for s in
                                                   ["top", "left", "bottom", "right", "insideH", "insideV"]) + '</w:tblBorders>')
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>{b}</w:tblPr>',
           '<w:tblGrid>' + ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>']
    for ri, r in enumerate(rows):
        out.append('<w:tr>')
        ci = 0
        for cell in r:
            n = (span or {}).get((ri, ci), 1)
            w = sum(widths[ci:ci + n])
            tcp = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if n > 1:
                tcp += f'<w:gridSpan w:val="{n}"/>'
            if shade_head and ri == 0:
                tcp += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade_head}"/>'
            content = cell if cell.startswith('<w:p>') else para([run(cell, sz=20)], jc="center")
            out.append(f'<w:tc><w:tcPr>{tcp}</w:tcPr>{content}</w:tc>')
            ci += n
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="320" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
<w:pPr><w:keepNext/>{{H1NUM}}<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:color w:val="1F4E79"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
<w:pPr><w:keepNext/>{{H2NUM}}<w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''


def write_docx(path, body_xml, sect_xml, numbering=None, footnotes=None, header=None, footer=None,
               h1num="", h2num="", title="数字贸易简报", created="2026-01-30T09:12:00Z"):
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {W_NS}>'
    if footnotes:
        settings += ('<w:footnotePr><w:pos w:val="pageBottom"/><w:numFmt w:val="decimal"/>'
                     '<w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    settings += '<w:defaultTabStop w:val="420"/></w:settings>'
    files = {}
    if numbering:
        ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        files["word/numbering.xml"] = numbering
    if footnotes:
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        en = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>',
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, mark, t in footnotes:
            en.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                      f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>{X(mark)}</w:t></w:r>'
                      f'<w:r><w:t xml:space="preserve"> {X(t)}</w:t></w:r></w:p></w:footnote>')
        en.append('</w:footnotes>')
        files["word/footnotes.xml"] = "".join(en)
    if header:
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        rels.append('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        files["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{header}</w:hdr>'
    if footer:
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        rels.append('<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        files["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{footer}</w:ftr>'
    ct.append('</Types>')
    rels.append('</Relationships>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>'
           f'{body_xml}{sect_xml}</w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{X(title)}</dc:title><dc:creator>mengyn</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", "".join(rels))
        z.writestr("word/styles.xml", STYLES.replace("{H1NUM}", h1num).replace("{H2NUM}", h2num))
        z.writestr("word/settings.xml", settings)
        z.writestr("docProps/core.xml", core)
        for k, v in files.items():
            z.writestr(k, v)
