# -*- coding: utf-8 -*-
"""2026 第1期 -> plain text as pasted into the member group (family 6)."""
from common import *
iss = issue("01")
NUM = "❶❷❸❹❺"
W = 40  # full-width columns
def right(s):
    return "　" * max(0, W - len(s)) + s
L = []
L += ["", "　　　　　　　　《数字贸易简报》", "", "　　　　　　　2026年第1期（总第45期）", "",
      "大连市数字贸易协会秘书处编　　　　　　　　2026年1月31日", "＝" * W, "", "本期目录", ""]
secs = sections(iss)
left = []; rightc = []
for sec, items in secs:
    col = left if sec in ("数据月报", "会员风采", "协会动态") else rightc
    col.append("◉" + sec)
    for it in items:
        if it["title"]:
            col.append("　" + it["title"])
n = max(len(left), len(rightc))
left += [""] * (n - len(left)); rightc += [""] * (n - len(rightc))
for a, b in zip(left, rightc):
    L.append(a + "　" * max(1, 24 - len(a)) + "┆　" + b)
L += ["", "＝" * W, ""]
src_form = 0
for sec, items in secs:
    L += ["", "◤ " + sec + " ◢", ""]
    k = 0
    for it in items:
        paras = list(it["paras"])
        if it["title"]:
            if sec == "行业资讯":
                L.append(NUM[k] + " " + it["title"]); k += 1
            elif sec == "会员风采":
                L.append("甲、" + it["title"])
            else:
                L.append(it["title"])
            L.append("")
        for pi, p in enumerate(paras):
            last = pi == len(paras) - 1
            if isinstance(p, dict):
                rows = p["table"]
                widths = [max(len(r[c]) for r in rows) + 2 for c in range(len(rows[0]))]
                for r in rows:
                    L.append("　　" + "".join(c + "　" * (widths[i] - len(c)) if i == 0 else c.rjust(10) for i, c in enumerate(r)).rstrip())
                continue
            txt = "　　" + p
            if last and it["source"] and sec == "行业资讯" and k == 2:
                txt += "【稿源：%s】" % it["source"]
            L.append(txt)
        if it["source"] and not (sec == "行业资讯" and k == 2):
            if sec == "行业资讯" and k == 3:
                L.append(right("出处 > " + it["source"]))
            else:
                L.append(right("出处：" + it["source"]))
        L.append("")
L += ["", "（完）", "", "—" * 20, "本简报供会员单位内部交流，转发请注明出处。"]
open(out("01"), "w", encoding="utf-8").write("\n".join(L) + "\n")
