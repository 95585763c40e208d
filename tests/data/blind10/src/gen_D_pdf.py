# -*- coding: utf-8 -*-
"""2025 第11期 -> PDF exported by LibreOffice Writer from a hand-written flat ODT (src/2025-11.fodt) (family 4):
running header (centred '会员内部交流 · 数字贸易简报 2025年第11期' over a rule), footer '·N·' from a page-number field,
data report one column with a table WITHOUT any ruling lines (no borders, no shading, bold head row),
行业资讯 in a balanced two-column SECTION that starts in mid-page 1 and runs on to page 2 (no separator line),
then one column again; titles '§1 §2 §3'; sources right-aligned '消息来源：X'; banners centred between double rules."""
import subprocess, shutil, os
from xml.sax.saxutils import escape as X
from common import *
iss = issue("D")

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>数字贸易简报 2025年第11期</dc:title><meta:initial-creator>周敏</meta:initial-creator><dc:creator>周敏</dc:creator>
<meta:creation-date>2025-11-24T09:12:00</meta:creation-date><dc:date>2025-11-28T16:40:00</dc:date></office:meta>
<office:font-face-decls>
<style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/>
<style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/>
<style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.74cm" fo:margin-bottom="0.1cm" fo:text-align="justify"/></style:style>
<style:style style:name="Banner" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.25cm" fo:padding="0.06cm" fo:border-top="0.06cm double #1F3864" fo:border-bottom="0.06cm double #1F3864" fo:border-left="none" fo:border-right="none" fo:keep-with-next="always"/>
<style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1F3864"/></style:style>
<style:style style:name="Title2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
<style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="11.5pt" style:font-size-asian="11.5pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Src" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" fo:color="#666666"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
<style:style style:name="CellR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
<style:style style:name="CellH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:padding-bottom="0.05cm" fo:border-bottom="0.02cm solid #808080"/><style:text-properties fo:font-size="8.5pt" style:font-size-asian="8.5pt" fo:color="#555555"/></style:style>
<style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Mast" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/><style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="30pt" style:font-size-asian="30pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1F3864"/></style:style>
<style:style style:name="Iss" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Ed" style:family="paragraph"><style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.08cm solid #1F3864" fo:margin-bottom="0.2cm"><style:tab-stops><style:tab-stop style:position="16.4cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="End" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="14cm" table:align="center"/></style:style>
<style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
<style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
<style:style style:name="TblC" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Hdr">会员内部交流 · 数字贸易简报 2025年第11期</text:p></style:header>
<style:footer><text:p text:style-name="Ftr">·<text:page-number text:select-page="current">1</text:page-number>·</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
'''

def P(style, t):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, X(t))

def H(style, t, lvl):
    return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (style, lvl, X(t))

def tbl(rows):
    s = '<table:table table:name="T1" table:style-name="Tbl"><table:table-column table:style-name="TblA"/><table:table-column table:style-name="TblB"/><table:table-column table:style-name="TblC"/>'
    for ri, r in enumerate(rows):
        s += "<table:table-row>"
        for ci, c in enumerate(r):
            st = "CellH" if ri == 0 else ("Cell" if ci == 0 else "CellR")
            s += '<table:table-cell table:style-name="TC" office:value-type="string">%s</table:table-cell>' % P(st, c)
        s += "</table:table-row>"
    return s + "</table:table>"

def item(it, k=None):
    s = ""
    if it["title"]:
        s += H("Title2", ("§%d " % k if k else "") + it["title"], 2)
    for p in it["paras"]:
        s += tbl(p["table"]) if isinstance(p, dict) else P("Body", p)
    if it["source"]:
        s += P("Src", "消息来源：" + it["source"])
    return s

B = [P("Mast", "数字贸易简报"), P("Iss", "2025年第11期（总第43期）"),
     '<text:p text:style-name="Ed">大连市数字贸易协会秘书处编<text:tab/>2025年11月30日</text:p>']
for sec, items in sections(iss):
    B.append(H("Banner", sec, 1))
    if sec == "行业资讯":
        B.append('<text:section text:style-name="Sect2" text:name="两栏">')
        B.extend(item(it, k + 1) for k, it in enumerate(items))
        B.append("</text:section>")
    else:
        B.extend(item(it) for it in items)
B.append(P("End", "（本期完）"))
fodt = os.path.join(HERE, "2025-11.fodt")
open(fodt, "w", encoding="utf-8").write(HEAD + "\n".join(B) + "\n</office:text></office:body></office:document>\n")
os.makedirs(BUILD, exist_ok=True)
subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "pdf", fodt, "--outdir", BUILD], check=True, capture_output=True)
shutil.copy(os.path.join(BUILD, "2025-11.pdf"), out("D"))
