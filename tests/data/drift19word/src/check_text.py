# -*- coding: utf-8 -*-
"""Own check (no project code): each file's text as LibreOffice reads it (txt export, and its PDF for text boxes; for the endnotes and footers of
the .docx, the XML parts' w:t too) must hold every title, body_start, body_end, source, organisation and issue line."""
import glob, json, os, re, subprocess, tempfile, zipfile
from common import OUT

WS = re.compile(r"[\s\u3000]+")
bad = 0
for exp_path in sorted(glob.glob(os.path.join(OUT, "*.expected.json"))):
    exp = json.load(open(exp_path, encoding="utf-8"))
    path = os.path.join(OUT, exp["file"])
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/u", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", tmp, path], check=True, capture_output=True)
        text = open(glob.glob(tmp + "/*.txt")[0], encoding="utf-8-sig").read()
        # text boxes are left out of the txt export: the printed page (PDF) has them
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/u", "--convert-to", "pdf",
                        "--outdir", tmp, path], check=True, capture_output=True)
        text += subprocess.run(["pdftotext", glob.glob(tmp + "/*.pdf")[0], "-"], capture_output=True, text=True).stdout
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if re.match(r"word/(endnotes|footer\d|header\d)\.xml", n):
                    text += "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", z.read(n).decode()))
    flat = WS.sub("", text)
    i = exp["issue"]
    want = ["%d年第%d期" % (i["year"], i["number"]), "总第%d期" % i["total"]]
    for it in exp["items"]:
        want += [it["body_start"], it["body_end"]] + [x for x in (it["title"], it["source"]) if x] + it["orgs"]
    missing = [w for w in want if WS.sub("", w) not in flat]
    bad += len(missing)
    print(exp["file"], "missing:", missing or "none")
print("problems:", bad)
