# -*- coding: utf-8 -*-
"""Shared by the drift23pdf generators (copied from drift21pdf): an issue is a list of (section, story) with its masthead; the
expected annotation is cut from the same hand-written text (ANNOTATION.md's body_start/body_end)."""
import copy, json, os, re
from stories import S, P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"[\s\u3000]+")


def story(key, **over):
    """A copy of a story (or 协会动态 paragraph, or the data report) with per-issue overrides."""
    it = copy.deepcopy(key if isinstance(key, dict) else (P[key] if key in P else S[key]))
    it.setdefault("title", None)
    it.setdefault("source", None)
    it.update(over)
    return it


def body_text(it):
    out = []
    for p in it["paras"]:
        out.extend([c for r in p["table"] for c in r] if isinstance(p, dict) else [p])
    return WS.sub("", "".join(out))


def write_expected(name, issue, items):
    """items: list of (section, story dict) in document order."""
    exp = {"file": name, "issue": issue, "items": [], "figures": []}
    for sec, it in items:
        b = body_text(it)
        exp["items"].append({"section": sec, "title": it["title"], "source": it["source"], "date": it["date"],
                             "orgs": it["orgs"], "body_start": b[:12], "body_end": b[-12:]})
        exp["figures"].extend(it.get("figures", []))
    stem = os.path.splitext(name)[0]
    with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


def table_lines(t, sep="  "):
    w = [max(len(r[i]) for r in t) for i in range(len(t[0]))]
    return [sep.join(c.ljust(w[i] + (2 if i == 0 else 0), "　" if i == 0 else " ") for i, c in enumerate(r)).rstrip() for r in t]
