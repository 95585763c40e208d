# -*- coding: utf-8 -*-
"""TXT (family 6): the issue kept as an Emacs ORG-MODE note, saved as UTF-8 (no BOM, LF) with a .txt name:
`#+TITLE:`/`#+SUBTITLE:`/`#+AUTHOR:`/`#+DATE:` keywords for the masthead, `#+OPTIONS:` line, an org comment line
(`# 编辑备注…`), the contents as org internal links `[[*数据月报][数据月报]]`; sections are level-1 headlines
`* 行业资讯` carrying org TAGS at the right (`:资讯:`), stories level-2 headlines `** title`; each sourced story has
a PROPERTIES DRAWER right under its headline (`:PROPERTIES:` / `:来源: X` / `:END:`), the data table is an org
table with a `|---+---|` rule; 协会动态 paragraphs are plain paragraphs separated by blank lines."""
import os
from common import ISSUES, ROOT, sections

iss = ISSUES["TXT"]
secs = sections(iss)
TAG = {"数据月报": "数据", "行业资讯": "资讯", "AI应用观察": "观察", "会员风采": "会员", "协会动态": "会务"}
L = []
L.append("#+TITLE: 数字贸易简报")
L.append(f"#+SUBTITLE: {iss['issue_line']}（{iss['total_line']}）")
L.append("#+AUTHOR: 大连市数字贸易协会秘书处")
L.append(f"#+DATE: {iss['date_line']}")
L.append("#+OPTIONS: toc:nil num:nil ^:nil")
L.append("#+STARTUP: showall")
L.append("# 编辑备注：本稿由秘书处在 Emacs 中整理，导出前请勿改动标题层级。")
L.append("")
L.append("本期目录：")
for s, its in secs:
    ts = [it["title"] for it in its if it["title"]]
    L.append(f"- [[*{s}][{s}]]" + ("：" + "；".join(ts) if ts else ""))
L.append("")
for s, its in secs:
    head = f"* {s}"
    L.append(head + " " * max(2, 44 - len(head) * 2) + f":{TAG[s]}:")
    for it in its:
        if it["title"]:
            L.append(f"** {it['title']}")
        if it["source"]:
            L += [":PROPERTIES:", f":来源: {it['source']}", ":END:"]
        for b in it["body"]:
            if isinstance(b, tuple):
                dw = lambda t: sum(2 if ord(ch) > 0x2e80 else 1 for ch in t)
                w = [max(dw(b[1][i]), *(dw(r[i]) for r in b[2])) for i in range(len(b[1]))]
                row = lambda cells: "| " + " | ".join(c + " " * (w[i] - dw(c)) for i, c in enumerate(cells)) + " |"
                L.append(row(b[1]))
                L.append("|" + "+".join("-" * (x + 2) for x in w) + "|")
                L += [row(r) for r in b[2]]
            else:
                L.append(b)
            L.append("")
    L.append("")
L.append("# 本期完")
open(os.path.join(ROOT, iss["file"]), "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")
