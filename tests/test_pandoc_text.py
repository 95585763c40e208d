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
