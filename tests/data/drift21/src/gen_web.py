# -*- coding: utf-8 -*-
"""drift21 web files: 01 a Word "Save as Web Page" .htm (mso markup, gb2312), 02 an HTML5 page whose issue is an
<article> with <aside> blocks inside and beside it, 06 a page saved by a browser as one MHTML archive but named .html
(its HTML part quoted-printable, UTF-8), its body from a WeChat editor plug-in (壹伴-like sections)."""
import os, quopri
from html import escape as E
from common import story, write_expected, issue, OUT, MAST, PUB, cn_date


# ---------------------------------------------------------------- 01: Word "Save as Web Page"
def mso_p(text, cls="MsoNormal", style="", bold=False):
    t = '<span style=\'font-family:宋体;mso-ascii-font-family:"Times New Roman"\'>%s</span>' % E(text)
    if bold:
        t = "<b>%s</b>" % t
    st = " style='%s'" % style if style else ""
    return "<p class=%s%s>%s<span lang=EN-US><o:p></o:p></span></p>\n" % (cls, st, t)


def d01():
    name = "w21-01-wordhtml.htm"
    iss = issue(2026, 1, 45, "2026-01-31")
    plan = [("行业资讯", story("data2026")), ("行业资讯", story("ces")), ("会员风采", story("p_haigang")),
            ("协会动态", story("a1")), ("协会动态", story("a2"))]
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
         'xmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
         'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
         '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n<meta name=ProgId content=Word.Document>\n'
         '<meta name=Generator content="Microsoft Word 15">\n<meta name=Originator content="Microsoft Word 15">\n'
         '<link rel=File-List href="w21-01-wordhtml.files/filelist.xml">\n<title>数字贸易简报2026年第1期</title>\n'
         '<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>秘书处</o:Author>\n  <o:LastAuthor>user</o:LastAuthor>\n'
         '  <o:Revision>7</o:Revision>\n  <o:Created>2026-01-28T01:12:00Z</o:Created>\n  <o:LastSaved>2026-02-02T08:40:00Z</o:LastSaved>\n'
         '  <o:Pages>3</o:Pages>\n  <o:Words>412</o:Words>\n  <o:Company>Microsoft</o:Company>\n  <o:Version>16.00</o:Version>\n'
         ' </o:DocumentProperties>\n</xml><![endif]--><!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n'
         '  <w:SpellingState>Clean</w:SpellingState>\n  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>\n'
         '  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n  <w:Compatibility>\n   <w:SpaceForUL/>\n'
         '   <w:UseFELayout/>\n  </w:Compatibility>\n </w:WordDocument>\n</xml><![endif]-->\n<style>\n<!--\n'
         ' /* Font Definitions */\n @font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;\n\tmso-font-charset:134;}\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-unhide:no;\n\tmso-style-qformat:yes;\n\tmargin:0cm;\n'
         '\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:"Times New Roman",serif;}\n'
         'h1\n\t{mso-style-priority:9;\n\tmso-style-link:"标题 1 字符";\n\tmargin-top:17.0pt;\n\tfont-size:16.0pt;\n\tmso-list:l0 level1 lfo1;}\n'
         'p.MsoTitle\n\t{font-size:22.0pt;\n\ttext-align:center;\n\tfont-weight:bold;}\n'
         '@list l0:level1\n\t{mso-level-number-format:chinese-counting;\n\tmso-level-text:%1、;}\n'
         '-->\n</style>\n<!--[if gte mso 10]>\n<style>\n /* Style Definitions */\n table.MsoNormalTable\n\t{mso-style-name:普通表格;}\n'
         '</style>\n<![endif]--><!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext="edit" spidmax="1026"/>\n</xml><![endif]-->\n'
         '</head>\n\n<body lang=ZH-CN style=\'tab-interval:21.0pt;text-justify-trim:punctuation\'>\n\n'
         '<div class=WordSection1 style=\'layout-grid:15.6pt\'>\n\n']
    h.append(mso_p(MAST, cls="MsoTitle"))
    h.append(mso_p("2026年第1期（总第45期）", style="text-align:center"))
    h.append(mso_p("%s　　　　　　　　　%s" % (PUB, cn_date(iss["date"])), style="text-align:center"))
    h.append("<div style='mso-element:para-border-div;border:none;border-bottom:solid windowtext 1.5pt;padding:0cm 0cm 1.0pt 0cm'>\n")
    h.append(mso_p("", style="border:none;mso-border-bottom-alt:solid windowtext 1.5pt;padding:0cm"))
    h.append("</div>\n\n")
    nums = "一二三四五"
    seen = []
    for sec, it in plan:
        if sec not in seen:
            seen.append(sec)
            h.append("<h1 style='margin-left:0cm;text-indent:0cm;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US "
                     "style='mso-bidi-font-family:宋体'><span style='mso-list:Ignore'>%s、<span style='font:7.0pt \"Times New Roman\"'>"
                     "&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:黑体'>%s</span><span lang=EN-US>"
                     "<o:p></o:p></span></h1>\n\n" % (nums[len(seen) - 1], E(sec)))
        if it["title"]:
            h.append(mso_p(it["title"], style="text-align:center", bold=True))
        for i, p in enumerate(it["paras"]):
            last = i == len(it["paras"]) - 1
            tail = "（本刊综合%s报道）" % it["source"] if last and it["source"] else ""
            h.append(mso_p(p + tail, style="text-indent:21.0pt;mso-char-indent-count:2.0"))
        h.append("\n")
    h.append("<p class=MsoNormal align=right style='text-align:right'><span style='font-family:宋体'>（责任编辑：李敏）</span></p>\n\n")
    h.append("</div>\n\n</body>\n\n</html>\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write("".join(h).replace("\n", "\r\n").encode("gb18030"))
    write_expected(name, iss, plan)


# ---------------------------------------------------------------- 02: <article> with <aside>s
def d02():
    name = "w21-02-article-aside.html"
    iss = issue(2026, 3, 47, "2026-03-31")
    plan = [("行业资讯", story("awe")), ("行业资讯", story("gala")), ("会员风采", story("p_xinghe")),
            ("协会动态", story("a3")), ("协会动态", story("a4"))]
    h = ['<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n'
         '<title>《数字贸易简报》2026年第3期 - 大连市数字贸易协会</title>\n<link rel="stylesheet" href="/assets/site.css">\n</head>\n<body>\n'
         '<header class="site-header"><a class="logo" href="/">大连市数字贸易协会</a>\n<nav><a href="/">首页</a> <a href="/news">协会新闻</a> '
         '<a href="/brief">简报</a> <a href="/join">入会指南</a> <a href="/contact">联系我们</a></nav></header>\n'
         '<main class="layout">\n<article class="post">\n<header class="post-header">\n<h1>《%s》2026年第3期</h1>\n'
         '<p class="byline">2026年第3期（总第47期）　<time datetime="2026-03-31">%s</time>　%s</p>\n</header>\n'
         % (MAST, cn_date(iss["date"]), PUB)]
    asides = {
        1: '<aside class="related"><h4>相关阅读</h4><ul><li><a href="/news/1201">2025年协会会员大会召开</a></li>'
           '<li><a href="/news/1188">机器人企业出海路径分析</a></li></ul></aside>\n',
        2: '<aside class="callout note"><p><strong>编者注</strong></p><p>本期资讯据公开报道整理，数据以官方发布为准。</p></aside>\n',
        3: '<aside class="ad"><a href="/join"><img src="/img/join-banner.png" alt="欢迎加入协会"></a><p>广告</p></aside>\n',
    }
    n = 0
    cur = None
    for sec, it in plan:
        if sec != cur:
            if cur:
                h.append("</section>\n")
            cur = sec
            h.append('<section class="column">\n<h2>▌%s</h2>\n' % E(sec))
        if it["title"]:
            h.append("<h3>%s</h3>\n" % E(it["title"]))
        for p in it["paras"]:
            h.append("<p>%s</p>\n" % E(p))
        if it["source"]:
            h.append('<p class="src">稿源：%s</p>\n' % E(it["source"]))
        n += 1
        if n in asides:
            h.append(asides[n])
    h.append("</section>\n<footer class=\"post-footer\"><p>标签：<a href=\"/tag/brief\">简报</a> <a href=\"/tag/robot\">机器人</a></p>"
             "<p>阅读 1326　点赞 18</p></footer>\n</article>\n")
    h.append('<aside class="sidebar"><h4>最新简报</h4><ul><li><a href="/brief/46">2026年第2期（总第46期）</a></li>'
             '<li><a href="/brief/45">2026年第1期（总第45期）</a></li></ul><h4>联系我们</h4><p>电话：0411-8888 0000</p></aside>\n'
             '</main>\n<footer class="site-footer">版权所有 © 大连市数字贸易协会　辽ICP备00000000号-1</footer>\n</body>\n</html>\n')
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("".join(h))
    write_expected(name, iss, plan)


# ---------------------------------------------------------------- 06: MHTML archive saved as .html
def d06():
    name = "w21-06-mhtml.html"
    iss = issue(2026, 5, 49, "2026-05-31")
    plan = [("行业资讯", story("ces")), ("行业资讯", story("awe")), ("会员风采", story("p_xinghe")),
            ("协会动态", story("a3")), ("协会动态", story("a4"))]
    banner = ('<section style="margin:24px 0 12px;text-align:left;"><section style="display:inline-block;padding:4px 12px;'
              'background:#0b5cab;color:#fff;font-size:17px;letter-spacing:1px;"><span>%s</span><span style="opacity:.7">·%s</span></section></section>\n')
    tags = {"行业资讯": "NEWS", "会员风采": "MEMBERS", "协会动态": "EVENTS"}
    src_forms = {"ces": "信息来源：%s", "awe": "（据%s）"}
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报｜2026年第5期</title></head>'
         '<body><div id="js_content" class="rich_media_content" style="visibility: visible;">\n'
         '<section data-tools="壹伴编辑器" data-id="yb-1"><section style="text-align:center;"><p style="font-size:24px;font-weight:bold;">%s</p>'
         '<p style="font-size:14px;color:#888;">2026年第5期　总第49期</p><p style="font-size:14px;color:#888;">%s　%s</p></section></section>\n'
         % (MAST, PUB, cn_date(iss["date"]))]
    cur = None
    keys = ["ces", "awe", None, None, None]
    for (sec, it), key in zip(plan, keys):
        if sec != cur:
            cur = sec
            h.append(banner % (E(sec), tags[sec]))
        h.append('<section data-tools="壹伴编辑器">')
        if it["title"]:
            h.append('<p style="font-size:16px;color:#0b5cab;"><strong><span>%s</span></strong></p>' % E(it["title"]))
        for i, p in enumerate(it["paras"]):
            last = i == len(it["paras"]) - 1
            if last and key == "awe":
                p = p + (src_forms["awe"] % it["source"])
            h.append('<p style="text-indent:2em;font-size:15px;line-height:1.75;"><span>%s</span></p>' % E(p))
        if key == "ces":
            h.append('<p style="text-align:right;font-size:12px;color:#999;"><span>%s</span></p>' % E(src_forms["ces"] % it["source"]))
        h.append("</section>\n")
    h.append('<section data-tools="壹伴编辑器"><p style="text-align:center;color:#999;font-size:12px;">— END —</p>'
             '<p style="text-align:center;color:#999;font-size:12px;">排版：壹伴编辑器　审核：秘书处</p></section>\n'
             '</div><div class="rich_media_tool"><span>阅读 2108</span> <span>在看 12</span></div></body></html>\n')
    html = "".join(h).encode("utf-8")
    qp = quopri.encodestring(html).decode("ascii")
    b = "----MultipartBoundary--Kc3nQ1f9ZyPq0rT8wXvB2mL6----"
    mime = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://mp.weixin.qq.com/s/Xk2PqL0brief49\r\n"
            "Subject: =?utf-8?Q?=E6=95=B0=E5=AD=97=E8=B4=B8=E6=98=93=E7=AE=80=E6=8A=A5?=\r\nDate: Mon, 1 Jun 2026 09:12:40 +0800\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n\r\n"
            "--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-4F1A@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://mp.weixin.qq.com/s/Xk2PqL0brief49\r\n\r\n%s\r\n\r\n"
            "--%s\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n"
            "@charset \"utf-8\";=0A.rich_media_content { font-size: 15px; }=0A\r\n\r\n--%s--\r\n") % (b, b, qp.replace("\n", "\r\n"), b, b)
    with open(os.path.join(OUT, name), "w", encoding="ascii", newline="") as f:
        f.write(mime)
    write_expected(name, iss, plan)


# ---------------------------------------------------------------- 07: Notion "Export as HTML"
def d07():
    name = "w21-07-notion.html"
    iss = issue(2026, 1, 45, "2026-01-31")
    plan = [("行业资讯", story("data2026")), ("行业资讯", story("ces")), ("会员风采", story("p_haigang")),
            ("协会动态", story("a1")), ("协会动态", story("a2"))]
    emoji = {"行业资讯": "📰", "会员风采": "🏢", "协会动态": "📌"}
    ids = iter("3b1f0c2a-%04d-4e6b-9a1d-5c7e8f9a0b1c" % i for i in range(100))
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>数字贸易简报 2026年第1期</title>'
         '<style>\n/* cspell:disable-file */\n/* webkit printing magic: print all background colors */\nhtml {-webkit-print-color-adjust: exact;}\n'
         '* {box-sizing: border-box;}\n.page-title {font-size: 2.5rem; font-weight: 700;}\n.callout {border-radius: 4px; padding: 1rem;}\n'
         '.table_of_contents-item {display: block; font-size: 0.875rem;}\n</style></head><body><article id="%s" class="page sans">'
         '<header><div class="page-header-icon undefined"><span class="icon">📘</span></div><h1 class="page-title">%s 2026年第1期</h1>'
         '<p class="page-description"></p><table class="properties"><tbody><tr class="property-row property-row-created_time"><th>'
         '<span class="icon property-icon"></span>创建时间</th><td><time>@2026年1月27日 14:02</time></td></tr><tr class="property-row '
         'property-row-multi_select"><th><span class="icon property-icon"></span>标签</th><td><span class="selected-value '
         'select-value-color-blue">简报</span></td></tr></tbody></table></header><div class="page-body">' % (next(ids), MAST)]
    h.append('<p id="%s" class="">2026年第1期（总第45期）</p>' % next(ids))
    h.append('<p id="%s" class="">%s　%s</p>' % (next(ids), PUB, cn_date(iss["date"])))
    h.append('<nav id="%s" class="block-color-gray table_of_contents">' % next(ids))
    for sec in ("行业资讯", "会员风采", "协会动态"):
        h.append('<div class="table_of_contents-item table_of_contents-indent-0"><a class="table_of_contents-link" href="#x">%s %s</a></div>'
                 % (emoji[sec], sec))
    h.append('</nav><hr id="%s"/>' % next(ids))
    cur = None
    for sec, it in plan:
        if sec != cur:
            cur = sec
            h.append('<h2 id="%s" class="">%s %s</h2>' % (next(ids), emoji[sec], E(sec)))
        if it["title"]:
            h.append('<h3 id="%s" class="">%s</h3>' % (next(ids), E(it["title"])))
        paras = list(it["paras"])
        if it["source"] == "中国经济网":
            paras[-1] += "[%s]" % it["source"]
        for p in paras:
            h.append('<p id="%s" class="">%s</p>' % (next(ids), E(p)))
        if it["source"] == "世界日报":
            h.append('<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="%s">'
                     '<div style="font-size:1.5em"><span class="icon">🔗</span></div><div style="width:100%%">信息来源：%s</div></figure>'
                     % (next(ids), E(it["source"])))
    h.append('<p id="%s" class="">\n</p></div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>' % next(ids))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("".join(h))
    write_expected(name, iss, plan)


if __name__ == "__main__":
    d01(); d02(); d06(); d07()
