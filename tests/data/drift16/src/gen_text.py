# -*- coding: utf-8 -*-
"""The text, Markdown and web issues of drift16: banners, sources, separators, numbers and encodings
in forms no earlier set used (their README shape tables were read first)."""
import os
from common import OUT, story, write_expected, table_lines

FW = "０１２３４５６７８９"


def paras(it, indent="　　"):
    out = []
    for p in it["paras"]:
        out.extend(table_lines(p["table"]) if isinstance(p, dict) else [indent + p])
    return out


def d01():
    """Banners a framed label then the name (`【栏目】行业资讯`, `【栏目】会员风采`); titles numbered with a
    full-width digit and an ideographic space (`２　标题`); sources `来源丨X`; stories parted by a wavy
    rule `﹏﹏﹏`; a form feed inside a line where the page turned in mid-paragraph."""
    name = "d16-01-label.txt"
    items = [("行业资讯", story("soft1q")), ("行业资讯", story("ecom")), ("行业资讯", story("fx")),
             ("会员风采", story("yida")), ("协会动态", story("visit")), ("协会动态", story("council"))]
    L = ["数字贸易简报", "2026年第5期　总第41期", "大连市数字贸易协会编　　2026年5月31日", ""]
    last, n = None, 0
    for sec, it in items:
        if sec != last:
            L += ["【栏目】" + sec, ""]
            n = 0
        elif sec != "协会动态":
            L += ["﹏﹏﹏﹏﹏﹏﹏﹏﹏﹏", ""]
        n += 1
        if it["title"]:
            L += [(FW[n] + "　" + it["title"]) if sec == "行业资讯" else it["title"], ""]
        body = paras(it)
        if it is items[1][1]:  # the page turns after the first paragraph's first sentence
            first = body[0]
            cut = first.index("，") + 1
            body[0] = first[:cut] + "\f" + first[cut:]
        L += body
        if it["source"]:
            L += ["来源丨" + it["source"]]
        L += [""]
        last = sec
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(L) + "\n")
    write_expected(name, {"year": 2026, "number": 5, "total": 41, "date": "2026-05-31"}, items)


def d02():
    """Old-Mac text: GB18030, lines ended by CR alone, tab-indented paragraphs; banners between
    `〓` runs; titles marked `◎`; sources a framed label then the outlet (`[来源]新华社`); the contents
    one line with the sections parted by `·`."""
    name = "d16-02-macos.txt"
    items = [("数据月报", story("DATA")), ("行业资讯", story("fx")), ("行业资讯", story("aicore")),
             ("协会动态", story("customs"))]
    L = ["数字贸易简报", "2026年第3期（总第39期）", "2026年3月31日", "",
         "本期目录：数据月报 · 行业资讯 · 协会动态", ""]
    last = None
    for sec, it in items:
        if sec != last:
            L += ["〓〓〓 " + sec + " 〓〓〓", ""]
        if it["title"]:
            L += ["◎" + it["title"], ""]
        L += paras(it, indent="\t")
        if it["source"]:
            L += ["[来源]" + it["source"]]
        L += [""]
        last = sec
    open(os.path.join(OUT, name), "wb").write(("\r".join(L) + "\r").encode("gb18030"))
    write_expected(name, {"year": 2026, "number": 3, "total": 39, "date": "2026-03-31"}, items)


def d03():
    """Markdown from an online editor: banners as block quotes `> ▎行业资讯`; titles `#### 01 / 标题`;
    inline HTML (`<font color>`, `<u>`, `<br>`) and `==highlight==` in the text; an editor's HTML comment
    between stories; sources in italics `*— 来源：X —*` at the end."""
    name = "d16-03-editor.md"
    items = [("行业资讯", story("soft2024")), ("行业资讯", story("models")), ("行业资讯", story("genai")),
             ("会员风采", story("neusoft")), ("协会动态", story("visit"))]
    L = ["# 数字贸易简报", "", "2026年第6期 | 总第42期 | 2026年6月30日", "", "---", ""]
    last, n = None, 0
    for sec, it in items:
        if sec != last:
            L += ["> ▎" + sec, ""]
            n = 0
        else:
            L += ["<!-- 编辑：此处插入分隔图 -->", ""]
        n += 1
        if it["title"]:
            L += ["#### %02d / %s" % (n, it["title"]) if sec == "行业资讯" else "#### " + it["title"], ""]
        ps = list(it["paras"])
        if it["title"] == story("soft2024")["title"]:
            ps[0] = ps[0].replace("137276亿元", "<font color=\"#c00000\">137276亿元</font>")
            ps[1] = ps[1].replace("92190亿元", "==92190亿元==")
        if it["title"] == story("models")["title"]:
            ps[0] = ps[0].replace("DeepSeek-V3.2", "<u>DeepSeek-V3.2</u>")
            ps[1] = ps[1].replace("，阿里巴巴", "，<br>阿里巴巴")
        for p in ps:
            L += [p, ""]
        if it["source"]:
            L += ["*— 来源：%s —*" % it["source"], ""]
        last = sec
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(L))
    write_expected(name, {"year": 2026, "number": 6, "total": 42, "date": "2026-06-30"}, items)


def d04():
    """A WeChat article: the masthead's date in WeChat's own line (`原创 大连市数字贸易协会 2026年04月30日
    09:00 辽宁`); each banner a number on its own line above the name (`02` / `行业资讯`) in one
    section; the source a grey line `文字来源 | X` under the body; stories parted by a centred `◇ ◇ ◇`."""
    name = "d16-04-wechat.html"
    items = [("行业资讯", story("trade2025")), ("行业资讯", story("soft1q")),
             ("会员风采", story("yida")), ("协会动态", story("customs")), ("协会动态", story("council"))]
    H = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报｜2026年第4期</title></head><body>',
         '<div id="js_content">', '<h1 class="rich_media_title">数字贸易简报｜2026年第4期（总第40期）</h1>',
         '<div class="rich_media_meta_list"><span>原创</span> <span>大连市数字贸易协会</span> '
         '<em id="publish_time">2026年04月30日 09:00</em> <span>辽宁</span></div>']
    last, k = None, 0
    for sec, it in items:
        if sec != last:
            k += 1
            H += ['<section style="text-align:center;margin:24px 0">'
                  '<p style="font-size:28px;color:#1f6fb2;font-weight:bold">%02d</p>'
                  '<p style="font-size:17px;letter-spacing:2px">%s</p></section>' % (k, sec)]
        elif sec != "协会动态":
            H += ['<p style="text-align:center;color:#999">◇　◇　◇</p>']
        if it["title"]:
            H += ['<p style="font-size:16px"><strong>%s</strong></p>' % it["title"]]
        for p in it["paras"]:
            H += ['<p style="text-indent:2em">%s</p>' % p]
        if it["source"]:
            H += ['<p style="font-size:12px;color:#888">文字来源 | %s</p>' % it["source"]]
        last = sec
    H += ['<p style="font-size:12px;color:#888">预览时标签不可点</p>', "</div></body></html>"]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(H))
    write_expected(name, {"year": 2026, "number": 4, "total": 40, "date": "2026-04-30"}, items)


def d05():
    """A page saved from a CMS with HTML5 parts: a `<nav>` breadcrumb and an `<aside>` of related links
    beside the `<main>`; each banner an `<h2>` with its number in a span (`<span>02</span>行业资讯`);
    each story an `<article>`; sources in `<cite>` inside a `<footer>` of the article."""
    name = "d16-05-cms.html"
    items = [("数据月报", story("DATA")), ("行业资讯", story("digsvc")), ("行业资讯", story("fund")),
             ("协会动态", story("visit"))]
    H = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>数字贸易简报 2026年第5期</title></head><body>',
         '<nav class="crumb"><a href="/">首页</a> &gt; <a href="/jb/">简报</a> &gt; 正文</nav>',
         '<aside class="related"><h3>相关阅读</h3><ul><li><a href="/jb/39.html">数字贸易简报 2026年第3期</a></li>'
         '<li><a href="/jb/40.html">数字贸易简报 2026年第4期</a></li></ul></aside>',
         '<main><header><h1>数字贸易简报</h1><p>2026年第5期（总第41期）　发布日期：2026-05-31</p></header>']
    last, k = None, 0
    for sec, it in items:
        if sec != last:
            k += 1
            H += ['<h2 class="col"><span class="no">%02d</span>%s</h2>' % (k, sec)]
        H += ["<article>"]
        if it["title"]:
            H += ["<h3>%s</h3>" % it["title"]]
        for p in it["paras"]:
            if isinstance(p, dict):
                t = p["table"]
                H += ["<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (
                    "".join("<th>%s</th>" % c for c in t[0]),
                    "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in t[1:]))]
            else:
                H += ["<p>%s</p>" % p]
        if it["source"]:
            H += ['<footer>来源：<cite>%s</cite></footer>' % it["source"]]
        H += ["</article>"]
        last = sec
    H += ["</main>", '<footer class="site">版权所有 大连市数字贸易协会　辽ICP备00000000号</footer></body></html>']
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(H))
    write_expected(name, {"year": 2026, "number": 5, "total": 41, "date": "2026-05-31"}, items)


if __name__ == "__main__":
    for f in (d01, d02, d03, d04, d05):
        f()
