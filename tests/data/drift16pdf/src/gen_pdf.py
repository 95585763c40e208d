# -*- coding: utf-8 -*-
"""The four printed drift16pdf issues, through Chromium (each page an explicit box, so the layout is
exactly the one described in ../README.md), and the page layouts the two scans are made from.
The annotation is written from the same story dicts (common.write_expected) before any parser runs."""
import html, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import story, write_expected

E = html.escape
OUT = os.path.dirname(HERE)
FONT = "font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;"
SANS = "font-family:'Noto Sans CJK SC',sans-serif;"


def chromium(src_html, out_pdf, furniture=False, name="x.html"):
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, name); open(p, "w").write(src_html)
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out_pdf}", "file://" + p]
        if not furniture:
            cmd.insert(4, "--no-pdf-header-footer")
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def paras(it, cls=""):
    out = []
    for p in it["paras"]:
        if isinstance(p, dict):
            rows = p["table"]
            out.append("<table><thead><tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                       + "</tbody></table>")
        else:
            out.append(f"<p{cls}>{E(p)}</p>")
    return "".join(out)


def body(it, src_fmt="（来源：{}）"):
    t = f"<h3>{E(it['title'])}</h3>" if it["title"] else ""
    s = f"<p class=src>{E(src_fmt.format(it['source']))}</p>" if it["source"] else ""
    return t + paras(it) + s


def page(inner, extra=""):
    return f"<div class=page{extra}>{inner}</div>"


BASE = f"""@page {{ size: A4; margin: 0 }} body {{ margin: 0; {FONT} font-size: 14px }}
.page {{ position: relative; width: 210mm; height: 296mm; padding: 16mm 18mm; box-sizing: border-box;
         page-break-after: always; overflow: hidden }}
h2 {{ {SANS} font-size: 17px; margin: 5mm 0 3mm }} h3 {{ {SANS} font-size: 15px; margin: 3mm 0 2mm }}
p {{ text-indent: 2em; margin: 1.5mm 0; line-height: 1.7; text-align: justify }} p.src {{ text-align: right; text-indent: 0 }}
table {{ border-collapse: collapse; margin: 2mm 0 }} th, td {{ border: 1px solid #444; padding: 1mm 4mm }}"""


def doc(css, pages):
    return f"<html><head><meta charset=utf-8><title>数字贸易简报</title><style>{BASE}{css}</style></head><body>{''.join(pages)}</body></html>"


# ------------------------------------------------------------------ 01 sidebar
def sidebar():
    name = "d16-01-sidebar.pdf"
    issue = {"year": 2026, "number": 7, "total": 43, "date": "2026-07-31"}
    t1, t2, y, v = story("trade2025"), story("ecom"), story("yida"), story("visit")
    items = [("行业资讯", t1), ("行业资讯", t2), ("会员风采", y), ("协会动态", v)]
    band = ("<div class=band><div class=mast>数字贸易简报</div>"
            "<div class=line><span>2026年第7期（总第43期）</span><span>大连市数字贸易协会秘书处</span>"
            "<span>2026年7月31日</span></div></div>")
    side = ("<div class=side><b>本期目录</b>" + "".join(f"<div>{E(s)}｜{E(i['title'] or '协会工作')}</div>" for s, i in items)
            + "<div class=quote>“外贸面临的外部环境依然严峻复杂，但贸易伙伴更加多元。”</div></div>")
    main1 = "<div class=main><h2>▌行业资讯</h2>" + body(t1) + body(t2) + "</div>"
    ypars = y["paras"]
    fig = "<div class=fig><div class=img></div><div class=cap>图：大连软件园东沟区域</div></div>"
    main2 = ("<div class=main2><h2>▌会员风采</h2>" + f"<h3>{E(y['title'])}</h3>" + f"<p>{E(ypars[0])}</p>" + fig
             + f"<p>{E(ypars[1])}</p>" + "<h2>▌协会动态</h2>" + paras(v) + "</div>")
    css = """.band { background: #dde6f0; padding: 5mm 6mm; margin-bottom: 5mm } .mast { font-size: 34px; letter-spacing: .25em;
      font-weight: bold; text-align: center; color: #123f73 } .line { display: flex; justify-content: space-between; margin-top: 2mm; font-size: 13px }
    .main { float: left; width: 118mm } .side { float: right; width: 48mm; background: #f1f1f1; padding: 3mm; font-size: 11.5px;
      box-sizing: border-box; line-height: 1.6 } .quote { margin-top: 8mm; font-size: 15px; color: #8a1c1c; font-style: italic; line-height: 1.5 }
    .fig { float: right; width: 62mm; margin: 1mm 0 2mm 4mm } .img { height: 40mm; background: #9aa7b4 } .cap { font-size: 11px; text-align: center; margin-top: 1mm }"""
    write_expected(name, issue, items)
    chromium(doc(css, [page(band + side + main1), page(main2)]), os.path.join(OUT, name))


# ------------------------------------------------------------------ 02 table over a page break, footnotes
def tablebreak():
    name = "d16-02-tablebreak.pdf"
    issue = {"year": 2026, "number": 8, "total": 44, "date": "2026-08-31"}
    d, f, e, c = story("DATA"), story("fx"), story("ecom"), story("customs")
    e["paras"] = [e["paras"][0], e["paras"][1].replace("2.75万亿元，", "2.75万亿元①，")]
    rows = d["paras"][1]["table"]
    head = "<thead><tr>" + "".join(f"<th>{E(x)}</th>" for x in rows[0]) + "</tr></thead>"
    tr = lambda r: "<tr>" + "".join(f"<td>{E(x)}</td>" for x in r) + "</tr>"
    items = [("行业资讯", f), ("行业资讯", e), ("数据月报", d), ("协会动态", c)]
    mast = ("<div class=mast>数字贸易简报</div><div class=il>2026年第8期　总第44期</div>"
            "<div class=meta><span>大连市数字贸易协会编印</span><span>2026年8月31日</span></div><hr>")
    foot = lambda n: f"<div class=pf>{n}</div>"
    p1 = (mast + "<h2>行业资讯</h2>" + body(f) + body(e)
          + "<div class=fn><hr class=short>① 据海关总署初步测算，含跨境电商B2B直接出口。</div>" + foot(1))
    p2 = ("<h2>数据月报</h2>" + f"<h3>{E(d['title'])}</h3><p>{E(d['paras'][0])}</p>"
          + "<table>" + head + "<tbody>" + tr(rows[1]) + tr(rows[2]) + "</tbody></table>" + foot(2))
    p3 = ("<div class=cont>续表</div><table>" + head + "<tbody>" + tr(rows[3]) + "</tbody></table>"
          + f"<p class=src>（来源：{E(d['source'])}）</p>"
          + "<h2>协会动态</h2>" + paras(c) + "<div class=fn><hr class=short>注：本期数据均为人民币计价。</div>" + foot(3))
    css = """@page { size: A5 } .page { width: 148mm; height: 209mm; padding: 12mm 13mm } body { font-size: 12.5px }
    .mast { text-align: center; font-size: 28px; letter-spacing: .2em; color: #a00; font-weight: bold } .il { text-align: center }
    .meta { display: flex; justify-content: space-between } hr { border: 0; border-top: 1.5px solid #a00 }
    .fn { position: absolute; bottom: 14mm; left: 13mm; right: 13mm; font-size: 10px } hr.short { width: 35mm; margin: 0 0 1mm; border-top: .6px solid #000 }
    .pf { position: absolute; bottom: 6mm; left: 0; right: 0; text-align: center; font-size: 10px }
    .cont { font-size: 11px; text-align: right } p2 {} .page:nth-child(2) table { margin-top: 70mm }"""
    write_expected(name, issue, items)
    chromium(doc(css, [page(p1), page(p2), page(p3)]), os.path.join(OUT, name))


# ------------------------------------------------------------------ 03 a web page printed, left nav column
def webnav():
    name = "d16-03-webnav.pdf"
    issue = {"year": 2026, "number": 9, "total": 45, "date": "2026-09-30"}
    f, g, r, a1, a2 = story("fx"), story("genai"), story("dtreport", date="2026-09-11"), story("council"), story("customs")
    items = [("行业资讯", f), ("行业资讯", g), ("专题关注", r), ("协会动态", a1), ("协会动态", a2)]
    nav = ("<nav><div class=logo>大连市数字贸易协会</div>" + "".join(f"<a>{x}</a>" for x in
           ("首页", "协会概况", "数字贸易简报", "会员服务", "联系我们"))
           + "<div class=old><b>往期简报</b><a>2026年第8期</a><a>2026年第7期</a><a>2026年第6期</a></div></nav>")
    main = ("<main><div class=crumb>首页 › 数字贸易简报 › 2026年第9期</div><h1>数字贸易简报</h1>"
            "<div class=il>2026年第9期（总第45期）　大连市数字贸易协会　2026年9月30日</div>"
            "<h2>行业资讯</h2>" + body(f, "来源：{}") + body(g, "来源：{}")
            + "<h2>专题关注</h2>" + body(r, "来源：{}") + "<h2>协会动态</h2>" + paras(a1) + paras(a2)
            + "<div class=share>分享到：微信　微博　　返回顶部</div></main>")
    css = """@page { size: A4; margin: 12mm 10mm } body { font-size: 14px } .wrap { display: flex; gap: 8mm }
    nav { width: 42mm; flex: none; background: #f4f6f8; padding: 3mm; font-size: 13px; line-height: 2 }
    nav a { display: block; color: #124 } .logo { font-weight: bold; font-size: 14px; margin-bottom: 2mm } .old { margin-top: 6mm }
    main { flex: 1 } h1 { font-size: 26px; margin: 2mm 0 } .crumb { font-size: 11px; color: #667 } .il { color: #444; font-size: 13px }
    h2 { border-left: 4px solid #1565c0; padding-left: 2mm } .share { margin-top: 8mm; font-size: 12px; color: #777 }"""
    h = f"<html><head><meta charset=utf-8><title>数字贸易简报 2026年第9期 - 大连市数字贸易协会</title><style>{BASE}{css}</style></head><body><div class=wrap>{nav}{main}</div></body></html>"
    write_expected(name, issue, items)
    chromium(h, os.path.join(OUT, name), furniture=True, name="brief-2026-09.html")


# ------------------------------------------------------------------ 04 columns of different spacing; a one-line column
def colspacing(height=None):
    name = "d16-04-colspacing.pdf"
    issue = {"year": 2026, "number": 10, "total": 46, "date": "2026-10-31"}
    d, m, v, c, n, y = story("DATA"), story("models"), story("visit"), story("council"), story("neusoft"), story("yida")
    items = [("数据月报", d), ("行业资讯", m), ("协会动态", v), ("协会动态", c), ("会员风采", n), ("会员风采", y)]
    mast = ("<div class=mast>数字贸易简报</div><div class=il>2026年第10期（总第46期）</div>"
            "<div class=meta><span>大连市数字贸易协会</span><span>2026年10月31日</span></div><hr>")
    p1 = (mast + "<h2>【数据月报】</h2>" + body(d) + "<div class=two><div class=l><h2>【行业资讯】</h2>" + body(m)
          + "</div><div class=r><h2>【协会动态】</h2>" + paras(v) + paras(c) + "</div></div>")
    p2 = f"<h2>【会员风采】</h2><div class=cols style='height:{height or 60}mm'>" + body(n) + body(y) + "</div>"
    css = """.mast { text-align: center; font-size: 32px; letter-spacing: .3em; font-weight: bold } .il { text-align: center }
    .meta { display: flex; justify-content: space-between } hr { border: 0; border-top: 2px solid #000 }
    .two { display: flex; gap: 9mm } .two .l { flex: 1; font-size: 15px } .two .l p { line-height: 2.1 }
    .two .r { flex: 1; font-size: 12px } .two .r p { line-height: 1.35 }
    .cols { column-count: 2; column-gap: 9mm; column-fill: auto }"""
    write_expected(name, issue, items)
    chromium(doc(css, [page(p1), page(p2)]), os.path.join(OUT, name))


def one_line_right():
    """Lower the 会员风采 box until exactly one line spills into its right column."""
    import pdfplumber
    path = os.path.join(OUT, "d16-04-colspacing.pdf")
    for h in range(120, 20, -2):
        colspacing(h)
        with pdfplumber.open(path) as pdf:
            pg = pdf.pages[1]
            tops = {round(w["top"]) for w in pg.extract_words() if w["x0"] > pg.width / 2 + 5}
        if len(tops) == 1:
            print("colspacing: one line in the right column at height", h)
            return
        if len(tops) > 1:
            break
    raise SystemExit("colspacing: no height gives a one-line right column")


# ------------------------------------------------------------------ the scans' layouts
def scan_layouts():
    ph = os.path.join(HERE, "phone-layout.pdf")
    a, b, c = story("trade2025"), story("aicore"), story("customs")
    mast = ("<div class=mast>数字贸易简报</div><div class=il>二〇二六年第十一期（总第47期）</div>"
            "<div class=meta><span>大连市数字贸易协会秘书处编</span><span>2026年11月30日</span></div><hr>")
    css = """@page { size: A5 } .page { width: 148mm; height: 209mm; padding: 11mm 12mm } body { font-size: 12.5px }
    .mast { text-align: center; font-size: 28px; letter-spacing: .2em; font-weight: bold } .il, .meta { font-size: 12px }
    .il { text-align: center } .meta { display: flex; justify-content: space-between } hr { border: 0; border-top: 1.5px solid #000 }
    h2 { font-size: 15px; margin: 3mm 0 2mm } h3 { font-size: 13.5px; margin: 2mm 0 1mm } p { line-height: 1.55; margin: 1mm 0 }"""
    chromium(doc(css, [page(mast + "<h2>■ 行业资讯</h2>" + body(a, "【来源：{}】") + body(b, "【来源：{}】")
                                 + "<h2>■ 协会动态</h2>" + paras(c))]), ph)
    write_expected("d16-05-phone.pdf", {"year": 2026, "number": 11, "total": 47, "date": "2026-11-30"},
                   [("行业资讯", a), ("行业资讯", b), ("协会动态", c)])
    lo = os.path.join(HERE, "lowres-layout.pdf")
    d, f = story("DATA"), story("fund")
    mast = ("<div class=mast>数字贸易简报</div><div class=il>2026年第12期（总第48期）</div>"
            "<div class=meta><span>大连市数字贸易协会</span><span>2026年12月31日</span></div><hr>")
    css = """.mast { text-align: center; font-size: 34px; letter-spacing: .2em; font-weight: bold } .il { text-align: center }
    .meta { display: flex; justify-content: space-between } hr { border: 0; border-top: 2px solid #000 } body { font-size: 15px }"""
    chromium(doc(css, [page(mast + "<h2>一、数据月报</h2>" + body(d) + "<h2>二、行业资讯</h2>" + body(f))]), lo)
    write_expected("d16-06-lowres.pdf", {"year": 2026, "number": 12, "total": 48, "date": "2026-12-31"},
                   [("数据月报", d), ("行业资讯", f)])


if __name__ == "__main__":
    sidebar(); tablebreak(); webnav(); one_line_right(); scan_layouts()
