# -*- coding: utf-8 -*-
"""Shared by the drift19word generators: an issue is a list of (section, story) with its masthead; the expected
annotation is cut from the same hand-written text (ANNOTATION.md's body_start/body_end)."""
import copy, json, os, re
from stories import S, A, D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"[\s\u3000]+")


def story(key, **over):
    base = D[key] if key in D else (A[key] if key in A else S[key])
    it = copy.deepcopy(base)
    it.update(over)
    return it


def body_text(it):
    out = []
    for p in it["paras"]:
        out.extend([c for r in p["table"] for c in r] if isinstance(p, dict) else [p])
    return WS.sub("", "".join(out))


def write_expected(name, issue, items):
    exp = {"file": name, "issue": issue, "items": [], "figures": []}
    for sec, it in items:
        b = body_text(it)
        exp["items"].append({"section": sec, "title": it["title"], "source": it["source"], "date": it["date"],
                             "orgs": it["orgs"], "body_start": b[:12], "body_end": b[-12:]})
        exp["figures"].extend(it.get("figures", []))
    with open(os.path.join(OUT, os.path.splitext(name)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
