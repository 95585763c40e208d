"""blind15's landscape print in three columns (issue 16, wave 24), each shape in a variant of its own:

- a masthead band over three columns: the association's name at the left edge of the first column and
  the briefing's name in large type centred on the page, on one printed row, the issue line under the
  name: the band is read first and whole, not cut into the columns (the name had become a title
  heading the second column's text, and the story it cut lost its own);
- a source line whose key and outlet a guillemet or angle quote sets apart (`消息来源 » X`).
"""
from __future__ import annotations

from search.parse.columns import Box, regions
from search.parse.sources import source_line


def box(x0, top, x1, text="字字字字字字字字", height=10.0):
    return Box(x0, top, x1, top + height, text)


def _three_columns(top: float) -> list[Box]:
    out = []
    for c, x0 in enumerate((40, 300, 560)):
        out += [box(x0, top + 14 * k, x0 + 240, f"{c}栏{k}行文字文字文字") for k in range(12)]
    return out


def test_a_masthead_band_over_three_columns_is_read_first_and_whole():
    name = box(40, 40, 130, "某某市某某协会")
    title = [box(340 + 30 * k, 30, 365 + 30 * k, ch, height=25) for k, ch in enumerate("某某工作简报")]
    issue = box(40, 52, 150, "2025年第10期 总第42期")
    found = regions([name, issue] + title + _three_columns(80), 10)
    first = {b.text for b in found[0].boxes}
    assert {"某某市某某协会", "2025年第10期 总第42期", "某", "报"} <= first
    columns = [r for r in found[1:] if r.kind == "text"]
    assert [round(r.x0) for r in columns] == [40, 300, 560]
    assert all(b.top >= 80 for r in columns for b in r.boxes)


def test_a_row_of_three_columns_text_at_the_top_stays_in_the_columns():
    """No big centred line: the first row is the columns' own."""
    found = regions(_three_columns(80), 10)
    assert [round(r.x0) for r in found] == [40, 300, 560]


def test_a_guillemet_sets_key_and_outlet_apart():
    for line, outlet in (("消息来源 » 联合报", "联合报"), ("新闻来源›韩国国际广播电台", "韩国国际广播电台"),
                         ("来源 « 新华社", "新华社")):
        assert source_line(line) == outlet, line


def test_quoted_words_after_a_key_are_no_guillemet_source():
    assert source_line("来源“多元化”的收入") is None


def test_a_closing_records_dated_field_dates_the_issue():
    from search.parse.blocks import Block
    from search.parse.colophon import signed_day

    record = Block("furniture", "印发日期：2026年1月31日 抄送：各会员单位 （共印50份）")
    assert signed_day([record]) == "2026年1月31日"
    assert signed_day([Block("furniture", "编印日期：2025.10.31　编辑：秘书处")]) == "2025.10.31"


def test_a_date_in_a_sentence_at_the_end_dates_nothing():
    from search.parse.blocks import Block
    from search.parse.colophon import signed_day

    assert signed_day([Block("furniture", "会议日期：2026年1月31日，地点在大连，欢迎各会员单位报名参加。")]) is None


def test_any_verb_of_compiling_before_zi_names_the_source():
    """`采编自`, `选编自`, `汇编自`, `选译自`: a word of gathering or choosing before 编自 / 译自, no list of them."""
    from search.parse.sources import source_tail

    for verb in ("采编自", "选编自", "汇编自", "选译自"):
        text = f"公司约七成收入来自海外。（{verb}华尔街见闻）"
        assert source_tail(text)[1] == "华尔街见闻", verb
        assert source_line(f"{verb}钜亨网") == "钜亨网", verb


def test_a_running_number_run_into_the_titles_year_leaves_the_year_whole():
    """A scan's recogniser lost the space after `No.1`: the title's year keeps its first digit."""
    from search.parse.shapes import strip_list_number

    assert strip_list_number("No.12025年全国电影票房518.32亿元") == "2025年全国电影票房518.32亿元"
    assert strip_list_number("NO.101月9日MiniMax上市") == "1月9日MiniMax上市"
    assert strip_list_number("No.2MiniMax在港交所上市") == "MiniMax在港交所上市"
    assert strip_list_number("No.12 外卖平台") == "外卖平台"
