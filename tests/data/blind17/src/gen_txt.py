# -*- coding: utf-8 -*-
"""TXT (family 6): GBK bytes, CRLF, every paragraph HARD-WRAPPED at 40 full-width characters (80 columns, digits count half) mid-sentence (as
typed into a fixed-width internal mail/OA text box), paragraphs indented by two full-width spaces,
continuation lines not indented; banners `▓▓▓　数据月报　▓▓▓`; source as `（本条据X编发）` on
its own line; the issue date only at the foot (`…秘书处　2026年1月30日印发`)."""
import os
from common import ISSUES, ROOT, sections

iss = ISSUES["TXT"]
W = 40


def wrap(p, first="　　"):
    s, out, cur = first + p, [], ""
    for ch in s:  # 40 full-width characters = 80 display columns (GBK bytes)
        if len((cur + ch).encode("gbk")) > 2 * W:
            out.append(cur); cur = ""
        cur += ch
    return out + [cur]


L = ["数字贸易简报", f"{iss['issue_line']}（{iss['total_line']}）", "大连市数字贸易协会秘书处编", "",
     "本期要目："]
secs = sections(iss)
for i, (s, its) in enumerate(secs, 1):
    t = [it["title"] for it in its if it["title"]]
    L.append(f"　{i}.{s}" + (f"——{t[0]}" if t and s != "协会动态" else ""))
L.append("")
for s, its in secs:
    L += ["", f"▓▓▓　{s}　▓▓▓", ""]
    for it in its:
        if it["title"]:
            L.append("◎" + it["title"])
        for b in it["body"]:
            L += wrap(b)
        if it["source"]:
            L.append(f"（本条据{it['source']}编发）")
        L.append("")
L += ["", "----------------------------------------",
      f"大连市数字贸易协会秘书处　{iss['date_line']}印发", "（内部资料　注意保存）", ""]
text = "\r\n".join(L)
with open(os.path.join(ROOT, iss["file"]), "wb") as f:
    f.write(text.encode("gbk"))
