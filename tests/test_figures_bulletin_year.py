"""Figures of data reports (issue 16, wave 19; tests/data/drift19word): a year named as the year of a statistical
bulletin (`发布2025年通信业统计公报`, `2025年国民经济和社会发展统计公报显示`) is a whole year, so the table or the
sentences that give the bulletin's figures speak of January to December of that year; a year before anything else
stays no period of its own. Records are (indicator, breakdown, period, value, unit, yoy, share)."""
from __future__ import annotations

from search import figures
from test_figures import item

ROWS = [["指标", "收入（亿元）", "同比增长（%）"], ["电信业务收入", "17500", "0.7"], ["新兴业务收入", "4508", "4.7"]]


def _records(it):
    found, _ = figures.read_item(it)
    return [(f.indicator, f.breakdown, f.period, f.value, f.unit, f.yoy_pct, f.share_pct) for f in found]


def test_a_bulletins_year_is_the_period_of_the_table_after_it():
    body = "1月28日，工业和信息化部发布2025年通信业统计公报。\n" + "\n".join(" | ".join(r) for r in ROWS)
    it = item(body, tables=[ROWS], key=(2026, 2))
    assert _records(it) == [("电信业务收入", None, "2025-01/2025-12", 17500.0, "亿元", 0.7, None),
                            ("新兴业务收入", None, "2025-01/2025-12", 4508.0, "亿元", 4.7, None)]


def test_a_bulletins_year_is_the_period_of_the_sentences_after_it():
    body = "国家统计局发布2025年国民经济和社会发展统计公报。公报显示，国内生产总值1349084亿元，比上年增长5.0%。"
    assert _records(item(body, key=(2026, 3))) == [("国内生产总值", None, "2025-01/2025-12", 1349084.0, "亿元", 5.0, None)]


def test_a_year_naming_no_bulletin_gives_no_period():
    body = "工业和信息化部发布2025年通信业发展报告。电信业务收入17500亿元，同比增长0.7%。"
    assert [r[2] for r in _records(item(body, key=(2026, 2)))] != ["2025-01/2025-12"]


def test_a_stock_at_a_years_end_is_of_its_december():
    """`截至2025年底` (or `年末`), as `截至6月底` already is: a count at the end of the year, in its December, of the
    year printed (not the issue's)."""
    body = "截至2025年底，全国5G基站达483.8万个；截至2025年末，移动物联网终端用户达28.88亿户，同比增长8.7%。"
    assert _records(item(body, key=(2026, 3))) == [("5G基站", None, "2025-12/2025-12", 483.8, "万个", None, None),
                                                   ("移动物联网终端用户", None, "2025-12/2025-12", 28.88, "亿户", 8.7, None)]


def test_a_column_head_in_ten_thousands_gives_its_cells_the_unit():
    """`周活跃用户数（万）`: the bracket holds the magnitude alone, the count's unit, as `（万辆）` holds it with a measure word."""
    rows = [["应用", "周活跃用户数（万）"], ["豆包", "15500"], ["千问", "872"]]
    body = "2025年12月第二周，AI原生App周活跃用户数如下表。\n" + "\n".join(" | ".join(r) for r in rows)
    assert [(r[3], r[4]) for r in _records(item(body, tables=[rows], key=(2026, 4)))] == [(15500.0, "万"), (872.0, "万")]
