# -*- coding: utf-8 -*-
"""HTM (family 2): a 搜狐号 (mp.sohu.com) article saved by the browser ("Web page, complete" → .html).
Sohu page chrome: top nav, `<div class="article-page">` with the author card (account name,
文章数/总阅读), `<h1>` post title and `<span class="time">2025-12-02 09:41</span>` (publish time, not
the issue date), `<article class="article" id="mp-editor">` holding the issue: masthead paragraphs,
a contents `<ul>`; banners = paragraphs with a full-width coloured span `▍数据月报` + `<hr>`;
titles `<p><strong>（一）title</strong></p>` (Chinese counting, running across the issue);
sources as a grey small `<p>` starting `文章来源：X`; the data table a plain `<table>`; after the
article `返回搜狐，查看更多`, the Sohu 声明 line, `阅读 (1.2万)`, 相关推荐 list, comments, footer."""
import os
from common import ISSUES, ROOT, sections, E

iss = ISSUES["HTM"]
CN = "一二三四五六七八九十"
secs = sections(iss)
art = []
art.append('<p style="text-align:center;"><span style="font-size:26px;color:#c00000;"><strong>数字贸易简报</strong></span></p>')
art.append(f'<p style="text-align:center;">{iss["issue_line"]}（{iss["total_line"]}）</p>')
art.append(f'<p style="text-align:center;">大连市数字贸易协会　编　　{iss["date_line"]}</p>')
art.append('<p><strong>本期导读</strong></p><ul>' + "".join(
    f'<li>{E(s)}：{"；".join(E(it["title"]) for it in its if it["title"]) or "协会近期工作"}</li>' for s, its in secs) + '</ul>')
n = 0
for s, its in secs:
    art.append(f'<p><span style="display:block;background-color:#1e6fd9;color:#ffffff;font-size:17px;padding:4px 10px;">▍{E(s)}</span></p><hr/>')
    for it in its:
        if it["title"]:
            art.append(f'<p><strong>（{CN[n]}）{E(it["title"])}</strong></p>')
            n += 1
        for b in it["body"]:
            if isinstance(b, tuple):
                h = "".join(f"<th>{E(c)}</th>" for c in b[1])
                r = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>" for row in b[2])
                art.append(f'<table border="1" cellspacing="0" cellpadding="4"><thead><tr>{h}</tr></thead><tbody>{r}</tbody></table>')
            else:
                art.append(f'<p>{E(b)}</p>')
        if it["source"]:
            art.append(f'<p><span style="color:#999999;font-size:12px;">文章来源：{E(it["source"])}</span></p>')
title = f"数字贸易简报｜{iss['issue_line']}（{iss['total_line']}）"
html = f'''<!DOCTYPE html>
<!-- saved from url=(0055)https://www.sohu.com/a/962281475_121878214 -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}_软件_业务_收入</title>
<meta name="keywords" content="软件,业务,收入,卫星,数字贸易">
<meta name="description" content="数字贸易简报 2025年第11期">
<meta property="og:type" content="news"><meta property="og:title" content="{title}">
<meta property="og:release_date" content="2025-12-02 09:41">
<meta name="mediaid" content="121878214">
<link rel="stylesheet" href="./{title}_files/article.css">
<script>var article_config={{channel_id:"30",news_id:"962281475",media_id:"121878214"}};</script>
</head><body class="article-page-body">
<header id="sohu-head"><div class="head-nav"><a href="https://www.sohu.com/">搜狐首页</a> <a>新闻</a> <a>体育</a> <a>汽车</a> <a>房产</a> <a>旅游</a> <a>教育</a> <a>时尚</a> <a>科技</a> <a>财经</a> <a>娱乐</a> <a>更多</a></div></header>
<div class="article-page"><div class="left-side"><div class="user-info" data-role="user-info">
<div class="user-pic"><img src="./{title}_files/avatar.jpeg" alt=""></div>
<h4><a>大连数贸协会</a></h4><ul class="article-info"><li>文章<span>326</span></li><li>总阅读<span>41.7万</span></li></ul>
</div></div>
<div class="main"><div class="text"><div class="text-title"><h1>{title}</h1>
<div class="article-info"><span class="time" id="news-time">2025-12-02 09:41</span><span data-role="original-link">发布于：辽宁省</span></div></div>
<article class="article" id="mp-editor">
{chr(10).join(art)}
<p data-role="editor-name">责任编辑：<span></span></p>
</article>
<div id="articleAllsee"><a href="https://www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a></div>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap"><span class="read-num">阅读 (1.2万)</span></div>
</div>
<div class="recommend"><h3>相关推荐</h3><ul>
<li><a>数字贸易简报｜2025年第10期（总第42期）</a></li>
<li><a>大连市数字贸易协会召开第三届理事会第四次会议</a></li>
<li><a>关于征集2026年度会员服务需求的通知</a></li></ul></div>
<div class="comment"><h3>我来说两句</h3><p>0人参与，0条评论</p><textarea placeholder="说点什么吧"></textarea></div>
</div></div>
<footer><p>Copyright © 2025 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有</p></footer>
</body></html>'''
open(os.path.join(ROOT, iss["file"]), "w", encoding="utf-8").write(html)
