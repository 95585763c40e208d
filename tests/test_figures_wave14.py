"""Figures of data reports in conventions the extractor had not met, each a small variant written from
real published statistics of 2025 (商务部 服务贸易 1—10月, 国家统计局 前三季度, 大连海关 前7个月,
海关总署 2025年全年) and annotated by hand per tests/data/new/ANNOTATION.md ("Figures") before the
extractor ran on it: a transposed table, a two-row header with a merged period cell, the unit in a
`单位：` line or the caption, `+X%`/`-X%`/`↑`/`↓` changes, thousands separators and full-width digits,
`约`/`近`, quarters and half years, a first column that names the period with the indicator,
`比上年同期`, shares, counts in 家/个/项, and lists whose values carry the unit only on the last.

Records are (indicator, breakdown, period, value, unit, yoy, share).
"""
from __future__ import annotations

import pytest

from test_figures import facts, item

SVC = "2025-01/2025-10"


def _said(found):
    """What each figure states apart from how its name is parted: breakdown, period, value, unit, yoy, share."""
    return [f[1:] for f in found]


def test_a_transposed_table_indicators_as_columns_measures_as_rows():
    body = ("2025年1—10月，全国服务贸易保持增长。\n"
            "项目 | 服务进出口 | 服务出口 | 服务进口\n"
            "金额（亿元） | 65844.3 | 29090.3 | 36754.0\n"
            "同比增长（%） | 7.5 | 14.3 | 2.6")
    assert facts(item(body, key=(2025, 11))) == [
        ("服务进出口", None, SVC, 65844.3, "亿元", 7.5, None),
        ("服务出口", None, SVC, 29090.3, "亿元", 14.3, None),
        ("服务进口", None, SVC, 36754.0, "亿元", 2.6, None)]


@pytest.mark.parametrize("rows", [["数值（亿元） | 29090.3 | 36754.0", "增速（%） | 14.3 | 2.6"],
                                  ["占比（%） | 44.2 | 55.8", "金额（亿元） | 29090.3 | 36754.0", "同比（%） | 14.3 | 2.6"]])
def test_a_transposed_table_in_other_words_and_order(rows):
    body = "1—10月服务贸易情况：\n" + "\n".join(["指标 | 服务出口 | 服务进口"] + rows)
    share = "占比" in rows[0]
    assert facts(item(body, key=(2025, 11))) == [
        ("服务出口", None, SVC, 29090.3, "亿元", 14.3, 44.2 if share else None),
        ("服务进口", None, SVC, 36754.0, "亿元", 2.6, 55.8 if share else None)]


def test_an_ordinary_table_is_not_turned():
    body = "1—10月服务贸易情况：\n指标 | 金额（亿元） | 同比（%）\n服务出口 | 29090.3 | 14.3\n服务进口 | 36754.0 | 2.6"
    assert [f[0] for f in facts(item(body, key=(2025, 11)))] == ["服务出口", "服务进口"]


def test_a_transposed_table_periods_as_rows_indicators_as_columns():
    body = ("国家统计局公布的主要指标（单位：亿元）：\n"
            "时间 | 国内生产总值 | 社会消费品零售总额\n"
            "前三季度 | 1015036 | 365877")
    assert facts(item(body, key=(2025, 10))) == [
        ("国内生产总值", None, "2025-01/2025-09", 1015036.0, "亿元", None, None),
        ("社会消费品零售总额", None, "2025-01/2025-09", 365877.0, "亿元", None, None)]


@pytest.mark.parametrize("second", ["| 金额 | 同比", "指标 | 金额 | 同比"])
def test_a_two_row_header_a_period_over_amount_and_change_and_a_unit_line(second):
    body = ("单位：亿元、%\n"
            "指标 | 2025年1—10月 |\n"
            f"{second}\n"
            "服务进出口 | 65844.3 | 7.5\n"
            "知识密集型服务进出口 | 25121.5 | 6.4")
    assert facts(item(body, key=(2025, 11))) == [
        ("服务进出口", None, SVC, 65844.3, "亿元", 7.5, None),
        ("知识密集型服务进出口", None, SVC, 25121.5, "亿元", 6.4, None)]


@pytest.mark.parametrize("caption", ["表1  2025年1—10月服务贸易主要指标（亿元，%）", "2025年1—10月服务贸易（单位：亿元）：",
                                     "附表：2025年1—10月服务进出口情况(亿元、%)"])
def test_the_unit_in_the_tables_caption(caption):
    body = (f"{caption}\n"
            "指标 | 金额 | 同比\n"
            "服务出口 | 29090.3 | 14.3\n"
            "服务进口 | 36754.0 | 2.6")
    assert facts(item(body, key=(2025, 11))) == [
        ("服务出口", None, SVC, 29090.3, "亿元", 14.3, None),
        ("服务进口", None, SVC, 36754.0, "亿元", 2.6, None)]


def test_changes_written_with_signs_and_arrows():
    body = ("前7个月，大连市进出口2742.9亿元，同比+7.7%；其中出口1441.2亿元，+20.1%；进口1301.7亿元，-3.3%。\n"
            "指标 | 金额（亿元） | 同比\n"
            "对东盟进出口 | 530.0 | ↑54.7%\n"
            "以一般贸易方式进出口 | 1446.5 | ↓2.2%")
    got = _said(facts(item(body, key=(2025, 8))))
    p = "2025-01/2025-07"
    assert got == [(None, p, 2742.9, "亿元", 7.7, None), (None, p, 1441.2, "亿元", 20.1, None),
                   (None, p, 1301.7, "亿元", -3.3, None), ("东盟", p, 530.0, "亿元", 54.7, None),
                   ("一般贸易", p, 1446.5, "亿元", -2.2, None)]


def test_thousands_separators_and_full_width_digits():
    body = ("前三季度，国内生产总值１，０１５，０３６亿元，同比增长５．２％；"
            "社会消费品零售总额365,877亿元，增长4.5%；全国居民人均可支配收入32,509元，同比名义增长5.1%。")
    assert _said(facts(item(body, key=(2025, 10)))) == [
        (None, "2025-01/2025-09", 1015036.0, "亿元", 5.2, None),
        (None, "2025-01/2025-09", 365877.0, "亿元", 4.5, None),
        (None, "2025-01/2025-09", 32509.0, "元", 5.1, None)]


def test_about_and_nearly_keep_the_number_as_printed():
    body = ("1—10月，知识密集型服务进出口约2.5万亿元，同比增长6.4%；旅行服务进出口近1.8万亿元，增长8.5%。")
    assert _said(facts(item(body, key=(2025, 11)))) == [
        (None, SVC, 2.5, "万亿元", 6.4, None), (None, SVC, 1.8, "万亿元", 8.5, None)]


def test_quarters_one_by_one_and_the_first_three():
    body = ("前三季度，国内生产总值1015036亿元，同比增长5.2%。分季度看，一季度国内生产总值同比增长5.4%，"
            "二季度增长5.2%，三季度增长4.8%。")
    assert facts(item(body, key=(2025, 10))) == [
        ("国内生产总值", None, "2025-01/2025-09", 1015036.0, "亿元", 5.2, None),
        ("国内生产总值", None, "2025-01/2025-03", None, None, 5.4, None),
        ("国内生产总值", None, "2025-04/2025-06", None, None, 5.2, None),
        ("国内生产总值", None, "2025-07/2025-09", None, None, 4.8, None)]


def test_a_first_column_that_names_the_period_with_the_indicator():
    body = ("主要经济指标：\n"
            "指标 | 金额（亿元） | 同比增长（%）\n"
            "前三季度第一产业增加值 | 58061 | 3.8\n"
            "前三季度第二产业增加值 | 364020 | 4.9\n"
            "三季度国内生产总值 |  | 4.8\n"
            "上半年国内生产总值 |  | 5.3")
    assert facts(item(body, key=(2025, 10))) == [
        ("第一产业增加值", None, "2025-01/2025-09", 58061.0, "亿元", 3.8, None),
        ("第二产业增加值", None, "2025-01/2025-09", 364020.0, "亿元", 4.9, None),
        ("国内生产总值", None, "2025-07/2025-09", None, None, 4.8, None),
        ("国内生产总值", None, "2025-01/2025-06", None, None, 5.3, None)]


def test_a_base_period_a_share_and_percentage_points_that_are_no_change():
    body = ("前7个月，以保税物流方式进出口610亿元，比上年同期增长45.7%，占同期全市进出口总值的22.2%，"
            "拉动外贸增长7.5个百分点；以加工贸易方式进出口660.6亿元，比上年同期增长5.8%，占比24.1%。")
    assert _said(facts(item(body, key=(2025, 8)))) == [
        ("保税物流", "2025-01/2025-07", 610.0, "亿元", 45.7, 22.2),
        ("加工贸易", "2025-01/2025-07", 660.6, "亿元", 5.8, 24.1)]


@pytest.mark.parametrize("counted", ["2025年，我国有贸易往来的国家和地区达到249个。",
                                     "全年，我国有贸易往来的国家和地区共有249个，比上年增加6个。",
                                     "全年，同我国有贸易往来的国家和地区共249个，比上年增加6个。"])
def test_counts_in_their_own_units_and_markets_that_are_what_is_counted(counted):
    body = "前7个月，大连市有进出口实绩企业8477家，增长6.7%。" + counted
    got = facts(item(body, key=(2025, 12)))
    # (a figure with a value is scored by what it states; the name only has to say what is counted)
    assert [(b, p, v, u, y) for _, b, p, v, u, y, _ in got] == [
        (None, "2025-01/2025-07", 8477.0, "家", 6.7), (None, "2025-01/2025-12", 249.0, "个", None)]
    assert got[0][0] == "有进出口实绩企业" and "有贸易往来的国家和地区" in got[1][0]


def test_a_market_with_a_value_in_money_is_still_a_breakdown():
    body = "前7个月，大连市对共建“一带一路”国家进出口1561.7亿元，增长7.7%；对东盟530亿元，增长54.7%。"
    assert [(b, v, y) for _, b, _, v, _, y, _ in facts(item(body, key=(2025, 8)))] == [
        ("一带一路", 1561.7, 7.7), ("东盟", 530.0, 54.7)]  # the market by its canonical name


@pytest.mark.parametrize("values", ["422.3亿、294.4亿、290.7亿元", "422.3、294.4和290.7亿元"])
def test_a_list_with_the_unit_only_on_its_last_value(values):
    body = f"前7个月，大连市对日本、欧盟、韩国分别进出口{values}，分别增长4.3%、12.4%、29.2%。"
    p = "2025-01/2025-07"
    assert _said(facts(item(body, key=(2025, 8)))) == [
        ("日本", p, 422.3, "亿元", 4.3, None), ("欧盟", p, 294.4, "亿元", 12.4, None),
        ("韩国", p, 290.7, "亿元", 29.2, None)]


def test_a_list_of_values_given_as_分别为_with_the_unit_on_the_last():
    body = "1—10月，其他商业服务、电信计算机和信息服务进出口分别为10698.1、8836.9亿元，同比分别增长4.2%和9.9%。"
    # kinds of service trade stay in the indicator (ANNOTATION.md), so only what is stated is compared
    assert [f[2:] for f in facts(item(body, key=(2025, 11)))] == [
        (SVC, 10698.1, "亿元", 4.2, None), (SVC, 8836.9, "亿元", 9.9, None)]


@pytest.mark.parametrize("period, span", [("前10月", "2025-01/2025-10"), ("前10个月", "2025-01/2025-10"),
                                          ("2025年Q3", "2025-07/2025-09"), ("第三季度", "2025-07/2025-09")])
def test_periods_written_short(period, span):
    body = f"{period}，服务出口29090.3亿元，同比增长14.3%。"
    assert facts(item(body, key=(2025, 11))) == [("服务出口", None, span, 29090.3, "亿元", 14.3, None)]


def test_a_share_of_a_whole_named_with_在_中_and_its_change_in_percentage_points():
    body = ("前10月，服务出口在服务进出口中的占比达35.5%，同比提升2.1个百分点。知识密集型服务进出口15135.6亿元，"
            "同比增长10.7%，占服务进出口总额的比重达到34.1%，同比提升2.5个百分点。")
    assert facts(item(body, key=(2025, 11))) == [
        ("服务出口", None, SVC, None, None, None, 35.5),
        ("知识密集型服务进出口", None, SVC, 15135.6, "亿元", 10.7, 34.1)]


@pytest.mark.parametrize("name", ["居民消费价格指数（CPI）", "居民消费价格指数(CPI)"])
def test_a_measures_own_short_name_in_brackets_is_no_business_line(name):
    body = f"前三季度，全国{name}同比下降0.1%，核心CPI同比上涨0.6%，涨幅比上半年扩大0.2个百分点。"
    got = facts(item(body, key=(2025, 10)))
    assert [(b, p, v, y) for _, b, p, v, _, y, _ in got] == [
        (None, "2025-01/2025-09", None, -0.1), (None, "2025-01/2025-09", None, 0.6)]
    assert got[0][0].startswith("居民消费价格指数")


def test_an_abbreviated_business_line_before_its_measure_is_still_one():
    body = "1—10月，离岸信息技术外包（ITO）执行额1200.5亿元，同比增长8.1%。"
    assert [(i, b) for i, b, *_ in facts(item(body, key=(2025, 11)))] == [("执行额", "ITO")]


@pytest.mark.parametrize("cells", [("1,015,036", "５．２", "365,877", "+4.5"), ("1015036", "5.2", "365877", "4.5")])
def test_a_row_that_names_its_period_gives_it_to_the_rows_below_that_name_none(cells):
    a, b, c, d = cells
    body = (f"主要经济指标：\n指标 | 金额（亿元） | 同比（%）\n前三季度国内生产总值 | {a} | {b}\n"
            f"社会消费品零售总额 | {c} | {d}")
    assert facts(item(body, key=(2025, 10))) == [
        ("国内生产总值", None, "2025-01/2025-09", 1015036.0, "亿元", 5.2, None),
        ("社会消费品零售总额", None, "2025-01/2025-09", 365877.0, "亿元", 4.5, None)]


@pytest.mark.parametrize("upper", ["指标 | 1—10月 | 1—10月 | 10月 | 10月", "指标 | 1—10月 |  | 10月 | "])
def test_two_periods_each_over_amount_and_change_merged_or_repeated(upper):
    body = f"单位：亿元\n{upper}\n | 金额 | 同比 | 金额 | 同比\n服务进出口 | 65844.3 | 7.5 | 6800.1 | 5.0"
    assert facts(item(body, key=(2025, 11))) == [
        ("服务进出口", None, SVC, 65844.3, "亿元", 7.5, None),
        ("服务进出口", None, "2025-10/2025-10", 6800.1, "亿元", 5.0, None)]


def test_changes_headed_增速_or_增幅_and_values_in_万亿元():
    body = ("1—10月，服务进出口总额达6.58万亿元，增速7.5%；服务出口2.91万亿元，增幅14.3%。"
            "服务贸易逆差7663.7亿元，同比减少2693.9亿元。")
    assert _said(facts(item(body, key=(2025, 11)))) == [
        (None, SVC, 6.58, "万亿元", 7.5, None), (None, SVC, 2.91, "万亿元", 14.3, None),
        (None, SVC, 7663.7, "亿元", None, None)]


@pytest.mark.parametrize("frame", ["从环比看，三季度国内生产总值增长1.1%。", "按环比计算，三季度国内生产总值增长1.1%。",
                                   "三季度国内生产总值环比增长1.1%。"])
def test_a_change_on_the_period_before_is_no_year_on_year_change(frame):
    body = "前三季度，国内生产总值1015036亿元，同比增长5.2%。" + frame
    assert facts(item(body, key=(2025, 10))) == [
        ("国内生产总值", None, "2025-01/2025-09", 1015036.0, "亿元", 5.2, None)]


@pytest.mark.parametrize("note", ["同比（下同）增长7.7%", "同比(下同)增长7.7%"])
def test_a_note_that_the_basis_holds_on_is_no_part_of_a_name(note):
    body = f"前7个月，大连市进出口2742.9亿元，{note}，增幅高于全国4.2个百分点。其中出口1441.2亿元，增长20.1%。"
    assert facts(item(body, key=(2025, 8))) == [
        ("进出口", None, "2025-01/2025-07", 2742.9, "亿元", 7.7, None),
        ("出口", None, "2025-01/2025-07", 1441.2, "亿元", 20.1, None)]


def test_a_currency_note_after_a_value():
    body = "前三季度，国内生产总值1015036亿元（人民币，下同），按不变价格计算，同比增长5.2%。"
    assert facts(item(body, key=(2025, 10))) == [
        ("国内生产总值", None, "2025-01/2025-09", 1015036.0, "亿元", 5.2, None)]


@pytest.mark.parametrize("listed", ["其中一季度、二季度、三季度分别增长", "其中一、二、三季度分别增长",
                                    "一、二、三季度国内生产总值分别增长"])
def test_quarters_listed_each_take_their_change(listed):
    body = f"前三季度，国内生产总值同比增长5.2%，{listed}5.4%、5.2%和4.8%。"
    assert [(p, y) for _, _, p, _, _, y, _ in facts(item(body, key=(2025, 10)))] == [
        ("2025-01/2025-09", 5.2), ("2025-01/2025-03", 5.4), ("2025-04/2025-06", 5.2), ("2025-07/2025-09", 4.8)]



@pytest.mark.parametrize("tail", ["增幅连续9个月处于47%-90%的增长区间", "预计全年增长5%—6%", "预计全年增长5.5%左右",
                                  "增速保持在70%至90%之间"])
def test_a_range_of_percentages_and_a_forecast_are_no_figures(tail):
    body = f"1—10月，电信、计算机和信息服务进口946.8亿元，同比增长73.5%，{tail}。"
    assert [f[2:] for f in facts(item(body, key=(2025, 11)))] == [(SVC, 946.8, "亿元", 73.5, None)]


# --- the same conventions printed as PDF pages whose tables have no ruling lines ----------------

def _report_pdf(path, lead: str, rows: list[tuple], xs: tuple) -> "Path":
    from test_layouts import _pdf, _write

    pdf = _pdf()
    for text, size in (("数字贸易简报", 22), ("2025年第11期（总第43期）", 12), ("【数据月报】", 15)):
        _write(pdf, text, size, 10, 190, 10)
    _write(pdf, lead, 11, 10, 190)
    pdf.set_font("wqy", size=11)
    for row in rows:
        for x, cell in zip(xs, row):
            pdf.set_x(x)
            pdf.cell(40, 8, cell, new_x="RIGHT", new_y="TOP")
        pdf.ln(8)
    _write(pdf, "服务贸易结构持续优化。", 11, 10, 190)
    pdf.output(str(path))
    return path


def _pdf_facts(path):
    from search.parse.parser import parse_file
    from search import figures

    issue = parse_file(path)
    return [(f["indicator"], f["breakdown"], f["period"], f["value"], f["unit"], f["yoy_pct"], f["share_pct"])
            for f in figures.extract_issue(issue)]


@pytest.mark.parametrize("caption", ["表1　2025年1—10月服务贸易主要指标（亿元，%）", "附表2　1—10月主要指标　　　单位：亿元，%"])
def test_a_transposed_borderless_table_under_a_caption_with_its_units_in_a_pdf(tmp_path, caption):
    import test_layouts
    if not test_layouts.CJK_FONT.exists():
        pytest.skip("the CJK font fonts-wqy-microhei is not installed")
    path = _report_pdf(tmp_path / "transposed.pdf", caption,
                       [("项目", "服务进出口", "服务出口", "服务进口"), ("金额", "65844.3", "29090.3", "36754.0"),
                        ("同比", "7.5", "14.3", "2.6")], (10, 55, 100, 145))
    assert _pdf_facts(path) == [
        ("服务进出口", None, SVC, 65844.3, "亿元", 7.5, None),
        ("服务出口", None, SVC, 29090.3, "亿元", 14.3, None),
        ("服务进口", None, SVC, 36754.0, "亿元", 2.6, None)]


def test_a_borderless_table_with_a_period_over_amount_and_change_in_a_pdf(tmp_path):
    import test_layouts
    if not test_layouts.CJK_FONT.exists():
        pytest.skip("the CJK font fonts-wqy-microhei is not installed")
    path = _report_pdf(tmp_path / "twoheads.pdf", "2025年1—10月服务贸易主要指标如下（单位：亿元、%）：",
                       [("指标", "", "1—10月", ""), ("", "金额", "", "同比"),
                        ("服务进出口", "65844.3", "", "7.5"), ("知识密集型服务进出口", "25121.5", "", "6.4")],
                       (10, 70, 95, 120))
    assert _pdf_facts(path) == [
        ("服务进出口", None, SVC, 65844.3, "亿元", 7.5, None),
        ("知识密集型服务进出口", None, SVC, 25121.5, "亿元", 6.4, None)]


# --- two whole issues in these conventions (tests/data/figvar14, annotated by hand first) ---------

@pytest.mark.parametrize("name", ["2025-08.txt", "2025-11.md"])
def test_the_figvar14_issues_against_their_hand_annotations(name, tmp_path):
    import json
    from pathlib import Path
    from search.figures import series
    from search.parse.parser import parse_file
    from search import figures
    from test_figures import score

    folder = Path(__file__).resolve().parent / "data" / "figvar14"
    expected = json.loads((folder / name.rsplit(".", 1)[0]).with_suffix(".expected.json").read_text(encoding="utf-8"))
    issue = parse_file(folder / name, cache_dir=tmp_path)
    found = series.build({issue.file: {"figures": figures.extract_issue(issue)}})["figures"]
    got = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in found if not r.get("derived")]
    want = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in expected["figures"]]
    assert score(got, want) == (1.0, 1.0)
