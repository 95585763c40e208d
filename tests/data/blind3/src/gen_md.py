# -*- coding: utf-8 -*-
"""2025-10.md: Markdown exported from a note app: YAML front matter, HTML fragments,
> [!NOTE] callout TOC, `# 数据月报` level-1 sections with --- rules, stories as ####,
sources as （来源：X） at the end of the last paragraph or a `—— 来源：X` line,
a table with an alignment row."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import I10
L = ["---", "title: 数字贸易简报 2025年第10期（总第42期）", "date: 2025-10-31",
     "tags: [简报, 数字贸易, 协会]", "author: 大连市数字贸易协会秘书处", "---", "",
     '<div align="center">', "", "**数字贸易简报**", "",
     "2025年第10期　总第42期", "", "大连市数字贸易协会编印　2025年10月31日", "", "</div>", "",
     "> [!NOTE] 本期目录",
     "> - 数据月报：2025年上半年服务贸易与前8月汽车产销",
     "> - 行业资讯：国家数据局介绍“十四五”成就／人工智能中试基地／服贸会闭幕",
     "> - 政策速递：商务部谈数字贸易扩大开放",
     "> - 会员风采：东软集团（大连）有限公司",
     "> - 协会动态", ""]
prev = None
style = 0
for it in I10["items"]:
    if it["section"] != prev:
        L += ["---", "", "# " + it["section"], ""]
        prev = it["section"]
        if it["section"] == "数据月报":
            L += ["<center>**数据月报**</center>", ""]
    if it["section"] == "数据月报":
        paras = it["paras"]
        for p in paras:
            if p.startswith("|"):
                if p.startswith("|指标"):
                    L += ["", "| 指标 | 1-8月（万辆） | 同比增长（%） |", "|:--|--:|--:|"]
                else:
                    cells = p.strip("|").split("|")
                    L.append("| " + " | ".join(cells) + " |")
            else:
                L += [p, ""]
        L += [""]
        continue
    if it["title"]:
        L += ["#### " + it["title"], ""]
    ps = list(it["paras"])
    if it["source"]:
        if style % 2 == 0:
            ps[-1] = ps[-1] + "（来源：%s）" % it["source"]
            L += sum([[p, ""] for p in ps], [])
        else:
            L += sum([[p, ""] for p in ps], [])
            L += ["—— 来源：%s" % it["source"], ""]
        style += 1
    else:
        L += sum([[p, ""] for p in ps], [])
L += ["---", "", "<sub>本简报为协会内部交流资料，欢迎会员单位投稿：jianbao@dldta.org.cn</sub>", ""]
out = os.path.join(os.path.dirname(__file__), "..", I10["file"])
open(out, "w", encoding="utf-8").write("\n".join(L))
