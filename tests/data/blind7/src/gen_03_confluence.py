# -*- coding: utf-8 -*-
"""03: the issue kept on the association's Confluence wiki and exported as raw wiki markup
(h1./h2./h3. headings, {panel}, {toc}, ||header|| tables, bq./{quote}/??citation?? sources)."""
import os
from common import *

iss = BY_KEY["03"]
L = []
L.append("{info:title=页面信息}最后更新：王晓琳，2025-03-31 17:26 ｜ 版本 v.7 ｜ 空间：协会秘书处 / 简报{info}")
L.append("")
L.append("h1. 数字贸易简报")
L.append("")
L.append("{panel:title=刊期|borderStyle=dashed|borderColor=#ccc|titleBGColor=#f7d6c1}")
L.append("*2025年第3期*　（总第35期）")
L.append("大连市数字贸易协会秘书处 编　｜　2025年3月31日")
L.append("{panel}")
L.append("")
L.append("{toc:maxLevel=3|minLevel=2|type=list|printable=false}")
L.append("")
L.append("----")
src_styles = ["bq. 来源：{}", "{{quote}}来源：{}{{quote}}", "—— ??{}??"]
n = 0
for sec, its in sections(iss):
    L.append("")
    L.append(f"h2. {sec}")
    L.append("")
    for it in its:
        if it["title"]:
            L.append(f"h3. {it['title']}")
            L.append("")
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                L.append("||" + "||".join(rows[0]) + "||")
                for r in rows[1:]:
                    L.append("|" + "|".join(r) + "|")
                L.append("")
            else:
                L.append(p)
                L.append("")
        if it["source"]:
            L.append(src_styles[n % 3].format(it["source"]))
            n += 1
            L.append("")
L.append("----")
L.append("{color:#999999}本页面内容仅供协会会员内部参考。如需引用请联系秘书处。{color}")
L.append("")
L.append("{children:sort=creation|reverse=true}")
path = os.path.join(OUT, FILES["03"])
open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")
print("wrote", path)
