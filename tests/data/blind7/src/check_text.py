# -*- coding: utf-8 -*-
"""Own check (not the project's code): every title, body_start, body_end, source of every
annotation occurs in the generated file's text, in document order; issue line and date too."""
import json, os, re, sys, zipfile, quopri, html, subprocess
from common import OUT, FILES, ISSUES

WS = re.compile(r"[\s\u3000]+")

def text_of(key, path):
    if path.endswith(".docx"):
        m = zipfile.ZipFile(path).read("word/afchunk.mht").decode("ascii")
        part = m.split("Content-Location: file:///C:/fake/document.html\n\n", 1)[1]
        h = quopri.decodestring(part.encode()).decode("utf-8")
    elif path.endswith(".pdf"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    elif path.endswith(".html"):
        h = open(path, encoding="utf-8").read()
        h = re.sub(r"<script.*?</script>", " ", h, flags=re.S)
    else:
        return open(path, encoding="utf-8").read()
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

bad = 0
for iss in ISSUES:
    f = FILES[iss["key"]]
    exp = json.load(open(os.path.join(OUT, f + ".expected.json"), encoding="utf-8"))
    t = WS.sub("", text_of(iss["key"], os.path.join(OUT, f)))
    pos = 0
    probs = []
    y, n, tot = exp["issue"]["year"], exp["issue"]["number"], exp["issue"]["total"]
    for s in (f"{y}年第{n}期", f"总第{tot}期"):
        if s not in t: probs.append(("issue", s))
    y_, m_, d_ = exp["issue"]["date"].split("-")
    if f"{int(y_)}年{int(m_)}月{int(d_)}日" not in t:
        probs.append(("issue date", exp["issue"]["date"]))
    for it in exp["items"]:
        for o in it["orgs"]:
            if WS.sub("", o) not in t:
                probs.append(("org", o))
        for k in ("title", "body_start", "body_end", "source"):
            s = it[k]
            if not s: continue
            s = WS.sub("", s)
            i = t.find(s, pos)
            if i < 0:
                probs.append((k, s, "anywhere" if s in t else "MISSING"))
            else:
                pos = i
    print(f, "OK" if not probs else probs)
    bad += len(probs)
sys.exit(1 if bad else 0)
