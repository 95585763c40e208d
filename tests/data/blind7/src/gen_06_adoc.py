# -*- coding: utf-8 -*-
"""06: the issue written in AsciiDoc (an editor keeping the briefing in a git repo and building it
with Asciidoctor), saved as .adoc.txt: document header with author line and revision line
(v3.1, 2025-06-27 — not the issue date), attributes, `[.lead]` issue line, `==` sections,
`===` titles, `.caption` + `[cols…]` + `|===` table, sources as `[.text-right]` + `_来源：X_`,
`[.source]#来源：X#` roles and an attribution line, `//` editor comments (furniture), `'''` breaks."""
import os
from common import *

iss = BY_KEY["06"]
L = ["= 数字贸易简报：2025年第6期（总第38期）",
     "大连市数字贸易协会秘书处 <mishuchu@dldta.org.cn>",
     "v3.1, 2025-06-27: 终审稿（第三次校对后）",
     ":doctype: article",
     ":lang: zh-CN",
     ":toc: left",
     ":toc-title: 本期目录",
     ":toclevels: 2",
     ":sectanchors:",
     ":icons: font",
     ":revremark: 终审稿",
     "",
     "// 6月27日 王：数据月报的海关数字已按6月9日发布稿核对；大连银行稿件已经对方确认。",
     "// TODO 付印前删除所有注释行",
     "",
     "[.lead]",
     "大连市数字贸易协会秘书处编　　2025年6月30日",
     ""]
src_style = 0
for sec, its in sections(iss):
    L += ["'''", "", f"== {sec}", ""]
    for it in its:
        if it["title"]:
            L += [f"=== {it['title']}", ""]
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                L += [".2025年1—5月家居建材类商品出口", '[cols="3,2,2",options="header",frame=topbot,grid=rows]', "|==="]
                L.append(" ".join("|" + c for c in rows[0]))
                L.append("")
                for r in rows[1:]:
                    L.append(" ".join("|" + c for c in r))
                L += ["|===", ""]
            else:
                L += [p, ""]
        if it["source"]:
            s = it["source"]
            if src_style % 3 == 0:
                L += ["[.text-right]", f"_来源：{s}_", ""]
            elif src_style % 3 == 1:
                L += [f"[.source]#来源：{s}#", ""]
            else:
                L += ["[.text-right]", f"—— 来源：{s}", ""]
            src_style += 1
        if it["section"] == "会员风采":
            L += ["// 图片待补：大连银行营业部外景（对方6月26日提供）", "// image::dlbank.jpg[大连银行,480]", ""]
L += ["'''", "", "[.text-center]", "（本期完）", "",
      "[NOTE]", "====", "本简报为协会内部交流资料，由秘书处根据公开报道和官方发布数据摘编。", "===="]
path = os.path.join(OUT, FILES["06"])
open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")
print("wrote", path)
