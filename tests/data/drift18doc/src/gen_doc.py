# -*- coding: utf-8 -*-
"""The old-Word issues of drift18doc: each a short issue written in another source kind (RTF, an HTML page, a
.docx of tables), then saved by soffice as `MS Word 97` .doc, the way an editor's old Word would keep it."""
import os, subprocess, tempfile
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from common import OUT, story, write_expected


def to_doc(src_name, data, name, infilter=None):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, src_name)
        with open(src, "wb") as f:
            f.write(data)
        cmd = ["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/u"]
        cmd += (["--infilter=" + infilter] if infilter else []) + ["--convert-to", "doc:MS Word 97", "--outdir", tmp, src]
        subprocess.run(cmd, check=True, capture_output=True)
        os.replace(os.path.join(tmp, os.path.splitext(src_name)[0] + ".doc"), os.path.join(OUT, name))


# ---- 01: RTF -------------------------------------------------------------------------------------------------------
def rtf_text(s):
    return "".join(c if ord(c) < 128 and c not in "\\{}" else "\\u%d?" % (ord(c) if ord(c) < 32768 else ord(c) - 65536)
                   for c in s)


def rtf_par(s, bold=False, center=False, size=None):
    fmt = ("\\qc" if center else "") + ("\\b" if bold else "") + ("\\fs%d" % size if size else "")
    return "{\\pard%s %s\\par}\n" % (fmt, rtf_text(s))


def rtf_table(rows):
    out = []
    for r in rows:
        out.append("\\trowd" + "".join("\\clbrdrt\\brdrs\\clbrdrb\\brdrs\\clbrdrl\\brdrs\\clbrdrr\\brdrs\\cellx%d" % (2600 * (i + 1))
                                       for i in range(len(r))))
        out.append("".join("\\pard\\intbl %s\\cell" % rtf_text(c) for c in r) + "\\row\n")
    return "".join(out) + "\\pard\n"


def d01():
    """RTF: banners `◤ 数据月报 ◢` between corner glyphs; titles bold after a `▶`; sources `（来源：X）` ending the last
    paragraph; the masthead's issue line `第7期 · 总第43期 · 2026年7月` on one line, the date under the editor."""
    name = "d18-01-rtf.doc"
    items = [("数据月报", story("DATA")), ("行业资讯", story("trade2025")), ("行业资讯", story("ecom")),
             ("会员风采", story("neusoft")), ("协会动态", story("customs")), ("协会动态", story("council"))]
    out = ["{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil SimSun;}}\\uc1\n",
           rtf_par("数字贸易简报", bold=True, center=True, size=44),
           rtf_par("2026年第7期 · 总第43期", center=True),
           rtf_par("编印：大连市数字贸易协会秘书处　　2026年7月31日")]
    last = None
    for sec, it in items:
        if sec != last:
            out.append(rtf_par("◤ %s ◢" % sec, bold=True, center=True, size=30))
        if it["title"]:
            out.append(rtf_par("▶ " + it["title"], bold=True))
        paras = it["paras"]
        for i, q in enumerate(paras):
            if isinstance(q, dict):
                out.append(rtf_table(q["table"]))
            else:
                tail = "（来源：%s）" % it["source"] if it["source"] and i == len(paras) - 1 else ""
                out.append(rtf_par(q + tail))
        if it["source"] and isinstance(paras[-1], dict):
            out.append(rtf_par("（来源：%s）" % it["source"]))
        last = sec
    out.append("}")
    to_doc("d18-01-rtf.rtf", "".join(out).encode("ascii"), name)
    write_expected(name, {"year": 2026, "number": 7, "total": 43, "date": "2026-07-31"}, items)


# ---- 02: HTML page -------------------------------------------------------------------------------------------------
def d02():
    """An HTML page: each banner a one-cell shaded table `02 | 行业资讯`-like text `02　行业资讯`; the data table
    directly followed by the next banner table (two tables back to back); titles `<h3>`; sources right-aligned
    `稿件来源：X`; the issue line in the page's `<h1>` beside the name."""
    name = "d18-02-html.doc"
    items = [("数据月报", story("DATA")), ("行业资讯", story("genai")), ("行业资讯", story("aicore")),
             ("会员风采", story("yida")), ("协会动态", story("visit"))]
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>数字贸易简报</title></head><body>",
         "<h1 align='center'>数字贸易简报</h1>",
         "<p align='center'>2026年第8期（总第44期）　　2026年8月31日</p>",
         "<p align='center'>大连市数字贸易协会</p>"]
    last, n = None, 0
    for sec, it in items:
        if sec != last:
            n += 1
            h.append("<table width='100%%' border='0' bgcolor='#1f4e79'><tr><td><font color='white'><b>%02d　%s</b>"
                     "</font></td></tr></table>" % (n, sec))
        if it["title"]:
            h.append("<h3>%s</h3>" % it["title"])
        for q in it["paras"]:
            if isinstance(q, dict):
                h.append("<table border='1'>" + "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>"
                                                         for r in q["table"]) + "</table>")
            else:
                h.append("<p>%s</p>" % q)
        if it["source"] and sec != "数据月报":
            h.append("<p align='right'>稿件来源：%s</p>" % it["source"])
        last = sec
    h.append("</body></html>")
    # the data report's source is left out of the page: the table must be the last thing before the next banner
    items[0] = ("数据月报", story("DATA", source=None))
    to_doc("d18-02-html.html", "\n".join(h).encode("utf-8"), name, infilter="HTML (StarWriter)")
    write_expected(name, {"year": 2026, "number": 8, "total": 44, "date": "2026-08-31"}, items)


# ---- 03: .docx of tables -------------------------------------------------------------------------------------------
def _shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:fill"), fill)
    pr.append(sh)


def _columns(section, n):
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))


def d03():
    """A .docx of tables: the masthead a table with a nested table (issue line | date) in its cell; each banner a
    one-row table `栏目 | 行业资讯` directly under the table before it (the data table, then the banner); the
    协会动态 section after a section break, in two columns; sources `【来源】X` on their own line."""
    name = "d18-03-tables.doc"
    items = [("数据月报", story("DATA", source=None)), ("行业资讯", story("fund")), ("行业资讯", story("soft1q")),
             ("政策解读", story("digsvc")), ("协会动态", story("visit")), ("协会动态", story("customs"))]
    doc = Document()
    mt = doc.add_table(rows=1, cols=1)
    c = mt.rows[0].cells[0]
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("数字贸易简报")
    r.bold, r.font.size = True, Pt(26)
    inner = c.add_table(rows=1, cols=2)
    inner.rows[0].cells[0].text = "2026年第9期（总第45期）"
    inner.rows[0].cells[1].text = "2026年9月30日"
    c.add_paragraph("大连市数字贸易协会主办")
    last = None
    for sec, it in items:
        if sec != last:
            if sec == "协会动态":
                s = doc.add_section(WD_SECTION.CONTINUOUS)
                _columns(s, 2)
            bt = doc.add_table(rows=1, cols=2)
            bt.rows[0].cells[0].text = "栏目"
            bt.rows[0].cells[1].paragraphs[0].add_run(sec).bold = True
            _shade(bt.rows[0].cells[0], "C00000")
        if it["title"]:
            doc.add_paragraph().add_run(it["title"]).bold = True
        for q in it["paras"]:
            if isinstance(q, dict):
                t = doc.add_table(rows=len(q["table"]), cols=len(q["table"][0]))
                t.style = "Table Grid"
                for i, row in enumerate(q["table"]):
                    for j, v in enumerate(row):
                        t.rows[i].cells[j].text = v
            else:
                doc.add_paragraph(q)
        if it["source"]:
            doc.add_paragraph("【来源】" + it["source"])
        last = sec
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "x.docx")
        doc.save(src)
        with open(src, "rb") as f:
            data = f.read()
    to_doc("d18-03-tables.docx", data, name)
    write_expected(name, {"year": 2026, "number": 9, "total": 45, "date": "2026-09-30"}, items)


# ---- 04: ODT with frames ------------------------------------------------------------------------------------------
FODT = ('<?xml version="1.0" encoding="UTF-8"?><office:document '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles>'
        '<style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
        '</office:automatic-styles><office:body><office:text>{}</office:text></office:body></office:document>')


def _p(text, style=None):
    return '<text:p%s>%s</text:p>' % (' text:style-name="B"' if style else "", text)


def _frame(paras):
    return ('<draw:frame draw:name="F%d" text:anchor-type="paragraph" svg:width="8cm" svg:height="6cm">'
            '<draw:text-box>%s</draw:text-box></draw:frame>' % (len(paras), "".join(paras)))


def d04():
    """An ODT with frames: the masthead's issue line and date in a frame anchored to the name's paragraph; each
    banner `〖行业资讯〗`; the member profile set whole in a frame (a sidebar) anchored to its banner; titles bold;
    sources `出处：X` on their own line."""
    name = "d18-04-frames.doc"
    items = [("数据月报", story("DATA", source=None)), ("行业资讯", story("models")), ("行业资讯", story("fx")),
             ("会员风采", story("yida")), ("协会动态", story("council")), ("协会动态", story("visit"))]
    x = ['<text:p text:style-name="B">数字贸易简报%s</text:p>' % _frame(
        [_p("2026年第10期　总第46期"), _p("2026年10月31日")]), _p("大连市数字贸易协会")]
    last = None
    for sec, it in items:
        body = []
        if it["title"]:
            body.append(_p(it["title"], "B"))
        for q in it["paras"]:
            if isinstance(q, dict):
                body.append("<table:table><table:table-column table:number-columns-repeated=\"3\"/>" + "".join(
                    "<table:table-row>" + "".join("<table:table-cell>%s</table:table-cell>" % _p(c) for c in r)
                    + "</table:table-row>" for r in q["table"]) + "</table:table>")
            else:
                body.append(_p(q))
        if it["source"]:
            body.append(_p("出处：" + it["source"]))
        if sec != last:
            if sec == "会员风采":
                x.append('<text:p text:style-name="B">〖%s〗%s</text:p>' % (sec, _frame(body)))
                last = sec
                continue
            x.append(_p("〖%s〗" % sec, "B"))
        x += body
        last = sec
    to_doc("d18-04-frames.fodt", FODT.format("".join(x)).encode("utf-8"), name)
    write_expected(name, {"year": 2026, "number": 10, "total": 46, "date": "2026-10-31"}, items)


if __name__ == "__main__":
    for f in (d01, d02, d03, d04):
        f()
