# -*- coding: utf-8 -*-
"""2026-03.html: a Google Docs document downloaded as "Web page (.html, zipped)": the whole
document on ONE line, a <style> block of generated classes (.c0 … .c19, .title, h1/h2 rules,
lst-kix list classes), every paragraph `<p class="cN"><span class="cM">`, empty spacer
paragraphs, headings `<h1 class="c4" id="h.xxxx">` for sections and `<h2 id="h.xxxx">` for
titles, a contents block of internal `#h.` links, table `<table class="c13">` with
`<tr class="c8"><td class="c6" colspan="1" rowspan="1">`, sources whose outlet is a link
through the `https://www.google.com/url?q=…&sa=D&source=editors&ust=…&usg=…` redirector,
and a two-row header where issue line and date are separate spans."""
import os, sys, html, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I03 as I
def hid(s):
    return "h." + hashlib.md5(s.encode()).hexdigest()[:12]
URL = {"世界日报": "https://www.worldjournal.com/wj/story/121474/9371980",
       "香港01": "https://www.hk01.com/", "华夏时报": "https://www.cjcn.com.cn/news/show-312380.html",
       "经济通": "https://www.etnet.com.hk/www/tc/forex/news-article/20260306437"}
def g(u):
    return ("https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=1774851200000000"
            "&amp;usg=AOvVaw0x%s" % (u, hashlib.md5(u.encode()).hexdigest()[:16]))
e = html.escape
STYLE = ('<style type="text/css">@import url(https://themes.googleusercontent.com/fonts/css?kit=abc);'
 'ol{margin:0;padding:0}table td,table th{padding:0}.c0{padding-top:0pt;padding-bottom:0pt;line-height:1.15;'
 'orphans:2;widows:2;text-align:left;height:11pt}.c1{color:#000000;font-weight:400;text-decoration:none;'
 'vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}.c2{padding-top:0pt;'
 'padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-align:justify}.c3{padding-top:0pt;'
 'padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:right}.c4{padding-top:20pt;'
 'padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
 '.c5{color:#1155cc;text-decoration:underline}.c6{border-right-style:solid;padding:5pt 5pt 5pt 5pt;'
 'border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;'
 'vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;'
 'border-left-style:solid;border-bottom-width:1pt;width:150pt;border-top-color:#000000;'
 'border-bottom-style:solid}.c7{color:#666666;font-size:10pt}.c8{height:0pt}.c9{font-weight:700;'
 'font-size:26pt;color:#cc0000}.c10{text-align:center}.c11{font-weight:700}.c12{background-color:#ffffff;'
 'max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c13{border-spacing:0;border-collapse:collapse;'
 'margin-right:auto}.c14{color:inherit;text-decoration:inherit}.title{padding-top:0pt;color:#000000;'
 'font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;'
 'orphans:2;widows:2;text-align:left}h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;'
 'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
 'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";'
 'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}</style>')
def p(txt, cls="c2", span="c1"):
    return '<p class="%s"><span class="%s">%s</span></p>' % (cls, span, e(txt))
B = []
B.append('<p class="title c10" id="%s"><span class="c9">数字贸易简报</span></p>' % hid("title"))
B.append('<p class="c3 c10"><span class="c1">2026年第3期</span><span class="c1">（总第47期）</span></p>')
B.append('<p class="c3 c10"><span class="c1">大连市数字贸易协会秘书处</span><span class="c1">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
         '<span class="c1">2026年3月31日</span></p>')
B.append('<p class="c0"><span class="c1"></span></p>')
toc = []; prev = None
for it in I["items"]:
    if it["section"] != prev:
        prev = it["section"]
        toc.append('<p class="c2"><span class="c5 c11"><a class="c14" href="#%s">%s</a></span></p>' % (hid(prev), e(prev)))
    if it["title"]:
        toc.append('<p class="c2"><span class="c5"><a class="c14" href="#%s">%s</a></span></p>' % (hid(it["title"]), e(it["title"])))
B += toc + ['<p class="c0"><span class="c1"></span></p>', '<hr style="page-break-before:always;display:none;">']
prev = None
for it in I["items"]:
    if it["section"] != prev:
        prev = it["section"]
        B.append('<h1 class="c4" id="%s"><span class="c11">%s</span></h1>' % (hid(prev), e(prev)))
    if it["title"]:
        B.append('<h2 class="c4" id="%s"><span class="c11">%s</span></h2>' % (hid(it["title"]), e(it["title"])))
    for k, para in enumerate(it["paras"]):
        B.append(p(para))
        t = it.get("table")
        if t and t["after"] == k:
            rows = [t["head"]] + t["rows"]
            B.append('<a id="t.a1b2c3"></a><a id="t.0"></a><table class="c13">')
            for r in rows:
                B.append('<tr class="c8">' + "".join('<td class="c6" colspan="1" rowspan="1"><p class="c0 c10">'
                         '<span class="c1">%s</span></p></td>' % e(c) for c in r) + '</tr>')
            B.append('</table>')
            B.append('<p class="c0"><span class="c1"></span></p>')
    if it["source"]:
        u = URL.get(it["source"], "https://www.google.com/")
        B.append('<p class="c3"><span class="c7">来源：</span><span class="c5 c7"><a class="c14" href="%s">%s</a></span></p>'
                 % (g(u), e(it["source"])))
    B.append('<p class="c0"><span class="c1"></span></p>')
doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">' + STYLE +
       '</head><body class="c12 doc-content">' + "".join(B) + '</body></html>')
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
open(out, "w", encoding="utf-8").write(doc)
