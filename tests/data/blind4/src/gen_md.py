# -*- coding: utf-8 -*-
"""2025-02.md: Markdown with setext headings (=== / ---), sources as footnotes [^n] collected at
the end of the file (some stories keep an inline source line), data table as raw HTML <table>."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I02 as I, plain
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])

L = ["数字贸易简报", "============", "",
     "2025年第2期 · 总第34期  ", "大连市数字贸易协会 编 · 2025年2月28日", "",
     "> **本期要目**：" + "；".join(it["title"] for it in I["items"] if it["title"]) + "；协会动态", "",
     "* * *", ""]
sec = None
notes = []
for it in I["items"]:
    if it["section"] != sec:
        sec = it["section"]
        L += [sec, "-" * (len(sec) * 2), ""]
    if it["title"]:
        L += ["**%s**" % it["title"], ""]
    n = len(it["paras"])
    for k, p in enumerate(it["paras"]):
        txt = plain(p)
        if k == n - 1 and it.get("fn"):
            txt += "[^%d]" % it["fn"]
            notes.append("[^%d]: 来源：%s" % (it["fn"], it["source"]))
        L += [txt, ""]
        t = it.get("table")
        if t and t["after"] == k:
            L.append('<table>')
            L.append('  <caption>%s</caption>' % t["caption"])
            L.append('  <tr>' + "".join("<th>%s</th>" % c for c in t["head"]) + '</tr>')
            for r in t["rows"]:
                L.append('  <tr>' + "".join('<td align="right">%s</td>' % c if i else "<td>%s</td>" % c
                                           for i, c in enumerate(r)) + '</tr>')
            L += ['</table>', ""]
    if it["source"] and not it.get("fn"):
        L += ["来源：%s" % it["source"], ""]
L += ["* * *", "", "<small>本简报由协会秘书处编辑，仅供会员单位内部参考。</small>", ""]
L += notes + [""]
open(OUT, "w", encoding="utf-8").write("\n".join(L))
print("wrote", OUT)
