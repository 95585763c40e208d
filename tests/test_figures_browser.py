"""The figures page in a real browser (Debian's chromium via Playwright, against `jianbao serve`):
the chart draws under the strict CSP, a point leads to its item with the sentence marked, the series
can be chosen without JavaScript, and the table is readable on a phone.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_browser import ARGS, CHROMIUM, _shot, browser, page, server  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM}")


def test_the_chart_draws_and_a_point_leads_to_its_item(server, page):  # noqa: F811
    page.goto(server + "/figures")
    chart = page.locator("svg.chart")
    chart.wait_for()
    box = chart.bounding_box()
    assert box["width"] > 600 and box["height"] > 250
    assert page.locator("svg.chart a.mark circle.pt.cum").count() == 5  # the five printed figures
    assert page.locator("svg.chart a.mark rect.bar.derived").count() == 3  # 2023-07, 2023-08/09, 2024-05
    assert page.locator("svg.chart a.mark circle.pt.yoy").count() == 5
    # the CSS reached the SVG: the line is drawn, not filled black
    stroke = page.locator("svg.chart polyline.line.cum").first.evaluate("e => getComputedStyle(e).stroke")
    assert stroke not in ("none", "")
    assert page.locator("table.figtable tbody tr").count() == 8
    _shot(page, "figures.png")

    # The point of 2023年1-9月 leads to its item, the source sentence marked and scrolled to.
    point = page.locator("svg.chart a.mark", has=page.locator("circle.pt.cum")).nth(2)
    assert "2023年1-9月" in point.locator("title").text_content()
    point.click()
    page.wait_for_selector("mark#hl")
    assert "/items/" in page.url and page.url.endswith("#hl")
    assert "2023年第11期" in page.locator(".item-meta").inner_text()
    assert page.locator("mark#hl").inner_text().startswith("根据商务部服务外包统一平台公布的最新数据显示，1-9月")
    assert page.locator(".item-figures tbody tr").count() == 18
    _shot(page, "figures-item.png")
    assert page.console_errors == []  # no CSP violations, no script errors


def test_choosing_a_series_shows_it(server, page):  # noqa: F811
    page.goto(server + "/figures")
    page.select_option("#series", label="接包合同执行额 · 荷兰（万美元）（8）")
    page.wait_for_url("**series=*")
    assert page.locator(".series-title").inner_text() == "接包合同执行额 · 荷兰（万美元）"
    assert page.console_errors == []


def test_a_series_is_chosen_without_javascript(browser, server):  # noqa: F811
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/figures")
    page.select_option("#series", label="接包合同执行额 · 日本（万美元）（8）")
    page.click(".figure-form button")
    page.wait_for_url("**series=*")
    assert page.locator(".series-title").inner_text() == "接包合同执行额 · 日本（万美元）"
    assert page.locator("svg.chart a.mark circle.pt.cum").count() == 5
    context.close()


def test_the_table_is_readable_on_a_phone(browser, server):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.goto(server + "/figures?indicator=日本")
    page.wait_for_selector("table.figtable")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    cells = page.locator("table.figtable tbody tr").first.locator("th, td")
    for i in range(cells.count()):
        box = cells.nth(i).bounding_box()
        if box and box["width"]:
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.locator("svg.chart").bounding_box()["width"] <= 390
    _shot(page, "figures-phone.png")
    assert errors == []
    context.close()
