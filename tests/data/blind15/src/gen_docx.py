# -*- coding: utf-8 -*-
"""DOCX (family 5): hand-written WordprocessingML shaped like a GOOGLE DOCS "Download > Microsoft Word" export:
NO heading styles and NO numbering at all — only `Title`/`Subtitle` for the masthead, everything else DIRECT
FORMATTING (Arial runs with w:sz, w:b, w:color; banners = bold white runs on a paragraph shading `w:shd` dark green
with a `■`; titles = bold 13pt paragraphs); Google-style bookmarks `_heading=h.xxxx` on banners and titles and an
in-body 本期目录 made of INTERNAL HYPERLINKS (`w:hyperlink w:anchor`) to them; **sources as EXTERNAL HYPERLINKS**
in a right-aligned italic line `（来源链接：X）` where X is a `w:hyperlink r:id` to the source page; two review
COMMENTS (word/comments.xml, anchored on a title and a body sentence) left in by the editors; a page header part
`数字贸易简报 · 会员内部资料`; data table with direct borders."""
import os, zipfile, hashlib
from xml.sax.saxutils import escape as X
from common import ISSUES, ROOT, sections

iss = ISSUES["DOCX"]
secs = sections(iss)
URL = {"央视新闻客户端": "https://m.china.com/news/13001813/20250731/48676419.html",
       "中国基金报": "https://www.163.com/dy/article/K55MT7A40530NLC9.html",
       "人民网": "https://www.aswz.net/news/ypGPW8XDB8.html"}
rels = []
def rid(url):
    rels.append(url); return f"rId{100 + len(rels)}"
def rpr(b=False, i=False, sz=22, color=None, u=False):
    return ('<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
            + ("<w:b/><w:bCs/>" if b else "") + ("<w:i/><w:iCs/>" if i else "")
            + (f'<w:color w:val="{color}"/>' if color else "") + ('<w:u w:val="single"/>' if u else "")
            + f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:rtl w:val="0"/></w:rPr>')
def R(t, **k):
    return f'<w:r>{rpr(**k)}<w:t xml:space="preserve">{X(t)}</w:t></w:r>'
def Pp(inner, jc=None, shd=None, ind=False, before=0, after=120, style=None):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>' \
        + (f'<w:shd w:fill="{shd}" w:val="clear"/>' if shd else "") \
        + f'<w:spacing w:after="{after}" w:before="{before}" w:line="276" w:lineRule="auto"/>' \
        + ('<w:ind w:firstLine="440"/>' if ind else "") + (f'<w:jc w:val="{jc}"/>' if jc else "") + "<w:rPr/>"
    return f'<w:p><w:pPr>{ppr}</w:pPr>{inner}</w:p>'
bm_id = [0]
def BM(name, inner):
    bm_id[0] += 1
    return f'<w:bookmarkStart w:id="{bm_id[0]}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{bm_id[0]}"/>'
def hname(t):
    return "_heading=h." + hashlib.md5(t.encode()).hexdigest()[:6]
comments = [("王敏", "已按报告原文核对数字。"), ("李编辑", "此条是否压缩到一段？")]
body = []
body.append(Pp(R("数字贸易简报", b=True, sz=52, color="990000"), jc="center", style="Title", after=60))
body.append(Pp(R("大连市数字贸易协会　主办", sz=24, color="666666"), jc="center", style="Subtitle", after=60))
body.append(Pp(R(f"{iss['issue_line']}　　{iss['total_line']}", sz=24), jc="center", after=40))
body.append(Pp(R(iss["date_line"], sz=22), jc="right", after=200))
body.append(Pp(R("本期目录", b=True, sz=24), after=60))
for s, its in secs:
    for it in its:
        if it["title"]:
            body.append(Pp(f'<w:hyperlink w:anchor="{hname(it["title"])}" w:history="1">' + R(f"{s}｜{it['title']}", sz=21, color="1155CC", u=True) + "</w:hyperlink>", after=20))
body.append(Pp(R(" "), after=120))
for s, its in secs:
    body.append(Pp(BM(hname(s), R(f"■ {s}", b=True, sz=28, color="FFFFFF")), shd="274E13", before=240, after=120))
    for it in its:
        if it["title"]:
            t = R(it["title"], b=True, sz=26)
            if s == "数据月报":
                t = '<w:commentRangeStart w:id="0"/>' + t + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr/><w:commentReference w:id="0"/></w:r>'
            body.append(Pp(BM(hname(it["title"]), t), before=160, after=80))
        for bi, b in enumerate(it["body"]):
            if isinstance(b, tuple):
                bd = "".join(f'<w:{e} w:val="single" w:sz="6" w:space="0" w:color="444444"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
                def cell(t, head=False, right=False):
                    return (f'<w:tc><w:tcPr>' + ('<w:shd w:fill="D9EAD3" w:val="clear"/>' if head else "") + '</w:tcPr>'
                            + Pp(R(t, b=head, sz=21), jc="right" if right else None, after=0) + "</w:tc>")
                rows = "<w:tr>" + "".join(cell(c, True) for c in b[1]) + "</w:tr>"
                rows += "".join("<w:tr>" + "".join(cell(c, right=j > 0) for j, c in enumerate(r)) + "</w:tr>" for r in b[2])
                body.append(f'<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>{rows}</w:tbl>')
            else:
                inner = R(b)
                if it["source"] == "中国基金报" and bi == 1:
                    inner = '<w:commentRangeStart w:id="1"/>' + inner + '<w:commentRangeEnd w:id="1"/><w:r><w:rPr/><w:commentReference w:id="1"/></w:r>'
                body.append(Pp(inner, ind=True))
        if it["source"]:
            hl = f'<w:hyperlink r:id="{rid(URL[it["source"]])}" w:history="1">' + R(it["source"], i=True, sz=20, color="1155CC", u=True) + "</w:hyperlink>"
            body.append(Pp(R("（来源链接：", i=True, sz=20) + hl + R("）", i=True, sz=20), jc="right"))
body.append(Pp(R("送：各会员单位、各专业委员会　　（电子版分发）", sz=18, color="666666"), before=240))
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>' + "".join(body)
       + '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/>'
       '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
       '<w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>')
cm = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>' + "".join(
    f'<w:comment w:id="{k}" w:author="{X(a)}" w:initials="{X(a[0])}"><w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">{X(t)}</w:t></w:r></w:p></w:comment>'
    for k, (a, t) in enumerate(comments)) + "</w:comments>"
hdr = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>'
       + Pp(R("数字贸易简报 · 会员内部资料", sz=18, color="888888"), jc="right", after=0) + "</w:hdr>")
sty = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="60" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="320" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>'''
root_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
         '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
         + "".join(f'<Relationship Id="rId{101 + k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{X(u)}" TargetMode="External"/>' for k, u in enumerate(rels))
         + "</Relationships>")
settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>'
out = os.path.join(ROOT, iss["file"])
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("word/document.xml", doc),
                       ("word/styles.xml", sty), ("word/settings.xml", settings), ("word/comments.xml", cm),
                       ("word/header1.xml", hdr), ("word/_rels/document.xml.rels", drels)]:
        zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
