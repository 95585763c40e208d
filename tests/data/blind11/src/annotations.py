# -*- coding: utf-8 -*-
"""Write <file>.expected.json for every issue from content.py (the truth)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ISSUES, FILES

WS = re.compile(r"[\s\u3000]+")

def body_text(item):
    out = []
    for p in item["paras"]:
        if isinstance(p, dict):
            for row in p["table"]:
                out.extend(row)
        else:
            out.append(p)
    return WS.sub("", "".join(out))

def expected(iss):
    items = []
    for it in iss["items"]:
        b = body_text(it)
        items.append({"section": it["section"], "title": it["title"], "source": it["source"],
                      "date": it["date"], "orgs": it["orgs"],
                      "body_start": b[:12], "body_end": b[-12:]})
    return {"file": FILES[iss["key"]],
            "issue": {"year": iss["year"], "number": iss["number"], "total": iss["total"],
                      "date": iss["date"]},
            "items": items, "figures": iss["figures"]}

if __name__ == "__main__":
    outdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    for iss in ISSUES:
        e = expected(iss)
        with open(os.path.join(outdir, os.path.splitext(FILES[iss["key"]])[0] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(e, f, ensure_ascii=False, indent=1)
        print(FILES[iss["key"]], len(e["items"]), sum(len(i["orgs"]) for i in e["items"]), len(e["figures"]),
              sum(1 for i in e["items"] if i["date"]))
