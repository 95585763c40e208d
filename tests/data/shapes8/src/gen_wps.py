# -*- coding: utf-8 -*-
"""2026-08-wps.docx: a docx as WPS Office writes a document set in the style of an official paper
(GB/T 9704): WordprocessingML written by hand (no python-docx), styles with numeric ids, WPS's
docProps (KSOProductBuildVer), every paragraph in the Normal style and the same size (三号, 16 pt):
the masthead in red 方正小标宋简体 with a red rule, sections `一、数据月报` set in 黑体, titles
`（一）title` set in 楷体_GB2312, bodies in 仿宋_GB2312 with a two-character indent; sources in
brackets at the end of the last paragraph; no bold anywhere, no heading style, no outline level."""
import os, sys, zipfile
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ALL

I = ALL[5]
CN = "一二三四五六七八九"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"'


def run(text, font, size=32, color=None):
    c = f'<w:color w:val="{color}"/>' if color else ""
    return (f'<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
            f'{c}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def para(runs, jc=None, indent=False, border=False, spacing=True):
    ppr = ['<w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl/><w:suppressLineNumbers w:val="0"/>']
    if border:
        ppr.append('<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="1"/></w:pBdr>')
    if spacing:
        ppr.append('<w:spacing w:line="560" w:lineRule="exact"/>')
    if indent:
        ppr.append('<w:ind w:firstLine="640" w:firstLineChars="200"/>')
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    ppr.append('<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>')
    return "<w:p>" + "".join(ppr) + "".join(runs) + "</w:p>"


def body():
    ps = [para([run("数字贸易简报", "方正小标宋简体", 72, "FF0000")], jc="center"),
          para([run("2026年第8期（总第52期）", "仿宋_GB2312")], jc="center"),
          para([run("大连市数字贸易协会秘书处　　　　　　　2026年8月31日", "仿宋_GB2312")], jc="center", border=True),
          para([])]
    sections = []
    for it in I["items"]:
        if it["section"] not in sections:
            sections.append(it["section"])
    for si, s in enumerate(sections):
        ps.append(para([run(f"{CN[si]}、{s}", "黑体")], indent=True))
        n = 0
        for it in [x for x in I["items"] if x["section"] == s]:
            if it["title"]:
                n += 1
                ps.append(para([run(f"（{CN[n-1]}）{it['title']}", "楷体_GB2312")], indent=True))
            for k, text in enumerate(it["paras"]):
                runs = [run(text, "仿宋_GB2312")]
                if it["source"] and k == len(it["paras"]) - 1:
                    runs.append(run(f"（来源：{it['source']}）", "仿宋_GB2312"))
                ps.append(para(runs, indent=True))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1587" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425" w:num="1"/>'
            '<w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(ps) + sect + "</w:body></w:document>")


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:kern w:val="2"/><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="5"><w:name w:val="Default Paragraph Font"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="4"><w:name w:val="Normal Table"/><w:semiHidden/></w:style>
</w:styles>'''
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'''
DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''
APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal</Template><Pages>3</Pages><Application>WPS Office_12.1.0.16120_F1E327BC-269C-435d-A252-1E8961F5EFE8</Application><DocSecurity>0</DocSecurity></Properties>'''
CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>秘书处</dc:creator><cp:lastModifiedBy>WPS_1692345678</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-08-28T09:12:00Z</dcterms:created></cp:coreProperties>'''
CUSTOM = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>4B7A3C1E9D2F4A0C8E5B6D7F1A2B3C4D_12</vt:lpwstr></property></Properties>'''


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOCRELS),
                           ("word/document.xml", body()), ("word/styles.xml", STYLES), ("docProps/app.xml", APP),
                           ("docProps/core.xml", CORE), ("docProps/custom.xml", CUSTOM)]:
            z.writestr(name, data)


if __name__ == "__main__":
    main()
