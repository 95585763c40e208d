# -*- coding: utf-8 -*-
"""2025-06.txt: text copied out of the WeChat app on a phone (UTF-8, no blank lines,
emoji banners, 【title】 lines, 来源丨/信源： source lines, some full-width digits)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import I06
BAN = {"数据月报": "📊 数据月报", "行业资讯": "📰 行业资讯", "会员风采": "🏢 会员风采", "协会动态": "▎协会动态"}
SRC = ["来源丨{}", "信源：{}", "来源丨{}", "信源：{}", "来源丨{}"]
L = ["点击上方蓝字 关注我们",
     "数字贸易简报丨２０２５年第６期（总第38期）",
     "大连市数字贸易协会  2025-06-30 08:30  辽宁",
     "本期导读：一季度软件业数据／数字中国建设峰会／服贸会永久会址／会员风采：信华信",
     "目录  数据月报 · 行业资讯 · 会员风采 · 协会动态"]
prev, k = None, 0
for it in I06["items"]:
    if it["section"] != prev:
        L.append(BAN[it["section"]]); prev = it["section"]
    if it["title"]:
        L.append("【%s】" % it["title"])
    L.extend(it["paras"])
    if it["source"]:
        L.append(SRC[k % len(SRC)].format(it["source"])); k += 1
L += ["—END—", "编辑｜协会秘书处  审核｜王敏", "长按识别二维码关注“大连数字贸易”", "阅读 1046  赞 23  在看 7"]
out = os.path.join(os.path.dirname(__file__), "..", I06["file"])
open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
