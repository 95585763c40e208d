# -*- coding: utf-8 -*-
"""Own check (no project code): every title, body_start, body_end, source, org and the issue date occur
in the text of the generated file. Text: plain read (txt/md), tag stripping (html/.doc-html), own reading
of word/document.xml + footnotes.xml (docx), pdftotext with line numbers removed (proof PDF)."""
import json, os, re, subprocess, zipfile, html as H, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from annotations import FILES, OUT
def strip_tags(s):
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<!\[if !supportLists\]>.*?<!\[endif\]>", "", s, flags=re.S)
    s = re.sub(r"<(style|script|head)[^>]*>.*?</\1>", "", s, flags=re.S | re.I)
    return H.unescape(re.sub(r"<[^>]+>", "", s))
def text(fn):
    p = os.path.join(OUT, fn)
    if fn.endswith((".txt", ".md")):
        t = open(p, encoding="utf-8-sig").read()
        if fn.endswith(".md"):
            t = re.sub(r"\]\([^)]*\)", "", t).replace("[", "").replace("|", "")
        return t
    if fn.endswith((".html", ".doc")):
        return strip_tags(open(p, encoding="utf-8").read())
    if fn.endswith(".docx"):
        z = zipfile.ZipFile(p)
        out = []
        for part in ("word/document.xml", "word/footnotes.xml"):
            x = z.read(part).decode()
            out += ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", para)) for para in re.findall(r"<w:p[ >].*?</w:p>", x)]
        return H.unescape("\n".join(out))
    if fn.endswith(".pdf"):
        t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
        return "\n".join(l for l in t.splitlines() if not re.fullmatch(r"\s*\d{1,2}\s*", l))
def norm(s):
    return re.sub(r"[\s\u3000]", "", s).replace("**", "")
bad = 0
for n, fn in FILES.items():
    exp = json.load(open(os.path.join(OUT, fn + ".expected.json"), encoding="utf-8"))
    T = norm(text(fn))
    d = exp["issue"]["date"]; y, m, dd = d.split("-")
    probs = []
    if f"{int(y)}年{int(m)}月{int(dd)}日" not in T: probs.append("issue date")
    if f"第{exp['issue']['number']}期" not in T or f"总第{exp['issue']['total']}期" not in T: probs.append("issue no")
    pos = 0
    for it in exp["items"]:
        for k in ("title", "body_start", "body_end", "source"):
            v = it[k]
            if v and norm(v) not in T: probs.append(f"{k}: {v}")
        for o in it["orgs"]:
            if o not in T: probs.append(f"org: {o}")
        i = T.find(norm(it["body_start"]), pos)
        if i < 0: probs.append(f"order: {it['body_start']}")
        else: pos = i
    bad += len(probs)
    print(fn, "OK" if not probs else probs)
print("problems:", bad)
