# -*- coding: utf-8 -*-
"""drift18web: three WeChat articles saved as .html, each in an editor's markup no earlier set uses
(see ../README.md). The annotation is written from the same hand-made story list (stories.py)."""
import os
from html import escape as e
from common import OUT, story, write_expected

IMG = '<img src="https://mmbiz.qpic.cn/mmbiz_png/x/640?wx_fmt=png" data-ratio="0.56" style="width:100%">'


def page(title, head, body, tail=""):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n"
            "<div class=\"rich_media_content\" id=\"js_content\">\n%s\n%s\n%s\n</div></body></html>\n"
            % (e(title), head, body, tail))


def svg_file(name, issue, plan):
    """01: banners drawn as SVG <text> (a faint number behind the name), titles in a two-cell layout table,
    sources in the <figcaption> of a picture that closes the story."""
    head = ('<h1 class="rich_media_title">数字贸易简报 2026年第7期（总第43期）</h1>\n'
            '<div id="meta_content"><span id="copyright_logo">原创</span> <a id="js_name">大连市数字贸易协会</a> '
            '<em id="publish_time">2026年7月31日 18:30</em></div>\n'
            '<section><mp-style-type data-value="3"></mp-style-type></section>')
    out, n = [], 0
    for sec, keys in plan:
        n += 1
        out.append('<section style="text-align:center;margin:20px 0"><svg viewBox="0 0 320 64" width="100%%" '
                   'xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="320" height="64" fill="#eef4fb"/>'
                   '<text x="20" y="50" font-size="44" fill="#1f6fb2" opacity="0.2">0%d</text>'
                   '<text x="160" y="40" font-size="20" text-anchor="middle" fill="#1f6fb2">%s</text></svg></section>'
                   % (n, e(sec)))
        for i, it in enumerate(keys, 1):
            if it["title"]:
                out.append('<table style="width:100%%;border-collapse:collapse"><tbody><tr>'
                           '<td style="width:32px;background:#1f6fb2;color:#fff;text-align:center">%d</td>'
                           '<td style="padding-left:8px"><strong>%s</strong></td></tr></tbody></table>' % (i, e(it["title"])))
            out += ['<p style="text-indent:2em">%s</p>' % e(p) for p in it["paras"]]
            if it["source"]:
                out.append('<figure>%s<figcaption style="font-size:12px;color:#999">来源：%s</figcaption></figure>'
                           % (IMG, e(it["source"])))
    tail = '<p style="font-size:12px;color:#b2b2b2">预览时标签不可点</p>'
    return page("数字贸易简报 2026年第7期", head, "\n".join(out), tail)


def bg_file(name, issue, plan):
    """02: each banner a background-image <section> with the name only in a tiny caption; titles bold by style;
    a story split across two <section>s with a picture between; `来&nbsp;&nbsp;源：` padded keys (masthead too)."""
    head = ('<h1 class="rich_media_title">数字贸易简报（2026年第8期）</h1>\n'
            '<div id="meta_content"><a id="js_name">大连市数字贸易协会</a> <em id="publish_time">2026-08-31</em></div>\n'
            '<p style="text-align:center">2026年第8期&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;总第44期</p>\n'
            '<p>主&nbsp;&nbsp;&nbsp;&nbsp;办：大连市数字贸易协会</p>\n<p>编&nbsp;&nbsp;&nbsp;&nbsp;辑：协会秘书处</p>')
    out = []
    for sec, keys in plan:
        out.append('<section style="background-image:url(&quot;https://mmbiz.qpic.cn/mmbiz_jpg/banner/640&quot;);'
                   'background-size:cover;height:72px;margin:24px 0 12px"><section style="padding-top:52px;'
                   'text-align:right"><span style="font-size:10px;color:#fff;letter-spacing:1px">%s</span>'
                   '</section></section>' % e(sec))
        for it in keys:
            if it["title"]:
                out.append('<p><span style="font-size:16px;font-weight:bold;color:#1f6fb2">%s</span></p>' % e(it["title"]))
            paras = it["paras"]
            if len(paras) > 1 and it["title"]:
                out.append('<section style="margin:8px 0"><p>%s</p></section>' % e(paras[0]))
                out.append('<section style="text-align:center">%s</section>' % IMG)
                out.append('<section style="margin:8px 0">%s</section>'
                           % "".join('<p>%s</p>' % e(p) for p in paras[1:]))
            else:
                out += ['<p>%s</p>' % e(p) for p in paras]
            if it["source"]:
                out.append('<p style="font-size:12px;color:#888">来&nbsp;&nbsp;&nbsp;&nbsp;源：%s</p>' % e(it["source"]))
    return page("数字贸易简报（2026年第8期）", head, "\n".join(out))


def span_file(name, issue, plan):
    """03: every run of text in <span leaf=""> / <span data-...> pieces (titles cut mid-word); each banner's
    characters in boxes of their own (one inline-block <section> a character); sources `来源｜X` in three spans;
    the account's profile card <mp-common-profile> (text only in attributes) at the end."""
    head = ('<h1 class="rich_media_title">数字贸易简报·第45期</h1>\n'
            '<div id="meta_content"><a id="js_name">大连市数字贸易协会</a> <em id="publish_time">2026年9月30日 20:05</em></div>\n'
            '<p><span data-pm-slice="1 1 []"><span leaf="">2026年第9期</span></span><span leaf="">（总第45期）</span></p>')
    out = []
    for sec, keys in plan:
        boxes = "".join('<section style="display:inline-block;width:28px;height:28px;border:1px solid #1f6fb2;'
                        'margin:0 2px"><span leaf="">%s</span></section>' % e(c) for c in sec)
        out.append('<section data-role="title" data-tools="新媒体排版" style="text-align:center;margin:24px 0">%s</section>'
                   % boxes)
        for it in keys:
            if it["title"]:
                t = it["title"]
                k = len(t) // 2
                out.append('<p><strong><span leaf="">%s</span><span leaf="" data-mpa-emphasis="1">%s</span></strong></p>'
                           % (e(t[:k]), e(t[k:])))
            for p in it["paras"]:
                k = p.find("，") + 1
                out.append('<p style="text-indent:2em"><span data-pm-slice="0 0 []"><span leaf="">%s</span></span>'
                           '<span leaf="">%s</span></p>' % (e(p[:k]), e(p[k:])))
            if it["source"]:
                out.append('<p><span style="color:#999"><span leaf="">来源</span></span><span leaf="">｜</span>'
                           '<span leaf="">%s</span></p>' % e(it["source"]))
    tail = ('<mp-common-profile class="js_uneditable" data-nickname="大连市数字贸易协会" data-alias="dldta" '
            'data-signature="发布数字贸易政策、行业资讯与协会动态。"></mp-common-profile>')
    return page("数字贸易简报·第45期", head, "\n".join(out), tail)


FILES = [
    ("d18-01-svg.html", svg_file, dict(year=2026, number=7, total=43, date="2026-07-31"),
     [("行业资讯", ["trade2025", "ecom"]), ("数字经济", ["genai"]), ("会员风采", ["yida"]), ("协会动态", ["visit", "council"])]),
    ("d18-02-bgimage.html", bg_file, dict(year=2026, number=8, total=44, date="2026-08-31"),
     [("行业资讯", ["fx", "digsvc"]), ("人工智能", ["models", "aicore"]), ("会员风采", ["neusoft"]), ("协会动态", ["customs"])]),
    ("d18-03-spans.html", span_file, dict(year=2026, number=9, total=45, date="2026-09-30"),
     [("政策资讯", ["fund"]), ("行业资讯", ["genai", "trade2025"]), ("会员风采", ["yida"]), ("协会动态", ["council", "customs"])]),
]

if __name__ == "__main__":
    for name, fn, issue, plan in FILES:
        built = [(sec, [story(k) for k in keys]) for sec, keys in plan]
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(fn(name, issue, built))
        write_expected(name, issue, [(sec, it) for sec, its in built for it in its])
