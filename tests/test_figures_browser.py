"""The figures page in a real browser (Debian's chromium via Playwright, against `jianbao serve`):
the chart draws under the strict CSP, a point leads to its item with the sentence marked, the series
can be chosen without JavaScript, and the table is readable on a phone.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from test_browser import ARGS, ARTIFACTS, CHROMIUM, PHONE, _axe, _shot  # noqa: F401 - browser, page, server: conftest.py's

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM}")


def test_the_chart_draws_and_a_point_leads_to_its_item(server, page):  # noqa: F811
    page.goto(server + "/figures")
    chart = page.locator("svg.chart.wide")  # the drawing for a wide screen (a phone gets svg.chart.narrow)
    chart.wait_for()
    box = chart.bounding_box()
    assert box["width"] > 600 and box["height"] > 250
    assert page.locator("svg.chart.wide a.mark circle.pt.cum").count() == 5  # the five printed figures
    assert page.locator("svg.chart.wide a.mark rect.bar.derived").count() == 3  # 2023-07, 2023-08/09, 2024-05
    assert page.locator("svg.chart.wide a.mark circle.pt.yoy").count() == 5
    # the CSS reached the SVG: the line is drawn, not filled black
    stroke = page.locator("svg.chart.wide polyline.line.cum").first.evaluate("e => getComputedStyle(e).stroke")
    assert stroke not in ("none", "")
    assert page.locator("table.figtable tbody tr").count() == 8
    _shot(page, "figures.png")

    # The point of 2023年1-9月 leads to its item, the source sentence marked and scrolled to.
    point = page.locator("svg.chart.wide a.mark", has=page.locator("circle.pt.cum")).nth(2)
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
    assert page.locator("svg.chart.wide a.mark circle.pt.cum").count() == 5
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
    assert page.locator("svg.chart.narrow").bounding_box()["width"] <= 390
    assert not page.locator("svg.chart.wide").is_visible()
    _shot(page, "figures-phone.png")
    assert errors == []
    context.close()


# --- the chart on every screen ---------------------------------------------------------------------

SCREENS = {"phone": PHONE, "desktop": {"viewport": {"width": 1280, "height": 900}, "locale": "zh-CN"}}


def _texts(chart) -> list[dict]:
    """Every label the chart shows, with its box on the screen."""
    return chart.locator("text").evaluate_all("""els => els.map(e => { const r = e.getBoundingClientRect();
        return {text: e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom}; })""")


def _overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    def meet(a, b):  # more than half a pixel of each other's area, either way
        return min(a["right"], b["right"]) - max(a["left"], b["left"]) > 0.5 and \
            min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 0.5
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:] if meet(a, b)]


@pytest.mark.parametrize("screen", SCREENS)
def test_the_charts_labels_never_overlap_and_say_what_the_table_says(browser, server, screen):  # noqa: F811
    context = browser.new_context(**SCREENS[screen])
    page = context.new_page()
    page.goto(server + "/figures")  # the first series: values up to 300,000, a change of -56.4%
    chart = page.locator("svg.chart:visible")  # the drawing made for this screen
    expect(chart).to_have_count(1)
    boxes = _texts(chart)
    assert _overlapping(boxes) == []
    frame = chart.bounding_box()
    assert all(frame["x"] - 0.5 <= b["left"] and b["right"] <= frame["x"] + frame["width"] + 0.5 for b in boxes)
    # the legend is shown, and on a phone the chart is as tall as it needs to be read
    assert [t["text"] for t in boxes[:3]] == ["累计值", "推算单月（两期累计之差）", "同比 %"]
    assert chart.locator(".legend").is_visible()
    assert frame["height"] >= (400 if screen == "phone" else 380)
    assert "万美元" in [t["text"] for t in boxes]
    # round ticks on the YoY axis, zero among them
    changes = chart.locator(".axis").nth(1).locator("text").all_text_contents()
    assert changes == ["-60", "-40", "-20", "0"]
    # each label under the time axis names its period as the table below does
    printed = page.locator("table.figtable tbody tr.printed th").evaluate_all("els => els.map(e => e.textContent)")
    labels = chart.locator("text:has(tspan)").all_text_contents()
    assert labels and set(labels) <= set(printed) and labels[-1] == printed[-1]  # the latest is always named
    ARTIFACTS.mkdir(exist_ok=True)
    chart.screenshot(path=str(ARTIFACTS / f"figures-chart-{screen}.png"))
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("screen", SCREENS)
def test_axe_finds_no_violation_on_the_figures_page(browser, server, screen, scheme):  # noqa: F811
    context = browser.new_context(**SCREENS[screen], color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    page.goto(server + "/figures?indicator=日本")  # a series with derived months: the 推算 tag shows
    expect(page.locator("table.figtable .tag").first).to_be_visible()
    assert _axe(page) == []
    context.close()
