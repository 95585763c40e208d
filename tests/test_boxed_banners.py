"""A short line boxed by rules is a banner, whatever draws the box (search/parse/ruled.py,
structure.py): box-drawing of every weight, ASCII `+--+` / `| X |`, rules without sides, a
section's number inside the box. Variants of the blind8 text issue's `┏━━┓ / ┃ 一、数据月报 ┃ / ┗━━┛`
in glyphs and names it does not use.
"""
from __future__ import annotations

import pytest

from search.parse.parser import parse_text

HEADER = "数字贸易简报\n2026年第7期（总第51期）\n大连市数字贸易协会　2026年7月31日\n\n"
STORY = "甲单位发布新规\n\n7月1日，甲单位发布新规，对数字贸易作出安排。\n\n——来源：新华社\n\n"
ACTIVITY = "7月9日，协会召开座谈会，二十余家会员企业参加。\n"


def _box(edges: tuple[str, str, str], name: str) -> str:
    top, side, bottom = edges
    middle = f"{side}  {name}  {side}" if side else name
    return f"{top}\n{middle}\n{bottom}\n\n"


FRAMES = [("┌────────┐", "│", "└────────┘"), ("╔════════╗", "║", "╚════════╝"), ("╭────────╮", "│", "╰────────╯"),
          ("┏━━━━━━━━┓", "┃", "┗━━━━━━━━┛"), ("+--------+", "|", "+--------+"), ("********", "*", "********"),
          ("========", "", "========"), ("━━━━━━━━", "", "━━━━━━━━"), ("~~~~~~~~", "", "~~~~~~~~")]


@pytest.mark.parametrize("edges", FRAMES, ids=[f[0][:2] for f in FRAMES])
@pytest.mark.parametrize("first, second", [("一、海外视野", "二、会员之声"), ("政策速览", "协会动态"),
                                           ("1. 专题研究", "2. 协会动态")])
def test_a_boxed_short_line_opens_a_section(edges, first, second):
    text = HEADER + _box(edges, first) + STORY + _box(edges, second) + ACTIVITY
    name = lambda s: s.split("、")[-1].split(" ")[-1]  # noqa: E731
    assert [(i.section, i.title, i.source) for i in parse_text(text, "b.txt").items] == [
        (name(first), "甲单位发布新规", "新华社"), (name(second), None, None)]


def test_a_sentence_between_rules_is_no_banner():
    text = (HEADER + "【行业资讯】\n\n" + STORY + "────────\n甲单位表示，将持续推进相关工作。\n────────\n\n"
            + "【协会动态】\n\n" + ACTIVITY)
    items = parse_text(text, "b.txt").items
    assert {i.section for i in items} == {"行业资讯", "协会动态"}
    assert any("持续推进" in i.body for i in items)
