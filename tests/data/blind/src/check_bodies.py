# -*- coding: utf-8 -*-
"""Check every annotated body_start/body_end, title, source and org against the text pulled
from the finished files with generic tools only (pdftotext, LibreOffice text export, tag
stripping; the scan is checked against its layout HTML).  No project code is used."""
import os, sys, re, json, subprocess, tempfile, html, zipfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
sq = lambda s: re.sub(r"[\s\u3000]+", "", s)
def soffice_txt(path):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", d, path], capture_output=True)
    return open(os.path.join(d, os.path.splitext(os.path.basename(path))[0] + ".txt"), encoding="utf-8-sig").read()
strip = lambda s: html.unescape(re.sub(r"<[^>]+>", "", s))
def text_of(f):
    p = os.path.join(ROOT, f)
    if f.endswith(".md"):
        return re.sub(r"[*#>|\[\]]", "", open(p, encoding="utf-8").read())
    if f == "2026-09-scan.pdf":
        return strip(open(os.path.join(HERE, "2026-09-layout.html"), encoding="utf-8").read())
    if f.endswith(".pdf"):   # two-column pages: read the left half, then the right half
        out = []
        for pg in (1, 2):
            for x in (0, 298):
                out.append(subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-x", str(x), "-y", "0",
                                           "-W", "298", "-H", "842", p, "-"], capture_output=True, text=True).stdout)
        return "".join(out)
    if f.endswith(".htm"):
        s = open(p, "rb").read().decode("gbk")
        return strip(s[s.index('class="TRS_Editor"'):s.index('class="fj"')])
    t = soffice_txt(p)
    if f.endswith(".docx"):
        t += strip(zipfile.ZipFile(p).read("word/header1.xml").decode())
    return t
bad = 0
for j in sorted(x for x in os.listdir(ROOT) if x.endswith(".expected.json")):
    d = json.load(open(os.path.join(ROOT, j), encoding="utf-8"))
    raw = text_of(d["file"]); t = sq(raw)
    for it in d["items"]:
        for k in ("body_start", "body_end", "title", "source"):
            v = it[k]
            if v and sq(v) not in t:
                bad += 1; print("MISSING", d["file"], k, v)
        for o in it["orgs"]:
            if o not in raw and o not in t: bad += 1; print("ORG MISSING", d["file"], o)
    print(j, "checked", len(d["items"]), "items")
print("problems:", bad)
