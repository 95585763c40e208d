# -*- coding: utf-8 -*-
"""B: WeChat article saved as .htm, body made with the mdnice (Markdown Nice) editor:
`<section id="nice" data-tool="mdnice编辑器">`, h2 banners with an inline-SVG ribbon and
prefix/content/suffix spans, h3 titles with a '▍' prefix span, a markdown table wrapped
in a scroll section, sources as `<p class="mdnice-source">信源 | X</p>` after a thin rule,
association paragraphs as a blockquote list."""
import html, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES

OUT = os.path.join(os.path.dirname(__file__), "..")
E = html.escape

RIBBON = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
          'style="vertical-align:middle;margin-right:6px"><path d="M2 4h20l-4 8 4 8H2z" fill="#0f8a73"/></svg>')


def main():
    iss = ISSUES["B"]
    P = []
    a = P.append
    a('<section id="nice" data-tool="mdnice编辑器" data-website="https://www.mdnice.com" '
      'style="font-size:15px;color:#333;line-height:1.75;padding:0 10px;">')
    a('<p style="text-align:center;margin:0"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/banner39/0?wx_fmt=png" '
      'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="数字贸易简报 刊头" style="width:100%"></p>')
    a(f'<p style="text-align:center;font-size:13px;color:#888;">{E(iss["issue_line"])}　|　{E(iss["total_line"])}　|　{E(iss["date_line"])}</p>')
    a('<p style="text-align:center;font-size:13px;color:#888;">大连市数字贸易协会秘书处　编</p>')
    a('<blockquote class="multiquote-1" style="border-left:3px solid #0f8a73;background:#f3faf8;padding:8px 12px;">'
      '<p><strong>本期导读</strong>：上半年电信业务收入9055亿元；第三届链博会闭幕；探访济南首条低空物流航线。</p></blockquote>')
    cur = None
    for it in iss["items"]:
        if it["section"] != cur:
            if cur == "协会动态":
                a('</ul>')
            cur = it["section"]
            a(f'<h2 data-tool="mdnice编辑器" style="margin:32px 0 12px;text-align:center;">'
              f'<span class="prefix">{RIBBON}</span><span class="content" style="display:inline-block;'
              f'color:#0f8a73;font-size:18px;letter-spacing:2px;border-bottom:2px solid #0f8a73;">{E(cur)}</span>'
              f'<span class="suffix"></span></h2>')
            if cur == "协会动态":
                a('<ul class="list-paddingleft-1" style="list-style:none;padding-left:0;">')
        if it["title"]:
            a(f'<h3 data-tool="mdnice编辑器" style="font-size:16px;margin:20px 0 8px;">'
              f'<span class="prefix" style="color:#0f8a73;">▍</span><span class="content">{E(it["title"])}</span>'
              f'<span class="suffix"></span></h3>')
        for b in it["body"]:
            if isinstance(b, tuple):
                head, rows = b[1], b[2]
                a('<section data-tool="mdnice编辑器" style="overflow-x:auto;"><table style="border-collapse:collapse;width:100%;font-size:14px;">')
                a('<thead><tr>' + ''.join(f'<th style="border:1px solid #cde;background:#e6f4f1;padding:4px 6px;">{E(h)}</th>' for h in head) + '</tr></thead><tbody>')
                for r in rows:
                    a('<tr>' + ''.join(f'<td style="border:1px solid #cde;padding:4px 6px;">{E(c)}</td>' for c in r) + '</tr>')
                a('</tbody></table></section>')
            elif cur == "协会动态":
                a(f'<li><section style="margin:8px 0;"><span leaf="">{E(b)}</span></section></li>')
            else:
                a(f'<p data-tool="mdnice编辑器" style="margin:10px 0;text-indent:2em;">{E(b)}</p>')
        if it["source"]:
            a('<hr style="border:none;border-top:1px dashed #bbb;width:30%;margin:10px 0 4px auto;">')
            a(f'<p class="mdnice-source" style="text-align:right;font-size:12px;color:#999;">信源 | {E(it["source"])}</p>')
    a('</ul>')
    a('<p style="text-align:center;color:#bbb;font-size:12px;margin-top:30px;">— END —</p>')
    a('<p style="font-size:12px;color:#999;">排版：小数　|　审核：秘书处</p>')
    a('<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/qrcode/0?wx_fmt=jpeg" alt="长按识别二维码关注我们" style="width:120px"></p>')
    a('</section>')
    content = "\n".join(P)
    title = "【数字贸易简报】第39期｜上半年电信业务收入9055亿元"
    doc = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{E(title)}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzkyNjQ0OTk1MA==&amp;mid=2247484391&amp;idx=1&amp;sn=5e0f7c2d">
<meta property="og:description" content="上半年电信业务收入9055亿元；第三届链博会闭幕">
<meta property="og:site_name" content="微信公众平台">
<title>{E(title)}</title>
<script type="text/javascript">var msg_title = "{title}".html(false); var nickname = "大连数贸协会"; var ct = "1753956000"; var create_time = "2025-07-31 18:00";</script>
<style>.rich_media_content{{visibility:hidden}}.rich_media_title{{font-size:22px}}</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{E(title)}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">秘书处</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">大连数贸协会</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年07月31日 18:00</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">辽宁</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">
{content}
</div>
<div id="js_tags" class="article-tag__list">#数字贸易简报 #低空经济 #链博会</div>
<div class="rich_media_tool" id="js_toobar3"><span id="readNum3">阅读 1284</span><span id="like3">赞 37</span><span id="js_like_btn">在看 12</span></div>
<div id="js_read_area3">阅读原文</div>
</div></div></div>
<script>document.getElementById("js_content").style.visibility="visible";</script>
</body></html>
'''
    with open(os.path.join(OUT, iss["file"]), "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
