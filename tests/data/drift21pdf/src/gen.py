# -*- coding: utf-8 -*-
"""drift21pdf: three Chromium prints and one scan, in layouts no earlier set has. The annotation is written from
the same story dicts (common.write_expected) before any parser runs.
d21-01-splittable.pdf: the data table split across two pages, its head row repeated at the top of page 2, a running
  header and a page-number footer on both pages.
d21-02-sidebar.pdf: a main column beside a shaded sidebar box of 短讯 (two short items), a source given only as a
  footnote ① at the page foot, then 协会动态 full width.
d21-03-modules.pdf: 行业资讯 as framed modules: a tall box on the left, two boxes stacked on the right.
d21-04-spread.pdf: a scan of an open booklet: two A5 pages side by side on one landscape image, a dark gutter
  shadow between them, the left page a little turned, 150 dpi, JPEG.
d21-05-photo.pdf: a phone photo of a printed A4 page laid out in CSS columns (column-count 2, a column rule, the
  banners spanning both columns): perspective (bottom edge wider), a soft diagonal shadow of the phone across the
  lower half, warm colour cast, on a dark desk, JPEG."""
import html, io, os, random, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import story, write_expected
from stories import SOFT, act

E = html.escape
OUT = os.path.dirname(HERE)
SERIF = "font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;"
SANS = "font-family:'Noto Sans CJK SC',sans-serif;"
random.seed(21)


def chromium(src_html, out_pdf):
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "x.html"); open(p, "w").write(src_html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out_pdf}", "file://" + p], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def table(rows):
    return ("<table><thead><tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")


def paras(it, mark=None):
    out = []
    for i, p in enumerate(it["paras"]):
        if isinstance(p, dict):
            out.append(table(p["table"]))
        else:
            t = E(p)
            if mark and i == len(it["paras"]) - 1:
                t = t + f"<sup>{mark}</sup>"
            out.append(f"<p>{t}</p>")
    return "".join(out)


def body(it, src_fmt="（来源：{}）", mark=None):
    t = f"<h3>{E(it['title'])}</h3>" if it["title"] else ""
    s = f"<p class=src>{E(src_fmt.format(it['source']))}</p>" if it["source"] and not mark else ""
    return t + paras(it, mark) + s


def doc(css, pages):
    return f"<html><head><meta charset=utf-8><title>数字贸易简报</title><style>{css}</style></head><body>{''.join(pages)}</body></html>"


BASE = f"""@page {{ size: A4; margin: 0 }} body {{ margin: 0; {SERIF} font-size: 13.5px }}
.page {{ position: relative; width: 210mm; height: 296mm; padding: 18mm 18mm; box-sizing: border-box; break-after: page; overflow: hidden }}
h3 {{ {SANS} font-size: 15px; margin: 3mm 0 1.5mm }} h2 {{ {SANS} font-size: 17px; margin: 5mm 0 2mm; color: #a00 }}
p {{ text-indent: 2em; margin: 1mm 0; line-height: 1.7; text-align: justify }} p.src {{ text-align: right; text-indent: 0 }}
sup {{ font-size: 9px; line-height: 0 }}
.mast {{ text-align: center; font-size: 36px; font-weight: bold; color: #c00; letter-spacing: .2em; {SANS} }}
.meta {{ display: flex; justify-content: space-between; margin-top: 2mm; border-bottom: 2px solid #c00; padding-bottom: 1.5mm }}
table {{ border-collapse: collapse; margin: 2mm auto; width: 88% }} th, td {{ border: 1px solid #333; padding: 1.2mm 3mm; font-size: 13px }}
th {{ background: #eee }} td:not(:first-child) {{ text-align: right }}"""


def mast(issue_line, date_line):
    return f"<div class=mast>数字贸易简报</div><div class=meta><span>{issue_line}</span><span>大连市数字贸易协会编</span><span>{date_line}</span></div>"


def splittable():
    name = "d21-01-splittable.pdf"
    issue = {"year": 2025, "number": 3, "total": 35, "date": "2025-03-31"}
    d, n, y = story(SOFT), story("dataex", date=None, title="数据交易机构超过50家　中小机构待整合",
                                  paras=[story("dataex")["paras"][1]], orgs=story("dataex")["orgs"][1:]), story("haiyun")
    a1 = act("3月14日，协会组织10家会员企业参加大连市软件和信息服务业出口政策座谈会，交流了拓展日韩市场的做法。", "2025-03-14")
    items = [("数据月报", d), ("行业资讯", n), ("会员风采", y), ("协会动态", a1)]
    rows = d["paras"][1]["table"]
    head, foot = ("<div class=rh>数字贸易简报　2025年第3期</div>", "<div class=pf>— {} —</div>")
    p1 = (head + mast("2025年第3期（总第35期）", "2025年3月31日")
          + "<h2>一、数据月报</h2>" + f"<h3>{E(d['title'])}</h3><p>{E(d['paras'][0])}</p>"
          + "<p style='height:118mm'></p>" + table(rows[:7]) + foot.format(1))
    p2 = (head + table([rows[0]] + rows[7:]) + f"<p>{E(d['paras'][2])}</p>"
          + "<h2>二、行业资讯</h2>" + body(n) + "<h2>三、会员风采</h2>" + body(y) + "<h2>四、协会动态</h2>" + paras(a1)
          + foot.format(2))
    css = BASE + """.rh { position: absolute; top: 8mm; left: 18mm; right: 18mm; font-size: 11px; color: #555;
    border-bottom: 1px solid #999; text-align: right } .pf { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 11px }"""
    write_expected(name, issue, items)
    chromium(doc(css, [f"<div class=page>{p1}</div>", f"<div class=page>{p2}</div>"]), os.path.join(OUT, name))


def sidebar():
    name = "d21-02-sidebar.pdf"
    issue = {"year": 2026, "number": 1, "total": 45, "date": "2026-01-31"}
    f, x = story("forum"), story("dataex")
    s1, s2 = story("nodes"), story("fair")
    a1 = act("1月20日，协会秘书处走访大连海韵数智科技有限公司，了解企业开拓欧洲市场的需求。", "2026-01-20", ["大连海韵数智科技有限公司"])
    a2 = act("1月27日，协会召开二〇二六年第一次会长办公会，研究全年重点工作安排。", "2026-01-27")
    items = [("行业资讯", f), ("行业资讯", x), ("短讯", s1), ("短讯", s2), ("协会动态", a1), ("协会动态", a2)]
    side = ("<div class=side><div class=stab>短　讯</div>"
            + "".join(f"<h4>{E(s['title'])}</h4>" + paras(s) + (f"<p class=src>来源：{E(s['source'])}</p>" if s["source"] else "")
                      for s in (s1, s2)) + "</div>")
    main = "<div class=main><h2>行业资讯</h2>" + body(f) + body(x, mark="①") + "</div>"
    pg = (mast("2026年第1期（总第45期）", "2026年1月31日") + f"<div class=row>{main}{side}</div>"
          + "<h2>协会动态</h2>" + paras(a1) + paras(a2)
          + "<div class=fn><div class=fr></div><p>①来源：数据交易网</p></div>")
    css = BASE + f""".row {{ display: flex; gap: 6mm; align-items: flex-start }} .main {{ flex: 2 }}
    .side {{ flex: 1; background: #eef3f8; border-top: 3px solid #246; padding: 2mm 3mm; margin-top: 6mm }}
    .side p {{ font-size: 12px; line-height: 1.55; text-indent: 0 }} .side h4 {{ {SANS} font-size: 13px; margin: 2mm 0 1mm }}
    .stab {{ {SANS} font-weight: bold; color: #246; font-size: 15px }}
    .fn {{ position: absolute; bottom: 14mm; left: 18mm; right: 18mm; font-size: 11px }} .fn p {{ text-indent: 0; margin: 0 }}
    .fr {{ width: 45mm; border-top: 1px solid #000; margin-bottom: 1mm }}"""
    write_expected(name, issue, items)
    chromium(doc(css, [f"<div class=page>{pg}</div>"]), os.path.join(OUT, name))


def modules():
    name = "d21-03-modules.pdf"
    issue = {"year": 2025, "number": 12, "total": 44, "date": "2025-12-31"}
    x, s1, s2, y = story("dataex"), story("nodes", date=None), story("fair"), story("haiyun")
    a1 = act("12月12日，协会与大连市服务外包协会联合举办数据标注人才对接会，30余家企业参加。", "2025-12-12", ["大连市服务外包协会"])
    items = [("行业资讯", x), ("行业资讯", s1), ("行业资讯", s2), ("会员风采", y), ("协会动态", a1)]
    box = lambda it: f"<div class=box>{body(it)}</div>"
    pg = (mast("2025年第12期（总第44期）", "2025年12月31日") + "<h2>◆ 行业资讯</h2>"
          + f"<div class=grid><div class=l>{box(x)}</div><div class=r>{box(s1)}{box(s2)}</div></div>"
          + "<h2>◆ 会员风采</h2>" + body(y) + "<h2>◆ 协会动态</h2>" + paras(a1))
    css = BASE + """.grid { display: flex; gap: 5mm; align-items: stretch } .l { flex: 1; display: flex } .r { flex: 1 }
    .box { border: 1.2px solid #555; padding: 1mm 3mm 2mm; margin-bottom: 4mm; flex: 1 } .l .box { margin-bottom: 0 }"""
    write_expected(name, issue, items)
    chromium(doc(css, [f"<div class=page>{pg}</div>"]), os.path.join(OUT, name))


def spread():
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    name = "d21-04-spread.pdf"
    issue = {"year": 2025, "number": 8, "total": 40, "date": "2025-08-31"}
    d = story(SOFT, paras=[SOFT["paras"][0], SOFT["paras"][2]],
              figures=[f for f in SOFT["figures"] if f["indicator"] in ("软件业务收入", "利润总额", "软件业务出口")
                       and not (f["breakdown"] or "").endswith("地区")])  # the region rows are the table's, not printed here
    n = story("nodes")
    a1 = act("8月19日，协会组织会员企业赴沈阳数据标注基地考察交流。", "2025-08-19")
    a2 = act("8月28日，协会举办数据出境合规培训，40余名企业代表参加。", "2025-08-28")
    items = [("数据月报", d), ("行业资讯", n), ("协会动态", a1), ("协会动态", a2)]
    left = (mast("2025年第8期（总第40期）", "2025年8月31日") + "<h2>【数据月报】</h2>" + body(d))
    right = "<h2>【行业资讯】</h2>" + body(n) + "<h2>【协会动态】</h2>" + paras(a1) + paras(a2) + "<div class=pn>2</div>"
    css = BASE.replace("size: A4", "size: A5").replace("width: 210mm; height: 296mm; padding: 18mm 18mm", "width: 148mm; height: 209mm; padding: 12mm 12mm") + \
        ".mast { font-size: 26px } .pn { position: absolute; bottom: 6mm; right: 12mm; font-size: 11px }"
    write_expected(name, issue, items)
    lay = os.path.join(HERE, "spread-layout.pdf")
    chromium(doc(css, [f"<div class=page>{left}</div>", f"<div class=page>{right}</div>"]), lay)
    pages = [pg.render(scale=150 / 72).to_pil().convert("L") for pg in pdfium.PdfDocument(lay)]
    os.remove(lay)
    w, h = pages[0].size
    left_im = pages[0].rotate(0.8, resample=Image.BICUBIC, fillcolor=255)
    canvas = Image.new("L", (2 * w + 40, h + 40), 90)
    canvas.paste(left_im, (20, 20)); canvas.paste(pages[1], (20 + w, 20))
    a = np.asarray(canvas).astype(float)
    xs = np.arange(a.shape[1]); g = 20 + w
    shade = 1 - 0.55 * np.exp(-((xs - g) / 45.0) ** 2)      # the gutter's shadow
    a = a * shade[None, :] * (0.93 + 0.07 * np.linspace(1, 0, a.shape[0]))[:, None]
    a = a + np.random.default_rng(21).normal(0, 6, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.5)).convert("RGB")
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=70)
    Image.open(buf).save(os.path.join(OUT, name), "PDF", resolution=150)


def photo():
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    name = "d21-05-photo.pdf"
    issue = {"year": 2026, "number": 2, "total": 46, "date": "2026-02-28"}
    f, s2, x = story("forum"), story("fair"), story("dataex", date=None, title="数据交易机构将统筹布局",
                                                       paras=[story("dataex")["paras"][1]], orgs=story("dataex")["orgs"][1:])
    a1 = act("2月10日，协会秘书处召开春节前安全生产和会员服务工作会议。", "2026-02-10")
    items = [("行业资讯", f), ("行业资讯", s2), ("行业资讯", x), ("协会动态", a1)]
    pg = (mast("2026年第2期（总第46期）", "2026年2月28日") + "<div class=cols><h2>▌行业资讯</h2>" + body(f) + body(s2)
          + body(x) + "<h2>▌协会动态</h2>" + paras(a1) + "</div>")
    css = BASE + ".cols { column-count: 2; column-gap: 8mm; column-rule: 1px solid #888 } .cols h2 { column-span: all }"
    write_expected(name, issue, items)
    lay = os.path.join(HERE, "photo-layout.pdf")
    chromium(doc(css, [f"<div class=page>{pg}</div>"]), lay)
    page = [p.render(scale=170 / 72).to_pil().convert("RGB") for p in pdfium.PdfDocument(lay)][0]
    os.remove(lay)
    w, h = page.size
    W, H = int(w * 1.12), int(h * 1.08)
    # perspective: the page's top edge narrower than its bottom (a phone held above and in front of the page)
    dst = [(w * 0.1, h * 0.05), (w * 1.02, h * 0.03), (w * 1.08, h * 1.05), (w * 0.04, h * 1.06)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    A = []; B = []
    for (x0, y0), (u, v) in zip(dst, src):
        A.append([x0, y0, 1, 0, 0, 0, -u * x0, -u * y0]); B.append(u)
        A.append([0, 0, 0, x0, y0, 1, -v * x0, -v * y0]); B.append(v)
    coef = np.linalg.solve(np.array(A, float), np.array(B, float))
    im = page.transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=(48, 40, 34))
    a = np.asarray(im).astype(float)
    yy, xx = np.mgrid[0:H, 0:W]
    d = (xx / W + yy / H - 1.25) * 8                      # a soft diagonal shadow over the lower right
    a = a * (1 - 0.38 / (1 + np.exp(-d)))[..., None]
    a = a * np.array([1.0, 0.95, 0.84])[None, None, :] + np.random.default_rng(5).normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=72)
    Image.open(buf).save(os.path.join(OUT, name), "PDF", resolution=170)


if __name__ == "__main__":
    splittable(); sidebar(); modules(); spread(); photo()
