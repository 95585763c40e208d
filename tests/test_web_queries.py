"""Queries as people type them, on the web (issue 17), through Flask's test client over the frozen
archive: the headline that counts full matches, 缺少 on partial hits, did-you-mean, the year facet
multi-select, feeds without partial hits, the CSV's partial and missing columns, related items and
organisation pages (an unknown one answers 404, never a 500).
"""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


def text_of(response) -> str:
    return response.get_data(as_text=True)


def visible(html: str) -> str:
    """The page's text without tags: what a reader sees."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- full and partial matches --------------------------------------------------------------------

def test_the_headline_counts_full_matches_and_the_partial_ones_apart(client):
    data = client.get("/api/search?q=人工智能 监管").get_json()
    full = [h for h in data["hits"] if not h["partial"]]
    assert data["total"] == len(full) > 0 and data["partial_total"] > 0
    text = visible(text_of(client.get("/search?q=人工智能 监管")))
    assert f"共 {data['total']} 条结果，另有 {data['partial_total']} 条部分匹配" in text
    # every partial hit says which of the query's words it lacks, as the JSON does
    lacks = re.findall(r"缺少： (\S+) ", text)
    assert lacks == ["、".join(h["missing"]) for h in data["hits"] if h["partial"]]
    assert lacks and all(w in ("人工智能", "监管") for line in lacks for w in line.split("、"))
    # the facets say what they count
    assert f"数字是完整匹配的条数，不含 {data['partial_total']} 条部分匹配" in text


def test_a_query_of_full_matches_only_has_the_plain_headline(client):
    text = visible(text_of(client.get("/search?q=服务外包")))
    assert "部分匹配" not in text and "缺少" not in text


def test_the_feed_leaves_partial_matches_out(client):
    data = client.get("/api/search?q=海外仓 日本&per_page=100&sort=date").get_json()
    full = [h["id"] for h in data["hits"] if not h["partial"]]
    assert data["partial_total"] > 0  # the search has partial matches…
    feed = ET.fromstring(client.get("/search.atom?q=海外仓 日本").data)
    entries = [e.find(ATOM + "link").get("href").rsplit("/items/", 1)[1] for e in feed.findall(ATOM + "entry")]
    assert entries == full  # …and the feed holds only the full ones, newest first


def test_the_csv_marks_partial_rows_and_what_they_lack(client):
    response = client.get("/search.csv?q=人工智能 监管")
    rows = list(csv.DictReader(io.StringIO(text_of(response).lstrip("\ufeff"))))
    data = client.get("/api/search?q=人工智能 监管&per_page=100").get_json()
    assert [r["id"] for r in rows] == [h["id"] for h in data["hits"]]  # full matches, then partial
    assert [(r["partial"], r["missing"]) for r in rows] == [
        ("true" if h["partial"] else "false", "；".join(h["missing"])) for h in data["hits"]]
    assert {r["partial"] for r in rows} == {"true", "false"}


# --- did you mean --------------------------------------------------------------------------------

def test_a_slip_that_finds_nothing_is_searched_corrected_and_says_so(client):
    data = client.get("/api/search?q=服贸汇").get_json()
    assert (data["suggest"], data["corrected"]) == ("服贸会", True) and data["total"] > 0
    html = text_of(client.get("/search?q=服贸汇&section=行业资讯"))
    text = visible(html)
    assert "没有找到“服贸汇”的结果，已显示“服贸会”的结果" in text
    assert "“服贸会”：共 " in text  # the headline counts what is shown
    # the hits lead to their items marked with the correction
    assert re.search(r'<h3><a href="/items/[^"?]+\?q=' + quote("服贸会"), html)
    # the way back to exactly what was typed keeps the filters, and is not corrected again…
    typed = re.search(r'仍然搜索：<a href="([^"]+)">服贸汇</a>', html)[1].replace("&amp;", "&")
    assert typed == "/search?q=" + quote("服贸汇") + "&section=" + quote("行业资讯") + "&correct=0"
    exact = text_of(client.get(typed))
    assert '<strong class="total">0</strong>' in exact and "已显示" not in exact
    box = exact.split('id="search-form"', 1)[1].split("</form>", 1)[0]
    assert 'name="correct"' not in box  # a new query typed in the box may be corrected again
    # …and still suggests the correction, as a link
    assert (f'您是不是要找：<a href="/search?q={quote("服贸会")}&amp;section={quote("行业资讯")}">服贸会</a>'
            in exact)
    assert client.get("/api/search?q=服贸汇&correct=0").get_json()["corrected"] is False


def test_a_slip_with_few_matches_gets_did_you_mean_with_a_link(client):
    data = client.get("/api/search?q=Googl").get_json()  # found inside Google, as characters
    assert (data["total"], data["suggest"], data["corrected"]) == (1, "google", False)
    html = text_of(client.get("/search?q=Googl"))
    assert '您是不是要找：<a href="/search?q=google">google</a>' in html
    assert "“Googl”：共 1 条结果" in visible(html)


def test_correct_takes_only_0_or_1(client):
    response = client.get("/api/search?q=服贸汇&correct=no")
    assert response.status_code == 400 and response.get_json()["param"] == "correct"


# --- facets and titles ---------------------------------------------------------------------------

def test_the_year_facet_is_multi_select(client):
    one = {y: client.get(f"/api/search?q=服务外包&year={y}").get_json()["total"] for y in ("2023", "2024")}
    both = client.get("/api/search?q=服务外包&year=2023&year=2024").get_json()
    assert both["total"] == one["2023"] + one["2024"] and all(one.values())
    html = text_of(client.get("/search?q=服务外包&year=2023"))
    # 2024 adds itself to the selection; 2023 removes itself
    assert (f'href="/search?q={quote("服务外包")}&amp;year=2023&amp;year=2024" role="button" '
            'aria-pressed="false" data-focus="year=2024"') in html
    assert f'class="swap selected" href="/search?q={quote("服务外包")}" role="button" aria-pressed="true" data-focus="year=2023"' in html
    assert "年份：2023" in visible(html)
    # a URL of the year facet before it took year= still works, and still shows the year chosen
    old = text_of(client.get("/search?q=服务外包&from=2023&to=2023"))
    assert f'class="swap selected" href="/search?q={quote("服务外包")}" role="button" aria-pressed="true" data-focus="year=2023"' in old


def test_a_year_that_is_no_year_is_a_clear_400(client):
    response = client.get("/search?q=服务外包&year=24")
    assert response.status_code == 400
    assert "参数 year 的值“24”不是年份：请写成 2024 这样" in text_of(response)
    assert client.get("/api/search?q=服务外包&year=abc").get_json()["code"] == "bad_year"


def test_titles_are_highlighted_as_snippets_are(client):
    html = text_of(client.get("/search?q=服务外包&section=数据月报"))
    titles = re.findall(r'<li class="hit">\s*<h3><a href="[^"]*">(.*?)</a></h3>', html)  # titled items
    assert len(titles) == 3 and all("<mark>服务外包</mark>" in t for t in titles)
    assert "<mark>" not in "".join(re.findall(r'<a href="[^"]*" class="untitled">(.*?)</a>', html))


# --- related items and organisations -------------------------------------------------------------

def _related(html: str) -> list[str]:
    part = html.split('id="related-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<a href="/items/([^"?]+)"', part)


def test_an_item_page_lists_related_items_from_other_issues(client, archive):
    hit = archive.search("服务外包").hits[0]
    item = archive.item(hit.id)
    html = text_of(client.get(f"/items/{item.id}"))
    assert "相关报道" in html
    related = _related(html)
    assert related and item.id not in related
    assert all(archive.item(r).issue.key != item.issue.key for r in related)


def test_an_organisation_has_a_page_its_items_newest_first_and_a_feed(client, archive):
    org = archive.org("商务部")
    html = text_of(client.get("/orgs/商务部"))
    assert "<h1>商务部</h1>" in html
    listed = re.findall(r'<li class="hit">\s*<h3><a href="/items/([^"?]+)"', html)
    assert sorted(listed) == sorted(h.id for h in org.items) and listed
    dates = [archive.item(i).date or archive.item(i).issue.date for i in listed]
    assert dates == sorted(dates, reverse=True)  # newest first, by the date each item reports
    feed_href = f"/orgs/{quote('商务部')}.atom"
    assert f'<link rel="alternate" type="application/atom+xml" title="订阅简报中的商务部（Atom）" href="{feed_href}">' in html
    # 订阅 leads a person to the page that says how to follow the feed
    subscribe = f"/orgs/{quote('商务部')}/subscribe"
    assert f'<a class="twin feed" href="{subscribe}">' in html
    page = text_of(client.get(subscribe))
    assert "订阅：商务部" in page and f'value="http://localhost{feed_href}" readonly' in page
    assert page.count('<li><a href="/items/') == min(20, len(listed))
    response = client.get(feed_href)
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.data)
    assert [e.find(ATOM + "link").get("href").rsplit("/items/", 1)[1] for e in feed.findall(ATOM + "entry")] == listed[:20]
    assert client.get(f"/api/orgs/{quote('商务部')}").get_json()["name"] == "商务部"


@pytest.mark.parametrize("name", ["世贸组织", "WTO", "wto"])
def test_an_organisation_is_reached_by_any_of_its_names(client, archive, name):
    canonical = archive.org(name).name
    assert canonical == "世界贸易组织"
    response = client.get(f"/orgs/{quote(name)}")  # one page per organisation: its canonical name's
    assert response.status_code == 302 and response.headers["Location"] == f"/orgs/{quote(canonical)}"
    assert f"<h1>{canonical}</h1>" in text_of(client.get(response.headers["Location"]))
    assert client.get(f"/orgs/{quote(name)}.atom").status_code == 200  # a feed answers by any name


def test_the_org_facet_and_an_items_organisations_link_to_their_pages(client, archive):
    html = text_of(client.get("/search?q=服务外包"))
    assert f'class="org-page" href="/orgs/{quote("商务部")}"' in html
    item = next(i for view in archive.issues() for i in archive.issue(view.meta.key).items if i.orgs)
    page = text_of(client.get(f"/items/{item.id}"))
    assert f'href="/orgs/{quote(item.orgs[0])}"' in page


@pytest.mark.parametrize("path", ["/orgs/没有这个机构", "/orgs/没有这个机构.atom", "/orgs/%20", "/orgs/" + "长" * 300,
                                  "/orgs/%3Cscript%3E"])
def test_an_unknown_organisation_is_a_404_page_never_a_500(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "没有找到" in text_of(response) and "<script>" not in text_of(response)


def test_an_unknown_organisation_in_the_api_is_a_404_json(client):
    response = client.get("/api/orgs/没有这个机构")
    assert response.status_code == 404
    assert response.get_json() == {"error": "档案里没有名为“没有这个机构”的机构", "kind": "organisation"}
