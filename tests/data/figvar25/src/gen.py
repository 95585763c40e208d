# -*- coding: utf-8 -*-
"""Writes the figvar25 issues from content.py, each in its own layout, and their annotations
(X.expected.json: the hand-written figures of content.py, items cut from the same text).
Run: python tests/data/figvar25/src/gen.py (standard library only)."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from content import ISSUES  # noqa: E402

WS = re.compile(r"[\s\u3000]+")
WRAP = "<wrap>"


def text_of(p):
    """A paragraph as read: a bullet list's entries one after another, the wrap mark dropped."""
    if isinstance(p, dict):
        return "".join(p["ul"])
    return p.replace(WRAP, "")


def flat(paras):
    return WS.sub("", "".join(text_of(p) for p in paras))


def expected(name, spec):
    items = []
    for it, sec in ((spec["report"], "数据月报"), (spec["news"], spec["news"]["section"])):
        b = flat(it["paras"])
        items.append({"section": sec, "title": it["title"], "source": it.get("source"), "date": it["date"],
                      "orgs": it["orgs"], "body_start": b[:12], "body_end": b[-12:]})
    exp = {"file": name, "issue": spec["issue"], "items": items, "figures": spec["report"]["figures"]}
    with open(os.path.join(OUT, name.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


def head(spec, sep="　"):
    i = spec["issue"]
    y, m, d = i["date"].split("-")
    return ["数字贸易简报", f"{i['year']}年第{i['number']}期（总第{i['total']}期）",
            f"大连市数字贸易协会{sep}{int(y)}年{int(m)}月{int(d)}日"]


def cut(line, width):
    """A line hard-wrapped every `width` characters, whatever falls at the cut (a number, a unit)."""
    return [line[k:k + width] for k in range(0, len(line), width)] or [""]


def write_text(name, spec):
    width = spec.get("wrap")
    lines = head(spec) + ["", "【数据月报】", spec["report"]["title"]]
    for p in spec["report"]["paras"]:
        p = text_of(p)
        lines += cut(p, width) if width else [p]
    n = spec["news"]
    lines += ["", f"【{n['section']}】", n["title"]] + n["paras"] + [f"来源：{n['source']}", ""]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(lines))


def write_md(name, spec):
    i = spec["issue"]
    y, m, d = i["date"].split("-")
    lines = ["# 数字贸易简报", "", f"**{i['year']}年第{i['number']}期**（总第{i['total']}期）", "",
             f"大连市数字贸易协会秘书处 编 · {int(y)}年{int(m)}月{int(d)}日", "", "---", "", "## 数据月报", "",
             f"**{spec['report']['title']}**", ""]
    paras = spec["report"]["paras"]
    for k, p in enumerate(paras):
        listed = re.match(r"(?:- |\d+\. )", p)
        if p.startswith(WRAP):
            lines += cut(p[len(WRAP):], spec["soft_wrap"])  # the source's soft wrap: one paragraph, many lines
        else:
            lines.append(p)
        # a list's entries stand on consecutive lines; a blank line after the list and after every paragraph
        nxt = paras[k + 1] if k + 1 < len(paras) else ""
        if not (listed and re.match(r"(?:- |\d+\. )", nxt)):
            lines.append("")
    n = spec["news"]
    lines += [f"## {n['section']}", "", f"**{n['title']}**", ""] + [x for p in n["paras"] for x in (p, "")]
    lines += [f"（来源：{n['source']}）", ""]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(lines))


def write_html(name, spec):
    i = spec["issue"]
    y, m, d = i["date"].split("-")
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>数字贸易简报 {i['year']}年第{i['number']}期</title></head><body>", '<div class="article">',
           "<h1>数字贸易简报</h1>", f"<p>{i['year']}年第{i['number']}期（总第{i['total']}期）</p>",
           f"<p>大连市数字贸易协会　{int(y)}年{int(m)}月{int(d)}日</p>", "<h2>【数据月报】</h2>",
           f"<h3>{e(spec['report']['title'])}</h3>"]
    for p in spec["report"]["paras"]:
        if isinstance(p, dict):
            out += ["<ul>"] + [f"<li>{e(x)}</li>" for x in p["ul"]] + ["</ul>"]
        else:
            out.append(f"<p>{e(p)}</p>")
    n = spec["news"]
    out += [f"<h2>【{e(n['section'])}】</h2>", f"<h3>{e(n['title'])}</h3>"] + [f"<p>{e(p)}</p>" for p in n["paras"]]
    out += [f"<p>来源：{e(n['source'])}</p>", "</div></body></html>", ""]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(out))


def main():
    for name, spec in ISSUES.items():
        expected(name, spec)
        {"txt": write_text, "md": write_md, "html": write_html}[name.rsplit(".", 1)[1]](name, spec)


if __name__ == "__main__":
    main()
