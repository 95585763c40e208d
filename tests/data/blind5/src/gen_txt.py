# -*- coding: utf-8 -*-
"""2026-01-wrap.txt: plain text as exported from an old DOS/terminal-style editor: every
line hard-wrapped at 34 characters (mid-word, mid-number), UTF-8 without BOM, CRLF;
no blank lines inside paragraphs, paragraphs indented by two full-width spaces; ASCII
section frames `==[ 数据月报 ]==`; story titles after `>> `; sources as `出处：X`
lines; the data table pasted from a spreadsheet as TAB-separated lines."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I01 as I
W = 34
def wrap(s, first="\u3000\u3000"):
    s = first + s
    return [s[i:i + W] for i in range(0, len(s), W)]
L = ["*" * 40,
     "          数 字 贸 易 简 报",
     "     2026年第1期  (总第45期)",
     "  大连市数字贸易协会秘书处编  2026年1月31日",
     "*" * 40,
     "本期要目:"]
prev = None
for it in I["items"]:
    if it["section"] != prev:
        prev = it["section"]
        L.append("  [%s]" % prev)
    if it["title"]:
        L.append("    - " + it["title"])
L.append("-" * 40)
prev = None
for it in I["items"]:
    if it["section"] != prev:
        prev = it["section"]
        L += ["", "==[ %s ]==" % prev, ""]
    if it["title"]:
        L.append(">> " + it["title"])
    for k, p in enumerate(it["paras"]):
        L += wrap(p)
        t = it.get("table")
        if t and t["after"] == k:
            L.append("\t".join(t["head"]))
            L += ["\t".join(r) for r in t["rows"]]
    if it["source"]:
        L.append("出处：" + it["source"])
    L.append("")
L += ["-" * 40, "编辑:协会秘书处  电话:0411-8475XXXX  (内部资料 免费交流)", "*" * 40]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
open(out, "w", encoding="utf-8", newline="").write("\r\n".join(L) + "\r\n")
