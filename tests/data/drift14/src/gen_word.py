# -*- coding: utf-8 -*-
"""The Word issues of drift14 (family 5, and 3 and 4 through LibreOffice): endnote sources, a footnote
source with a web address, the masthead in a table, numbered headings typed or from numbering.xml, the
source in small print under the title, an editor's note, a contents list with dot leaders, empty
tables parting stories; an old .doc with banners `▍X｜ENGLISH` and titles `（一）`; a PDF with a
running header and footer, a borderless table and a two-column section."""
import os
import shutil
import subprocess
import tempfile
from common import OUT, story, write_expected
from ooxml import para, run, table, write_docx

SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1440" '
        'w:left="1300" w:header="720" w:footer="720"/></w:sectPr>')
NUMBERING = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
             + "".join('<w:num w:numId="%d"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                       '</w:lvlOverride></w:num>' % n for n in (1, 2, 3)))


def body_paras(it):
    out = []
    for p in it["paras"]:
        if isinstance(p, dict):
            out.append(table(p["table"], [3000, 2600, 2600], borders="nil"))
        else:
            out.append(para(run(p), ind_first=420))
    return out


def d06():
    """Masthead in a 1x2 table; `一、行业资讯` typed in Heading 1; titles numbered by numbering.xml;
    one source only in an endnote, one in a footnote with the outlet's web address."""
    name = "d14-06-endnotes.docx"
    items = [("行业资讯", story("fx")), ("行业资讯", story("ecom")), ("会员风采", story("neusoft")),
             ("协会动态", story("customs")), ("协会动态", story("council"))]
    left = para(run("数字贸易简报", font="黑体", size=48, bold=True, color="C00000"))
    right = (para(run("2026年第3期（总第39期）", size=22), jc="right") + para(run("2026年3月31日", size=22), jc="right"))
    B = [table([[left, right]], [5200, 4000], borders="nil")]
    nums = "一二三"
    last, n, num_id = None, 0, 0
    for sec, it in items:
        if sec != last:
            B.append(para(run("%s、%s" % (nums[n], sec)), style="Heading1"))
            n += 1
            num_id += 1
        if it["title"]:
            B.append(para(run(it["title"]), style="Heading2", num=(0, num_id)))
        ps = body_paras(it)
        if it["source"] == "新华社":  # the reference mark ends the last paragraph
            ps[-1] = ps[-1].replace("</w:p>", '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r></w:p>')
        elif it["source"]:
            ps[-1] = ps[-1].replace("</w:p>", '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>')
        B += ps
        last = sec
    write_docx(os.path.join(OUT, name), "".join(B), SECT, numbering=NUMBERING,
               footnotes=[(1, "中评社 http://hk.crntt.com/doc/1071/7/4/1/107174151.html")],
               endnotes=[(1, "来源：新华社，2026年2月28日。")])
    write_expected(name, {"year": 2026, "number": 3, "total": 39, "date": "2026-03-31"}, items)


def d07():
    """The source in small grey print as the first line under the title, `【来源：X 记者 Y】`, two
    outlets; an editor's note before a section; a contents list with dot leaders and page numbers;
    an empty one-cell table between stories; a section of one item; the date in Chinese numerals."""
    name = "d14-07-smallprint.docx"
    items = [("专题关注", story("aicore")), ("行业资讯", story("genai")),
             ("行业资讯", story("models", source="中国新闻周刊、新浪科技")), ("协会动态", story("council"))]
    shown = {"aicore": "【来源：联合新闻网 记者 魏有德】", "genai": "来源：ETtoday新闻云", "models": "来源：中国新闻周刊、新浪科技"}
    keys = ["aicore", "genai", "models", None]
    B = [para(run("数字贸易简报", font="黑体", size=44, bold=True, color="C00000"), jc="center"),
         para(run("第1期（总第37期）", size=24), jc="center"),
         para(run("大连市数字贸易协会　　二〇二六年一月三十一日", size=21), jc="center"),
         para(run("目　录", bold=True), jc="center")]
    for sec, page in (("专题关注", 1), ("行业资讯", 1), ("协会动态", 2)):
        B.append(para([run(sec), '<w:r><w:tab/></w:r>', run(str(page))], tabs=[("right", 9000)]).replace(
            'w:val="right" w:pos="9000"', 'w:val="right" w:leader="dot" w:pos="9000"'))
    last = None
    for (sec, it), k in zip(items, keys):
        if sec != last:
            B.append(para(run(sec), style="Heading1"))
            if sec == "专题关注":
                B.append(para(run("编者按：人工智能产业规模持续扩大，本期专题关注其最新进展。", italic=True), ind_first=420))
        elif sec != "协会动态":
            B.append(table([[""]], [9000], borders="nil"))
        if it["title"]:
            B.append(para(run(it["title"]), style="Heading2"))
        if k:
            B.append(para(run(shown[k], size=16, color="808080")))
        B += body_paras(it)
        last = sec
    write_docx(os.path.join(OUT, name), "".join(B), SECT)
    write_expected(name, {"year": 2026, "number": 1, "total": 37, "date": "2026-01-31"}, items)


def _soffice(src, fmt, dest):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file://%s/u" % tmp, "--headless", "--convert-to", fmt,
                        "--outdir", tmp, src], check=True, capture_output=True)
        out = [f for f in os.listdir(tmp) if f.endswith("." + fmt.split(":")[0])][0]
        shutil.move(os.path.join(tmp, out), dest)


def d08():
    """Old Word (.doc): banners `▍行业资讯｜INDUSTRY NEWS` in bold, titles typed `（一）`, sources
    `（本刊综合整理自X）` right-aligned, no year on the issue line, the signature and date at the end."""
    name = "d14-08-old.doc"
    items = [("行业资讯", story("fx")), ("行业资讯", story("trade2025")), ("行业资讯", story("digsvc")),
             ("会员风采", story("yida")), ("协会动态", story("council"))]
    eng = {"行业资讯": "INDUSTRY NEWS", "会员风采": "MEMBERS", "协会动态": "ASSOCIATION"}
    B = [para(run("数字贸易简报", font="黑体", size=44, bold=True, color="C00000"), jc="center"),
         para(run("第2期（总第38期）", size=24), jc="center", border_bottom="thickThinSmallGap")]
    last, k = None, 0
    for sec, it in items:
        if sec != last:
            B.append(para(run("▍%s｜%s" % (sec, eng[sec]), bold=True, size=28, color="C00000")))
            k = 0
        k += 1
        if it["title"]:
            B.append(para(run("（%s）%s" % ("一二三"[k - 1], it["title"]), bold=True, size=24)))
        B += body_paras(it)
        if it["source"]:
            B.append(para(run("（本刊综合整理自%s）" % it["source"], size=18), jc="right"))
        last = sec
    B += [para(run("大连市数字贸易协会秘书处"), jc="right"), para(run("二〇二六年二月二十八日"), jc="right")]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "d14-08-old.docx")
        write_docx(src, "".join(B), SECT)
        _soffice(src, "doc:MS Word 97", os.path.join(OUT, name))
    write_expected(name, {"year": 2026, "number": 2, "total": 38, "date": "2026-02-28"}, items)


if __name__ == "__main__":
    d06()
    d07()
    d08()


def d09():
    """A PDF exported by LibreOffice: a running header and a `第 N 页` footer, the data table without
    rules, a story running over the page break with a footnote at the foot of the first page, then a
    section in two columns."""
    name = "d14-09-print.pdf"
    items = [("数据月报", story("DATA")), ("行业资讯", story("trade2025")), ("行业资讯", story("ecom")),
             ("行业资讯", story("aicore")), ("会员风采", story("neusoft")), ("会员风采", story("yida")),
             ("协会动态", story("customs")), ("协会动态", story("council"))]
    hdr = para([run("大连市数字贸易协会", size=18, color="808080"), "<w:r><w:tab/></w:r>",
                run("数字贸易简报·2026年第3期", size=18, color="808080")], tabs=[("right", 9300)], border_bottom="single")
    ftr = para([run("第 ", size=18), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
                run(" 页", size=18)], jc="center")
    refs = '<w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF1"/>'
    B = [para(run("数字贸易简报", font="黑体", size=48, bold=True, color="C00000"), jc="center"),
         para(run("2026年第3期　总第39期　　　　大连市数字贸易协会编　　　　2026年3月31日", size=21), jc="center",
              border_bottom="single")]
    pad = "此外，与会人士认为，外贸企业应加快数字化转型，提升产品和服务的国际竞争力，稳住外贸基本盘。"
    last = None
    for sec, it in items:
        if sec == "会员风采" and last != sec:  # one column up to here; the rest in two columns
            B.append(para("", extra='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                          '<w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" w:header="720" w:footer="720"/>'
                          '%s</w:sectPr>' % refs))
        if sec != last:
            B.append(para(run("■ " + sec, font="黑体", size=28, bold=True, color="C00000"), border_bottom="single"))
        if it["title"]:
            B.append(para(run(it["title"], font="黑体", size=24, bold=True)))
        ps = body_paras(it)
        if it is items[2][1]:  # the 跨境电商 story: a footnote cites the count of firms
            ps[0] = ps[0].replace("</w:p>", '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>')
        B += ps
        if it["source"]:
            B.append(para(run("（来源：%s）" % it["source"], size=18, color="808080"), jc="right"))
        last = sec
    sect = ('<w:sectPr>%s<w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" '
            'w:bottom="1440" w:left="1300" w:header="720" w:footer="720"/><w:cols w:num="2" w:space="425" w:sep="1"/></w:sectPr>' % refs)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "d14-09-print.docx")
        import ooxml
        one = lambda x: x.replace("<w:b/>", "").replace('"宋体"', '"Noto Sans CJK SC"').replace('"黑体"', '"Noto Sans CJK SC"')
        body, hdr, ftr = one("".join(B)), one(hdr), one(ftr)  # one font for every glyph, no bold: a small file
        ooxml.STYLES = one(ooxml.STYLES)
        write_docx(src, body, sect, footnotes=[(1, "注：记者会实录见商务部网站。")],
                   headers={"rIdH": ("header", hdr), "rIdF1": ("footer", ftr)})
        _soffice(src, "pdf", os.path.join(OUT, name))
    write_expected(name, {"year": 2026, "number": 3, "total": 39, "date": "2026-03-31"}, items)


if __name__ == "__main__" and os.environ.get("ONLY") == "pdf":
    d09()


def d11():
    """A one-page scan (JPEG page, no text layer): a spaced banner `行 业 资 讯`, sources
    `【来源：X 记者 Y】`, the issue line without a year and the date in Chinese numerals."""
    import pypdfium2
    from PIL import Image, ImageFilter
    name = "d14-11-scan.pdf"
    items = [("行业资讯", story("fx")), ("行业资讯", story("genai")), ("协会动态", story("council"))]
    rep = {"新华社": "魏玉坤", "ETtoday新闻云": "魏有德"}
    B = [para(run("数字贸易简报", size=40), jc="center"),
         para(run("第2期（总第38期）　　大连市数字贸易协会　　二〇二六年二月二十八日", size=21), jc="center", border_bottom="single")]
    last = None
    for sec, it in items:
        if sec != last:
            B.append(para(run(" ".join(sec), size=28), jc="center"))
        if it["title"]:
            B.append(para(run(it["title"], size=26)))
        B += body_paras(it)
        if it["source"]:
            B.append(para(run("【来源：%s 记者 %s】" % (it["source"], rep[it["source"]]), size=20)))
        last = sec
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "scan.docx")
        write_docx(src, "".join(B), SECT)
        _soffice(src, "pdf", os.path.join(tmp, "scan.pdf"))
        page = pypdfium2.PdfDocument(os.path.join(tmp, "scan.pdf"))[0]
        img = page.render(scale=150 / 72).to_pil().convert("L").rotate(0.3, fillcolor=255, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        img.save(os.path.join(OUT, name), "PDF", resolution=150, quality=55)
    write_expected(name, {"year": 2026, "number": 2, "total": 38, "date": "2026-02-28"}, items)


if __name__ == "__main__" and os.environ.get("ONLY") == "scan":
    d11()
