# -*- coding: utf-8 -*-
"""2026-02.md: Pandoc/Hugo-flavoured Markdown: TOML front matter between `+++`, ATX headings
with closing hashes and attribute blocks (`## 数据月报 ## {#sjyb}`), stories as `###` with
`{.story}` classes, a pandoc **grid table** (`+----+----+` / `+====+`), sources in pandoc
**fenced divs** (`::: {.source}` … `:::`), a `[TOC]` marker and a link-reference footer."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I02 as I
ID = {"数据月报": "sjyb", "行业资讯": "hyzx", "会员风采": "hyfc", "协会动态": "xhdt"}
def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
def grid(head, rows):
    cols = list(zip(head, *rows))
    ws = [max(w(c) for c in col) + 2 for col in cols]
    line = lambda ch: "+" + "+".join(ch * x for x in ws) + "+"
    cell = lambda r: "|" + "|".join(" " + c + " " * (x - w(c) - 1) for c, x in zip(r, ws)) + "|"
    out = [line("-"), cell(head), line("=")]
    for r in rows:
        out += [cell(r), line("-")]
    return out
L = ["+++", 'title = "数字贸易简报 2026年第2期"', 'date = 2026-02-28T09:00:00+08:00',
     'issue = "2026年第2期（总第46期）"', 'author = "大连市数字贸易协会秘书处"',
     'tags = ["简报", "数字贸易"]', "draft = false", "+++", "",
     "# 数字贸易简报 # {.masthead}", "",
     "2026年第2期（总第46期） · 大连市数字贸易协会秘书处编 · 2026年2月28日", "",
     "[TOC]", ""]
prev = None; n = 0
for it in I["items"]:
    if it["section"] != prev:
        prev = it["section"]
        L += ["## %s ## {#%s}" % (prev, ID[prev]), ""]
    if it["title"]:
        n += 1
        L += ["### %s ### {#s%d .story}" % (it["title"], n), ""]
    for k, p in enumerate(it["paras"]):
        L += [p, ""]
        t = it.get("table")
        if t and t["after"] == k:
            L += grid(t["head"], t["rows"]) + ["", ": 2025年分季度国内生产总值增速 {#tbl:gdp}", ""]
    if it["source"]:
        L += ["::: {.source}", "来源：" + it["source"], ":::", ""]
L += ["- - -", "", "[协会网站][home] · [往期简报][archive]", "",
      "[home]: http://www.example.org.cn/", "[archive]: http://www.example.org.cn/jianbao/"]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
