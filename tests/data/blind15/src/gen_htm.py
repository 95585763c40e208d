# -*- coding: utf-8 -*-
"""HTM (family 2): a 百家号 (Baidu Baijiahao) article page saved by the browser ("网页，全部"): `<!-- saved from
url=…baijiahao.baidu.com/s?id=… -->`, Baidu top bar, `window.__INITIAL_STATE__` JSON script, hashed CSS-module
class names (`index-module_articleWrap_2Zphx`, `_18p7x`, `dpu8C`), `<h1>` post title, author card (`大连数贸协会`,
关注 button), **publish line `2026-01-04 10:18 · 辽宁` (not the issue date)**; the issue inside
`<div data-testid="article">` as one `<div class="dpu8C _2kCxD"><p><span class="bjh-p">…</span></p></div>` per
paragraph: masthead lines, `本期导读` lines; **banners `◤ 数据月报 ◢` in a bold span**; **titles `NO.01｜title`
running across sections**; **sources as their own paragraph `本文综合自：X`**; data table `<table class="bjh-table">`;
after the article: 举报/反馈, 作者最新文章, 相关推荐 (other titles), 评论 (3 comments), Baidu footer."""
import os
from common import ISSUES, ROOT, sections, E

iss = ISSUES["HTM"]
secs = sections(iss)
P = lambda t, cls="bjh-p": f'<div class="dpu8C _2kCxD"><p><span class="{cls}">{t}</span></p></div>'
art = []
art.append(P('<span class="bjh-strong" style="font-size:22px;color:#c00000">数字贸易简报</span>'))
art.append(P("大连市数字贸易协会　编"))
art.append(P(f"{iss['issue_line']}　　{iss['total_line']}　　{iss['date_line']}"))
art.append(P('<span class="bjh-strong">本期导读</span>'))
for s, its in secs:
    ts = [it["title"] for it in its if it["title"]]
    if ts:
        art.append(P(f"{E(s)}　{E('／'.join(ts))}"))
n = 0
for s, its in secs:
    art.append(P(f'<span class="bjh-strong" style="color:#1a5fb4">◤ {E(s)} ◢</span>'))
    for it in its:
        if it["title"]:
            n += 1
            art.append(P(f'<span class="bjh-strong">NO.{n:02d}｜{E(it["title"])}</span>'))
        for b in it["body"]:
            if isinstance(b, tuple):
                th = "".join(f"<th>{E(c)}</th>" for c in b[1])
                tr = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[2])
                art.append(f'<div class="dpu8C _2kCxD"><table class="bjh-table" border="1" cellspacing="0"><tbody><tr>{th}</tr>{tr}</tbody></table></div>')
            else:
                art.append(P(E(b)))
        if it["source"]:
            art.append(P(f"本文综合自：{E(it['source'])}", "bjh-p bjh-note"))
art.append(P("（完）"))
title = f"数字贸易简报{iss['issue_line']}（{iss['total_line']}）"
state = '{"superlanding":[{"itemData":{"id":"1853216749305517362","title":"%s","publishTime":"2026-01-04 10:18","author":{"name":"大连数贸协会","fansNum":"1.8万"}}}]}' % title
rec = ["大连出台数字贸易高质量发展若干措施解读", "2025年东北地区服务外包执行额同比增长", "跨境电商企业如何用好海外仓",
       "一图读懂：数据资产入表操作要点", "协会举办2025年会员大会暨数字贸易论坛"]
cm = [("用户7h3k***", "游戏出海这块数据很有参考价值，收藏了。", "2026-01-04 12:31"),
      ("海边的程序员", "摩尔线程首日那个涨幅真是没想到", "2026-01-05 08:02"),
      ("大连数贸协会", "感谢关注，往期简报可在主页查看。", "2026-01-05 09:15")]
html = f'''<!DOCTYPE html>
<!-- saved from url=(0075)https://baijiahao.baidu.com/s?id=1853216749305517362&wfr=spider&for=pc -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(title)}</title>
<meta name="description" content="数字贸易简报 大连市数字贸易协会 本期导读：游戏产业报告、摩尔线程上市、TikTok合资协议……">
<meta itemprop="dateUpdate" content="2026-01-04 10:18:36">
<link rel="stylesheet" href="./{E(title)}_files/index.a3f5.css">
<link rel="shortcut icon" href="https://gips0.baidu.com/it/u=1538946113,3493441937&fm=3028">
<style>.dpu8C{{margin:0 0 18px}} .bjh-strong{{font-weight:700}} .bjh-table td,.bjh-table th{{padding:4px 10px}} .bjh-note{{color:#999;font-size:13px}}</style>
<script>window.__INITIAL_STATE__ = {state};</script>
</head><body>
<div id="ssr-content">
<div class="index-module_topBar_1bPLF"><a href="https://www.baidu.com/">百度首页</a><a href="https://passport.baidu.com/">登录</a><span class="index-module_search_3kO9W">搜索一下</span></div>
<div class="index-module_articleWrap_2Zphx">
<div class="index-module_articleTitle_28fPT"><h1 class="sKHSJ">{E(title)}</h1></div>
<div class="index-module_authorInfo_3Ifhn"><img class="_3qdFZ" src="./{E(title)}_files/avatar.jpeg" alt="">
<div class="_2gGWi"><p class="_7y5nA">大连数贸协会</p><div class="_2sjh9"><span class="_2sjh9">2026-01-04 10:18</span><span class="_2Wctx"> · 辽宁</span></div></div>
<button class="_3FOYw">+关注</button></div>
<div data-testid="article" class="_18p7x">
{chr(10).join(art)}
</div>
<div class="_1DQ4d"><span>举报/反馈</span></div>
</div>
<div class="index-module_authorArticles_1R8rH"><h3>作者最新文章</h3><ul>{"".join(f"<li><a href='#'>{E(r)}</a></li>" for r in rec[:3])}</ul></div>
<div class="index-module_recommend_2aB7i"><h3>相关推荐</h3><ul>{"".join(f"<li><a href='#'>{E(r)}</a><span>大连数贸协会</span></li>" for r in rec[2:])}</ul></div>
<div class="index-module_comment_3wNfB"><h3>评论 <span>3</span></h3>
{"".join(f"<div class='_1vG2e'><span class='_2JqbN'>{E(a)}</span><p>{E(b)}</p><span class='_3xkFa'>{c}</span></div>" for a, b, c in cm)}
</div>
<div class="index-module_footer_3RZ4h">©2026 Baidu <a href="#">使用百度前必读</a> <a href="#">意见反馈</a> 京ICP证030173号 京公网安备11000002000001号</div>
</div>
<script src="./{E(title)}_files/index.a3f5.js"></script>
</body></html>
'''
open(os.path.join(ROOT, iss["file"]), "w", encoding="utf-8").write(html)
