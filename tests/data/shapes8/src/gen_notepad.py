# -*- coding: utf-8 -*-
"""2026-06-notepad.txt: text saved by Windows Notepad in the ANSI code page (GBK), CRLF: a title line
that carries the issue (`数字贸易简报（2026年第6期 总第50期）`), a contents list with leader dots and
page numbers, sections `一、数据月报`, the outlet in brackets at the end of each story's title line
(`标题（经济日报）`), a Xinhua dateline opening one story, a section continued after a profile
(`行业资讯（续）`), a table set as columns aligned with spaces (no rules, no pipes)."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ALL

I = ALL[3]
CN = "一二三四五六七八九"


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w):
    return s + " " * (w - width(s))


def leader(text, page, indent=0):
    dots = "…" * max(3, (40 - width(text) - indent) // 2)
    return " " * indent + f"{text}{dots}{page}"


def main():
    out = ["数字贸易简报（2026年第6期 总第50期）", "大连市数字贸易协会秘书处编印    2026年6月30日", "",
           "目  录", leader("一、数据月报", 1), leader("数字贸易主要数据", 1, 4), leader("二、行业资讯", 1),
           leader("李乐成：推动人工智能和制造业“双向奔赴”", 1, 4), leader("八部门印发《“人工智能+制造”专项行动实施意见》", 2, 4),
           leader("义乌跨境电商进口清单首次突破1亿单", 3, 4), leader("“数据要素×”三年行动计划实施满两周年", 3, 4),
           leader("三、会员风采", 2), leader("四、协会动态", 3), ""]
    order = ["数据月报", "行业资讯", "会员风采", "行业资讯（续）", "协会动态"]
    num = {"数据月报": "一、", "行业资讯": "二、", "会员风采": "三、", "协会动态": "四、"}
    groups = {"数据月报": I["items"][0:1], "行业资讯": I["items"][1:3], "会员风采": I["items"][3:4],
              "行业资讯（续）": I["items"][4:6], "协会动态": I["items"][6:8]}
    for s in order:
        out += [num.get(s, "") + s, ""]
        for it in groups[s]:
            if s == "数据月报":
                out.append(it["title"])
            elif it["title"]:
                out.append(f"{it['title']}（{it['source']}）" if it["source"] else it["title"])
            for k, para in enumerate(it["paras"]):
                if it["source"] == "新华社" and k == 0:
                    para = "新华社北京3月5日电（记者周圆　张晓洁）" + para
                out.append("    " + para)
                if s == "数据月报" and k == 0:
                    rows = [("指标", "金额", "同比增长"), ("可数字化交付的服务进出口", "4067.2亿美元", "5.4%"),
                            ("电信、计算机和信息服务贸易额", "1404.4亿美元", "8.9%")]
                    out.append("")
                    for r in rows:
                        out.append("    " + pad(r[0], 32) + pad(r[1], 16) + r[2])
                    out.append("")
            if s == "数据月报":
                out.append("    （数据来源：经济日报）")
            out.append("")
    text = "\r\n".join(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
    open(path, "wb").write(text.encode("gbk"))


if __name__ == "__main__":
    main()
