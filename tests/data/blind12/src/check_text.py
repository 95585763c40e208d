# -*- coding: utf-8 -*-
"""Own checker (no project code): every title, body_start, body_end, source, org, the
issue line, 总第 and the issue date must occur in the plain text of each file
(whitespace removed).  Text by: GB18030 read (.txt), tag stripping without <script>
(.htm), `soffice --convert-to txt` (.doc), unzip of document.xml+endnotes.xml (.docx),
`pdftotext` (office PDF).  The fax has no text layer: it is checked against the text of
the print it was rasterised from (.build/E_print.pdf) and by eye (.build/prevE-*.png)."""
import html, json, os, re, subprocess, sys, tempfile, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES, ORDER

ROOT = os.path.join(os.path.dirname(__file__), "..")
BUILD = os.path.join(ROOT, ".build")
WS = re.compile(r"[\s\u3000]+")


def text_of(key, path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        return open(path, "rb").read().decode("gb18030")
    if ext == ".htm":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"(?is)<script.*?</script>", "", s)
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
        s = ""
        for n in ("word/document.xml", "word/endnotes.xml"):
            if n in z.namelist():
                s += re.sub(r"(?s)<[^>]+>", "", z.read(n).decode("utf-8"))
        return html.unescape(s)
    if ext == ".pdf":
        src = os.path.join(BUILD, "E_print.pdf") if key == "E" else path
        full = subprocess.run(["pdftotext", src, "-"], capture_output=True, text=True).stdout
        # columns: also read every page as left half then right half (gap-separated columns)
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", src], capture_output=True, text=True).stdout).group(1))
        cols = ""
        for pg in range(1, n + 1):
            for x in (0, 298):
                cols += subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-x", str(x), "-y", "0",
                                        "-W", "297", "-H", "842", src, "-"], capture_output=True, text=True).stdout
        return full + "\n" + cols
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
                if o not in t:
                    probs.append(("org", o))
        total += len(probs)
        print(k, iss["file"], "problems:", len(probs), probs[:8])
    print("TOTAL problems:", total)


if __name__ == "__main__":
    main()
