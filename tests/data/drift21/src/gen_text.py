# -*- coding: utf-8 -*-
"""drift21 text files: 03 Markdown with YAML front matter and HTML inside (a centred masthead, a right-aligned source
<p align="right">, a contents table), banners 〖X〗, a source after a dash ending the body; 04 a text file in UTF-8
with a BOM and old-Mac CR-only line ends, banners ▌X, contents as a ruled text table, titles numbered, sources in
square brackets right-aligned by spaces and `（X供稿）` on its own line."""
import os
from common import story, write_expected, issue, OUT, MAST, PUB, cn_date


def d03():
    name = "w21-03-frontmatter.md"
    iss = issue(2026, 2, 46, "2026-02-28")
    plan = [("行业资讯", story("ces")), ("行业资讯", story("nvidia")), ("会员风采", story("p_xinghe")),
            ("协会动态", story("a1")), ("协会动态", story("a2"))]
    L = ["---", 'title: "数字贸易简报 2026年第2期"', "date: 2026-02-28T10:00:00+08:00", "lastmod: 2026-03-02T09:15:00+08:00",
         "issue: 2", "total: 46", "draft: false", "author: 秘书处", "tags: [简报, 机器人, CES]", "categories: [协会简报]",
         'cover: "/img/brief-46.png"', "---", "",
         '<center><font size="6"><b>%s</b></font></center>' % MAST, "",
         '<center>2026年第2期　（总第46期）</center>', "",
         '<center>%s　　%s</center>' % (PUB, cn_date(iss["date"])), "", "<hr>", "",
         "**本期目录**", "", "| 栏目 | 标题 |", "| :--- | :--- |"]
    for sec, it in plan:
        if it["title"]:
            L.append("| %s | %s |" % (sec, it["title"]))
    L += ["", "<hr>", ""]
    cur = None
    for sec, it in plan:
        if sec != cur:
            cur = sec
            L += ["〖%s〗" % sec, ""]
        if it["title"]:
            L += ["### " + it["title"], ""]
        paras = list(it["paras"])
        if it["source"] and it["title"].startswith("英伟达"):
            paras[-1] += "——" + it["source"]
        for p in paras:
            L += [p, ""]
        if it["source"] and it["title"].startswith("CES"):
            L += ['<p align="right">信息来源：%s</p>' % it["source"], ""]
    L += ["<hr>", "", '<center><small>本简报仅供会员内部交流</small></center>', ""]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    write_expected(name, iss, plan)


def d04():
    name = "w21-04-bom-cr.txt"
    iss = issue(2026, 4, 48, "2026-04-30")
    plan = [("行业资讯", story("awe")), ("行业资讯", story("gala")), ("会员风采", story("p_haigang")),
            ("协会动态", story("a3")), ("协会动态", story("a4"))]
    L = ["　　　　　　　　%s" % MAST, "　　　　　　2026年第4期　总第48期", "%s　　　　　　　　%s" % (PUB, cn_date(iss["date"])),
         "=" * 40, "本期要目", "+----------+----------------------------------+",
         "| 栏目     | 标题                             |", "+----------+----------------------------------+"]
    for sec, it in plan:
        if it["title"]:
            L.append("| %s | %s |" % (sec, it["title"]))
    L += ["+----------+----------------------------------+", ""]
    cur = None
    k = 0
    for sec, it in plan:
        if sec != cur:
            cur = sec
            k = 0
            L += ["", "▌" + sec, ""]
        if it["title"]:
            k += 1
            L += ["%d. %s" % (k, it["title"])]
        for p in it["paras"]:
            L.append("　　" + p)
        if it["source"] == "封面新闻":
            L.append(" " * 36 + "[稿源：%s]" % it["source"])
        elif it["source"]:
            L.append("（%s供稿）" % it["source"])
        L.append("")
    L += ["=" * 40, "报：市商务局、市数据局　　送：各会员单位", "（共印50份）"]
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(b"\xef\xbb\xbf" + "\r".join(L).encode("utf-8"))
    write_expected(name, iss, plan)


if __name__ == "__main__":
    d03(); d04()
