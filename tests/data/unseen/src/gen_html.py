# -*- coding: utf-8 -*-
"""2026-05.html: the issue as a WeChat public-account article saved from a browser
("Save page as, HTML only"): rich_media_title, account name, #js_content body with
styled <section>s, banners as styled spans or an image with alt text, bold story titles,
images with data-src, 往期推荐, 阅读原文, scripts."""
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES

HERE = os.path.dirname(__file__)
iss = ISSUES["2026-05"]
E = html.escape
IMG = "https://mmbiz.qpic.cn/mmbiz_png/Qd7xR2kVbN0f{}/640?wx_fmt=png&amp;from=appmsg"

def banner(sec, i):
    if sec == "行业资讯":
        return (f'<section style="margin: 24px 0 8px;text-align: center;"><img class="rich_pages wxw-img" '
                f'data-src="{IMG.format("banner2")}" data-ratio="0.1" data-w="1080" alt="行业资讯" '
                f'style="width: 100%;height: auto;"></section>'
                f'<section style="text-align: center;"><span style="font-size: 17px;letter-spacing: 2px;'
                f'color: rgb(15, 76, 129);"><strong>行业资讯</strong></span></section>')
    deco = {"数据月报": ("rgb(15, 76, 129)", "数据月报"), "会员风采": ("rgb(191, 144, 0)", "会员风采"),
            "协会动态": ("rgb(46, 125, 50)", "协会动态")}[sec]
    return (f'<section style="margin: 24px 0 10px;display: flex;justify-content: center;">'
            f'<section style="display: inline-block;padding: 4px 18px;border-radius: 14px;background-color: {deco[0]};">'
            f'<span leaf="" style="color: rgb(255, 255, 255);font-size: 16px;letter-spacing: 1px;">'
            f'<strong>{deco[1]}</strong></span></section></section>')

P = ('<p style="text-indent: 2em;margin: 0 0 12px;line-height: 1.75em;"><span leaf="" '
     'style="font-size: 15px;color: rgb(62, 62, 62);">{}</span></p>')
body = []
body.append(f'<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="{IMG.format("masthead")}" '
            'data-ratio="0.33" data-w="1080" alt="数字贸易简报" style="width: 100%;"></section>')
body.append('<section style="text-align: center;margin-top: 6px;"><p><span leaf="" style="font-size: 22px;">'
            '<strong>数字贸易简报</strong></span></p><p><span leaf="" style="font-size: 14px;color: rgb(120,120,120);">'
            '2026年第5期　总第49期</span></p><p><span leaf="" style="font-size: 13px;color: rgb(120,120,120);">'
            '大连市数字贸易协会秘书处　2026年5月29日</span></p></section>')
body.append('<section style="margin: 16px 8px;padding: 10px 14px;border: 1px dashed rgb(15, 76, 129);">'
            '<p><span leaf="" style="font-size: 15px;"><strong>本期目录</strong></span></p>')
for it in iss["items"]:
    if it["title"]:
        body.append(f'<p><span leaf="" style="font-size: 14px;">▶ {E(it["section"])}｜{E(it["title"])}</span></p>')
body.append('<p><span leaf="" style="font-size: 14px;">▶ 协会动态</span></p></section>')

cur = None; nimg = 0
for it in iss["items"]:
    if it["section"] != cur:
        cur = it["section"]; body.append(banner(cur, 0))
    body.append('<section style="padding: 0 8px;">')
    if it["title"]:
        body.append(f'<p style="margin: 14px 0 10px;"><span leaf="" style="font-size: 16px;color: rgb(15, 76, 129);">'
                    f'<strong>{E(it["title"])}</strong></span></p>')
    if cur == "行业资讯":
        nimg += 1
        body.append(f'<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="{IMG.format("photo%d" % nimg)}" '
                    'data-ratio="0.5625" data-type="jpeg" data-w="1080" style="width: 100%;"></p>')
    t = it.get("table")
    for i, ptxt in enumerate(it["paras"]):
        body.append(P.format(E(ptxt)))
        if t and i == t["after"]:
            rows = [t["header"]] + t["rows"]
            tb = ['<section style="overflow-x: auto;"><table style="width: 100%;border-collapse: collapse;"><tbody>']
            for ri, row in enumerate(rows):
                cells = "".join(
                    f'<td style="border: 1px solid rgb(200, 200, 200);padding: 4px 6px;{"background-color: rgb(232, 240, 250);" if ri == 0 else ""}">'
                    f'<span leaf="" style="font-size: 14px;">{"<strong>%s</strong>" % E(c) if ri == 0 else E(c)}</span></td>' for c in row)
                tb.append(f"<tr>{cells}</tr>")
            tb.append("</tbody></table></section>")
            body.append("".join(tb))
    if it["source"]:
        body.append(f'<p style="text-align: right;"><span leaf="" style="font-size: 13px;color: rgb(136, 136, 136);">来源：{E(it["source"])}</span></p>')
    body.append("</section>")

body.append('<section style="margin-top: 30px;border-top: 1px solid rgb(230,230,230);padding-top: 12px;">'
            '<p><span leaf="" style="font-size: 15px;color: rgb(15, 76, 129);"><strong>往期推荐</strong></span></p>')
for n, tot in ((4, 48), (3, 47), (2, 46)):
    body.append(f'<p><a href="https://mp.weixin.qq.com/s?__biz=MzI0NjE4ODQ2MA==&amp;mid=22474836{n}&amp;idx=1" '
                f'target="_blank" data-linktype="2"><span leaf="">数字贸易简报｜2026年第{n}期（总第{tot}期）</span></a></p>')
body.append('</section><section style="text-align: center;margin-top: 20px;"><img class="rich_pages wxw-img" '
            f'data-src="{IMG.format("qrcode")}" data-ratio="1" data-w="430" style="width: 40%;"></section>'
            '<p style="text-align: center;"><span leaf="" style="font-size: 12px;color: rgb(160,160,160);">长按识别二维码 关注我们</span></p>')

page = f'''<!DOCTYPE html>
<!-- saved from url=(0085)https://mp.weixin.qq.com/s?__biz=MzI0NjE4ODQ2MA==&mid=2247483655&idx=1&sn=9f1c2e7a04b3 -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="数字贸易简报｜2026年第5期（总第49期）">
<meta property="og:description" content="乌镇峰会聚焦人工智能；网络安全法新增人工智能条款；经合组织上调全球增长预期">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qd7xR2kVbN0fcover/0?wx_fmt=jpeg">
<title>数字贸易简报｜2026年第5期（总第49期）</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script type="text/javascript" nonce="1428763095">
  window.logs = {{ pagetime: {{}} }}; window.logs.pagetime["html_begin"] = (+new Date());
  var biz = "MzI0NjE4ODQ2MA==" || ""; var sn = "9f1c2e7a04b3" || ""; var mid = "2247483655" || "";
  var msg_title = '数字贸易简报｜2026年第5期（总第49期）'.html(false);
  var nickname = htmlDecode("大连市数字贸易协会"); var ct = "1780048920"; var user_name = "gh_4b2c9d7e1a30";
  var msg_desc = htmlDecode("乌镇峰会聚焦人工智能；网络安全法新增人工智能条款；经合组织上调全球增长预期");
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default">
<div id="js_article" class="rich_media">
 <div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
  <div class="rich_media_area_primary_inner">
   <div id="img-content" class="rich_media_wrp">
    <h1 class="rich_media_title" id="activity-name">数字贸易简报｜2026年第5期（总第49期）</h1>
    <div id="meta_content" class="rich_media_meta_list">
     <span class="rich_media_meta rich_media_meta_text">秘书处</span>
     <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">大连市数字贸易协会</a></span>
     <span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年5月29日 18:02</em></span>
     <span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp"><span id="js_ip_wording">辽宁</span></span>
    </div>
    <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{chr(10).join(body)}
    </div>
    <div class="rich_media_tool_area"><a id="js_view_source" href="https://www.dlsdta.org.cn/jianbao/2026-05.html" class="wx_tap_link">阅读原文</a>
     <span class="media_tool_meta"><span id="readNum3">阅读 1186</span></span>
     <span class="media_tool_meta" id="like3">赞 21</span></div>
    <div id="js_pc_qr_code" class="qr_code_pc_outer"><p>微信扫一扫<br>关注该公众号</p></div>
   </div>
  </div></div></div>
</div>
<script type="text/javascript" nonce="1428763095">
  var first_sceen__time = (+new Date());
  if ("" == 1 && document.getElementById('js_content')) {{
    document.getElementById('js_content').addEventListener("selectstart", function(e){{ e.preventDefault(); }});
  }}
  (function(){{ var c = document.getElementById('js_content'); if (c) c.style.visibility = 'visible'; }})();
</script>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js" nonce="1428763095"></script>
</body></html>
'''
with open(os.path.join(HERE, "..", "2026-05.html"), "w", encoding="utf-8") as f:
    f.write(page)
print("wrote 2026-05.html")
