# -*- coding: utf-8 -*-
"""A small hand-written WordprocessingML package writer (no python-docx), so that each issue can carry the parts and
markup of the office program it imitates: its own styles, numbering, endnotes, headers and footers, namespaces."""
import zipfile
from xml.sax.saxutils import escape as X

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
WPS_NS = {"wpsCustomData": "http://www.wps.cn/officeDocument/2013/wpsCustomData"}
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def xmlns(extra=None):
    d = dict(NS, **(extra or {}))
    return " ".join('xmlns:%s="%s"' % kv for kv in d.items())


def rpr(size=None, bold=False, font=None, color=None, italic=False, extra=""):
    s = ""
    if font:
        s += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (font, font, font, font)
    if bold:
        s += "<w:b/><w:bCs/>"
    if italic:
        s += "<w:i/>"
    if color:
        s += '<w:color w:val="%s"/>' % color
    if size:
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    s += extra
    return "<w:rPr>%s</w:rPr>" % s if s else ""


def run(text, **k):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr(**k), X(text))


def para(runs, style=None, jc=None, num=None, ind=None, spacing=None, sect=None, ppr_extra="", rpr_mark=""):
    p = ""
    if style:
        p += '<w:pStyle w:val="%s"/>' % style
    if num:
        p += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
    if spacing:
        p += '<w:spacing w:before="%d" w:after="%d"/>' % spacing
    if ind:
        p += '<w:ind w:firstLine="%d"/>' % ind
    if jc:
        p += '<w:jc w:val="%s"/>' % jc
    p += ppr_extra
    if rpr_mark:
        p += "<w:rPr>%s</w:rPr>" % rpr_mark
    if sect:
        p += sect
    if isinstance(runs, str):
        runs = [runs]
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % p if p else "", "".join(runs))


def cell(content, width, span=None, shade=None, vmerge=None):
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge:
        pr += '<w:vMerge w:val="%s"/>' % vmerge if vmerge == "restart" else "<w:vMerge/>"
    if shade:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    if isinstance(content, str) and not content.startswith("<w:"):
        content = para(run(content))
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, content if isinstance(content, str) else "".join(content))


def table(rows, grid, borders="single", style=None):
    """rows: lists of cell() strings; grid: column widths."""
    b = "".join('<w:%s w:val="%s" w:sz="4" w:space="0" w:color="808080"/>' % (e, borders)
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    pr = ('<w:tblStyle w:val="%s"/>' % style if style else "") + '<w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>' % (sum(grid), b)
    return "<w:tbl><w:tblPr>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (
        pr, "".join('<w:gridCol w:w="%d"/>' % w for w in grid), "".join("<w:tr>%s</w:tr>" % "".join(r) for r in rows))


def text_box(paragraphs, ident, cx=1800000, cy=900000, x=4600000, y=0, wrap="square", behind=False):
    """A DrawingML text box (wps:wsp with w:txbxContent) anchored in a run, as Word 2010+ and WPS write it."""
    body = "".join(paragraphs)
    wrapx = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else '<wp:wrapTopAndBottom/>'
    return ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
            'behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
            '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="6350"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
            'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>') % (
        ident + 2, 1 if behind else 0, x, y, cx, cy, wrapx, ident, ident, cx, cy, body)


def sect_pr(refs="", cols=1, kind=None, title_pg=False, space=425):
    s = refs
    if kind:
        s += '<w:type w:val="%s"/>' % kind
    s += '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
    s += '<w:cols w:num="%d" w:space="%d"/>' % (cols, space) if cols > 1 else '<w:cols w:space="425"/>'
    if title_pg:
        s += "<w:titlePg/>"
    return "<w:sectPr>%s</w:sectPr>" % s


def write_docx(path, body, styles, numbering=None, endnotes=None, footnotes=None, parts=None, extra_ns=None,
               app="Microsoft Office Word", core=None, settings=""):
    """parts: list of (rid, kind 'header'|'footer', xml inside w:hdr/w:ftr). endnotes: list of (id, xml of paragraphs)."""
    ns = xmlns(extra_ns)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="%sdocument.main+xml"/>' % CT,
          '<Override PartName="/word/styles.xml" ContentType="%sstyles+xml"/>' % CT,
          '<Override PartName="/word/settings.xml" ContentType="%ssettings+xml"/>' % CT,
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
            '<Relationship Id="rIdS" Type="%sstyles" Target="styles.xml"/>' % REL,
            '<Relationship Id="rIdT" Type="%ssettings" Target="settings.xml"/>' % REL]
    z = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    if numbering:
        ct.append('<Override PartName="/word/numbering.xml" ContentType="%snumbering+xml"/>' % CT)
        rels.append('<Relationship Id="rIdN" Type="%snumbering" Target="numbering.xml"/>' % REL)
        z.writestr("word/numbering.xml", head + "<w:numbering %s>%s</w:numbering>" % (ns, numbering))
    for kind, notes in (("endnote", endnotes), ("footnote", footnotes)):
        if not notes:
            continue
        ct.append('<Override PartName="/word/%ss.xml" ContentType="%s%ss+xml"/>' % (kind, CT, kind))
        rels.append('<Relationship Id="rId%s" Type="%s%ss" Target="%ss.xml"/>' % (kind, REL, kind, kind))
        x = ('<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>'
             '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>') % ((kind,) * 4)
        for nid, inner in notes:
            x += '<w:%s w:id="%d">%s</w:%s>' % (kind, nid, inner, kind)
        z.writestr("word/%ss.xml" % kind, head + "<w:%ss %s>%s</w:%ss>" % (kind, ns, x, kind))
    for rid, kind, xml in parts or []:
        fn = "%s%s.xml" % (kind, rid[-1])
        ct.append('<Override PartName="/word/%s" ContentType="%s%s+xml"/>' % (fn, CT, kind))
        rels.append('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (rid, REL, kind, fn))
        tag = "hdr" if kind == "header" else "ftr"
        z.writestr("word/" + fn, head + "<w:%s %s>%s</w:%s>" % (tag, ns, xml, tag))
    ct.append("</Types>")
    rels.append("</Relationships>")
    z.writestr("[Content_Types].xml", "".join(ct))
    z.writestr("_rels/.rels", head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/></Relationships>' % (REL, REL))
    z.writestr("word/_rels/document.xml.rels", "".join(rels))
    z.writestr("word/styles.xml", head + "<w:styles %s>%s</w:styles>" % (ns, styles))
    z.writestr("word/settings.xml", head + "<w:settings %s>%s</w:settings>" % (ns, settings))
    c = core or {}
    z.writestr("docProps/core.xml", head + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>' % (
        X(c.get("title", "")), X(c.get("creator", "")), c.get("created", "2026-01-20T08:00:00Z")))
    z.writestr("docProps/app.xml", head + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application></Properties>' % X(app))
    z.writestr("word/document.xml", head + '<w:document %s mc:Ignorable="w14"><w:body>%s</w:body></w:document>' % (ns, body))
    z.close()


def level(ilvl, fmt, text, start=1, indent=0, extra="", rfonts=None):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="0"/></w:pPr></w:lvl>') % (ilvl, start, fmt, extra, text, indent)


def abstract(aid, levels, style_link=None):
    return '<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (aid, "".join(levels))


def num(nid, aid, restarts=()):
    o = "".join('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="1"/></w:lvlOverride>' % l for l in restarts)
    return '<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (nid, aid, o)
