# -*- coding: utf-8 -*-
"""The .docx issues of drift19word written as three other office programs write them: WPS Office (01), a Google Docs
export (02) and a Tencent Docs export (04). See the README for what each exercises."""
import os
from xml.sax.saxutils import escape as X
from common import OUT, story, write_expected
from ooxml import (WPS_NS, abstract, cell, level, num, para, rpr, run, sect_pr, table, text_box, write_docx)

W = "w:rsidR=\"00A1\""


def body_paras(it, style=None, ind=None, size=None, font=None, last_tail="", tail_is_xml=False):
    out = []
    paras = it["paras"]
    for i, q in enumerate(paras):
        if isinstance(q, dict):
            grid = [3400] + [2200] * (len(q["table"][0]) - 1)
            rows = [[cell(para(run(c, size=size, font=font, bold=(r == 0))), grid[k], shade="D9E2F3" if r == 0 else None)
                     for k, c in enumerate(row)] for r, row in enumerate(q["table"])]
            out.append(table(rows, grid))
            continue
        runs = [run(q, size=size, font=font)]
        if i == len(paras) - 1 and last_tail:
            runs.append(last_tail if tail_is_xml else run(last_tail, size=size, font=font))
        out.append(para(runs, style=style, ind=ind))
    return out


# ---- 01: WPS Office --------------------------------------------------------------------------------------------------
WPS_STYLES = '''<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="正文"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="宋体"/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 1"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="340" w:after="330"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:kern w:val="44"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="标题 2"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="260" w:after="260"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="20"><w:name w:val="默认段落字体"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="15"><w:name w:val="页眉"/><w:basedOn w:val="1"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="16"><w:name w:val="页脚"/><w:basedOn w:val="1"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="17"><w:name w:val="尾注文本"/><w:basedOn w:val="1"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="21"><w:name w:val="尾注引用"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="22"><w:name w:val="普通表格"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'''

WPS_NUM = abstract(0, [level(0, "chineseCounting", "第%1部分"), level(1, "decimal", "%2/")]) + num(1, 0)

DEL = 'w:id="%d" w:author="孙婷" w:date="2026-02-26T10:12:00Z"'


def d01():
    name = "d19-01-wps.docx"
    items = [("数据月报", story("telecom")), ("行业资讯", story("manus")), ("行业资讯", story("qwen")),
             ("会员风采", story("hxx")), ("协会动态", story("visit")), ("协会动态", story("meeting"))]
    body, notes, nid = [], [], 1
    head1 = "".join([
        para(run("数字贸易简报", size=52, bold=True, color="FF0000", font="方正小标宋简体"), style="15", jc="center"),
        para(run("2026年第2期　　总第46期", size=24), style="15", jc="center"),
        para([run("大连市数字贸易协会秘书处编", size=22), run("　　　　　　　　2026年2月28日", size=22)], style="15", jc="center",
             ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="FF0000"/></w:pBdr>')])
    head2 = para(run("数字贸易简报　2026年第2期", size=18, color="7F7F7F"), style="15", jc="right")
    foot = para([run("- ", size=18), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("1", size=18), '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(" -", size=18)], style="16", jc="center")
    last = None
    for k, (sec, it) in enumerate(items):
        if sec != last:
            body.append(para(run(sec), style="2"))
            last = sec
        if it["title"]:
            t = it["title"]
            if it is items[1][1]:  # a word struck out in review in the title: deleted text is not the title's
                cut = t.index("开展")
                body.append(para([run(t[:cut]), '<w:del %s><w:r><w:delText>正式</w:delText></w:r></w:del>' % (DEL % 90), run(t[cut:])], style="3"))
            else:
                body.append(para(run(t), style="3"))
        paras = it["paras"]
        for i, q in enumerate(paras):
            if isinstance(q, dict):
                grid = [3600, 2400, 2400]
                body.append(table([[cell(para(run(c, bold=(r == 0)), jc="center" if j else None), grid[j]) for j, c in enumerate(row)]
                                   for r, row in enumerate(q["table"])], grid))
                continue
            runs = [run(q)]
            if "400余项" in q:  # tracked change: 300 struck out, 400 inserted
                a, b = q.split("400余项")
                runs = [run(a), '<w:del %s><w:r><w:delText>300余项</w:delText></w:r></w:del>' % (DEL % 91),
                        '<w:ins %s><w:r><w:t>400余项</w:t></w:r></w:ins>' % (DEL % 92), run(b)]
            if i == len(paras) - 1 and it["source"]:
                runs.append('<w:r><w:rPr><w:rStyle w:val="21"/></w:rPr><w:endnoteReference w:id="%d"/></w:r>' % nid)
                notes.append((nid, para(['<w:r><w:rPr><w:rStyle w:val="21"/></w:rPr><w:endnoteRef/></w:r>',
                                         run(" 资料来源：%s" % it["source"])], style="17")))
                nid += 1
            body.append(para(runs, ind=440))
        if k == 4:  # a 协会动态 paragraph deleted whole in review: its text and its paragraph mark struck out
            body.append(para('<w:del %s><w:r><w:delText>1月23日，协会秘书处组织会员企业观看服务贸易政策直播解读。</w:delText></w:r></w:del>' % (DEL % 93),
                             ind=440, rpr_mark='<w:del %s/>' % (DEL % 94)))
    refs = ('<w:headerReference w:type="first" r:id="rIdH1"/><w:headerReference w:type="default" r:id="rIdH2"/>'
            '<w:footerReference w:type="default" r:id="rIdF3"/>')
    body.append(sect_pr(refs, title_pg=True))
    write_docx(os.path.join(OUT, name), "".join(body), WPS_STYLES, numbering=WPS_NUM, endnotes=notes,
               parts=[("rIdH1", "header", head1), ("rIdH2", "header", head2), ("rIdF3", "footer", foot)],
               extra_ns=WPS_NS, app="WPS Office_12.1.0.17147_F1E327BC-269C-435d-A152-05C5408002CA",
               core={"title": "数字贸易简报2026年第2期", "creator": "孙婷"},
               settings='<w:zoom w:percent="100"/><w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'
                        '<wpsCustomData:woNum xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" w:val="2"/>')
    write_expected(name, {"year": 2026, "number": 2, "total": 46, "date": "2026-02-28"}, items)


# ---- 02: Google Docs export -----------------------------------------------------------------------------------------
G_STYLES = '''<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="400" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'''

G_NUM = abstract(0, [level(0, "chineseCounting", "(%1)", indent=0)]) + num(1, 0)
GF = "微软雅黑"


def d02():
    name = "d19-02-gdocs.docx"
    items = [("数据月报", story("users")), ("行业资讯", story("robot")), ("行业资讯", story("autodrive")),
             ("会员风采", story("neu")), ("协会动态", story("train")), ("协会动态", story("salon"))]
    g = [2000 * 2, 2000 * 2]
    mast = table([[cell(para(run("数字贸易简报", size=48, bold=True, font=GF, color="C00000")), g[0]),
                   cell(para(run("2026年第3期（总第47期）", size=22, font=GF), jc="right"), g[1])],
                  [cell(para(run("大连市数字贸易协会秘书处", size=22, font=GF)), g[0]),
                   cell(para(run("2026年3月31日", size=22, font=GF), jc="right"), g[1])]], g, borders="nil")
    body = ['<w:bookmarkStart w:id="0" w:name="_gjdgxs"/><w:bookmarkEnd w:id="0"/>', mast, para(run("", size=22, font=GF))]
    last = None
    for sec, it in items:
        if sec != last:
            body.append(para(run(sec, size=32, bold=True, font=GF, color="1F4E79"), num=(0, 1), spacing=(360, 120)))
            last = sec
        if it["title"]:
            body.append(para(run(it["title"], size=26, bold=True, font=GF), spacing=(240, 80)))
        for q in it["paras"]:
            body.append(para(run(q, size=22, font=GF), spacing=(0, 120)))
        if it["source"]:
            body.append(para(run("素材来源｜%s" % it["source"], size=20, font=GF, italic=True, color="666666"), jc="right"))
        if it is items[1][1]:  # a one-row, two-cell table right after the source: a further-reading link, no story
            gg = [1800, 6500]
            body.append(table([[cell(para(run("延伸阅读", size=20, bold=True, font=GF)), gg[0], shade="EDEDED"),
                                cell(para(run("北京市人社局网站已公布《办法》全文及政策解读。", size=20, font=GF)), gg[1])]], gg))
    body.append(sect_pr())
    write_docx(os.path.join(OUT, name), "".join(body), G_STYLES, numbering=G_NUM, app="",
               core={"title": "", "creator": ""})
    write_expected(name, {"year": 2026, "number": 3, "total": 47, "date": "2026-03-31"}, items)


# ---- 04: Tencent Docs export ----------------------------------------------------------------------------------------
T_STYLES = '''<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="PingFang SC" w:hAnsi="PingFang SC" w:eastAsia="PingFang SC"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120" w:line="336" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="a1"><w:name w:val="一级标题"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5597"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="a2"><w:name w:val="二级标题"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="a4"><w:name w:val="Normal Table"/></w:style>'''

T_NUM = abstract(3, [level(0, "ideographTraditional", "%1、"), level(1, "decimal", "%1.%2", extra="<w:isLgl/>")]) + num(7, 3)


def d04():
    name = "d19-04-tencent.docx"
    items = [("数据月报", story("ecom", source="商务部电子商务司")), ("行业资讯", story("l3")), ("行业资讯", story("trainer")),
             ("会员风采", story("yidait")), ("协会动态", story("survey")), ("协会动态", story("forum"))]
    box = text_box([para(run("数字贸易简报", size=44, bold=True, color="C00000"), jc="center"),
                    para(run("2026年第1期　总第45期", size=22), jc="center"),
                    para(run("大连市数字贸易协会秘书处　2026年1月31日", size=22), jc="center")],
                   1, cx=5400000, cy=1100000, x=0, wrap="topbottom")
    body = [para(box)]
    sec_no = 0
    for k, (sec, it) in enumerate(items):
        if k == 0 or sec != items[k - 1][0]:
            body.append(para(run(sec), style="a1"))
        control = sec == "会员风采"
        part = []
        if it["title"]:
            part.append(para(run(it["title"]), style="a2"))
        paras = it["paras"]
        for i, q in enumerate(paras):
            if isinstance(q, dict):
                continue
            runs = [run(q)]
            if i == 0 and sec == "行业资讯" and it["source"] and k == 2:  # the source in a side box beside the story
                runs = runs + [text_box([para(run("来源｜%s" % it["source"], size=18, color="595959"))], 5, cx=1000000, cy=300000, x=1500000)]
            if sec == "协会动态" and k == 4:  # the date in a date-picker content control
                d = q.index("日") + 1
                runs = ['<w:sdt><w:sdtPr><w:alias w:val="日期"/><w:date w:fullDate="2026-01-09T00:00:00Z"><w:dateFormat w:val="M月d日"/><w:lid w:val="zh-CN"/></w:date></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run(q[:d]), run(q[d:])]
            part.append(para(runs, ind=420))
        if sec == "行业资讯" and it["source"] and k == 1:
            part.append(para(run("（来源：%s）" % it["source"]), jc="right"))
        if control:  # the profile in a rich-text content control, as the template's fill-in block
            part = ['<w:sdt><w:sdtPr><w:alias w:val="会员风采"/><w:tag w:val="profile"/><w:id w:val="-1783"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % "".join(part)]
        body += part
        if k == 0:  # the data report's page ends its section: its footer gives the data's source
            body.append(para("", sect=sect_pr('<w:footerReference w:type="default" r:id="rIdF1"/>', kind="nextPage")))
        if k == 2:  # 行业资讯 set in two columns, a continuous section of its own
            body.append(para("", sect=sect_pr('<w:footerReference w:type="default" r:id="rIdF2"/>', cols=2, kind="continuous")))
    body.append(sect_pr('<w:footerReference w:type="default" r:id="rIdF2"/>', kind="continuous"))
    f1 = para(run("数据来源：商务部电子商务司", size=18, color="7F7F7F"), style="a3")
    f2 = para(run("腾讯文档 · 数字贸易简报", size=18, color="7F7F7F"), style="a3", jc="center")
    write_docx(os.path.join(OUT, name), "".join(body), T_STYLES, numbering=T_NUM,
               parts=[("rIdF1", "footer", f1), ("rIdF2", "footer", f2)], app="Tencent Docs",
               core={"title": "数字贸易简报 2026年第1期", "creator": "腾讯文档"})
    write_expected(name, {"year": 2026, "number": 1, "total": 45, "date": "2026-01-31"}, items)


if __name__ == "__main__":
    d01(); d02(); d04()
