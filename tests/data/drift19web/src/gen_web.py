# -*- coding: utf-8 -*-
"""drift19web: eleven saved web pages beyond WeChat (see ../README.md), each in a make no earlier set uses.
The annotation is written from the same hand-made story list (stories.py)."""
import os
from html import escape as e
from common import OUT, story, write_expected

LINKS = ["我市召开2026年外贸工作推进会", "关于组织企业参加第五届数贸会的通知", "协会走访调研会员单位",
         "大连软件园举办人工智能应用对接会", "2026年度会员年检工作启动", "数字贸易人才培训班开班"]


def grid_divs(t, row_style, cell_style):
    """A table drawn as nested <div>s (or <section>s): one per row, one per cell."""
    return "".join('<div style="%s">%s</div>' % (row_style, "".join('<div style="%s">%s</div>' % (cell_style, e(c)) for c in r))
                   for r in t)


def html_table(t, attrs='border="1" cellspacing="0" cellpadding="4"'):
    rows = ["<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in t]
    return "<table %s><tbody>%s</tbody></table>" % (attrs, "".join(rows))


def paras(it, fmt, table=html_table):
    out = []
    for p in it["paras"]:
        out.append(table(p["table"]) if isinstance(p, dict) else fmt % e(p))
    return out


def cms_file(issue, plan):
    """01: a CMS article page (TRS_Editor) saved complete: nav, breadcrumb, info bar, banners as <hr>-framed centred
    paragraphs, titles `（一）` in <b>, sources right-aligned `（来源：X）`, share bar, prev/next, sidebars, ICP footer."""
    out = ['<p align="center">2026年第3期（总第39期）</p>',
           '<p align="center">大连市数字贸易协会秘书处编　　2026年3月31日</p>']
    cn = "一二三四五六"
    for sec, its in plan:
        out.append('<hr style="border:0;border-top:2px solid #c00000"><p align="center" style="font-size:16pt;'
                   'color:#c00000;letter-spacing:4px">%s</p><hr style="border:0;border-top:1px solid #c00000">' % e(sec))
        n = 0
        for it in its:
            if it["title"]:
                out.append('<p style="text-indent:2em"><b>（%s）%s</b></p>' % (cn[n], e(it["title"])))
                n += 1
            out += paras(it, '<p style="text-indent:2em">%s</p>')
            if it["source"]:
                out.append('<p style="text-align:right">（来源：%s）</p>' % e(it["source"]))
    side = "".join('<li><a href="/xhdt/2026/03/t2026032%d_%d.html" title="%s">%s</a><span>2026-03-2%d</span></li>'
                   % (i, 1000 + i, e(t), e(t), i) for i, t in enumerate(LINKS))
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>数字贸易简报（2026年第3期）_协会动态_大连市数字贸易协会</title>'
            '<meta name="ArticleTitle" content="数字贸易简报（2026年第3期）"><meta name="PubDate" content="2026-03-31 16:20">'
            '<meta name="ContentSource" content="协会秘书处"><style>body{font:14px/1.8 SimSun}.left{float:left;width:760px}'
            '.right{float:right;width:300px}.footer{clear:both;text-align:center;font-size:12px}</style></head><body>\n'
            '<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="大连市数字贸易协会"></a></div>'
            '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xhgk/">协会概况</a></li><li><a href="/zcfg/">政策法规</a></li>'
            '<li><a href="/hyzx/">行业资讯</a></li><li><a href="/hyfc/">会员风采</a></li><li><a href="/xhdt/">协会动态</a></li>'
            '<li><a href="/lxwm/">联系我们</a></li></ul></div>\n'
            '<div class="main"><div class="left"><div class="location">当前位置：<a href="/">首页</a> &gt; '
            '<a href="/xhdt/">协会动态</a> &gt; <a href="/xhdt/jb/">数字贸易简报</a></div>\n'
            '<div class="article"><h1 class="article-title">数字贸易简报（2026年第3期）</h1>\n'
            '<div class="info">发布时间：2026-03-31 16:20　　来源：协会秘书处　　浏览次数：<span id="hits">128</span>'
            '　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>\n'
            '<div class="article-content"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;'
            'margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt}</style>\n%s\n</div></div>\n'
            '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　'
            '<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>\n'
            '<div class="prevnext"><p>上一篇：<a href="/xhdt/jb/t20260228_998.html">数字贸易简报（2026年第2期）</a></p>'
            '<p>下一篇：<a href="/xhdt/t20260402_1012.html">协会召开2026年第一次会长办公会</a></p></div></div></div>\n'
            '<div class="right"><div class="box"><h3>最新动态</h3><ul>%s</ul></div>'
            '<div class="box"><h3>通知公告</h3><ul><li><a href="/tzgg/1.html">关于缴纳2026年度会费的通知</a></li>'
            '<li><a href="/tzgg/2.html">关于推荐数字贸易典型案例的通知</a></li></ul></div></div></div>\n'
            '<div class="footer"><p>版权所有：大连市数字贸易协会　地址：大连市高新技术产业园区软件园路8号　电话：0411-84800000</p>'
            '<p><a href="https://beian.miit.gov.cn/">辽ICP备2021012345号-1</a>　<img src="/images/ga.png" alt="">'
            '<a href="http://www.beian.gov.cn/">辽公网安备 21021202000123号</a></p>'
            '<p>技术支持：大连星海网络科技有限公司　网站标识码：2102000012</p></div>\n</body></html>\n'
            % ("\n".join(out), side))


def xiumi_file(issue, plan):
    """02: a 秀米 article: everything in <section>s under `powered-by="xiumi.us"`; the masthead in a bordered box with
    the date `2026.04.30`; banners `data-role="title"` boxes `PART 01` over the name; titles only coloured and sized
    behind a left border (no bold); sources `来源 / X`; the data table as a flex grid of <section>s."""
    out = ['<section data-role="outer" style="border:2px solid #3a7bd5;padding:16px;text-align:center">'
           '<p style="font-size:24px;color:#3a7bd5">数字贸易简报</p><p>2026年第4期　总第40期</p>'
           '<p>大连市数字贸易协会　2026.04.30</p></section>']
    for k, (sec, its) in enumerate(plan, 1):
        out.append('<section data-role="title" data-tplid="103" style="margin:28px 0 14px;text-align:center">'
                   '<section style="display:inline-block;border:1px solid #3a7bd5;padding:2px 10px">'
                   '<p style="font-size:12px;color:#3a7bd5;letter-spacing:2px">PART %02d</p></section>'
                   '<section style="border-bottom:1px solid #3a7bd5;padding:6px 0"><p style="font-size:18px;color:#333">'
                   '%s</p></section></section>' % (k, e(sec)))
        for it in its:
            if it["title"]:
                out.append('<section style="border-left:4px solid #3a7bd5;padding-left:8px;margin:12px 0">'
                           '<p><span style="font-size:17px;color:#3a7bd5">%s</span></p></section>' % e(it["title"]))
            fl = lambda t: grid_divs(t, "display:flex", "flex:1;border:1px solid #c8d8ef;padding:4px;text-align:center") \
                .replace("<div", "<section").replace("</div>", "</section>")
            out.append('<section data-role="paragraph" style="text-align:justify">%s</section>'
                       % "".join(paras(it, '<p>%s</p>', fl)))
            if it["source"]:
                out.append('<p style="font-size:12px;color:#a0a0a0">来源 / %s</p>' % e(it["source"]))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>数字贸易简报 2026年第4期</title></head><body>\n<div class="tn-page"><section class="xiumi-paper" '
            'powered-by="xiumi.us" style="max-width:578px;margin:0 auto">\n%s\n'
            '<section style="margin-top:30px;text-align:center"><p style="font-size:12px;color:#ccc">END</p></section>'
            '</section></div>\n<div class="tn-footer"><a href="https://xiumi.us">秀米XIUMI</a> 提供图文排版</div>\n</body></html>\n'
            % "\n".join(out))


def toutiao_file(issue, plan):
    """03: a 头条号 article: section headings in <h1> inside the article, titles `<p><strong>`, each source in
    brackets at the end of the story's last paragraph; header bar, author card, tags, report link, comments, 相关推荐."""
    out = ['<p data-track="1">2026年第5期（总第41期）　大连市数字贸易协会秘书处　2026年5月31日</p>']
    t = 2
    for sec, its in plan:
        out.append('<h1 class="pgc-h-arrow-right" data-track="%d">%s</h1>' % (t, e(sec)))
        t += 1
        for it in its:
            if it["title"]:
                out.append('<p data-track="%d"><strong>%s</strong></p>' % (t, e(it["title"])))
                t += 1
            ps = list(it["paras"])
            for i, p in enumerate(ps):
                tail = "（来源：%s）" % it["source"] if it["source"] and i == len(ps) - 1 else ""
                out.append('<p data-track="%d">%s</p>' % (t, e(p + tail)))
                t += 1
    rel = "".join('<div class="feed-card"><a href="/article/74%d/">%s</a><span>%d阅读</span></div>' % (i, e(x), 300 + i * 37)
                  for i, x in enumerate(LINKS[:4]))
    return ('<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>数字贸易简报｜2026年第5期 - 今日头条</title>'
            '<meta name="description" content="数字贸易简报2026年第5期"></head><body>\n'
            '<div class="toutiao-header"><a href="/">首页</a> <a href="/download/">下载头条</a> <a href="/auth/">登录</a></div>\n'
            '<div class="main-content"><div class="article-content"><h1>数字贸易简报｜2026年第5期</h1>\n'
            '<div class="article-meta"><span class="original-tag">原创</span><span>2026-05-31 17:05</span>'
            '<span class="name"><a href="/c/user/token/x/">大连数字贸易</a></span><span>·</span><span>辽宁</span></div>\n'
            '<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">\n%s\n</article>\n'
            '<div class="article-tag"><a>数字贸易</a><a>外贸</a><a>人工智能</a></div>'
            '<div class="report">举报</div></div>\n'
            '<div class="detail-interaction"><span>赞 12</span><span>评论 0</span><span>收藏</span><span>分享</span></div>\n'
            '<div class="comment"><textarea placeholder="写评论..."></textarea><p>暂无评论</p></div>\n'
            '<div class="related"><h3>相关推荐</h3>%s</div></div>\n'
            '<div class="right-sidebar"><div class="author-card"><a>大连数字贸易</a><p>342粉丝 · 1.2万获赞</p><button>关注</button></div></div>\n'
            '</body></html>\n' % ("\n".join(out), rel))


def blog_file(issue, plan):
    """04: a Markdown post rendered by a static site generator: <h2 id=…> sections, <h3 id=…> titles, the source
    in a <blockquote> after the story, footnote marks in the text and an <ol class="footnotes"> list, a TOC nav,
    tags, prev/next links and a comments box."""
    out = ['<p><strong>2026年第6期（总第42期）</strong>　大连市数字贸易协会秘书处　2026年6月30日</p>']
    fn = 0
    for sec, its in plan:
        out.append('<h2 id="%s">%s</h2>' % (e(sec), e(sec)))
        for it in its:
            if it["title"]:
                out.append('<h3 id="%s">%s</h3>' % (e(it["title"][:8]), e(it["title"])))
            ps = paras(it, '<p>%s</p>', lambda t: html_table(t, 'class="md-table"'))
            if it["source"] and fn < 2:
                fn += 1
                k = ps[0].rfind("</p>")
                ps[0] = ps[0][:k] + '<sup id="fnref:%d"><a href="#fn:%d" class="footnote-ref">%d</a></sup>' % (fn, fn, fn) + ps[0][k:]
            out += ps
            if it["source"]:
                out.append('<blockquote><p>来源：%s</p></blockquote>' % e(it["source"]))
    notes = ('<ol class="footnotes"><li id="fn:1"><p>原文发布于当日上午，本文有删节。<a href="#fnref:1" class="footnote-backref">↩</a></p></li>'
             '<li id="fn:2"><p>数据为初步统计数。<a href="#fnref:2" class="footnote-backref">↩</a></p></li></ol>')
    toc = "".join('<li><a href="#%s">%s</a></li>' % (e(s), e(s)) for s, _ in plan)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>数字贸易简报 2026年第6期 | 协会笔记</title>'
            '<meta name="generator" content="Hugo 0.139.0"></head><body>\n'
            '<header class="site-header"><a class="site-title" href="/">协会笔记</a><nav><a href="/posts/">文章</a> '
            '<a href="/tags/">标签</a> <a href="/about/">关于</a></nav></header>\n'
            '<main><article class="post"><header class="post-header"><h1 class="post-title">数字贸易简报 2026年第6期</h1>'
            '<div class="post-meta"><time datetime="2026-06-30T20:00:00+08:00">2026-06-30</time> · 约3分钟 · 秘书处</div></header>\n'
            '<details class="toc"><summary>目录</summary><nav id="TableOfContents"><ul>%s</ul></nav></details>\n'
            '<div class="post-content">\n%s\n<div class="footnotes" role="doc-endnotes"><hr>%s</div>\n</div>\n'
            '<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/简报/">简报</a></li>'
            '<li><a href="/tags/数字贸易/">数字贸易</a></li></ul><nav class="paginav"><a class="prev" href="/posts/2026-05/">'
            '« 数字贸易简报 2026年第5期</a></nav></footer></article>\n'
            '<div class="giscus">评论加载中…</div></main>\n<footer class="footer">© 2026 协会笔记 · Powered by Hugo</footer>\n'
            '</body></html>\n' % (toc, "\n".join(out), notes))


def firefox_file(issue, plan):
    """05: an old GBK site page saved by Firefox (complete): <meta charset=gbk>, <base href>, lazy images (data-src,
    a 1x1 placeholder in src); banners are images whose only text is their alt; sources a bare right-aligned
    <cite>; the data table a grid of <div class="cell">."""
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
    out = ['<div class="issue">2026年第10期（总第46期）</div><div class="date">编印：协会秘书处　日期：2026年10月31日</div>']
    for k, (sec, its) in enumerate(plan, 1):
        out.append('<div class="banner"><img class="lazy" src="%s" data-src="../upload/banner/b%02d.png" alt="%s" '
                   'width="640" height="60"></div>' % (gif, k, e(sec)))
        for it in its:
            if it["title"]:
                out.append('<div class="tit"><font color="#003399"><b>%s</b></font></div>' % e(it["title"]))
            g = lambda t: '<div class="grid">%s</div>' % "".join(
                '<div class="row">%s</div>' % "".join('<div class="cell">%s</div>' % e(c) for c in r) for r in t)
            out += paras(it, '<div class="p">　　%s</div>', g)
            if it["source"]:
                out.append('<p style="text-align:right"><cite>%s</cite></p>' % e(it["source"]))
    return ('<!DOCTYPE html>\n<html><head>\n<meta http-equiv="content-type" content="text/html; charset=gbk">\n'
            '<meta charset="gbk"><base href="http://www.dlszmxh.org.cn/html/jianbao/">\n'
            '<title>大连市数字贸易协会--数字贸易简报2026年第10期</title>\n'
            '<style>.cell{display:table-cell;border:1px solid #999;padding:3px 8px}.row{display:table-row}'
            '.grid{display:table;border-collapse:collapse}.p{line-height:2}</style>\n'
            '<script src="../js/jquery.lazyload.js"></script></head>\n<body>\n'
            '<div id="top"><img class="lazy" src="%s" data-src="../images/top.jpg" alt="" width="980"></div>\n'
            '<div id="menu"><a href="../../index.html">网站首页</a>｜<a href="../xhjj/">协会简介</a>｜<a href="./">数字贸易简报</a>'
            '｜<a href="../hydt/">行业动态</a></div>\n'
            '<div id="content"><div class="title">数字贸易简报</div>\n%s\n</div>\n'
            '<div id="bottom">Copyright 2026 大连市数字贸易协会 All Rights Reserved　辽ICP备19000001号</div>\n'
            '<script>$("img.lazy").lazyload();</script>\n</body></html>\n' % (gif, "\n".join(out)))


def netease_file(issue, plan):
    """06: a 网易号 article: banners as a one-row table (a coloured cell with the name, an empty cell), titles
    `<p><b>`, sources `本文来源：X` on their own line, the editor line `责任编辑：` and the platform's notice after."""
    out = ['<p>2026年第11期　总第47期</p><p>大连市数字贸易协会　2026年11月30日</p>']
    for sec, its in plan:
        out.append('<table width="100%%" cellspacing="0"><tr><td width="120" bgcolor="#d81e06" align="center">'
                   '<font color="#ffffff">%s</font></td><td style="border-bottom:2px solid #d81e06">&nbsp;</td></tr></table>'
                   % e(sec))
        for it in its:
            if it["title"]:
                out.append('<p><b>%s</b></p>' % e(it["title"]))
            out += paras(it, '<p>%s</p>')
            if it["source"]:
                out.append('<p>本文来源：%s</p>' % e(it["source"]))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>数字贸易简报（第47期）|网易</title></head><body>\n'
            '<div class="ne_wrap_header"><a href="https://www.163.com/">网易首页</a> &gt; <a>网易号</a> &gt; 正文</div>\n'
            '<div class="post_main"><h1 class="post_title">数字贸易简报（第47期）</h1>\n'
            '<div class="post_info">2026-11-30 18:12:09　来源: <a>大连数字贸易</a>　辽宁</div>\n'
            '<div class="post_body">\n%s\n<p class="f_right">责任编辑：王磊_NE0011</p></div>\n'
            '<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，'
            '本平台仅提供信息存储服务。</div>\n'
            '<div class="post_recommends"><h3>相关推荐</h3><ul>%s</ul></div></div>\n'
            '<div class="ne_footer">网易公司版权所有 ©1997-2026</div>\n</body></html>\n'
            % ("\n".join(out), "".join('<li><a href="#">%s</a></li>' % e(x) for x in LINKS[2:])))



def forum_file(issue, plan):
    """07: a Discuz forum thread: the briefing is the first post (楼主), all `<br>`-parted lines in one <td>, no <p>;
    banners `<font size="4" color="#FF0000"><strong>` lines; titles `<strong>` lines; sources `【来源：X】`; then
    three replies in prose (沙发, 板凳, 地板) with their own dates, signatures, and the forum's chrome."""
    lines = ["<strong>数字贸易简报</strong>", "2026年第7期（总第43期）", "大连市数字贸易协会秘书处　2026年7月31日", ""]
    for sec, its in plan:
        lines += ['<font size="4" color="#FF0000"><strong>%s</strong></font>' % e(sec), ""]
        for it in its:
            if it["title"]:
                lines.append("<strong>%s</strong>" % e(it["title"]))
            lines += ["&nbsp;&nbsp;&nbsp;&nbsp;%s" % e(p) for p in it["paras"]]
            if it["source"]:
                lines.append("【来源：%s】" % e(it["source"]))
            lines.append("")

    def post(n, who, when, floor, html, sign):
        return ('<div id="post_%d"><table class="plhin" cellspacing="0"><tr><td class="pls"><div class="authi">'
                '<a class="xw1" href="space-uid-%d.html">%s</a></div><p>积分 %d</p></td><td class="plc">'
                '<div class="pi"><strong><a href="#">%s</a></strong><em id="authorposton%d">发表于 %s</em></div>'
                '<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0"><tr>'
                '<td class="t_f" id="postmessage_%d">%s</td></tr></table></div></div></div>'
                '<div class="sign">%s</div><div class="po"><a>回复</a> <a>举报</a></div></td></tr></table></div>'
                % (n, n, e(who), 100 + n, floor, n, when, n, html, e(sign)))
    replies = [("外贸小周", "2026-7-31 11:02", "沙发", "感谢秘书处整理，数据很详实，跨境电商那部分对我们企业很有参考价值。", "做好每一单"),
               ("软件园老李", "2026-7-31 14:37", "板凳", "请问下次会员单位调研是什么时候？我们公司也想报名参加，谢谢！", "大连软件园 · 欢迎交流"),
               ("dl_trade", "2026-8-1 09:15", "地板", "支持协会工作，期待下一期简报早日发布。", "")]
    posts = [post(1001, "数贸协秘书处", "2026-7-31 10:12", "楼主", "<br />\n".join(lines), "大连市数字贸易协会 官方账号")]
    posts += [post(1002 + i, w, t, f, e(x), g) for i, (w, t, f, x, g) in enumerate(replies)]
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>数字贸易简报2026年第7期 - 协会公告 - 大连数贸论坛 -  Powered by Discuz!</title>'
            '</head><body>\n<div id="hd"><a href="forum.php">大连数贸论坛</a> <a>登录</a> <a>立即注册</a></div>\n'
            '<div id="pt" class="bm cl"><a href="./">论坛</a> <em>›</em> <a href="forum-2-1.html">协会公告</a> <em>›</em> '
            '<a href="#">数字贸易简报2026年第7期</a></div>\n'
            '<div id="postlist" class="pl bm"><table cellspacing="0"><tr><td class="pls ptn pbn"><div class="hm ptn">'
            '<span class="xg1">查看:</span> <span class="xi1">1286</span><span class="pipe">|</span><span class="xg1">回复:</span> '
            '<span class="xi1">3</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">'
            '数字贸易简报2026年第7期</span></h1></td></tr></table>\n%s\n</div>\n'
            '<div id="f_pst"><textarea name="message"></textarea><button>参与/回复主题</button></div>\n'
            '<div id="ft"><p>Powered by Discuz! X3.5 © 2001-2026 Tencent Cloud.</p><p>辽ICP备2022000111号</p></div>\n'
            '</body></html>\n' % "\n".join(posts))


def accordion_file(issue, plan):
    """08: a help-centre style page: each section a <details> (the first open, the rest folded) whose <summary> holds
    the name; stories as a definition list (<dt> the title, <dd> the body and `信息来源：X`); the data table with
    a <caption> giving the unit and row heads in <th scope="row">."""
    out = ['<header class="doc-head"><h1>数字贸易简报</h1><p class="meta">2026年第8期 · 总第44期 · 2026-08-31</p></header>']
    for k, (sec, its) in enumerate(plan):
        inner = []
        titled = [it for it in its if it["title"]]
        for it in its:
            body = []
            for p in it["paras"]:
                if isinstance(p, dict):
                    t = p["table"]
                    head = "".join('<th scope="col">%s</th>' % e(c) for c in t[0])
                    rows = "".join('<tr><th scope="row">%s</th>%s</tr>' % (e(r[0]), "".join("<td>%s</td>" % e(c) for c in r[1:]))
                                   for r in t[1:])
                    body.append('<table><caption>单位见表头</caption><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, rows))
                else:
                    body.append("<p>%s</p>" % e(p))
            if it["source"]:
                body.append('<p class="src">信息来源：%s</p>' % e(it["source"]))
            if it["title"]:
                inner.append("<dt>%s</dt><dd>%s</dd>" % (e(it["title"]), "".join(body)))
            else:
                inner.append("".join(body))
        content = "<dl>%s</dl>" % "".join(inner) if titled else "".join(inner)
        out.append('<details class="sec"%s><summary>%s</summary><div class="sec-body">%s</div></details>'
                   % (" open" if k == 0 else "", e(sec), content))
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>数字贸易简报 第44期 - 帮助与资料</title>'
            '<style>summary{font-size:20px;color:#1a56db;cursor:pointer}dt{font-weight:600;margin-top:12px}'
            '.src{color:#888;font-size:13px}</style></head><body>\n'
            '<div class="topbar"><a href="/">资料中心</a> / <a href="/jianbao/">简报</a></div>\n'
            '<main class="doc">%s</main>\n'
            '<div class="feedback">这篇内容对你有帮助吗？ <button>有帮助</button> <button>没帮助</button></div>\n'
            '<footer>© 2026 大连市数字贸易协会</footer>\n</body></html>\n' % "\n".join(out))


def feishu_file(issue, plan):
    """09: a cloud document published to the web (飞书-like): every line a <div class="ace-line"> of
    <span data-string="true"> pieces, no <p> or <h*>; section headings and story titles told apart only by the classes
    `heading-h2` / `heading-h3` that the page's stylesheet sizes; sources `—— X` right-aligned by class."""
    def line(text, cls=""):
        return ('<div class="ace-line %s" data-node="true"><span data-string="true">%s</span>'
                '<span data-string="true" data-enter="true">\u200b</span></div>' % (cls, e(text)))
    out = [line("数字贸易简报", "heading-h1"), line("2026年第9期　总第45期"), line("大连市数字贸易协会　2026年9月30日")]
    for sec, its in plan:
        out.append(line(sec, "heading-h2"))
        for it in its:
            if it["title"]:
                out.append(line(it["title"], "heading-h3"))
            for p in it["paras"]:
                if isinstance(p, dict):
                    rows = "".join("<tr>%s</tr>" % "".join('<td><div class="ace-line"><span data-string="true">%s</span></div></td>'
                                                           % e(c) for c in r) for r in p["table"])
                    out.append('<div class="block-table"><table><tbody>%s</tbody></table></div>' % rows)
                else:
                    out.append(line(p))
            if it["source"]:
                out.append(line("—— %s" % it["source"], "align-right"))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>数字贸易简报 第45期 - 飞书云文档</title>'
            '<style>.heading-h1{font-size:28px;font-weight:600}.heading-h2{font-size:22px;font-weight:600;color:#245bdb}'
            '.heading-h3{font-size:17px;font-weight:600}.ace-line{font-size:15px;line-height:1.75}'
            '.align-right{text-align:right;color:#8f959e}</style></head><body>\n'
            '<div class="suite-header"><span class="doc-title">数字贸易简报 第45期</span><span>最近修改: 9月30日 17:42</span>'
            '<button>分享</button></div>\n<div class="page-block-children"><div class="zone-container text-editor">%s</div></div>\n'
            '<div class="doc-footer"><span>阅读 86</span> <span>评论</span></div>\n</body></html>\n' % "\n".join(out))


def mail_file(issue, plan):
    """10: a mail saved from a webmail's reading pane: the headers (发件人, 收件人, a 时间 two days after the issue) in a
    table, and the whole newsletter only in an <iframe srcdoc="…"> (escaped HTML in an attribute); inside, a 600px
    table: banners a cell with a thick left rule, titles links to the story online, sources `来源：X`, `阅读全文 »`
    links, the unsubscribe footer."""
    rows = ['<tr><td style="background:#c00000;color:#fff;font-size:22px;padding:16px">数字贸易简报<br>'
            '<span style="font-size:13px">2026年第1期 · 总第37期 · 2026年1月31日</span></td></tr>']
    n = 0
    for sec, its in plan:
        rows.append('<tr><td style="border-left:6px solid #c00000;padding:4px 8px;font-size:18px;color:#c00000">%s</td></tr>' % e(sec))
        for it in its:
            n += 1
            cell = []
            if it["title"]:
                cell.append('<a href="https://www.dlszmxh.org.cn/jb/2026/01/n%d.html" style="font-size:16px;font-weight:bold;'
                            'color:#222;text-decoration:none">%s</a>' % (n, e(it["title"])))
            cell += paras(it, '<p style="font-size:14px;line-height:1.8">%s</p>')
            if it["source"]:
                cell.append('<p style="color:#999;font-size:12px">来源：%s</p>' % e(it["source"]))
            if it["title"]:
                cell.append('<p><a href="https://www.dlszmxh.org.cn/jb/2026/01/n%d.html" style="color:#c00000">阅读全文 »</a></p>' % n)
            rows.append('<tr><td style="padding:12px 0">%s</td></tr>' % "".join(cell))
    rows.append('<tr><td style="font-size:12px;color:#aaa;padding-top:20px">您收到这封邮件，是因为贵单位是大连市数字贸易协会的会员。'
                '如不想再收到，请<a href="https://www.dlszmxh.org.cn/unsubscribe">退订</a>。</td></tr>')
    mail = ('<html><body style="margin:0"><table width="600" align="center" cellpadding="0" cellspacing="0" role="presentation">'
            '%s</table></body></html>' % "".join(rows))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>数字贸易简报 2026年第1期 - 邮箱</title></head><body>\n'
            '<div class="toolbar"><a>返回</a> <a>回复</a> <a>转发</a> <a>删除</a></div>\n'
            '<div class="mail-head"><h2>数字贸易简报 2026年第1期</h2><table>'
            '<tr><td>发件人：</td><td>大连市数字贸易协会 &lt;news@dlszmxh.org.cn&gt;</td></tr>'
            '<tr><td>收件人：</td><td>会员单位</td></tr><tr><td>时　间：</td><td>2026年2月2日（星期一）上午9:30</td></tr></table></div>\n'
            '<iframe id="contentFrame" frameborder="0" style="width:100%%;height:2000px" srcdoc="%s"></iframe>\n'
            '</body></html>\n' % e(mail, quote=True))


def spa_file(issue, plan):
    """11: a page of a web app saved before it drew itself: the visible body is the app's shell (menu, a loading line,
    the footer); the article is only in the <script id="__NEXT_DATA__" type="application/json"> state, its body an
    HTML string (`contentHtml`) beside the post's own fields and a `related` list with summaries."""
    import json
    out = ['<p>2026年第2期（总第38期）</p><p>大连市数字贸易协会秘书处　2026年2月28日</p>']
    for sec, its in plan:
        out.append('<h2>%s</h2>' % e(sec))
        for it in its:
            if it["title"]:
                out.append('<h3>%s</h3>' % e(it["title"]))
            out += paras(it, '<p>%s</p>')
            if it["source"]:
                out.append('<p class="source">来源：%s</p>' % e(it["source"]))
    state = {"props": {"pageProps": {
        "article": {"id": "a8f3c2", "slug": "jianbao-38", "title": "数字贸易简报 第38期", "publishedAt": "2026-03-02T08:00:00+08:00",
                    "author": {"name": "秘书处", "avatar": "/img/a.png"}, "views": 512, "tags": ["简报", "数字贸易"],
                    "contentHtml": "".join(out)},
        "related": [{"id": "b1", "title": "数字贸易简报 第37期", "summary": "本期关注2025年全年外贸数据和工业运行情况。"},
                    {"id": "b2", "title": "协会召开2026年会长办公会", "summary": "会议研究部署了2026年重点工作。"}]}},
        "page": "/news/[id]", "query": {"id": "a8f3c2"}, "buildId": "k3Jx9", "isFallback": False}
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>数字贸易简报 第38期 | 大连数贸云</title>'
            '<meta name="next-head-count" content="3"></head><body>\n<div id="__next"><div class="app-shell">'
            '<header class="nav"><a href="/">大连数贸云</a> <a href="/news">资讯</a> <a href="/events">活动</a> <a href="/login">登录</a></header>'
            '<main><div class="skeleton"></div><p class="loading">正在加载…</p></main>'
            '<footer>© 2026 大连数贸云　辽ICP备2023000222号-2</footer></div></div>\n'
            '<script id="__NEXT_DATA__" type="application/json">%s</script>\n'
            '<script src="/_next/static/chunks/main-1a2b.js" defer></script>\n</body></html>\n'
            % json.dumps(state, ensure_ascii=False).replace("</", "<\\/"))

FILES = [
    ("d19-01-cms.html", cms_file, dict(year=2026, number=3, total=39, date="2026-03-31"), "utf-8",
     [("数据月报", ["DATA"]), ("行业资讯", ["ecom", "miit2025"]), ("会员风采", ["neusoft"]), ("协会动态", ["customs", "council"])]),
    ("d19-02-xiumi.html", xiumi_file, dict(year=2026, number=4, total=40, date="2026-04-30"), "utf-8",
     [("数据月报", ["ELECREG"]), ("行业资讯", ["fx", "genai"]), ("数字经济", ["aicore"]), ("会员风采", ["yida"]), ("协会动态", ["customs"])]),
    ("d19-03-toutiao.html", toutiao_file, dict(year=2026, number=5, total=41, date="2026-05-31"), "utf-8",
     [("行业资讯", ["trade2025", "digsvc", "models"]), ("会员风采", ["neusoft"]), ("协会动态", ["visit", "council"])]),
    ("d19-04-blog.html", blog_file, dict(year=2026, number=6, total=42, date="2026-06-30"), "utf-8",
     [("数据月报", ["DATA"]), ("政策资讯", ["fund"]), ("行业资讯", ["miit2025", "ecom"]), ("会员风采", ["yida"]), ("协会动态", ["visit"])]),
    ("d19-05-firefox-gbk.htm", firefox_file, dict(year=2026, number=10, total=46, date="2026-10-31"), "gbk",
     [("数据月报", ["ELECPROD"]), ("行业资讯", ["models", "fx"]), ("人工智能", ["genai"]), ("会员风采", ["yida"]), ("协会动态", ["customs"])]),
    ("d19-06-netease.html", netease_file, dict(year=2026, number=11, total=47, date="2026-11-30"), "utf-8",
     [("行业资讯", ["miit2025", "trade2025", "aicore"]), ("会员风采", ["neusoft"]), ("协会动态", ["visit", "customs"])]),
    ("d19-07-forum.html", forum_file, dict(year=2026, number=7, total=43, date="2026-07-31"), "utf-8",
     [("行业资讯", ["ecom", "digsvc"]), ("人工智能", ["models"]), ("会员风采", ["yida"]), ("协会动态", ["visit", "council"])]),
    ("d19-08-accordion.html", accordion_file, dict(year=2026, number=8, total=44, date="2026-08-31"), "utf-8",
     [("数据月报", ["ELECREG"]), ("行业资讯", ["fx", "aicore"]), ("会员风采", ["neusoft"]), ("协会动态", ["customs", "council"])]),
    ("d19-09-feishu.html", feishu_file, dict(year=2026, number=9, total=45, date="2026-09-30"), "utf-8",
     [("数据月报", ["DATA"]), ("行业资讯", ["genai", "miit2025"]), ("政策资讯", ["fund"]), ("协会动态", ["visit", "customs"])]),
    ("d19-10-mail.html", mail_file, dict(year=2026, number=1, total=37, date="2026-01-31"), "utf-8",
     [("行业资讯", ["trade2025", "miit2025"]), ("人工智能", ["aicore"]), ("会员风采", ["neusoft"]), ("协会动态", ["council"])]),
    ("d19-11-spa.html", spa_file, dict(year=2026, number=2, total=38, date="2026-02-28"), "utf-8",
     [("行业资讯", ["fx", "genai"]), ("人工智能", ["models"]), ("会员风采", ["yida"]), ("协会动态", ["visit", "council"])]),
]

if __name__ == "__main__":
    for name, fn, issue, enc, plan in FILES:
        built = [(sec, [story(k) for k in keys]) for sec, keys in plan]
        with open(os.path.join(OUT, name), "w", encoding=enc) as f:
            f.write(fn(issue, built))
        write_expected(name, issue, [(sec, it) for sec, its in built for it in its])
