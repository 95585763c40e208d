# -*- coding: utf-8 -*-
"""Own checker (no project code): every title, body_start, body_end, source, org, the issue
line, 总第 and the issue date must occur in the plain text of each file (whitespace removed).
Text by: UTF-16 read (.txt, BOM), tag stripping without <script>/<style> (.htm),
`soffice --convert-to txt` (.doc), tag stripping of word/document.xml — which holds the text
boxes' w:txbxContent — (.docx), `pdftotext` whole page + left/right halves (browser PDF).  The
book scan has no text layer: it is checked against the print it was rasterised from
(.build/F_print.pdf) and by eye (.build/prevF-1.png)."""
import html, json, os, re, subprocess, sys, tempfile, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES, ORDER

ROOT = os.path.join(os.path.dirname(__file__), "..")
BUILD = os.path.join(ROOT, ".build")
WS = re.compile(r"[\s\u3000]+")


def pdf_text(src):
    full = subprocess.run(["pdftotext", src, "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", src], capture_output=True, text=True).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    w, h = [float(x) for x in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()]
    cols = ""
    for pg in range(1, n + 1):
        for x in (0, int(w / 2)):
            cols += subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-x", str(x), "-y", "0",
                                    "-W", str(int(w / 2)), "-H", str(int(h)), src, "-"],
                                   capture_output=True, text=True).stdout
    return full + "\n" + cols


def text_of(key, path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        raw = open(path, "rb").read()
        assert raw[:2] == b"\xff\xfe"
        return raw.decode("utf-16")
    if ext == ".htm":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
        s = re.sub(r"(?s)<[^>]+>", "", s)
        return html.unescape(s)
    if ext == ".doc":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", d, path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        f = [x for x in os.listdir(d) if x.endswith(".txt")][0]
        return open(os.path.join(d, f), encoding="utf-8-sig").read()
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        return html.unescape(re.sub(r"(?s)<[^>]+>", "", z.read("word/document.xml").decode("utf-8")))
    if ext == ".pdf":
        return pdf_text(os.path.join(BUILD, "F_print.pdf") if key == "F" else path)
    raise ValueError(ext)


def main():
    total = 0
    for k in ORDER:
        iss = ISSUES[k]
        path = os.path.join(ROOT, iss["file"])
        exp = json.load(open(os.path.splitext(path)[0] + ".expected.json", encoding="utf-8"))
        t = WS.sub("", text_of(k, path))
        probs = []
        for s in (iss["issue_line"], iss["total_line"], iss["date_line"]):
            if WS.sub("", s) not in t:
                probs.append(("issue", s))
        for it in exp["items"]:
            for fld in ("title", "body_start", "body_end", "source"):
                v = it[fld]
                if v and WS.sub("", v) not in t:
                    probs.append((fld, v))
            for o in it["orgs"]:
                if WS.sub("", o) not in t:
                    probs.append(("org", o))
        total += len(probs)
        print(k, iss["file"], "problems:", len(probs), probs[:8])
    print("TOTAL problems:", total)


if __name__ == "__main__":
    main()
