"""The short form of a company's full name, where the model reads the place and the name's first
word together as one place (issue 16, wave 15; blind10: 大连博涛文化科技股份有限公司, then 博涛文化 on
its own, was lost, for 大连博涛 tags as a place). Every cut that leaves a place before it is tried,
the shortest place first. Variants in other places and trades."""
from __future__ import annotations

import pytest

from search.parse.orgs import extract_orgs


@pytest.mark.parametrize("text,short", [
    ("大连博涛文化科技股份有限公司是我市数字创意领域的代表企业，项目遍及国内多个城市并走向海外。"
     "博涛文化将数字内容制作与软件开发相结合。", "博涛文化"),
    ("大连英歌数字科技有限公司是我市游戏美术外包企业。英歌数字为海外游戏公司提供美术设计服务。", "英歌数字"),
    ("青岛酷特智能股份有限公司是服装定制领域的代表企业。酷特智能以数据驱动柔性生产，产品远销海外。", "酷特智能"),
    ("内蒙古伊利实业集团股份有限公司发布公告。伊利实业表示，将继续拓展海外市场。", "伊利实业"),
    ("宁波舜宇光学科技有限公司发布年报。舜宇光学表示，车载镜头出货量继续增长。", "舜宇光学"),
])
def test_a_short_form_after_a_place_read_with_its_first_word(text, short):
    orgs = extract_orgs(text)
    assert short in orgs
    assert len(orgs) == 2


@pytest.mark.parametrize("text,orgs", [
    # blind10: 中国中煤能源集团旗下中煤平朔集团有限公司 was one name; 中粮集团带领旗下专业化公司 too
    ("国家电网公司所属国网大连供电公司完成配电网数字化改造。", ["国家电网公司", "国网大连供电公司"]),
    ("华润集团旗下华润万家有限公司与多家进口商签署采购协议。", ["华润集团", "华润万家有限公司"]),
    ("招商局集团组织旗下物流公司集中签约，总额超过十亿元。", ["招商局集团"]),
])
def test_a_company_owned_by_a_parent_is_a_name_of_its_own(text, orgs):
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text,names", [
    # blind10: 范德兰德 (read as a person) in 上海机场集团与范德兰德、迅达电梯、日立电梯、三菱电梯四家全球厂商
    ("大连港集团与马士基、达飞轮船、赫伯罗特三家国际航运企业签署合作协议。", {"马士基", "赫伯罗特"}),
    ("会上，东软集团、华信计算机和海辉软件3家企业获评示范企业。", {"东软集团", "华信计算机", "海辉软件"}),
])
def test_the_items_of_a_list_counted_as_organisations(text, names):
    assert names <= set(extract_orgs(text))


def test_a_count_of_a_kind_alone_names_nothing():
    assert extract_orgs("今年共有三家企业获得认定，两家企业进入名单。") == []


@pytest.mark.parametrize("text,names", [
    # blind10: 规模以上工业企业 (a statistics' class) taken for a name
    ("1—8月份，规模以上工业企业实现利润总额46929.7亿元。", []),
    ("前三季度，限额以上批发企业销售额增长5%，大连港集团表示满意。", ["大连港集团"]),
    ("全市规模以上服务业企业营业收入增长8.1%。", []),
])
def test_a_class_of_bodies_cut_by_a_threshold_is_no_name(text, names):
    assert extract_orgs(text) == names


@pytest.mark.parametrize("text,names", [
    # blind10: 迅达 of 范德兰德、迅达电梯、日立电梯、三菱电梯: the model cut the brand from the trade its
    # neighbours in the list end in
    ("大连港集团与马士基、招商轮船、达飞轮船三家航运企业签署合作协议。", {"招商轮船", "达飞轮船"}),
    ("本次签约的有三一重工、迅达电梯和通力电梯等企业。", {"迅达电梯", "通力电梯"}),
])
def test_a_brand_in_a_list_keeps_the_trade_its_neighbours_end_in(text, names):
    assert names <= set(extract_orgs(text))


def test_a_use_inside_the_full_name_is_found_by_bisection():
    # a hostile line of 4,000 characters repeating `有限公司）` never ended: every use of every name found was
    # checked against every place of the full name (cubic). Places are sorted apart: bisection.
    from search.parse.orgalias import _inside
    places = [(3, 10), (20, 25), (40, 48)]
    assert [at for at in range(0, 50) if _inside(at, places)] == [*range(3, 10), *range(20, 25), *range(40, 48)]
    assert not _inside(0, [])


def test_a_full_name_written_many_times_gives_its_short_form_once():
    text = "大连华信计算机技术股份有限公司发布新品。" * 50 + "华信表示，将扩大出口。"
    orgs = extract_orgs(text)
    assert orgs == ["大连华信计算机技术股份有限公司", "华信"]
