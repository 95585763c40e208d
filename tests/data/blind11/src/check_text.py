# -*- coding: utf-8 -*-
"""Own check (no project code): every title, body_start, body_end, source, org, issue line and date
occurs in the text of each generated file (whitespace removed). .txt read; .pdf (E) pdftotext; .docx document.xml+footnotes.xml tag-stripped; .htm tag-stripped without
<script>; .doc via soffice --convert-to txt; the scan has no text layer (checked by eye on PNGs)."""
import json, os, re, subprocess, html
from common import *
WS = re.compile(r"[\s\u3000]+")
def text(key):
    f = out(key)
    if f.endswith(".txt"):
        return open(f, encoding="utf-8").read()
    if f.endswith(".htm"):
        s = open(f, encoding="utf-8").read()
        s = re.sub(r"(?s)<script.*?</script>", "", s)
        return html.unescape(re.sub(r"<[^>]+>", "\n", s))
    if f.endswith(".doc"):
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", BUILD, f], check=True, capture_output=True)
        return open(os.path.join(BUILD, os.path.basename(f)[:-4] + ".txt"), encoding="utf-8-sig").read()
    if f.endswith(".pdf") and key == "E":
        return subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True).stdout
    if f.endswith(".docx"):
        import zipfile
        z = zipfile.ZipFile(f)
        s = z.read("word/document.xml").decode() + z.read("word/footnotes.xml").decode()
        return html.unescape(re.sub(r"<[^>]+>", "", s))
    return None
bad = 0
for iss in ISSUES:
    t = text(iss["key"])
    if t is None:
        print(FILES[iss["key"]], "scan: checked by eye"); continue
    t = WS.sub("", t)
    e = json.load(open(os.path.splitext(out(iss["key"]))[0] + ".expected.json", encoding="utf-8"))
    need = ["%d年第%d期" % (iss["year"], iss["number"]), "总第%d期" % iss["total"]]
    y, m, d = iss["date"].split("-"); need.append("%s年%d月%d日" % (y, int(m), int(d)))
    for it in e["items"]:
        need += [x for x in (it["title"], it["source"], it["body_start"], it["body_end"]) if x]
        need += it["orgs"]
    for n in need:
        if WS.sub("", n) not in t:
            bad += 1; print("MISSING", FILES[iss["key"]], n)
print("problems:", bad)
