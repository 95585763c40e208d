# -*- coding: utf-8 -*-
"""The Word issues of drift16 (python-docx, then raw OOXML where python-docx has no API): an editor's
tracked changes, moves, comments and hidden notes; titles numbered by Word in Chinese counting; an
old .doc made by soffice from a .docx."""
import copy, os, subprocess, tempfile
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from common import OUT, story, write_expected

AUTH = {qn("w:id"): "0", qn("w:author"): "秘书处", qn("w:date"): "2026-04-28T10:00:00Z"}
_ids = iter(range(100, 10000))


def _run(text, vanish=False, deleted=False):
    r = OxmlElement("w:r")
    if vanish:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:vanish"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _wrap(tag, run):
    w = OxmlElement(tag)
    for k, v in AUTH.items():
        w.set(k, str(next(_ids)) if k == qn("w:id") else v)
    w.append(run)
    return w


def tracked(p, pieces):
    """pieces: (kind, text): kind '' plain, 'ins' inserted, 'del' deleted, 'from' moved away, 'to' moved
    here, 'hide' hidden text."""
    for kind, text in pieces:
        if kind == "":
            p._p.append(_run(text))
        elif kind == "hide":
            p._p.append(_run(text, vanish=True))
        elif kind == "del":
            p._p.append(_wrap("w:del", _run(text, deleted=True)))
        elif kind == "from":
            p._p.append(_wrap("w:moveFrom", _run(text, deleted=True)))
        else:
            p._p.append(_wrap({"ins": "w:ins", "to": "w:moveTo"}[kind], _run(text)))


def masthead(doc, number, total, date):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("数字贸易简报")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(26), RGBColor(0xC0, 0, 0)
    p = doc.add_paragraph("%s（总第%d期）" % (number, total))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("大连市数字贸易协会秘书处　　　　　　　　%s" % date)


def d06():
    """Tracked changes as the editor left them: a word deleted and another inserted in a title, a
    sentence moved from one paragraph to another (`w:moveFrom` / `w:moveTo`), a whole deleted story
    paragraph; a comment on a title; a hidden note (`w:vanish`) after a source. Banners Heading 1,
    titles Heading 2, sources `稿源：X` right-aligned. The annotation is the accepted text."""
    name = "d16-06-tracked.docx"
    ecom, fx, vis = story("ecom"), story("fx"), story("visit")
    items = [("行业资讯", ecom), ("行业资讯", fx), ("协会动态", vis), ("协会动态", story("council"))]
    doc = Document()
    masthead(doc, "2026年第4期", 40, "2026年4月30日")
    doc.add_heading("行业资讯", level=1)
    h = doc.add_heading("", level=2)
    t = ecom["title"]
    assert t[4:7] == "进出口"
    tracked(h, [("", t[:4]), ("del", "交易"), ("ins", "进出口"), ("", t[7:])])
    p1, p2 = ecom["paras"]
    moved = "有进出口实绩的企业超过78万家。"
    # the moved sentence stands accepted at the end of paragraph 2 (as in the story); the editor had
    # it first at the end of paragraph 1
    tracked(doc.add_paragraph(), [("", p1), ("from", "有进出口实绩的企业超过78万家。")])
    assert p2.endswith("，" + moved)
    tracked(doc.add_paragraph(), [("", p2[:-len(moved)]), ("to", moved)])
    src = doc.add_paragraph()
    tracked(src, [("", "稿源：" + ecom["source"]), ("hide", "（编辑注：已核对原文）")])
    src.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tracked(doc.add_paragraph(), [("del", "商务部同日发布的数据显示，3月全国网上零售额继续增长。")])
    h2 = doc.add_heading(fx["title"], level=2)
    doc.add_comment(h2.runs, text="标题请再压缩", author="秘书处", initials="MS")
    for p in fx["paras"]:
        doc.add_paragraph(p)
    doc.add_paragraph("稿源：" + fx["source"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("协会动态", level=1)
    doc.add_paragraph(vis["paras"][0])
    tracked(doc.add_paragraph(), [("ins", story("council")["paras"][0])])
    doc.save(os.path.join(OUT, name))
    write_expected(name, {"year": 2026, "number": 4, "total": 40, "date": "2026-04-30"}, items)


def _chinese_numbering(doc, fmt, lvl_text):
    """A numbering definition of one level in `fmt` (chineseCounting, …) printed as `lvl_text`."""
    numbering = doc.part.numbering_part.element
    aid = str(90 + len(numbering.findall(qn("w:abstractNum"))))
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), aid)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    a.append(lvl)
    numbering.insert(0, a)
    num = OxmlElement("w:num")
    nid = str(int(aid) + 10)
    num.set(qn("w:numId"), nid)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), aid)
    num.append(ref)
    numbering.append(num)
    return nid


def _numbered(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", "0"), ("w:numId", nid)):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        numpr.append(e)
    ppr.append(numpr)


def d07():
    """Word numbering in Chinese counting: banners numbered `第一部分`… by numbering.xml (`第%1部分`,
    chineseCounting), titles `（一）`… (`（%1）`, restarting per section by a new num); the data report's
    table with a merged header (`gridSpan`) over its two figures; sources `（摘自X）` ending the last
    paragraph."""
    name = "d16-07-cnnum.docx"
    items = [("数据月报", story("DATA")), ("行业资讯", story("trade2025")), ("行业资讯", story("soft2024")),
             ("会员风采", story("neusoft")), ("协会动态", story("visit"))]
    doc = Document()
    masthead(doc, "2026年第2期", 38, "2026年2月28日")
    part = _chinese_numbering(doc, "chineseCounting", "第%1部分")
    last = None
    for sec, it in items:
        if sec != last:
            b = doc.add_paragraph()
            r = b.add_run(sec)
            r.bold, r.font.size = True, Pt(16)
            _numbered(b, part)
            title_num = _chinese_numbering(doc, "chineseCounting", "（%1）")
        if it["title"]:
            t = doc.add_paragraph()
            t.add_run(it["title"]).bold = True
            if sec == "行业资讯":
                _numbered(t, title_num)
        ps = it["paras"]
        for i, p in enumerate(ps):
            if isinstance(p, dict):
                rows = p["table"]
                tb = doc.add_table(rows=len(rows) + 1, cols=3)
                tb.style = "Table Grid"
                top = tb.rows[0].cells
                top[0].text = rows[0][0]
                top[1].merge(top[2]).text = "2025年全年"
                tb.rows[1].cells[0].merge(top[0])
                tb.rows[1].cells[1].text, tb.rows[1].cells[2].text = rows[0][1], rows[0][2]
                for r, row in zip(tb.rows[2:], rows[1:]):
                    for c, v in zip(r.cells, row):
                        c.text = v
                continue
            end = (i == len(ps) - 1 or isinstance(ps[-1], dict) and i == len(ps) - 2) and it["source"]
            doc.add_paragraph(p + ("（摘自%s）" % it["source"] if end and sec != "数据月报" else ""))
        if it["source"] and sec == "数据月报":
            doc.add_paragraph("（摘自%s）" % it["source"])
        last = sec
    doc.save(os.path.join(OUT, name))
    write_expected(name, {"year": 2026, "number": 2, "total": 38, "date": "2026-02-28"}, items)


def d08():
    """An old .doc (soffice from a .docx): the English name on a line of its own above each banner
    (`INDUSTRY NEWS` / `行业资讯`, both bold); sources `——摘编自X` on their own line; 协会动态
    paragraphs numbered `1.` `2.` as typed text; the issue line and date in one table row of two cells."""
    name = "d16-08-legacy.doc"
    items = [("行业资讯", story("genai")), ("行业资讯", story("models")), ("会员风采", story("yida")),
             ("协会动态", story("customs")), ("协会动态", story("visit"))]
    eng = {"行业资讯": "INDUSTRY NEWS", "会员风采": "MEMBER PROFILE", "协会动态": "ASSOCIATION NEWS"}
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("数字贸易简报")
    r.bold, r.font.size = True, Pt(24)
    tb = doc.add_table(rows=1, cols=2)
    tb.rows[0].cells[0].text = "2026年第6期（总第42期）"
    tb.rows[0].cells[1].text = "2026年6月30日"
    last, n = None, 0
    for sec, it in items:
        if sec != last:
            for text in (eng[sec], sec):
                b = doc.add_paragraph()
                b.add_run(text).bold = True
            n = 0
        n += 1
        if it["title"]:
            t = doc.add_paragraph()
            t.add_run(it["title"]).bold = True
        for q in it["paras"]:
            doc.add_paragraph(("%d. " % n if sec == "协会动态" else "") + q)
        if it["source"]:
            doc.add_paragraph("——摘编自" + it["source"])
        last = sec
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "d16-08-legacy.docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/u", "--convert-to",
                        "doc:MS Word 97", "--outdir", tmp, src], check=True, capture_output=True)
        os.replace(os.path.join(tmp, "d16-08-legacy.doc"), os.path.join(OUT, name))
    write_expected(name, {"year": 2026, "number": 6, "total": 42, "date": "2026-06-30"}, items)


if __name__ == "__main__":
    for f in (d06, d07, d08):
        f()
