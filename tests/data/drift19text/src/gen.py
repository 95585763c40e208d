# -*- coding: utf-8 -*-
"""The six text and Markdown issues of drift19text, and their annotations cut from the same hand-written text.

Run from this folder with a Python that has opencc (the project's .venv): `../../../../.venv/bin/python gen.py`.
Each issue carries conventions the others (and no earlier set's README) have: encodings, banners, sources, title
numbers, contents, end marks. See ../README.md for the table."""
import copy, json, os, re

import opencc

from stories import S, A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"[\s\u3000]+")
_HK = opencc.OpenCC("s2t")


def it(key, **over):
    base = copy.deepcopy(A[key] if key in A else S[key])
    base.setdefault("title", None)
    base.setdefault("source", None)
    base.update(over)
    return base


def body_text(item):
    out = []
    for p in item["paras"]:
        if isinstance(p, dict):
            out.extend(c for r in (p.get("table") or p.get("md")) for c in r)
        else:
            out.append(p)
    return WS.sub("", "".join(out))


def write(name, issue, items, data, encoding="utf-8", newline="\n", convert=None):
    """Write the issue text and its annotation. `convert` maps printed text (titles, bodies, sources, orgs) when the
    copy is printed in another script; section names stay the briefing's own (simplified) names."""
    text = "\n".join(data) + "\n"
    raw = text.replace("\n", newline).encode(encoding)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(raw)
    conv = convert or (lambda s: s)
    exp = {"file": name, "issue": issue, "items": [], "figures": []}
    for sec, item in items:
        b = conv(body_text(item))
        exp["items"].append({"section": sec, "title": item["title"] and conv(item["title"]),
                             "source": item["source"] and conv(item["source"]), "date": item["date"],
                             "orgs": [conv(o) for o in item["orgs"]], "body_start": b[:12], "body_end": b[-12:]})
        exp["figures"].extend(item.get("figures", []))
    with open(os.path.join(OUT, os.path.splitext(name)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


def plain(item, indent="　　"):
    out = []
    for p in item["paras"]:
        if isinstance(p, dict):
            out.extend(text_table(p.get("table") or p.get("md")))
        else:
            out.append(indent + p)
    return out


def text_table(rows):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["　　" + "  ".join(c.ljust(w[i] + 2) for i, c in enumerate(r)).rstrip() for r in rows]


def md_paras(item):
    out = []
    for p in item["paras"]:
        if isinstance(p, dict):
            rows = p.get("md") or p.get("table")
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        else:
            out.append(p)
        out.append("")
    return out


CN = "一二三四五六七八九十"


def t01():
    """UTF-16 (little-endian, with BOM), CRLF. Contents in two columns with leader dots (section … page);
    banners `〖X〗`; titles numbered `一）` per section; sources `出处：X` on their own line, one story's source only as
    `据X消息，` opening its first sentence; 协会动态 as a list with `▸` bullets; end mark `—全文完—`."""
    name = "t19-01-utf16.txt"
    items = [("数据月报", it("ei_2m")), ("行业资讯", it("xining")), ("行业资讯", it("hmpc")),
             ("会员风采", it("xhx")), ("协会动态", it("a1a")), ("协会动态", it("a1b")), ("协会动态", it("a1c"))]
    L = ["　　　　　　数字贸易简报", "", "　　　　2025年第3期（总第35期）", "大连市数字贸易协会秘书处编　　　　　2025年3月31日",
         "━━━━━━━━━━━━━━━━━━━━━━━━", "本期要目",
         "数据月报……………………1　　　　会员风采……………………3",
         "行业资讯……………………2　　　　协会动态……………………3", "━━━━━━━━━━━━━━━━━━━━━━━━", ""]
    last, n = None, 0
    for sec, item in items:
        if sec != last:
            L += ["〖" + sec + "〗", ""]
            n = 0
        n += 1
        if sec == "协会动态":
            L += ["▸ " + item["paras"][0]]
            last = sec
            continue
        if item["title"]:
            L += [CN[n - 1] + "）" + item["title"], ""]
        L += plain(item)
        if item["source"] and item is not items[2][1]:
            L += ["出处：" + item["source"]]
        L += [""]
        last = sec
    L += ["", "—全文完—", ""]
    write(name, {"year": 2025, "number": 3, "total": 35, "date": "2025-03-31"}, items, L, encoding="utf-16", newline="\r\n")


def t02():
    """GB18030 with LF line ends. An editor's note `【编者按】` under the masthead (not an item); banners `▌X`;
    the data report untitled, straight under its banner; titles numbered with Roman numerals `Ⅰ.`; sources
    `稿源：X` on the line under the title, above the body."""
    name = "t19-02-gb18030.txt"
    items = [("数据月报", it("ei_5m")), ("行业资讯", it("govdata")), ("行业资讯", it("nea")),
             ("协会动态", it("a2a")), ("协会动态", it("a2b")), ("协会动态", it("a2c"))]
    L = ["数字贸易简报", "（2025年第7期　总第39期）", "大连市数字贸易协会　2025年7月31日", "",
         "【编者按】本期数据月报摘编1—5月电子信息制造业运行数据；行业资讯关注政务数据共享和东北亚产业合作。欢迎会员单位来稿。", ""]
    roman = "ⅠⅡⅢⅣ"
    last, n = None, 0
    for sec, item in items:
        if sec != last:
            L += ["▌" + sec, ""]
            n = 0
        n += 1
        if item["title"]:
            L += [roman[n - 1] + ". " + item["title"]]
            if item["source"]:
                L += ["稿源：" + item["source"]]
        L += plain(item) + [""]
        last = sec
    write(name, {"year": 2025, "number": 7, "total": 39, "date": "2025-07-31"}, items, L, encoding="gb18030")


def t03():
    """Markdown with setext headings only: the masthead and each section `===`, each title `---`; the data
    table a Markdown table with the units in the row heads; one source as a link `来源：[X](url)`, one only as a
    footnote whose definition `[^1]: 来源：X` stands at the very end of the file, after 协会动态."""
    name = "t19-03-setext.md"
    items = [("数据月报", it("ei_7m")), ("行业资讯", it("expo")), ("行业资讯", it("harmony")),
             ("协会动态", it("a3a")), ("协会动态", it("a3b")), ("协会动态", it("a3c"))]
    L = ["数字贸易简报", "======", "", "2025年第9期 · 总第41期 · 2025年9月30日", "", "大连市数字贸易协会 编", "", "* * *", ""]
    last = None
    for sec, item in items:
        if sec != last:
            L += [sec, "=" * (2 * len(sec)), ""]
        if item["title"]:
            L += [item["title"], "-" * (2 * len(item["title"])), ""]
        body = md_paras(item)
        if item is items[2][1]:  # the footnote reference ends the story's last paragraph
            body[-2] += "[^1]"
        L += body
        if item is items[1][1]:
            L += ["来源：[" + item["source"] + "](https://paper.ce.cn/)", ""]
        last = sec
    L += ["[^1]: 来源：" + items[2][1]["source"]]
    write(name, {"year": 2025, "number": 9, "total": 41, "date": "2025-09-30"}, items, L)


def t04():
    """A Hong Kong partner's copy: traditional characters (OpenCC s2t), Big5 bytes, CRLF. Banners a
    financial numeral and a slash `壹／行業資訊`; titles `No.1　X`; sources `（X報道）` ending the last paragraph."""
    name = "t19-04-big5.txt"
    items = [("行业资讯", it("hktrade")), ("行业资讯", it("lowalt_hk")), ("会员风采", it("huarui")),
             ("协会动态", it("a4a")), ("协会动态", it("a4b")), ("协会动态", it("a4c"))]
    L = ["数字贸易简报（香港伙伴版）", "2026年第3期　总第47期", "大连市数字贸易协会　编印　　2026年3月31日", ""]
    fin = "壹貳參肆"  # as a Big5 copy prints them
    last, k, n = None, 0, 0
    for sec, item in items:
        if sec != last:
            L += ["", fin[k] + "／" + sec, ""]
            k, n = k + 1, 0
        n += 1
        if item["title"]:
            L += [("No.%d　" % n if sec == "行业资讯" else "") + item["title"]]
        body = plain(item)
        if item["source"]:
            body[-1] += "（" + item["source"] + "报道）"
        L += body + [""]
        last = sec
    hk = [_HK.convert(line) for line in L]
    write(name, {"year": 2026, "number": 3, "total": 47, "date": "2026-03-31"}, items, hk, encoding="big5",
          newline="\r\n", convert=_HK.convert)


def t05():
    """Markdown whose section banners are only `**X**` alone on a line; titles as block quotes `> X`; sources
    `编译自X` on their own line; an untitled story whose first sentence is bold; the data table in Markdown."""
    name = "t19-05-bold.md"
    items = [("数据月报", it("ecom2025")), ("行业资讯", it("aimfg")), ("行业资讯", it("aginext")),
             ("协会动态", it("a5a")), ("协会动态", it("a5b")), ("协会动态", it("a5c"))]
    L = ["# 数字贸易简报", "", "**2026年第1期**（总第45期）　　2026年1月31日", "", "大连市数字贸易协会", ""]
    last = None
    for sec, item in items:
        if sec != last:
            L += ["**" + sec + "**", ""]
        if item["title"]:
            L += ["> " + item["title"], ""]
        body = md_paras(item)
        if item.get("lead"):
            body[0] = "**" + item["lead"] + "**" + body[0][len(item["lead"]):]
        L += body
        if item["source"]:
            L += ["编译自" + item["source"], ""]
        last = sec
    write(name, {"year": 2026, "number": 1, "total": 45, "date": "2026-01-31"}, items, L)


def t06():
    """UTF-8 text: contents as a `|` table (section | title | page); banners the section name with its characters
    spaced out (`行 业 资 讯`), centred; titles underlined with `~~~`; sources `X / 记者 Y` (`/ 编译 Y`); one story
    carries a chart caption with its own `来源：X` line in mid-body."""
    name = "t19-06-spaced.txt"
    items = [("行业资讯", it("lowalt")), ("行业资讯", it("cnyes")), ("会员风采", it("bingshan")),
             ("协会动态", it("a6a")), ("协会动态", it("a6b")), ("协会动态", it("a6c"))]
    byline = {"lowalt": " / 记者 李晶晶", "cnyes": " / 编译 陈韦廷"}
    L = ["　　　　　　数字贸易简报", "　　　2026年第2期（总第46期）", "　　大连市数字贸易协会　　2026年2月28日", "",
         "本期目录", "栏目     | 标题                                   | 页码",
         "---------+----------------------------------------+-----"]
    for sec, item in items:
        if item["title"]:
            L += [sec + " | " + item["title"] + " | " + ("1" if sec == "行业资讯" else "2")]
    L += ["协会动态 | 本月活动                               | 2", ""]
    last = None
    for key, (sec, item) in zip(["lowalt", "cnyes", "bingshan", "", "", ""], items):
        if sec != last:
            L += ["", "　　　　" + " ".join(sec), ""]
        if item["title"]:
            L += [item["title"], "~" * (2 * len(item["title"])), ""]
        L += plain(item)
        if item["source"]:
            L += [item["source"] + byline[key]]
        L += [""]
        last = sec
    write(name, {"year": 2026, "number": 2, "total": 46, "date": "2026-02-28"}, items, L)


if __name__ == "__main__":
    for make in (t01, t02, t03, t04, t05, t06):
        make()
