# -*- coding: utf-8 -*-
"""2025-01.txt: plain text in UTF-16 LE with BOM, CRLF line ends, fixed-width table."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I01 as I, plain
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])


def w(s):  # display width
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n):
    return s + " " * max(0, n - w(s))


L = []
L += [" " * 24 + "数 字 贸 易 简 报", "",
      " " * 18 + "2025年第1期（总第33期）", "",
      "大连市数字贸易协会　编印" + " " * 22 + "2025年1月31日",
      "=" * 64, "本期目录"]
for it in I["items"]:
    if it["title"]:
        L.append("　　%s　%s" % (it["section"], it["title"]))
L.append("　　协会动态")
L += ["=" * 64, ""]
sec = None
for it in I["items"]:
    if it["section"] != sec:
        sec = it["section"]
        L += ["", "〖%s〗" % sec, ""]
    if it["title"]:
        L += [("◎" if sec != "数据月报" else "") + it["title"], ""]
    for k, p in enumerate(it["paras"]):
        L.append("　　" + plain(p))
        t = it.get("table")
        if t and t["after"] == k:
            widths = [30, 16, 16, 10]
            L += ["", "　　" + t["caption"], "-" * 72]
            L.append("".join(pad(c, widths[i]) for i, c in enumerate(t["head"])).rstrip())
            L.append("-" * 72)
            for r in t["rows"]:
                L.append("".join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
            L += ["-" * 72, ""]
    if it["source"]:
        L.append(" " * 40 + "（来源：%s）" % it["source"])
    L.append("")
L += ["", "-" * 64, "编辑：协会秘书处　　地址：大连市高新区　　电话：0411-8xxxxxxx",
      "本简报为内部资料，仅供会员单位参考。", ""]
open(OUT, "wb").write(b"\xff\xfe" + "\r\n".join(L).encode("utf-16-le"))
print("wrote", OUT)
