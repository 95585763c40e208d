# -*- coding: utf-8 -*-
"""drift21 05: a .docx as ONLYOFFICE saves it: each section banner a block content control (w:sdt, alias `栏目`) around
a paragraph of a custom style; titles direct-formatted bold; one story's source only in a review comment anchored on
its title (comments.xml), another's in a paragraph of the Caption style under its body."""
import os, zipfile
from ooxml import run, para, write_docx, CT, REL
from xml.sax.saxutils import escape as X
from common import story, write_expected, issue, OUT, MAST, PUB, cn_date

STYLES = '''<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Microsoft YaHei" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Lanmu"><w:name w:val="栏目"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/><w:spacing w:before="360" w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'''


def sdt_banner(name, ident):
    return ('<w:sdt><w:sdtPr><w:alias w:val="栏目"/><w:tag w:val="column"/><w:id w:val="%d"/><w:lock w:val="sdtLocked"/>'
            '<w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (ident, para(run(name), style="Lanmu"))


def d05():
    name = "w21-05-onlyoffice.docx"
    iss = issue(2026, 2, 46, "2026-02-28")
    plan = [("行业资讯", story("data2026")), ("行业资讯", story("nvidia")), ("会员风采", story("p_haigang")),
            ("协会动态", story("a1")), ("协会动态", story("a2"))]
    body = [para(run(MAST, bold=True, size=44, color="C00000"), jc="center"),
            para(run("2026年第2期　总第46期"), jc="center"),
            para(run("%s　　　　%s" % (PUB, cn_date(iss["date"]))), jc="center")]
    cur = None
    comments = []
    for i, (sec, it) in enumerate(plan):
        if sec != cur:
            cur = sec
            body.append(sdt_banner(sec, 5000 + i))
        if it["title"]:
            if it["source"] and it["title"].startswith("国家数据局"):
                cid = len(comments)
                comments.append((cid, "来源：" + it["source"]))
                body.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r></w:p>'
                            % (cid, run(it["title"], bold=True, size=26), cid, cid))
            else:
                body.append(para(run(it["title"], bold=True, size=26), jc="center"))
        for p in it["paras"]:
            body.append(para(run(p), ind=440))
        if it["source"] and it["title"].startswith("英伟达"):
            body.append(para(run("来源：" + it["source"]), style="Caption"))
    body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
                'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    path = os.path.join(OUT, name)
    write_docx(path, "".join(body), STYLES, app="ONLYOFFICE/8.1.0.169", core={"title": "数字贸易简报", "creator": "秘书处"})
    add_comments(path, comments)
    write_expected(name, iss, plan)


def add_comments(path, comments):
    """Put a comments part into the package write_docx made (its content type and relationship too)."""
    z = zipfile.ZipFile(path)
    parts = {n: z.read(n) for n in z.namelist()}
    z.close()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = "".join('<w:comment w:id="%d" w:author="王编辑" w:date="2026-02-26T10:%02d:00Z" w:initials="王"><w:p><w:pPr>'
                  '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                  '<w:annotationRef/></w:r><w:r><w:t>%s</w:t></w:r></w:p></w:comment>' % (cid, cid, X(t)) for cid, t in comments)
    parts["word/comments.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>' % (ns, xml)).encode("utf-8")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", ('<Override PartName="/word/comments.xml" ContentType="%scomments+xml"/></Types>' % CT).encode())
    rel = "word/_rels/document.xml.rels"
    parts[rel] = parts[rel].replace(b"</Relationships>", ('<Relationship Id="rIdC" Type="%scomments" Target="comments.xml"/>'
                                                           '</Relationships>' % REL).encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


if __name__ == "__main__":
    d05()
