# -*- coding: utf-8 -*-
"""HTM (family 2): an article page of the association's OWN SITE BUILT WITH 凡科建站 (Faisco),
saved by the browser: site-builder markup (`#g_main`, `.formStyle`, `.fk-newsDetail`, `.richContent`,
`Fai.top` scripts, `mobiMask`), nav bar, left column "新闻分类", breadcrumb, the issue as one news
article whose rich text is the editor's inline-styled <p>/<span>; section banners are <p> with a
background colour `▌数据月报`; titles `<strong>` with a circled number `①`; sources as
`<span style="color:#999">文章来源：X</span>` in the story's last paragraph; the issue date in
the article's info line `发布时间：2025-09-26` and in the masthead line; footer
`技术支持：凡科建站`, ICP number, `上一篇/下一篇`."""
import os
from common import ISSUES, ROOT, E, sections

iss = ISSUES["HTM"]
nums = "①②③④⑤⑥⑦⑧⑨"
R = []
R.append('<p style="text-align:center;"><span style="font-size:26px;color:#c00000;"><strong>数字贸易简报</strong></span></p>')
R.append(f'<p style="text-align:center;"><span style="font-size:14px;">{iss["issue_line"]}（{iss["total_line"]}）　大连市数字贸易协会　{iss["date_line"]}</span></p>')
R.append('<p><span style="font-size:14px;"><strong>本期目录</strong></span></p><p><span style="font-size:14px;">')
secs = sections(iss)
R.append("<br>".join(E(s) + ("：" + E(its[0]["title"]) if its[0]["title"] and s != "协会动态" else "") for s, its in secs))
R.append('</span></p>')
n = 0
for s, its in secs:
    R.append(f'<p style="background-color:#1f5fa8;padding:4px 8px;"><span style="color:#ffffff;font-size:16px;"><strong>▌{E(s)}</strong></span></p>')
    for it in its:
        if it["title"]:
            R.append(f'<p><strong><span style="font-size:16px;">{nums[n]} {E(it["title"])}</span></strong></p>')
            n += 1
        body = it["body"]
        for j, b in enumerate(body):
            last = j == len(body) - 1
            src = (f'　<span style="color:#999999;">文章来源：{E(it["source"])}</span>' if last and it["source"] else "")
            R.append(f'<p style="text-indent:2em;"><span style="font-size:14px;">{E(b)}</span>{src}</p>')
rich = "\n".join(R)
page = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="generator" content="faisco">
<title>数字贸易简报2025年第9期 - 大连市数字贸易协会</title>
<meta name="keywords" content="大连市数字贸易协会,数字贸易简报">
<link rel="stylesheet" href="./数字贸易简报2025年第9期 - 大连市数字贸易协会_files/base.min.css">
<style>.fk-newsDetail .title{{font-size:22px}} .richContent p{{margin:0 0 8px}}</style>
<script>var Fai = {{top: window}}; Fai.top._siteId = 28510937; Fai.top._colId = 103;</script>
</head><body class="g_locale2052 faisco">
<div id="g_main" class="g_main g_col103">
 <div id="webTop" class="webTop"><div class="navCenter"><ul class="nav">
  <li><a href="/">网站首页</a></li><li><a href="/col.jsp?id=101">协会概况</a></li>
  <li><a href="/col.jsp?id=103">数字贸易简报</a></li><li><a href="/col.jsp?id=104">会员服务</a></li>
  <li><a href="/col.jsp?id=105">联系我们</a></li></ul></div></div>
 <div id="webContainer" class="webContainer"><div class="containerFormsLeft">
  <div id="module12" class="form formStyle formStyle7"><div class="formTitle"><span>新闻分类</span></div>
   <div class="formMiddle"><ul><li><a href="/nr.jsp?_ngc=1">协会新闻</a></li><li><a href="/nr.jsp?_ngc=2">数字贸易简报</a></li><li><a href="/nr.jsp?_ngc=3">政策法规</a></li></ul></div></div>
 </div>
 <div class="containerFormsCenter"><div id="module2" class="form formStyle formStyle10">
  <div class="formBanner"><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/nr.jsp?_ngc=2">数字贸易简报</a> &gt; 正文</div></div>
  <div class="formMiddle"><div class="fk-newsDetail">
   <h1 class="title">数字贸易简报2025年第9期</h1>
   <div class="newsInfo"><span class="newsInfo-source">来源：协会秘书处</span>　<span class="newsInfo-date">发布时间：2025-09-26 16:12</span>　<span class="newsInfo-view">浏览次数：<span id="viewNum">216</span></span></div>
   <div class="richContent richContent0">
{rich}
   </div>
   <div class="fk-newsPrevNext"><div>上一篇：<a href="/nd.jsp?id=231">数字贸易简报2025年第8期</a></div><div>下一篇：<a href="/nd.jsp?id=247">协会赴南宁参加第22届东博会</a></div></div>
  </div></div></div></div></div>
 <div id="webFooter" class="webFooter"><div class="footerInfo">大连市数字贸易协会 版权所有　辽ICP备2021008xxx号-1　<a href="https://www.fkw.com">技术支持：凡科建站</a>　<a href="https://i.fkw.com">管理登录</a></div></div>
</div>
<div id="mobiMask" style="display:none"></div>
<script src="./数字贸易简报2025年第9期 - 大连市数字贸易协会_files/jquery-core.min.js"></script>
<script>Fai.top.$(function(){{ Site.initPage(); Site.initModuleNewsDetail(2, {{"newsId":239}}); }});</script>
</body></html>
'''
open(os.path.join(ROOT, iss["file"]), "w", encoding="utf-8").write(page)
