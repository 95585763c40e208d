# -*- coding: utf-8 -*-
"""Write X.expected.json from the hand annotations in content.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import strip, ALL
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def build(I):
    items, figs = [], []
    for it in I["items"]:
        body = strip("".join(it["paras"]))
        items.append({"section": it["section"], "title": it["title"], "source": it["source"],
                      "date": it["date"], "orgs": it["orgs"],
                      "body_start": body[:12], "body_end": body[-12:]})
        for f in it.get("figures", []):
            per = f[6] if len(f) > 6 else it["period"]
            figs.append({"indicator": f[0], "breakdown": f[1], "period": per, "value": f[2],
                         "unit": f[3], "yoy_pct": f[4], "share_pct": f[5]})
    return {"file": I["file"], "issue": I["issue"], "items": items, "figures": figs}

def dump(d):
    lines = ['{"file": %s,' % json.dumps(d["file"], ensure_ascii=False),
             ' "issue": %s,' % json.dumps(d["issue"], ensure_ascii=False), ' "items": [']
    lines.append(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in d["items"]))
    lines.append(' ],\n "figures": [')
    lines.append(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in d["figures"]))
    lines.append(' ]}\n')
    return "\n".join(lines)

if __name__ == "__main__":
    T = [0, 0, 0, 0]
    for I in ALL:
        d = build(I)
        stem = I["file"].rsplit(".", 1)[0]
        open(os.path.join(OUT, stem + ".expected.json"), "w").write(dump(d))
        n = (len(d["items"]), sum(len(i["orgs"]) for i in d["items"]), len(d["figures"]),
             sum(1 for i in d["items"] if i["date"]))
        T = [a + b for a, b in zip(T, n)]
        print(stem, *n)
    print("total", *T)
