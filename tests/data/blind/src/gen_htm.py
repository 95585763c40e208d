# -*- coding: utf-8 -*-
"""2026-10.htm: the October issue as a page saved from the association's own website
(an old TRS-style CMS): GBK, charset in a <meta http-equiv>, site header with nav, breadcrumb,
left sidebar menu, article in <div class="TRS_Editor">, sections as centred bold paragraphs
with decorations (◎ 行业资讯 ◎, 『会员风采』, ▍协会动态), table with rowspan/colspan and <th>,
sources as `(来源: X)` with half-width brackets, 相关文章 list, footer with ICP number,
copyright and a visit counter."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ISSUES, sections
HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape
iss = ISSUES["2026-10"]
deco = {"数据月报": "【数据月报】", "行业资讯": "◎ 行业资讯 ◎", "会员风采": "『会员风采』", "协会动态": "▍协会动态"}

def table(t):
    h1, h2 = t["head"]
    o = ['<table width="96%" border="1" cellspacing="0" cellpadding="3" align="center" style="border-collapse:collapse;font-size:12px">',
         f'<tr bgcolor="#e8eef7"><th rowspan="2">{E(h1[0])}</th><th rowspan="2">{E(h1[1])}</th><th colspan="3">{E(h1[2])}</th></tr>',
         '<tr bgcolor="#e8eef7">' + "".join(f"<th>{E(x)}</th>" for x in h2) + "</tr>"]
    rows = t["rows"]
    for i, r in enumerate(rows):
        cells = ""
        if r[0] is not None:
            n = 1
            while i + n < len(rows) and rows[i + n][0] is None: n += 1
            cells += f'<td rowspan="{n}" align="center">{E(r[0])}</td>'
        cells += f"<td>{E(r[1])}</td>" + "".join(f'<td align="right">{E(x)}</td>' for x in r[2:])
        o.append(f"<tr>{cells}</tr>")
    o.append("</table>")
    return "\n".join(o)

body = []
cur = None
for it in iss["items"]:
    if it["sec"] != cur:
        cur = it["sec"]
        body.append(f'<p align="center" style="margin:18px 0 8px"><b><font color="#b22222" size="3">{deco[cur]}</font></b></p>')
    if it["title"]:
        body.append(f'<p style="text-indent:0"><b>{E(it["title"])}</b></p>')
    t = it.get("table")
    for j, p in enumerate(it["paras"]):
        body.append(f'<p style="text-indent:2em">{E(p)}</p>')
        if t and j == t["after"]:
            body.append(table(t))
    if it["src"]:
        body.append(f'<p style="text-indent:2em;color:#666">(来源: {E(it["src"])})</p>')
article = "\n".join(body)

page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<!-- saved from url=(0062)http://www.dldta.org.cn/jianbao/202610/t20261031_5412.htm -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>《数字贸易简报》2026年第10期（总第54期）-大连市数字贸易协会</title>
<meta name="keywords" content="数字贸易,简报,大连市数字贸易协会" />
<link href="../../css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../js/jquery-1.4.2.min.js"></script>
<style type="text/css">
body {{ margin:0; font:12px/1.8 "宋体"; background:#f2f2f2; }}
#top {{ height:90px; background:#1b4f8f; color:#fff; }}
#nav a {{ color:#fff; margin:0 14px; }}
.left {{ float:left; width:200px; }} .right {{ float:right; width:740px; background:#fff; }}
.TRS_Editor p {{ font-size:14px; line-height:2; margin:4px 0; }}
</style>
</head>
<body>
<div id="top">
  <div class="logo"><img src="../../images/logo.gif" alt="大连市数字贸易协会" width="360" height="60" /></div>
  <div id="nav"><a href="../../index.htm">网站首页</a><a href="../../xhgk/">协会概况</a><a href="../../tzgg/">通知公告</a><a href="../../jianbao/">简报</a><a href="../../hyfw/">会员服务</a><a href="../../zcfg/">政策法规</a><a href="../../lxwm/">联系我们</a></div>
</div>
<div class="main" style="width:960px;margin:0 auto">
<div class="left">
  <div class="lm_title">简　报</div>
  <ul class="lm_list">
    <li><a href="../../jianbao/">数字贸易简报</a></li>
    <li><a href="../../jianbao/zk/">专刊</a></li>
    <li><a href="../../hydt/">行业动态</a></li>
    <li><a href="../../hyfc/">会员风采</a></li>
    <li><a href="../../xhdt/">协会动态</a></li>
  </ul>
  <div class="lm_title">快速通道</div>
  <ul class="lm_list"><li><a href="../../hyfw/rh/">入会申请</a></li><li><a href="../../xzzx/">下载中心</a></li></ul>
</div>
<div class="right">
  <div class="position">当前位置：<a href="../../index.htm">首页</a> &gt; <a href="../../jianbao/">简报</a> &gt; <a href="../">数字贸易简报</a> &gt; 正文</div>
  <h1 style="text-align:center;font-size:20px;color:#1b4f8f">数字贸易简报</h1>
  <div class="info" style="text-align:center;color:#888">2026年第10期（总第54期）　　发布日期：2026-10-31　　来源：协会秘书处　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
  <div class="TRS_Editor">
{article}
  </div>
  <div class="fj"><a href="../../jianbao/202610/P020261031512301.pdf">附件：数字贸易简报2026年第10期.pdf</a></div>
  <div class="xgwz"><b>相关文章</b>
    <ul>
      <li><a href="../202609/t20260930_5377.htm">《数字贸易简报》2026年第9期（总第53期）</a> <span>2026-09-30</span></li>
      <li><a href="../202608/t20260831_5341.htm">《数字贸易简报》2026年第8期（总第52期）</a> <span>2026-08-31</span></li>
      <li><a href="../../xhdt/202610/t20261016_5389.htm">协会召开第三届理事会第五次会议</a> <span>2026-10-16</span></li>
    </ul>
  </div>
  <div class="close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div id="footer" style="clear:both;text-align:center;color:#666;border-top:2px solid #1b4f8f">
  版权所有：大连市数字贸易协会　地址：大连市沙河口区会展路　电话：0411-8476XXXX<br />
  <a href="https://beian.miit.gov.cn/" target="_blank">辽ICP备19012345号-1</a>　技术支持：大连某某网络科技有限公司<br />
  您是本站第 <span id="counter">0586213</span> 位访客
</div>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
"""
open(os.path.join(HERE, "..", "2026-10.htm"), "wb").write(page.encode("gbk"))
print("wrote 2026-10.htm")
