# -*- coding: utf-8 -*-
"""The WeChat pages of drift14 (family 2): banners only as an image's alt text, stories parted by a
rule image, sources with a web address, sources inside the title line, a spaced bilingual banner."""
import html
import os
from common import OUT, story, write_expected

E = html.escape
PAGE = '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta property="og:title" content="%(t)s"><title>%(t)s</title>
<script>var msg_title = '%(t)s'; var create_time = "%(c)s";</script></head>
<body id="activity-detail"><div class="rich_media_wrp" id="js_article"><div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">%(t)s</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">数贸协秘书处</span>
<a href="javascript:void(0);" id="js_name">大连数贸协</a><em id="publish_time">%(c)s</em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
%(b)s
</div>
<div class="rich_media_tool"><a id="js_view_source" href="http://www.example.org.cn/jb.html">阅读原文</a>
<span>阅读 <span id="readNum3">388</span></span></div>
</div></div><script>document.getElementById("js_content").style.visibility="visible";</script></body></html>
'''
TEXT = '<p style="text-indent:2em;line-height:1.8;font-size:15px;"><span leaf="">%s</span></p>'


def d04():
    """Banners that are images (the name only in alt), a rule image between stories, sources with the
    outlet's web address, a profile without a source, a section of one item."""
    name = "d14-04-imgbanner.html"
    items = [("行业资讯", story("digsvc")), ("行业资讯", story("genai")), ("会员风采", story("neusoft")),
             ("协会动态", story("council"))]
    urls = {"经济日报": "http://www.jingjiribao.cn/static/detail.jsp?id=636540",
            "ETtoday新闻云": "https://www.ettoday.net/news/20260304/3126722.htm"}
    P = ['<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/x/head.png" alt="刊头" data-ratio="0.3"></section>',
         '<p style="text-align:center;font-size:22px;"><strong>数字贸易简报</strong></p>',
         '<p style="text-align:center;font-size:14px;">2026年第2期（总第38期）</p>',
         '<p style="text-align:center;font-size:13px;color:#888;">大连市数字贸易协会　2026年2月28日</p>']
    last = None
    for sec, it in items:
        if sec != last:
            P.append('<section style="text-align:center;margin:20px 0;"><img class="rich_pages wxw-img" '
                     'data-src="https://mmbiz.qpic.cn/mmbiz_png/x/%s.png" alt="%s" data-ratio="0.18"></section>' % (len(P), sec))
        elif sec != "协会动态":
            P.append('<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/x/line.png" '
                     'alt="分割线" data-ratio="0.02" style="width:100%;"></section>')
        if it["title"]:
            P.append('<p style="font-size:17px;color:#0b5394;"><strong><span leaf="">%s</span></strong></p>' % E(it["title"]))
        P += [TEXT % E(p) for p in it["paras"]]
        if it["source"]:
            P.append('<p style="font-size:12px;color:#999;"><span leaf="">来源：%s　%s</span></p>' % (E(it["source"]), E(urls[it["source"]])))
        last = sec
    t = "数字贸易简报2026年第2期"
    open(os.path.join(OUT, name), "w", encoding="utf-8").write(PAGE % dict(t=t, c="2026-02-28 18:05", b="\n".join(P)))
    write_expected(name, {"year": 2026, "number": 2, "total": 38, "date": "2026-02-28"}, items)


def d05():
    """A spaced bilingual banner (`行 业 资 讯 · NEWS`), the source inside the title line in a grey
    span, a title with its subtitle after ——, a paragraph of the body opening with 来源."""
    name = "d14-05-titlesource.html"
    items = [("行业资讯", story("fx")),
             ("行业资讯", story("trade2025", title="2025年我国货物贸易进出口45.47万亿元——外贸基本盘依然稳固")),
             ("行业资讯", story("digsvc")), ("会员风采", story("yida")), ("协会动态", story("council"))]
    eng = {"行业资讯": "NEWS", "会员风采": "MEMBERS", "协会动态": "ASSOCIATION"}
    P = ['<p style="text-align:center;font-size:22px;color:#c00;"><strong>数字贸易简报</strong></p>',
         '<p style="text-align:center;">2026年第4期　总第40期　2026年4月30日</p>']
    last = None
    for sec, it in items:
        if sec != last:
            P.append('<section style="background:#c00;color:#fff;padding:4px 10px;font-size:16px;letter-spacing:2px;">'
                     '<span leaf="">%s · %s</span></section>' % (" ".join(sec), eng[sec]))
        if it["title"]:
            src = ('<span style="font-size:12px;color:#999;font-weight:normal;">（来源：%s）</span>' % E(it["source"])
                   if it["source"] else "")
            P.append('<h3 style="font-size:16px;"><span leaf="">%s</span>%s</h3>' % (E(it["title"]), src))
        P += [TEXT % E(p) for p in it["paras"]]
        last = sec
    t = "数字贸易简报 | 第40期"
    open(os.path.join(OUT, name), "w", encoding="utf-8").write(PAGE % dict(t=t, c="2026-04-30 20:10", b="\n".join(P)))
    write_expected(name, {"year": 2026, "number": 4, "total": 40, "date": "2026-04-30"}, items)


if __name__ == "__main__":
    d04()
    d05()
