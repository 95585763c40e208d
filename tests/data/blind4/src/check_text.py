# -*- coding: utf-8 -*-
"""Own check (generic tools only, not the project's parser): every title, body_start, body_end and
source of every X.expected.json must occur in the text pulled from the finished file X.
txt: UTF-16 decode; md: markup (*, #, >, |, [^n]) removed; html: tags stripped; docx: document.xml
with w:del removed and w:t/w:ins text kept, and LibreOffice's txt export; pdf: pdftotext on three
column crops per landscape page; fax: no text layer -> its layout HTML (checked by eye on PNG)."""
import os, re, json, glob, html, zipfile, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def norm(s):
    return re.sub(r"[\s\u3000]", "", s)


def text_of(fn):
    p = os.path.join(ROOT, fn)
    if fn.endswith(".txt"):
        raw = open(p, "rb").read()
        assert raw[:2] == b"\xff\xfe"
        return [raw[2:].decode("utf-16-le")]
    if fn.endswith(".md"):
        s = open(p, encoding="utf-8").read()
        s = re.sub(r"\[\^\d+\]", "", s)
        s = re.sub(r"<[^>]+>", "", s)
        return [re.sub(r"[*#>|]", "", s)]
    if fn.endswith(".html"):
        s = open(p, encoding="utf-8").read()
        return [html.unescape(re.sub(r"<[^>]+>", "", s))]
    if fn.endswith(".docx"):
        x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
        x = re.sub(r"</w:p>", "\n", x)
        own = html.unescape(re.sub(r"<[^>]+>", "", x))
        d = tempfile.mkdtemp()
        subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, p], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        lo = open(os.path.join(d, os.path.basename(p)[:-5] + ".txt"), encoding="utf-8-sig").read()
        return [own, lo]
    if fn.endswith("-fax.pdf"):
        s = open(os.path.join(HERE, "2025-12-layout.html"), encoding="utf-8").read()
        return [html.unescape(re.sub(r"<[^>]+>", "", s))]
    if fn.endswith(".pdf"):
        info = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
        n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        W, H = 842, 595
        out = []
        for pg in range(1, n + 1):
            for c in range(3):
                x0 = int(c * W / 3)
                out.append(subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-x", str(x0), "-y", "0",
                                           "-W", str(int(W / 3)), "-H", str(H), p, "-"],
                                          capture_output=True, text=True).stdout)
        return ["".join(out)]
    raise ValueError(fn)


problems = 0
for ej in sorted(glob.glob(os.path.join(ROOT, "*.expected.json"))):
    d = json.load(open(ej, encoding="utf-8"))
    texts = [norm(t) for t in text_of(d["file"])]
    for k, it in enumerate(d["items"]):
        for key in ("title", "body_start", "body_end", "source"):
            v = it[key]
            if not v:
                continue
            for ti, t in enumerate(texts):
                if norm(v) not in t:
                    problems += 1
                    print("%s item %d %s not found in text %d: %s" % (d["file"], k, key, ti, v))
        for org in it["orgs"]:
            if not any(org in t for t in texts):
                problems += 1
                print("%s item %d org not found: %s" % (d["file"], k, org))
    # issue line
    iss = d["issue"]
    for t in texts:
        if "总第%d期" % iss["total"] not in t:
            problems += 1
            print(d["file"], "总第 missing")
    print(d["file"], "checked", len(d["items"]), "items")
print("problems:", problems)
