# -*- coding: utf-8 -*-
"""12: an Evernote note exported as HTML (legacy "Export note → HTML"): exporter meta tags, the note
title as <h1 class="noteTitle">, every line a <div>, empty lines <div><br/></div>, no <p>/<h2>,
bold spans for banners and titles, an Evernote table (border-collapse, colgroup, <div> inside cells),
sources as '—— 来源：<a>X</a>' divs, an editing checklist (en-todo style checkboxes) after the last item."""
import html
from common import *
iss = ISSUES[12]
URL = {"中国汽车工业协会": "https://newsadmin.xd56b.com/20250915/34436.html",
       "联合报": "https://udn.com/news/story/7333/9189855",
       "香港01": "https://www.hk01.com/%E4%B8%AD%E5%9C%8B%E8%A7%80%E5%AF%9F/60302803/",
       "星岛日报": "https://www.stheadline.com/zh-hans/realtime-china/3526841/"}
e = lambda t: html.escape(t, quote=False)
D = lambda t: f"<div>{t}</div>"
BR = "<div><br/></div>"
B = [f'<h1 class="noteTitle">【12月】数字贸易简报 总第44期</h1>',
     '<div style="font-family: -apple-system, \'PingFang SC\'; font-size: 14px;">',
     D('<span style="font-size: 24px;"><b><span style="color: rgb(200, 30, 30);">数字贸易简报</span></b></span>'),
     D("2025年第12期　　总第44期"),
     D("大连市数字贸易协会秘书处　2025年12月31日"), BR,
     D("<b>本期内容</b>")]
for s, its in by_section(iss):
    B.append(D("· " + e(s) + ("：" + "／".join(e(it["title"]) for it in its if it["title"]) if its[0]["title"] else "")))
B.append(BR)
for s, its in by_section(iss):
    B.append(D(f'<span style="font-size: 18px;"><b>📌 {e(s)}</b></span>'))
    for it in its:
        if it["title"]:
            B.append(D(f"<b>{e(it['title'])}</b>"))
        for p in it["paras"]:
            if isinstance(p, list):
                cols = "".join('<col style="width: 160px;"/>' for _ in p[0])
                rows = "".join("<tr>" + "".join(f'<td style="border: 1px solid rgb(204, 204, 204); padding: 6px 10px;"><div>{e(c)}</div></td>' for c in r) + "</tr>" for r in p)
                B.append(f'<div><table style="border-collapse: collapse; min-width: 100%;"><colgroup>{cols}</colgroup><tbody>{rows}</tbody></table></div>')
            else:
                B.append(D(e(p)))
        if it["source"]:
            B.append(D(f'—— 来源：<a href="{e(URL[it["source"]])}" rev="en_rl_none">{e(it["source"])}</a>'))
        B.append(BR)
B += ["<hr/>", D("<b>编辑备忘</b>"),
      D('<input type="checkbox" checked="true"/>数据月报数字与中汽协原文核对'),
      D('<input type="checkbox" checked="true"/>会员风采请亿达信息确认'),
      D('<input type="checkbox"/>12月31日上午发会员群、官网同步'),
      "</div>"]
head = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n'
        '<meta name="exporter-version" content="Evernote Mac 10.105.4 (456789)"/>\n'
        '<meta name="author" content="dldta_secretariat"/>\n<meta name="created" content="2025-12-22 02:14:37 +0000"/>\n'
        '<meta name="source" content="mobile.android"/>\n<meta name="updated" content="2025-12-30 09:41:05 +0000"/>\n'
        '<title>【12月】数字贸易简报 总第44期</title></head><body>\n')
open(os.path.join(OUT, FILES[12]), "w", encoding="utf-8").write(head + "\n".join(B) + "\n</body></html>\n")
print("evernote ok")
