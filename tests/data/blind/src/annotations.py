# -*- coding: utf-8 -*-
"""Writes ../X.expected.json from content.py.  Dates, orgs and figures are the hand
annotation stored beside each item; body_start/body_end are the first/last 12 characters
of the body (the item's paragraphs, in order) after removing whitespace."""
import os, sys, json, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ISSUES, FILES
HERE = os.path.dirname(os.path.abspath(__file__))
sq = lambda s: re.sub(r"[\s\u3000]+", "", s)

def body(it):
    return sq("".join(it["paras"]))

def main():
    for key, iss in ISSUES.items():
        items = []
        for it in iss["items"]:
            b = body(it)
            items.append({"section": it["sec"], "title": it["title"], "source": it["src"],
                          "date": it["date"], "orgs": it["orgs"],
                          "body_start": b[:12], "body_end": b[-12:]})
        figs = []
        for it in iss["items"]:
            for f in it.get("figs", []):
                ind, br, per, val, unit, yoy, share = f
                figs.append({"indicator": ind, "breakdown": br, "period": per,
                             "value": val, "unit": unit, "yoy_pct": yoy, "share_pct": share})
        d = {"file": FILES[key],
             "issue": {"year": iss["year"], "number": iss["number"], "total": iss["total"], "date": iss["date"]},
             "items": items, "figures": figs}
        out = os.path.join(HERE, "..", FILES[key].rsplit(".", 1)[0] + ".expected.json")
        with open(out, "w", encoding="utf-8") as fh:
            fh.write('{"file": %s,\n "issue": %s,\n "items": [\n' % (json.dumps(d["file"], ensure_ascii=False),
                                                                json.dumps(d["issue"], ensure_ascii=False)))
            fh.write(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in items))
            fh.write('\n ],\n "figures": [\n')
            fh.write(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in figs))
            fh.write('\n ]}\n')
        json.load(open(out, encoding="utf-8"))
        print(out, len(items), "items", sum(len(i["orgs"]) for i in items), "orgs", len(figs), "figures")

if __name__ == "__main__":
    main()
