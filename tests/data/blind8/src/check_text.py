# -*- coding: utf-8 -*-
"""Own occurrence check (not the project's code): every title, body_start, body_end, source and org
of each .expected.json must occur in the text of its generated file, titles/bodies in order.
Text: plain read (.txt), tag stripping without <script> (.html), tag stripping of document.xml +
endnotes.xml (.docx), `soffice --convert-to txt` (.doc), `pdftotext` (text PDFs). The scan has no text
layer and is checked by eye on PNG renders."""
import json, os, re, subprocess, sys, zipfile, html, glob, shutil
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.abspath(os.path.join(HERE, ".."))
WS = re.compile(r"[\s\u3000]+")

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"(?is)<script.*?</script>", " ", s)
        return html.unescape(re.sub(r"<[^>]+>", "", s))
    if ext == "docx":
        z = zipfile.ZipFile(path); s = ""
        for n in ("word/document.xml", "word/endnotes.xml"):
            x = z.read(n).decode("utf-8")
            s += html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", x)))
        return s
    if ext == "doc":
        tmp = os.path.join(OUT, ".build", "chk_doc"); shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
        shutil.copy(path, tmp + "/x.doc")
        subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "txt:Text", "--outdir", tmp, tmp + "/x.doc"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        return open(tmp + "/x.txt", encoding="utf-8-sig").read()
    if ext == "ofd":
        z = zipfile.ZipFile(path); s = ""
        for n in sorted(x for x in z.namelist() if x.endswith("Content.xml")):
            s += "\n".join(html.unescape(m) for m in re.findall(r"<ofd:TextCode[^>]*>(.*?)</ofd:TextCode>", z.read(n).decode("utf-8")))
        return s
    if ext == "json":
        d = json.load(open(path, encoding="utf-8")); out = []
        for b in d["content"]["blocks"]:
            dd = b["data"]
            for k in ("text", "caption"):
                if k in dd: out.append(dd[k])
            out += dd.get("items", [])
            for row in dd.get("content", []): out += row
        return html.unescape(re.sub(r"<[^>]+>", "", "\n".join(out)))
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    raise ValueError(path)

problems = 0
for ej in sorted(glob.glob(os.path.join(OUT, "*.expected.json"))):
    e = json.load(open(ej, encoding="utf-8"))
    path = os.path.join(OUT, e["file"])
    t = WS.sub("", text_of(path))
    if not t.strip():
        print("NO TEXT LAYER (check by eye):", e["file"]); continue
    iss = e["issue"]; bad = []
    for s in (f"{iss['year']}年第{iss['number']}期", f"总第{iss['total']}期"):
        if s not in t: bad.append(("issue", s))
    y, m, d = iss["date"].split("-")
    if f"{int(y)}年{int(m)}月{int(d)}日" not in t: bad.append(("date", iss["date"]))
    pos = 0
    for it in e["items"]:
        for k in ("title", "body_start", "body_end"):
            v = it[k]
            if v is None: continue
            v = WS.sub("", v); i = t.find(v, pos if k != "title" else max(0, pos - 50))
            if i < 0 and path.endswith(".pdf"): i = t.find(v)   # pdftotext reading order in two columns
            if i < 0: bad.append((k, v))
            else: pos = i
        if it["source"] and WS.sub("", it["source"]) not in t: bad.append(("source", it["source"]))
        for o in it["orgs"]:
            if o not in t: bad.append(("org", o))
    problems += len(bad)
    print(e["file"], "OK" if not bad else bad)
print("problems:", problems)
