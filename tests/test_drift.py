"""The issues that come next: each drift from the template the archive's five files follow.

Small synthetic briefings (tests/data/drift/, and Word and PDF files made here: a Word file with
heading styles and a table, a PDF printed by Chromium with running headers and page numbers), one
per way a new issue drifts: sections without brackets or with new names, sources written another
way, a header on one line, a data report without table of contents, a section made of bullets.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from search.parse.parser import item_key, parse_file, parse_files, parse_text
from search.parse.readers import read_blocks

DRIFT = Path(__file__).resolve().parent / "data" / "drift"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


def test_a_markdown_heading_without_brackets_opens_a_section():
    issue = parse_file(DRIFT / "md-unbracketed.md")
    assert rows(issue) == [
        ("数据月报", "2024年1-6月全国软件业经济运行情况", None),
        ("行业资讯", "商务部发布《中国数字贸易发展报告2024》", "新华网"),
        ("行业资讯", "国家数据局推进公共数据开发利用", "人民网"),
        ("行业资讯", "世界经济论坛发布报告", "经济日报"),
        ("行业资讯", "东盟数字经济框架协议谈判提速", "参考消息"),
        ("政策解读", "《关于促进数据标注产业高质量发展的实施意见》解读", "国家发展改革委网站"),
        ("会员动态", None, None),
        ("会员动态", None, None),
    ]
    data = issue.items[0]
    assert data.tables == [[["指标", "数值", "同比"], ["软件业务收入", "62350亿元", "11.5%"],
                            ["利润总额", "7347亿元", "12.1%"]]]
    assert data.body.endswith("指标 | 数值 | 同比\n软件业务收入 | 62350亿元 | 11.5%\n利润总额 | 7347亿元 | 12.1%")
    assert "tables" not in data.to_dict()


@pytest.mark.parametrize("file", sorted(p.name for p in DRIFT.iterdir()))
def test_source_text_never_stays_in_the_body(file):
    for item in parse_file(DRIFT / file).items:
        for marker in ("来源", "摘自", "转自"):
            assert marker not in item.body, (item.title, item.body)


def test_sources_in_every_usual_form():
    text = "【行业资讯】\n\n● 甲\n\n1月1日，甲事。（来源：新华网）\n\n● 乙\n\n1月2日，乙事。\n\n来源：人民网\n\n" \
           "● 丙\n\n1月3日，丙事。\n\n(来源:参考消息)\n\n● 丁\n\n1月4日，丁事。\n\n摘自《经济日报》\n\n" \
           "● 戊\n\n1月5日，戊事。\n\n信息来源：商务部网站\n\n● 己\n\n1月6日，己事。\n\n转自央视新闻\n"
    issue = parse_text(text, "sources.txt")
    assert [(i.title, i.source, i.body) for i in issue.items] == [
        ("甲", "新华网", "1月1日，甲事。"), ("乙", "人民网", "1月2日，乙事。"), ("丙", "参考消息", "1月3日，丙事。"),
        ("丁", "经济日报", "1月4日，丁事。"), ("戊", "商务部网站", "1月5日，戊事。"), ("己", "央视新闻", "1月6日，己事。")]


@pytest.mark.parametrize("printed, source", [
    ("来源：新华网 2024-07-01", "新华网"), ("（来源：新华网 2024年7月1日）", "新华网"), ("【来源：人民网】", "人民网"),
    ("（摘自：《经济日报》）", "经济日报"), ("文章来源：中国政府网", "中国政府网"),
])
def test_source_lines_keep_the_outlet_only(printed, source):
    issue = parse_text(f"【行业资讯】\n\n● 甲\n\n1月1日，甲事。\n\n{printed}\n", "s.txt")
    assert (issue.items[0].source, issue.items[0].body) == (source, "1月1日，甲事。")


def test_a_line_that_merely_mentions_a_source_is_body():
    issue = parse_text("【行业资讯】\n\n● 甲\n\n来源：据统计，今年以来增长较快，达到百分之十。\n", "x.txt")
    assert issue.items[0].source is None and issue.items[0].body.startswith("来源：据统计")


@pytest.mark.parametrize("file, meta", [
    ("oneline-header.txt", {"year": 2024, "number": 7, "total": 27, "date": "2024-07-31", "inferred": False}),
    ("numbered-toc.txt", {"year": 2025, "number": 3, "total": 35, "date": "2025-03-31", "inferred": False}),
    ("bullets-section.txt", {"year": 2024, "number": 8, "total": 28, "date": "2024-08-30", "inferred": False}),
])
def test_headers_in_any_layout(file, meta):
    issue = parse_file(DRIFT / file)
    assert issue.meta.to_dict() == meta
    assert set(issue.provenance.values()) == {"header"}


def test_an_issue_number_without_a_year_takes_the_year_of_the_header_date():
    text = "数字贸易简报\n第7期（总第27期）\n大连市数字贸易协会秘书处编 2024年7月31日\n\n【协会动态】\n\n7月5日，协会召开会议。\n"
    assert parse_text(text, "n.txt").meta.to_dict() == {"year": 2024, "number": 7, "total": 27, "date": "2024-07-31",
                                                         "inferred": False}


def test_the_year_is_never_a_forecast():
    issue = parse_file(DRIFT / "forecast-year.txt")  # 到 2030 年, 2028 年前: targets, not the year
    assert (issue.meta.year, issue.meta.number, issue.meta.inferred) == (2024, 9, True)
    assert issue.provenance["year"] == "inferred"


def test_numbered_sections_and_a_toc_under_its_own_heading():
    issue = parse_file(DRIFT / "numbered-toc.txt")
    assert rows(issue) == [("行业资讯", "商务部等部门发布跨境电商新政", "中国政府网"),
                           ("行业资讯", "全球数字贸易规则谈判取得进展", "商务部网站"),
                           ("会员风采", "大连某某软件有限公司", None)]
    assert issue.items[2].body.startswith("类型：大连市数字贸易协会会员单位\n简介：")
    assert "目 录" not in issue.header


def test_a_section_of_bullets_is_content_not_table_of_contents():
    issue = parse_file(DRIFT / "bullets-section.txt")
    assert issue.toc == {"行业资讯": ["国家数据局发布数据领域标准化工作方案", "欧盟人工智能法案正式生效"],
                         "会员动态": []}
    members = [i for i in issue.items if i.section == "会员动态"]
    assert [i.body[:5] for i in members] == ["8月6日，", "8月15日", "8月22日"]
    assert members[1].date == "2024-08-15"


def test_data_report_titles_are_never_invented():
    one_line = parse_file(DRIFT / "oneline-header.txt")
    assert one_line.items[0].title == "全国软件和信息技术服务业统计情况"  # its own heading
    bare = parse_text("【数据月报】\n\n1-6月，全国软件业务收入62350亿元，同比增长11.5%。\n", "bare.txt")
    assert bare.items[0].title is None  # no table of contents, no heading: no title
    toc = parse_file(CORPUS / "004_564c34face9b9b2b.txt")
    assert toc.items[0].title == "2024年5月大连市服务外包数据统计情况"  # from the table of contents


def test_an_unknown_section_is_never_a_reason_to_reject():
    issue = parse_text("【专题】\n\n● 数字丝路建设观察\n\n5月8日，某论坛举行。\n\n（来源：光明网）\n", "topic.txt")
    assert rows(issue) == [("专题", "数字丝路建设观察", "光明网")]


# --- Word with heading styles and a table; PDF printed by Chromium -----------------------------

def make_word(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_paragraph("数字贸易简报", style="Title")
    d.add_paragraph("2024年第9期（总第29期）")
    d.add_paragraph("大连市数字贸易协会秘书处编 2024-09-30")
    d.add_heading("数据月报", level=1)
    d.add_heading("2024年1-8月大连市服务外包数据统计情况", level=2)
    d.add_paragraph("根据商务部服务外包统一平台公布的最新数据显示，1-8月大连市服务外包合同签约额同比增长5.2%。")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["市场", "执行额（万美元）", "同比"], ["日本", "48000", "3.1%"], ["美国", "12000", "-2.0%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_heading("行业资讯", level=1)
    d.add_heading("第三届全球数字贸易博览会在杭州开幕", level=2)
    d.add_paragraph("9月25日，第三届全球数字贸易博览会在杭州开幕，800余家企业参展。")
    d.add_paragraph("（来源：浙江日报）")
    d.add_heading("工信部发布人工智能产业政策", level=2)
    d.add_paragraph("9月12日，工业和信息化部发布相关指导意见。")
    d.add_paragraph("来源：工信部网站")
    d.add_heading("会员动态", level=1)
    d.add_paragraph("大连某公司获评国家级专精特新小巨人企业。", style="List Bullet")
    d.add_paragraph("大连另一公司在日本设立分公司。", style="List Bullet")
    d.save(path)
    return path


def test_word_heading_styles_lists_and_tables(tmp_path):
    issue = parse_file(make_word(tmp_path / "issue.docx"))
    assert issue.meta.to_dict() == {"year": 2024, "number": 9, "total": 29, "date": "2024-09-30", "inferred": False}
    assert rows(issue) == [("数据月报", "2024年1-8月大连市服务外包数据统计情况", None),
                           ("行业资讯", "第三届全球数字贸易博览会在杭州开幕", "浙江日报"),
                           ("行业资讯", "工信部发布人工智能产业政策", "工信部网站"),
                           ("会员动态", None, None), ("会员动态", None, None)]
    assert issue.items[0].tables == [[["市场", "执行额（万美元）", "同比"], ["日本", "48000", "3.1%"],
                                      ["美国", "12000", "-2.0%"]]]
    assert "日本 | 48000 | 3.1%" in issue.items[0].body.split("\n")
    kinds = {(b.kind, b.level) for b in read_blocks(tmp_path / "issue.docx")}
    assert {("heading", 1), ("heading", 2), ("list_item", None), ("table", None)} <= kinds


_STORY = "，数字贸易持续发展，跨境电商规模扩大，服务外包稳中有进" * 6


def make_chromium_pdf(path: Path) -> Path:
    """A two-page issue printed by Chromium with a running header and `n / N` page numbers, its
    first story long enough to cross the page break."""
    from playwright.sync_api import sync_playwright
    paragraphs = "".join(f"<p>10月{n}日，第{n}段{_STORY}。</p>" for n in range(1, 9))
    html = f"""<html><head><meta charset="utf-8"><style>body {{font-family: 'WenQuanYi Micro Hei';
      font-size: 12pt}}</style></head><body><h1>数字贸易简报</h1><p>2024年第10期（总第30期）</p>
      <p>大连市数字贸易协会秘书处编　2024年10月31日</p>
      <h2>行业资讯</h2><h3>第三届数字贸易博览会开幕</h3>{paragraphs}<p>（来源：新华网）</p>
      <h3>某部门发布通知</h3><p>10月9日，某部门发布通知。</p><p>来源：人民网</p>
      <h2>数据月报</h2><h3>2024年1-9月大连市服务外包数据统计情况</h3><p>1-9月合同额同比增长。</p>
      <table border="1" style="border-collapse: collapse"><tr><td>指标</td><td>数值</td></tr>
      <tr><td>合同额</td><td>100万美元</td></tr></table></body></html>"""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_content(html)
        page.pdf(path=str(path), format="A4", display_header_footer=True,
                 header_template='<div style="font-size:8px;width:100%;text-align:center">数字贸易简报 2024年第10期</div>',
                 footer_template='<div style="font-size:8px;width:100%;text-align:center">'
                                 '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
                 margin={"top": "60px", "bottom": "60px", "left": "50px", "right": "50px"})
        browser.close()
    return path


@pytest.fixture(scope="module")
def chromium_pdf(tmp_path_factory) -> Path:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is not installed")
    return make_chromium_pdf(tmp_path_factory.mktemp("pdf") / "issue-2024-10.pdf")


def test_a_pdf_printed_by_chromium(chromium_pdf):
    issue = parse_file(chromium_pdf)
    assert issue.meta.to_dict() == {"year": 2024, "number": 10, "total": 30, "date": "2024-10-31", "inferred": False}
    assert rows(issue) == [("行业资讯", "第三届数字贸易博览会开幕", "新华网"), ("行业资讯", "某部门发布通知", "人民网"),
                           ("数据月报", "2024年1-9月大连市服务外包数据统计情况", None)]
    story = issue.items[0]
    assert story.body.split("\n") == [f"10月{n}日，第{n}段{_STORY}。" for n in range(1, 9)]  # across the page break
    assert sorted(issue.furniture) == ["1 / 2", "2 / 2", "数字贸易简报 2024年第10期", "数字贸易简报 2024年第10期"]
    assert issue.items[2].tables == [[["指标", "数值"], ["合同额", "100万美元"]]]
    blocks = read_blocks(chromium_pdf)
    assert [(b.kind, b.level) for b in blocks if b.text in ("数字贸易简报", "行业资讯", "某部门发布通知")] == \
        [("heading", 1), ("heading", 2), ("heading", 3)]


def test_only_jianbaos_own_lines_on_stderr(chromium_pdf):
    quiet = subprocess.run([sys.executable, "-m", "jianbao", "parse", str(chromium_pdf)], capture_output=True, text=True)
    assert quiet.returncode == 0
    assert quiet.stderr.splitlines() == ["1 个文件，3 条资讯"]
    loud = subprocess.run([sys.executable, "-m", "jianbao", "parse", "--verbose", str(chromium_pdf)],
                          capture_output=True, text=True)
    assert "FontBBox" in loud.stderr  # the PDF library's warnings, when asked for


# --- stable ids --------------------------------------------------------------------------------

def test_ids_do_not_move_when_other_stories_come_and_go():
    text = (CORPUS / "000_5858f990df9ebe1c.txt").read_text(encoding="utf-8")
    before = {i.title or i.body[:20]: i.id for i in parse_text(text, "000.txt").items}
    start = text.index("● 国务院常务会议审议通过")
    end = text.index("● 东南亚数字经济发展迅猛")
    removed = text[:start] + text[end:]  # a story taken out
    added = text.replace("【协会动态】\n\n11月20日", "【行业资讯】\n\n● 新增的一条新闻\n\n11月30日，新增。\n\n"
                         "（来源：新华网）\n\n【协会动态】\n\n11月20日")  # one added
    for changed in (removed, added):
        after = {i.title or i.body[:20]: i.id for i in parse_text(changed, "000.txt").items}
        assert {t: i for t, i in after.items() if t in before} == {t: i for t, i in before.items() if t in after}
    assert all(len(i.split("-")[-1]) == 6 for i in before.values())


def test_ids_are_readable_url_safe_and_unique():
    issues, _ = parse_files(sorted(CORPUS.iterdir()))
    ids = [i.id for issue in issues for i in issue.items]
    assert len(ids) == len(set(ids))
    assert all(__import__("re").fullmatch(r"\d{4}-\d\d-[a-z2-7]{6}(-\d+)?", i) for i in ids)
    item = issues[0].items[1]
    assert item.id == f"{item.issue.key}-{item_key(item.title, item.body)}"


def test_colliding_keys_are_told_apart_in_document_order():
    text = "【行业资讯】\n\n● 同题\n\n1月1日，一。\n\n（来源：甲）\n\n● 同题\n\n1月2日，二。\n\n（来源：乙）\n"
    first, second = parse_text(text, "dup.txt").items
    assert second.id == first.id + "-2"


# --- jianbao check -----------------------------------------------------------------------------

def run(*args):
    return subprocess.run([sys.executable, "-m", "jianbao", *args], capture_output=True, text=True)


def test_check_reports_metadata_sections_items_and_warnings():
    """What `check --json` reports (the CLI's own function, in this process: the exit codes and the
    process's stderr are test_check_exit_status's and test_index_prints_the_warnings...'s)."""
    from click.testing import CliRunner

    from jianbao.cli import main
    result = CliRunner().invoke(main, ["check", "--json", str(DRIFT / "md-unbracketed.md"),
                                       str(DRIFT / "forecast-year.txt")], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    md, forecast = [json.loads(line) for line in result.stdout.splitlines()]
    assert md["issue"]["from"] == {"year": "header", "number": "header", "total": "header", "date": "header"}
    assert md["sections"] == [{"name": "数据月报", "items": 1, "known": True}, {"name": "行业资讯", "items": 4, "known": True},
                              {"name": "政策解读", "items": 1, "known": False},
                              {"name": "会员动态", "items": 2, "known": False}]
    kinds = [w["kind"] for w in md["warnings"]]
    assert kinds == ["unknown-section", "unknown-section", "no-source", "no-source"]
    assert md["items"][1]["source"] == "新华网" and md["items"][1]["orgs"] == ["商务部"]
    assert forecast["issue"]["from"]["year"] == "inferred"
    assert [w["kind"] for w in forecast["warnings"]].count("inferred") == 4


def test_check_flags_sentence_titles_and_odd_lengths():
    text = ("【行业资讯】\n\n" + "".join(f"● 第{n}条\n\n{n}月1日，" + "内容" * 60 + "。\n\n（来源：甲）\n\n" for n in range(1, 5))
            + "● 这个标题读起来像一句话，它后面还有很多很多的字，一直写下去，写到超过四十个字符为止，还要再多写几个字\n\n"
              "短。\n\n（来源：乙）\n")
    from search.parse.check import warnings
    found = [(w.kind, w.item is not None) for w in warnings(parse_text(text, "odd.txt"))]
    assert found == [("sentence-title", True), ("short-item", True)]


def test_check_exit_status(tmp_path):
    (tmp_path / "essay.txt").write_text("春天来了。\n", encoding="utf-8")
    bad = run("check", str(DRIFT / "oneline-header.txt"), str(tmp_path / "essay.txt"))
    assert bad.returncode == 1
    assert "oneline-header.txt：2024年第7期（总第27期），2024-07-31" in bad.stdout
    assert "essay.txt：无法使用：看不出简报的结构" in bad.stdout
    assert run("check").returncode == 2


def test_index_prints_the_warnings_of_the_files_it_takes_in(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "md.md").write_text((DRIFT / "md-unbracketed.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("index", "--corpus", str(corpus), "--index", str(tmp_path / "index"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "jianbao index: md.md: 提示：不认识的栏目 政策解读（1 条），按资讯栏目收录",
        "jianbao index: md.md: 提示：不认识的栏目 会员动态（2 条），按资讯栏目收录",
        f"jianbao index: md.md: 提示：资讯没有来源：{_id(corpus / 'md.md', 6)}（大连华信计算机技术股份有限公司获…）",
        f"jianbao index: md.md: 提示：资讯没有来源：{_id(corpus / 'md.md', 7)}（大连东软信息学院与日本企业签署合…）",
    ]
    from search.query.archive import Archive
    archive = Archive(tmp_path / "index")
    try:  # an unknown section is a section like any other
        sections = archive.stats()["sections"]
    finally:
        archive.close()
    assert sections == {"数据月报": 1, "行业资讯": 4, "政策解读": 1, "会员动态": 2}


def _id(path: Path, k: int) -> str:
    return parse_file(path).items[k].id


def test_word_localised_heading_names_and_bold_titles(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    d = docx.Document()
    d.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)  # a Chinese Word's own name, no outline level
    d.add_paragraph("行业资讯", style="标题 1")
    d.add_paragraph().add_run("数字贸易规则谈判提速").bold = True  # a wholly bold paragraph: a title
    d.add_paragraph("6月3日，多方代表在日内瓦举行会谈。")
    d.add_paragraph("（来源：新华网）")
    d.add_paragraph().add_run("跨境数据流动试点扩围").bold = True
    p = d.add_paragraph("6月9日，")
    p.add_run("试点").bold = True  # partly bold: body
    p.add_run("扩大到更多城市。")
    d.save(tmp_path / "styles.docx")
    blocks = read_blocks(tmp_path / "styles.docx")
    assert [(b.kind, b.level) for b in blocks] == [("heading", 1), ("title", None), ("paragraph", None),
                                                    ("paragraph", None), ("title", None), ("paragraph", None)]
    assert rows(parse_file(tmp_path / "styles.docx")) == [("行业资讯", "数字贸易规则谈判提速", "新华网"),
                                                          ("行业资讯", "跨境数据流动试点扩围", None)]


@pytest.mark.parametrize("mark", ["3", "- 3 -", "第 3 页"])
def test_page_numbers_between_blank_lines_are_furniture(mark):
    text = f"【行业资讯】\n\n● 标题\n\n6月3日，某部门发布\n\n{mark}\n\n通知。\n\n（来源：甲）\n"
    issue = parse_text(text, "pages.txt")
    assert issue.items[0].body == "6月3日，某部门发布通知。" and issue.furniture == [mark]


def test_bold_lines_as_sections_and_the_masthead_is_no_section():
    issue = parse_file(DRIFT / "bold-sections.md")
    assert rows(issue) == [("行业资讯", "全球数字贸易规则谈判取得新进展", "新华网"),
                           ("政策解读", "如何理解数据出境新规", "人民网")]
    assert issue.header == ["数字贸易简报", "2024年第3期（总第23期）"]


def test_pdf_titles_and_paragraphs_rejoined_across_a_page_break():
    from search.parse.pdf import _layout, _Line, _Page

    def line(text, top, page, size=12.0, x1=500.0):
        return _Line(text, 50.0, x1, top, top + size, size, False, "SimSun", page, 550.0, 800.0)

    pages = [_Page(1, 550.0, 800.0, [line("正文第一段。", 100, 1, x1=200), line("一个很长的标题被分页", 700, 1, size=16, x1=540),
                                     line("第 1 页", 780, 1, size=9)]),
             _Page(2, 550.0, 800.0, [line("切开了", 40, 2, size=16), line("新一页的正文，这一段比标题长得多，字号是正文的字号。", 100, 2),
                                     line("第 2 页", 780, 2, size=9)])]
    assert [(b.kind, b.text) for b in _layout(pages)] == [
        ("paragraph", "正文第一段。"), ("heading", "一个很长的标题被分页切开了"), ("furniture", "第 1 页"),
        ("paragraph", "新一页的正文，这一段比标题长得多，字号是正文的字号。"), ("furniture", "第 2 页")]


def test_pdf_short_headings_either_side_of_a_page_break_stay_apart():
    from search.parse.pdf import _layout, _Line, _Page

    def line(text, top, page, size=12.0, x1=500.0):
        return _Line(text, 50.0, x1, top, top + size, size, False, "SimSun", page, 550.0, 800.0)

    body = "这是一段正文，比两个标题都长得多，字号是正文的字号。"
    pages = [_Page(1, 550.0, 800.0, [line(body, 100, 1), line("【协会动态】", 700, 1, size=16, x1=150)]),
             _Page(2, 550.0, 800.0, [line("【数据月报】", 40, 2, size=16, x1=150), line(body, 100, 2)])]
    assert [b.text for b in _layout(pages) if b.kind == "heading"] == ["【协会动态】", "【数据月报】"]


def test_a_toc_of_entries_prefixed_by_their_section():
    text = ("数字贸易简报\n2024年第9期（总第29期）\n2024年9月30日\n\n目录\n【行业资讯】全球数字贸易博览会开幕\n"
            "【协会动态】\n\n【行业资讯】\n\n● 全球数字贸易博览会开幕\n\n9月1日，博览会在杭州开幕。\n\n（来源：新华网）\n\n"
            "【协会动态】\n\n9月2日，协会组织会员企业参观学习。\n")
    issue = parse_text(text, "toc.txt")
    assert rows(issue) == [("行业资讯", "全球数字贸易博览会开幕", "新华网"), ("协会动态", None, None)]
    assert issue.toc == {"目录": ["【行业资讯】全球数字贸易博览会开幕"], "协会动态": []}
    from search.parse.check import warnings
    assert warnings(issue) == []


def test_a_source_right_under_the_title_belongs_to_that_story():
    text = ("【行业资讯】\n\n● 甲新闻\n\n来源：新华网\n\n6月1日，甲事发生。\n\n6月2日，甲事继续。\n\n"
            "● 乙新闻\n\n6月3日，乙事。\n\n（来源：人民网）\n")
    assert [(i.title, i.source, i.body) for i in parse_text(text, "top.txt").items] == [
        ("甲新闻", "新华网", "6月1日，甲事发生。\n6月2日，甲事继续。"), ("乙新闻", "人民网", "6月3日，乙事。")]


def test_credit_lines_are_neither_body_nor_stories():
    text = ("【行业资讯】\n\n● 甲新闻\n\n6月1日，甲事发生。\n\n（来源：新华网）\n\n（责任编辑：张三）\n\n"
            "● 乙新闻\n\n6月3日，乙事。\n\n记者：李四\n\n（来源：人民网）\n")
    issue = parse_text(text, "credits.txt")
    assert [(i.title, i.source, i.body) for i in issue.items] == [
        ("甲新闻", "新华网", "6月1日，甲事发生。"), ("乙新闻", "人民网", "6月3日，乙事。")]
    assert issue.items[0].consumed == ["甲新闻", "（责任编辑：张三）", "（来源：新华网）"]


def test_a_figure_caption_is_no_body():
    """`图：X` or `图2：X` under a picture: a caption, like a photo credit, neither body nor a story."""
    text = ("【会员风采】\n\n● 甲公司\n\n甲公司成立于2001年。\n\n图：甲公司新园区\n\n"
            "● 乙公司\n\n乙公司是软件企业。\n\n（图2：乙公司展厅）\n\n乙公司今年出口增长。\n")
    issue = parse_text(text, "captions.txt")
    assert [(i.title, i.body) for i in issue.items] == [
        ("甲公司", "甲公司成立于2001年。"), ("乙公司", "乙公司是软件企业。\n乙公司今年出口增长。")]


def test_pdf_lines_set_in_hei_or_bold_are_titles_unless_the_body_is():
    from search.parse.pdf import _layout, _Line, _Page

    def line(text, top, font, bold):
        return _Line(text, 50.0, 200.0, top, top + 12, 12.0, bold, font, 1, 550.0, 800.0)

    body = "这是正文，字号和标题相同，字体是宋体，比标题长得多。"
    page = _Page(1, 550.0, 800.0, [line("黑体标题", 100, "SimHei", True), line(body, 130, "SimSun", False),
                                    line(body, 160, "SimSun", False)])
    assert [b.kind for b in _layout([page])] == ["title", "paragraph", "paragraph"]
    all_hei = _Page(1, 550.0, 800.0, [line("短行", 100, "MicroHei", True), line(body, 130, "MicroHei", True)])
    assert [b.kind for b in _layout([all_hei])] == ["paragraph", "paragraph"]


def test_a_bold_paragraph_of_sentences_is_emphasis_not_a_title():
    text = ("【行业资讯】\n\n**数字经济规则谈判提速**\n\n6月3日，多方代表在日内瓦举行会谈。\n\n"
            "**会谈指出，各方将在数据跨境流动、电子支付和数字身份等领域加强合作，并力争年内取得成果。**\n\n"
            "（来源：新华网）\n")
    [item] = parse_text(text, "bold.txt").items
    assert item.title == "数字经济规则谈判提速" and item.body.endswith("力争年内取得成果。")


def test_a_tables_caption_set_to_the_right_is_no_attribution():
    """`续表` over a table's rest on the next page, `表2` over a table: set to the right as an
    outlet is (`——新华社`), but a caption's shape, never the story's source."""
    from search.parse.sources import source_line
    assert [source_line(t, "right") for t in ("续表", "续表2", "表2", "——新华社")] == [None, None, None, "新华社"]


def test_a_footnote_that_names_no_source_is_no_body():
    """A note placed after the text that cites it (`…2.75万亿元①…` / `① 据海关总署初步测算。`): the
    source one gives is the story's source; one that names none is kept out of the body, as a credit."""
    from search.parse.blocks import Block
    from search.parse.parser import parse_blocks
    blocks = [Block("heading", "行业资讯", level=1), Block("title", "甲新闻"),
              Block("paragraph", "规模达到2.75万亿元，增长较快。"), Block("paragraph", "据海关总署初步测算。", note=True),
              Block("paragraph", "（来源：中评社）"), Block("title", "乙新闻"), Block("paragraph", "乙事发生。"),
              Block("paragraph", "新华社，2026年2月28日。", note=True)]
    issue = parse_blocks(blocks, "notes.docx")
    assert [(i.title, i.body, i.source) for i in issue.items] == [
        ("甲新闻", "规模达到2.75万亿元，增长较快。", "中评社"), ("乙新闻", "乙事发生。", "新华社")]
