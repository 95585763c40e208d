# -*- coding: utf-8 -*-
"""TXT (family 6): plain text in UTF-16 BIG-ENDIAN with BOM (FE FF), LF line ends.
Masthead centred by spaces, contents in two columns on one line parted by `┊`, banners
`◢■■■　数据月报　■■■◣`, titles numbered `⒈ ⒉ ⒊` across the issue, source line `据X整理`
right-aligned by full-width spaces, data table aligned by spaces, own section 数据要素."""
import os
from common import ISSUES, ROOT, sections

iss = ISSUES["TXT"]
L = []
L += ["", "　　　　　　　　　◆ 数 字 贸 易 简 报 ◆", "　　　　　　　（大连市数字贸易协会　会员参阅）",
      f"　　　　　{iss['issue_line']}　　　　　　　　　　{iss['total_line']}",
      f"　协会秘书处编　　　　　　　　　　　　　　{iss['date_line']}",
      "╭────────────────────────────────────────╮", "　本期目录"]
secs = sections(iss)
left = [s for s in secs[:3]]
right = [s for s in secs[3:]]
def cell(sec):
    s, its = sec
    t = [it["title"] for it in its if it["title"]]
    txt = f"·{s}　{t[0][:11]}…" if t else f"·{s}"
    return txt
for i in range(max(len(left), len(right))):
    a = cell(left[i]) if i < len(left) else ""
    b = cell(right[i]) if i < len(right) else ""
    pad = "　" * max(1, 20 - len(a))
    L.append(f"　{a}{pad}┊　{b}")
L += ["╰────────────────────────────────────────╯", ""]
n = 0
for s, its in secs:
    L += ["", f"　　　◢■■■　{s}　■■■◣", ""]
    for it in its:
        if it["title"]:
            n += 1
            L.append(chr(0x2487 + n) + " " + it["title"])
        for b in it["body"]:
            if isinstance(b, tuple):
                w = [16, 14, 12]
                rows = [b[1]] + b[2]
                for r in rows:
                    line = "  "
                    for j, c in enumerate(r):
                        line += c + " " * max(2, w[j] - len(c.encode("gbk")) // 1)
                    L.append(line.rstrip())
            else:
                L.append("　　" + b)
        if it["source"]:
            L.append("　" * 22 + f"据{it['source']}整理")
        L.append("")
L += ["────────────────────────────────────────",
      "抄报：大连市商务局　　分送：各会员单位　　（共印70份）", ""]
text = "\n".join(L)
with open(os.path.join(ROOT, iss["file"]), "wb") as f:
    f.write(b"\xfe\xff" + text.encode("utf-16-be"))
