"""The closing record in forms blind12 met (search/parse/colophon.py) and a framed source line that is
no banner (search/parse/structure.py): fields under one-character labels run together
(`报：市商务局送：各理事单位（本期共印50份）`), one field closed by the print run
(`抄送：…（共印发60份）`), and `〔采自 X〕`, a bracketed line with a key not in the source lists, set
after a story in a file whose banners are bracketed too. Variants in other words than blind12's.
"""
from __future__ import annotations

import pytest

from search.parse.parser import parse_text

HEADER = "数字贸易简报\n2026年第8期（总第52期）\n大连市数字贸易协会　2026年8月31日\n\n"
NEWS = ("【行业资讯】\n\n1. 甲单位发布跨境数据新规\n\n8月3日，甲单位发布新规，对数据出境作出安排。\n\n{src1}\n\n"
        "2. 乙省服务外包执行额增长\n\n8月5日，乙省商务厅发布上半年服务外包数据。\n\n{src2}\n\n")
ACTIVITIES = "【协会动态】\n\n8月9日，协会召开座谈会，二十余家会员企业参加。\n\n8月20日，协会走访会员单位。\n\n"


@pytest.mark.parametrize("record", [
    "报：市商务局送：各理事单位、会员单位（共印70份）",
    "报：市工信局　送：各会员单位",
    "抄送：市商务局、市工业和信息化局（共印发60份）",
    "分送：各理事单位（本期共印45份）",
    "发：各会员单位　印数：40份",
])
def test_a_closing_record_is_no_activity(record):
    items = parse_text(HEADER + NEWS.format(src1="（来源：新华社）", src2="（来源：人民网）") + ACTIVITIES + record + "\n",
                       "c.txt").items
    assert [i.body for i in items if i.section == "协会动态"] == [
        "8月9日，协会召开座谈会，二十余家会员企业参加。", "8月20日，协会走访会员单位。"]


@pytest.mark.parametrize("last", [
    "8月28日，协会理事会审议通过：年度工作报告、财务报告。",  # a field-like opening whose value is a sentence
    "报：市商务局的调研报告已完成，共印制10份征求意见。",  # one field, no print run at its end, a sentence
])
def test_a_last_activity_that_only_looks_like_a_record_stays(last):
    items = parse_text(HEADER + NEWS.format(src1="（来源：新华社）", src2="（来源：人民网）") + ACTIVITIES + last + "\n",
                       "c.txt").items
    assert items[-1].section == "协会动态" and items[-1].body == last


@pytest.mark.parametrize("src1, src2, outlets", [
    ("〔采自 济南日报〕", "〔采自 界面新闻〕", ["济南日报", "界面新闻"]),
    ("〔录自 大众日报〕", "〔辑自 经济参考报〕", ["大众日报", "经济参考报"]),
    ("〔稿源于 中国新闻网〕", "〔采自 央视新闻客户端〕", ["中国新闻网", "央视新闻客户端"]),
])
def test_a_bracketed_source_with_an_unlisted_key_is_no_banner(src1, src2, outlets):
    text = HEADER + NEWS.format(src1=src1, src2=src2) + ACTIVITIES
    items = parse_text(text, "s.txt").items
    assert [(i.section, i.source) for i in items] == [
        ("行业资讯", outlets[0]), ("行业资讯", outlets[1]), ("协会动态", None), ("协会动态", None)]


@pytest.mark.parametrize("line, outlet", [
    ("（据多家媒体报道整理）", None), ("据境外媒体公开报道编写", None), ("综合外媒报道", None),
    ("（据财新传媒报道）", "财新传媒"), ("据澎湃新闻报道", "澎湃新闻"),
])
def test_a_report_by_media_in_general_names_no_source(line, outlet):
    from search.parse.sources import source_line
    assert source_line(line) == outlet


@pytest.mark.parametrize("record", [
    "报：大连市商务局、大连市数据局\n送：各会员单位　　　　　　（共印85份）",
    "主送：市商务局\n抄送：各理事单位\n分送：各会员单位（本期共印发40份）",
])
def test_a_closing_record_over_lines_each_of_one_field(record):
    """One field a line (`报：X` over `送：Y（共印N份）`): the lines above the print run's line belong to
    the same record."""
    items = parse_text(HEADER + NEWS.format(src1="（来源：新华社）", src2="（来源：人民网）") + ACTIVITIES + record + "\n",
                       "c.txt").items
    assert [i.body for i in items if i.section == "协会动态"] == [
        "8月9日，协会召开座谈会，二十余家会员企业参加。", "8月20日，协会走访会员单位。"]


def test_a_one_field_line_over_no_record_stays():
    last = "联系人：秘书处张老师"
    items = parse_text(HEADER + NEWS.format(src1="（来源：新华社）", src2="（来源：人民网）") + ACTIVITIES + last + "\n",
                       "c.txt").items
    assert items[-1].body.endswith(last)
