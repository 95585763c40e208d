# -*- coding: utf-8 -*-
"""2026-07-utf16.txt: text written by an export tool in UTF-16 LE without a byte-order mark, CRLF:
masthead lines, sections as `一　数据月报` (a numeral and a full-width space, no 、), story titles
numbered in square brackets `[1] title`, each story's outlet alone in brackets on the line after it
(`（经济日报）`), a closing line `（完）`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ALL

I = ALL[4]
CN = "一二三四五六七八九"


def main():
    out = ["数字贸易简报", "第7期（总第51期）", "大连市数字贸易协会　　2026年7月31日", ""]
    sections = []
    for it in I["items"]:
        if it["section"] not in sections:
            sections.append(it["section"])
    for si, s in enumerate(sections):
        out += [f"{CN[si]}　{s}", ""]
        n = 0
        for it in [x for x in I["items"] if x["section"] == s]:
            if it["title"]:
                n += 1
                out.append(f"[{n}] {it['title']}" if s == "行业资讯" else it["title"])
            out += it["paras"]
            if it["source"]:
                out.append(f"（{it['source']}）")
            out.append("")
    out += ["（完）", ""]
    text = "\r\n".join(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
    open(path, "wb").write(text.encode("utf-16-le"))


if __name__ == "__main__":
    main()
