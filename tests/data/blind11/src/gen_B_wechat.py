# -*- coding: utf-8 -*-
"""2025年第2期 as a WeChat article saved from the browser (.htm), body laid out with the
96编辑器 (96weixin.com) style: every block a <section data-tools="96编辑器">; section banners as
one round badge PER CHARACTER (数|据|月|报, no spaces); titles bold with a dashed underline;
sources small grey italic '参考来源：X' left-aligned; extra section 数字政务."""
import html
from common import *
iss = issue("B")
E = html.escape
T96 = 'data-tools="96编辑器" data-id="%d"'
n = [85000]
def tid():
    n[0] += 7
    return T96 % n[0]
def banner(sec):
    chars = "".join('<span style="display:inline-block;width:30px;height:30px;line-height:30px;border-radius:50%%;'
                    'background:#1f6fb2;color:#fff;margin:0 2px;font-size:16px;"><span leaf="">%s</span></span>' % E(c)
                    for c in sec)
    return ('<section %s class="_96wx-bdc" style="text-align:center;margin:28px 0 14px;">'
            '<section style="display:inline-block;border-bottom:2px solid #1f6fb2;padding-bottom:6px;">%s</section>'
            '</section>' % (tid(), chars))
def para(p):
    return ('<section %s style="margin:8px 0;"><p style="text-indent:2em;line-height:1.9;font-size:15px;color:#333;">'
            '<span leaf="">%s</span></p></section>' % (tid(), E(p)))
def table(rows):
    h = "".join('<th style="border:1px solid #9cc3e6;background:#e8f1fa;padding:4px 6px;"><span leaf="">%s</span></th>' % E(c) for c in rows[0])
    b = "".join("<tr>" + "".join('<td style="border:1px solid #9cc3e6;padding:4px 6px;text-align:center;"><span leaf="">%s</span></td>' % E(c) for c in r) + "</tr>" for r in rows[1:])
    return '<section %s><table style="border-collapse:collapse;width:100%%;font-size:14px;"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></section>' % (tid(), h, b)
body = []
body.append('<section %s style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/dtjb96/banner2502/640?wx_fmt=png" data-ratio="0.35" style="width:100%%;"></section>' % tid())
body.append('<section %s style="text-align:center;font-size:22px;font-weight:bold;color:#c00;margin-top:10px;"><span leaf="">数字贸易简报</span></section>' % tid())
body.append('<section %s style="text-align:center;font-size:14px;color:#555;"><span leaf="">2025年第2期（总第34期）</span></section>' % tid())
body.append('<section %s style="text-align:center;font-size:13px;color:#888;"><span leaf="">大连市数字贸易协会秘书处编　　2025年2月28日</span></section>' % tid())
for sec, its in sections(iss):
    body.append(banner(sec))
    for it in its:
        if it["title"]:
            body.append('<section %s style="margin:16px 0 6px;"><p style="font-weight:bold;font-size:17px;color:#1f4e79;border-bottom:1px dashed #1f6fb2;padding-bottom:4px;"><strong><span leaf="">%s</span></strong></p></section>' % (tid(), E(it["title"])))
        for p in it["paras"]:
            body.append(table(p["table"]) if isinstance(p, dict) else para(p))
        if it["source"]:
            body.append('<section %s style="margin:4px 0 12px;"><p style="font-size:12px;color:#999;font-style:italic;"><span leaf="">参考来源：%s</span></p></section>' % (tid(), E(it["source"])))
        if it["section"] == "会员风采":
            body.append('<section %s style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/dtjb96/member2502/640?wx_fmt=jpeg" alt="会员单位供图"></section>' % tid())
body.append('<section %s style="text-align:center;margin-top:30px;color:#1f6fb2;font-size:13px;"><span leaf="">— 本期完 —</span></section>' % tid())
body.append('<section %s style="text-align:center;font-size:12px;color:#aaa;"><span leaf="">编辑：秘书处　审核：刘洋</span></section>' % tid())
body.append('<section %s style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/dtjb96/qrcode/640?wx_fmt=png" alt="长按识别二维码关注"></section>' % tid())
TITLE = "数字贸易简报｜2025年第2期 · 开源大模型走进政务大厅"
page = '''<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="%(t)s"><meta property="og:type" content="article">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzkxNDU2NzQ5Mg==&amp;mid=2247484170&amp;idx=1&amp;sn=5b0c9d2e71a6f3c4&amp;chksm=c16e">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/dtjb96/cover2502/0?wx_fmt=jpeg">
<meta name="description" content="软件业务收入、服务进出口数据；DeepSeek走进政务系统">
<title>%(t)s</title>
<link rel="stylesheet" href="./%(t)s_files/weui.min.css">
<script>var msg_title = "%(t)s"; var nickname = "大连数字贸易"; var ct = "1740736800"; var create_time = "2025-02-28 18:00"; var user_name = "gh_7d1c2e9a44b0";</script>
<script src="./%(t)s_files/appmsg.js"></script>
</head><body id="activity-detail" class="zh_CN wx_wap_page">
<div class="weui-navbar"><a href="javascript:history.back()">返回</a><span>公众号文章</span></div>
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">%(t)s</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">秘书处</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">大连数字贸易</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年02月28日 18:00</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">辽宁</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
%(b)s
</div>
<script>document.getElementById("js_content").style.visibility = "visible";</script>
<div class="original_area_primary"><a id="js_view_source" href="https://www.dldta.org.cn/jianbao/2025-02">阅读原文</a></div>
<div id="js_read_area3" class="rich_media_tool"><span id="readNum3">阅读 862</span><span id="likeNum3">赞 31</span><span>在看 9</span></div>
</div>
<div id="js_related_area" class="related_article"><h3>相关阅读</h3><ul>
<li><a href="#">数字贸易简报｜2025年第1期 · 2024年外贸成绩单</a></li>
<li><a href="#">协会召开2024年度工作总结会</a></li>
<li><a href="#">会员招募｜欢迎加入大连市数字贸易协会</a></li></ul></div>
</div></div>
<script src="./%(t)s_files/wxwork_report.js"></script>
<script>window.__second_open__ = false; var appmsg_type = "9";</script>
</body></html>
''' % {"t": E(TITLE), "b": "\n".join(body)}
open(out("B"), "w", encoding="utf-8").write(page)
print("wrote", out("B"))
