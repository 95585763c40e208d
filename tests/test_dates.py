"""An item's date is the day it reports: a news story's however old, never a profile's history or a
date written as background (ANNOTATION.md, `date`)."""
from __future__ import annotations

import pytest

from search.parse.parser import parse_text

HEADER = "数字贸易简报\n\n2027年第3期（总第59期）\n\n大连市数字贸易协会　　2027年3月31日\n\n"


def dated(body: str) -> list[tuple[str | None, str | None]]:
    return [(i.title, i.date) for i in parse_text(HEADER + body, "2027-03.txt").items]


def test_a_news_story_keeps_its_reported_date_though_it_is_over_a_year_old():
    # reported late: the story's day is well over a year before the issue, and it is still its date
    assert dated("【国际动态】\n\n● 东盟与新西兰签署数字经济合作备忘录\n\n"
                 "2025年10月12日，东盟秘书处与新西兰外交贸易部签署合作备忘录。\n\n来源：参考消息\n") == [
        ("东盟与新西兰签署数字经济合作备忘录", "2025-10-12")]


def test_a_profiles_founding_and_milestones_are_not_its_date():
    body = ("【企业风采】\n\n● 大连星海云智科技股份有限公司\n\n"
            "大连星海云智科技股份有限公司创办于2011年3月8日，专注工业软件。"
            "2024年5月20日，公司在深交所上市。2027年2月26日，公司发布新一代设计平台。\n")
    assert dated(body) == [("大连星海云智科技股份有限公司", "2027-02-26")]


def test_a_story_that_opens_as_a_profile_is_read_as_one_in_any_section():
    # a news section, but the item introduces its subject by its founding: its old dates are history
    body = ("【行业资讯】\n\n● 走进旅顺口数字港\n\n旅顺口数字港组建于2019年，是市级园区。"
            "2023年6月1日，园区二期投用。\n\n来源：大连日报\n")
    assert dated(body) == [("走进旅顺口数字港", None)]


@pytest.mark.parametrize("text, expected", [
    ("早在2026年9月3日，双方就已启动合作。2027年3月2日，项目正式签约。", "2027-03-02"),
    ("自2026年6月1日以来，平台累计服务企业三千家。3月5日，平台发布年报。", "2027-03-05"),
    ("该馆建成于2026年12月18日。3月9日，馆内新展开幕。", "2027-03-09"),
    ("该中心2026年11月2日至今已接待访客五万人次。", None),
])
def test_a_date_in_a_background_clause_is_skipped_in_any_item(text, expected):
    from search.parse.meta import first_date
    assert first_date(text, 2027, "2027-03-31") == expected


@pytest.mark.parametrize("name", ["2026-07.md", "2026-11.docx"])
def test_old_news_in_the_second_held_out_set_keeps_its_dates(name, tmp_path):
    # stories of 2025 in issues of late 2026: every matched item's date as annotated (was 0.57, 0.83)
    import json
    import sys
    from pathlib import Path

    from search.parse.parser import parse_file
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "bench"))
    from score_parse import score_issue
    folder = root / "tests" / "data" / "blind"
    expected = json.loads((folder / f"{Path(name).stem}.expected.json").read_text(encoding="utf-8"))
    assert score_issue(expected, parse_file(folder / name, cache_dir=tmp_path)).accuracy("date") == 1.0
