# -*- coding: utf-8 -*-
"""A: plain text saved by Notepad as "Unicode" = UTF-16LE with BOM, CRLF.
Banners ▁▂▃▅▇ X ▇▅▃▂▁, contents in two columns on one line (no separator, aligned by spaces),
titles numbered ⑴ ⑵ ⑶ across sections, data table tab-separated, sources as
`※ 本文摘编自X` on their own line."""
import unicodedata
from common import ISSUES, ROOT, sections
import os

NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" and c not in "—" else 1 for c in s)


def center(s, w=72):
    return " " * max(0, (w - width(s)) // 2) + s


def cut(s, n):
    return s if len(s) <= n else s[:n - 1] + "…"


def main():
    iss = ISSUES["A"]
    L = []
    L.append(center("数 字 贸 易 简 报"))
    L.append(center("（会员交流　内部资料）"))
    L.append("")
    L.append(center(f"{iss['issue_line']}　·　{iss['total_line']}"))
    L.append("大连市数字贸易协会秘书处　主办" + " " * 20 + "出刊：" + iss["date_line"])
    L.append("◆◇" * 18)
    L.append("【本 期 目 录】")
    # numbering of titled items
    num, k = {}, 0
    for it in iss["items"]:
        if it["title"]:
            num[id(it)] = NUM[k]; k += 1
    secs = sections(iss)
    left, right = [], []
    for i, (s, its) in enumerate(secs):
        col = left if i < 2 else right
        col.append(f"· {s}")
        for it in its:
            if it["title"]:
                col.append(f"  {num[id(it)]}{cut(it['title'], 14)}")
    n = max(len(left), len(right))
    left += [""] * (n - len(left)); right += [""] * (n - len(right))
    for a, b in zip(left, right):
        L.append(a + " " * max(2, 40 - width(a)) + b)
    L.append("◆◇" * 18)
    for s, its in secs:
        L.append("")
        L.append(center(f"▁▂▃▅▇　{s}　▇▅▃▂▁"))
        L.append("")
        for it in its:
            if it["title"]:
                L.append(f"{num[id(it)]} {it['title']}")
                L.append("")
            for b in it["body"]:
                if isinstance(b, tuple):
                    L.append("\t".join(b[1]))
                    for r in b[2]:
                        L.append("\t".join(r))
                else:
                    L.append("  " + b)
            if it["source"]:
                L.append(" " * 44 + "※ 本文摘编自" + it["source"])
            L.append("")
    L.append("◆◇" * 18)
    L.append("主送：各会员单位　　抄送：大连市商务局服务贸易处")
    L.append("本期责任编辑：周琳　　校对：马晓东　　（共印发120份）")
    txt = "\r\n".join(L) + "\r\n"
    with open(os.path.join(ROOT, iss["file"]), "wb") as f:
        f.write(b"\xff\xfe" + txt.encode("utf-16-le"))


if __name__ == "__main__":
    main()
