# -*- coding: utf-8 -*-
"""drift23pdf: four Chromium prints and one scan, in layouts no earlier set has. The annotation is written from the
same story dicts (common.write_expected) before any parser runs. Prints are served over http://127.0.0.1 (no browser
header or footer, so no address is printed).
d23-01-threecol.pdf: a newsletter in THREE columns flowing over two pages (CSS multicol), the masthead spanning all
  three; a story runs from the foot of column 3 on page 1 to the head of column 1 on page 2.
d23-02-rotated.pdf: three pages; page 2 holds the data report's wide table on a landscape page stored the way print
  drivers store it: a portrait MediaBox, the content drawn turned a quarter left, and /Rotate 90.
d23-03-footnotes.pdf: sources only as footnotes at the page foot (`① 来源：X`), the marks in the text: one after a
  title, one inline after a story's last sentence, one raised; a pull quote (a sentence of the story repeated, large,
  between rules) in the middle of a story.
d23-04-widetable.pdf: a five-column data table split across two pages with NO head row repeated on page 2; a photo
  with its caption `图为…` between two paragraphs of a story.
d23-05-scanrot.pdf: a grayscale scan fed in landscape: the page image stands turned 90°, a dark scanner-lid border
  round it, a round approval stamp (grey in the grayscale scan) over the text, pen underlines under some lines."""
import functools, html, http.server, io, os, random, socketserver, subprocess, sys, tempfile, threading
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import story, write_expected
from stories import NET, NET_T, act

E = html.escape
OUT = os.path.dirname(HERE)
SERIF = "font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;"
SANS = "font-family:'Noto Sans CJK SC',sans-serif;"
random.seed(23)


def chromium(src_html, out_pdf):
    """Print the page with headless Chromium, served from a throw-away directory over 127.0.0.1."""
    _chromium_with(src_html, {}, out_pdf)


def table(rows, head=True):
    h = ("<thead><tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead>") if head else ""
    return (f"<table>{h}<tbody>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>"
                                          for r in (rows[1:] if head else rows)) + "</tbody></table>")


def paras(it, after=None):
    """The paragraphs; after(i) gives extra html to put after paragraph i (a pull quote, a photo) or to append."""
    out = []
    for i, p in enumerate(it["paras"]):
        out.append(table(p["table"]) if isinstance(p, dict) else f"<p>{E(p)}</p>")
        if after:
            out.append(after(i))
    return "".join(out)


def body(it, src_fmt="（来源：{}）", tag="h3"):
    t = f"<{tag}>{E(it['title'])}</{tag}>" if it["title"] else ""
    s = f"<p class=src>{E(src_fmt.format(it['source']))}</p>" if it["source"] else ""
    return t + paras(it) + s


def doc(css, content):
    return f"<html><head><meta charset=utf-8><title>数字贸易简报</title><style>{css}</style></head><body>{content}</body></html>"


BASE = f"""body {{ margin: 0; {SERIF} font-size: 13.5px }}
h3 {{ {SANS} font-size: 15px; margin: 3mm 0 1.5mm }} h2 {{ {SANS} font-size: 17px; margin: 5mm 0 2mm; color: #a00 }}
p {{ text-indent: 2em; margin: 1mm 0; line-height: 1.7; text-align: justify }} p.src {{ text-align: right; text-indent: 0 }}
sup {{ font-size: 9px; line-height: 0 }}
.mast {{ text-align: center; font-size: 36px; font-weight: bold; color: #c00; letter-spacing: .2em; {SANS} }}
.meta {{ display: flex; justify-content: space-between; margin-top: 2mm; border-bottom: 2px solid #c00; padding-bottom: 1.5mm }}
table {{ border-collapse: collapse; margin: 2mm auto; width: 100% }} th, td {{ border: 1px solid #333; padding: 1.2mm 2mm; font-size: 13px }}
th {{ background: #eee }} td:not(:first-child) {{ text-align: right }}"""


def mast(issue_line, date_line, editor="大连市数字贸易协会编"):
    return f"<div class=mast>数字贸易简报</div><div class=meta><span>{issue_line}</span><span>{editor}</span><span>{date_line}</span></div>"


def threecol():
    name = "d23-01-threecol.pdf"
    issue = {"year": 2025, "number": 11, "total": 43, "date": "2025-11-30"}
    d, s1, s2, s3, s4, y = (story(NET), story("suihong"), story("baicheng"), story("poyang"), story("haixi"),
                            story("yunzhan"))
    a1 = act("11月6日，协会组织8家会员企业参加东北亚数据中心合作对接会，介绍大连的海缆和绿电条件。", "2025-11-06")
    a2 = act("11月21日，协会秘书处召开会员单位算力需求座谈会，收集了14家企业的上云和托管需求。", "2025-11-21")
    items = [("数据月报", d), ("会员风采", y), ("行业资讯", s1), ("行业资讯", s2), ("行业资讯", s3), ("行业资讯", s4),
             ("协会动态", a1), ("协会动态", a2)]
    toc = ("<div class=toc>本期要目：" + "　".join(E(t["title"]) for t in (d, s1, s2, s3, s4)) + "</div>")
    content = (f"<div class=top>{mast('2025年第11期（总第43期）', '2025年11月30日')}{toc}</div>"
               + "<h2>■ 数据月报</h2>" + body(d) + "<h2>■ 会员风采</h2>" + body(y)
               + "<h2>■ 行业资讯</h2>" + "".join(body(s) for s in (s1, s2, s3, s4)) + "<h2>■ 协会动态</h2>" + paras(a1) + paras(a2))
    content = f"<div class=cols>{content}</div>"
    css = BASE + """@page { size: A4; margin: 14mm 13mm 16mm }
    body { font-size: 15px } .cols { column-count: 3; column-gap: 6mm; column-rule: .6px solid #999; column-fill: auto }
    .top { column-span: all; margin-bottom: 3mm } h2 { font-size: 15px; border-bottom: 1px solid #a00; margin-top: 3mm }
    h3 { font-size: 15px } p { line-height: 1.8 }
    .toc { border: 1px solid #a00; background: #fbf3f0; margin-top: 3mm; padding: 2mm 4mm; font-size: 14px; line-height: 1.7 }"""
    write_expected(name, issue, items)
    chromium(doc(css, content), os.path.join(OUT, name))


def rotated():
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    name = "d23-02-rotated.pdf"
    issue = {"year": 2025, "number": 10, "total": 42, "date": "2025-10-31"}
    s1, s2, d, y = story("suihong"), story("poyang"), story(NET_T), story("yunzhan")
    a1 = act("10月15日，协会组织会员企业参观大连市一家液冷智算中心，了解算力租赁的计费方式。", "2025-10-15")
    items = [("行业资讯", s1), ("行业资讯", s2), ("数据月报", d), ("会员风采", y), ("协会动态", a1)]
    p1 = mast("2025年第10期（总第42期）", "2025年10月31日") + "<h2>一、行业资讯</h2>" + body(s1) + body(s2)
    p2 = "<h2>二、数据月报</h2>" + body(d)
    p3 = "<h2>三、会员风采</h2>" + body(y) + "<h2>四、协会动态</h2>" + paras(a1)
    css = BASE + """@page { size: A4; margin: 18mm } @page wide { size: A4 landscape; margin: 16mm 20mm }
    .wide { page: wide; break-before: page; break-after: page } th, td { font-size: 14px; padding: 2mm 3mm }"""
    lay = os.path.join(HERE, "rotated-layout.pdf")
    write_expected(name, issue, items)
    chromium(doc(css, f"<div>{p1}</div><div class=wide>{p2}</div><div>{p3}</div>"), lay)
    src = pdfium.PdfDocument(lay)
    out = pdfium.PdfDocument.new()
    for i in range(len(src)):
        w, h = src[i].get_size()
        if w <= h:
            out.import_pages(src, [i])
            continue
        # the landscape page as a portrait page: its content turned a quarter left (x, y) -> (h - y, x), /Rotate 90
        page = out.new_page(h, w)
        xo = src.page_as_xobject(i, out)
        obj = xo.as_pageobject()
        obj.transform(pdfium.PdfMatrix(0, 1, -1, 0, h, 0))
        page.insert_obj(obj)
        page.gen_content()
        page.set_rotation(90)
    out.save(os.path.join(OUT, name))
    out.close(); src.close()
    os.remove(lay)


def footnotes():
    name = "d23-03-footnotes.pdf"
    issue = {"year": 2026, "number": 2, "total": 46, "date": "2026-02-28"}
    s1, s2 = story("oai"), story("suihong")
    b = story("baicheng")
    s3 = story("baicheng", paras=[b["paras"][0].replace("3月20日，吉林省白城市2025年春季", "2025年3月20日，吉林省白城市春季"),
                                  b["paras"][1].replace("去年底", "2024年底")])
    a1 = act("2月12日，协会召开春节前会员座谈会，听取企业对算力券和数据出境便利措施的意见。", "2026-02-12")
    a2 = act("2月25日，协会秘书处赴大连市数据局对接二〇二六年数据要素重点工作。", "2026-02-25", ["大连市数据局"])
    items = [("行业资讯", s1), ("行业资讯", s2), ("行业资讯", s3), ("协会动态", a1), ("协会动态", a2)]
    quote = "<blockquote>“千问系列模型下载量<br>已超过Meta的Llama”</blockquote>"
    st1 = f"<h3>{E(s1['title'])}①</h3>" + paras(s1, after=lambda i: quote if i == 0 else "")
    st2 = f"<h3>{E(s2['title'])}</h3>" + paras(story(s2, paras=s2["paras"][:-1])) + f"<p>{E(s2['paras'][-1])}②</p>"
    st3 = f"<h3>{E(s3['title'])}</h3>" + paras(story(s3, paras=s3["paras"][:-1])) + f"<p>{E(s3['paras'][-1])}<sup>③</sup></p>"
    fn = ("<div class=fn><div class=fr></div><p>① 来源：经济观察报</p><p>② 来源：智通财经</p><p>③ 来源：贤集网</p></div>")
    pg = (mast("2026年第2期（总第46期）", "2026年2月28日") + "<h2>【行业资讯】</h2>" + st1 + st2 + st3
          + "<h2>【协会动态】</h2>" + paras(a1) + paras(a2) + fn)
    css = BASE + f"""@page {{ size: A4; margin: 0 }}
    .page {{ position: relative; width: 210mm; height: 296mm; padding: 16mm 18mm; box-sizing: border-box; overflow: hidden }}
    blockquote {{ {SANS} font-size: 19px; color: #246; text-align: center; border-top: 2px solid #246; border-bottom: 2px solid #246;
      margin: 3mm 22mm; padding: 2mm 0; line-height: 1.5 }}
    .fn {{ position: absolute; bottom: 12mm; left: 18mm; right: 18mm; font-size: 11px }} .fn p {{ text-indent: 0; margin: 0; line-height: 1.5 }}
    .fr {{ width: 50mm; border-top: 1px solid #000; margin-bottom: 1mm }}"""
    write_expected(name, issue, items)
    chromium(doc(css, f"<div class=page>{pg}</div>"), os.path.join(OUT, name))


PHOTO = """<svg xmlns='http://www.w3.org/2000/svg' width='520' height='230' viewBox='0 0 520 230'>
<defs><linearGradient id='g' x1='0' y1='0' x2='0' y2='1'><stop offset='0' stop-color='#9cb6cf'/><stop offset='1' stop-color='#e4ecf2'/></linearGradient></defs>
<rect width='520' height='230' fill='url(#g)'/><rect x='40' y='70' width='150' height='130' fill='#6d7b88'/>
<rect x='210' y='40' width='120' height='160' fill='#59636e'/><rect x='350' y='95' width='130' height='105' fill='#7f8c97'/>
<g fill='#cfd8df'>{}</g><rect y='200' width='520' height='30' fill='#8a8f6a'/></svg>"""


def widetable():
    name = "d23-04-widetable.pdf"
    issue = {"year": 2025, "number": 12, "total": 44, "date": "2025-12-31"}
    s1, s2, d = story("poyang"), story("haixi"), story(NET_T)
    a1 = act("12月9日，协会与大连理工大学联合举办智算运维人才对接会，20余家会员企业参加。", "2025-12-09", ["大连理工大学"])
    a2 = act("12月19日，协会召开第二届理事会第四次会议，审议通过二〇二六年工作要点。", "2025-12-19")
    items = [("行业资讯", s1), ("行业资讯", s2), ("数据月报", d), ("协会动态", a1), ("协会动态", a2)]
    wins = "".join(f"<rect x='{x}' y='{y}' width='10' height='8'/>" for x0, w in ((40, 150), (210, 120), (350, 130))
                   for x in range(x0 + 8, x0 + w - 12, 18) for y in range(80 if x0 != 210 else 50, 190, 16))
    photo = (f"<figure><img src='photo.svg'><figcaption>图为鄱阳湖生态科技城科创中心二期项目现场（资料图）</figcaption></figure>")
    st1 = f"<h3>{E(s1['title'])}</h3>" + paras(s1, after=lambda i: photo if i == 0 else "") + f"<p class=src>（来源：{s1['source']}）</p>"
    rows = d["paras"][1]["table"]
    d_html = (f"<h3>{E(d['title'])}</h3><p>{E(d['paras'][0])}</p>" + "<div class=spacer></div>"
              + table(rows, head=False) + f"<p>{E(d['paras'][2])}</p>")
    content = (mast("2025年第12期（总第44期）", "2025年12月31日") + "<h2>一、行业资讯</h2>" + st1 + body(s2)
               + "<h2>二、数据月报</h2>" + d_html + "<h2>三、协会动态</h2>" + paras(a1) + paras(a2))
    css = BASE + f"""@page {{ size: A4; margin: 18mm 18mm 20mm }} figure {{ margin: 3mm auto; text-align: center }}
    figure img {{ width: 130mm }} figcaption {{ font-size: 12px; color: #444; margin-top: 1mm; {SANS} }}
    tr:first-child td {{ background: #eee; font-weight: bold; text-align: center }} td {{ font-size: 13px }}
    tr {{ break-inside: avoid }} .spacer {{ height: {SPACER}mm }}"""
    write_expected(name, issue, items)
    _chromium_with(doc(css, content), {"photo.svg": PHOTO.format(wins)}, os.path.join(OUT, name))


SPACER = 20


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def _chromium_with(src_html, files, out_pdf):
    with tempfile.TemporaryDirectory() as tmp:
        open(os.path.join(tmp, "x.html"), "w", encoding="utf-8").write(src_html)
        for k, v in files.items():
            open(os.path.join(tmp, k), "w", encoding="utf-8").write(v)
        handler = functools.partial(Quiet, directory=tmp)
        with socketserver.TCPServer(("127.0.0.1", 0), handler) as srv:
            threading.Thread(target=srv.serve_forever, daemon=True).start()
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={out_pdf}", f"http://127.0.0.1:{srv.server_address[1]}/x.html"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            srv.shutdown()


def scanrot():
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    name = "d23-05-scanrot.pdf"
    issue = {"year": 2026, "number": 1, "total": 45, "date": "2026-01-31"}
    s1, s2 = story("hf"), story("suihong")
    a1 = act("1月14日，协会组织会员企业学习开源大模型许可协议的合规要点，30余名技术负责人参加。", "2026-01-14")
    a2 = act("1月23日，协会秘书处走访大连云栈数据服务有限公司，了解企业承接日本算力托管业务的进展。", "2026-01-23",
             ["大连云栈数据服务有限公司"])
    items = [("行业资讯", s1), ("行业资讯", s2), ("协会动态", a1), ("协会动态", a2)]
    pg = (mast("2026年第1期（总第45期）", "2026年1月31日") + "<h2>行业资讯</h2>" + body(s1) + body(s2)
          + "<h2>协会动态</h2>" + paras(a1) + paras(a2))
    css = BASE + "@page { size: A4; margin: 20mm 20mm } body { font-size: 15px } p { line-height: 1.8 }"
    write_expected(name, issue, items)
    lay = os.path.join(HERE, "scan-layout.pdf")
    chromium(doc(css, pg), lay)
    page = [p.render(scale=150 / 72).to_pil().convert("RGB") for p in pdfium.PdfDocument(lay)][0]
    os.remove(lay)
    w, h = page.size
    g = np.asarray(page.convert("L")).astype(float)
    ink = (g < 140).sum(axis=1)
    lines = [y for y in range(1, h - 1) if ink[y] > 0 and ink[y + 1] == 0]        # the foot of each text line
    d = ImageDraw.Draw(page)
    rng = random.Random(5)
    for y in rng.sample(lines[5:-4], 4):                                          # pen underlines, a little wavy
        x0 = rng.randint(int(w * 0.15), int(w * 0.4)); x1 = x0 + rng.randint(int(w * 0.2), int(w * 0.4))
        pts = [(x, y + 4 + 2.2 * np.sin(x / 23.0 + y)) for x in range(x0, min(x1, int(w * 0.88)), 6)]
        d.line(pts, fill=(30, 40, 120), width=3)
    # a round approval stamp over the last paragraphs
    cx, cy, r = int(w * 0.68), lines[-3] - 40, 150
    st = Image.new("RGBA", page.size, (0, 0, 0, 0)); sd = ImageDraw.Draw(st)
    red = (205, 30, 35, 200)
    sd.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=9)
    sd.ellipse((cx - r + 16, cy - r + 16, cx + r - 16, cy + r - 16), outline=red, width=3)
    font = ImageFont.truetype("wqy-microhei.ttc", 46)          # found by name among the system fonts
    sd.text((cx, cy - 10), "审核通过", fill=red, font=font, anchor="mm")
    sd.text((cx, cy + 50), "2026.01.30", fill=red, font=font.font_variant(size=30), anchor="mm")
    st = st.rotate(-14, center=(cx, cy))
    page = Image.alpha_composite(page.convert("RGBA"), st).convert("L")              # a grayscale scan
    page = page.rotate(90, expand=True, fillcolor=255)                              # fed in landscape
    a = np.asarray(page).astype(float) * 0.92 + 12
    H, W = a.shape
    canvas = np.full((H + 90, W + 110), 28.0)                                       # the scanner lid's dark border
    canvas[45:45 + H, 60:60 + W] = a
    canvas += np.random.default_rng(23).normal(0, 6, canvas.shape)
    im = Image.fromarray(np.clip(canvas, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=72)
    Image.open(buf).save(os.path.join(OUT, name), "PDF", resolution=150)


if __name__ == "__main__":
    for f in (sys.argv[1:] or ["threecol", "rotated", "footnotes", "widetable", "scanrot"]):
        globals()[f]()
