# -*- coding: utf-8 -*-
"""2026 第2期 -> WeChat article saved from the browser, body made with a 365编辑器 template (family 2)."""
import html
from common import *
iss = issue("02")
E = html.escape
EN = {"数据月报": "DATA REPORT", "行业资讯": "INDUSTRY NEWS", "消费观察": "CONSUMPTION WATCH",
      "会员风采": "MEMBERS", "协会动态": "ASSOCIATION"}
P = []
def p(s, style="text-indent:2em;line-height:1.9;font-size:15px;color:#333;"):
    P.append('<p style="%s"><span leaf="">%s</span></p>' % (style, E(s)))
P.append('<section class="mp_profile_iframe_wrp"><mp-common-profile class="js_uneditable custom_select_card" data-pluginname="mpprofile" data-nickname="大连数贸协" data-alias="dlsmxh" data-signature="大连市数字贸易协会官方账号"></mp-common-profile></section>')
P.append('<section data-role="outer" label="Powered by 365editor"><section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/dlsmxh/head0.png" data-ratio="0.32" alt="刊头"></section>')
P.append('<section style="text-align:center;font-size:22px;font-weight:bold;color:#b71c1c;letter-spacing:4px;"><span leaf="">数字贸易简报</span></section>')
P.append('<section style="text-align:center;font-size:14px;color:#555;"><span leaf="">2026年第2期</span><span leaf="">　</span><span leaf="">总第46期</span></section>')
P.append('<section style="text-align:center;font-size:13px;color:#888;"><span leaf="">大连市数字贸易协会秘书处编　2026年2月28日</span></section></section>')
P.append('<section style="margin:16px 0;border-top:1px dashed #b71c1c;"></section>')
for sec, items in sections(iss):
    P.append('<section data-role="title" data-tools="365编辑器" style="margin:24px auto 12px;width:70%%;border:2px solid #b71c1c;padding:6px 0;text-align:center;">'
             '<section style="font-size:18px;font-weight:bold;color:#b71c1c;"><span leaf="">%s</span></section>'
             '<section style="font-size:10px;color:#b71c1c;letter-spacing:3px;"><span leaf="">%s</span></section></section>' % (E(sec), EN[sec]))
    for it in items:
        if it["title"]:
            P.append('<h3 style="font-size:16px;font-weight:bold;color:#222;border-bottom:1px dotted #b71c1c;padding-bottom:4px;margin-top:18px;"><span leaf="">%s</span></h3>' % E(it["title"]))
        if sec == "会员风采":
            P.append('<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/dlsmxh/member02.jpg" data-ratio="0.66"></section>')
        for para in it["paras"]:
            if isinstance(para, dict):
                rows = para["table"]
                t = ['<section style="overflow-x:auto;"><table style="width:100%;border-collapse:collapse;font-size:13px;"><tbody>']
                for ri, r in enumerate(rows):
                    tag = "th" if ri == 0 else "td"
                    bg = "background:#fbe9e7;" if ri == 0 else ""
                    t.append("<tr>" + "".join('<%s style="border:1px solid #e0b4b4;padding:4px;%s"><span leaf="">%s</span></%s>' % (tag, bg, E(c), tag) for c in r) + "</tr>")
                t.append("</tbody></table></section>")
                P.append("".join(t))
            else:
                p(para)
        if it["source"]:
            P.append('<p style="text-align:right;font-size:12px;color:#999;"><span leaf="">信源：%s</span></p>' % E(it["source"]))
P.append('<section style="text-align:center;color:#b71c1c;margin-top:24px;"><span leaf="">— 完 —</span></section>')
P.append('<p style="text-align:center;font-size:12px;color:#999;"><span leaf="">编辑：李楠　审核：王晓琳</span></p>')
P.append('<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/dlsmxh/qrcode.png" alt="长按识别二维码关注我们"></section>')
body = "\n".join(P)
title = "数字贸易简报 | 春节消费“账单”出炉，2025年GDP超140万亿"
page = '''<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="%(t)s">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzkxNjE4ODQ2Mg==&amp;mid=2247485123&amp;idx=1&amp;sn=7c1d0a2e5b&amp;chksm=c1e2">
<meta property="og:description" content="春节假期消费数据、2025年国民经济主要指标">
<meta property="twitter:card" content="summary">
<title>%(t)s</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script>var msg_title = '%(t)s'.html(false); var ct = "1772271600"; var nickname = "大连数贸协"; var user_name = "gh_5f2a8c71d3e0"; var msg_link = "http://mp.weixin.qq.com/s/Ab3xK9"; var create_time = "2026-02-28 17:40";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp" id="js_article">
 <div class="rich_media_area_primary">
  <div class="weui-a11y_ref" id="js_a11y_top">微信公众平台</div>
  <h1 class="rich_media_title" id="activity-name">%(t)s</h1>
  <div id="meta_content" class="rich_media_meta_list">
   <span class="rich_media_meta rich_media_meta_text">原创</span>
   <span class="rich_media_meta rich_media_meta_text">数贸协秘书处</span>
   <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">大连数贸协</a></span>
   <em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年02月28日 17:40</em>
   <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">辽宁</span></em>
  </div>
  <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
%(b)s
  </div>
  <div id="js_tags" class="article-tag__list"><span class="article-tag__item">#数字贸易</span><span class="article-tag__item">#春节消费</span><span class="article-tag__item">#数据月报</span> <span class="article-tag__item-num">合集 · 46个</span></div>
  <div class="rich_media_tool" id="js_toobar3">
   <a id="js_view_source" class="media_tool_meta meta_primary" href="http://www.dlsmxh.org.cn/jianbao/2026-02.html">阅读原文</a>
   <span class="media_tool_meta">阅读 <span id="readNum3">612</span></span>
   <span class="media_tool_meta">赞 <span id="likeNum3">18</span></span>
   <span class="media_tool_meta">在看 <span>7</span></span>
  </div>
 </div>
 <div class="rich_media_area_extra" id="js_related_area">
  <div class="weui-loadmore_line"><span class="weui-loadmore__tips">喜欢此内容的人还喜欢</span></div>
  <ul class="related_list">
   <li><a href="#"><span class="related_title">数字贸易简报 | 2025年全年外贸数据发布，工信部部署人形机器人</span><span class="related_nick">大连数贸协</span></a></li>
   <li><a href="#"><span class="related_title">商务部：2026年服务贸易创新发展工作要点</span><span class="related_nick">商务微新闻</span></a></li>
   <li><a href="#"><span class="related_title">大连软件园2026新春招聘会3月开场</span><span class="related_nick">大连发布</span></a></li>
  </ul>
 </div>
</div>
<script nonce="417">window.__second_open__ = false; document.getElementById("js_content").style.visibility = "visible";</script>
<script src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
</body></html>
''' % {"t": E(title), "b": body}
open(out("02"), "w", encoding="utf-8").write(page)
