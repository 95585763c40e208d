# -*- coding: utf-8 -*-
"""HTM (family 2): a 哔哩哔哩专栏 (bilibili "read/cv") article saved by the browser ("网页，全部"),
UTF-8: `<!-- saved from url=…bilibili.com/read/cv… -->`, bilibili top nav (首页 番剧 直播 …),
`window.__INITIAL_STATE__` JSON (cvid, publish_time as a Unix stamp, title), the article head
(`<h1 class="title">`, UP主 card `大连数贸协会`, `发布于 2026年01月02日 10:15` = the upload time, not
the issue date, 阅读/点赞 counts), the issue inside `<div id="read-article-holder"
class="normal-article-holder read-article-holder">`: masthead paragraphs, section headings as
the 专栏 editor's `<h1>` with a coloured bar, titles `<p><strong>一 · title</strong></p>` with
Chinese numerals running across sections, the data table written as a BULLET LIST
(`<ul><li>粮食播种面积：17.91亿亩，比上年增长0.1%</li>…`) because the 专栏 editor has no tables,
sources as a grey line `信息出自：X`; after the article: tags, 投币/收藏/转发, 文集 link, comment
section with three comments, 相关推荐 (other articles), footer."""
import os, json
from common import ISSUES, ROOT, sections, E

iss = ISSUES["HTM"]
secs = sections(iss)
CN = "一二三四五六七八九十"
out = []
n = 0
for s, its in secs:
    out.append(f'<h1 style="border-left:4px solid #fb7299;padding-left:8px">{E(s)}</h1>')
    for it in its:
        if it["title"]:
            out.append(f'<p><strong>{CN[n]} · {E(it["title"])}</strong></p>'); n += 1
        for b in it["body"]:
            if isinstance(b, tuple):
                lis = []
                for r in b[2]:
                    chg = "" if r[3] == "—" else f"，比上年增长{r[3]}%"
                    lis.append(f'<li><p>{E(r[0])}：{E(r[1])}{E(r[2])}{chg}</p></li>')
                out.append('<ul class="">' + "".join(lis) + '</ul>')
            else:
                out.append(f'<p>{E(b)}</p>')
        if it["source"]:
            out.append(f'<p><span class="color-gray-02 font-size-12">信息出自：{E(it["source"])}</span></p>')
        if it["section"] != "协会动态":
            out.append('<p><br/></p>')
state = {"cvid": 41287653, "readInfo": {"id": 41287653, "title": f"数字贸易简报 {iss['issue_line']}（{iss['total_line']}）",
         "publish_time": 1767320100, "ctime": 1767319812, "author": {"mid": 3546712208, "name": "大连数贸协会"},
         "stats": {"view": 862, "like": 41, "reply": 3, "coin": 12}, "category": {"name": "科技"}}}
page = f'''<!DOCTYPE html>
<!-- saved from url=(0045)https://www.bilibili.com/read/cv41287653/ -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>数字贸易简报 {iss["issue_line"]}（{iss["total_line"]}） - 哔哩哔哩</title>
<meta name="keywords" content="数字贸易,简报,大连,专栏">
<meta name="description" content="数字贸易简报 {iss['issue_line']}。大连市数字贸易协会，{iss['date_line']}，本期：粮食产量、中欧班列、数字人民币、6G……">
<meta property="og:type" content="article"><meta property="og:url" content="https://www.bilibili.com/read/cv41287653/">
<link rel="stylesheet" href="./数字贸易简报 2025年第12期（总第44期） - 哔哩哔哩_files/article-pc.css">
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
</head><body>
<div id="internationalHeader" class="international-header"><div class="mini-header"><ul class="left-entry">
<li><a href="https://www.bilibili.com/">首页</a></li><li><a href="https://www.bilibili.com/anime/">番剧</a></li>
<li><a href="https://live.bilibili.com/">直播</a></li><li><a href="https://game.bilibili.com/">游戏中心</a></li>
<li><a href="https://show.bilibili.com/">会员购</a></li><li><a href="https://manga.bilibili.com/">漫画</a></li><li><a href="https://www.bilibili.com/v/game/match/">赛事</a></li></ul>
<div class="center-search"><input placeholder="搜索"></div><ul class="right-entry"><li>登录</li><li>大会员</li><li>消息</li><li>动态</li><li>收藏</li><li>历史</li><li>创作中心</li><li>投稿</li></ul></div></div>
<div class="page-container"><div class="article-container"><div class="article-container__content">
<div class="head-container"><div class="article-breadcrumb"><span>专栏</span> / <span>科技</span> / <span>科技资讯</span></div>
<h1 class="title">数字贸易简报 {iss["issue_line"]}（{iss["total_line"]}）</h1>
<div class="article-info"><div class="up-info"><a class="up-name" href="https://space.bilibili.com/3546712208">大连数贸协会</a>
<span class="fans-num">粉丝 1203</span><span class="follow-btn">+ 关注</span></div>
<div class="publish-text">发布于 2026年01月02日 10:15</div><div class="article-data"><span>862阅读</span><span>41点赞</span><span>3评论</span></div></div></div>
<div id="article-content" class="article-content">
<div id="read-article-holder" class="normal-article-holder read-article-holder">
<p style="text-align:center"><strong><span class="font-size-23 color-pink-03">数字贸易简报</span></strong></p>
<p style="text-align:center">{iss["issue_line"]}　　{iss["total_line"]}</p>
<p style="text-align:center">大连市数字贸易协会秘书处　　{iss["date_line"]}</p>
<figure class="img-box" contenteditable="false"><img data-src="//i0.hdslb.com/bfs/article/7c2e9a0d5f1b44c1a6b0e0c1b7f2d3a93546712208.png" width="1280" height="40" alt="分割线"></figure>
<blockquote><p>本期内容：{"　".join(E(s) for s, _ in secs)}</p></blockquote>
{chr(10).join(out)}
<p style="text-align:center"><span class="color-gray-02">（本文由大连市数字贸易协会秘书处编发，转载请注明出处）</span></p>
</div></div>
<div class="article-tags"><ul class="tag-list"><li>数字贸易</li><li>大连</li><li>中欧班列</li><li>数字人民币</li><li>6G</li></ul></div>
<div class="article-copyright">本文为我原创</div>
<div class="interaction-info"><span class="like-btn">点赞 41</span><span class="coin-btn">投币 12</span><span class="fav-btn">收藏 27</span><span class="share-btn">转发</span></div>
<div class="article-list-holder"><span>文集</span><a href="https://www.bilibili.com/read/readlist/rl917264">《数字贸易简报》合集（共44篇）</a></div>
<div id="comment-module" class="comment-wrapper"><div class="comment-header">评论 3</div>
<div class="reply-item"><div class="user-name">海边的码头工</div><div class="reply-content">中欧班列12万列，大连什么时候能多开几趟？</div><div class="reply-info">2026-01-02 12:41</div></div>
<div class="reply-item"><div class="user-name">UP主 大连数贸协会</div><div class="reply-content">感谢关注，协会会持续跟进海铁联运相关信息～</div><div class="reply-info">2026-01-02 14:05</div></div>
<div class="reply-item"><div class="user-name">一只考研狗</div><div class="reply-content">粮食产量那部分正好是我要复习的，收藏了</div><div class="reply-info">2026-01-03 09:17</div></div></div>
</div>
<div class="right-side-bar"><div class="recommend-title">相关推荐</div><ul>
<li><a href="https://www.bilibili.com/read/cv41010233/">数字贸易简报 2025年第11期（总第43期）</a></li>
<li><a href="https://www.bilibili.com/read/cv40713356/">数字贸易简报 2025年第10期（总第42期）</a></li>
<li><a href="https://www.bilibili.com/read/cv40512985/">一文读懂跨境电商出口退税</a></li></ul></div>
</div></div>
<div class="international-footer"><p>bilibili 哔哩哔哩弹幕视频网 - ( ゜- ゜)つロ 干杯~</p><p>营业执照 | 增值电信业务经营许可证 | 网络文化经营许可证</p></div>
</body></html>'''
open(os.path.join(ROOT, iss["file"]), "w", encoding="utf-8").write(page)
