# -*- coding: utf-8 -*-
"""Write X.expected.json for the six issues from content.py (hand annotations)
and compute body_start / body_end (first / last 12 characters of the body after
removing all whitespace) from the paragraphs as printed.  Then check that every
title, source, body_start and body_end occurs in a plain extraction of the
generated file (pdftotext, docx XML, HTML text, soffice txt, GB18030 decode).
The scan has no text layer: its checks run on src/2025-10-scan.html."""
import html, json, re, subprocess, sys, tempfile, zipfile
from pathlib import Path
from content import ISSUES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WS = re.compile(r"[\s\u3000\u00a0]+")


def norm(s):
    return WS.sub("", s)


def body_ends(paras):
    texts = [p for p in paras if isinstance(p, str)]
    assert isinstance(paras[0], str) and isinstance(paras[-1], str), "table at body edge"
    first, last = norm(texts[0]), norm(texts[-1])
    assert len(first) >= 12 and len(last) >= 12
    return first[:12], last[-12:]


def item_json(it):
    bs, be = body_ends(it["paras"])
    return {"section": it["section"], "title": it["title"], "source": it["source"], "date": it["date"],
            "orgs": it["orgs"], "body_start": bs, "body_end": be}


def fig_json(f):
    keys = ["indicator", "breakdown", "period", "value", "unit", "yoy_pct", "share_pct"]
    return dict(zip(keys, f))


def dump(iss):
    d = json.dumps
    lines = ['{"file": ' + d(iss["file"], ensure_ascii=False) + ",",
             ' "issue": ' + d(iss["issue"], ensure_ascii=False) + ",",
             ' "items": [']
    items = [item_json(it) for it in iss["items"]]
    lines.append(",\n".join("  " + d(x, ensure_ascii=False) for x in items))
    lines.append(" ],")
    lines.append(' "figures": [')
    lines.append(",\n".join("  " + d(fig_json(f), ensure_ascii=False) for f in iss["figures"]))
    lines.append(" ]}")
    return "\n".join(lines) + "\n"


def extract(key, iss):
    f = ROOT / iss["file"]
    if key == "2025-07":
        return f.read_bytes().decode("gb18030")
    if key == "2025-08":
        return subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True, check=True).stdout
    if key == "2025-09":
        z = zipfile.ZipFile(f)
        xml = z.read("word/document.xml").decode() + z.read("word/footnotes.xml").decode()
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    if key == "2025-10-scan":
        return html.unescape(re.sub(r"<[^>]+>", "", (HERE / "2025-10-scan.html").read_text(encoding="utf-8")))
    if key == "2025-11":
        return html.unescape(re.sub(r"<[^>]+>", "", f.read_text(encoding="utf-8")))
    if key == "2025-12":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", td, str(f)],
                           capture_output=True, check=True)
            return (Path(td) / "2025-12.txt").read_text(encoding="utf-8-sig")
    raise KeyError(key)


def check(key, iss, text):
    t = norm(text)
    bad = []
    for it in iss["items"]:
        j = item_json(it)
        for k in ("title", "source", "body_start", "body_end"):
            v = j[k]
            if v and norm(v) not in t:
                bad.append((k, v))
        for o in it["orgs"]:
            whole = norm((it["title"] or "") + "".join(p for p in it["paras"] if isinstance(p, str)))
            if o not in whole:
                bad.append(("org not in item", o))
        if it["date"]:
            pass
    hdr = [norm(x) for x in iss["header"]]
    for x in hdr:
        if x not in t:
            bad.append(("header", x))
    return bad


def main():
    ok = True
    n_items = n_orgs = n_figs = 0
    for key, iss in ISSUES.items():
        out = ROOT / (Path(iss["file"]).stem + ".expected.json")
        out.write_text(dump(iss), encoding="utf-8")
        json.loads(out.read_text(encoding="utf-8"))
        bad = check(key, iss, extract(key, iss))
        ni, no, nf = len(iss["items"]), sum(len(i["orgs"]) for i in iss["items"]), len(iss["figures"])
        n_items += ni; n_orgs += no; n_figs += nf
        print(f"{iss['file']:20s} items={ni:2d} orgs={no:2d} figures={nf:2d} problems={bad}")
        ok &= not bad
    print("total", n_items, n_orgs, n_figs)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
