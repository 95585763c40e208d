"""Figures in shapes the held-out issues showed, each in wording of its own (not the held-out text):
lists whose names hold 和, counts before what they count, a market after 承接, another economy's
own total, a year with the place after it, plans after the issue came out, the basis of a change
(按可比价格计算), and tables as any reader gives them (a header on two rows, a group heading merged
or spread, a wrapped row label, a unit inside a cell, `—`, a row of its own period).

Records are (indicator, breakdown, period, value, unit, yoy, share); ANNOTATION.md ("Figures") is the
truth they follow.
"""
from __future__ import annotations

import pytest

from test_figures import facts, item


def test_a_list_whose_names_hold_he_is_parted_by_its_values():
    body = ("1-6月，全省服务出口2800.5亿元，同比增长6.1%。其中，运输服务和保险、养老金和金融服务出口分别为"
            "520.3亿元和210.8亿元，分别增长3.1%和下降1.2%。")
    got = facts(item(body, key=(2025, 7)))
    assert [(b, v, y) for _, b, _, v, _, y, _ in got] == [
        (None, 2800.5, 6.1), ("运输服务", 520.3, 3.1), ("保险、养老金和金融服务", 210.8, -1.2)]


def test_a_list_of_three_names_keeps_three_and_mixed_signs():
    body = "前三季度，华东地区、华南地区和西部地区软件业务收入分别为3200亿元、1800亿元和950亿元，分别增长7.2%、下降0.8%和增长12%。"
    got = facts(item(body, key=(2025, 10)))
    assert got == [("软件业务收入", "华东地区", "2025-01/2025-09", 3200.0, "亿元", 7.2, None),
                   ("软件业务收入", "华南地区", "2025-01/2025-09", 1800.0, "亿元", -0.8, None),
                   ("软件业务收入", "西部地区", "2025-01/2025-09", 950.0, "亿元", 12.0, None)]


def test_a_count_before_what_it_counts_is_part_of_the_name():
    body = ("上半年，全省12个软件园区合计实现软件业务收入3200亿元，同比增长6.2%，占全省的75.5%。"
            "有进出口实绩的企业4120家，同比增长3.3%。")
    got = facts(item(body, key=(2025, 7)))
    assert got == [("软件业务收入", "12个软件园区", "2025-01/2025-06", 3200.0, "亿元", 6.2, 75.5),
                   ("有进出口实绩的企业", None, "2025-01/2025-06", 4120.0, "家", 3.3, None)]


def test_a_market_after_the_verb_and_another_economys_own_total():
    body = ("1-9月，承接东盟国家离岸服务外包执行额512.6亿元，同比增长8.8%。"
            "据日方统计，1-9月日本对中国出口1120.5亿美元，占日本出口总额的17.2%。")
    got = facts(item(body, key=(2025, 10)))  # a market's 离岸 goes from its name: offshore anyway
    assert [(i, b, v, y, s) for i, b, _, v, _, y, s in got] == [
        ("服务外包执行额", "东盟", 512.6, 8.8, None), ("日本出口", "中国", 1120.5, None, 17.2)]


def test_a_year_with_its_place_a_basis_since_when_and_a_plan():
    body = ("2025年全省实现地区生产总值33000亿元，按可比价格计算，同比增长4.5%，增速自2023年3月以来首次回升。"
            "2026年全省要推动软件业务收入增长10%以上。")
    got = facts(item(body, title="全省经济运行情况", key=(2026, 2)))
    assert got == [("地区生产总值", None, "2025-01/2025-12", 33000.0, "亿元", 4.5, None)]


def test_the_basis_of_a_change_names_nothing():
    body = "1-4月，全市货物贸易进出口总值820.6亿元，以美元计，增长5.5%。"
    assert facts(item(body, key=(2025, 5))) == [
        ("货物贸易进出口总值", None, "2025-01/2025-04", 820.6, "亿元", 5.5, None)]


# --- tables as the readers give them --------------------------------------------------------

MONTH_AND_YEAR = [("软件业务收入", None, "2025-01/2025-06", 5000.0, "亿元", 8.1, None),
                  ("软件业务收入", None, "2025-06/2025-06", 900.0, "亿元", 7.5, None)]


@pytest.mark.parametrize("rows", [
    # a PDF table without ruling lines: the group heading over its first column, the next empty
    [["指标", "1-6月", "", "6月", ""],
     ["", "金额（亿元）", "同比（%）", "金额（亿元）", "同比（%）"],
     ["软件业务收入", "5000", "8.1", "900", "7.5"]],
    # Word or HTML: a merged heading listed once, the label cell merged down
    [["指标", "1-6月", "6月"],
     ["指标", "金额（亿元）", "同比（%）", "金额（亿元）", "同比（%）"],
     ["软件业务收入", "5000", "8.1", "900", "7.5"]],
    # Word with the merged heading repeated in every column it spans
    [["指标", "1-6月", "1-6月", "6月", "6月"],
     ["", "金额（亿元）", "同比（%）", "金额（亿元）", "同比（%）"],
     ["软件业务收入", "5000", "8.1", "900", "7.5"]],
], ids=["borderless", "merged-once", "merged-repeated"])
def test_a_header_on_two_rows_with_a_group_heading(rows):
    assert facts(item("2025年上半年软件业运行情况见下表。", tables=[rows], key=(2025, 7))) == MONTH_AND_YEAR


def test_a_wrapped_heading_and_row_label_and_a_column_of_other_text():
    rows = [["指标", "金额（亿", "同比", "另一栏的正文，与表无关"],
            ["", "元）", "（%）", "正文续行"],
            ["离岸信息技术外包（ITO）执行", "320.5", "-1.2", "正文"],
            ["额", "", "", "来源：某网站"],
            ["研发服务执行额", "88", "4.0", ""],
            ["其他", "", "", ""]]  # a row of its own, with nothing printed: no part of the label above
    got = facts(item("2025年，服务外包发展情况如下。", tables=[rows], key=(2026, 1)))
    assert got == [("离岸信息技术外包（ITO）执行额", None, "2025-01/2025-12", 320.5, "亿元", -1.2, None),
                   ("研发服务执行额", None, "2025-01/2025-12", 88.0, "亿元", 4.0, None)]


def test_units_in_cells_dashes_percent_columns_and_rows_of_their_own_period():
    rows = [["指标", "金额", "同比增长（%）", "占比（%）"],
            ["进出口总值", "3.2万亿元", "5.1", "—"],
            ["对欧盟进出口", "0.4万亿元", "—", "12.5"],
            ["3月当月出口", "1200.5亿元", "6.6", ""]]
    rates = [["指标", "增速（%）"], ["规模以上工业增加值", "6.1"]]
    got = facts(item("2025年一季度，全国外贸情况如下。", tables=[rows, rates], key=(2025, 4)))
    assert got == [("进出口总值", None, "2025-01/2025-03", 3.2, "万亿元", 5.1, None),
                   ("进出口", "欧盟", "2025-01/2025-03", 0.4, "万亿元", None, 12.5),
                   ("出口", None, "2025-03/2025-03", 1200.5, "亿元", 6.6, None),
                   ("规模以上工业增加值", None, "2025-01/2025-03", None, None, 6.1, None)]


def test_shares_said_one_each_after_the_values_and_a_market_after_yu():
    body = ("1-5月，一般贸易进出口640亿元，加工贸易进出口210亿元，占比分别为58.2%和19.1%。"
            "1-5月，我省与共建“一带一路”国家进出口512.4亿元，增长3.9%，占全省外贸的46.6%。")
    got = facts(item(body, key=(2025, 6)))
    assert [(b, v, y, s) for _, b, _, v, _, y, s in got] == [
        ("一般贸易", 640.0, None, 58.2), ("加工贸易", 210.0, None, 19.1), ("一带一路", 512.4, 3.9, 46.6)]


def test_the_value_after_a_bound_in_another_unit():
    body = "2025年，全国数字服务进出口总额首次突破3万亿元，达到30219.6亿元，同比增长6.4%。"
    assert facts(item(body, key=(2026, 3))) == [
        ("数字服务进出口总额", None, "2025-01/2025-12", 30219.6, "亿元", 6.4, None)]


def _cells(blocks) -> list[list[str]]:
    return next(b.cells for b in blocks if b.kind == "table")


def test_a_web_page_table_with_a_spanning_heading_reaches_the_figures_as_cells():
    from search.parse.webpage import read_html_blocks
    html = """<div id="js_content"><p>2025年上半年软件业运行情况见下表。</p><table>
    <tr><th rowspan="2">指标</th><th colspan="2">1-6月</th><th colspan="2">6月</th></tr>
    <tr><th>金额（亿元）</th><th>同比（%）</th><th>金额（亿元）</th><th>同比（%）</th></tr>
    <tr><td>软件业务收入</td><td>5000</td><td>8.1</td><td>900</td><td>7.5</td></tr></table></div>"""
    rows = _cells(read_html_blocks(html.encode(), "page.html"))
    assert facts(item("2025年上半年软件业运行情况见下表。", tables=[rows], key=(2025, 7))) == MONTH_AND_YEAR


def test_a_word_table_with_merged_heading_cells_reaches_the_figures_as_cells(tmp_path):
    from docx import Document
    from search.parse.word import read_docx_blocks
    doc = Document()
    doc.add_paragraph("2025年上半年软件业运行情况见下表。")
    table = doc.add_table(rows=3, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "指标"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "1-6月"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "6月"
    for c, text in enumerate(["金额（亿元）", "同比（%）", "金额（亿元）", "同比（%）"], start=1):
        table.cell(1, c).text = text
    for c, text in enumerate(["软件业务收入", "5000", "8.1", "900", "7.5"]):
        table.cell(2, c).text = text
    doc.save(tmp_path / "t.docx")
    rows = _cells(read_docx_blocks((tmp_path / "t.docx").read_bytes(), "t.docx"))
    assert facts(item("2025年上半年软件业运行情况见下表。", tables=[rows], key=(2025, 7))) == MONTH_AND_YEAR


# --- the second held-out set's shapes (tests/data/blind), in wording of their own ---------------

def test_a_table_takes_the_period_printed_before_it_not_a_month_after():
    body = ("前三季度，全市服务贸易平稳增长，具体见下表。\n\n| 项目 | 出口额（万美元） | 同比增长（%） |\n|---|---:|---:|\n"
            "| 服务出口 | 52310.4 | 6.3 |\n| 数字服务出口 | 20877.9 | 11.0 |\n\n9月当月，服务出口6120.5万美元，增长4.1%。")
    got = facts(item(body, key=(2025, 10)))
    assert sorted(got) == sorted([("服务出口", None, "2025-09/2025-09", 6120.5, "万美元", 4.1, None),
                                  ("服务出口", None, "2025-01/2025-09", 52310.4, "万美元", 6.3, None),
                                  ("数字服务出口", None, "2025-01/2025-09", 20877.9, "万美元", 11.0, None)])


def test_listed_names_that_are_whole_indicators_count_themselves():
    got = facts(item("1-4月，全省软件业务收入820亿元。按业务分，软件产品收入和信息技术服务收入同比分别增长9.1%和12.4%。",
                     key=(2025, 5)))
    assert got[1:] == [("软件产品收入", None, "2025-01/2025-04", None, None, 9.1, None),
                       ("信息技术服务收入", None, "2025-01/2025-04", None, None, 12.4, None)]
    got = facts(item("1-4月，货物出口、服务出口和数字产品出口分别为950亿元、310亿元和86亿元，同比分别增长3.1%、7.7%和21.5%。",
                     key=(2025, 5)))
    assert [(i, b, v, y) for i, b, _, v, _, y, _ in got] == [
        ("货物出口", None, 950.0, 3.1), ("服务出口", None, 310.0, 7.7), ("出口", "数字产品", 86.0, 21.5)]  # a product: ANNOTATION.md


def test_a_year_since_which_gives_the_year_of_the_months_after_it():
    body = "2026年以来，全市外贸开局良好。前4个月，货物贸易进出口总值912.3亿元，同比增长5.0%。"
    got = facts(item(body, title="2025年外贸回顾与2026年开局", key=(2026, 5)))
    assert got == [("货物贸易进出口总值", None, "2026-01/2026-04", 912.3, "亿元", 5.0, None)]


def test_listed_values_share_the_unit_printed_last():
    body = "1-5月，全市对美国、东盟、欧盟分别出口35.2亿、21.7亿和9.8亿美元，分别增长-2.1%、15.3%和4.4%。"
    got = facts(item(body, key=(2025, 6)))
    assert [(b, v, u) for _, b, _, v, u, _, _ in got] == [
        ("美国", 35.2, "亿美元"), ("东盟", 21.7, "亿美元"), ("欧盟", 9.8, "亿美元")]


def test_a_group_column_before_the_row_label_only_sorts_the_rows():
    rows = [["按领域", "细分", "1—6月出口额（万美元）", "同比（%）", "占比（%）"],
            ["数字服务", "云服务", "1200.5", "18.2", "40.1"], ["数字服务", "软件开发", "900.0", "9.9", "30.0"],
            ["传统服务", "运输", "895.3", "-3.4", "29.9"]]
    got = facts(item("上半年，全市服务出口稳中有升。", tables=[rows], key=(2025, 7)))
    assert got == [("出口额", "云服务", "2025-01/2025-06", 1200.5, "万美元", 18.2, 40.1),
                   ("出口额", "软件开发", "2025-01/2025-06", 900.0, "万美元", 9.9, 30.0),
                   ("出口额", "运输", "2025-01/2025-06", 895.3, "万美元", -3.4, 29.9)]


def test_names_listed_in_one_clause_take_the_values_of_the_next():
    body = ("1-8月，全市服务外包接包合同执行额412.5亿元，同比增长6.0%。"
            "主要发包市场依次为日本、新加坡及德国，接包执行额分别是120.4亿元、66.3亿元和30.1亿元。")
    got = facts(item(body, key=(2025, 9)))
    assert [(b, v, u) for _, b, _, v, u, _, _ in got[1:]] == [
        ("日本", 120.4, "亿元"), ("新加坡", 66.3, "亿元"), ("德国", 30.1, "亿元")]


def test_a_unit_in_brackets_is_read_by_its_shape_a_magnitude_and_a_measure_word():
    rows = [["项目", "1-9月（万艘）", "增速（%）"], ["造船完工量", "3.4", "-2.5"], ["新接订单量", "6.1", "11"]]
    got = facts(item("前三季度船舶工业情况如下。", tables=[rows], key=(2025, 10)))
    assert got == [("造船完工量", None, "2025-01/2025-09", 3.4, "万艘", -2.5, None),
                   ("新接订单量", None, "2025-01/2025-09", 6.1, "万艘", 11.0, None)]


def test_a_unit_column_under_a_merged_period_head_gives_each_row_its_unit():
    # a head merged over two columns (`截止9月末` over `数量 | 单位`), flattened into each cell
    rows = [["类别", "截止2025年9月末数量", "截止2025年9月末单位"],
            ["跨境电商企业", "1.8", "万家"], ["海外仓面积", "320", "万平方米"], ["外贸从业人员", "2.6", "万人"]]
    got = facts(item("截至9月末，全市跨境电商主体情况如下。", tables=[rows], key=(2025, 10)))
    assert [(i, v, u) for i, _, _, v, u, _, _ in got][::2] == [("跨境电商企业", 1.8, "万家"), ("外贸从业人员", 2.6, "万人")]
    assert all(p == "2025-09/2025-09" for _, _, p, *_ in got)


def test_a_table_of_changes_by_market_counts_what_the_sentence_before_it_names():
    # the heads name only the change and the share; the sentence before the table says what is counted
    rows = [["市场", "1-9月同比（%）", "1-9月占比（%）"], ["东盟", "8.4", "16.2"], ["欧盟", "-1.5", "—"]]
    body = "前三季度，全市服务出口稳步增长。从市场看，对各主要市场的服务出口增长情况见下表：\n" + "\n".join(" | ".join(r) for r in rows)
    got = facts(item(body + "\n以上数据来自商务部。", tables=[rows], key=(2025, 10)))
    assert got == [("服务出口", "东盟", "2025-01/2025-09", None, None, 8.4, 16.2),
                   ("服务出口", "欧盟", "2025-01/2025-09", None, None, -1.5, None)]


def test_vehicles_counted_in_wan_liang_are_values_with_their_unit():
    body = "1-10月，全市新能源客车产销分别完成1.26万辆和1.31万辆，同比分别增长5.3%和下降2.1%。"
    got = facts(item(body, key=(2025, 11)))
    assert [(v, u, y) for _, _, p, v, u, y, _ in got] == [(1.26, "万辆", 5.3), (1.31, "万辆", -2.1)]
    assert all(p == "2025-01/2025-10" for _, _, p, *_ in got)


def test_a_rank_after_the_names_is_no_part_of_what_is_counted():
    # (issue 16, wave 6) `…软件业务收入居全国前五，同比分别增长…` read 居全国前五 into the indicator
    body = ("1-8月，全省数字贸易平稳增长。浙江、江苏和广东数字贸易额位列全国前三位，同比分别增长9.1%、7.4%和下降0.6%。")
    got = facts(item(body, key=(2025, 9)))
    assert got == [("数字贸易额", "浙江", "2025-01/2025-08", None, None, 9.1, None),
                   ("数字贸易额", "江苏", "2025-01/2025-08", None, None, 7.4, None),
                   ("数字贸易额", "广东", "2025-01/2025-08", None, None, -0.6, None)]


def test_a_list_of_periods_gives_each_value_its_period():
    # (issue 16, wave 6) `一季度、二季度和三季度进出口分别增长…`: the names listed are periods
    body = ("上半年，全市服务贸易稳中有进。1月、2月和3月服务出口分别为41.2亿元、38.5亿元和45亿元，"
            "同比分别增长3.3%、下降1.1%和增长6%。第一季度及第二季度软件业务收入分别增长8.8%和9.9%。")
    got = facts(item(body, key=(2025, 7)))
    assert got == [("服务出口", None, "2025-01/2025-01", 41.2, "亿元", 3.3, None),
                   ("服务出口", None, "2025-02/2025-02", 38.5, "亿元", -1.1, None),
                   ("服务出口", None, "2025-03/2025-03", 45.0, "亿元", 6.0, None),
                   ("软件业务收入", None, "2025-01/2025-03", None, None, 8.8, None),
                   ("软件业务收入", None, "2025-04/2025-06", None, None, 9.9, None)]


def test_listed_goods_share_a_flow_counted_by_volume_or_value():
    # (issue 16, wave 6) `原油、金属矿砂进口量分别增加…`: 进口量 is what each name counts
    body = "1-10月，全省出口量稳定。铁矿石、大豆和天然气进口量分别下降3.2%、增长1.5%和4.8%；纺织服装、家具出口值分别增长2.2%和0.7%。"
    got = facts(item(body, key=(2025, 11)))
    assert [(i, b, y) for i, b, _, _, _, y, _ in got] == [
        ("进口量", "铁矿石", -3.2), ("进口量", "大豆", 1.5), ("进口量", "天然气", 4.8),
        ("出口值", "纺织服装", 2.2), ("出口值", "家具", 0.7)]


def test_a_threshold_passed_for_a_run_of_periods_is_no_figure():
    # (issue 16, wave 6) `连续8个季度超过10万亿元` was read as a figure named 连续8个季度
    body = "前三季度，全省服务贸易规模已连续三年突破2000亿元，服务出口812.6亿元，同比增长4.4%。"
    got = facts(item(body, key=(2025, 10)))
    assert got == [("服务出口", None, "2025-01/2025-09", 812.6, "亿元", 4.4, None)]


def test_a_row_after_breakdowns_of_its_measure_is_a_breakdown_too():
    # (issue 16, wave 6) `…对东盟进出口 | 机电产品进出口`: the product row, after the markets, is one more
    rows = [["指标", "出口额（亿元）", "同比（%）"], ["服务出口", "812.6", "4.4"], ["对日本服务出口", "120.3", "2.1"],
            ["中小企业服务出口", "96.5", "-3.0"], ["数字交付服务出口", "301.2", "11.8"]]
    got = facts(item("前三季度，全省服务出口情况如下。", tables=[rows], key=(2025, 10)))
    assert [(i, b, v) for i, b, _, v, _, _, _ in got] == [
        ("服务出口", None, 812.6), ("服务出口", "日本", 120.3), ("服务出口", "中小企业", 96.5), ("服务出口", "数字交付", 301.2)]
