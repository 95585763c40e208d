# -*- coding: utf-8 -*-
"""The issues of drift19word that LibreOffice wrote: 03, a .docx LibreOffice saved from the HTML a Markdown editor
renders (the editor's Markdown is kept beside it in .build/); 05, an old Word .doc LibreOffice saved from a .docx whose
banners, issue line and one source stand in text boxes."""
import os, subprocess, tempfile
from xml.sax.saxutils import escape as X
from common import HERE, OUT, story, write_expected
from gen_docx import G_STYLES
from ooxml import para, run, sect_pr, table, cell, text_box, write_docx

BUILD = os.path.join(HERE, ".build")


def soffice(src, target, out_name, infilter=None):
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/u"]
        cmd += (["--infilter=" + infilter] if infilter else []) + ["--convert-to", target, "--outdir", tmp, src]
        subprocess.run(cmd, check=True, capture_output=True)
        produced = [f for f in os.listdir(tmp) if f.endswith("." + target.split(":")[0])]
        os.replace(os.path.join(tmp, produced[0]), os.path.join(OUT, out_name))


# ---- 03: Markdown -> HTML -> LibreOffice .docx --------------------------------------------------------------------
def d03():
    name = "d19-03-lomd.docx"
    items = [("数据月报", story("apps")), ("行业资讯", story("galbot")), ("行业资讯", story("skild")),
             ("会员风采", story("dneu")), ("协会动态", story("expo")), ("协会动态", story("new"))]
    md = ["# 数字贸易简报", "", "**2026年第4期 · 总第48期**", "", "大连市数字贸易协会秘书处　2026年4月30日", "", "---", ""]
    html = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>数字贸易简报</title></head><body>",
            "<h1>数字贸易简报</h1>", "<p><strong>2026年第4期 · 总第48期</strong></p>",
            "<p>大连市数字贸易协会秘书处　2026年4月30日</p>", "<hr/>"]
    last = None
    for sec, it in items:
        if sec != last:
            md += ["## %s" % sec, ""]
            html.append("<h2>%s</h2>" % X(sec))
            last = sec
        if it["title"]:
            md += ["### %s" % it["title"], ""]
            html.append("<h3>%s</h3>" % X(it["title"]))
        for q in it["paras"]:
            if isinstance(q, dict):  # raw HTML in the Markdown: a banner row spanning the table's width
                t = q["table"]
                rows = ['<tr><td colspan="%d" style="background:#1F4E79;color:#fff"><b>AI原生App周活跃用户数排行（2025年12月8日—14日）</b></td></tr>' % len(t[0])]
                rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % X(c) for c in r) for r in t]
                block = '<table border="1">%s</table>' % "".join(rows)
                md += [block, ""]
                html.append(block)
            else:
                md += [q, ""]
                html.append("<p>%s</p>" % X(q))
        if it["source"]:
            md += ["> 来源：%s" % it["source"], ""]
            html.append("<blockquote><p>来源：%s</p></blockquote>" % X(it["source"]))
        if it is items[1][1]:  # a one-row Markdown table right after the source: a reading tip, no story
            md += ["| 相关阅读 | 春晚机器人节目单见协会公众号 |", "|---|---|", ""]
            html.append("<table><thead><tr><th>相关阅读</th><th>春晚机器人节目单见协会公众号</th></tr></thead></table>")
    html.append("</body></html>")
    os.makedirs(BUILD, exist_ok=True)
    with open(os.path.join(BUILD, "d19-03.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    src = os.path.join(BUILD, "d19-03.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(html))
    soffice(src, 'docx:MS Word 2007 XML', name, infilter="HTML (StarWriter)")
    write_expected(name, {"year": 2026, "number": 4, "total": 48, "date": "2026-04-30"}, items)


# ---- 05: .docx with text boxes -> LibreOffice -> Word 97 .doc ------------------------------------------------------
def d05():
    name = "d19-05-lobox.doc"
    items = [("数据月报", story("trainerdata")), ("行业资讯", story("longcat")), ("会员风采", story("haitian")),
             ("协会动态", story("ai")), ("协会动态", story("lib")), ("协会动态", story("visit2"))]
    F = "宋体"
    issue_box = text_box([para(run("2026年第5期", size=22, font=F)), para(run("总第49期", size=22, font=F)),
                          para(run("2026年5月31日", size=22, font=F))], 1, cx=1500000, cy=800000, x=4200000)
    body = [para([run("数字贸易简报", size=56, bold=True, color="C00000", font="黑体"), issue_box]),
            para(run("大连市数字贸易协会秘书处编", size=22, font=F),
                 ppr_extra='<w:pBdr><w:bottom w:val="double" w:sz="6" w:space="4" w:color="C00000"/></w:pBdr>')]
    last, n = None, 10
    for sec, it in items:
        if sec != last:  # each banner a shaded text box standing on its own line
            n += 1
            body.append(para(text_box([para(run(sec, size=28, bold=True, font="黑体", color="FFFFFF"), jc="center")],
                                      n, cx=1800000, cy=380000, x=0, wrap="topbottom")))
            last = sec
        if it["title"]:
            body.append(para(run(it["title"], size=26, bold=True, font="黑体")))
        paras = it["paras"]
        for i, q in enumerate(paras):
            runs = [run(q, size=22, font=F)]
            if i == len(paras) - 1 and it["source"]:  # the source in a small box at the story's end
                n += 1
                runs.append(text_box([para(run("来源：%s" % it["source"], size=18, font=F))], n, cx=1400000, cy=300000, x=3800000, y=120000))
            body.append(para(runs, ind=440))
    body.append(sect_pr())
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, "d19-05.docx")
    write_docx(src, "".join(body), G_STYLES, app="Microsoft Office Word", core={"title": "数字贸易简报", "creator": "秘书处"})
    soffice(src, "doc:MS Word 97", name)
    write_expected(name, {"year": 2026, "number": 5, "total": 49, "date": "2026-05-31"}, items)


if __name__ == "__main__":
    d03(); d05()
