"""Organisations by shape, from the blind8 misses, each tried on variants of its own: names ending
in a body's own ending (…合作组织, …百人会) the model misses; an event's name begun by such a name is
no mention of it; a trade's common noun before a kind is no name (orgs.py, orgname.py,
data/org-names.txt)."""
from __future__ import annotations

import pytest

from search.parse.orgs import extract_orgs


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
