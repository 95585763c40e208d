# -*- coding: utf-8 -*-
"""Own checker (no project code): every title, body_start, body_end, source, org, the issue line,
总第 and the issue date must occur in the plain text of each file (whitespace removed).
Text by: plain UTF-8 decode with no-BOM / no-CR checks (.txt org-mode note), tag stripping without
<script>/<style> (.html), `soffice --convert-to txt` (.doc; the vertical section labels come out one
character per line, joined by the whitespace removal), tag stripping of word/document.xml (.docx),
`pdftotext` whole page + each of three column strips (three-column landscape PDF).  The scan has no
text layer: it is checked against the print it was rasterised from (.build/SCAN_print.pdf), and the
page images were looked at (.build/sprev-1.png, sprev-2.png, scrop1.png, scrop2.png)."""
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
        for x in (0, int(w / 3), int(2 * w / 3)):
            cols += subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-x", str(x), "-y", "0",
                                    "-W", str(int(w / 3)), "-H", str(int(h)), src, "-"],
                                   capture_output=True, text=True).stdout
    return full + "\n" + cols


def strip(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    return html.unescape(re.sub(r"<[^>]+>", "\n", s))


def text_of(key, path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        raw = open(path, "rb").read()
        assert raw[:3] != b"\xef\xbb\xbf", "BOM found"
        assert b"\r" not in raw, "CR found"
        return raw.decode("utf-8")
    if ext == ".html":
        return strip(open(path, encoding="utf-8").read())
    if ext == ".doc":
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path],
                           capture_output=True, timeout=300)
            f = [x for x in os.listdir(d) if x.endswith(".txt")][0]
            return open(os.path.join(d, f), encoding="utf-8-sig").read()
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        return strip(z.read("word/document.xml").decode())
    if ext == ".pdf":
        if key == "SCAN":
            return pdf_text(os.path.join(BUILD, "SCAN_print.pdf"))
        return pdf_text(path)


def main():
    total = 0
    for k in ORDER:
        iss = ISSUES[k]
        path = os.path.join(ROOT, iss["file"])
        t = WS.sub("", text_of(k, path))
        exp = json.load(open(os.path.join(ROOT, os.path.splitext(iss["file"])[0] + ".expected.json"), encoding="utf-8"))
        probs = []
        for need in (iss["issue_line"], iss["total_line"], iss["date_line"]):
            if WS.sub("", need) not in t:
                probs.append(f"issue text {need}")
        for it in exp["items"]:
            for fld in ("title", "body_start", "body_end", "source"):
                v = it[fld]
                if v and WS.sub("", v) not in t:
                    probs.append(f"{fld} {v!r}")
            for o in it["orgs"]:
                if o not in t:
                    probs.append(f"org {o}")
        total += len(probs)
        print(k, iss["file"], "problems:", len(probs))
        for p in probs:
            print("   ", p)
    print("TOTAL problems:", total)


if __name__ == "__main__":
    main()
