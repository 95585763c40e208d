# -*- coding: utf-8 -*-
"""2026-04-yuque.md: Markdown exported from an online editor (Yuque/Notion flavour): <font> colour tags,
the issue line, total and date on one line parted by ` · `, a `:::tips` block holding the contents as
anchor links, sections `## PART 01 数据月报`, stories `### NO.1｜title`, the source on a grey line right
under the title (before the story), a pipe table whose cells break with <br>, images with an
`图源：X` caption, an `:::info` callout around a profile, a `<details>` toggle in the closing notes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ALL

I = ALL[1]


def main():
    out = ["# 数字贸易简报", "",
           '<font style="color:rgb(140, 140, 140);">2026年第4期 · 总第48期 · 2026年4月30日 · 大连市数字贸易协会秘书处</font>', "",
           ":::tips", "**本期目录**", ""]
    sections = []
    for it in I["items"]:
        if it["section"] not in sections:
            sections.append(it["section"])
    for si, s in enumerate(sections, 1):
        out.append(f"+ [PART {si:02d} {s}](#PART{si:02d})")
    out += [":::", "", "---", ""]
    for si, s in enumerate(sections, 1):
        out += [f'## PART {si:02d} {s}', ""]
        n = 0
        for it in [x for x in I["items"] if x["section"] == s]:
            if s == "协会动态":
                out += [it["paras"][0], ""]
                continue
            if s == "会员风采":
                out += [f"### {it['title']}", "", ":::info"] + it["paras"] + [":::", ""]
                continue
            n += 1
            if s == "数据月报":
                out += [f"### {it['title']}", ""]
            else:
                out += [f"### NO.{n}｜{it['title']}", ""]
            if it["source"]:
                out += [f'<font style="color:#8C8C8C;">来源：{it["source"]}</font>', ""]
            for k, para in enumerate(it["paras"]):
                out += [para, ""]
                if s == "数据月报" and k == 0:
                    out += ["| 指标 | 2024年<br>（亿美元） | 同比<br>（%） |", "| :--- | ---: | ---: |",
                            "| 可数字化交付的<br>服务进出口 | 4067.2 | 5.4 |",
                            "| 电信、计算机和<br>信息服务贸易额 | 1404.4 | 8.9 |", ""]
                if s == "行业资讯" and n == 1 and k == 0:
                    out += ["![](https://cdn.nlark.com/yuque/0/2026/jpeg/2188841/1742011203655-5d7f1c0a.jpeg)", "",
                            '<font style="color:#8C8C8C;">图源：新华社</font>', ""]
    out += ["---", "", "<details class=\"lake-collapse\"><summary>编后语</summary>",
            "本刊为内部交流资料，欢迎会员单位投稿。", "</details>", ""]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
    open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main()
