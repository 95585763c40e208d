# -*- coding: utf-8 -*-
"""drift23lite: two small issues in shapes near blind15's (an org-mode note, a .doc laid out in one
table) but in other variants, written by hand here with their truth beside the text, then the files
and the annotations generated from it. Run: python3 make.py (needs soffice for the .doc)."""
import html, json, os, re, shutil, subprocess, tempfile

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WS = re.compile(r"[\s\u3000]+")
E = html.escape


def item(section, title, source, date, orgs, body):
    return dict(section=section, title=title, source=source, date=date, orgs=orgs, body=body)


# ---- ORG: 2025年第7期（总第35期）, 2025-07-31. Org variant: lower-case keywords, an org timestamp for the date,
# headings with two tags each, drawers holding other keys (CUSTOM_ID, 发布) beside 来源, a level-3 heading kept as text.
ORG = dict(file="数贸简报2025-07（org导出稿）.txt", issue=dict(year=2025, number=7, total=35, date="2025-07-31"), items=[
    item("数据月报", "上半年跨境电商进出口约1.32万亿元", None, "2025-07-14", ["国务院新闻办公室", "海关总署"], [
        "7月14日，国务院新闻办公室举行发布会介绍上半年进出口情况。海关总署初步测算，上半年我国跨境电商进出口约1.32万亿元，同比增长5.7%；其中出口约1.03万亿元，增长4.7%，进口约2911亿元，增长9.3%。",
        "同期我国货物贸易进出口总值21.94万亿元，同比增长2.9%。跨境电商的正式统计数据将于10月发布。"]),
    item("行业资讯", "市场监管总局约谈饿了么、美团、京东", "中国基金报", "2025-07-18",
         ["市场监管总局", "饿了么", "美团", "京东", "国家市场监督管理总局"], [
        "7月18日，国家市场监督管理总局约谈三家外卖平台企业，要求规范促销行为、理性参与竞争，不得以补贴战扰乱市场秩序，共同维护消费者、商家和骑手的合法权益。",
        "此后，多家平台下线了“零元购”一类的促销活动。"]),
    item("行业资讯", "2025世界人工智能大会在上海开幕", "新华社", "2025-07-26", ["世界人工智能合作组织"], [
        "7月26日，2025世界人工智能大会暨人工智能全球治理高级别会议在上海开幕，中方在会上提出倡议成立世界人工智能合作组织，推动各国加强人工智能发展和治理方面的交流合作。",
        "本届大会展览面积超过7万平方米，展出人形机器人等大量新品。"]),
    item("协会动态", None, None, "2025-07-22", [], [
        "7月22日，协会组织会员企业参加跨境电商出口合规培训，30余家会员单位参加。"]),
])

# ---- DOC: 2026年第3期（总第47期）, 2026-03-31. One layout table again, another variant: the masthead in its own
# table above, section names in the left cell written across (`行业资讯`) in a bracket, titles `◎ title`,
# sources in tortoise-shell brackets on their own right-set line.
DOC = dict(file="数贸简报2026年第3期_表格版.doc", issue=dict(year=2026, number=3, total=47, date="2026-03-31"), items=[
    item("行业资讯", "工信部：2025年人工智能核心产业规模超过1.2万亿元", "香港中通社", "2026-03-05",
         ["工业和信息化部"], [
        "3月5日，在十四届全国人大四次会议首场“部长通道”上，工业和信息化部部长李乐成介绍，2025年我国人工智能核心产业规模超过1.2万亿元，企业超过6200家，国产开源大模型下载量居全球首位。",
        "他表示，今年将大力推动人工智能和制造业“双向奔赴”，去年底规上制造业企业人工智能技术应用普及率已超过30%。"]),
    item("行业资讯", "华为发布昇腾950PR加速卡Atlas 350", "上海证券报", "2026-03-22", ["华为", "科大讯飞"], [
        "3月22日，华为在华为中国合作伙伴大会2026上发布搭载昇腾950PR处理器的AI训练推理加速卡Atlas 350，配备112GB高带宽内存，支持FP4低精度计算。",
        "多家合作伙伴同步推出基于该卡的整机服务器，科大讯飞新一代星火大模型已完成适配。"]),
    item("协会动态", None, None, "2026-03-18", [], [
        "3月18日，协会举办人工智能应用场景对接会，12家会员企业展示了智能客服和数据标注方案。"]),
])


def body_text(it):
    return WS.sub("", "".join(it["body"]))


def annotate(iss):
    items = [{k: it[k] for k in ("section", "title", "source", "date", "orgs")}
             | {"body_start": body_text(it)[:12], "body_end": body_text(it)[-12:]} for it in iss["items"]]
    for it in iss["items"]:
        for o in it["orgs"]:
            assert o in (it["title"] or "") + body_text(it), o
    doc = {"file": iss["file"], "issue": iss["issue"], "items": items, "figures": []}
    with open(os.path.join(OUT, os.path.splitext(iss["file"])[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


def sections(iss):
    out = []
    for it in iss["items"]:
        if not out or out[-1][0] != it["section"]:
            out.append((it["section"], []))
        out[-1][1].append(it)
    return out


def make_org():
    L = ["#+title: 数字贸易简报", "#+subtitle: 2025年第7期 总第35期", "#+author: 大连市数字贸易协会",
         "#+date: <2025-07-31 四>", "#+language: zh-CN", "#+options: toc:nil", ""]
    tags = {"数据月报": ":数据:统计:", "行业资讯": ":资讯:监管:", "协会动态": ":会务:"}
    for s, its in sections(ORG):
        L.append(f"* {s} {tags[s]:>30}")
        for k, it in enumerate(its):
            if it["title"]:
                L.append(f"** {it['title']}  :稿件:")
                L += [":PROPERTIES:", f":CUSTOM_ID: {s}-{k + 1}", ":发布: 秘书处"]
                if it["source"]:
                    L.append(f":来源: {it['source']}")
                L.append(":END:")
            for b in it["body"]:
                L += [b, ""]
    L.append("# 以上为本期全部内容")
    open(os.path.join(OUT, ORG["file"]), "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")


def make_doc():
    rows = []
    for s, its in sections(DOC):
        right = []
        for it in its:
            if it["title"]:
                right.append(f'<p><b><font face="黑体">◎ {E(it["title"])}</font></b></p>')
            right += [f'<p style="text-indent:2em">{E(b)}</p>' for b in it["body"]]
            if it["source"]:
                right.append(f'<p align="right">〔{E(it["source"])}〕</p>')
        rows.append(f'<tr><td width="14%" valign="top" style="border:1px solid #555;background:#e8eef7"><p align="center">'
                    f'<b>【{E(s)}】</b></p></td><td width="86%" style="border:1px solid #555">{"".join(right)}</td></tr>')
    page = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字贸易简报</title></head><body>
<table width="100%" style="border-collapse:collapse"><tr><td style="border-bottom:3px solid #c00000">
<p align="center"><b><font size="6" color="#c00000">数字贸易简报</font></b></p>
<p align="center">2026年第3期（总第47期）　　大连市数字贸易协会　　2026年3月31日</p></td></tr></table>
<p></p>
<table width="100%" cellpadding="4" style="border-collapse:collapse">{"".join(rows)}</table>
<p>（本期共印60份）</p></body></html>'''
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.html")
        open(src, "w", encoding="utf-8").write(page)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(tmp, "doc.doc"), os.path.join(OUT, DOC["file"]))


if __name__ == "__main__":
    for iss in (ORG, DOC):
        annotate(iss)
    make_org()
    make_doc()
