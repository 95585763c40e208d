"""Queries as people type them (issue 17), in a real browser (Debian's chromium via Playwright,
against `jianbao serve`): two years chosen in the year facet, a partial hit's 缺少 and the split
headline, 您是不是要找 and a slip searched corrected, 相关报道 on an item's page, an organisation's
page and its feed. axe-core checks the organisation page, the item page with its 相关报道 and the
new notices, light and dark, with the other pages (test_browser.py, AXE_PAGES).

Every step waits for what the page makes observable (an element, a URL), never for time.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

from test_browser import CHROMIUM, _shot  # browser, page, server: conftest.py's, shared by the session

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM}")

ATOM = "{http://www.w3.org/2005/Atom}"


def _total(page) -> int:
    return int(page.locator(".status .total").inner_text())


def test_two_years_chosen_in_the_year_facet_mean_either(server, page):  # noqa: F811
    page.goto(server + "/search?q=服务外包")
    year = page.locator('.facet[data-facet="year"]')
    counts = {y: int(year.locator("a.swap", has_text=y).locator(".count").inner_text()) for y in ("2023", "2024")}
    year.locator("a.swap", has_text="2023").click()
    expect(year.locator('a[aria-pressed="true"]')).to_have_count(1)
    expect(page.locator(".chip")).to_have_text(re.compile("年份：2023"))
    assert _total(page) == counts["2023"]
    # the second year joins the first: either year, as two values of any facet
    year.locator("a.swap", has_text="2024").click()
    expect(year.locator('a[aria-pressed="true"]')).to_have_count(2)
    expect(page.locator(".status .total")).to_have_text(str(counts["2023"] + counts["2024"]))
    assert "year=2023&year=2024" in page.url
    assert page.evaluate("document.activeElement.getAttribute('data-focus')") == "year=2024"
    assert {re.search(r"(\d{4})年第", m)[1] for m in page.locator(".hit .meta").all_inner_texts()} == {"2023", "2024"}
    _shot(page, "year-facet.png")
    # one of them off again: the other stays
    year.locator('a[aria-pressed="true"]', has_text="2023").click()
    expect(year.locator('a[aria-pressed="true"]')).to_have_count(1)
    expect(page.locator(".chip")).to_have_text(re.compile("年份：2024"))
    assert page.console_errors == []


def test_a_partial_hit_says_what_it_lacks_and_the_headline_counts_apart(server, page):  # noqa: F811
    page.goto(server + "/")
    page.locator("#q").press_sequentially("人工智能 监管", delay=40)
    expect(page.locator(".status")).to_contain_text("条部分匹配")
    expect(page.locator(".hit .missing").first).to_be_visible()
    full, partial = _total(page), int(page.locator(".status .partial-total").inner_text())
    assert full > 0 and partial > 0
    assert re.search(rf"共 {full} 条结果，另有 {partial} 条部分匹配", page.locator(".status").inner_text())
    hits = page.locator(".hit-list > li")
    kinds = [("divider" if "divider" in (li.get_attribute("class") or "") else
              "partial" if li.locator(".missing").count() else "full") for li in hits.all()]
    # the full matches, one divider, then every partial hit saying what it lacks
    assert kinds == ["full"] * full + ["divider"] + ["partial"] * (len(kinds) - full - 1)
    assert all(re.fullmatch(r"缺少：(人工智能|监管)", t) for t in page.locator(".hit .missing").all_inner_texts())
    expect(page.locator(".facet-note")).to_contain_text("完整匹配")
    _shot(page, "partial.png")
    assert page.console_errors == []


def test_did_you_mean_and_a_slip_searched_corrected(server, page):  # noqa: F811
    # A slip that finds nothing is searched corrected at once, and says so, with the way back.
    page.goto(server + "/")
    page.locator("#q").fill("服贸汇")
    page.locator("#q").press("Enter")
    notice = page.locator(".corrected")
    expect(notice).to_contain_text("没有找到“服贸汇”的结果，已显示“服贸会”的结果")
    expect(page.locator(".status")).to_contain_text("“服贸会”")
    assert _total(page) > 0 and page.locator(".hit mark").count() > 0
    notice.locator("a").click()
    page.wait_for_url(re.compile(r"correct=0"))
    expect(page.locator(".status .total")).to_have_text("0")
    assert page.input_value("#q") == "服贸汇"
    # Exactly what was typed finds nothing: 您是不是要找 offers the correction as a link.
    expect(page.locator(".suggest")).to_have_text("您是不是要找：服贸会")
    page.locator(".suggest a").click()
    page.wait_for_url(re.compile(r"q=%E6%9C%8D%E8%B4%B8%E4%BC%9A"))  # 服贸会
    assert "correct=0" not in page.url
    expect(page.locator(".hit .snippet mark").first).to_be_visible()
    assert page.locator(".suggest, .corrected").count() == 0 and page.input_value("#q") == "服贸会"
    assert page.console_errors == []


def test_an_item_page_lists_related_items_from_other_issues(server, page):  # noqa: F811
    page.goto(server + "/search?q=服务外包&section=数据月报")
    page.locator(".hit h3 a").first.click()
    page.wait_for_selector("article.item")
    issue = page.locator(".item-meta dd a").first.inner_text()
    related = page.locator(".related li")
    expect(page.locator(".related h2")).to_have_text("相关报道")
    assert related.count() >= 1
    assert all(issue not in text for text in related.locator(".meta").all_inner_texts())  # other issues
    title = related.first.locator("a").inner_text()
    related.first.locator("a").click()
    expect(page.locator("article.item h1")).to_have_text(title)
    assert page.console_errors == []


def test_an_organisation_page_lists_its_items_and_has_a_feed(server, page):  # noqa: F811
    page.goto(server + "/search?q=服务外包")
    page.locator('.facet[data-facet="org"] a.org-page').first.click()
    page.wait_for_selector("article.org h1")
    name = page.locator("h1").inner_text()
    assert unquote(page.url).endswith(f"/orgs/{name}")
    listed = page.locator(".org .hit h3 a")
    assert listed.count() >= 1
    # newest first, by the dates the items report: the years
    years = [int(y) for y in page.locator(".org-year h2").all_inner_texts()]
    assert years == sorted(years, reverse=True)
    titles = listed.all_inner_texts()
    advertised = page.locator('link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
    response = page.request.get(server + advertised)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.body()).findall(ATOM + "entry")
    assert [e.find(ATOM + "title").text for e in entries] == titles[:20]  # the page's newest, in its order
    _shot(page, "org.png")
    # 订阅 leads a person to the page that says how to follow the feed
    page.locator("a.feed").click()
    expect(page.locator("h1")).to_have_text(f"订阅：{name}")
    assert page.input_value("#feed-url") == server + advertised
    assert page.locator(".feed-preview li > a").all_inner_texts() == titles[:20]
    page.go_back()
    page.wait_for_selector("article.org h1")
    # an item's organisations lead to their pages too
    listed.first.click()
    page.wait_for_selector("article.item")
    org_link = page.locator(".item-meta .orgs a", has_text=name).first
    org_link.click()
    expect(page.locator("article.org h1")).to_have_text(name)
    assert page.console_errors == []
