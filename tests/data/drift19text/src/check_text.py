# -*- coding: utf-8 -*-
"""Own check (no project code): every title, source, body_start, body_end and organisation of each annotation, and the
issue line's numbers, occur in the file's text (decoded by the encoding it was written in, whitespace and Markdown
markup removed)."""
import json, glob, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ENC = {"t19-01-utf16.txt": "utf-16", "t19-02-gb18030.txt": "gb18030", "t19-04-big5.txt": "big5"}
problems = 0
for exp in sorted(glob.glob(os.path.join(OUT, "*.expected.json"))):
    e = json.load(open(exp, encoding="utf-8"))
    raw = open(os.path.join(OUT, e["file"]), "rb").read().decode(ENC.get(e["file"], "utf-8"))
    flat = re.sub(r"[\s\u3000*|>]+", "", raw)
    flat = re.sub(r"\[\^1\]", "", flat)
    for i, item in enumerate(e["items"]):
        for key in ("title", "source", "body_start", "body_end"):
            v = item[key]
            if v and re.sub(r"\s+", "", v) not in flat:
                print(e["file"], i, key, v); problems += 1
        for o in item["orgs"]:
            if o not in flat:
                print(e["file"], i, "org", o); problems += 1
    iss = e["issue"]
    for s in (str(iss["year"]), str(iss["total"])):
        if s not in flat:
            print(e["file"], "issue", s); problems += 1
print(problems, "problems")
