"""Organisations by shape, from the blind8 misses, each tried on variants of its own: a table cell
that is wholly a name (a trade partner's row) names it, a label holding one does not; names ending
in a body's own ending (…合作组织, …百人会) the model misses; an event's name begun by such a name is
no mention of it (search/parse/parser.py, orgs.py, data/org-names.txt)."""
from __future__ import annotations

import pytest

from search.parse.orgs import extract_orgs
from search.parse.parser import parse_text

HEADER = "数字贸易简报\n2026年第7期（总第51期）\n大连市数字贸易协会　2026年7月31日\n\n"


def test_a_cell_that_is_a_name_names_it_a_label_holding_one_does_not():
    text = (HEADER + "【数据月报】\n\n上半年贸易伙伴\n\n上半年，我国货物贸易进出口稳中有升。\n\n"
            "| 伙伴 | 进出口（亿美元） | 同比（%） |\n|---|---|---|\n| 东南亚国家联盟 | 4930 | 9.7 |\n"
            "| 海湾阿拉伯国家合作委员会 | 1210 | 3.1 |\n| 对日本出口 | 880 | -2.0 |\n| 民营企业 | 5850 | 5.8 |\n\n"
            "【协会动态】\n\n7月9日，协会召开座谈会。\n")
    orgs = parse_text(text, "c.md").items[0].orgs
    assert "东南亚国家联盟" in orgs and "海湾阿拉伯国家合作委员会" in orgs
    assert not {"日本", "对日本出口", "民营企业", "伙伴"} & set(orgs)


@pytest.mark.parametrize("text, orgs", [
    ("并发起成立了亚洲智能制造产业合作组织和全球智能网联汽车百人会。", ["亚洲智能制造产业合作组织", "全球智能网联汽车百人会"]),
    ("由中国通信学会、国际人工智能合作组织联合主办。", ["中国通信学会", "国际人工智能合作组织"]),
    ("上海合作组织峰会将于下月召开。", []),
    ("区域合作组织的作用日益凸显。", []),
])
def test_names_by_a_bodys_own_ending(text, orgs):
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("交易所为证券公司、期货公司和境外客户提供数据服务。", []),
    ("平台为保险公司和基金公司提供云服务。", []),
    ("中国移动公司与华为公司签署合作协议。", ["中国移动公司", "华为公司"]),
])
def test_a_trades_common_noun_before_a_kind_is_no_name(text, orgs):
    assert extract_orgs(text) == orgs
