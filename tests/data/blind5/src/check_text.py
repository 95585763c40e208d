# -*- coding: utf-8 -*-
"""Own check (not the project's parser): every annotated title, body_start, body_end, source
and organisation occurs in the whitespace-stripped text of the generated file. Text is got
by: plain read (txt/md), tag stripping (html), own reading of word/document.xml (docx),
LibreOffice txt export (the RTF .doc), pdftotext (pdf)."""
import os, re, json, html, glob, subprocess, zipfile
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def text(f):
    p = os.path.join(D, f)
    if f.endswith(".pdf"):
        t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout + sheet_columns(p)
    elif f.endswith(".docx"):
        x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", x)
        t = "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", q))) for q in paras)
    elif f.endswith(".doc"):
        os.makedirs("/tmp/b5chk", exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", "/tmp/b5chk", p],
                       capture_output=True)
        t = open("/tmp/b5chk/" + f.rsplit(".", 1)[0] + ".txt", encoding="utf-8-sig").read()
    elif f.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", "", open(p, encoding="utf-8").read()))
    else:
        t = open(p, encoding="utf-8").read()
    t = re.sub(r"\*\*|<[^>]+>", "", t)
    return re.sub(r"[\s\u3000|]", "", t)
def sheet_columns(p):
    """Spreadsheet PDF: words from pdftotext -bbox, assigned to the printed columns (A-H letters
    of the sheet header) and read column group by column group (B, C-F, G), page by page."""
    subprocess.run(["pdftotext", "-bbox", p, "/tmp/b5chk/bbox.html"], capture_output=True)
    x = open("/tmp/b5chk/bbox.html", encoding="utf-8").read()
    out, pages = [], re.findall(r"<page.*?</page>", x, re.S)
    W = [[(float(a), float(b), float(c), html.unescape(w)) for a, b, c, w in
          re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', pg)]
         for pg in pages]
    # column edges of the printed sheet (A4 landscape, 10 mm margins, widths from the CSS
    # <colgroup> of src/2026-04.html: row numbers 22pt, A 52, B 120, C auto, D-G 70, H 40);
    # checked against the centres of the printed column letters A..H
    bounds = [102.35, 222.35, 493.55, 563.55, 633.55, 703.55, 773.55]
    letters = sorted((a + c) / 2 for a, b, c, w in W[0] if w in "ABCDEFGH" and len(w) == 1 and b < 60)
    assert all(lo < m < hi for lo, m, hi in zip([50.35] + bounds, letters, bounds + [813.6])), letters
    col = lambda xm: sum(1 for bd in bounds if xm > bd)
    for group in ((1,), (2, 3, 4, 5), (6,)):
        for ws in W:
            sel = sorted((b, a, w) for a, b, c, w in ws if col(a) in group and b > 60)
            out.append("".join(w for b, a, w in sel))
    return "\n".join(out)
bad = 0
for e in sorted(glob.glob(os.path.join(D, "*.expected.json"))):
    a = json.load(open(e))
    T = text(a["file"])
    for it in a["items"]:
        for k in ("body_start", "body_end", "title", "source"):
            v = it[k]
            if v and re.sub(r"\s", "", v) not in T:
                bad += 1; print(a["file"], k, v)
        for o in it["orgs"]:
            if o not in T:
                bad += 1; print(a["file"], "org", o)
    for k in ("date",):
        y, m, d = a["issue"]["date"].split("-")
        if a["issue"]["date"] not in T and "%s年%d月%d日" % (y, int(m), int(d)) not in T:
            bad += 1; print(a["file"], "issue date not found")
    print(a["file"], "checked", len(a["items"]))
print("problems:", bad)
