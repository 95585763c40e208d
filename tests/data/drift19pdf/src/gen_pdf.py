# -*- coding: utf-8 -*-
"""The printed drift19pdf issues (Chromium; the WPS and Word exports given their Producer by pdfinfo.py; one
issue through LibreOffice) and the page layouts the two scans are made from (gen_scan.py). The annotation is
written from the same story dicts (common.write_expected) before any parser runs."""
import html, os, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import story, write_expected
from stories import SOFT, SERV, act
from pdfinfo import set_info

E = html.escape
OUT = os.path.dirname(HERE)
SERIF = "font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;"
SANS = "font-family:'Noto Sans CJK SC',sans-serif;"


def chromium(src_html, out_pdf):
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "x.html"); open(p, "w").write(src_html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out_pdf}", "file://" + p], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def table(rows, cls=""):
    return (f"<table class='{cls}'><thead><tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")


def paras(it, tcls="", marks=None):
    out = []
    for i, p in enumerate(it["paras"]):
        if isinstance(p, dict):
            out.append(table(p["table"], tcls))
        else:
            t = E(p)
            for word, mark in (marks or {}).get(i, []):
                t = t.replace(E(word), E(word) + f"<sup>{mark}</sup>", 1)
            out.append(f"<p>{t}</p>")
    return "".join(out)


def body(it, src_fmt="来源：{}", title_fmt="{}", marks=None, tcls=""):
    t = f"<h3>{E(title_fmt.format(it['title']))}</h3>" if it["title"] else ""
    s = f"<p class=src>{E(src_fmt.format(it['source']))}</p>" if it["source"] else ""
    return t + paras(it, tcls, marks) + s


def doc(css, pages):
    return f"<html><head><meta charset=utf-8><title>数字贸易简报</title><style>{css}</style></head><body>{''.join(pages)}</body></html>"


BASE = f"""@page {{ size: A4; margin: 0 }} body {{ margin: 0; {SERIF} font-size: 13.5px }}
.page {{ position: relative; width: 210mm; height: 296mm; padding: 15mm 17mm; box-sizing: border-box; break-after: page; overflow: hidden }}
h3 {{ {SANS} font-size: 14.5px; margin: 2.5mm 0 1.5mm }}
p {{ text-indent: 2em; margin: 1mm 0; line-height: 1.65; text-align: justify }} p.src {{ text-align: right; text-indent: 0 }}
sup {{ font-size: 8px; line-height: 0 }}"""


# ------------------------------------------------------------------ 01 WPS export: three columns, footnotes, a caption across two columns
def wps():
    name = "d19-01-wps3col.pdf"
    issue = {"year": 2025, "number": 4, "total": 36, "date": "2025-04-30"}
    n1, n2, n3 = story("lion"), story("evtol"), story("lowfly")
    d, y = story(SOFT), story("yunfan")
    a1 = act("4月11日，协会组织12家会员企业赴大连市商务局座谈，围绕开拓日韩市场、申报服务贸易发展专项资金等问题交流意见。",
             "2025-04-11", ["大连市商务局"])
    a2 = act("4月24日，协会举办“数据出境合规”专题培训，邀请律师解读数据出境安全评估和个人信息出境标准合同的办理流程，60余名会员企业代表参加。",
             "2025-04-24")
    items = [("行业资讯", n1), ("行业资讯", n2), ("行业资讯", n3), ("数据月报", d), ("会员风采", y),
             ("协会动态", a1), ("协会动态", a2)]
    mast = ("<div class=mast>数字贸易简报</div><div class=il>2025年第4期（总第36期）</div>"
            "<div class=meta><span>大连市数字贸易协会秘书处　编印</span><span>2025年4月30日</span></div><div class=rule></div>")
    sec = lambda s: f"<div class=sec>〖{s}〗</div>"
    marks = {0: [("电动垂直起降飞行器", "1")], 1: [("关键门槛", "2")]}
    three = ("<div class=three>" + body(n1) + body(n2, marks=marks) + body(n3) + "</div>")
    notes = ("<div class=fn><div class=fnrule></div><div>1 电动垂直起降飞行器，英文简称eVTOL。</div>"
             "<div>2 据业内媒体公开报道整理。</div></div>")
    p1 = mast + sec("行业资讯") + three + notes
    ypar = y["paras"]
    fig = "<div class=fig><div class=img></div><div class=cap>图为大连云帆数据服务有限公司的数据标注中心，标注员正在为一个多语种大模型项目整理训练语料</div></div>"
    p2 = (sec("数据月报") + body(d) + sec("会员风采")
          + f"<div class=two><h3>{E(y['title'])}</h3><p>{E(ypar[0])}</p>{fig}<p>{E(ypar[1])}</p></div>"
          + sec("协会动态") + "<div class=two>" + paras(a1) + paras(a2) + "</div>")
    css = BASE + f"""
    .mast {{ text-align: center; font-size: 40px; color: #c00; font-weight: bold; letter-spacing: .3em; {SANS} }}
    .il {{ text-align: center; font-size: 14px; margin-top: 1mm }} .meta {{ display: flex; justify-content: space-between; margin-top: 2mm }}
    .rule {{ border-top: 2.5px solid #c00; margin: 2mm 0 3mm }}
    .sec {{ {SANS} font-size: 17px; color: #c00; margin: 4mm 0 2mm; font-weight: bold }}
    .three {{ column-count: 3; column-gap: 6mm; column-rule: .5px solid #999 }} .three h3 {{ font-size: 13.5px }}
    .three p {{ font-size: 12.5px }}
    .two {{ column-count: 2; column-gap: 8mm }}
    .fig {{ column-span: all; margin: 3mm 0 }} .img {{ height: 42mm; background: #8c99a6 }}
    .cap {{ font-size: 11px; text-align: center; margin-top: 1.5mm; {SANS} }}
    .fn {{ position: absolute; bottom: 14mm; left: 17mm; right: 17mm; font-size: 9.5px; line-height: 1.5 }}
    .fnrule {{ width: 40mm; border-top: .6px solid #000; margin-bottom: 1mm }}
    table {{ border-collapse: collapse; margin: 2mm auto }} th, td {{ border: .8px solid #333; padding: .8mm 3mm; font-size: 12.5px }}"""
    write_expected(name, issue, items)
    out = os.path.join(OUT, name)
    chromium(doc(css, [f"<div class=page>{p1}</div>", f"<div class=page>{p2}</div>"]), out)
    set_info(out, "WPS 文字", "WPS Office", "D:20250430101500+08'00'")


# ------------------------------------------------------------------ 02 Word export: a framed side story, a landscape page with a 三线表, a note alone at a page's top
def word():
    name = "d19-02-landscape.pdf"
    issue = {"year": 2025, "number": 12, "total": 44, "date": "2025-12-31"}
    n1, n2, box = story("fubo"), story("lindata"), story("shenzhen")
    note = "注：知识密集型服务包括电信、计算机和信息服务，知识产权使用费，金融服务，保险服务，其他商业服务以及个人文化和娱乐服务。"
    d = story(SERV)
    d["paras"] = d["paras"] + [note]
    x = story("xinghai")
    a1 = act("12月9日，协会秘书处走访会员单位大连星海译联科技有限公司，了解企业人才招聘和海外订单情况。", "2025-12-09",
             ["大连星海译联科技有限公司"])
    a2 = act("12月19日，协会召开2025年度会员大会，审议通过秘书处工作报告和2026年工作计划，80余家会员单位代表出席。", "2025-12-19")
    items = [("行业资讯", n1), ("行业资讯", n2), ("行业资讯", box), ("数据月报", d), ("会员风采", x),
             ("协会动态", a1), ("协会动态", a2)]
    mast = ("<div class=mast>数字贸易简报</div><div class=il>2025年第12期　总第44期</div>"
            "<div class=meta>大连市数字贸易协会　　　　2025年12月31日</div><div class=rule></div>")
    sec = lambda s: f"<h2>{s}</h2>"
    side = ("<div class=box><div class=boxhead>延伸阅读</div>" + body(box, src_fmt="（来源：{}）") + "</div>")
    p1 = mast + sec("行业资讯") + body(n1, src_fmt="（来源：{}）") + side + body(n2, src_fmt="（来源：{}）")
    dp = d["paras"]
    p2 = sec("数据月报") + f"<h3>{E(d['title'])}</h3><p>{E(dp[0])}</p>" + table(dp[1]["table"], "three") + f"<p>{E(dp[2])}</p>"
    p3 = f"<p class=note>{E(note)}</p>" + sec("会员风采") + body(x) + sec("协会动态") + paras(a1) + paras(a2)
    css = BASE + f"""
    @page land {{ size: A4 landscape; margin: 0 }} .land {{ page: land; width: 297mm; height: 209mm }}
    .mast {{ text-align: center; font-size: 36px; font-weight: bold; color: #1f3e78; {SANS} letter-spacing: .2em }}
    .il, .meta {{ text-align: center; margin-top: 1mm }} .rule {{ border-top: 1.5px solid #1f3e78; margin: 3mm 0 }}
    h2 {{ {SANS} font-size: 16px; margin: 4mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #1f3e78; color: #1f3e78 }}
    .box {{ float: right; width: 62mm; border: 1.2px solid #1f3e78; padding: 2mm 3mm; margin: 1mm 0 2mm 5mm; font-size: 12px }}
    .box p {{ font-size: 12px; line-height: 1.55 }} .box h3 {{ font-size: 13px }}
    .boxhead {{ {SANS} font-size: 11px; color: #fff; background: #1f3e78; display: inline-block; padding: .3mm 2mm }}
    table.three {{ border-collapse: collapse; margin: 4mm auto; width: 150mm }}
    table.three th {{ border-top: 2px solid #000; border-bottom: 1px solid #000; padding: 1.5mm 3mm; font-size: 13px }}
    table.three td {{ padding: 1.5mm 3mm; font-size: 13px; text-align: right }} table.three td:first-child {{ text-align: left; width: 30mm }}
    table.three tbody tr:last-child td {{ border-bottom: 2px solid #000 }}
    p.note {{ font-size: 11px; text-indent: 0; color: #333 }}"""
    write_expected(name, issue, items)
    out = os.path.join(OUT, name)
    chromium(doc(css, [f"<div class=page>{p1}</div>", f"<div class='page land'>{p2}</div>", f"<div class=page>{p3}</div>"]), out)
    set_info(out, "Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365", "D:20251231093000+08'00'")


# ------------------------------------------------------------------ 03 LibreOffice Writer export of a plain web page
def libre():
    name = "d19-03-writer.pdf"
    issue = {"year": 2025, "number": 8, "total": 40, "date": "2025-08-31"}
    n1, n2, n3 = story("fubo"), story("lindata"), story("evtol")
    y = story("yunfan")
    a1 = act("8月7日，协会与大连市服务外包人才培训中心联合举办大模型应用实务培训班，40余名会员企业技术骨干参加。", "2025-08-07",
             ["大连市服务外包人才培训中心"])
    a2 = act("8月22日，协会组织会员企业参加东北地区数字贸易对接会，6家企业与采购方达成合作意向。", "2025-08-22")
    items = [("行业资讯", n1), ("行业资讯", n2), ("行业资讯", n3), ("会员风采", y), ("协会动态", a1), ("协会动态", a2)]
    sec = lambda n, s: f"<h2>第{n}部分　{s}</h2>"
    t = lambda it: (f"<h3>▷ {E(it['title'])}</h3>" + paras(it) + (f"<p align=right>稿件来源：{E(it['source'])}</p>" if it["source"] else ""))
    h = ("<html><head><meta charset=utf-8><title>数字贸易简报</title></head><body>"
         "<h1 align=center style='color:#b00000'>数字贸易简报</h1>"
         "<p align=center>2025年第8期（总第40期）</p><p align=center>大连市数字贸易协会编　　2025年8月31日</p><hr>"
         + sec("一", "行业资讯") + t(n1) + t(n2) + t(n3) + sec("二", "会员风采") + t(y) + sec("三", "协会动态")
         + paras(a1) + paras(a2) + "<hr><p>报：市商务局　　送：各会员单位　　（共印50份）</p></body></html>")
    write_expected(name, issue, items)
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "d19-03-writer.html"); open(p, "w").write(h)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/u", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", tmp, p], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "d19-03-writer.pdf"), os.path.join(OUT, name))


if __name__ == "__main__":
    wps(); word(); libre()
