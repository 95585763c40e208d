# -*- coding: utf-8 -*-
"""2025-07.txt: GB18030, CRLF, ◆ banners, two-column table of contents,
sources as `——来源：X` on their own line or `【来源】X`."""
from pathlib import Path
from content import ISSUES, toc

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "2025-07.txt"
FW = "\u3000"  # full-width space

BANNERS = {"数据月报": "◆数据月报◆", "行业资讯": "◆ 行业资讯 ◆",
           "会员风采": "◆" + FW + "会员风采" + FW + "◆", "协会动态": "◆协会动态◆"}


def width(s):
    return sum(2 if ord(c) > 0x2e7f else 1 for c in s)


def pad(s, w):
    # pad with full-width spaces to display width w (at least 4 columns of gap)
    n = max(2, (w - width(s) + 1) // 2)
    return s + FW * n


def two_column_toc(issue):
    t = dict(toc(issue))
    left = []
    for sec in ["数据月报", "会员风采", "协会动态"]:
        left.append(sec)
        left.extend(t.get(sec, []))
    right = ["行业资讯"] + t["行业资讯"]
    colw = max(width(s) for s in left) + 8
    lines = []
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        lines.append((pad(l, colw) + r).rstrip(FW + " "))
    return lines


def build():
    iss = ISSUES["2025-07"]
    L = []
    L += ["", iss["header"][0], "", iss["header"][1], iss["header"][2], "", iss["header"][3], iss["header"][4], ""]
    L += ["本期目录", ""]
    L += two_column_toc(iss)
    L += ["", "━" * 24, ""]
    cur = None
    for it in iss["items"]:
        if it["section"] != cur:
            cur = it["section"]
            L += ["", BANNERS[cur], ""]
        if it["title"] and it["section"] != "数据月报":
            L += [it["title"], ""]
        for p in it["paras"]:
            L += [FW * 2 + p, ""]
        if it["source"]:
            if it.get("source_style") == "bracket":
                L += ["【来源】" + it["source"], ""]
            else:
                L += ["——来源：" + it["source"], ""]
    L += ["", "━" * 24, "（本刊内部交流，请勿外传）", ""]
    text = "\r\n".join(L)
    OUT.write_bytes(text.encode("gb18030"))
    return text


if __name__ == "__main__":
    t = build()
    print(t[:1500])
