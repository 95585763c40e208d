# -*- coding: utf-8 -*-
"""Check that every annotated body_start/body_end, title and source occurs in the text
extracted from the finished file (scan: from its layout .docx).  Uses poppler's
pdftotext and LibreOffice only as text extractors; no project code."""
import os, sys, re, json, subprocess, tempfile, html
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
sq = lambda s: re.sub(r"[\s\u3000]+", "", s)
def soffice_txt(path):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", d, path], capture_output=True)
    return open(os.path.join(d, os.path.splitext(os.path.basename(path))[0] + ".txt"), encoding="utf-8-sig").read()
def text_of(f):
    p = os.path.join(ROOT, f)
    if f.endswith(".txt"): return open(p, "rb").read().decode("gb18030")
    if f == "2026-04-scan.pdf": return soffice_txt(os.path.join(HERE, "2026-04-layout.docx"))
    if f.endswith(".pdf"): return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    if f.endswith(".html"):
        s = open(p, encoding="utf-8").read()
        s = s[s.index('id="js_content"'):]
        return html.unescape(re.sub(r"<[^>]+>", "", s))
    t = soffice_txt(p)
    if f.endswith(".docx"):   # notes text too
        import zipfile
        z = zipfile.ZipFile(p)
        for n in ("word/footnotes.xml", "word/endnotes.xml"):
            t += re.sub(r"<[^>]+>", "", z.read(n).decode())
    return t
bad = 0
for j in sorted(x for x in os.listdir(ROOT) if x.endswith(".expected.json")):
    d = json.load(open(os.path.join(ROOT, j), encoding="utf-8"))
    t = sq(text_of(d["file"]))
    for it in d["items"]:
        for k in ("body_start", "body_end", "title", "source"):
            v = it[k]
            if v and sq(v) not in t:
                bad += 1; print("MISSING", d["file"], k, v)
        for o in it["orgs"]:
            if o not in t: bad += 1; print("ORG MISSING", d["file"], o)
    print(j, "checked", len(d["items"]), "items")
print("problems:", bad)
