# -*- coding: utf-8 -*-
"""2025-03.html: HTML e-mail newsletter as sent by a mailing tool: nested layout tables, inline
styles only, no <h1>-<h6>/<p> semantics (text in <td>/<font>/<span>, lines broken by <br>),
hidden preheader, 'view in browser' and unsubscribe furniture, tracking pixel."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I03 as I, plain
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
E = html.escape

SECCOL = {"数据月报": "#b71c1c", "两会专题": "#8e24aa", "行业资讯": "#1565c0", "会员风采": "#2e7d32", "协会动态": "#ef6c00"}
o = []
o.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
o.append('<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
o.append('<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>数字贸易简报 2025年第3期</title></head>')
o.append('<body style="margin:0;padding:0;background-color:#eeeeee;">')
o.append('<div style="display:none;font-size:1px;color:#eeeeee;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">本期看点：1—2月软件业运行数据、两会专题、政务大模型落地……</div>')
o.append('<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#eeeeee"><tr><td align="center" style="padding:10px 0;">')
o.append('<table width="640" border="0" cellpadding="0" cellspacing="0" style="font-family:\'Microsoft YaHei\',SimSun,Arial,sans-serif;">')
o.append('<tr><td align="right" style="font-size:11px;color:#888888;padding:4px 8px;">邮件显示不正常？<a href="https://mail.example.org/view/dtb-2025-03" style="color:#888888;">点此查看网页版</a></td></tr>')
# masthead
o.append('<tr><td bgcolor="#0d47a1" style="padding:18px 24px;"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>')
o.append('<td style="font-size:30px;font-weight:bold;color:#ffffff;letter-spacing:4px;">数字贸易简报</td>')
o.append('<td align="right" style="font-size:13px;color:#bbdefb;line-height:20px;">2025年第3期<br />总第35期<br />2025年3月31日</td>')
o.append('</tr><tr><td colspan="2" style="font-size:12px;color:#bbdefb;padding-top:6px;">大连市数字贸易协会 主办</td></tr></table></td></tr>')
# contents
o.append('<tr><td bgcolor="#ffffff" style="padding:14px 24px;border-bottom:1px solid #dddddd;"><font size="2" color="#555555"><b>本期导读</b><br />')
for it in I["items"]:
    if it["title"]:
        o.append('&#9642;&nbsp;<a href="#" style="color:#1565c0;text-decoration:none;">%s</a><br />' % E(it["title"]))
o.append('</font></td></tr>')
sec = None
for it in I["items"]:
    if it["section"] != sec:
        sec = it["section"]
        o.append('<tr><td bgcolor="#ffffff" style="padding:18px 24px 4px 24px;"><table border="0" cellpadding="0" cellspacing="0"><tr>'
                 '<td bgcolor="%s" style="padding:4px 14px;font-size:15px;font-weight:bold;color:#ffffff;">%s</td></tr></table></td></tr>' % (SECCOL[sec], E(sec)))
    o.append('<tr><td bgcolor="#ffffff" style="padding:6px 24px 10px 24px;">')
    if it["title"]:
        o.append('<font face="Microsoft YaHei" size="3" color="#222222"><b>%s</b></font><br /><br />' % E(it["title"]))
    o.append('<span style="font-size:14px;line-height:24px;color:#333333;">')
    for k, p in enumerate(it["paras"]):
        o.append(E(plain(p)) + '<br /><br />')
        t = it.get("table")
        if t and t["after"] == k:
            o.append('</span><table width="100%" border="0" cellpadding="4" cellspacing="0" style="border-top:2px solid #b71c1c;border-bottom:2px solid #b71c1c;font-size:13px;">')
            o.append('<tr><td colspan="%d" style="font-size:12px;color:#777777;">%s</td></tr>' % (len(t["head"]), E(t["caption"])))
            o.append('<tr bgcolor="#fbe9e7">' + "".join('<td style="font-weight:bold;">%s</td>' % E(c) for c in t["head"]) + '</tr>')
            for r in t["rows"]:
                o.append('<tr>' + "".join('<td%s>%s</td>' % (' align="right"' if i else "", E(c)) for i, c in enumerate(r)) + '</tr>')
            o.append('</table><br /><span style="font-size:14px;line-height:24px;color:#333333;">')
    o.append('</span>')
    if it["source"]:
        o.append('<div style="text-align:right;font-size:12px;color:#999999;">来源：%s</div>' % E(it["source"]))
    o.append('</td></tr>')
o.append('<tr><td bgcolor="#37474f" style="padding:14px 24px;font-size:11px;color:#cfd8dc;line-height:18px;">'
         '您收到此邮件，是因为您是大连市数字贸易协会会员单位联系人。<br />'
         '如不希望再收到本简报，请<a href="https://mail.example.org/unsubscribe?u=%%UID%%" style="color:#ffffff;">退订</a>。<br />'
         '大连市数字贸易协会秘书处 · 大连市高新区 · 电话 0411-8xxxxxxx</td></tr>')
o.append('</table></td></tr></table>')
o.append('<img src="https://mail.example.org/open.gif?c=dtb202503" width="1" height="1" alt="" style="display:block;border:0;" />')
o.append('</body></html>')
open(OUT, "w", encoding="utf-8").write("\n".join(o))
print("wrote", OUT)
