# -*- coding: utf-8 -*-
"""Build X.expected.json from content.py (no parser involved).

body_start/body_end: first/last 12 chars of the body text (paragraphs + table cells in
reading order) after removing all whitespace.  Orgs are hand-listed; this script only
checks that each occurs in title+body and that the hand order is the order of first
standalone appearance (an occurrence inside a longer listed org does not count)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES, ORDER

OUT = os.path.join(os.path.dirname(__file__), "..")
WS = re.compile(r"[\s\u3000]+")


def body_text(item):
    parts = []
    for b in item["body"]:
        if isinstance(b, tuple):
            parts.append("".join(b[1]))
            for r in b[2]:
                parts.append("".join(r))
        else:
            parts.append(b)
    return WS.sub("", "".join(parts))


def first_pos(text, org, orgs):
    longer = [o for o in orgs if o != org and org in o]
    spans = []
    for o in longer:
        spans += [(m.start(), m.start() + len(o)) for m in re.finditer(re.escape(o), text)]
    for m in re.finditer(re.escape(org), text):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            return m.start()
    return None


def build(key):
    iss = ISSUES[key]
    items, figs = [], []
    problems = []
    for it in iss["items"]:
        bt = body_text(it)
        full = (it["title"] or "") + "\n" + bt
        pos = []
        for o in it["orgs"]:
            p = first_pos(full, o, it["orgs"])
            if p is None:
                problems.append(f"{key}: org {o} not standalone in {it['title']}")
            pos.append(p if p is not None else 10**9)
        if pos != sorted(pos):
            problems.append(f"{key}: org order {it['orgs']} vs {pos} in {it['title']}")
        if it["source"] and it["source"] in bt:
            pass
        items.append({"section": it["section"], "title": it["title"], "source": it["source"],
                      "date": it["date"], "orgs": it["orgs"],
                      "body_start": bt[:12], "body_end": bt[-12:]})
        figs += it.get("figures", [])
    doc = {"file": iss["file"], "issue": iss["issue"], "items": items, "figures": figs}
    name = os.path.splitext(iss["file"])[0] + ".expected.json"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    return doc, problems


if __name__ == "__main__":
    tot = [0, 0, 0, 0]
    allp = []
    for k in ORDER:
        d, p = build(k)
        allp += p
        n_o = sum(len(i["orgs"]) for i in d["items"])
        n_d = sum(1 for i in d["items"] if i["date"])
        print(k, d["file"], "items", len(d["items"]), "orgs", n_o, "figures", len(d["figures"]), "dated", n_d)
        for j, v in enumerate([len(d["items"]), n_o, len(d["figures"]), n_d]):
            tot[j] += v
    print("total items/orgs/figures/dated", tot)
    print("\n".join(allp) or "org checks: 0 problems")
