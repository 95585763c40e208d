# -*- coding: utf-8 -*-
"""2025-03-wps.pdf and 2026-02-2up.pdf (and the layout of 2025-09-seal.pdf), through Chromium.

wps: an A4 issue laid out like a WPS/Office export: a red title band, a red rule, section headings
with wide letter-spacing (`【 数 据 月 报 】`), and a diagonal watermark `内部资料 注意保存` three
times across every page (real text in the text layer).
2up: four A5 pages, each with a running header and a `— n —` footer, then imposed two to a sheet
side by side on A4 landscape (pypdfium2 form XObjects), the way a booklet is printed 2-up.
seal: the one-page layout the scan is made from (gen_scan.py)."""
import html, os, subprocess, sys, tempfile
import pypdfium2 as pdfium
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import B, C, D

E = html.escape


def chromium(src_html, out_pdf):
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "x.html"); open(p, "w").write(src_html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out_pdf}", "file://" + p], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def body(it, title_tag="h3"):
    out = []
    if it["title"]:
        out.append(f"<{title_tag}>{E(it['title'])}</{title_tag}>")
    for p in it["paras"]:
        if isinstance(p, dict):
            rows = p["table"]
            out.append("<table><tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                       + "</table>")
        else:
            out.append(f"<p>{E(p)}</p>")
    if it["source"]:
        out.append(f"<p class=src>（来源：{E(it['source'])}）</p>")
    return "\n".join(out)


FONT = "font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;"

# ------------------------------------------------------------------ wps
def wps():
    title, issue, editor, date = B["head"]
    its = B["items"]
    mark = "".join(f'<div class=wm style="top:{t}mm;left:{l}mm">内部资料　注意保存</div>'
                   for t, l in ((55, 10), (135, 35), (215, 5)))
    sec = lambda s: f"<h2>【{s}】</h2>"
    p1 = (f"<div class=band>{title}</div><div class=issue>{issue}</div>"
          f"<div class=meta><span>{editor}</span><span>{date}</span></div><hr class=red>"
          + sec("数据月报") + body(its[0]))
    p2 = sec("行业资讯") + body(its[1]) + sec("协会动态") + body(its[2]) + body(its[3])
    css = f"""@page {{ size: A4; margin: 0 }} body {{ margin:0; {FONT} font-size: 14.5px; }}
    .page {{ position: relative; width: 210mm; height: 296mm; padding: 18mm 22mm; box-sizing: border-box;
             page-break-after: always; overflow: hidden }}
    .wm {{ position: absolute; font-size: 46px; color: rgba(120,120,120,.18); transform: rotate(-32deg);
           white-space: nowrap; font-family: 'Noto Sans CJK SC'; z-index: 5 }}
    .band {{ background: #b5121b; color: #fff; font-size: 38px; text-align: center; padding: 10px 0;
             letter-spacing: .3em; font-family: 'Noto Sans CJK SC'; font-weight: bold }}
    .issue {{ text-align: center; margin-top: 8px; font-size: 15px }}
    .meta {{ display: flex; justify-content: space-between; margin-top: 6px; font-size: 14px }}
    hr.red {{ border: 0; border-top: 2px solid #b5121b; margin: 6px 0 12px }}
    h2 {{ font-size: 17px; letter-spacing: .9em; color: #b5121b; font-family: 'Noto Sans CJK SC'; margin: 14px 0 8px }}
    h3 {{ font-size: 16px; font-family: 'Noto Sans CJK SC'; margin: 10px 0 6px }}
    p {{ text-indent: 2em; margin: 4px 0; line-height: 1.7; text-align: justify }}
    p.src {{ text-align: right; text-indent: 0; color: #444 }}"""
    h = (f"<html><head><meta charset=utf-8><title>WPS</title><style>{css}</style></head><body>"
         f"<div class=page>{p1}{mark}</div><div class=page>{p2}{mark}</div></body></html>")
    chromium(h, os.path.join(HERE, "..", B["file"]))


# ------------------------------------------------------------------ 2up
def twoup():
    title, issue, editor, date = C["head"]
    its = C["items"]
    toc = "".join(f"<div class=toc>{s}　{E(t)}</div>" for s, t in
                  (("数据月报", its[0]["title"]), ("行业资讯", its[1]["title"]), ("行业资讯", its[2]["title"]),
                   ("协会动态", "协会工作两则")))
    sec = lambda s: f"<h2>■ {s}</h2>"
    pages = [f"<h1>{title}</h1><div class=issue>{issue}</div><div class=meta><span>{editor}</span><span>{date}</span></div>"
             f"<div class=tocbox><b>本期目录</b>{toc}</div>",
             sec("数据月报") + body(its[0]),
             sec("行业资讯") + body(its[1]) + body(its[2]),
             sec("协会动态") + body(its[3]) + body(its[4])]
    css = f"""@page {{ size: A5; margin: 0 }} body {{ margin: 0; {FONT} font-size: 12.5px }}
    .page {{ position: relative; width: 148mm; height: 209mm; padding: 16mm 14mm 14mm; box-sizing: border-box;
             page-break-after: always; overflow: hidden }}
    .rh {{ position: absolute; top: 7mm; left: 14mm; right: 14mm; font-size: 10px; color: #555;
           border-bottom: 1px solid #888; padding-bottom: 2px; display: flex; justify-content: space-between }}
    .pf {{ position: absolute; bottom: 6mm; left: 0; right: 0; text-align: center; font-size: 10px }}
    h1 {{ text-align: center; font-size: 30px; margin: 14mm 0 4mm; letter-spacing: .15em }}
    .issue {{ text-align: center; font-size: 13px }} .meta {{ display: flex; justify-content: space-between; margin: 4mm 0 }}
    .tocbox {{ border: 1px solid #999; padding: 3mm; margin-top: 8mm }} .toc {{ margin: 1.5mm 0 }}
    h2 {{ font-size: 15px; border-bottom: 1.5px solid #333; padding-bottom: 2px; margin: 4mm 0 3mm }}
    h3 {{ font-size: 13.5px; margin: 3mm 0 2mm }} p {{ text-indent: 2em; margin: 1.5mm 0; line-height: 1.65 }}
    p.src {{ text-align: right; text-indent: 0 }}"""
    h = f"<html><head><meta charset=utf-8><style>{css}</style></head><body>"
    for n, p in enumerate(pages, 1):
        rh = "" if n == 1 else f"<div class=rh><span>数字贸易简报</span><span>2026年第2期</span></div>"
        h += f"<div class=page>{rh}{p}<div class=pf>— {n} —</div></div>"
    h += "</body></html>"
    a5 = os.path.join(HERE, "2026-02-a5.pdf")
    chromium(h, a5)
    src = pdfium.PdfDocument(a5)
    out = pdfium.PdfDocument.new()
    W, H = 841.89, 595.28
    for s in range(0, len(src), 2):
        page = out.new_page(W, H)
        for k in (0, 1):
            if s + k >= len(src):
                break
            xo = src.page_as_xobject(s + k, out)
            po = xo.as_pageobject()
            po.transform(pdfium.PdfMatrix().translate(k * W / 2, 0))
            page.insert_obj(po)
        page.gen_content()
    out.save(os.path.join(HERE, "..", C["file"]))


# ------------------------------------------------------------------ seal layout
def seal_layout():
    title, issue, editor, date = D["head"]
    its = D["items"]
    nums = "一二三"
    secs = [("数据月报", its[0:1]), ("行业资讯", its[1:2]), ("协会动态", its[2:3])]
    h = "".join(f"<h2>{nums[i]}、{s}</h2>" + "".join(body(it) for it in group) for i, (s, group) in enumerate(secs))
    css = f"""@page {{ size: A4; margin: 0 }} body {{ margin: 0; {FONT} font-size: 15px }}
    .page {{ width: 210mm; height: 296mm; padding: 20mm 24mm; box-sizing: border-box }}
    h1 {{ text-align: center; color: #c00; font-size: 40px; letter-spacing: .2em; margin: 0 0 4mm; font-family: 'Noto Sans CJK SC' }}
    .issue {{ text-align: center; font-size: 16px }} .meta {{ display: flex; justify-content: space-between; margin: 3mm 0 }}
    hr {{ border: 0; border-top: 2.5px solid #c00 }} h2 {{ font-size: 18px; font-family: 'Noto Sans CJK SC'; margin: 6mm 0 3mm }}
    h3 {{ font-size: 16px; font-family: 'Noto Sans CJK SC'; margin: 3mm 0 }} p {{ text-indent: 2em; line-height: 1.8; margin: 2mm 0 }}
    p.src {{ text-align: right }}"""
    doc = (f"<html><head><meta charset=utf-8><style>{css}</style></head><body><div class=page>"
           f"<h1>{title}</h1><div class=issue>{issue}</div><div class=meta><span>{editor}</span><span>{date}</span></div>"
           f"<hr>{h}</div></body></html>")
    chromium(doc, os.path.join(HERE, "2025-09-seal-layout.pdf"))


if __name__ == "__main__":
    wps(); twoup(); seal_layout()
