"""A section's part number glued to its name or set after it, inside a frame (wave 25): the mutation suite
drew `⇣　Part 1数据月报　⇣` (a Latin part marker run into the name) and the parser refused the issue. The
marker is read by its shape, in any script (`Part 1`, `PART Ⅱ`, `第三部分`, `Ⅳ`), glued or spaced, before
the name or after it; after it only inside a frame (an unframed line ending `第二篇` is a title's)."""
from __future__ import annotations

import pytest

from search.parse.banners import banner
from search.parse.blocks import Block


def _line(text: str) -> Block:
    return Block(kind="para", text=text, raw=text)


@pytest.mark.parametrize("line", [
    "⇣　Part 1数据月报　⇣", "【Part2数据月报】", "◆PART Ⅲ数据月报◆", "〖part 4·数据月报〗", "※ＰＡＲＴ　２数据月报※",
    "⇣　数据月报Part 1　⇣", "◆数据月报 PART 2◆", "【数据月报·第三部分】", "❖ 数据月报 Ⅱ ❖", "◆Ⅱ数据月报◆",
    "Part 1数据月报", "SECTION 3数据月报",
])
def test_a_part_marker_glued_or_after_the_name_is_no_part_of_it(line):
    assert banner(_line(line)) == "数据月报"


@pytest.mark.parametrize("line", [
    "聚焦数字贸易第二篇", "数据月报Part 1", "Part 12025年全年货物贸易进出口情况", "Ⅴ. 大连东软信息学院",
])
def test_unframed_a_marker_after_words_or_a_part_before_a_title_is_no_banner(line):
    assert banner(_line(line)) is None


@pytest.mark.parametrize("line,name", [
    ("␔ Part 1数据月报 Digest Members ␔", "数据月报"),  # the mutation suite's draw (wave 25, fixed seeds)
    ("◈ SECTION 2行业资讯 Industry News ◈", "行业资讯"),
    ("【第三部分 会员风采 MEMBERS】", "会员风采"),
])
def test_a_part_marker_and_a_gloss_inside_one_frame(line, name):
    from search.parse.banners import banner
    from search.parse.blocks import Block
    assert banner(Block("paragraph", line)) == name


def test_a_bare_key_before_any_name_where_the_line_is_set_as_a_source_line():
    # the mutation suite's draw: `来源于工业和信息化部` set to the right names a ministry, no medium
    from search.parse.sources import source_line
    assert source_line("来源于工业和信息化部", align="right") == "工业和信息化部"
    assert source_line("来源于工业和信息化部") is None  # a plain line: could be a sentence's words
    assert source_line("来源于新华社") == "新华社"


def test_a_line_longer_than_any_banner_names_no_section():
    # the gloss patterns tried at each space of a long line took the square of its length (16,000 characters, 1.6 s)
    from search.parse.banners import _BANNER_CHARS
    assert banner(Block("paragraph", "◆ " + "a " * 8000 + "数据月报 ◆")) is None
    line = "◆ Part 1数据月报 " + "Monthly Data Digest " * 2 + "◆"
    assert len(line) <= _BANNER_CHARS and banner(Block("paragraph", line)) == "数据月报"
