"""Figures of data reports (issue 16, wave 16): the shapes left from wave 15, each with a variant of its
own, read by hand per tests/data/new/ANNOTATION.md ("Figures").

- a section's name is read without its ordinal by search.model.section_kind, the one reading both the
  parser and the figures share (`第一部分数据月报`, `（壹）数据月报`, `PART 2 数据月报`);
"""
from __future__ import annotations

import pytest

from search import figures
from search.model import listed_section, section_kind
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
