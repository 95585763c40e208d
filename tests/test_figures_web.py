"""The figures on the web: /figures, /api/figures, /figures.csv and an item's figures, through
Flask's test client; they show the same records as `jianbao figures --json`. (The chart in a real
browser is in test_browser.py.)
"""
from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner

from search.figures import series
from search.index import store as index_store
from jianbao.cli import main
from conftest import CORPUS




@pytest.fixture(scope="session")
def cli_records(index_dir):
    result = CliRunner().invoke(main, ["figures", "--json", "--index", str(index_dir)], catch_exceptions=False)
    assert result.exit_code == 0
    return [json.loads(line) for line in result.stdout.splitlines()]


def _key(rec: dict) -> tuple:
    return (rec["item"], rec["indicator"], rec["breakdown"] or "", rec["period"], series.number(rec["value"]),
            "true" if rec["derived"] else "false", series.number(rec["yoy_pct"]), series.number(rec["share_pct"]))


def _page_rows(html: str, indicator: str, breakdown: str) -> list[tuple]:
    rows = re.findall(r'<tr class="(?:derived|printed)" data-item="([^"]*)" data-period="([^"]*)"\s+'
                      r'data-value="([^"]*)" data-derived="([^"]*)"\s+data-yoy="([^"]*)" data-share="([^"]*)">', html)
    return [(item, indicator, breakdown, period, value, derived, yoy, share)
            for item, period, value, derived, yoy, share in rows]


def test_api_is_the_cli_records(client, cli_records):
    response = client.get("/api/figures")
    assert response.status_code == 200
    assert response.get_json() == {"figures": cli_records}


def test_api_filters_as_the_cli_does(client, index_dir):
    response = client.get("/api/figures", query_string={"indicator": "荷兰", "from": "2023-08", "to": "2024-04"})
    assert response.get_json()["figures"] == index_store.figures(index_dir, "荷兰", "2023-08", "2024-04")
    assert [r["period"] for r in response.get_json()["figures"]] == [
        "2023-01/2023-09", "2023-08/2023-09", "2024-01/2024-04"]


def test_csv_is_the_cli_records_with_a_bom(client, cli_records):
    response = client.get("/figures.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    raw = response.get_data()
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["item"], r["indicator"], r["breakdown"], r["period"], r["value"], r["derived"], r["yoy_pct"],
             r["share_pct"]) for r in rows] == [_key(r) for r in cli_records]
    assert rows[0]["text"] == cli_records[0]["text"]
    assert {r["issue"] for r in rows} >= {"2023年第8期", "2024年第6期"}  # never a date in a spreadsheet
    zh = list(csv.reader(io.StringIO(client.get("/figures.csv?headers=zh").get_data().decode("utf-8-sig"))))
    assert zh[0] == ["文件", "资讯编号", "期号", "指标", "细分", "期间", "数值", "单位", "同比（%）", "占比（%）", "推算",
                     "原文", "原文指标名"]
    assert zh[1:] == [list(r.values()) for r in rows]


def test_the_page_shows_every_series_and_the_same_records(client, cli_records):
    response = client.get("/figures")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    options = re.findall(r'<option value="([0-9a-f]{10})"', html)
    groups = series.group(cli_records)
    assert sorted(options) == sorted(g.id for g in groups)  # grouped by indicator on the page
    seen = []
    for g in groups:
        page = client.get("/figures", query_string={"series": g.id}).get_data(as_text=True)
        assert f'<option value="{g.id}" selected>' in page
        assert '<svg class="chart wide"' in page
        seen += _page_rows(page, g.indicator, g.breakdown or "")
    assert sorted(seen) == sorted(_key(r) for r in cli_records)


def test_every_point_links_to_its_item_with_the_sentence(client, cli_records):
    japan = next(g for g in series.group(cli_records) if g.breakdown == "日本")
    html = client.get("/figures", query_string={"series": japan.id}).get_data(as_text=True)
    chart = html[html.index('<svg class="chart wide"'):html.index("</svg>")]
    links = [unescape(h) for h in re.findall(r'<a class="mark" href="([^"]+)"', chart)]
    printed = [r for r in japan.records if not r["derived"]]
    assert len(links) == len(japan.records) + len([r for r in printed if r["yoy_pct"] is not None])
    url = urlparse(links[-1])
    assert url.path.startswith("/items/") and url.fragment == "hl"
    sentence = parse_qs(url.query)["hl"][0]
    assert sentence in {r["text"] for r in printed}
    item = client.get(f"{url.path}?{url.query}").get_data(as_text=True)
    marked = re.search(r'<mark id="hl" class="source">(.*?)</mark>', item)
    assert marked and unescape(marked.group(1)) == sentence


def test_a_filter_that_leaves_nothing_says_so(client):
    html = client.get("/figures", query_string={"indicator": "没有这个指标"}).get_data(as_text=True)
    assert "没有符合条件的数据" in html and "<svg" not in html


def test_an_unknown_series_shows_the_first_and_says_so(client):
    html = client.get("/figures", query_string={"series": "0000000000"}).get_data(as_text=True)
    assert "所选序列不在筛选结果中" in html and '<svg class="chart wide"' in html


@pytest.mark.parametrize("path", ["/figures", "/api/figures", "/figures.csv"])
def test_bad_dates_are_refused_with_400(client, path):
    response = client.get(path, query_string={"from": "2024-13"})
    assert response.status_code == 400
    if path.startswith("/api/"):
        assert response.get_json()["error"] == "参数 from 的值“2024-13”不是真实存在的日期"
        assert response.get_json()["param"] == "from"
    else:
        assert "不是真实存在的日期" in response.get_data(as_text=True)


def test_an_overlong_filter_is_refused(client):
    response = client.get("/api/figures", query_string={"indicator": "额" * 500})
    assert response.status_code == 400
    assert response.get_json() == {"error": "查询太长：500 个字符，最多 100 个", "code": "too_long", "param": "indicator",
                                   "value": 500, "limit": 100}


def test_the_page_keeps_the_strict_csp_and_has_no_inline_style_or_script(client):
    response = client.get("/figures")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "style-src 'self'" in response.headers["Content-Security-Policy"]
    html = response.get_data(as_text=True)
    assert " style=" not in html and "<style" not in html and "<script>" not in html


def test_user_input_stays_text(client):
    html = client.get("/figures", query_string={"indicator": '<script>alert(1)</script>'}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def _items(archive, section_is_report: bool) -> str:
    """The id of the 2023-11 issue's report, or of one of its stories."""
    return next(i.id for i in archive.issue("2023-11").items if (i.section == "数据月报") == section_is_report)


def test_a_report_page_lists_its_figures(client, cli_records, archive):
    report = _items(archive, True)
    html = client.get(f"/items/{report}").get_data(as_text=True)
    table = html[html.index('class="item-figures"'):]
    rows = re.findall(r'<tr data-period="([^"]+)" data-value="([^"]*)">', table)
    mine = [r for r in cli_records if r["item"] == report and not r["derived"]]
    assert sorted(rows) == sorted((r["period"], series.number(r["value"])) for r in mine)
    assert len(rows) == 18


def test_a_story_page_has_no_figures_table(client, archive):
    response = client.get(f"/items/{_items(archive, False)}")
    assert response.status_code == 200 and 'class="item-figures"' not in response.get_data(as_text=True)


def test_a_sentence_not_in_the_item_marks_nothing(client, archive):
    response = client.get(f"/items/{_items(archive, True)}", query_string={"hl": "不在这里的句子"})
    assert response.status_code == 200 and '<mark id="hl"' not in response.get_data(as_text=True)


def test_the_nav_leads_to_the_figures(client):
    assert 'href="/figures"' in client.get("/help").get_data(as_text=True)


def test_the_chart_is_drawn_for_a_wide_screen_and_for_a_phone_with_the_same_marks(client, cli_records):
    japan = next(g for g in series.group(cli_records) if g.breakdown == "日本")
    html = client.get("/figures", query_string={"series": japan.id}).get_data(as_text=True)
    charts = {m[1]: m[0] for m in re.finditer(r'<svg class="chart (wide|narrow)".*?</svg>', html, re.S)}
    assert list(charts) == ["wide", "narrow"]
    marks = [re.findall(r'<a class="mark" href="([^"]+)"', chart) for chart in charts.values()]
    assert marks[0] == marks[1] and marks[0]
    # a group holding links, never an image (an image holds nothing interactive)
    assert all('role="group" aria-labelledby="chart-title-' in chart and 'role="img"' not in chart
               for chart in charts.values())


@pytest.mark.parametrize("low, high, count, ticks", [
    (-56.4, 0, 3, [-60, -40, -20, 0]),
    (0, 260000, 4, [0, 100000, 200000, 300000]),
    (-2.2, 12.72, 3, [-5, 0, 5, 10, 15]),
    (0, 0, 4, [0, 0.25, 0.5, 0.75, 1]),
])
def test_axes_get_round_ticks(low, high, count, ticks):
    from webapp.chart import nice_ticks
    assert nice_ticks(low, high, count) == ticks
