"""A kicker over a story's title (search/parse/kickers.py): a short label set as a heading a level below
the stories' titles (`延伸阅读`, `相关链接`), the title under it as a plain line: the label is no title, the
line under it is (drift19pdf's framed side story under its tab)."""
from __future__ import annotations

import pytest

from search.parse.blocks import Block
from search.parse.parser import parse_blocks

HEAD = [Block("heading", "数 字 贸 易 简 报", level=1), Block("paragraph", "2025年第12期（总第44期）"),
        Block("paragraph", "大连市数字贸易协会 2025年12月31日"), Block("heading", "行业资讯", level=2)]
STORY = [Block("heading", "第十四届服博会在武汉举办开幕", level=3),
         Block("paragraph", "7月23日，服博会主论坛在武汉召开，两千余位嘉宾参会。"), Block("paragraph", "（来源：国际在线）")]
TAIL = [Block("heading", "协会动态", level=2), Block("paragraph", "12月9日，协会秘书处走访会员单位。")]


@pytest.mark.parametrize("label", ["延伸阅读", "相关链接", "背景资料"])
def test_a_label_over_a_plain_title_line_is_a_kicker(label):
    side = [Block("heading", label, level=4), Block("paragraph", "深圳印发服务贸易和数字贸易高质量发展实施方案"),
            Block("paragraph", "深圳市商务局近日联合印发实施方案，提出促进数据要素畅通跨境。"),
            Block("paragraph", "（来源：第一财经）")]
    issue = parse_blocks(HEAD + STORY + side + TAIL, "k.pdf")
    assert [(i.section, i.title, i.source) for i in issue.items] == [
        ("行业资讯", "第十四届服博会在武汉举办开幕", "国际在线"),
        ("行业资讯", "深圳印发服务贸易和数字贸易高质量发展实施方案", "第一财经"), ("协会动态", None, None)]
    assert issue.items[1].body.startswith("深圳市商务局")


def test_a_short_heading_where_titles_are_plain_lines_is_a_section():
    """Stories titled by plain lines: a short heading over one is a section of the issue's own."""
    plain = [Block("paragraph", "第十四届服博会在武汉举办开幕"),
             Block("paragraph", "7月23日，服博会主论坛在武汉召开，两千余位嘉宾参会。"), Block("paragraph", "（来源：国际在线）")]
    own = [Block("heading", "机器人观察", level=2), Block("paragraph", "人形机器人再上春晚企业动态频出"),
           Block("paragraph", "据总台消息，人形机器人将再度亮相春晚舞台，多家企业参与。"), Block("paragraph", "（来源：新华社）")]
    issue = parse_blocks(HEAD + plain + own + TAIL, "s.pdf")
    assert [i.section for i in issue.items] == ["行业资讯", "机器人观察", "协会动态"]
