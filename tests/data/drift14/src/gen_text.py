# -*- coding: utf-8 -*-
"""The text and Markdown issues of drift14 (family 6): banners, sources, separators, mastheads in
forms no earlier set used."""
import os
from common import OUT, story, write_expected, table_lines


def paras_txt(it, indent="　　"):
    out = []
    for p in it["paras"]:
        out.extend(table_lines(p["table"]) if isinstance(p, dict) else [indent + p])
    return out


def d01():
    """Spaced-out banner between wave rules, `***` separators, `（本刊综合整理自X）`, no year on the issue
    line, the date in Chinese numerals, a section with a single item."""
    name = "d14-01-spaced.txt"
    items = [("行业资讯", story("trade2025")), ("行业资讯", story("ecom")), ("行业资讯", story("models")),
             ("会员风采", story("yida")), ("协会动态", story("visit")), ("协会动态", story("council"))]
    L = ["数字贸易简报", "第5期（总第41期）", "大连市数字贸易协会秘书处　　　　二〇二六年五月三十一日", ""]
    last = None
    for sec, it in items:
        if sec != last:
            L += ["～～～～～～～～～～～～～～～～～～～～", "　　" + " ".join(sec), "～～～～～～～～～～～～～～～～～～～～", ""]
        elif sec != "协会动态":
            L += ["***", ""]
        if it["title"]:
            L += [it["title"], ""]
        L += paras_txt(it)
        if it["source"]:
            L += ["（本刊综合整理自%s）" % it["source"]]
        L += [""]
        last = sec
    L += ["（本期完）"]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(L) + "\n")
    write_expected(name, {"year": 2026, "number": 5, "total": 41, "date": "2026-05-31"}, items)


def d02():
    """Markdown: banners in English and Chinese, a contents list with dot leaders and page numbers,
    sources `【来源：X 记者 Y】`, a title with its subtitle after ——."""
    name = "d14-02-bilingual.md"
    items = [("行业资讯", story("ecom")), ("行业资讯", story("genai")),
             ("行业资讯", story("aicore", title="2025年我国人工智能核心产业规模有望突破1.2万亿元——智能体成为大模型落地主要形式")),
             ("会员风采", story("neusoft")), ("协会动态", story("customs"))]
    rep = {"ecom": "海涵", "genai": "魏有德", "aicore": "黄燕明"}
    L = ["# 数字贸易简报", "", "**2026年第6期 · 总第42期**　　大连市数字贸易协会　　2026年6月30日", "",
         "**目　录**", "", "行业资讯 ………………………………………… 1  ", "会员风采 ………………………………………… 3  ",
         "协会动态 ………………………………………… 4", "", "---", ""]
    eng = {"行业资讯": "INDUSTRY NEWS", "会员风采": "MEMBER SPOTLIGHT", "协会动态": "ASSOCIATION NEWS"}
    last = None
    keys = ["ecom", "genai", "aicore", None, None]
    for (sec, it), k in zip(items, keys):
        if sec != last:
            L += ["## %s｜%s" % (eng[sec], sec), ""]
        if it["title"]:
            L += ["### " + it["title"], ""]
        for p in it["paras"]:
            L += [p, ""]
        if it["source"]:
            L += ["【来源：%s 记者 %s】" % (it["source"], rep[k]), ""]
        last = sec
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(L))
    write_expected(name, {"year": 2026, "number": 6, "total": 42, "date": "2026-06-30"}, items)


def d03():
    """Sections numbered `一、X` like headings, an editor's note before a section, the source as the first
    line under the title, two outlets, the date only at the end of the file."""
    name = "d14-03-numbered.txt"
    items = [("数据月报", story("DATA")), ("行业资讯", story("fx")),
             ("行业资讯", story("aicore", source="央视新闻、经济参考报")), ("行业资讯", story("ecom")),
             ("会员风采", story("yida")), ("协会动态", story("customs")), ("协会动态", story("council"))]
    L = ["　　　　　　数字贸易简报", "", "　　　　　2026年第3期", "　　　　　　总第39期", "", "—" * 24, ""]
    nums = "一二三四"
    last, n = None, 0
    for sec, it in items:
        if sec != last:
            L += ["%s、%s" % (nums[n], sec), ""]
            n += 1
            if sec == "行业资讯":
                L += ["编者按：一季度将尽，本期集中刊发外贸和人工智能产业的几则最新数据，供会员单位参阅。", ""]
        if it["title"]:
            L += ["　　" + it["title"]]
            if it["source"]:
                L += ["　　　　来源：" + it["source"]]
            L += [""]
        L += [("　　" + p if isinstance(p, str) else "\n".join(table_lines(p["table"]))) for p in it["paras"]] + [""]
        last = sec
    L += ["", "　　　　　　　　　　　　　　大连市数字贸易协会秘书处", "　　　　　　　　　　　　　　　　2026年3月31日"]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(L) + "\n")
    write_expected(name, {"year": 2026, "number": 3, "total": 39, "date": "2026-03-31"}, items)


def d10():
    """Markdown with the contents in two columns (a table), titles with list numbers `1)` and `(2)`,
    banners `◇ 行 业 资 讯 ◇` as bold paragraphs, `* * *` between stories, `转载自` sources."""
    name = "d14-10-toc2col.md"
    items = [("行业资讯", story("digsvc")), ("行业资讯", story("fx")), ("会员风采", story("neusoft")),
             ("会员风采", story("yida")), ("协会动态", story("council"))]
    L = ["**数字贸易简报**", "", "2026年第4期（总第40期）", "", "大连市数字贸易协会 编　2026-04-30", "",
         "| 本期要目 | |", "|---|---|", "| 行业资讯 | 会员风采 |",
         "| 1) 可数字化交付的服务贸易快速增长 | 1) 东软集团股份有限公司 |",
         "| 2) 1月货物和服务贸易进出口4.66万亿元 | 2) 亿达中国：打造大连软件园数字创新示范园区 |", ""]
    last, k = None, 0
    for sec, it in items:
        if sec != last:
            L += ["**◇ %s ◇**" % " ".join(sec), ""]
            k = 0
        elif sec != "协会动态":
            L += ["* * *", ""]
        k += 1
        if it["title"]:
            L += [("%d) " if k == 1 else "(%d) ") % k + it["title"], ""]
        for p in it["paras"]:
            L += [p, ""]
        if it["source"]:
            L += ["转载自：" + it["source"], ""]
        last = sec
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(L))
    write_expected(name, {"year": 2026, "number": 4, "total": 40, "date": "2026-04-30"}, items)


def d12():
    """GBK text with CRLF: banners `【行业资讯 · Industry】`, titles numbered `①`, sources `来源：X（网址）`
    with the URL, the colophon as a ruled two-row table at the end (主送 / 编辑 rows)."""
    name = "d14-12-colophon.txt"
    urls = {"trade2025": "https://www.qhrb.com.cn/", "fx": "http://www.news.cn/"}
    items = [("行业资讯", story("trade2025")), ("行业资讯", story("fx")), ("会员风采", story("neusoft")),
             ("协会动态", story("visit")), ("协会动态", story("council"))]
    L = ["数字贸易简报（2026年第5期）", "总第41期　　　　　　　　　　　　　　2026.05.31", "=" * 40, ""]
    last, k = None, 0
    eng = {"行业资讯": "Industry", "会员风采": "Members", "协会动态": "Association"}
    for sec, it in items:
        if sec != last:
            L += ["【%s · %s】" % (sec, eng[sec]), ""]
            k = 0
        k += 1
        if it["title"]:
            L += ["①②③"[k - 1] + " " + it["title"], ""]
        L += ["　　" + p for p in it["paras"]]
        if it["source"]:
            L += ["　　来源：%s（%s）" % (it["source"], urls[[x for x in urls if x in ("trade2025", "fx")][k - 1]])]
        L += [""]
        last = sec
    L += ["+--------+----------------------------------+", "| 主　送 | 各会员单位　　　　　　　　　　　 |",
          "+--------+----------------------------------+", "| 编　辑 | 协会秘书处　　审核：刘洋　　　　 |",
          "+--------+----------------------------------+"]
    open(os.path.join(OUT, name), "wb").write("\r\n".join(L).encode("gb18030") + b"\r\n")
    write_expected(name, {"year": 2026, "number": 5, "total": 41, "date": "2026-05-31"}, items)


if __name__ == "__main__":
    for f in (d01, d02, d03, d10, d12):
        f()
