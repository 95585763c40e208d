# -*- coding: utf-8 -*-
"""2025 第8期 -> WeChat article saved from a browser as .htm (family 2), body edited with the 壹伴 plug-in
(every block carries data-mpa-powered-by="yiban.io"): section banners as rounded 'pill' tags 「数据月报」,
titles in bold with a left bar, sources as grey '图文来源：X', images, 阅读原文, related articles, scripts."""
import html
from common import *
iss = issue("B")
E = html.escape
Y = 'data-mpa-powered-by="yiban.io"'

def banner(sec):
    return ('<section %s style="margin:28px 0 14px;text-align:center;"><section %s style="display:inline-block;padding:5px 22px;border-radius:30px;'
            'background:linear-gradient(90deg,#1f6feb,#3fb6ff);box-shadow:0 2px 6px rgba(31,111,235,.35);">'
            '<span style="color:#fff;font-size:17px;font-weight:bold;letter-spacing:2px;"><span leaf="">「%s」</span></span></section></section>') % (Y, Y, E(sec))

def ptxt(s, style="font-size:15px;color:#333;line-height:1.9;text-indent:2em;margin:0 0 10px;text-align:justify;"):
    return '<p %s style="%s"><span leaf="">%s</span></p>' % (Y, style, E(s))

def title(t):
    return ('<section %s style="margin:22px 0 10px;border-left:4px solid #1f6feb;padding-left:10px;">'
            '<p style="font-size:16px;margin:0;"><strong><span style="color:#1f6feb;" leaf="">%s</span></strong></p></section>') % (Y, E(t))

def tbl(rows):
    h = '<section %s style="overflow-x:auto;margin:6px 0 12px;"><table style="width:100%%;border-collapse:collapse;font-size:14px;"><tbody>' % Y
    for ri, r in enumerate(rows):
        h += "<tr>"
        for ci, c in enumerate(r):
            bg = "background:#e8f1ff;font-weight:bold;" if ri == 0 else ""
            al = "left" if ci == 0 else "right"
            h += '<td style="border:1px solid #c9d8f0;padding:5px 8px;text-align:%s;%s"><span leaf="">%s</span></td>' % (al, bg, E(c))
        h += "</tr>"
    return h + "</tbody></table></section>"

body = []
body.append('<section %s style="text-align:center;margin-bottom:6px;"><img class="rich_pages wxw-img" data-ratio="0.35" data-s="300,640" data-type="png" data-w="1080" '
            'data-src="https://mmbiz.qpic.cn/mmbiz_png/Qx7dSc2vEib1kTtTQY4cyb0aJ2nQJQ8pAcNd/640?wx_fmt=png" style="width:100%%;" alt="" /></section>' % Y)
body.append('<p %s style="text-align:center;font-size:26px;font-weight:bold;color:#c00000;letter-spacing:4px;margin:6px 0;"><span leaf="">数字贸易简报</span></p>' % Y)
body.append('<p %s style="text-align:center;font-size:15px;color:#333;margin:2px 0;"><span leaf="">2025年第8期（总第40期）</span></p>' % Y)
body.append('<p %s style="text-align:center;font-size:14px;color:#666;margin:2px 0 14px;"><span leaf="">大连市数字贸易协会秘书处编　|　2025年8月31日</span></p>' % Y)
body.append('<section %s style="background:#f5f8fd;border-radius:8px;padding:10px 14px;margin:0 0 8px;font-size:14px;color:#555;line-height:1.8;">'
            '<p style="margin:0;"><strong><span leaf="">导读</span></strong></p>' % Y +
            "".join('<p style="margin:0;"><span leaf="">· %s</span></p>' % E(it["title"]) for it in iss["items"] if it["title"] and it["section"] in ("行业资讯", "峰会前瞻")) +
            "</section>")
for sec, items in sections(iss):
    body.append(banner(sec))
    for it in items:
        if it["title"]:
            body.append(title(it["title"]))
        for p in it["paras"]:
            body.append(tbl(p["table"]) if isinstance(p, dict) else ptxt(p))
        if it["section"] == "会员风采":
            body.append('<section %s style="text-align:center;margin:4px 0 12px;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-type="jpeg" data-w="1280" '
                        'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qx7dSc2vEib3mTfcLQeNm0wP1aZ8/640?wx_fmt=jpeg" style="width:100%%;" alt="" /></section>' % Y)
        if it["source"]:
            body.append(ptxt("图文来源：" + it["source"], "font-size:12px;color:#a0a0a0;text-align:right;margin:0 0 16px;"))
body.append('<p %s style="text-align:center;color:#bbb;font-size:13px;margin-top:28px;"><span leaf="">· END ·</span></p>' % Y)
body.append('<p %s style="text-align:center;font-size:12px;color:#999;"><span leaf="">编辑：刘思雨　审核：王晓琳</span></p>' % Y)
body.append('<section %s style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="1" data-type="png" data-w="430" '
            'data-src="https://mmbiz.qpic.cn/mmbiz_png/Qx7dSc2vEib0qrcodeDTA/640?wx_fmt=png" style="width:120px;" alt="" /></section>' % Y)
body.append('<p %s style="text-align:center;font-size:12px;color:#999;"><span leaf="">长按识别二维码　关注大连市数字贸易协会</span></p>' % Y)

TITLE = "前7月外贸增3.5%，天津备战上合峰会"
page = '''<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="%(t)s">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzkxNjQ5ODcyNA==&amp;mid=2247486213&amp;idx=1&amp;sn=7c2e0b1f5d0a9e3c&amp;chksm=c15e2b0af629a21c">
<meta property="og:description" content="数字贸易简报2025年第8期">
<meta property="twitter:card" content="summary">
<title>%(t)s</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script type="text/javascript">var biz = "MzkxNjQ5ODcyNA==" || ""; var sn = "7c2e0b1f5d0a9e3c" || ""; var mid = "2247486213" || ""; var idx = "1" || "";
var msg_title = '%(t)s'.html(false); var msg_desc = "数字贸易简报2025年第8期"; var nickname = "大连市数字贸易协会"; var ct = "1756630800"; var create_time = "2025-08-31 17:00";
window.__second_open__ = false; var user_name = "gh_4a1e6c2d9b07";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg not_in_mm">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">%(t)s</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">协会秘书处</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">大连市数字贸易协会</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年08月31日 17:00</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">辽宁</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section %(y)s style="padding:0 6px;font-family:-apple-system,PingFang SC,Microsoft YaHei,sans-serif;">
%(body)s
</section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<script type="text/javascript" nonce="1794628315">var first_sceen__time = (+new Date()); if ("" == 1 && document.getElementById('js_content')) { document.getElementById('js_content').addEventListener("selectstart",function(e){ e.preventDefault(); }); }</script>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
<div class="rich_media_tool_area"><div id="js_read_area3" class="media_tool_meta tips_global_primary">
<a class="weui-wa-hotarea" id="js_view_source" href="https://www.dlsmyxh.org.cn/jianbao/2025-08">阅读原文</a>
<span class="media_tool_meta meta_primary" id="readNum3">阅读 <span id="readNum">612</span></span>
<span id="like3" class="media_tool_meta meta_praise"><span class="praise_num" id="likeNum3">18</span></span>
<span class="media_tool_meta" id="js_old_look">在看 <span>5</span></span></div></div>
</div></div></div>
<div id="js_related_area" class="rich_media_extra related_area">
<div class="related_article__hd"><strong>推荐阅读</strong></div>
<ul class="related_list">
<li class="related_item"><a href="https://mp.weixin.qq.com/s/Hk3e2Vh0qsyz">数字贸易简报 | 上半年服务贸易稳步增长，信息通信业稳健前行</a></li>
<li class="related_item"><a href="https://mp.weixin.qq.com/s/Pq81ZWmxa02k">通知 | 关于征集会员单位2025年上半年服务外包数据的通知</a></li>
<li class="related_item"><a href="https://mp.weixin.qq.com/s/Rd09LmzWq7uB">活动回顾 | “跨境数据合规”专题讲座成功举办</a></li>
</ul></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102&amp;__biz=MzkxNjQ5ODcyNA==" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
<script type="text/javascript">setTimeout(function(){ var c = document.getElementById("js_content"); if (c) c.style.visibility = "visible"; }, 10);
var __appmsgCgiData = { title: "%(t)s", nick_name: "大连市数字贸易协会", round_head_img: "http://mmbiz.qpic.cn/mmbiz_png/Qx7dSc2vEib/0?wx_fmt=png" };</script>
</body></html>
''' % {"t": E(TITLE), "y": Y, "body": "\n".join(body)}
open(out("B"), "w", encoding="utf-8").write(page)
