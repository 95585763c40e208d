# -*- coding: utf-8 -*-
"""Generate the five drift23 files from content.py (layout only; the truth is in content.py).

DOCX   hand-written WordprocessingML with TRACKED CHANGES left in (w:ins kept, w:del text that must not be
       read: an old issue date, an old title, a withdrawn paragraph and story, a replaced source and date) and
       content controls (w:sdt) around the masthead fields; no paragraph style at all, headings made by
       direct formatting (bold, size) as a Google Docs / WPS export leaves them; sources `—— 摘编自X`, `出处：X`.
MD     setext headings (`===` masthead, `---` sections), inline HTML (`<b>`, `<br>`), titles `01｜`, a source as a
       reference-style link `来源：[X][id]` and one only in a footnote `[^1]` defined at the end.
TOUTIAO a 今日头条 article saved by the browser: nav, author card with publish time and IP 属地, `<h1>` post
       title, sections as `<h1 class="pgc-h-arrow-right">`, titles `【一】`, sources `本文来源于X` / `消息来源：X`,
       then tags, 举报, 相关阅读, comments and a share bar.
BIG5   plain text in Big5 (traditional characters), CRLF; sections `◎X◎`, titles `Ⅰ.` `Ⅱ.` running across
       sections, a title with a `——` subtitle, sources `出處：X` right-aligned and `（X）` alone after the text.
TRS    a government TRS CMS page reposting the issue: breadcrumb, an info table whose `来源：` names the
       association (not an item's source), `<div class="TRS_Editor">` with `<font>` markup, titles `► X`,
       sources `（文/X）` and `消息来源：X`, 【字体：大 中 小】【打印本页】, 相关链接, site footer."""
import html, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES
from ooxml import run, para, write_docx

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
E = html.escape


def sections(iss):
    out = []
    for it in iss["items"]:
        if not out or out[-1][0] != it["section"]:
            out.append((it["section"], []))
        out[-1][1].append(it)
    return out


def path(key):
    return os.path.join(OUT, ISSUES[key]["file"])


# ------------------------------------------------------------------ DOCX
RID = [100]


def ins(text, **kw):
    RID[0] += 1
    return (f'<w:ins w:id="{RID[0]}" w:author="秘书处 王敏" w:date="2025-09-29T16:02:00Z">'
            f'{run(text, **kw)}</w:ins>')


def dele(text, **kw):
    RID[0] += 1
    r = run(text, **kw).replace("<w:t xml:space=\"preserve\">", "<w:delText xml:space=\"preserve\">").replace("</w:t>", "</w:delText>")
    return f'<w:del w:id="{RID[0]}" w:author="秘书处 王敏" w:date="2025-09-29T16:02:00Z">{r}</w:del>'


def sdt(tag, inner_runs):
    RID[0] += 1
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{RID[0]}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent>{inner_runs}</w:sdtContent></w:sdt>')


def deleted_para(text, **kw):
    """A whole paragraph deleted with its mark: Word shows nothing of it once changes are accepted."""
    RID[0] += 1
    mark = f'<w:rPr><w:del w:id="{RID[0]}" w:author="秘书处 王敏" w:date="2025-09-29T16:02:00Z"/></w:rPr>'
    return f'<w:p><w:pPr>{mark}</w:pPr>{dele(text, **kw)}</w:p>'


def gen_docx():
    iss = ISSUES["DOCX"]
    its = iss["items"]
    B = []
    B.append(f'<w:sdt><w:sdtPr><w:alias w:val="刊名"/><w:tag w:val="masthead"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>'
             + para([run("数字贸易简报", b=True, sz=56, color="C00000", font="黑体")], jc="center") + '</w:sdtContent></w:sdt>')
    B.append(para(sdt("期号", run(iss["issue_line"], sz=24)) + run("（", sz=24)
                  + sdt("总期号", run(iss["total_line"], sz=24)) + run("）", sz=24), jc="center"))
    B.append(para(run("大连市数字贸易协会编　　", sz=24)
                  + sdt("出刊日期", dele("2025年9月28日", sz=24) + ins(iss["date_line"], sz=24)), jc="center"))
    B.append(para([run("")], extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="C00000"/></w:pBdr>'))

    def sec(name):
        B.append(para([run(name, b=True, sz=32, font="黑体")], jc="left", spacing='<w:spacing w:before="240" w:after="120"/>'))

    def title(runs):
        B.append(para(runs, spacing='<w:spacing w:before="120" w:after="60"/>'))

    def body(t):
        B.append(para([run(t, sz=24)], ind_first=200))

    # 行业资讯 1: title changed in review, a withdrawn closing paragraph, source `—— 摘编自X`
    it = its[0]
    sec("行业资讯")
    title(dele("上半年数字贸易规模再创新高", b=True, sz=28) + ins(it["title"], b=True, sz=28))
    body(it["body"][0])
    B.append(para(run(it["body"][1][:-1], sz=24) + dele("，数字贸易博览会将于9月25日在杭州开幕", sz=24) + run("。", sz=24), ind_first=200))
    B.append(deleted_para("9月12日，多家媒体对发布会内容作了跟进报道，本刊将在下期继续关注。", sz=24))
    B.append(para([run("—— 摘编自" + it["source"], sz=21)], jc="right"))
    # 行业资讯 2: source replaced in review, `出处：X`
    it = its[1]
    title([run(it["title"], b=True, sz=28)])
    for t in it["body"]:
        body(t)
    B.append(para(run("出处：", sz=21) + dele("新华社", sz=21) + ins(it["source"], sz=21), jc="right"))
    # a story withdrawn whole (title and text deleted)
    B.append(deleted_para("某地数据交易所上线跨境数据专区", b=True, sz=28))
    B.append(deleted_para("9月5日，某地数据交易所上线跨境数据专区，首批挂牌产品12个。（稿件待核实，撤下）", sz=24))
    # 会员风采
    it = its[2]
    sec("会员风采")
    title([run(it["title"], b=True, sz=28)])
    for t in it["body"]:
        body(t)
    # 协会动态: one date corrected in review
    sec("协会动态")
    it = its[3]
    t = it["body"][0]
    B.append(para(dele("9月8日", sz=24) + ins("9月10日", sz=24) + run(t[len("9月10日"):], sz=24), ind_first=200))
    body(its[4]["body"][0])
    B.append(para([run("送：各会员单位　　　　（共印60份）", sz=21)]))
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    write_docx(path("DOCX"), "".join(B), sect, title="数字贸易简报（修订稿）", created="2025-09-29T15:40:00Z")


# ------------------------------------------------------------------ MD
def gen_md():
    iss = ISSUES["MD"]
    L = ["数字贸易简报", "============", "",
         f"**{iss['issue_line']}**（{iss['total_line']}）<br>", f"大连市数字贸易协会编　　{iss['date_line']}", "",
         "本期要目：数据月报 · 行业资讯 · 协会动态", ""]
    n = 0
    refs = []
    for s, its in sections(iss):
        L += [s, "-" * 8, ""]
        for it in its:
            if it["title"]:
                n += 1
                L += [f"<b>{n:02d}｜{it['title']}</b>", ""]
            for j, t in enumerate(it["body"]):
                last = j == len(it["body"]) - 1
                if last and it["source"] == "人民日报":
                    t += "[^1]"
                L += [t, ""]
            if it["source"] == "香港01":
                L += ["来源：[香港01][hk01]", ""]
    L += ["* * *", "", "编辑：协会秘书处　　发：各会员单位", "",
          "[hk01]: https://www.hk01.com/即時中國/60314808/ \"香港01\"",
          "[^1]: 来源：人民日报（2026年01月02日 02版）", ""]
    with open(path("MD"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


# ------------------------------------------------------------------ TOUTIAO
CN = "一二三四五六七八九十"


def gen_toutiao():
    iss = ISSUES["TOUTIAO"]
    A = [f"<p>数字贸易简报</p>", f"<p>{iss['issue_line']}（{iss['total_line']}）</p>",
         f"<p>大连市数字贸易协会　　{iss['date_line']}</p>"]
    n = 0
    for s, its in sections(iss):
        A.append(f'<h1 class="pgc-h-arrow-right" data-track="1">{s}</h1>')
        for it in its:
            if it["title"]:
                A.append(f"<p><strong>【{CN[n]}】{E(it['title'])}</strong></p>")
                n += 1
            for t in it["body"]:
                A.append(f"<p>{E(t)}</p>")
            if it["source"] == "科技日报":
                A.append(f"<p>本文来源于{it['source']}</p>")
            elif it["source"]:
                A.append(f"<p>消息来源：{it['source']}</p>")
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0046)https://www.toutiao.com/article/7488211450123/ -->
<html><head><meta charset="utf-8"><title>数字贸易简报2025年第3期 - 今日头条</title>
<meta property="og:release_date" content="2025-04-02T10:15:00+08:00"></head><body>
<div class="toutiao-header"><a href="/">首页</a> <a>推荐</a> <a>热榜</a> <a>下载头条APP</a> <a>登录</a></div>
<div class="main"><div class="article-content">
<h1>数字贸易简报2025年第3期</h1>
<div class="article-meta"><span class="name">大连数贸协会</span><span>2025-04-02 10:15</span><span>·头条号</span><span>IP属地：辽宁</span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
{chr(10).join(A)}
</article>
<div class="article-tag"><a>数字经济</a><a>算力</a><a>电子信息</a></div>
<div class="report">举报</div>
</div>
<div class="author-card"><div class="name">大连数贸协会</div><div>大连市数字贸易协会官方账号</div><span>236粉丝</span><span>1.8万获赞</span><button>关注</button></div>
<div class="related"><h2>相关阅读</h2><ul>
<li><a>大连发布2025年数字经济重点项目清单</a><span>大连日报 · 218评论</span></li>
<li><a>全国一体化算力网建设加快推进</a><span>人民网 · 56评论</span></li>
<li><a>3月份制造业PMI为50.5%</a><span>国家统计局 · 12评论</span></li></ul></div>
<div class="comments"><h2>评论 3</h2>
<div class="comment"><b>海风吹</b><p>大连的项目越来越多了，点赞！</p><span>2025-04-02 11:20 · 辽宁</span></div>
<div class="comment"><b>用户7720518</b><p>白城那个算力园有多大规模？</p><span>2025-04-03 08:02 · 吉林</span></div>
<div class="comment"><b>数据人老李</b><p>电子信息这块利润下降值得关注。</p><span>2025-04-03 21:45 · 北京</span></div></div>
<div class="share-bar">分享到：<a>微信</a><a>QQ空间</a><a>微博</a><a>复制链接</a></div>
</div>
<div class="footer">© 2025 今日头条 www.toutiao.com 京ICP证140141号 违法和不良信息举报电话：400-140-2108</div>
</body></html>
"""
    with open(path("TOUTIAO"), "w", encoding="utf-8") as f:
        f.write(page)


# ------------------------------------------------------------------ BIG5
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
# the Big5 copy prints its section names in traditional characters; the annotation names them simplified,
# as every set does (docs/parse.md: section names come out simplified, titles and outlets as printed)
T2S = {"数据月报": "數據月報", "行业资讯": "行業資訊", "会员风采": "會員風采", "协会动态": "協會動態"}


def gen_big5():
    iss = ISSUES["BIG5"]
    W = 40
    L = ["數 字 貿 易 簡 報".center(W - 8, "　"), "",
         f"{iss['issue_line']}（{iss['total_line']}）".center(W - 10, "　"),
         f"大連市數字貿易協會編　　{iss['date_line']}", "─" * 30,
         "本期要目：數據月報　行業資訊　會員風采　協會動態", ""]
    n = 0
    for s, its in sections(iss):
        L += [f"◎{T2S.get(s, s)}◎", ""]
        for it in its:
            if it["title"]:
                L += [f"{ROMAN[n]}. {it['title']}", ""]
                n += 1
            for j, t in enumerate(it["body"]):
                L += ["　　" + t]
            if it["source"] == "新華社":
                L += [" " * 40 + f"出處：{it['source']}"]
            elif it["source"]:
                L += [f"（{it['source']}）"]
            L += [""]
    L += ["─" * 30, "發：各會員單位　　　　　（共印50份）", ""]
    with open(path("BIG5"), "wb") as f:
        f.write("\r\n".join(L).encode("cp950"))


# ------------------------------------------------------------------ TRS
def gen_trs():
    iss = ISSUES["TRS"]
    A = [f'<p align="center"><font size="5" color="#cc0000"><b>数字贸易简报</b></font></p>',
         f'<p align="center"><font size="3">{iss["issue_line"]}（{iss["total_line"]}）</font></p>',
         f'<p align="center"><font size="3">大连市数字贸易协会编　　{iss["date_line"]}</font></p>']
    for s, its in sections(iss):
        A.append(f'<p align="center"><font size="4"><b>〓 {s} 〓</b></font></p>')
        for it in its:
            if it["title"]:
                A.append(f'<p><b><font face="黑体">► {E(it["title"])}</font></b></p>')
            for t in it["body"]:
                A.append(f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="3">{E(t)}</font></p>')
            if it["source"] == "天空财经":
                A.append(f'<p align="right"><font size="2">（文/{it["source"]}）</font></p>')
            elif it["source"]:
                A.append(f'<p align="right"><font size="2">消息来源：{it["source"]}</font></p>')
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="大连市商务局" /><meta name="ColumnName" content="工作动态" />
<meta name="ArticleTitle" content="数字贸易简报（2025年第7期）" /><meta name="PubDate" content="2025-08-04 09:30" />
<meta name="ContentSource" content="大连市数字贸易协会" />
<title>数字贸易简报（2025年第7期）_大连市商务局</title></head><body>
<div class="top"><a>网站首页</a> <a>机构职能</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a> <a>无障碍</a></div>
<div class="location">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a></div>
<table class="xxgk"><tr><td>索引号：</td><td>11210200MB1234567X/2025-01876</td><td>发布机构：</td><td>大连市商务局</td></tr>
<tr><td>发布日期：</td><td>2025-08-04</td><td>来源：</td><td>大连市数字贸易协会</td></tr></table>
<div class="title">数字贸易简报（2025年第7期）</div>
<div class="info">发布时间：2025-08-04 09:30　来源：大连市数字贸易协会　浏览次数：<span>312</span>　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{chr(10).join(A)}
</div></div>
<div class="tools">【<a>打印本页</a>】　【<a>关闭窗口</a>】　【<a>返回顶部</a>】</div>
<div class="xglj"><h3>相关链接</h3><ul><li><a>数字贸易简报（2025年第6期）</a></li><li><a>大连市服务贸易创新发展工作会议召开</a></li></ul></div>
<div class="foot">主办：大连市商务局　　地址：大连市西岗区人民广场（示例）<br/>网站标识码：2102000012　辽ICP备05001234号　<a>政府网站找错</a></div>
</body></html>
"""
    with open(path("TRS"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    gen_docx(); gen_md(); gen_toutiao(); gen_big5(); gen_trs()
    print("written")
