"""A briefing posted on a blog (a WordPress post saved by the browser, blind13): the post's byline
dates are the site's, not the issue's (`发布于 2025年9月1日` above the printed `2025年8月31日`); a story's
source given as the link to its original (`原文链接：<a>21世纪经济报道</a>`) names its outlet, a bare
address after the same key names none."""
from __future__ import annotations

import pytest

from search.parse.parser import parse_file

POST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报2025年第8期 – 某协会</title></head>
<body><header><nav><a href="/">首页</a> <a href="/news">新闻</a></nav></header>
<main><article><header class="entry-header"><h1 class="entry-title">数字贸易简报2025年第8期（总第40期）</h1>
<div class="entry-meta"><span class="posted-on">{byline}</span> <span class="byline">作者 <a href="/a">秘书处</a></span></div></header>
<div class="entry-content">
<p class="has-text-align-center"><strong>数字贸易简报</strong></p>
<p class="has-text-align-center">2025年第8期（总第40期）</p>
<p class="has-text-align-center">大连市数字贸易协会秘书处编　2025年8月31日</p>
<h2>行业资讯</h2>
<h3>七月数据交易市场热度回升</h3>
<p>七月，七所数据交易机构合计上架数据产品315个，整体评分显示数据交易市场保持回暖节奏。</p>
<p class="has-text-align-right has-small-font-size">{link}</p>
<h3>跨境电商综试区建设提速</h3>
<p>8月12日，商务部召开跨境电商综合试验区建设工作会议，部署下一阶段工作。</p>
<p class="has-text-align-right">来源：人民日报</p>
<h2>协会动态</h2>
<p>8月8日，协会组织召开数据资产入表专题座谈会，15家会员企业参加。</p>
</div></article></main>
<aside><h2>近期文章</h2><ul><li><a href="/p/1">数字贸易简报2025年第7期</a></li></ul></aside></body></html>"""


@pytest.mark.parametrize("byline", [
    '发布于 <time datetime="2025-09-01T08:30:12+08:00">2025年9月1日</time><time>2025年9月3日</time>',
    '发表于 2025-09-01',
    '发布时间：2025年9月2日',
])
def test_the_posts_byline_date_gives_way_to_the_printed_issue_date(byline, tmp_path):
    path = tmp_path / "post.html"
    path.write_text(POST.format(byline=byline, link="原文链接：<a href=\"https://www.21jingji.com/\">21世纪经济报道</a>"),
                    encoding="utf-8")
    issue = parse_file(path)
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2025, 8, 40, "2025-08-31")


@pytest.mark.parametrize("link, outlet", [
    ('原文链接：<a href="https://www.21jingji.com/">21世纪经济报道</a>', "21世纪经济报道"),
    ('原文地址：<a href="https://www.people.com.cn/">人民网</a>', "人民网"),
    ('原文链接：<a href="https://example.com/a/1.html">https://example.com/a/1.html</a>', None),
])
def test_the_link_to_the_original_names_its_outlet(link, outlet, tmp_path):
    path = tmp_path / "post.html"
    path.write_text(POST.format(byline="发布于 2025年9月1日", link=link), encoding="utf-8")
    items = parse_file(path).items
    assert [(i.section, i.title, i.source) for i in items] == [
        ("行业资讯", "七月数据交易市场热度回升", outlet), ("行业资讯", "跨境电商综试区建设提速", "人民日报"), ("协会动态", None, None)]
