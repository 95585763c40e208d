"""Figures of data reports (issue 16, wave 22): the shapes blind13 left, each read by its shape and tested here on a
variant of its own (other subjects, measures and numbers than the set's).

- a table row named <subject><the whole name of a row above> (`快递业务量`, then `同城快递业务量`) is that row's
  indicator broken down by the subject; a list of names that ends in the whole its shares are of
  (`A、B、C<whole>分别占全部<whole>的…`) gives those names their shares, joined to the rows;
- a subject, a verb of achieving, then the measure (`文化新业态行业实现营业收入`) after the report's whole named the same
  way (`文化企业实现营业收入`): the subject is the breakdown; the whole, or the whole named again by its short name,
  none;
- `<year>年末` is a stock at the year's end (its December); `资产总计`, `负债合计` after a subject are no group's total;
- a column headed by 占 and the whole (`占全国（%）`) holds shares; a column headed by a measure's bare word (`收入`)
  counts the report's own indicator;
- a bound in a headline (`突破1.8万亿元`) restating a figure printed exactly is no new figure;
- names given as examples of a group (`A、B、C等前5名地区的…`): the group is the breakdown;
- a group said by a count and one character (`五地`, `三省（市）`) keeps its 合计 before a verb.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

from search import figures
from search.model import Item
from search.parse.meta import IssueMeta
from test_figures import facts, item

JAN_OCT = "2025-01/2025-10"
YEAR = "2025-01/2025-12"


def test_a_row_named_by_a_row_above_and_the_shares_of_its_parts():
    body = ("1—10月，全国港口货物吞吐量完成150.2亿吨。\n"
            "| 指标 | 1—10月 | 同比（%） |\n|---|---:|---:|\n| 集装箱吞吐量 | 28.1 | 6.5 |\n"
            "| 港口货物吞吐量 | 150.2 | 4.1 |\n| 沿海港口货物吞吐量 | 98.6 | 3.9 |\n| 内河港口货物吞吐量 | 51.6 | 4.5 |\n"
            "1—10月，沿海、内河港口货物吞吐量分别占全部港口货物吞吐量的65.6%和34.4%。")
    got = facts(item(body, key=(2025, 11)))
    parts = sorted(g for g in got if g[1] is not None)
    assert parts == [("港口货物吞吐量", "内河", JAN_OCT, 51.6, None, 4.5, 34.4),
                     ("港口货物吞吐量", "沿海", JAN_OCT, 98.6, None, 3.9, 65.6)]


def test_a_subject_achieving_a_measure_the_whole_counted_is_its_part():
    body = ("2025年，规模以上工业企业（以下简称工业企业）实现利润总额73982亿元，比上年增长0.6%。"
            "其中，装备制造业实现利润总额26875亿元，比上年增长7.7%。"
            "分行业看，电子信息制造业实现利润总额20153亿元，比上年下降1.2%。"
            "规模以上工业企业实现营业收入137.5万亿元，增长1.1%。"
            "2025年末，工业企业资产总计182.1万亿元，比上年末增长4.3%。")
    got = facts(item(body, key=(2026, 1)))
    assert [(b, p, v) for _, b, p, v, *_ in got] == [
        (None, YEAR, 73982, ), ("装备制造业", YEAR, 26875), ("电子信息制造业", YEAR, 20153),
        (None, YEAR, 137.5), (None, "2025-12/2025-12", 182.1)]


def test_a_share_head_of_zhan_and_a_generic_head_take_the_report_s_measure():
    body = ("1—10月，全国规模以上软件企业完成软件业务收入125000亿元，同比增长13.2%。\n"
            "地区\t收入（亿元）\t同比（%）\t占全国（%）\n华东地区\t56210\t12.9\t45.0\n华南地区\t21003\t9.4\t—")
    got = facts(item(body, key=(2025, 11)))
    assert got[1:] == [("软件业务收入", "华东地区", JAN_OCT, 56210, "亿元", 12.9, 45.0),
                       ("软件业务收入", "华南地区", JAN_OCT, 21003, "亿元", 9.4, None)]


def test_a_bound_in_a_headline_restating_an_exact_figure_is_no_new_one():
    meta = IssueMeta(2025, 11, None, "2025-11-28")
    report = Item(id="2025-11-01", file="t.txt", issue=meta, section="数据月报", title="1—10月软件业务收入突破12万亿元",
                  source=None, date=None, orgs=[], lines=(1, 1),
                  body="1—10月，全国软件企业完成软件业务收入125000亿元，同比增长13.2%。")
    headline = Item(id="2025-11-02", file="t.txt", issue=meta, section="数据月报", title=None, source=None,
                    date=None, orgs=[], lines=(2, 2), body="1—10月软件业务收入突破12万亿元")

    class Issue:
        items = [report, headline]
    got = [(f["value"], f["unit"]) for f in figures.extract_issue(Issue)]
    assert got == [(125000, "亿元")]


def test_names_given_as_examples_of_a_group_give_the_group():
    body = "1—10月，江苏、浙江、山东等前三位省份的软件业务收入占全国的41.2%。"
    got = facts(item(body, key=(2025, 11)))
    assert got == [("软件业务收入", "前三位省份", JAN_OCT, None, None, None, 41.2)]


def test_a_group_of_a_count_and_one_character_keeps_its_total_before_a_verb():
    body = ("1—10月，广东、江苏、浙江软件业务收入分别增长10%、9%和8%，三省合计实现软件业务收入50120亿元。"
            "全省12个软件园区合计实现软件业务收入3200亿元。")
    got = facts(item(body, key=(2025, 11)))
    assert [(b, v) for _, b, _, v, *_ in got if v is not None] == [("三省合计", 50120), ("12个软件园区", 3200)]


def test_a_subject_achieving_the_measure_a_whole_named_alone():
    body = "1—10月，全国港口完成货物吞吐量150.2亿吨，同比增长4.1%。完成集装箱吞吐量2.8亿标箱，同比增长6.5%。宁波舟山港完成集装箱吞吐量3350万标箱，同比增长8.1%。"
    got = facts(item(body, key=(2025, 11)))
    assert [(b, v) for _, b, _, v, *_ in got] == [(None, 150.2), (None, 2.8), ("宁波舟山港", 3350)]


def test_rows_that_add_up_to_a_figure_of_the_text_are_its_parts():
    body = ("2025年，全国民航完成旅客运输量7.7亿人次，同比增长5.5%。12月份，旅客运输量完成6010万人次，同比增长4.8%。\n"
            "航线类型\t运输量（亿人次）\t同比增长（%）\n国内航线\t6.9\t4.6\n国际航线\t0.7\t21.2\n地区航线\t0.1\t9.0")
    got = facts(item(body, key=(2026, 1)))
    whole = got[0][0]  # the text's name of the whole, as it prints it
    assert [g for g in got if g[1] is not None] == [
        (whole, "国内航线", YEAR, 6.9, "亿人次", 4.6, None),
        (whole, "国际航线", YEAR, 0.7, "亿人次", 21.2, None),
        (whole, "地区航线", YEAR, 0.1, "亿人次", 9.0, None)]


def test_rows_that_add_up_to_no_figure_of_the_text_stay_as_they_are():
    body = ("2025年，全国民航完成旅客运输量7.7亿人次，同比增长5.5%。\n"
            "航线类型\t运输量（亿人次）\t同比增长（%）\n国内航线\t6.0\t4.6\n国际航线\t0.7\t21.2")
    got = facts(item(body, key=(2026, 1)))
    assert all(g[1] is None for g in got)


def test_a_place_a_brand_is_of_stays_in_the_name():
    got = facts(item("2025年，全国新能源汽车销量1649万辆，同比增长28.2%。中国品牌新能源汽车销量1320万辆，同比增长30.1%。",
                     key=(2026, 1)))
    assert got[1] == ("销量", "中国品牌新能源汽车", YEAR, 1320, "万辆", 30.1, None)
