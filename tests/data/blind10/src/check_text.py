# -*- coding: utf-8 -*-
"""Own occurrence check (no project code): every title, body_start, body_end, source and org, the issue line,
总第 and the issue date must occur in the text extracted from the generated file (plain read / tag stripping
without <script> / document.xml+footnotes.xml tag stripping / soffice txt for the .doc / pdftotext plus
left and right half crops for the PDF). The scan has no text layer and is checked by eye on .build/prev9_*.png."""
import json, os, re, subprocess, zipfile, html
from common import *
WS = re.compile(r"[\s\u3000]+")
def text_of(key):
    p = out(key)
    if p.endswith(".txt"):
        return open(p, encoding="utf-8-sig").read()
    if p.endswith(".htm") or p.endswith(".html"):
        s = open(p, encoding="utf-8").read()
        s = re.sub(r"<script.*?</script>", "", s, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", "", s))
    if p.endswith(".docx"):
        z = zipfile.ZipFile(p)
        s = "".join(z.read(n).decode("utf-8") for n in ("word/document.xml", "word/footnotes.xml"))
        return html.unescape(re.sub(r"<[^>]+>", "", s))
    if p.endswith(".doc"):
        subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", p, "--outdir", BUILD], capture_output=True)
        return open(os.path.join(BUILD, os.path.basename(p)[:-4] + ".txt"), encoding="utf-8-sig").read()
    if p.endswith(".pdf"):
        t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
        for x in (0, 298):
            t += "\n" + subprocess.run(["pdftotext", "-x", str(x), "-y", "0", "-W", "298", "-H", "842", p, "-"], capture_output=True, text=True).stdout
        return t
bad = 0
for iss in ISSUES:
    key = iss["key"]
    e = json.load(open(out(key) + ".expected.json", encoding="utf-8"))
    t = WS.sub("", text_of(key))
    if len(t) < 50:
        print(key, "no text layer (scan) -> checked by eye"); continue
    need = []
    for it in e["items"]:
        need += [it["title"], it["body_start"], it["body_end"], it["source"]] + it["orgs"]
    y, m, d = e["issue"]["date"].split("-")
    need += ["%s年第%d期" % (y, e["issue"]["number"]), "总第%d期" % e["issue"]["total"], "%s年%d月%d日" % (y, int(m), int(d))]
    for n in need:
        if n and WS.sub("", n) not in t:
            print(key, "MISSING:", n); bad += 1
    pos = -1
    for it in e["items"]:
        q = t.find(it["body_start"], pos + 1)
        if q < 0 and not e["file"].endswith(".pdf"):
            print(key, "ORDER?", it["body_start"]); bad += 1
        pos = max(pos, q)
print("problems:", bad)
