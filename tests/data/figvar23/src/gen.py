# -*- coding: utf-8 -*-
"""Writes the figvar23 issues from content.py, each in its own layout, and their annotations
(X.expected.json: the hand-written figures of content.py, items cut from the same text).
Run: python tests/data/figvar23/src/gen.py (python-docx and a Chromium on PATH for the .docx and .pdf)."""
import html, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from content import ISSUES  # noqa: E402

WS = re.compile(r"[\s\u3000]+")
CN = "〇一二三四五六七八九十"


def flat(paras):
    out = []
    for p in paras:
        if isinstance(p, dict):
            out.extend(([p["caption"]] if p["caption"] else []) + [c for r in p["table"] for c in r])
        else:
            out.append(p)
    return WS.sub("", "".join(out))


def expected(name, spec):
    items = []
    for it, sec in ((spec["report"], "数据月报"), (spec["news"], spec["news"]["section"])):
        b = flat(it["paras"])
        items.append({"section": sec, "title": it["title"], "source": it.get("source"), "date": it["date"],
                      "orgs": it["orgs"], "body_start": b[:12], "body_end": b[-12:]})
    exp = {"file": name, "issue": spec["issue"], "items": items, "figures": spec["report"]["figures"]}
    with open(os.path.join(OUT, name.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


def head(spec, sep="　"):
    i = spec["issue"]
    y, m, d = i["date"].split("-")
    return ["数字贸易简报", f"{i['year']}年第{i['number']}期（总第{i['total']}期）",
            f"大连市数字贸易协会{sep}{int(y)}年{int(m)}月{int(d)}日"]


def aligned(rows):
    """A table as a typist sets it: columns padded with full-width spaces, two spaces between."""
    w = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    return ["  ".join(r[c] + "　" * (w[c] - len(r[c])) for c in range(len(r))).rstrip("　 ") for r in rows]


def write_text(name, spec, table):
    lines = head(spec) + ["", "【数据月报】", spec["report"]["title"]]
    for p in spec["report"]["paras"]:
        if isinstance(p, dict):
            lines += ([p["caption"]] if p["caption"] else []) + table(p["table"])
        else:
            lines.append(p)
    n = spec["news"]
    lines += ["", f"【{n['section']}】", n["title"]] + n["paras"] + [f"来源：{n['source']}", ""]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(lines))


def write_md(name, spec):
    i = spec["issue"]
    y, m, d = i["date"].split("-")
    lines = ["# 数字贸易简报", "", f"**{i['year']}年第{i['number']}期**（总第{i['total']}期）", "",
             f"大连市数字贸易协会秘书处 编 · {int(y)}年{int(m)}月{int(d)}日", "", "---", "", "## 数据月报", "",
             f"**{spec['report']['title']}**", ""]
    for p in spec["report"]["paras"]:
        if isinstance(p, dict):
            t = p["table"]
            lines += ["| " + " | ".join(t[0]) + " |", "|---" + "|---:" * (len(t[0]) - 1) + "|"]
            lines += ["| " + " | ".join(r) + " |" for r in t[1:]] + [""]
        else:
            lines += [p, ""]
    n = spec["news"]
    lines += [f"## {n['section']}", "", f"**{n['title']}**", ""] + [x for p in n["paras"] for x in (p, "")]
    lines += [f"（来源：{n['source']}）", ""]
    open(os.path.join(OUT, name), "w", encoding="utf-8").write("\n".join(lines))


def write_docx(name, spec):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    for k, line in enumerate(head(spec, sep="  ")):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = k == 0
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("数据月报", level=1)
    doc.add_heading(spec["report"]["title"], level=2)
    for para in spec["report"]["paras"]:
        if isinstance(para, dict):
            cap = doc.add_paragraph()
            cap.add_run(para["caption"]).bold = True
            cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
            t = para["table"]
            tab = doc.add_table(rows=len(t), cols=len(t[0]))
            tab.style = "Table Grid"
            for ri, row in enumerate(t):
                for ci, c in enumerate(row):
                    tab.cell(ri, ci).text = c
        else:
            doc.add_paragraph(para)
    n = spec["news"]
    doc.add_heading(n["section"], level=1)
    doc.add_heading(n["title"], level=2)
    for para in n["paras"]:
        doc.add_paragraph(para)
    doc.add_paragraph(f"（来源：{n['source']}）")
    doc.core_properties.author = "秘书处"
    doc.save(os.path.join(OUT, name))


CSS = """@page { size: A4; margin: 18mm 20mm } body { font-family: 'Noto Serif CJK SC', serif; font-size: 14px;
line-height: 1.7 } .mast { text-align: center } .mast h1 { font-size: 26px; margin: 0 0 4px }
h2 { font-size: 17px; border-bottom: 2px solid #a00; padding-bottom: 2px; margin-top: 22px }
h3 { font-size: 15px; text-align: center } p { text-indent: 2em; margin: 4px 0 }
table { border-collapse: collapse; margin: 6px auto } td, th { border: none; padding: 2px 18px }
th { font-weight: bold } td:last-child, th:last-child { text-align: right } .cap { text-align: center; text-indent: 0 }"""


def write_pdf(name, spec):
    e = html.escape
    m = head(spec)
    body = [f"<div class=mast><h1>{e(m[0])}</h1><div>{e(m[1])}</div><div>{e(m[2])}</div></div>",
            "<h2>数据月报</h2>", f"<h3>{e(spec['report']['title'])}</h3>"]
    for p in spec["report"]["paras"]:
        if isinstance(p, dict):
            t = p["table"]
            body.append(f"<p class=cap>{e(p['caption'])}</p>" if p["caption"] else "")
            body.append("<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in t[0]) + "</tr>"
                        + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in t[1:])
                        + "</table>")
        else:
            body.append(f"<p>{e(p)}</p>")
    n = spec["news"]
    body += [f"<h2>{e(n['section'])}</h2>", f"<h3>{e(n['title'])}</h3>"] + [f"<p>{e(p)}</p>" for p in n["paras"]]
    body.append(f"<p>（来源：{e(n['source'])}）</p>")
    doc = f"<!doctype html><meta charset=utf-8><style>{CSS}</style>" + "".join(body)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "x.html")
        open(src, "w", encoding="utf-8").write(doc)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={os.path.join(OUT, name)}", "file://" + src],  # an absolute name stays
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_scan(name, spec):
    """The printed page, scanned: rendered at 150 dpi, turned 0.7 degrees, a grey cast and a little blur,
    saved as JPEG pages with no text layer."""
    import io
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    random.seed(19)
    with tempfile.TemporaryDirectory() as tmp:
        printed = os.path.join(tmp, "printed.pdf")
        write_pdf(printed, spec)
        pages = []
        for page in pdfium.PdfDocument(printed):
            img = page.render(scale=150 / 72).to_pil().convert("L")
            img = img.rotate(0.7, resample=Image.BICUBIC, expand=True, fillcolor=236)
            img = img.point(lambda v: int(v * 0.9 + 14)).filter(ImageFilter.GaussianBlur(0.6))
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=70)
            pages.append(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
        pages[0].save(os.path.join(OUT, name), "PDF", resolution=150, save_all=True, append_images=pages[1:])


def main():
    for name, spec in ISSUES.items():
        expected(name, spec)
        if name.endswith(".txt"):
            write_text(name, spec, aligned)
        elif name.endswith(".md"):
            write_md(name, spec)
        elif name.endswith(".docx"):
            write_docx(name, spec)
        elif name.endswith("-scan.pdf"):
            write_scan(name, spec)
        elif name.endswith(".pdf"):
            write_pdf(name, spec)


if __name__ == "__main__":
    main()
