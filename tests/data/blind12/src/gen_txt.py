# -*- coding: utf-8 -*-
"""A: plain text, GB18030, LF, hard-wrapped at 38 characters, banners ≡≡❖ X ❖≡≡,
contents in two columns on one line, titles numbered Ⅰ．Ⅱ．…, sources right-aligned
〔采自 X〕 on their own line."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES

OUT = os.path.join(os.path.dirname(__file__), "..")
W = 38
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(par, indent="　　"):
    s = indent + par
    lines, cur = [], ""
    for ch in s:
        if width(cur + ch) > W * 2:
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return lines


def center(s, w=W * 2):
    pad = max(0, (w - width(s)) // 2)
    return " " * pad + s


def right(s, w=W * 2):
    return " " * max(0, w - width(s)) + s


def pad(s, w):
    return s + "　" * max(0, (w - width(s)) // 2) + (" " if (w - width(s)) % 2 else "")


def main():
    iss = ISSUES["A"]
    L = []
    L.append(center("数字贸易简报"))
    L.append(center("（内部资料　注意保存）"))
    L.append("")
    L.append("大连市数字贸易协会秘书处编印" + "　" * 6 + iss["issue_line"] + "（" + iss["total_line"] + "）")
    L.append(right(iss["date_line"]))
    L.append("≡" * W)
    # contents: two columns on one line
    secs = []
    for it in iss["items"]:
        if it["section"] not in [s for s, _ in secs]:
            secs.append((it["section"], []))
        for s, lst in secs:
            if s == it["section"] and it["title"]:
                lst.append(it["title"])
    entries = []
    for s, lst in secs:
        if lst:
            t = lst[0] if len(lst[0]) <= 13 else lst[0][:12] + "…"
            entries.append(f"〔{s}〕{t}")
        else:
            entries.append(f"〔{s}〕理事会·专题沙龙·会员年报")
    L.append("【本期要目】")
    half = (len(entries) + 1) // 2
    for i in range(half):
        left = entries[i]
        rgt = entries[i + half] if i + half < len(entries) else ""
        L.append(pad(left, 40) + "┆ " + rgt)
    L.append("≡" * W)
    L.append("")
    n = 0
    cur = None
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            L.append("")
            L.append(center("≡≡≡ ❖ " + cur + " ❖ ≡≡≡"))
            L.append("")
        if it["title"]:
            L.append(ROMAN[n] + "．" + it["title"])
            n += 1
        for b in it["body"]:
            if isinstance(b, tuple):
                head, rows = b[1], b[2]
                ws = [max(width(r[j]) for r in [head] + rows) + 2 for j in range(len(head))]
                L.append("")
                L.append("　　" + "".join(pad(h, ws[j]) for j, h in enumerate(head)).rstrip())
                L.append("　　" + "－" * (sum(ws) // 2))
                for r in rows:
                    L.append("　　" + "".join(pad(c, ws[j]) for j, c in enumerate(r)).rstrip())
                L.append("")
            else:
                L += wrap(b)
        if it["source"]:
            L.append(right("〔采自 " + it["source"] + "〕"))
        L.append("")
    L.append("－" * W)
    L.append("送：市商务局、市工业和信息化局，各理事单位　　　　（共印80份）")
    L.append("编辑：孟雅楠　　校对：周晓川　　签发：韩立新")
    data = "\n".join(L) + "\n"
    with open(os.path.join(OUT, iss["file"]), "wb") as f:
        f.write(data.encode("gb18030"))


if __name__ == "__main__":
    main()
