# -*- coding: utf-8 -*-
"""Own checker (no project code): every title, body_start, body_end, source, org, the issue line,
总第 and the issue date must occur in the plain text of each file (whitespace removed).
Text by: GBK decode (.txt), tag stripping without <script>/<style> (.html), tag stripping of
word/document.xml (.docx), `soffice --convert-to txt` (.doc), the scan against .build/SCAN_print.pdf (page images looked at: .build/sprev_all.png), `pdftotext` whole sheet + left/right A5 halves (.pdf)."""
import html, json, os, re, subprocess, sys, tempfile, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES, ORDER

ROOT = os.path.join(os.path.dirname(__file__), "..")
WS = re.compile(r"[\s\u3000]+")


def strip(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def text_of(key, path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        return open(path, "rb").read().decode("gbk")
    if ext == ".html":
        return strip(open(path, encoding="utf-8").read())
    if ext == ".docx":
        return strip(zipfile.ZipFile(path).read("word/document.xml").decode())
    if ext == ".doc":
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path],
                           capture_output=True, timeout=300)
            f = [x for x in os.listdir(d) if x.endswith(".txt")][0]
            return open(os.path.join(d, f), encoding="utf-8-sig").read()
    if key == "SCAN":  # no text layer: checked against the print it was rasterised from
        return subprocess.run(["pdftotext", os.path.join(ROOT, ".build", "SCAN_print.pdf"), "-"],
                              capture_output=True, text=True).stdout
    if ext == ".pdf":  # whole sheet + each A5 half of every A4 sheet (the booklet is imposed 2-up)
        out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        for pg in (1, 2):
            for x in (0, 421):
                out += subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-x", str(x), "-y", "0", "-W", "421",
                                       "-H", "595", path, "-"], capture_output=True, text=True).stdout
        return out


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
