"""The search page in a real browser: Debian's chromium, driven by Playwright, against the real server
(`jianbao serve` on a free port over an index of the bundled corpus).

Types a query, sees highlighted results appear as one types, picks a facet, opens an item and its
issue. Screenshots go to test-artifacts/; the search page's is also docs/screenshot.png (README).
"""
from __future__ import annotations

import os
import re
import shutil
from urllib.parse import unquote
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import ARGS, CHROMIUM, ROOT  # noqa: F401 - ARGS for the modules that import it from here

ARTIFACTS = ROOT / "test-artifacts"
# browser, page, server: session fixtures of conftest.py, one Chromium and one server per worker

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium)")


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
    page.set_default_timeout(60000)  # a hung page, not a slow one
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
    small = page.evaluate("""() => Array.from(document.querySelectorAll(
        'header a, header button, header input:not([type=hidden]), .results-head a, .chips a, .pagination a'))
        .filter(el => el.offsetParent !== null)
        .map(el => [el.textContent.trim().slice(0, 20), el.getBoundingClientRect().height])
        .filter(([, h]) => h < 44)""")
    assert small == []  # the toolbar's controls are as easy to hit as the filters
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
    expect(page.locator(".chip")).to_contain_text(f"年份：{year}")
    expect(page.locator('.facet[data-facet="year"] a[aria-pressed="true"]')).to_contain_text(year)
    assert sheet.is_visible() and sheet.evaluate("el => el.scrollTop") == scrolled
    assert page.evaluate("document.activeElement.getAttribute('data-focus')") == f"year={year}"
    assert f"year={year}" in page.url
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


# --- typing Chinese ------------------------------------------------------------------------------

def _searches(page) -> list[str]:
    """Every search the page sends from now on (the URLs of its fetches of /search)."""
    sent: list[str] = []
    page.on("request", lambda r: r.resource_type == "fetch" and "/search" in r.url and sent.append(r.url))
    return sent


def test_nothing_is_sent_while_a_pinyin_input_method_composes(server, page):
    page.clock.install()  # the page's timers run only when the test says so: no waiting on the clock
    page.goto(server + "/")
    sent = _searches(page)
    page.locator("#q").focus()
    cdp = page.context.new_cdp_session(page)
    for letters in ("f", "fu", "fuw", "fuwu", "fuwuw", "fuwuwai", "fuwuwaib", "fuwuwaibao"):
        cdp.send("Input.imeSetComposition", {"text": letters, "selectionStart": len(letters),
                                             "selectionEnd": len(letters)})
    assert page.input_value("#q") == "fuwuwaibao"  # the letters are in the box, being composed
    page.clock.run_for(5000)  # far longer than any pause the page waits for
    page.evaluate("() => new Promise(requestAnimationFrame)")
    assert sent == [] and page.locator("#results[aria-busy]").count() == 0
    # The user picks 服务外包: the characters replace the letters, and the search runs once.
    cdp.send("Input.insertText", {"text": "服务外包"})
    page.clock.run_for(1000)
    page.wait_for_selector(".hit .snippet mark")
    assert page.input_value("#q") == "服务外包"
    assert [unquote(u.split("q=")[1].split("&")[0]) for u in sent] == ["服务外包"]
    assert set(page.locator(".hit .snippet mark").all_inner_texts()) == {"服务外包"}
    assert "fuwu" not in page.url
    expect(page.locator("#live-status")).to_contain_text("共")
    assert page.console_errors == []


def test_typing_a_phrase_never_empties_the_results(server, page):
    page.goto(server + "/search?q=数字贸易")
    page.wait_for_selector(".hit")
    box = page.locator("#q")
    box.focus()
    page.keyboard.press("End")
    seen = []
    for ch in ' "服务外':
        page.keyboard.type(ch)
        page.wait_for_function("q => document.querySelector('#results') && !document.querySelector('#results[aria-busy]')"
                               " && decodeURIComponent(location.search.replace(/\\+/g, ' ')).includes(q)", arg=box.input_value().strip())
        seen.append((box.input_value(), page.locator(".hit").count(), page.locator(".error-message").count()))
    assert all(hits > 0 and errors == 0 for _, hits, errors in seen), seen
    assert page.locator(".hit mark", has_text="服务外").count() > 0  # the phrase so far is what is searched
    assert "引号没有配对" not in page.locator("main").inner_text()
    # Enter is as lenient as typing: the same results, and the page says how it read the query.
    typed = page.locator(".status .total").inner_text()
    with page.expect_navigation():
        box.press("Enter")
    expect(page.locator(".notice.read-as")).to_have_text('查询没有写完整（如引号没有配对）：已按 数字贸易 "服务外" 检索。')
    assert page.locator(".error-message").count() == 0
    assert page.locator(".status .total").inner_text() == typed
    assert page.input_value("#q") == '数字贸易 "服务外'  # the box keeps what was typed


def test_an_older_answer_never_overwrites_a_newer_one(server, page):
    page.goto(server + "/search?q=数字贸易")
    page.wait_for_selector(".hit")
    held = []
    old = lambda url: "q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85" in url  # noqa: E731  (服务外包)
    page.route(old, lambda route: held.append(route))
    box = page.locator("#q")
    with page.expect_request(lambda request: old(request.url)):
        box.fill("服务外包")  # this answer is held back…
    page.wait_for_function("() => document.querySelector('#results[aria-busy]')")
    while not held:
        page.evaluate("() => new Promise(requestAnimationFrame)")  # let the route reach the test
    page.unroute(old)
    box.fill("服贸会")  # …while a newer one arrives
    expect(page.locator(".expansions")).to_contain_text("中国国际服务贸易交易会")
    try:
        held[0].continue_()  # the old answer arrives last
    except Exception:  # noqa: BLE001  (already aborted by the newer search: as it should be)
        pass
    page.evaluate("() => fetch('/healthz')")  # a round trip after it
    assert page.input_value("#q") == "服贸会"
    expect(page.locator(".status")).to_contain_text("服贸会")
    assert "服务外包" not in page.locator(".status").inner_text()


# --- state, originals, feeds -------------------------------------------------------------------

def test_the_way_back_from_an_item_keeps_filters_sort_and_page(server, page):
    page.goto(server + "/search?q=服务外包")
    page.wait_for_selector(".hit")
    page.locator('.facet[data-facet="year"] a', has_text="2023").click()
    expect(page.locator(".chip")).to_contain_text("年份：2023")
    page.locator(".sort a", has_text="日期").click()
    expect(page.locator('.sort a[aria-pressed="true"]')).to_have_text("日期")
    page.locator(".pagination a", has_text="2").first.click() if page.locator(".pagination").count() else None
    page.wait_for_selector(".hit")
    state = page.url
    assert "year=2023" in state and "sort=date" in state
    first_title = page.locator(".hit h3 a").first.inner_text()
    page.locator(".hit h3 a").first.click()
    page.wait_for_selector("article.item")
    # previous / next within the issue, and back to the very same results
    assert page.locator(".neighbours a").count() >= 1
    page.locator(".neighbours a").first.click()
    page.wait_for_selector("article.item")
    page.locator("a.back").click()
    page.wait_for_selector(".hit")
    assert page.url == state
    expect(page.locator(".chip")).to_contain_text("年份：2023")
    expect(page.locator('.sort a[aria-pressed="true"]')).to_have_text("日期")
    assert page.locator(".hit h3 a").first.inner_text() == first_title
    # the browser's own Back, after filters chosen in place, walks the same states
    page.locator(".chip").first.click()
    expect(page.locator(".chip")).to_have_count(0)
    page.go_back()
    expect(page.locator(".chip")).to_contain_text("年份：2023")
    assert page.url == state
    assert page.console_errors == []


def test_the_original_file_downloads(server, page):
    page.goto(server + "/issues")
    page.locator(".issue-list a").first.click()
    page.wait_for_selector(".masthead")
    link = page.locator("a.original")
    name = link.get_attribute("href").split("/files/")[1]
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.startswith("数字贸易简报 ") and download.suggested_filename.endswith(".txt")
    assert Path(download.path()).read_bytes() == (ROOT / "tests" / "data" / "corpus" / name).read_bytes()


def test_a_search_can_be_followed_as_an_atom_feed(server, page):
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    page.goto(server + "/search?q=数字贸易")
    page.wait_for_selector(".hit")
    advertised = page.locator('link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
    # 订阅 leads a person to a page that says how to subscribe, not to a wall of XML …
    visible_link = page.locator("a.feed")
    expect(visible_link).to_be_visible()
    visible_link.click()
    expect(page.locator("h1")).to_have_text("订阅这个检索")
    assert page.input_value("#feed-url") == server + advertised
    assert page.locator('link[rel="alternate"][type="application/atom+xml"]').get_attribute("href") == advertised
    shown = page.locator(".feed-preview li > a").all_inner_texts()
    # … while a feed reader still gets Atom, its entries newest first by the dates they report
    response = page.request.get(server + advertised)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.body())
    assert feed.tag == atom + "feed"
    entries = feed.findall(atom + "entry")
    assert entries and [e.find(atom + "title").text for e in entries] == shown
    updated = [e.find(atom + "updated").text for e in entries]
    assert updated == sorted(updated, reverse=True) and min(updated) > "2023"
    page.locator(".feed-preview li > a").first.click()
    expect(page.locator("article.item h1")).to_have_text(entries[0].find(atom + "title").text)
    assert page.console_errors == []


# --- accessibility -----------------------------------------------------------------------------

AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
AXE_PAGES = {"home": "/", "search": "/search?q=服务外包&section=数据月报", "zero results": "/search?q=量子隐形传态",
             "item": None, "archive": "/issues", "help": "/help", "issue": None, "browse": "/search?section=协会动态",
             "status": "/status", "figures": "/figures", "subscribe": "/subscribe?q=服务外包",
             "organisation": None, "partial matches": "/search?q=人工智能 监管",
             "did you mean": "/search?q=服贸汇&correct=0", "corrected": "/search?q=服贸汇"}
# What each page computed from the first results is checked with: the item page with its 相关报道.
AXE_FOUND = {"item": ".related li", "organisation": ".org-year", "partial matches": ".hit .missing",
             "did you mean": ".suggest a", "corrected": ".corrected a"}


def _axe(page) -> list[dict]:
    """axe-core's violations (default rules) on the page. Its context must bypass the CSP: the
    page's own policy forbids the injected script, as it forbids any other."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => {
        const result = await axe.run(document);
        return result.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_the_pages(server, browser, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN", color_scheme=scheme,
                                  bypass_csp=True)
    page = context.new_page()
    page.goto(server + "/search?q=服务外包")
    computed = {"item": page.locator(".hit h3 a").first.get_attribute("href"),
                "issue": page.locator(".hit .meta a").first.get_attribute("href"),
                "organisation": page.locator('.facet[data-facet="org"] a.org-page').first.get_attribute("href")}
    found = {}
    for name, path in AXE_PAGES.items():
        page.goto(server + (path or computed[name]))
        assert page.locator("h1").count() == 1, name  # one h1 a page
        assert page.locator(AXE_FOUND.get(name, "main")).count() >= 1, name  # what it is checked with
        found[name] = _axe(page)
    context.close()
    assert {name: v for name, v in found.items() if v} == {}


def test_axe_finds_no_violation_on_a_phone_with_the_filters_open(server, browser):
    phone = browser.new_context(**PHONE, bypass_csp=True).new_page()
    phone.goto(server + "/search?q=数字贸易")
    phone.get_by_role("button", name="筛选").tap()
    expect(phone.locator("#filters")).to_be_visible()
    assert _axe(phone) == []
    # and axe does see a fault when there is one (an unlabelled field)
    phone.evaluate("() => document.querySelector('#filters').append(document.createElement('input'))")
    assert "label" in [v["id"] for v in phone.evaluate(
        "async () => (await axe.run(document)).violations")]
    phone.context.close()


def test_a_keyboard_alone_reaches_results_then_filters_and_toggles_them(server, page):
    page.goto(server + "/search?q=服务外包")
    page.wait_for_selector(".hit")
    page.locator("#q").focus()
    order = []
    for _ in range(80):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => { const el = document.activeElement;
            if (el.closest('.hits')) return 'results';
            if (el.closest('.facets')) return 'filters';
            if (el.closest('.results-head')) return 'toolbar';
            if (el.closest('footer')) return 'footer';
            return 'other'; }""")
        if not order or order[-1] != where:
            order.append(where)
        if where == "footer":
            break
    assert order == ["other", "toolbar", "results", "filters", "footer"], order  # the 搜索 button first
    # A filter toggled from the keyboard says it is on, and keeps the focus where it was.
    page.locator('.facet[data-facet="section"] a', has_text="数据月报").focus()
    page.keyboard.press("Space")
    expect(page.locator('.facet[data-facet="section"] a[aria-pressed="true"]')).to_contain_text("数据月报")
    assert page.evaluate("document.activeElement.getAttribute('data-focus')") == "section=数据月报"
    expect(page.locator("#live-status")).to_contain_text("共 5 条结果")
    page.keyboard.press("Enter")
    expect(page.locator('.facet[data-facet="section"] a[aria-pressed="true"]')).to_have_count(0)


def test_a_long_facet_list_can_be_searched(server, page):
    page.goto(server + "/search?q=数字贸易")
    page.wait_for_selector(".hit")
    finder = page.get_by_label("在机构中查找")
    expect(finder).to_be_visible()
    values = page.locator('.facet[data-facet="org"] li .value').all_text_contents()
    target = values[-1]  # one of those behind 更多 (closed: no inner text yet)
    assert target and not page.locator('.facet[data-facet="org"] li', has_text=target).is_visible()
    finder.fill(target[:3])
    shown = page.locator('.facet[data-facet="org"] li:not([hidden]) .value').all_inner_texts()
    assert target in shown and all(target[:3].lower() in v.lower() for v in shown)
    assert len(shown) < len(values)
    assert page.locator('.facet[data-facet="org"] li', has_text=target).is_visible()


def test_print_shows_the_text_alone_and_dark_is_dark(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page = context.new_page()
    page.goto(server + "/search?q=服务外包")
    page.locator(".hit h3 a").first.click()
    page.wait_for_selector("article.item")
    assert page.evaluate("getComputedStyle(document.documentElement).backgroundColor") == "rgb(21, 24, 30)"
    for path in (page.url, page.locator(".item-meta dd a").first.get_attribute("href")):
        page.goto(path if path.startswith("http") else server + path)
        page.emulate_media(media="print")
        assert not page.locator("header.site").is_visible() and not page.locator("footer.site").is_visible()
        assert page.locator("h1").is_visible() or page.locator(".masthead").is_visible()
        assert page.evaluate("getComputedStyle(document.querySelector('main')).color") == "rgb(0, 0, 0)"
        page.emulate_media(media="screen")
        assert page.locator("header.site").is_visible()
    context.close()


def test_choosing_a_filter_far_down_the_page_keeps_the_reader_there(server, page):
    page.set_viewport_size({"width": 1280, "height": 500})
    page.goto(server + "/search?q=数字贸易")
    page.wait_for_selector(".hit")
    value = page.locator('.facet[data-facet="source"] a[aria-pressed="false"]').first
    value.scroll_into_view_if_needed()
    before = page.evaluate("window.scrollY")
    assert before > 200
    name = value.locator(".value").inner_text()
    value.click()
    expect(page.locator(".chip")).to_contain_text(f"来源：{name}")
    assert page.evaluate("window.scrollY") == before
    assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"
    expect(page.locator("#live-status")).to_have_text(re.compile(r"共 \d+ 条结果"))



# --- issue 20: the rough edges users found ---------------------------------------------------------

def test_an_old_link_past_the_last_page_shows_the_last_page_and_says_so(server, page):
    page.goto(server + "/search?q=数字贸易&page=99")
    last = page.locator('.pagination [aria-current="page"]').inner_text()
    expect(page.locator(".notice.past-end")).to_have_text(f"没有第 99 页：结果只有 {last} 页，这里显示的是最后一页。")
    assert int(last) > 1 and page.locator(".hit").count() > 0
    assert page.locator(".error-message").count() == 0
    api = page.request.get(server + "/api/search?q=数字贸易&page=99")
    assert api.status == 400 and api.json()["code"] == "past_last_page"  # the API keeps its 400


def _heights(page, selector: str) -> list[tuple[str, float]]:
    return page.locator(selector).evaluate_all(
        "els => els.map(e => [e.textContent.trim().slice(0, 16), e.getBoundingClientRect().height])")


def test_on_a_phone_result_titles_and_their_links_are_big_enough_to_tap(server, phone):
    page = phone
    page.goto(server + "/search?q=服务外包")
    page.wait_for_selector(".hit")
    for selector in (".hit h3 a", ".hit .meta a"):
        heights = _heights(page, selector)
        assert len(heights) >= 5 and [(t, h) for t, h in heights if h < 44] == [], selector
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_on_a_phone_back_closes_the_filter_sheet(server, phone):
    page = phone
    page.goto(server + "/search?q=数字贸易")
    page.wait_for_selector(".hit")
    start = page.url
    toggle = page.get_by_role("button", name="筛选")
    sheet = page.locator("#filters")
    toggle.tap()
    expect(sheet).to_be_visible()
    page.go_back()  # the phone's back gesture: the sheet closes, the page stays
    expect(sheet).to_be_hidden()
    assert page.url == start and toggle.get_attribute("aria-expanded") == "false"
    # A filter chosen in the sheet stays chosen when Back closes it; Back again undoes the filter.
    toggle.tap()
    chosen = page.locator('.facet[data-facet="year"] a[aria-pressed="false"]').first
    year = chosen.locator(".value").inner_text()
    chosen.tap()
    expect(page.locator(".chip")).to_contain_text(f"年份：{year}")
    page.go_back()
    expect(sheet).to_be_hidden()
    assert f"year={year}" in page.url
    expect(page.locator(".chip")).to_contain_text(f"年份：{year}")
    page.go_back()
    expect(page.locator(".chip")).to_have_count(0)
    assert page.url == start
    assert page.console_errors == []


def test_slash_finds_the_search_box_and_the_arrows_walk_the_results(server, page):
    page.goto(server + "/search?q=服务外包")
    page.wait_for_selector(".hit")
    page.locator("h1").click()  # the focus anywhere but in a field
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.evaluate("[document.activeElement.selectionStart, document.activeElement.selectionEnd]") == [0, 4]
    titles = page.locator(".hit h3 a").all_inner_texts()
    focused = "document.activeElement.textContent"
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == titles[0]
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == titles[2]
    page.keyboard.press("ArrowUp")
    assert page.evaluate(focused) == titles[1]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "q"  # up from the first result: the box again
    page.keyboard.press("End")
    page.keyboard.type("/")  # in the box, / is a character like any other
    assert page.input_value("#q") == "服务外包/"
    page.keyboard.press("Backspace")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")  # and the result the arrows reached opens
    expect(page.locator("article.item h1")).to_have_text(titles[0])


@pytest.mark.parametrize("link, header", [
    ("导出 CSV", "id,title,section,source,date,issue,issue_date,orgs,score,url,partial,missing"),
    ("CSV（中文表头）", "编号,标题,栏目,来源,日期,期号,出版日期,机构,相关度,网址,部分匹配,缺少")])
def test_the_csv_keeps_issues_as_text_and_offers_chinese_headers(server, page, link, header):
    import csv
    import io

    page.goto(server + "/search?q=服务外包&section=数据月报")
    with page.expect_download() as info:
        page.get_by_role("link", name=link, exact=True).click()
    raw = Path(info.value.path()).read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert ",".join(rows[0]) == header
    assert sorted(r[5] for r in rows[1:]) == ["2023年第11期", "2023年第8期", "2023年第9期", "2024年第5期", "2024年第6期"]
