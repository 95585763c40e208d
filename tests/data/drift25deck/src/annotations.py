# -*- coding: utf-8 -*-
"""Write <file>.expected.json for each file of the set from content.py (no parser read or run)."""
import json, os
from content import ISSUE, ITEMS, FIGURES

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = ["简报2026年第4期_会议投屏版.pdf", "2026年第4期简报-三栏.docx"]


def text(it):
    return "".join(b for b in it["body"] if isinstance(b, str))


def main():
    for f in FILES:
        items = []
        for it in ITEMS:
            t = text(it)
            for o in it["orgs"]:
                assert o in (it["title"] or "") + t, o
            items.append(dict(section=it["section"], title=it["title"], source=it["source"], date=it["date"],
                              orgs=it["orgs"], body_start=t[:12], body_end=t[-12:]))
        d = dict(file=f, issue={k: ISSUE[k] for k in ("year", "number", "total", "date")}, items=items, figures=FIGURES)
        name = os.path.splitext(f)[0] + ".expected.json"
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


if __name__ == "__main__":
    main()
