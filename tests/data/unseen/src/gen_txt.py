# -*- coding: utf-8 -*-
"""2026-01.txt: GB18030 plain text with CRLF line ends."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES

OUT = os.path.join(os.path.dirname(__file__), "..", "2026-01.txt")
iss = ISSUES["2026-01"]
items = iss["items"]
IND = "\u3000\u3000"

def w(s, n):  # pad to display width n (CJK = 2)
    width = sum(2 if ord(c) > 0x2000 else 1 for c in s)
    return s + " " * max(1, n - width)

L = []
L += ["", " " * 22 + "数字贸易简报", "",
      " " * 16 + "2026年第1期（总第45期）", "",
      w("大连市数字贸易协会秘书处编", 52) + "2026年1月31日",
      "━" * 36, ""]
toc = [f"{it['section']}｜{it['title']}" for it in items if it["title"]] + ["协会动态"]
L.append("〖本期目录〗")
for i in range(0, len(toc), 2):
    left = toc[i]
    right = toc[i + 1] if i + 1 < len(toc) else ""
    L.append(w(left, 60) + right if right else left)
L += ["━" * 36, ""]

news_no = ["1. ", "（2）", "③ ", "④ "]
src_fmt = {"人民网": "摘自：人民网", "新华社": "——来源：新华社", "光明日报": "转自光明日报",
           "中国质量报": "摘自：中国质量报", "中央社": "——来源：中央社"}
banner = {"数据月报": "■数据月报■", "行业资讯": "★ 行业资讯 ★",
          "会员风采": "——会员风采——", "协会动态": "■协会动态■"}
cur = None; k = 0
for it in items:
    if it["section"] != cur:
        cur = it["section"]
        L += ["", banner[cur], ""]
    if it["title"]:
        if cur == "行业资讯":
            L.append(news_no[k] + it["title"]); k += 1
        elif cur == "会员风采":
            L.append("◇" + it["title"])
        else:
            L.append(it["title"])
        L.append("")
    for p in it["paras"]:
        L.append(IND + p)
    if it["source"]:
        L.append(src_fmt[it["source"]])
    L.append("")
L += ["", "━" * 36, "（本刊为协会内部交流资料，欢迎会员单位投稿）", ""]
with open(OUT, "wb") as f:
    f.write("\r\n".join(L).encode("gb18030"))
print("wrote", OUT)
