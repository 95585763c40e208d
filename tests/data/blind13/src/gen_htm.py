# -*- coding: utf-8 -*-
"""B: the association's WordPress site, post saved by the browser as .htm ("网页，仅HTML").
Gutenberg block markup (wp-block-heading / wp-block-table / wp-block-separator /
wp-block-group / has-text-align-right), theme header + nav, entry meta with published and
modified <time>s, an "Easy Table of Contents" box generated from the headings, sidebar widgets
(近期文章 with other posts' titles, 归档, 标签), comment form, footer with ICP number.
Banners = h2.wp-block-heading with background colour; titles = h3; sources as a right-aligned
small paragraph `原文链接：<a>X</a>`; 协会动态 in a wp-block-group of paragraphs."""
import os
from common import ISSUES, ROOT, sections, E


def table(head, rows):
    h = "".join(f"<th>{E(c)}</th>" for c in head)
    RA = ' class="has-text-align-right" data-align="right"'
    b = "".join("<tr>" + "".join(f"<td{RA if i else ''}>{E(c)}</td>" for i, c in enumerate(r)) + "</tr>" for r in rows)
    return (f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>{h}</tr></thead>'
            f'<tbody>{b}</tbody></table></figure>')


SRC_URL = {"21世纪经济报道": "https://www.21jingji.com/"}


def main():
    iss = ISSUES["B"]
    secs = sections(iss)
    toc, body = [], []
    hid = 0
    for si, (s, its) in enumerate(secs):
        hid += 1
        sid = f"h-{hid}"
        toc.append(f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-{hid}" href="#{sid}" title="{E(s)}">{E(s)}</a>')
        sub = []
        body.append(f'<h2 class="wp-block-heading has-white-color has-text-color has-background has-link-color" id="{sid}" '
                    f'style="background-color:#0b5394;padding-top:6px;padding-right:14px;padding-bottom:6px;padding-left:14px;font-size:20px;letter-spacing:2px">'
                    f'<span class="ez-toc-section" id="{E(s)}"></span>{E(s)}<span class="ez-toc-section-end"></span></h2>')
        if s == "协会动态":
            body.append('<div class="wp-block-group has-border-color" style="border-color:#cfd8e3;border-width:1px;padding:12px 18px"><div class="wp-block-group__inner-container is-layout-flow wp-block-group-is-layout-flow">')
        for it in its:
            if it["title"]:
                hid += 1
                tid = f"h-{hid}"
                sub.append(f'<li class="ez-toc-heading-level-3"><a class="ez-toc-link ez-toc-heading-{hid}" href="#{tid}" title="{E(it["title"])}">{E(it["title"])}</a></li>')
                body.append(f'<h3 class="wp-block-heading" id="{tid}" style="border-bottom:1px dotted #999;padding-bottom:4px">{E(it["title"])}</h3>')
            for b in it["body"]:
                if isinstance(b, tuple):
                    body.append(table(b[1], b[2]))
                else:
                    body.append(f'<p style="text-indent:2em">{E(b)}</p>')
            if it["source"]:
                url = SRC_URL.get(it["source"], "#")
                body.append(f'<p class="has-text-align-right has-small-font-size" style="color:#888">原文链接：<a href="{url}" target="_blank" rel="noreferrer noopener">{E(it["source"])}</a></p>')
            if s != "协会动态" and it is not its[-1]:
                body.append('<hr class="wp-block-separator has-alpha-channel-opacity is-style-dots"/>')
        if s == "协会动态":
            body.append('</div></div>')
        if sub:
            toc.append('<ul class="ez-toc-list-level-3">' + "".join(sub) + "</ul>")
        toc.append("</li>")
    title = "数字贸易简报2025年第8期（总第40期）"
    page = f'''<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; 大连市数字贸易协会</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="大连市数字贸易协会 &raquo; Feed" href="https://www.dldta.org.cn/feed/" />
<meta name="generator" content="WordPress 6.8.2" />
<link rel="canonical" href="https://www.dldta.org.cn/2025/09/01/jianbao-2025-08/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="article:published_time" content="2025-09-01T08:30:12+08:00" />
<meta property="article:modified_time" content="2025-09-03T16:47:05+08:00" />
<link rel='stylesheet' id='wp-block-library-css' href='./数字贸易简报2025年第8期_files/style.min.css' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='./数字贸易简报2025年第8期_files/screen.min.css' media='all' />
<link rel='stylesheet' id='twentytwentyone-style-css' href='./数字贸易简报2025年第8期_files/style.css' media='all' />
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/72x72\\/","ext":".png","source":{{"concatemoji":"https:\\/\\/www.dldta.org.cn\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.8.2"}}}};
/*! This file is auto-generated */
!function(s,n){{var o,i,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);</script>
<style id='global-styles-inline-css'>:root{{--wp--preset--color--black:#000000;--wp--preset--font-size--small:13px;}}.has-small-font-size{{font-size:var(--wp--preset--font-size--small) !important;}}</style>
</head>
<body class="post-template-default single single-post postid-1376 single-format-standard wp-embed-responsive is-light-theme has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
<div class="site-branding"><p class="site-title"><a href="https://www.dldta.org.cn/">大连市数字贸易协会</a></p>
<p class="site-description">Dalian Digital Trade Association</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="主菜单"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
<li class="menu-item"><a href="https://www.dldta.org.cn/">首页</a></li>
<li class="menu-item"><a href="https://www.dldta.org.cn/about/">协会概况</a></li>
<li class="menu-item current-post-ancestor"><a href="https://www.dldta.org.cn/category/jianbao/">数字贸易简报</a></li>
<li class="menu-item"><a href="https://www.dldta.org.cn/members/">会员服务</a></li>
<li class="menu-item"><a href="https://www.dldta.org.cn/contact/">联系我们</a></li>
</ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1376" class="post-1376 post type-post status-publish format-standard hentry category-jianbao tag-wenhua tag-shuju entry">
<header class="entry-header alignwide">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date published" datetime="2025-09-01T08:30:12+08:00">2025年9月1日</time><time class="updated" datetime="2025-09-03T16:47:05+08:00">2025年9月3日</time></span>
<span class="byline">作者 <a href="https://www.dldta.org.cn/author/mishuchu/">协会秘书处</a></span> <span class="cat-links">分类 <a href="https://www.dldta.org.cn/category/jianbao/" rel="category tag">数字贸易简报</a></span></div>
</header>
<div class="entry-content">
<p class="has-text-align-center" style="font-size:30px;color:#c00000"><strong>数字贸易简报</strong></p>
<p class="has-text-align-center">{iss["issue_line"]}（{iss["total_line"]}）</p>
<p class="has-text-align-center has-small-font-size">大连市数字贸易协会秘书处编　　{iss["date_line"]}</p>
<hr class="wp-block-separator has-text-color has-css-opacity has-background is-style-wide" style="background-color:#c00000;color:#c00000"/>
<div id="ez-toc-container" class="ez-toc-v2_0_76 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">本期目录</p>
<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span></span></span></a></span></div>
<nav><ul class='ez-toc-list ez-toc-list-level-1 '>{"".join(toc)}</ul></nav></div>
{chr(10).join(body)}
<p class="has-text-align-center has-small-font-size" style="color:#999">（本期完）</p>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">发布于 <time class="entry-date published updated" datetime="2025-09-01T08:30:12+08:00">2025年9月1日</time></span></div>
<div class="post-taxonomies"><span class="tags-links">标签 <a href="https://www.dldta.org.cn/tag/wenhua/" rel="tag">文化产业</a>、<a href="https://www.dldta.org.cn/tag/shuju/" rel="tag">数据要素</a>、<a href="https://www.dldta.org.cn/tag/ai/" rel="tag">智能体</a></span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="文章"><div class="nav-links">
<div class="nav-previous"><a href="https://www.dldta.org.cn/2025/08/01/jianbao-2025-07/" rel="prev"><p class="meta-nav">上一篇</p><p class="post-title">数字贸易简报2025年第7期（总第39期）</p></a></div>
<div class="nav-next"><a href="https://www.dldta.org.cn/2025/09/05/huiyuan-tongzhi/" rel="next"><p class="meta-nav">下一篇</p><p class="post-title">关于组织会员企业赴杭州考察的通知</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars">
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表回复</h2>
<form action="https://www.dldta.org.cn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">您的邮箱地址不会被公开。</span> 必填项已用 <span class="required">*</span> 标注</p>
<p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /></p></form></div></div>
</main></div>
<aside class="widget-area">
<section id="block-3" class="widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container"><h2 class="wp-block-heading">近期文章</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://www.dldta.org.cn/2025/09/05/huiyuan-tongzhi/">关于组织会员企业赴杭州考察的通知</a></li>
<li><a class="wp-block-latest-posts__post-title" href="https://www.dldta.org.cn/2025/09/01/jianbao-2025-08/">数字贸易简报2025年第8期（总第40期）</a></li>
<li><a class="wp-block-latest-posts__post-title" href="https://www.dldta.org.cn/2025/08/22/kuajing-peixun/">跨境电商合规经营培训顺利举办</a></li>
<li><a class="wp-block-latest-posts__post-title" href="https://www.dldta.org.cn/2025/08/01/jianbao-2025-07/">数字贸易简报2025年第7期（总第39期）</a></li></ul></div></div></section>
<section id="block-4" class="widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container"><h2 class="wp-block-heading">归档</h2>
<ul class="wp-block-archives-list wp-block-archives"><li><a href="https://www.dldta.org.cn/2025/09/">2025年9月</a></li><li><a href="https://www.dldta.org.cn/2025/08/">2025年8月</a></li><li><a href="https://www.dldta.org.cn/2025/07/">2025年7月</a></li></ul></div></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">大连市数字贸易协会</div>
<div class="powered-by">© 2025 大连市数字贸易协会　<a href="https://beian.miit.gov.cn/">辽ICP备2021008765号-1</a>　自豪地采用 <a href="https://cn.wordpress.org/">WordPress</a></div></div></footer>
</div>
<script src="./数字贸易简报2025年第8期_files/jquery.min.js" id="jquery-core-js"></script>
<script id="ez-toc-js-js-extra">var ezTOC = {{"smooth_scroll":"1","visibility_hide_by_default":"","scroll_offset":"30","fallbackIcon":"<span class=\\"\\"><span class=\\"eztoc-hide\\" style=\\"display:none;\\">Toggle<\\/span><\\/span>"}};</script>
</body>
</html>
'''
    with open(os.path.join(ROOT, iss["file"]), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
