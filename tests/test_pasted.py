"""Shapes of the fifth held-out set's pasted and converted files, each in a variant of its own:
Word pasted line by line out of a PDF (page numbers and a running line beside them inside a story, a
table as tab-separated lines), and the figure rules those reports showed (a record `创X年以来`, a
month `其中` inside the period reported, a table's row of goods under a measure's column)."""
from __future__ import annotations

import io

from docx import Document

from search.parse.parser import parse_source
from search.parse.readers import Source, blocks_of
from test_figures import facts, item


def _docx(lines: list[str]) -> bytes:
    document = Document()
    for line in lines:
        if line.startswith("**"):  # a bold line, as a boxed note or a title is set
            document.add_paragraph().add_run(line[2:]).bold = True
        else:
            document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


PASTED = ["数字贸易简报", "2025年第8期", "", "【数据月报】", "上半年全市服务外包情况",
          "上半年，全市服务外包执行额186.4亿元，同比增长9", "第 1 页",  "大连服务外包动态（内部）",
          ".5%。分领域情况如下：", "领域\t执行额（亿元）\t增长（%）\t", "软件研发\t88.2\t11.3",
          "数据标注\t21.0\t35.6", "", "【行业资讯】", "某市发布数据条例",
          "8月3日，某市发布数据条例，明确数据流通规则。", "第 2 页", "大连服务外包动态（内部）",
          "来源：某某日报", "", "【协会动态】", "8月9日，协会召开理事会。"]


def test_pasted_page_furniture_is_furniture_and_tab_lines_are_a_table():
    blocks = blocks_of("p.docx", _docx(PASTED))
    furniture = [b.text for b in blocks if b.kind == "furniture"]
    assert "第 1 页" in furniture and "第 2 页" in furniture and "大连服务外包动态（内部）" in furniture
    tables = [b.cells for b in blocks if b.kind == "table"]
    assert tables == [[["领域", "执行额（亿元）", "增长（%）"], ["软件研发", "88.2", "11.3"],
                       ["数据标注", "21.0", "35.6"]]]
    issue = parse_source(Source("p.docx", _docx(PASTED)))
    assert [(i.section, i.title, i.source) for i in issue.items] == [
        ("数据月报", "上半年全市服务外包情况", None), ("行业资讯", "某市发布数据条例", "某某日报"),
        ("协会动态", None, None)]
    assert "页" not in issue.items[0].body and "内部" not in issue.items[1].body


def test_a_lone_tab_line_or_tabs_without_numbers_stay_text():
    blocks = blocks_of("t.docx", _docx(["甲\t乙", "正文一行。", "丙\t丁", "戊\t己"]))
    assert not any(b.kind == "table" for b in blocks)


def test_a_record_since_a_year_is_not_the_year_reported():
    body = "前5个月，全省出口额512.6亿元，同比增长8.8%，增速为2019年以来同期最高。"
    assert facts(item(body, key=(2025, 6))) == [("出口额", None, "2025-01/2025-05", 512.6, "亿元", 8.8, None)]


def test_a_month_named_with_qizhong_holds_for_its_sentence_only():
    body = ("一季度，全市进口额300.2亿元，同比增长4.4%；其中，3月当月进口额增长6.1%。"
            "一季度，全市出口额410.0亿元，同比增长2.0%。")
    got = facts(item(body, key=(2025, 4)))
    assert [(i, p, v, y) for i, _, p, v, _, y, _ in got] == [
        ("进口额", "2025-01/2025-03", 300.2, 4.4), ("进口额", "2025-03/2025-03", None, 6.1),
        ("出口额", "2025-01/2025-03", 410.0, 2.0)]
    body = "一季度，全市进口额300.2亿元；其中，3月进口额增长6.1%。全市机电产品进口额88.0亿元。"
    assert facts(item(body, key=(2025, 4)))[-1][2] == "2025-01/2025-03"


def test_goods_rows_under_a_measure_column_are_its_breakdown():
    rows = [["产品类别", "进口额（万美元）", "同比（%）"], ["集成电路", "5120.3", "14.2"], ["光伏组件", "830.0", "-6.5"]]
    got = facts(item("1-7月，全市重点产品进口情况见下表。", tables=[rows], key=(2025, 8)))
    assert [(b, v, u, y) for _, b, _, v, u, y, _ in got] == [
        ("集成电路", 5120.3, "万美元", 14.2), ("光伏组件", 830.0, "万美元", -6.5)]


def test_a_share_reached_after_a_change_in_points_and_a_share_by_whom():
    body = "上半年，全市高新技术产品出口额88.1亿元，占出口总额的比重提高2.3个百分点至41.5%，前五大市场占出口总额的比重为52.6%。"
    assert facts(item(body, key=(2025, 7))) == [
        ("出口额", "高新技术产品", "2025-01/2025-06", 88.1, "亿元", None, 41.5),  # a product: ANNOTATION.md
        ("出口额", "前五大市场", "2025-01/2025-06", None, None, None, 52.6)]


def test_a_row_named_by_a_subject_and_a_measure_a_row_above_names_whole():
    rows = [["项目", "金额（亿元）", "同比（%）"], ["进出口", "800.5", "3.1"], ["出口", "500.2", "4.0"],
            ["进口", "300.3", "1.7"], ["市场采购出口", "12.4", "25.0"]]
    got = facts(item("1-6月，全市外贸情况见下表。", tables=[rows], key=(2025, 7)))
    assert [(i, b) for i, b, *_ in got] == [("进出口", None), ("出口", None), ("进口", None), ("出口", "市场采购")]


CLOSING = ["数字贸易简报", "2025年第9期", "【行业资讯】", "某市发布数据条例",
           "9月3日，某市发布数据条例，明确数据流通规则。", "来源：某某日报", "【协会动态】",
           "9月9日，协会召开理事会。", "9月下旬，协会组织会员赴沈阳考察。", "**(本简报仅供会员单位内部参考)"]


def test_a_closing_note_in_brackets_is_no_title_and_no_activity():
    issue = parse_source(Source("c.docx", _docx(CLOSING)))
    assert [(i.section, i.title, i.body) for i in issue.items][1:] == [
        ("协会动态", None, "9月9日，协会召开理事会。"), ("协会动态", None, "9月下旬，协会组织会员赴沈阳考察。")]
    source = CLOSING[:-1] + ["（来源：协会秘书处）"]
    issue = parse_source(Source("c.txt", "\n\n".join(source).encode()))
    assert issue.items[-1].source == "协会秘书处"


def test_listed_names_each_a_market_and_its_flow():
    body = "1-5月，对东盟出口、从东盟进口分别增长12.5%和3.3%；对欧盟出口、自欧盟进口则分别下降4%和8.1%。"
    got = facts(item(body, key=(2025, 6)))
    assert [(i, b, y) for i, b, _, _, _, y, _ in got] == [
        ("出口", "东盟", 12.5), ("进口", "东盟", 3.3), ("出口", "欧盟", -4.0), ("进口", "欧盟", -8.1)]


def test_flows_after_a_goods_trade_total_are_that_totals_parts():
    from search.figures import series
    body = "前5个月，全省货物贸易进出口总值3120.4亿元，同比增长6.6%。出口、进口分别增长9.1%和2.0%。"
    got = facts(item(body, key=(2025, 6)))
    assert [series.key(i) for i, *_ in got[1:]] == ["出口", "进口"]


MAIL = """<html><body><div style="font-size:15px;color:#333">
<p style="font-size:22px"><b>数字贸易简报</b></p><p>2025年第7期</p>
<p style="font-size:18px"><b>【行业资讯】</b></p><p><b>某市发布数据条例</b></p>
<p>7月3日，某市发布数据条例，明确数据流通规则。</p><p style="text-align:right">来源：某某日报</p>
<p style="font-size:18px"><b>【协会动态】</b></p><p>7月9日，协会召开理事会。</p><p>7月20日，协会组织会员考察。</p>
</div><div style="font-size:10px;color:#aaa">本邮件由系统自动发送，请勿直接回复。<br/>联系我们：秘书处 0411-0000000</div>
</body></html>"""


def test_a_mails_small_print_at_the_end_is_its_footer():
    issue = parse_source(Source("m.html", MAIL.encode()))
    assert [(i.section, i.body) for i in issue.items][1:] == [
        ("协会动态", "7月9日，协会召开理事会。"), ("协会动态", "7月20日，协会组织会员考察。")]
    same = MAIL.replace("font-size:10px;color:#aaa", "font-size:15px;color:#333")
    assert len(parse_source(Source("m.html", same.encode())).items) == 5  # set like the text: text


def test_a_change_without_a_name_in_a_period_printed_since():
    body = "分月看，4月份出口增长3.5%，5月份下降1.2%。"
    got = facts(item(body, key=(2025, 6)))
    assert [(i, p, y) for i, _, p, _, _, y, _ in got] == [("出口", "2025-04/2025-04", 3.5), ("出口", "2025-05/2025-05", -1.2)]


def test_a_market_after_the_reporting_place_is_the_breakdown():
    body = "上半年，浙江省对东盟进出口1203.5亿元，同比增长8%。"
    assert facts(item(body, key=(2025, 7)))[0][:2] == ("进出口", "东盟")
