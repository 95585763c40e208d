# -*- coding: utf-8 -*-
"""01: .docx whose whole body is an altChunk: word/afchunk.mht, a quoted-printable MHTML part
holding the HTML of an OA rich-text editor (as html-docx-js / OA 'export to Word' produce)."""
import zipfile, quopri, os
from common import *

iss = BY_KEY["01"]

def body_html():
    h = []
    h.append('<p style="text-align:center"><strong><span style="font-size:28px;color:#c00000;font-family:方正小标宋简体,SimSun">数字贸易简报</span></strong></p>')
    h.append('<p style="text-align:center"><span style="font-size:16px">2025年第1期（总第33期）</span></p>')
    h.append('<p style="text-align:center"><span style="font-size:14px">大连市数字贸易协会秘书处　　　　2025年1月31日</span></p>')
    h.append('<hr style="border:0;border-top:3px solid #c00000"/>')
    # table of contents as a borderless 2-col table
    h.append('<p><strong>本期目录</strong></p><table style="border-collapse:collapse;width:100%"><tbody>')
    for sec, its in sections(iss):
        titles = "；".join(esc(i["title"]) for i in its if i["title"]) or "协会工作动态"
        h.append(f'<tr><td style="width:18%;vertical-align:top"><span style="color:#1f4e79">{sec}</span></td><td>{titles}</td></tr>')
    h.append('</tbody></table><hr/>')
    for sec, its in sections(iss):
        h.append(f'<p style="margin-top:18px"><span style="background-color:#1f4e79;color:#ffffff;font-size:18px;font-weight:bold">&nbsp;&nbsp;{sec}&nbsp;&nbsp;</span></p>')
        for it in its:
            if it["title"]:
                h.append(f'<p style="text-align:left"><strong><span style="font-size:16px">{esc(it["title"])}</span></strong></p>')
            for p in it["paras"]:
                if isinstance(p, dict):
                    h.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>')
                    for r, row in enumerate(p["table"]):
                        tag = "strong" if r == 0 else "span"
                        cells = "".join(f'<td style="text-align:{"left" if c==0 else "center"}"><{tag}>{esc(x)}</{tag}></td>' for c, x in enumerate(row))
                        h.append(f"<tr>{cells}</tr>")
                    h.append("</tbody></table>")
                else:
                    h.append(f'<p style="text-indent:2em;line-height:1.75">{esc(p)}</p>')
            if it["source"]:
                h.append(f'<p style="text-align:right"><em><span style="color:#7f7f7f">（来源：{esc(it["source"])}）</span></em></p>')
    h.append('<p style="text-align:center"><span style="color:#7f7f7f">————　本期完　————</span></p>')
    h.append('<p><span style="font-size:12px;color:#999">（本文档由协会办公系统于2025-01-31 16:48:09自动导出）</span></p>')
    return "\n".join(h)

html_doc = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报</title>'
            '<style>body{font-family:SimSun,宋体;font-size:15px}</style></head><body>'
            + body_html() + '</body></html>')
qp = quopri.encodestring(html_doc.encode("utf-8")).decode("ascii")
mht = ('MIME-Version: 1.0\nContent-Type: multipart/related;\n    type="text/html";\n    boundary="----=mhtDocumentPart"\n\n\n'
       '------=mhtDocumentPart\nContent-Type: text/html;\n    charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n'
       'Content-Location: file:///C:/fake/document.html\n\n' + qp + '\n\n------=mhtDocumentPart--\n')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/afchunk.mht" ContentType="message/rfc822"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.mht"/>'
            '</Relationships>')
DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
       '<w:body><w:altChunk r:id="htmlChunk"/>'
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'
       '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
       '</w:sectPr></w:body></w:document>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>数字贸易简报</dc:title><dc:creator>oa-export</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-31T08:48:09Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-31T08:48:09Z</dcterms:modified>'
        '</cp:coreProperties>')
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>html-docx-js</Application></Properties>')

path = os.path.join(OUT, FILES["01"])
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("docProps/core.xml", CORE)
    z.writestr("docProps/app.xml", APP)
    z.writestr("word/document.xml", DOC)
    z.writestr("word/_rels/document.xml.rels", DOC_RELS)
    z.writestr("word/afchunk.mht", mht)
print("wrote", path)
