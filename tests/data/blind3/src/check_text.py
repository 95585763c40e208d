# -*- coding: utf-8 -*-
"""Own check (not the project's parser): every annotated body_start/body_end, title and
source occurs in the whitespace-stripped text of the generated file."""
import os, re, sys, json, html, subprocess, glob
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def text(f):
    p = os.path.join(D, f)
    if f.endswith(".pdf"):
        t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    elif f.endswith(".docx"):
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", "/tmp/b3chk", p],
                       capture_output=True)
        t = open("/tmp/b3chk/" + f.rsplit(".", 1)[0] + ".txt", encoding="utf-8-sig").read()
    elif f.endswith(".htm"):
        t = html.unescape(re.sub(r"<[^>]+>", "", open(p, encoding="utf-8").read()))
    else:
        t = open(p, encoding="utf-8").read()
    t = re.sub(r"\*\*|<[^>]+>", "", t)
    return re.sub(r"[\s\u3000|]", "", t)
bad = 0
for e in sorted(glob.glob(os.path.join(D, "*.expected.json"))):
    a = json.load(open(e))
    if "photo" in a["file"]:
        print(a["file"], "skipped (image only; verified by viewing a rendered PNG)"); continue
    T = text(a["file"])
    for it in a["items"]:
        for k in ("body_start", "body_end", "title", "source"):
            v = it[k]
            if v and re.sub(r"\s", "", v) not in T:
                bad += 1; print(a["file"], k, v)
    print(a["file"], "checked", len(a["items"]))
print("problems:", bad)
