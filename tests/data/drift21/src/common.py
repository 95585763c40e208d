# -*- coding: utf-8 -*-
"""Shared by the drift21 generators: an issue is a list of (section, story); the expected annotation is cut from the same
hand-written text (ANNOTATION.md's body_start/body_end: whitespace removed)."""
import copy, json, os, re
from stories import S, A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"[\s\u3000]+")
MAST = "数字贸易简报"
PUB = "大连市数字贸易协会秘书处"


def story(key, **over):
    it = copy.deepcopy(A[key] if key in A else S[key])
    it.setdefault("title", None)
    it.setdefault("source", None)
    it.update(over)
    return it


def body_text(it):
    return WS.sub("", "".join(it["paras"]))


def write_expected(name, issue, items):
    """items: list of (section, story dict) in document order."""
    exp = {"file": name, "issue": issue, "items": [], "figures": []}
    for sec, it in items:
        b = body_text(it)
        exp["items"].append({"section": sec, "title": it["title"], "source": it["source"], "date": it["date"],
                             "orgs": it["orgs"], "body_start": b[:12], "body_end": b[-12:]})
    stem = os.path.splitext(name)[0]
    with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


def issue(year, number, total, date):
    return {"year": year, "number": number, "total": total, "date": date}


def cn_date(iso):
    y, m, d = iso.split("-")
    return "%s年%d月%d日" % (y, int(m), int(d))
