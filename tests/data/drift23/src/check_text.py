# -*- coding: utf-8 -*-
"""Own check (no project code): every title, body_start, body_end, source and organisation, the issue
line, 总第 and the issue date occur in each file's plain text.  DOCX: word/document.xml with the deleted
runs (w:del) dropped and tags stripped; BIG5: decoded as cp950; HTML: tags stripped; MD: as is."""
import json, os, re, sys, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES, ORDER

OUT = os.path.join(os.path.dirname(__file__), "..")
WS = re.compile(r"[\s\u3000]+")


def text(fn):
    p = os.path.join(OUT, fn)
    if fn.endswith(".docx"):
        x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
        return re.sub(r"<[^>]+>", "", x)
    if fn.endswith(".txt"):
        return open(p, "rb").read().decode("cp950")
    s = open(p, encoding="utf-8").read()
    return re.sub(r"<[^>]+>", "", s) if fn.endswith(".html") else s.replace("<b>", "").replace("</b>", "")


problems = 0
for k in ORDER:
    iss = ISSUES[k]
    exp = json.load(open(os.path.join(OUT, os.path.splitext(iss["file"])[0] + ".expected.json"), encoding="utf-8"))
    t = WS.sub("", text(iss["file"]))
    want = [iss["issue_line"], iss["total_line"], iss["date_line"]]
    for it in exp["items"]:
        want += [it["title"], it["source"], it["body_start"], it["body_end"]] + it["orgs"]
    for w in want:
        if w and WS.sub("", w) not in t:
            problems += 1
            print(k, "missing:", w)
    if k == "DOCX":
        for gone in ("上半年数字贸易规模再创新高", "2025年9月28日", "某地数据交易所"):
            if gone in t:
                problems += 1
                print(k, "deleted text still read:", gone)
print(problems, "problems")
