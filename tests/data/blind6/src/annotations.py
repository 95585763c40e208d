# -*- coding: utf-8 -*-
"""Write X.expected.json from content.py (body_start/body_end cut from the hand-written body)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES
FILES = {7: "大数贸协〔2025〕7号 关于印发《数字贸易简报》2025年第7期的通知.txt",
         8: "简报-第8期 终版 3f9a2c1e7b4d4e0a9c55d1e2f3a4b5c6.md",
         9: "jb_2025_09_v3_校对稿.pdf",
         10: "数字贸易简报第10期(2025.10) 排版.docx",
         11: "简报11月_OA导出.doc",
         12: "【12月】数字贸易简报 总第44期.html"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def flat(it):
    parts = []
    for p in it["paras"]:
        if isinstance(p, list):
            parts.append("".join("".join(r) for r in p))
        else:
            parts.append(p)
    return re.sub(r"\s+", "", "".join(parts).replace("\u3000", ""))

def expected(n):
    iss = ISSUES[n]
    items = []
    for it in iss["items"]:
        b = flat(it)
        items.append({"section": it["section"], "title": it["title"], "source": it["source"], "date": it["date"],
                      "orgs": it["orgs"], "body_start": b[:12], "body_end": b[-12:]})
    figs = []
    for it in iss["items"]:
        for (ind, bd, per, val, unit, yoy, share) in it.get("figures", []):
            figs.append({"indicator": ind, "breakdown": bd, "period": per, "value": val, "unit": unit,
                         "yoy_pct": yoy, "share_pct": share})
    return {"file": FILES[n], "issue": {"year": iss["year"], "number": iss["number"], "total": iss["total"],
            "date": iss["date"]}, "items": items, "figures": figs}

if __name__ == "__main__":
    for n in ISSUES:
        with open(os.path.join(OUT, FILES[n] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(n), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("annotations written")
