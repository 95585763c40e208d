"""The search page in a real browser: Debian's chromium, driven by Playwright, against the real server
(`jianbao serve` on a free port over an index of the bundled corpus).

Types a query, sees highlighted results appear as one types, picks a facet, opens an item and its
issue. Screenshots go to test-artifacts/; the search page's is also docs/screenshot.png (README).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve_command(port: int, index_dir: Path) -> list[str]:
    """`jianbao serve`, as users run it."""
    return [sys.executable, "-m", "search", "serve", "--host", "127.0.0.1", "--port", str(port),
            "--index", str(index_dir), "--corpus", str(ROOT / "tests" / "data" / "corpus")]


@pytest.fixture(scope="module")
def server(tmp_path_factory, index_dir):
    port = _free_port()
    log = (tmp_path_factory.mktemp("server") / "server.log").open("w+")
    process = subprocess.Popen(_serve_command(port, index_dir), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            log.seek(0)
            pytest.fail(f"the server did not start:\n{log.read()}")
        time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    yield page
    context.close()


def _shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=False)
    return path


def test_type_pick_a_facet_open_an_item_and_its_issue(server, page):
    page.goto(server + "/")
    assert page.title().startswith("首页")

    # Results appear as one types (no Enter): the script fetches the page and swaps the results.
    page.locator("#q").press_sequentially("服务外包", delay=60)
    page.wait_for_selector(".hit mark")
    assert "q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85" in page.url  # history.replaceState
    marks = page.locator(".hit .snippet mark").all_inner_texts()
    assert marks and set(marks) == {"服务外包"}
    total = int(page.locator(".status .total").inner_text())
    assert total >= 5
    shot = _shot(page, "search.png")
    if os.environ.get("JIANBAO_UPDATE_SCREENSHOT"):  # README's screenshot, refreshed on request
        shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")

    # Pick a facet: the 数据月报 of all five issues.
    page.locator('.facet[data-facet="section"] a', has_text="数据月报").click()
    page.wait_for_selector(".chip")
    assert page.locator(".chip").inner_text().startswith("栏目：数据月报")
    assert int(page.locator(".status .total").inner_text()) == 5
    metas = page.locator(".hit .meta").all_inner_texts()
    assert len(metas) == 5 and all("数据月报" in m for m in metas)
    _shot(page, "facet.png")

    # Open an item: the query stays highlighted in its full text.
    page.locator(".hit h3 a").first.click()
    page.wait_for_selector("article.item")
    assert page.locator("article.item .body mark").count() > 0
    assert page.locator(".item-meta").inner_text().count("数据月报") >= 1
    _shot(page, "item.png")

    # Open its issue: the issue rebuilt, with the item in it.
    label = page.locator(".item-meta dd a").first.inner_text()
    page.locator(".item-meta dd a").first.click()
    page.wait_for_selector(".masthead")
    assert label in page.title()
    assert page.locator(".issue-section h2").first.inner_text().startswith("【")
    _shot(page, "issue.png")
    assert page.console_errors == []  # no CSP violations, no script errors


def test_results_follow_edits_and_an_escaped_query(server, page):
    from playwright.sync_api import expect

    page.goto(server + "/search?q=服务外包")
    box = page.locator("#q")
    box.fill("")
    box.press_sequentially("<script>alert(1)</script>", delay=20)
    expect(page.locator(".status")).to_contain_text("<script>alert(1)</script>")
    assert page.locator(".status").inner_text().startswith("“<script>alert(1)</script>”")
    assert page.locator("script:not([src])").count() == 0
    assert page.console_errors == []


def test_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/")
    page.fill("#q", "服贸会")
    page.press("#q", "Enter")
    page.wait_for_selector(".hit")
    assert "也搜索了" in page.locator(".expansions").inner_text()
    context.close()


PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True, "locale": "zh-CN"}


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    yield page
    context.close()


def test_readable_on_a_phone_with_the_filters_one_tap_away(server, phone):
    page = phone
    page.goto(server + "/search?q=数字贸易")
    page.wait_for_selector(".hit")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # The filters are closed, and the 筛选 button is in the first screen, big enough for a thumb.
    assert not page.locator("#filters").is_visible()
    toggle = page.get_by_role("button", name="筛选")
    box = toggle.bounding_box()
    assert box["y"] + box["height"] <= 844 and box["height"] >= 44 and box["width"] >= 44
    if os.environ.get("JIANBAO_UPDATE_SCREENSHOT"):
        shutil.copyfile(_shot(page, "phone.png"), ROOT / "docs" / "screenshot-phone.png")
    toggle.tap()
    section = page.locator('.facet[data-facet="section"]')
    expect(section).to_be_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert section.bounding_box()["y"] < 844  # one tap, and the section filter is in view
    _shot(page, "phone-filters.png")
    if os.environ.get("JIANBAO_UPDATE_SCREENSHOT"):
        shutil.copyfile(ARTIFACTS / "phone-filters.png", ROOT / "docs" / "screenshot-phone-filters.png")
    # Every control in the sheet is at least 44 px high.
    small = page.evaluate("""() => Array.from(document.querySelectorAll(
        '#filters a, #filters button, #filters input:not([type=hidden]), #filters summary'))
        .filter(el => el.offsetParent !== null)
        .map(el => [el.textContent.trim().slice(0, 20), el.getBoundingClientRect().height])
        .filter(([, h]) => h < 44)""")
    assert small == []

    # Choosing a value keeps the reader where they were: the sheet stays open, scrolled as it was.
    sheet = page.locator("#filters")
    sheet.evaluate("el => el.scrollTop = 200")
    scrolled = sheet.evaluate("el => el.scrollTop")
    chosen = page.locator('.facet[data-facet="year"] a[aria-pressed="false"]').first
    year = chosen.locator(".value").inner_text()
    chosen.tap()
    expect(page.locator(".chip")).to_contain_text(f"日期：{year}")
    expect(page.locator('.facet[data-facet="year"] a[aria-pressed="true"]')).to_contain_text(year)
    assert sheet.is_visible() and sheet.evaluate("el => el.scrollTop") == scrolled
    assert page.evaluate("document.activeElement.getAttribute('data-focus')") == f"year={year}"
    assert f"from={year}" in page.url
    # Done: back to the results, filtered.
    page.locator(".sheet-close").tap()
    expect(sheet).to_be_hidden()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert all(year in m for m in page.locator(".hit .meta").all_inner_texts())
    assert page.console_errors == []


def test_on_a_phone_the_tab_order_is_the_order_on_screen(server, phone):
    page = phone
    page.goto(server + "/search?q=服务外包&section=数据月报")
    page.wait_for_selector(".hit")
    page.locator("#q").focus()
    tops, names = [], []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const el = document.activeElement;
            if (!el || el === document.body || !el.closest('main')) return null;
            const r = el.getBoundingClientRect(); return [r.top + window.scrollY, r.left, el.textContent.trim().slice(0, 16)]; }""")
        if focused is None:
            if tops:
                break  # out of the page's main part: the footer
            continue  # still in the header (the search button)
        tops.append(focused[0])
        names.append(focused[2])
    assert len(tops) > 8
    # Never back up the page: what comes next in the tab order is further down (or on the same line).
    for (a, b, name) in zip(tops, tops[1:], names[1:]):
        assert b >= a - 4, f"{name} is above the element before it"


def test_keyboard_reaches_the_skip_link_first(server, page):
    page.goto(server + "/help")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
