# -*- coding: utf-8 -*-
"""2025-11.html: the issue as a WeChat public-account article saved from a
browser (rich_media markup, #js_content body, inline styles, <img data-src>,
<script> blocks, 阅读原文 link, 推荐阅读 list after the body)."""
import html
from pathlib import Path
from content import ISSUES, toc

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "2025-11.html"
E = html.escape
IMG = "https://mmbiz.qpic.cn/mmbiz_png/Qx7cA2dLtRk{n}Zb0ia8qgC4vE1YwJmRkP3F6hN9sXo5Lz0uTq/640?wx_fmt=png&amp;from=appmsg"
SPAN = '<span style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);">'


def img(n, ratio="0.0787", w="1080"):
    return (f'<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="{IMG.format(n=n)}" '
            f'data-ratio="{ratio}" data-s="300,640" data-type="png" data-w="{w}" '
            'style="width: 100%;height: auto !important;" /></p>')


def body_paragraph(text, k):
    # editors split runs: break long paragraphs into two styled spans
    if len(text) > 80 and k % 2 == 0:
        cut = text.find("，", len(text) // 2) + 1 or len(text) // 2
        inner = SPAN + E(text[:cut]) + "</span>" + SPAN + E(text[cut:]) + "</span>"
    else:
        inner = SPAN + E(text) + "</span>"
    tag = "section" if k % 3 == 2 else "p"
    return (f'<{tag} style="text-indent: 2em;line-height: 1.75em;margin-bottom: 12px;text-align: justify;">'
            f'{inner}</{tag}>')


def section_banner(name):
    return ('<section style="margin: 24px 0px 12px;text-align: center;"><section style="display: inline-block;'
            'padding: 4px 22px;background-color: rgb(192, 0, 0);border-radius: 3px;">'
            f'<p style="margin: 0px;"><span style="color: rgb(255, 255, 255);font-size: 16px;"><strong>{E(name)}'
            '</strong></span></p></section></section>')


def build():
    iss = ISSUES["2025-11"]
    h = iss["header"]
    c = []
    c.append('<section style="text-align: center;margin-bottom: 4px;"><span style="font-size: 26px;color: rgb(192, 0, 0);'
             f'letter-spacing: 4px;"><strong>{E(h[0])}</strong></span></section>')
    c.append(f'<section style="text-align: center;"><span style="font-size: 15px;">{E(h[1])}</span></section>')
    c.append(f'<section style="text-align: center;"><span style="font-size: 14px;color: rgb(136, 136, 136);">{E(h[2])}</span></section>')
    c.append(f'<p style="text-align: center;"><span style="font-size: 14px;">{E(h[3])}</span>'
             f'<span style="font-size: 14px;">&nbsp; &nbsp;{E(h[4])}</span></p>')
    c.append(img(1))
    c.append('<p style="margin-top: 10px;"><strong><span style="font-size: 16px;color: rgb(192, 0, 0);">本期目录</span></strong></p>')
    for sec, titles in toc(iss):
        c.append(f'<p><span style="font-size: 14px;"><strong>▌{E(sec)}</strong></span></p>')
        for t in titles:
            c.append(f'<p style="padding-left: 1em;"><span style="font-size: 14px;color: rgb(89, 89, 89);">· {E(t)}</span></p>')
    c.append('<p><br /></p>')
    cur = None
    n = 2
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            c.append(section_banner(cur))
        if it["title"]:
            c.append('<p style="margin-top: 16px;margin-bottom: 8px;"><strong><span style="font-size: 16px;'
                     f'color: rgb(192, 0, 0);">{E(it["title"])}</span></strong></p>')
            if it["section"] == "行业资讯":
                c.append(img(n, "0.5625", "1280"))
                n += 1
        for k, p in enumerate(it["paras"]):
            c.append(body_paragraph(p, k))
        if it["source"]:
            c.append('<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">'
                     f'来源：{E(it["source"])}</span></p>')
    c.append('<p><br /></p>')
    c.append(img(9))
    c.append('<section style="text-align: center;"><span style="font-size: 12px;color: rgb(160, 160, 160);">- END -</span></section>')
    c.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(160, 160, 160);">编辑：协会秘书处&nbsp; 审核：秘书处</span></p>')
    c.append(img(10, "1", "430"))
    c.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(160, 160, 160);">长按识别二维码 关注我们</span></p>')
    content = "\n".join(c)

    title = "数字贸易简报｜2025年第11期"
    page = f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="2025年前三季度我国服务贸易运行情况；第八届进博会闭幕；网络安全法完成修改">
<meta property="og:title" content="{E(title)}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzkxNTYwMzQ4Mg==&amp;mid=2247485127&amp;idx=1&amp;sn=5c1e0a7d2f43b8e9a6d1c0f7b2e4a913">
<meta property="og:image" content="{IMG.format(n=0)}">
<meta property="og:type" content="article">
<meta property="og:article:author" content="协会秘书处">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<title>{E(title)}</title>
<script type="text/javascript" nonce="1837262071">
    window.__wxgspeeds = {{}};
    window.logs = {{ pagetime: {{ page_begin: Date.now() }} }};
    var biz = "MzkxNTYwMzQ4Mg==" || "";
    var mid = "2247485127" || "";
    var idx = "1" || "";
    var ct = "1764322320";
    var msg_title = '数字贸易简报｜2025年第11期'.html(false);
    var nickname = htmlDecode("大连市数字贸易协会");
    var ip_wording = {{ countryName: '中国', provinceName: '辽宁' }};
</script>
<style>
  .rich_media_content {{ overflow: hidden; color: rgba(0,0,0,0.9); font-size: 17px; }}
  .related_article li {{ list-style: none; padding: 8px 0; border-bottom: 1px solid #eee; }}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
  <div id="js_top_ad_area" class="top_banner"></div>
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <div id="img-content" class="rich_media_wrp">
          <h1 class="rich_media_title " id="activity-name">
            {E(title)}
          </h1>
          <div id="meta_content" class="rich_media_meta_list">
            <span class="rich_media_meta rich_media_meta_text">协会秘书处</span>
            <span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
              <a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">大连市数字贸易协会</a>
            </span>
            <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年11月28日 17:32</em>
            <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">辽宁</em>
          </div>
          <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{content}
          </div>
          <script type="text/javascript" nonce="1837262071">
            var first_sceen__time = (+new Date());
            if ("" == 1 && document.getElementById('js_content')) {{
              document.getElementById('js_content').addEventListener("selectstart", function (e) {{ e.preventDefault(); }});
            }}
          </script>
          <div class="rich_media_tool" id="js_toobar3">
            <a class="media_tool_meta meta_primary" id="js_view_source" href="https://example.com/jianbao/2025-11.html">阅读原文</a>
            <div class="media_tool_meta tips_global_primary meta_primary" id="js_read_area3">阅读 <span id="readNum3">312</span></div>
            <span class="media_tool_meta meta_extra meta_praise" id="like3"><i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3">18</span></span>
          </div>
        </div>
        <div class="rich_media_extra related_article" id="js_related_area">
          <h3 class="rich_media_extra_title">推荐阅读</h3>
          <ul>
            <li><a href="https://mp.weixin.qq.com/s/7hQ2kPZxR0bVnE4yTqL1Aw">数字贸易简报｜2025年第10期</a></li>
            <li><a href="https://mp.weixin.qq.com/s/Ck3mW9uJtD2sYxF0aN8pGe">协会举办《个人信息出境认证办法》宣讲会</a></li>
            <li><a href="https://mp.weixin.qq.com/s/Zr5vB1nQe7HoLk6cTw2mJs">关于征集2026年度会员需求的通知</a></li>
          </ul>
        </div>
      </div>
    </div>
  </div>
</div>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js" nonce="1837262071"></script>
<script nonce="1837262071">
  (function () {{
    var c = document.getElementById('js_content');
    if (c) {{ c.style.visibility = 'visible'; }}
    var imgs = document.querySelectorAll('img[data-src]');
    for (var i = 0; i < imgs.length; i++) {{ imgs[i].setAttribute('src', imgs[i].getAttribute('data-src')); }}
  }})();
</script>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    build()
    print(OUT)
