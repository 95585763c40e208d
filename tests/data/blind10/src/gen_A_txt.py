# -*- coding: utf-8 -*-
"""2025 第7期 -> plain text (family 6), UTF-8 with BOM, CRLF (saved from Windows Notepad):
banners '∽∽∽∽ 第一部分　数据月报 ∽∽∽∽' (swung dashes), contents in two columns on one line parted by '‖',
titles numbered with capital numerals '壹. 贰. 叁.' (restarting per section), sources in new forms/positions:
'原载：X' indented under the body, '◎稿件来自 X', and '［X］' at the end of the title line."""
import unicodedata
from common import *
iss = issue("A")
NUM = "壹贰叁肆伍"
CN = "一二三四五"

def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

def pad(s, n):
    return s + " " * max(1, n - w(s))

secs = sections(iss)
L = []
L.append("　　　　　　　　　　　数 字 贸 易 简 报")
L.append("")
L.append("　　　　　　　　　2025年第7期（总第39期）")
L.append("")
L.append("大连市数字贸易协会秘书处编" + " " * 22 + "2025年7月31日")
L.append("━" * 36)
L.append("【本期目录】")
# two-column contents: left = 第一/三/四部分, right = 第二部分
left, right = [], []
for si, (sec, items) in enumerate(secs):
    col = right if sec == "行业资讯" else left
    col.append("第%s部分 %s" % (CN[si], sec))
    k = 0
    for it in items:
        if it["title"]:
            col.append("  %s. %s" % (NUM[k], it["title"]))
            k += 1
n = max(len(left), len(right))
left += [""] * (n - len(left)); right += [""] * (n - len(right))
for a, b in zip(left, right):
    L.append((pad(a, 40) + "‖ " + b).rstrip())
L.append("━" * 36)
for si, (sec, items) in enumerate(secs):
    L.append("")
    L.append("∽∽∽∽∽∽  第%s部分　%s  ∽∽∽∽∽∽" % (CN[si], sec))
    L.append("")
    k = 0
    for it in items:
        form = it.get("form")
        if it["title"]:
            t = "%s. %s" % (NUM[k], it["title"])
            k += 1
            if form == "title":
                t += "　　［%s］" % it["source"]
            L.append(t)
            L.append("")
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                ws = [max(w(r[c]) for r in rows) + 4 for c in range(len(rows[0]))]
                for r in rows:
                    line = "    " + pad(r[0], ws[0])
                    for c in range(1, len(r)):
                        line += " " * (ws[c] - w(r[c])) + r[c]
                    L.append(line.rstrip())
                L.append("")
                continue
            L.append("　　" + p)
        if form == "orig":
            L.append("　　　　　　　　　　　　　　　　　　　　原载：" + it["source"])
        elif form == "star":
            L.append("◎稿件来自 " + it["source"])
        L.append("")
L.append("━" * 36)
L.append("　　　　　　　　　　　　（本期完）")
L.append("欢迎会员单位投稿，来稿请发协会秘书处邮箱，注明“简报投稿”。")
txt = "\r\n".join(L) + "\r\n"
open(out("A"), "w", encoding="utf-8-sig", newline="").write(txt)
