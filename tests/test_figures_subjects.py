"""What a flow or a quantity is counted of (ANNOTATION.md, "Figures"): a partner, a product, an
enterprise type or a way of trading is the breakdown, the flow or the quantity the indicator; the
kind of trade or statistic itself (服务, 软件业务, 货物贸易, 数字贸易) stays in the indicator. Each test
is worded on its own, not copied from a held-out issue.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

from search.figures.names import read_label
from test_figures import facts, item


def _ib(label):
    return label.indicator, label.breakdown


def test_a_product_before_its_flow_or_quantity_is_the_breakdown():
    assert _ib(read_label("稀土出口")) == ("出口", "稀土")
    assert _ib(read_label("集成电路进口金额")) == ("进口金额", "集成电路")
    assert _ib(read_label("铁矿砂进口量")) == ("进口量", "铁矿砂")
    assert _ib(read_label("家用空调产量")) == ("产量", "家用空调")
    assert _ib(read_label("跨境电商出口")) == ("出口", "跨境电商")


def test_the_kind_of_trade_stays_in_the_indicator():
    for name in ("服务出口", "旅行服务进口", "软件业务出口", "货物贸易进出口", "数字贸易进出口", "技术出口",
                 "外贸进出口", "知识密集型服务进出口"):
        assert _ib(read_label(name)) == (name, None), name
    assert _ib(read_label("全省进出口总值")) == ("进出口总值", None)


def test_an_enterprise_type_before_its_measure_is_the_breakdown():
    assert _ib(read_label("小微企业营业收入")) == ("营业收入", "小微企业")
    assert _ib(read_label("专精特新企业出口")) == ("出口", "专精特新企业")


def test_another_economys_flow_with_its_partner():
    assert _ib(read_label("韩国对美国出口")) == ("韩国出口", "美国")


def test_products_in_prose_with_units_of_their_own():
    body = ("1-5月，全省稀土出口5.2万吨，同比增长10.4%；集成电路进口金额1.3万亿元，下降2.1%。"
            "同期，手机出口3.1亿台，增长6%，其中智能手机出口2.6亿台。")
    got = facts(item(body, key=(2025, 6)))
    assert [(i, b, v, u, y) for i, b, _, v, u, y, _ in got] == [
        ("出口", "稀土", 5.2, "万吨", 10.4), ("进口金额", "集成电路", 1.3, "万亿元", -2.1),
        ("出口", "手机", 3.1, "亿台", 6.0), ("出口", "智能手机", 2.6, "亿台", None)]


def test_a_word_for_two_quantities_takes_two_values():
    body = "1-5月，全国摩托车产销量分别实现820.4万辆和815.2万辆，同比分别增长5.3%和4.6%。"
    got = facts(item(body, key=(2025, 6)))
    assert [(i, b, v, y) for i, b, _, v, _, y, _ in got] == [
        ("产量", "摩托车", 820.4, 5.3), ("销量", "摩托车", 815.2, 4.6)]


def test_enterprise_measures_listed_with_their_changes():
    body = "2025年，规模以上服务业中，小型企业营业收入、微型企业营业收入分别增长3.1%和下降2.2%。"
    got = facts(item(body, key=(2026, 2)))
    assert [(i, b, y) for i, b, _, _, _, y, _ in got] == [("营业收入", "小型企业", 3.1), ("营业收入", "微型企业", -2.2)]


def test_the_share_of_value_added_is_a_share_not_a_rise():
    """增加值 names what is counted: its 增加 is no change, so `占…增加值的比重为17.2%` is a share."""
    body = "2025年，高技术制造业增加值比上年增长8.1%，占全部工业增加值的比重为17.2%；规模以上工业增加值增加5.9%。"
    got = facts(item(body, key=(2026, 2)))
    assert [(i, y, s) for i, _, _, _, _, y, s in got] == [("高技术制造业增加值", 8.1, 17.2), ("规模以上工业增加值", 5.9, None)]


def test_table_rows_of_products_and_quantities():
    rows = [["指标", "1-6月（万台）", "同比（%）"], ["空调产量", "12050", "5.1"], ["空调销量", "11980", "4.2"],
            ["冰箱出口", "3520", "-1.5"]]
    body = "上半年家电产销情况如下。\n" + "\n".join(" | ".join(r) for r in rows)
    got = facts(item(body, tables=[rows], key=(2025, 7)))
    assert [(i, b, v, u, y) for i, b, _, v, u, y, _ in got] == [
        ("产量", "空调", 12050.0, "万台", 5.1), ("销量", "空调", 11980.0, "万台", 4.2), ("出口", "冰箱", 3520.0, "万台", -1.5)]


def test_the_flow_before_the_goods():
    assert _ib(read_label("进口原油")) == ("进口", "原油")
    assert _ib(read_label("出口机电产品")) == ("出口", "机电产品")
    for name in ("出口交货值", "出口总额", "进口规模", "出口企业数量", "出口增速"):
        assert _ib(read_label(name)) == (name, None), name
    body = "1-10月，我国进口原油4.7亿吨，同比下降1.1%；出口钢材9800万吨，增长6.5%。"
    got = facts(item(body, key=(2025, 11)))
    assert [(i, b, v, u, y) for i, b, _, v, u, y, _ in got] == [
        ("进口", "原油", 4.7, "亿吨", -1.1), ("出口", "钢材", 9800.0, "万吨", 6.5)]


def test_quoted_goods_a_way_of_trading_and_a_partner_it_comes_from():
    assert _ib(read_label("“新三样”产品出口")) == ("出口", "“新三样”产品")
    assert _ib(read_label("市场采购贸易方式出口")) == ("出口", "市场采购贸易")
    assert _ib(read_label("手机出口数量")) == ("出口数量", "手机")
    assert _ib(read_label("欧盟自中国进口")) == ("欧盟进口", "中国")
