# -*- coding: utf-8 -*-
"""2025年第8期 as a WeChat article saved from the browser, body made with a 135editor template."""
from common import *
import html

iss = BY_KEY["08"]
E = html.escape
NUM = ["01", "02", "03", "04", "05"]

def p(text, style="text-indent:2em;line-height:1.75em;margin-bottom:12px;"):
    return f'<p style="{style}"><span style="font-size:15px;color:#3f3f3f;letter-spacing:1px;">{E(text)}</span></p>'

def banner(n, name):
    return (f'<section class="_135editor" data-tools="135编辑器" data-id="{105470+n}" style="margin:28px 0 16px;">'
            f'<section style="display:flex;align-items:flex-end;border-bottom:1px solid #0e5ea8;">'
            f'<section style="font-size:36px;font-weight:bold;color:#0e5ea8;line-height:1;font-family:Impact;">{NUM[n]}</section>'
            f'<section style="margin-left:10px;padding-bottom:4px;"><p style="margin:0;"><span style="font-size:17px;color:#0e5ea8;letter-spacing:2px;"><strong>{E(name)}</strong></span></p></section>'
            f'</section></section>')

def title(t):
    return (f'<section class="_135editor" data-tools="135编辑器" data-id="98213"><section style="margin:18px 0 10px;border-left:4px solid #f29c1f;padding-left:10px;">'
            f'<p style="margin:0;"><span style="font-size:16px;color:#222;"><strong>{E(t)}</strong></span></p></section></section>')

def source(s):
    return f'<p style="text-align:right;margin:6px 0 18px;"><span style="font-size:12px;color:#a5a5a5;">来源｜{E(s)}</span></p>'

def table(rows):
    h = ['<section style="overflow-x:auto;margin:10px 0;"><table style="width:100%;border-collapse:collapse;" data-sort="sortDisabled"><tbody>']
    for i, r in enumerate(rows):
        bg = "background-color:#0e5ea8;color:#fff;" if i == 0 else ""
        h.append("<tr>" + "".join(f'<td valign="middle" style="border:1px solid #c9d9ee;padding:5px 8px;font-size:14px;{bg}text-align:center;">{"<strong>"+E(c)+"</strong>" if i==0 else E(c)}</td>' for c in r) + "</tr>")
    h.append("</tbody></table></section>")
    return "".join(h)

body = []
body.append('<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/Qx8rK2sTbanner/640?wx_fmt=png" data-ratio="0.3125" data-w="1080" data-type="png" alt="数字贸易简报"></section>')
body.append('<p style="text-align:center;margin-top:8px;"><span style="font-size:14px;color:#0e5ea8;letter-spacing:2px;"><strong>2025年第8期　总第40期</strong></span></p>')
body.append('<p style="text-align:center;"><span style="font-size:13px;color:#888;">大连市数字贸易协会　编　　2025年8月31日</span></p>')
body.append('<section style="margin:14px 0;padding:10px 14px;background:#f3f7fc;border-radius:6px;"><p><span style="font-size:13px;color:#555;">编者按：本期关注世界机器人大会、“人工智能+”行动意见和即将开幕的服贸会。</span></p></section>')
for n, (sec, its) in enumerate(items_by_section(iss)):
    body.append(banner(n, sec))
    for it in its:
        if it["title"]:
            body.append(title(it["title"]))
        for para in it["paras"]:
            body.append(table(para["table"]) if isinstance(para, dict) else p(para))
        if it["source"]:
            body.append(source(it["source"]))
        if sec == "会员风采":
            body.append('<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qx8rK2sTdlut/640?wx_fmt=jpeg" data-ratio="0.66" data-w="1280" alt="图片"></section>')
            body.append('<p style="text-align:center;"><span style="font-size:12px;color:#b2b2b2;">▲ 图片由会员单位提供</span></p>')
body.append('<section style="text-align:center;margin-top:30px;"><p><span style="font-size:13px;color:#b2b2b2;letter-spacing:4px;">— END —</span></p></section>')
body.append('<section class="_135editor" data-tools="135编辑器" data-id="86032"><p><span style="font-size:14px;color:#0e5ea8;"><strong>往期推荐</strong></span></p>'
            '<p><a href="https://mp.weixin.qq.com/s/abcJul39" target="_blank" data-linktype="2">数字贸易简报丨第39期：上半年外贸规模创同期新高</a></p>'
            '<p><a href="https://mp.weixin.qq.com/s/abcJun38" target="_blank" data-linktype="2">数字贸易简报丨第38期：夏季达沃斯论坛在津开幕</a></p></section>')
body.append('<p style="text-align:center;"><span style="font-size:12px;color:#888;">编辑：王晓琳　审核：刘建国</span></p>')
body.append('<p style="text-align:center;"><span style="font-size:12px;color:#888;">点击“阅读原文”下载本期PDF版</span></p>')

page = f'''<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="数字贸易简报丨第40期：世界机器人大会开幕，服贸会9月见">
<meta property="og:type" content="article">
<meta property="og:description" content="本期关注世界机器人大会、“人工智能+”行动意见和服贸会">
<meta property="twitter:card" content="summary">
<title>数字贸易简报丨第40期：世界机器人大会开幕，服贸会9月见</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script>var biz = "MzkxNTY3MDQ1Mg==", sn = "8f2a1c6b0d3e", mid = "2247485133", idx = "1";
var msg_title = "数字贸易简报丨第40期：世界机器人大会开幕，服贸会9月见".html(false);
var ct = "1756630812"; var nickname = htmlDecode("大连数贸协会"); var user_name = "gh_5c1e7a9d2b31";
var msg_link = "http://mp.weixin.qq.com/s?__biz=MzkxNTY3MDQ1Mg==&amp;mid=2247485133&amp;idx=1&amp;sn=8f2a1c6b0d3e#rd";
var copyright_stat = "0"; var _ori_article_type = "";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_wrp" id="js_article">
 <div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
  <div class="rich_media_area_primary_inner">
   <h1 class="rich_media_title" id="activity-name">数字贸易简报丨第40期：世界机器人大会开幕，服贸会9月见</h1>
   <div id="meta_content" class="rich_media_meta_list">
    <span class="rich_media_meta rich_media_meta_text">数贸协会秘书处</span>
    <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">大连数贸协会</a></span>
    <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年08月31日 17:00</em>
    <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">辽宁</span></em>
   </div>
   <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden; opacity: 0;">
{chr(10).join(body)}
   </div>
   <div id="js_tags_preview_toast" class="article-tag__error-tips" style="display:none">已无更多数据</div>
   <div class="rich_media_tool_area" id="js_read_area3"><div class="rich_media_tool"><a class="weui-wa-hotarea" id="js_view_source" href="https://www.dldta.org.cn/jianbao/2025-08.pdf">阅读原文</a>
    <div class="media_tool_meta"><span id="readNum3">阅读 1286</span>　<span id="like3">赞 37</span>　<span>在看 9</span></div></div></div>
  </div>
  <div class="rich_media_area_extra"><div id="js_related_area"><div class="related_title">喜欢此内容的人还喜欢</div>
   <ul><li><a href="https://mp.weixin.qq.com/s/rel1">世界机器人大会上的“大连面孔”</a><span>大连发布</span></li>
   <li><a href="https://mp.weixin.qq.com/s/rel2">重磅！国务院印发“人工智能+”行动意见</a><span>中国政府网</span></li>
   <li><a href="https://mp.weixin.qq.com/s/rel3">服贸会倒计时：这些展区值得关注</a><span>北京商务</span></li></ul></div></div>
 </div></div>
 <div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" id="js_pc_qr_code_img" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
<script nonce="402915238">
window.__initCatch = true; var first_sceen__time = (+new Date());
(function(){{var c=document.getElementById('js_content');setTimeout(function(){{c.style.visibility='visible';c.style.opacity=1;}},0);
var imgs=document.querySelectorAll('img[data-src]');for(var i=0;i<imgs.length;i++){{imgs[i].src=imgs[i].getAttribute('data-src');}}}})();
</script>
<script src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js" nonce="402915238"></script>
</body></html>
'''
open(out_path("08"), "w", encoding="utf-8").write(page)
print("wrote", out_path("08"))
