# -*- coding: utf-8 -*-
"""2026-07.md: the issue as Markdown written in a plain editor (Typora-like): title block,
bullet-list table of contents with anchor links, `## 一、数据月报` headings, stories as
`### （一）title` or `**1、title**`, sources as blockquote / italic / [来源：X], pipe table."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ISSUES, sections, cn_ord
HERE = os.path.dirname(os.path.abspath(__file__))
iss = ISSUES["2026-07"]
secs = sections(iss)
L = []
L += ["# 数字贸易简报", "",
      "**2026年第7期（总第51期）**  ", "大连市数字贸易协会秘书处 编　　2026年7月31日", "", "---", "",
      "**本期目录**", ""]
for i, s in enumerate(secs, 1):
    L.append(f"- [{cn_ord(i)}、{s}](#{cn_ord(i)}{s})")
    for it in iss["items"]:
        if it["sec"] == s and it["title"] and s != "数据月报":
            L.append(f"    - [{it['title']}](#{it['title']})")
L += ["", "---", ""]
src_style = {"数据月报": "quote", "行业资讯": ["italic", "bracket"], "政策解读": "quote"}
for i, s in enumerate(secs, 1):
    L += [f"## {cn_ord(i)}、{s}", ""]
    k = 0
    for it in [x for x in iss["items"] if x["sec"] == s]:
        k += 1
        if s == "数据月报":
            L += [f"### {it['title']}", ""]
        elif s == "行业资讯":
            L += [f"### （{cn_ord(k)}）{it['title']}", ""]
        elif s == "政策解读":
            L += [f"**{k}、{it['title']}**", ""]
        elif s == "会员风采":
            L += [f"### {it['title']}", ""]
        t = it.get("table")
        for j, p in enumerate(it["paras"]):
            L += [p, ""]
            if t and j == t["after"]:
                L.append("| " + " | ".join(t["head"][0]) + " |")
                L.append("|" + "|".join([":---"] + ["---:"] * (len(t["head"][0]) - 1)) + "|")
                for r in t["rows"]:
                    L.append("| " + " | ".join(r) + " |")
                L.append("")
        if it["src"]:
            st = src_style[s]
            if isinstance(st, list): st = st[(k - 1) % len(st)]
            if st == "quote": L += [f"> 来源：{it['src']}", ""]
            elif st == "italic": L += [f"*（来源：{it['src']}）*", ""]
            else: L += [f"[来源：{it['src']}]", ""]
L += ["---", "", "*编辑：协会秘书处　　电话：0411-8476XXXX　　邮箱：dta_news@example.org*", ""]
open(os.path.join(HERE, "..", "2026-07.md"), "w", encoding="utf-8").write("\n".join(L))
print("wrote 2026-07.md")
