# -*- coding: utf-8 -*-
"""2025年第5期 as a plain UTF-8 text file with box-drawn section banners."""
from common import *
import unicodedata

iss = BY_KEY["05"]

def w(s):  # display width
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

def banner(n, name):
    label = f"  {CN_NUM[n]}、{name}  "
    inner = w(label)
    return ["┏" + "━" * (inner // 2) + "┓", "┃" + label + "┃", "┗" + "━" * (inner // 2) + "┛"]

def right(s, width=72):
    return " " * max(0, width - w(s)) + s

L = []
L += [" " * 24 + "数 字 贸 易 简 报", "",
      " " * 22 + "2025年第5期（总第37期）", "",
      "大连市数字贸易协会秘书处编印" + " " * 28 + "2025年5月31日",
      "─" * 36, "本期目录"]
toc = [("◇数据月报：前4个月外贸进出口稳中有升", "◇会员风采：大连软件园股份有限公司"),
       ("◇行业资讯：世界机器人大会将于8月举办等3篇", "◇协会动态：本月工作2则")]
for a, b in toc:
    L.append(a + " " * (48 - w(a)) + b)
L += ["─" * 36, ""]

secs = items_by_section(iss)
news_marks = "①②③④"
for n, (sec, its) in enumerate(secs):
    L += banner(n, sec)
    L.append("")
    for k, it in enumerate(its):
        paras = it["paras"]
        if sec == "数据月报":
            L.append(it["title"])
            L.append("")
            for p in paras:
                if isinstance(p, dict):
                    for row in p["table"]:
                        L.append("　　" + "".join(c + " " * (14 - w(c)) for c in row).rstrip())
                else:
                    L.append("　　" + p)
            L.append(right("〔来源：" + it["source"] + "〕"))
        elif sec == "行业资讯":
            L.append(news_marks[k] + " " + it["title"])
            if k == 1:   # source before the story
                L.append("转自：" + it["source"])
            for p in paras:
                L.append("　　" + p)
            if k == 0:
                L.append("　　（据" + it["source"] + "报道）")
            elif k == 2:
                L.append(right("摘自《" + it["source"] + "》"))
        elif sec == "会员风采":
            L.append(f"（{k+1}）" + it["title"])
            for p in paras:
                L.append("　　" + p)
        else:
            for p in paras:
                L.append("　　" + p)
        L.append("")
L += [" " * 30 + "（本期完）", "─" * 36,
      "报送：大连市商务局服务贸易处　　　发送：各会员单位　　　（共印30份）", ""]
open(out_path("05"), "w", encoding="utf-8").write("\n".join(L))
print("wrote", out_path("05"))
