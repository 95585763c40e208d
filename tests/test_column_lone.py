"""A second column that holds a single line, at the top of a page: the end of a paragraph the first
column could not hold. It is read after the first column, not across the row it shares with the
first column's first line, nor before the first column where a title's margin sets it higher.
A line set right of others that is no column (a date beside a masthead line, a right-aligned source
over a ragged contents) stays where it is."""
from __future__ import annotations

from search.parse.columns import Box, regions


def box(x0, top, x1, text="字字字字字字字字"):
    return Box(x0, top, x1, top + 10, text)


def texts(found):
    return [(r.kind, round(r.x0), "".join(b.text for b in sorted(r.boxes, key=lambda b: (b.top, b.x0)))[:6])
            for r in found]


def test_a_lone_line_beside_the_first_columns_first_line_is_read_after_the_column():
    left = [box(50, 100 + 15 * k, 280, f"左{k}左左左左左左") for k in range(6)]
    lone = box(300, 100, 430, "右栏唯一一行文字。")
    found = regions(left + [lone], 10)
    assert [r.x0 for r in found] == [50, 300]
    assert found[1].boxes == [lone]


def test_a_lone_line_set_above_the_first_column_by_a_titles_margin_follows_it():
    """Another width and gutter: the lone line stands 8 points above the column's title."""
    head = box(60, 40, 160, "【会员风采】")
    title = box(60, 88, 200, "标题在左栏")
    left = [title] + [box(60, 104 + 14 * k, 250, f"左{k}左左左左左左") for k in range(5)]
    lone = box(268, 80, 380, "续上栏的最后一行。")
    found = regions([head] + left + [lone], 10)
    assert texts(found)[0][2] == "【会员风采】"
    assert [round(r.x0) for r in found[1:]] == [60, 268]
    assert found[-1].boxes == [lone]


def test_a_date_beside_a_masthead_line_is_no_column():
    meta = [box(50, 60, 200, "大连市数字贸易协会"), box(420, 60, 530, "2026年7月31日")]
    body = [box(50, 80 + 15 * k, 530, f"正文{k}正文正文正文") for k in range(5)]
    found = regions(meta + body, 10)
    assert len(found) == 1 and found[0].full


def test_a_right_aligned_source_over_a_ragged_contents_is_no_column():
    source = box(400, 60, 530, "（来源：新华社）")
    contents = [box(50, 80 + 15 * k, 150 + 37 * k, f"目录{k}目录") for k in range(5)]
    found = regions([source] + contents, 10)
    assert len(found) == 1


def test_a_flush_right_source_above_two_columns_closes_the_text_above_them():
    """The source of a story set across the page stands flush right just above two columns: its
    gutter runs through the source line, which is still read before the columns."""
    above = [box(50, 40 + 15 * k, 540, f"通栏{k}通栏通栏") for k in range(3)]
    source = box(430, 90, 540, "——摘自经济日报")
    left = [box(50, 112 + 15 * k, 285, f"左{k}左左左左左左") for k in range(5)]
    right = [box(310, 112 + 12 * k, 540, f"右{k}右右右右右右") for k in range(6)]
    found = regions(above + [source] + left + right, 10)
    assert [(round(r.x0), round(r.top)) for r in found] == [(50, 40), (50, 112), (310, 112)]
    assert source in found[0].boxes


def test_a_list_of_links_beside_running_text_is_no_table_and_comes_after_the_text():
    """A web page printed: a navigation column of short lines (a site's links, other issues) beside
    the article, its rows falling level with some of the article's. Read as two columns, the
    article first, never as a table's rows."""
    nav = [box(30, 60 + 26 * k, 30 + 12 * len(t), t) for k, t in enumerate(
        ["首页", "协会概况", "简报", "联系我们", "往期", "2026年第8期", "2026年第7期"])]
    text = [box(180, 60 + 20 * k, 560, f"正文第{k}行正文正文正文正文正文正文正文") for k in range(10)]
    found = regions(nav + text, 10)
    assert [(r.kind, round(r.x0)) for r in found] == [("text", 180), ("text", 30)]


def test_a_table_whose_first_column_wraps_long_labels_stays_a_table():
    """The other shape: a wide label column beside columns of numbers is a table's cells."""
    rows = []
    for k in range(5):
        rows += [box(50, 60 + 18 * k, 400, f"第{k}项指标的名称写得很长很长很长很长很长"),
                 box(430, 60 + 18 * k, 470, f"{10 + k}.5"), box(500, 60 + 18 * k, 530, f"{k}.1")]
    found = regions(rows, 10)
    assert [r.kind for r in found] == ["table"]


def test_a_caption_beside_the_last_line_of_text_wrapped_round_its_picture_is_read_apart():
    """Text wrapped round a picture on the right; the picture's caption, centred under it, falls
    level with the text's last line. The caption is a line of its own after the text, not the end
    of the paragraph."""
    lines = [box(50, 100, 540, "通栏第一行通栏通栏")] + [box(50, 118 + 18 * k, 330, f"绕排{k}绕排绕排") for k in range(5)]
    last = box(50, 208, 260, "段落最后一行。")
    caption = box(380, 211, 470, "图1：园区一角")
    found = regions(lines + [last, caption], 10)
    assert found[-1].boxes == [caption]
    assert last in found[-2].boxes
