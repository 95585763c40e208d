# -*- coding: utf-8 -*-
"""2025年第1期 as a plain-text file (family 6): block-gradient banners, a two-column one-line
contents parted by '║', titles numbered section-item '[2-1]', sources '——选自：X' right-aligned."""
from common import *
iss = issue("A")
W = 36  # full-width columns
def cw(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)
def right(s):
    return " " * max(0, 72 - cw(s)) + s
def pad(s, n):
    return s + " " * max(0, n - cw(s))
L = []
L.append(" " * 26 + "数字贸易简报")
L.append(" " * 22 + "2025年第1期（总第33期）")
L.append("大连市数字贸易协会秘书处编" + " " * 30 + "2025年1月31日")
L.append("=" * 72)
L.append("本期目录")
secs = sections(iss)
left = ["一、数据月报", "　　" + secs[0][1][0]["title"], "二、行业资讯", "　　" + secs[1][1][0]["title"]]
rightc = ["三、会员风采", "　　" + secs[2][1][0]["title"], "四、协会动态", "　　秘书处工作两则"]
for a, b in zip(left, rightc):
    L.append(pad(a, 42) + "║  " + b)
L.append("=" * 72)
L.append("")
for si, (sec, its) in enumerate(secs, 1):
    L.append("▓▒░　" + sec + "　░▒▓")
    L.append("")
    for ii, it in enumerate(its, 1):
        if it["title"]:
            L.append("[%d-%d] %s" % (si, ii, it["title"]))
            L.append("")
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                widths = [max(cw(r[c]) for r in rows) + 4 for c in range(len(rows[0]))]
                for r in rows:
                    L.append("    " + "".join(pad(c, widths[k]) for k, c in enumerate(r)).rstrip())
            else:
                L.append("　　" + p)
        if it["source"]:
            L.append(right("——选自：" + it["source"]))
        L.append("")
L.append("-" * 72)
L.append("送：协会会员单位　　　　　　　　　　　　　　　　（共印60份）")
open(out("A"), "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")
print("wrote", out("A"))
