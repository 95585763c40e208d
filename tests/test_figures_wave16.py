"""Figures of data reports (issue 16, wave 16): the shapes left from wave 15, each with a variant of its
own, read by hand per tests/data/new/ANNOTATION.md ("Figures").

- a section's name is read without its ordinal by search.parse.sectionname.section_kind, the one reading both the
  parser and the figures share (`第一部分数据月报`, `（壹）数据月报`, `PART 2 数据月报`);
- a rise printed as a multiple (`增长13.7倍`) is a change (ANNOTATION.md: `yoy_pct` is the year-on-year
  change in percent): 1370; a level as a multiple of another (`是上年同期的2.3倍`) is none;
- English words of the basis (`YoY +5.2%`, `同比(YoY)`, `y/y`, `year-on-year`) read as 同比, `MoM` as 环比;
- months or quarters listed before one period word, then one value each (`9、10月份，出口分别增长5.1%和
  6.3%`): each value of its own period; `1、2月份，出口和进口分别…` stays January-February together;
- a sentence opening on 其中 after an aside (`1—8月份…；8月份，利润总额同比增长20.4%。其中制造业增长
  7.4%`) names the parts of the figure just stated, so its changes are of that figure's period (August):
  其中 is "of which", and the figure it parts is the last one. A level after 其中 (`其中，制造业利润总额
  35233.5亿元`) is of the span the levels were stated for (the aside printed changes only).

And the conventions of tests/data/figvar16 (real 2025 statistics, annotated by hand first), each with a
variant of its own:
- the figures in brackets right after a name (`出口（19.95万亿元，+7.1%）`): the bracket is no part of it;
- `同比实际增长`, `同比名义下降`: the change, net of prices or not; the name ends before it;
- a table's unit in a footnote as `万亿元人民币`: the unit is 万亿元, as the text's `…亿元人民币` is;
- after a list whose names are periods (`一、二季度…分别增长…`), `三季度增长6%` is the third quarter's.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

import pytest

from search import figures
from search.parse.sectionname import listed_section, section_kind
from test_figures import facts, item


@pytest.mark.parametrize("name, kind", [
    ("第一部分数据月报", "data"), ("第 2 部分：统计数据", "data"), ("（壹）数据月报", "data"),
    ("PART 3 数据月报", "data"), ("一、数据月报", "data"), ("【数据月报】", "data"),
    ("第二部分行业资讯", "news"), ("二、会员风采", "profiles"), ("数据月报解读", "news"), (None, "news"),
])
def test_a_section_is_read_without_its_ordinal(name, kind):
    assert section_kind(name) == kind


def test_a_report_under_a_numbered_data_section_and_a_story_under_a_numbered_news_section():
    body = "1—10月，全国软件业务收入125000亿元，同比增长13.2%。"
    it = item(body, section="第三部分 数据月报", key=(2025, 11))
    found, density = figures.read_item(it)
    assert figures.is_report(it, found, density)
    story = item(body * 3, section="第二部分：行业资讯", key=(2025, 11))
    found, density = figures.read_item(story)
    assert listed_section(story.section) == "行业资讯" and not figures.is_report(story, found, density)


@pytest.mark.parametrize("body, want", [
    ("1—10月，新能源汽车出口增长13.7倍。", [("出口", "新能源汽车", None, 1370.0)]),
    ("1—10月，无人机出口52.3亿元，同比增长1.5倍，锂电池出口增加2倍。",
     [("出口", "无人机", 52.3, 150.0), ("出口", "锂电池", None, 200.0)]),
    ("1—10月，跨境电商出口额是上年同期的2.3倍。", []),
    ("1—10月，船舶、汽车、无人机出口分别增长26.5%、2.1倍和3倍。",
     [("出口", "船舶", None, 26.5), ("出口", "汽车", None, 210.0), ("出口", "无人机", None, 300.0)]),
])
def test_a_rise_as_a_multiple_is_a_change_in_percent(body, want):
    got = facts(item(body, key=(2025, 11)))
    assert [(i, b, v, y) for i, b, _, v, _, y, _ in got] == want


@pytest.mark.parametrize("body, want", [
    ("1—10月，全国出口2.5万亿元，YoY +5.2%。", ("出口", None, 2.5, 5.2)),
    ("1—10月，服务出口（YoY）增长5.2%。", ("服务出口", None, None, 5.2)),
    ("1—10月，跨境电商出口同比(YoY)增长5.2%。", ("出口", "跨境电商", None, 5.2)),
    ("10月，集成电路出口1200亿元，y/y -3.1%，M-o-M +2.0%。", ("出口", "集成电路", 1200.0, -3.1)),
    ("前三季度，软件收入9.5万亿元（year-on-year +12.1%）。", ("软件收入", None, 9.5, 12.1)),
])
def test_english_words_of_the_basis(body, want):
    got = facts(item(body, key=(2025, 11)))
    assert [(i, b, v, y) for i, b, _, v, _, y, _ in got] == [want]


@pytest.mark.parametrize("body, want", [
    ("9、10月份，出口分别增长5.1%和6.3%。", [("出口", "2025-09/2025-09", None, 5.1), ("出口", "2025-10/2025-10", None, 6.3)]),
    ("十、十一月，进出口分别为3.5万亿元、3.6万亿元。",
     [("进出口", "2025-10/2025-10", 3.5, None), ("进出口", "2025-11/2025-11", 3.6, None)]),
    ("一、二季度，出口分别增长5.1%和6.3%。", [("出口", "2025-01/2025-03", None, 5.1), ("出口", "2025-04/2025-06", None, 6.3)]),
    ("1—10月，出口增长5%。9、10月份出口同比分别增长5.1%和6.3%，增速回升。",
     [("出口", "2025-01/2025-10", None, 5.0), ("出口", "2025-09/2025-09", None, 5.1), ("出口", "2025-10/2025-10", None, 6.3)]),
])
def test_periods_listed_before_one_period_word_each_take_a_value(body, want):
    got = facts(item(body, key=(2025, 12)))
    assert [(i, p, v, y) for i, _, p, v, _, y, _ in got] == want


def test_two_months_with_names_listed_are_one_span():
    got = facts(item("1、2月份，出口和进口分别增长5%和3%。", key=(2025, 3)))
    assert all(p != "2025-01/2025-01" for _, _, p, *_ in got)


def test_the_changes_after_其中_are_of_the_figure_just_named():
    it = item("1—8月份，全国规模以上工业企业实现利润总额46929.7亿元，同比增长0.9%；8月份，利润总额同比增长20.4%。"
              "其中制造业增长7.4%。", key=(2025, 9))
    assert [(b, p, y) for _, b, p, _, _, y, _ in facts(it)][-1:] in ([("制造业", "2025-08/2025-08", 7.4)],
                                                                      [(None, "2025-08/2025-08", 7.4)])


def test_a_variant_a_quarter_its_month_then_its_parts_and_a_level_after_其中():
    it = item("前三季度，货物贸易进出口33.61万亿元，同比增长4%；9月份，进出口同比增长8%。其中：出口增长7.1%，进口增长7.4%。"
              "1—8月份利润总额46929.7亿元，同比增长0.9%；8月份利润总额同比增长20.4%。其中，制造业利润总额35233.5亿元，增长7.4%。",
              key=(2025, 10))
    got = {(i, p, v, y) for i, _, p, v, _, y, _ in facts(it)}
    assert {("出口", "2025-09/2025-09", None, 7.1), ("进口", "2025-09/2025-09", None, 7.4)} <= got
    assert ("制造业利润总额", "2025-01/2025-08", 35233.5, 7.4) in got


@pytest.mark.parametrize("body, want", [
    ("前三季度主要指标：进出口（33.61万亿元，+4%）；民营企业进出口（19.16万亿元，+7.8%）。",
     [("进出口", 33.61, 4.0), ("进出口", 19.16, 7.8)]),
    ("1—10月：手机出口(6.2亿部，下降3.5%)；笔记本电脑出口(1.2亿台，增长1.1%)。",
     [("出口", 6.2, -3.5), ("出口", 1.2, 1.1)]),
])
def test_the_figures_in_brackets_after_a_name(body, want):
    got = facts(item(body, key=(2025, 11)))
    assert [(i, v, y) for i, _, _, v, _, y, _ in got] == want
    assert all("（" not in i and "(" not in i for i, *_ in got)


@pytest.mark.parametrize("body, want", [
    ("11月份，规模以上工业增加值同比实际增长4.8%。", ("规模以上工业增加值", -1, 4.8)),
    ("11月份，规模以上工业企业出口交货值同比名义下降0.1%。", ("规模以上工业企业出口交货值", -1, -0.1)),
])
def test_a_real_or_nominal_change_ends_the_name(body, want):
    got = facts(item(body, key=(2025, 12)))
    assert [(i, -1, y) for i, _, _, _, _, y, _ in got] == [want]


@pytest.mark.parametrize("note, unit", [("注：金额单位为万亿元人民币。", "万亿元"), ("单位：亿美元", "亿美元")])
def test_a_footnote_unit_in_yuan_renminbi_is_the_unit(note, unit):
    rows = [["项目", "金额", "比上年±%"], ["进出口", "45.47", "+3.8"], ["出口", "26.99", "+6.1"]]
    body = "2025年全国货物贸易情况如下。\n" + "\n".join("\t".join(r) for r in rows) + "\n" + note
    got = facts(item(body, key=(2026, 1)))
    assert [(i, v, u, y) for i, _, _, v, u, y, _ in got] == [("进出口", 45.47, unit, 3.8), ("出口", 26.99, unit, 6.1)]


@pytest.mark.parametrize("body, periods", [
    ("从季度看，一、二季度进出口分别增长1.3%、4.5%，三季度增长6%。",
     ["2025-01/2025-03", "2025-04/2025-06", "2025-07/2025-09"]),
    ("前三季度，出口增长7%。7、8月份出口分别增长7.2%和4.4%，9月份增长8.3%。",
     ["2025-01/2025-09", "2025-07/2025-07", "2025-08/2025-08", "2025-09/2025-09"]),
])
def test_a_period_after_a_list_of_periods_is_its_own(body, periods):
    got = facts(item(body, key=(2025, 10)))
    assert [p for _, b, p, *_ in got] == periods and all(b is None for _, b, *_ in got)


@pytest.mark.parametrize("name", ["2025-04.txt", "2025-07.md", "2025-10.txt", "2025-12-gongye.txt", "2025-12.md",
                                  "2026-01.txt"])
def test_the_figvar16_issues_against_their_hand_annotations(name, tmp_path):
    import json
    from pathlib import Path

    from search.figures import series
    from search.parse.parser import parse_file
    from test_figures import score

    folder = Path(__file__).resolve().parent / "data" / "figvar16"
    expected = json.loads((folder / (name.rsplit(".", 1)[0] + ".expected.json")).read_text(encoding="utf-8"))
    issue = parse_file(folder / name, cache_dir=tmp_path)
    found = series.build({issue.file: {"figures": figures.extract_issue(issue)}})["figures"]
    got = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in found if not r.get("derived")]
    want = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in expected["figures"]]
    assert score(got, want) == (1.0, 1.0)


@pytest.mark.parametrize("body, want", [
    ("7、8、9月，集成电路出口分别增长7.2%、4.4%和8.3%。", ("出口", "集成电路")),
    ("一、二季度，对东盟进出口分别增长7.1%和9.2%。", ("进出口", "东盟")),
    ("一季度、二季度和三季度进出口分别增长1.3%、4.5%和6%。", ("进出口", None)),
])
def test_what_a_list_of_periods_counts_is_read_as_any_name(body, want):
    got = facts(item(body, key=(2025, 10)))
    assert len(got) >= 2 and {(i, b) for i, b, *_ in got} == {want}
