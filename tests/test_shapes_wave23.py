"""Shapes of drift23, each in words of its own (wave 23): a title numbered `01｜` before a year, a
source given as a Markdown reference-style link, a paper's day and page after its name in a note, a
source line about the piece itself (`本文来源于X`) wherever set, who wrote the copy (`（文/X）`: an
outlet's name or a person's), and a statistics report printed in traditional characters."""
from __future__ import annotations

import pytest

from search import figures
from search.parse import mdextra
from search.parse.parser import parse_text
from search.parse.shapes import strip_list_number
from search.parse.sources import note_source, source_line

HEAD = "数字贸易简报\n\n2026年第3期（总第47期）\n\n大连市数字贸易协会编　2026年3月31日\n\n"


@pytest.mark.parametrize("title, core", [
    ("01｜2026年一季度跨境电商交易额创新高", "2026年一季度跨境电商交易额创新高"),
    ("3丨15家企业入选示范名单", "15家企业入选示范名单"),
    ("02|5G基站总数再创新高", "5G基站总数再创新高"),
])
def test_a_number_and_an_upright_bar_before_a_digit_is_the_list_number(title, core):
    assert strip_list_number(title) == core


def test_a_fraction_or_a_date_with_a_slash_keeps_its_number():
    assert strip_list_number("3/4的企业完成上云") == "3/4的企业完成上云"


def test_a_reference_style_link_prints_its_text_and_its_definition_nothing():
    text = (HEAD + "行业资讯\n--------\n\n**甲市启动数据出境服务中心**\n\n"
            "3月2日，甲市数据出境服务中心揭牌，首批为十家企业办理评估申报。\n\n来源：[南方日报][nfrb]\n\n"
            "**乙省发布算力券办法**\n\n3月9日，乙省发布算力券管理办法，单家企业年度最高补贴五百万元。\n\n"
            "来源：[羊城晚报][]\n\n[nfrb]: https://example.org/nfrb/0302 \"南方日报\"\n[羊城晚报]: https://example.org/ycwb\n")
    issue = parse_text(text, "r.md")
    assert [(i.title, i.source) for i in issue.items] == [("甲市启动数据出境服务中心", "南方日报"),
                                                            ("乙省发布算力券办法", "羊城晚报")]
    assert "example.org" not in issue.items[-1].body


def test_brackets_that_are_no_defined_link_stay_as_printed():
    ids, lines = mdextra.link_definitions(["[a]: https://x.example", "正文[注]见后。"])
    assert lines == {0}
    assert mdextra.referenced("正文[注]见后。", ids) == "正文[注]见后。"
    assert mdextra.referenced("见[甲报][a]。", ids) == "见甲报。"


@pytest.mark.parametrize("note, outlet", [
    ("来源：光明日报（2026年03月05日 05版）", "光明日报"),
    ("来源：经济日报（2026-03-05 第3版）", "经济日报"),
])
def test_a_papers_day_and_page_after_its_name_are_no_part_of_it(note, outlet):
    assert note_source(note) == outlet


@pytest.mark.parametrize("line, outlet", [
    ("本文来源于中国证券报", "中国证券报"), ("文章源自澎湃新闻", "澎湃新闻"), ("稿件出自封面新闻", "封面新闻")])
def test_a_line_about_the_piece_names_its_outlet_wherever_set(line, outlet):
    assert source_line(line) == outlet


@pytest.mark.parametrize("line", ["其收入来源于海外市场", "本文来源于网络", "资金来源于地方专项债"])
def test_coming_from_said_of_anything_else_names_no_source(line):
    assert source_line(line) is None


@pytest.mark.parametrize("line, outlet", [("（文/每日财经网）", "每日财经网"), ("文｜蓝鲸财经", "蓝鲸财经")])
def test_who_wrote_the_copy_in_an_outlets_name_is_the_source(line, outlet):
    assert source_line(line) == outlet
    assert source_line(line, align="right") == outlet


@pytest.mark.parametrize("line", ["（文/李明）", "文/王小红"])
def test_who_wrote_the_copy_in_a_persons_name_is_no_source(line):
    assert source_line(line) is None
    assert source_line(line, align="right") is None


def test_a_report_in_traditional_characters_gives_its_figures_as_printed():
    text = ("數字貿易簡報\n\n2025年第11期（總第43期）\n\n大連市數字貿易協會編　2025年11月30日\n\n【數據月報】\n\n"
            "前10個月電信業務收入穩步增長\n\n前10個月，電信業務收入累計完成14670億元，同比增長0.9%。"
            "移動互聯網累計流量達3232億GB，同比增長16.8%。固定互聯網寬帶接入用戶總數達6.9億戶，同比增長4.3%。\n\n"
            "【協會動態】\n\n11月5日，協會召開理事會。\n")
    found = figures.extract_issue(parse_text(text, "t.txt"))
    assert [(f["value"], f["unit"], f["yoy_pct"]) for f in found] == [(14670, "億元", 0.9), (3232, "億GB", 16.8),
                                                                     (6.9, "億戶", 4.3)]
    assert found[0]["indicator"] == "電信業務收入"
