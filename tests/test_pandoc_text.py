"""Pandoc/Hugo Markdown and plain text tables by their shape, in wordings no held-out issue uses:
attribute blocks and closing hashes on headings, fenced divs of any class, grid tables with cells
over several lines, captions; tables in text whose columns are parted by tabs or runs of spaces,
ruled with any glyph."""
from __future__ import annotations

from search.parse.blocks import text_blocks
from search.parse.parser import parse_text

HEADER = "数字贸易简报\n\n2025年第9期（总第41期）\n\n大连市数字贸易协会秘书处编 2025年9月30日\n\n"
ACTIVITY = "9月9日，协会召开座谈会，二十余家会员企业参加。\n"


def test_pandoc_headings_divs_and_grid_tables():
    text = (HEADER + "#### 行业资讯 #### {#news .sec lang=\"zh\"}\n\n"
            "##### 甲公司发布跨境支付新产品 ##### {.item}\n\n9月3日，甲公司发布新产品。\n\n"
            ":::: {.note .outlet}\n信源：经济观察报\n::::\n\n"
            "##### 乙单位发布报告 {-}\n\n9月5日，乙单位发布报告。\n\n::: outlet\n来源：新华社\n:::\n\n"
            "#### 协会动态 #### {#xh}\n\n" + ACTIVITY)
    rows = [(i.section, i.title, i.source) for i in parse_text(text, "p.md").items]
    assert rows[:2] == [("行业资讯", "甲公司发布跨境支付新产品", "经济观察报"), ("行业资讯", "乙单位发布报告", "新华社")]


def test_a_grid_table_with_wrapped_cells_and_its_caption():
    text = ("+------+-------------+\n| 地区 | 进出口      |\n|      | （亿元）    |\n+======+=============+\n"
            "| 东盟 | 1200        |\n+------+-------------+\n| 欧盟 | 980         |\n+------+-------------+\n\n"
            "Table: 分地区进出口 {#tbl:area}\n")
    blocks = text_blocks(text)
    assert blocks[0].kind == "table" and blocks[0].cells == [["地区", "进出口（亿元）"], ["东盟", "1200"], ["欧盟", "980"]]
    assert [(b.kind, b.text) for b in blocks[1:]] == [("furniture", "分地区进出口")]


def test_tables_in_text_by_their_shape():
    """Columns parted by tabs, or by runs of spaces under a rule of any glyph; a story's line and a
    header of fields with no figures under it are no table."""
    tabbed = "地区\t金额（亿元）\t增速（%）\n东盟\t1200\t5.1\n欧盟\t980\t-2.3\n"
    spaced = ("════════════════════════\n品类        金额（亿元）   增速\n════════════════════════\n"
              "集成电路    320.5          12.0%\n汽车        88             —\n════════════════════════\n")
    for text in (tabbed, spaced):
        tables = [b for b in text_blocks(text) if b.kind == "table"]
        assert len(tables) == 1 and len(tables[0].cells) == 3 and tables[0].cells[1][0] in ("东盟", "集成电路")
    assert not any(b.kind == "table" for b in text_blocks("主办：甲协会　　承办：乙公司\n地址：大连　　电话：0411\n"))


def test_a_colophon_framed_by_rules_is_no_activity():
    text = (HEADER + "【协会动态】\n\n" + ACTIVITY + "\n＝＝＝＝＝＝＝＝＝＝\n主编：秘书处　　邮箱：x@example.org\n"
            "本刊仅供会员内部交流。\n～～～～～～～～～～\n")
    assert [i.body for i in parse_text(text, "c.txt").items] == [ACTIVITY.strip()]


def test_a_date_that_starts_a_span_up_to_now_is_background():
    from search.parse.meta import first_date
    assert first_date("甲平台于2023年3月10日上线，迄今已服务企业三千家。9月2日，平台发布年报。", 2025, "2025-09-30") == "2025-09-02"
    assert first_date("自2024年5月1日新规施行以来，进口增长。", 2025, "2025-09-30") is None
    assert first_date("9月2日，甲平台上线。至今已有千家企业入驻。", 2025, "2025-09-30") == "2025-09-02"


def _figures(body: str) -> list[tuple]:
    from search import figures
    text = (HEADER + "【数据月报】\n\n### 运行情况\n\n" + body + "\n\n【协会动态】\n\n" + ACTIVITY)
    return [(f["indicator"], f.get("breakdown"), f.get("value"), f.get("yoy_pct"), f.get("period"))
            for f in figures.extract_issue(parse_text(text, "f.md"))]


def test_figures_of_a_change_only_table_by_period_and_of_a_listed_pair():
    """A table whose rows are periods and whose one column is a change names what changes in its
    head; a year heading a clause of a whole year's change; names ending in what they count, listed
    before `分别`, are each an indicator."""
    table = "| 时期 | 服务贸易进出口增幅（%） |\n|---|---|\n| 上半年 | 8.1 |\n| 前三季度 | 7.9 |"
    assert _figures(table) == [("服务贸易进出口", None, None, 8.1, "2025-01/2025-06"),
                               ("服务贸易进出口", None, None, 7.9, "2025-01/2025-09")]
    assert _figures("2024年服务贸易总额达7.5万亿元，比上年增长14.4%。") == [
        ("服务贸易总额", None, 7.5, 14.4, "2024-01/2024-12")]
    assert _figures("8月份，软件业务收入增长9%。1-8月，信息服务收入、云服务收入分别增长11%和12%。")[1:] == [
        ("信息服务收入", None, None, 11.0, "2025-01/2025-08"), ("云服务收入", None, None, 12.0, "2025-01/2025-08")]


def test_a_share_that_rose_to_a_level_is_a_share():
    assert _figures("1-8月，高技术产品出口增长5%，占比降到12.1%。") == [
        ("出口", "高技术产品", None, 5.0, "2025-01/2025-08")]  # a product: ANNOTATION.md
    from search import figures
    text = HEADER + "【数据月报】\n\n### 运行情况\n\n1-8月，软件出口增长6%，占服务出口的比重升至21.5%。\n\n【协会动态】\n\n" + ACTIVITY
    [fig] = figures.extract_issue(parse_text(text, "s.md"))
    assert (fig["yoy_pct"], fig["share_pct"]) == (6.0, 21.5)


def test_a_contents_set_with_spaces_is_no_table():
    assert not any(b.kind == "table" for b in text_blocks("数据月报          1\n行业资讯          2\n会员风采          4\n"))
