"""A table continued over a page break, its head row repeated on the next page (Chromium, Word and
WPS repeat it), perhaps under a `续表` caption: one table, its rows in order, the head once."""
from __future__ import annotations

from search.parse.blocks import Block, table_text
from search.parse.pdfcont import join_continued


def table(rows):
    return Block("table", table_text(rows), cells=rows, page=1)


HEAD = ["指标", "金额（亿元）", "同比（%）"]


def test_the_rest_of_a_table_under_a_continued_caption_joins_it():
    first = table([HEAD, ["进出口", "45.47", "3.8"], ["出口", "26.99", "6.1"]])
    page = [Block("furniture", "2"), Block("paragraph", "续表"), table([HEAD, ["进口", "18.48", "0.5"]]),
            Block("paragraph", "（来源：海关总署网站）")]
    rest = join_continued(first, page)
    assert [b.text for b in rest] == ["2", "（来源：海关总署网站）"]
    assert first.cells[-1] == ["进口", "18.48", "0.5"] and first.cells.count(HEAD) == 1


def test_another_caption_form_and_a_head_spaced_otherwise():
    first = table([["地区", "收入"], ["甲市", "12.5"]])
    rest = join_continued(first, [Block("paragraph", "表2（续）"), table([["地 区", "收 入"], ["乙市", "9.1"]])])
    assert rest == [] and first.cells == [["地区", "收入"], ["甲市", "12.5"], ["乙市", "9.1"]]


def test_a_table_with_another_head_stays_apart():
    first = table([HEAD, ["进出口", "45.47", "3.8"]])
    other = table([["地区", "收入"], ["甲市", "12.5"]])
    assert join_continued(first, [other]) == [other] and len(first.cells) == 2
