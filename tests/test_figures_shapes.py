"""The figures of the six issues in new shapes (tests/data/shapes, annotated by hand before any
parser ran: see its README.md and tests/data/new/ANNOTATION.md "Figures"): GB18030 text, a
LibreOffice PDF with a borderless table, Word, a scan read by OCR, a saved WeChat page, an old
`.doc`. Recall and precision of printed figures, each right in period, value, unit, YoY and share.

Before the extractor was made general (the readers in place): 2025-07 0.63 / 0.59, 2025-09 0.47 /
0.47, 2025-12 0.85 / 0.85, the other three 1.00 (bench/RESULTS.md).

Breakdowns are compared by the name of their series (`test_figures._fact`): these annotations write a
kind of enterprise or a bloc as printed (`民营企业`, `共建“一带一路”国家`), the archive's as the series
is named (`民营`, `一带一路`). A file whose format this installation cannot read (OCR or LibreOffice
missing) is skipped with the reader's reason. The scanned issue takes three pages of OCR, too slow
for the suite (which recognises one small page, test_scans.py): it is scored with `JIANBAO_FULL=1`.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from search import figures
from search.errors import CorpusError
from search.figures import series
from search.parse.parser import parse_file
from test_figures import _breakdown, facts, item, score

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"
EXPECTED = sorted(SHAPES.glob("*.expected.json"))
SLOW = {"2025-10-scan.pdf": "three pages of OCR: run with JIANBAO_FULL=1"}


def _case(path: Path):
    name = json.loads(path.read_text(encoding="utf-8"))["file"]
    slow = name in SLOW and not os.environ.get("JIANBAO_FULL")
    return pytest.param(path, id=name, marks=[pytest.mark.skip(reason=SLOW[name])] if slow else [])


def _comparable(rec: dict) -> dict:
    return dict(rec, file=None, value=None if rec["value"] is None else float(rec["value"]))


@pytest.mark.parametrize("expected", [_case(p) for p in EXPECTED])
def test_figures_of_each_shape(expected, tmp_path_factory):
    data = json.loads(expected.read_text(encoding="utf-8"))
    try:
        issue = parse_file(SHAPES / data["file"], cache_dir=tmp_path_factory.mktemp("cache"))
    except CorpusError as exc:
        pytest.skip(f"{data['file']} cannot be read here: {exc.reason}")
    found = series.build({issue.file: {"figures": figures.extract_issue(issue)}})["figures"]
    recall, precision = score([_comparable(r) for r in found], [_comparable(r) for r in data["figures"]])
    print(f"{data['file']}: recall {recall:.3f}, precision {precision:.3f}")
    assert recall >= 0.9 and precision >= 0.9


def test_breakdowns_compared_by_their_series_name():
    """The printed forms of one breakdown compare as the name of its series; other names stay."""
    assert _breakdown("民营企业") == "民营"
    assert _breakdown("外资企业") == _breakdown("外商投资企业") == "外资"
    assert _breakdown("共建“一带一路”国家") == _breakdown("“一带一路”沿线国家") == "一带一路"
    assert _breakdown("东部地区") == "东部地区"
    assert _breakdown("保税物流") == "保税物流"
    assert _breakdown(None) is None


# --- the general rules these files showed missing, each on text of its own --------------------

def test_names_then_what_each_counts():
    """`A、B、C分别出口x、y和z`: the names first, then the measure, then the values."""
    body = ("1-10月，全市出口1441.2亿元。其中对美国、德国和印度分别出口120.5亿元、80.2亿元和33.1亿元，"
            "分别增长3.1%、下降2.0%和增长9.9%。")
    assert facts(item(body, key=(2025, 12)))[1:] == [
        ("出口", "美国", "2025-01/2025-10", 120.5, "亿元", 3.1, None),
        ("出口", "德国", "2025-01/2025-10", 80.2, "亿元", -2.0, None),
        ("出口", "印度", "2025-01/2025-10", 33.1, "亿元", 9.9, None)]


def test_a_way_of_trading_is_a_breakdown():
    body = "1-10月，以跨境电商方式进出口88.8亿元，增长27.8%，占全市的3.1%。"
    assert facts(item(body, key=(2025, 12))) == [
        ("进出口", "跨境电商", "2025-01/2025-10", 88.8, "亿元", 27.8, 3.1)]


def test_more_of_a_figure_already_read_completes_it():
    """A share printed later for a name already given its change is the same figure."""
    body = ("1-10月，华东地区、华南地区软件业务收入同比分别增长11.3%和9.2%，"
            "华东地区软件业务收入占全国的52.0%。")
    assert facts(item(body, key=(2025, 12))) == [
        ("软件业务收入", "华东地区", "2025-01/2025-10", None, None, 11.3, 52.0),
        ("软件业务收入", "华南地区", "2025-01/2025-10", None, None, 9.2, None)]


def test_the_last_name_of_a_list_ends_as_the_others():
    """Names that are in no list of places still end where the others end (片区, 园区)."""
    body = "1-10月，甲片区、乙片区和丙片区软件业务收入同比分别增长1.1%、2.2%和3.3%。"
    assert [(f[0], f[1], f[5]) for f in facts(item(body, key=(2025, 12)))] == [
        ("软件业务收入", "甲片区", 1.1), ("软件业务收入", "乙片区", 2.2), ("软件业务收入", "丙片区", 3.3)]


def test_a_rank_with_its_scope():
    """`居全国前3位的A、B、C`: the scope of the rank is no part of the indicator."""
    body = "1-10月，软件业务收入居全省前3位的甲市、乙市、丙市，同比分别增长5.1%、6.2%和7.3%。"
    found = facts(item(body, key=(2025, 12)))
    assert [(f[0], f[1], f[5]) for f in found] == [
        ("软件业务收入", "甲市", 5.1), ("软件业务收入", "乙市", 6.2), ("软件业务收入", "丙市", 7.3)]


def test_fields_of_a_qualified_total():
    """Under 分领域看, a field of the same kind as a qualified total is its breakdown; the kinds of
    the whole (服务进出口) are series of their own."""
    body = ("1-10月，服务进出口总额65844.3亿元，增长7.5%。数字服务进出口25121.5亿元，增长6.4%。"
            "分领域看，金融服务进出口1200.5亿元，增长4.2%；软件产品出口300.1亿元，增长1.0%。")
    assert facts(item(body, key=(2025, 12))) == [
        ("服务进出口总额", None, "2025-01/2025-10", 65844.3, "亿元", 7.5, None),
        ("数字服务进出口", None, "2025-01/2025-10", 25121.5, "亿元", 6.4, None),
        ("数字服务进出口", "金融服务", "2025-01/2025-10", 1200.5, "亿元", 4.2, None),
        ("出口", "软件产品", "2025-01/2025-10", 300.1, "亿元", 1.0, None)]  # a product: ANNOTATION.md


def test_periods_compared_with_and_points():
    """A period after 比/较 is the one compared with; `0.2个百分点` is no value; an OCR'd `1一10月`."""
    body = ("1一10月，服务进出口总额65844.3亿元，同比增长7.5%，增速比1-9月提高0.2个百分点。"
            "其中，出口和进口分别增长14.3%和2.6%。")
    assert facts(item(body, key=(2025, 12))) == [
        ("服务进出口总额", None, "2025-01/2025-10", 65844.3, "亿元", 7.5, None),
        ("服务出口", None, "2025-01/2025-10", None, None, 14.3, None),
        ("服务进口", None, "2025-01/2025-10", None, None, 2.6, None)]


def test_a_value_after_its_change_or_its_bound():
    body = "1-10月，数字贸易额突破2000亿元，达到2034.6亿元，同比增长11.2%。服务贸易逆差下降20.2%至7663.7亿元。"
    assert facts(item(body, key=(2025, 12))) == [
        ("数字贸易额", None, "2025-01/2025-10", 2034.6, "亿元", 11.2, None),
        ("服务贸易逆差", None, "2025-01/2025-10", 7663.7, "亿元", -20.2, None)]


def test_tables_with_a_unit_column_and_period_rows():
    units = [["指标", "金额", "单位", "同比"], ["服务进出口", "65844.3", "亿元", "7.5%"], ["企业数", "2012", "家", "3.1%"]]
    years = [["年份", "服务进出口（亿元）", "同比（%）"], ["2023年", "65754.3", "10.0"], ["2024年", "75238.1", "14.4"]]
    # the sentence states the first row's numbers in words: it is prose, not the row's text (and
    # the row, repeating the figure the text stated, adds no second one)
    body = "1-10月，服务进出口总额65844.3亿元，同比增长7.5%。\n" + "\n".join(" | ".join(r) for r in units + years)
    assert facts(item(body, tables=[units, years], key=(2025, 12))) == [
        ("服务进出口总额", None, "2025-01/2025-10", 65844.3, "亿元", 7.5, None),
        ("企业数", None, "2025-01/2025-10", 2012.0, "家", 3.1, None),
        ("服务进出口", None, "2023-01/2023-12", 65754.3, "亿元", 10.0, None),
        ("服务进出口", None, "2024-01/2024-12", 75238.1, "亿元", 14.4, None)]
