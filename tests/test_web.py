"""The web front end through Flask's test client, on an index of the real archive (built once).

Every route, the API's shapes (CONTRACT.md), and the errors: 400 for bad parameters, 404 for
unknown ids, escaped user input, the security headers, and never a 500.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from search import Filters
from webapp import create_app

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"  # frozen copy, never the live corpus/
FIVE_ISSUES = 5


# `index_dir` (the bundled corpus, indexed once per run) and `archive` come from conftest.py.



def text_of(response) -> str:
    return response.get_data(as_text=True)


def visible(html: str) -> str:
    """The page's text without tags: what a reader sees."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- pages ---------------------------------------------------------------------------------------

def test_home_page_is_an_overview_of_the_archive(client, archive):
    response = client.get("/")
    assert response.status_code == 200
    html = text_of(response)
    assert '<meta name="viewport"' in html
    assert f"共 {FIVE_ISSUES} 期、{archive.item_count} 条资讯" in html
    for view in archive.issues():
        assert f'href="/issues/{view.meta.key}"' in html
    assert 'href="/search?section=%E6%95%B0%E6%8D%AE%E6%9C%88%E6%8A%A5"' in html  # 按栏目浏览: 数据月报
    assert "索引更新于" in html and archive.indexed_at in html


def test_search_page_shows_highlighted_results_with_their_metadata(client, archive):
    response = client.get("/search?q=服务外包")
    assert response.status_code == 200
    html = text_of(response)
    page = archive.search("服务外包", Filters())
    assert f'<strong class="total">{page.total}</strong>' in html
    assert "<mark>服务外包</mark>" in html
    assert 'value="服务外包"' in html  # the box keeps the query
    first = page.hits[0]
    assert f'href="/items/{first.id}?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85"' in html
    assert first.issue.label in html
    assert "用时" in html and "毫秒" in html
    # the JSON twin and the CSV export of the same search
    assert 'href="/api/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85"' in html
    assert 'href="/search.csv?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85"' in html


def test_service_outsourcing_finds_the_monthly_data_of_every_issue(client, archive):
    data = client.get("/api/search?q=服务外包&section=数据月报").get_json()
    assert data["total"] == FIVE_ISSUES
    assert sorted(h["issue"]["year"] * 100 + h["issue"]["number"] for h in data["hits"]) == sorted(
        v.meta.year * 100 + v.meta.number for v in archive.issues())
    assert {h["section"] for h in data["hits"]} == {"数据月报"}


def test_facets_have_counts_toggle_links_and_chips(client):
    html = text_of(client.get("/search?q=服务外包"))
    section_link = 'href="/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85&amp;section=%E6%95%B0%E6%8D%AE%E6%9C%88%E6%8A%A5"'
    assert section_link in html
    for key, heading in (("section", "栏目"), ("issue", "期号"), ("year", "年份"), ("source", "来源"), ("org", "机构")):
        assert f'<h3 id="facet-{key}">{heading}</h3>' in html
    # each value is a toggle that says whether it is on
    assert html.count('aria-pressed="false" data-focus="section=') >= 3

    html = text_of(client.get("/search?q=服务外包&section=数据月报"))
    assert '<a class="chip swap" href="/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85"' in html  # removes the filter
    assert "栏目：数据月报" in html
    assert 'class="swap selected" href="/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85" role="button" aria-pressed="true"' in html
    # the search box carries the filter along when the query changes
    assert '<input type="hidden" name="section" value="数据月报">' in html


def test_multi_select_within_a_facet_means_either_value(client):
    one = client.get("/api/search?q=服务外包&section=数据月报").get_json()["total"]
    other = client.get("/api/search?q=服务外包&section=行业资讯").get_json()["total"]
    both = client.get("/api/search?q=服务外包&section=数据月报&section=行业资讯").get_json()
    assert both["total"] == one + other
    assert {h["section"] for h in both["hits"]} <= {"数据月报", "行业资讯"}


def test_a_filter_without_text_browses_newest_first(client):
    response = client.get("/search?section=数据月报")
    assert response.status_code == 200
    assert '<strong class="total">5</strong>' in text_of(response)
    data = client.get("/api/search?section=数据月报").get_json()
    dates = [h["issue"]["date"] for h in data["hits"]]
    assert dates == sorted(dates, reverse=True)


def test_year_facet_and_date_range_restrict_by_publication_date(client):
    data = client.get("/api/search?q=服务外包&from=2024&to=2024").get_json()
    assert data["total"] > 0
    assert {h["issue"]["year"] for h in data["hits"]} == {2024}
    html = text_of(client.get("/search?q=服务外包&from=2024&to=2024"))
    assert '<a class="chip swap" href="/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85" title="去掉这个条件">日期：2024<' in html
    assert 'id="date-from" name="from" value="2024"' in html
    html = text_of(client.get("/search?q=服务外包&from=2023-09&to=2024"))
    assert "起：2023-09" in html and "止：2024" in html


def test_sort_by_date_and_pagination(client):
    data = client.get("/api/search?q=服务外包&sort=date&per_page=100").get_json()
    dates = [h["issue"]["date"] for h in data["hits"]]
    assert dates == sorted(dates, reverse=True)
    total = data["total"]
    assert total > 2
    first = client.get("/api/search?q=服务外包&per_page=2").get_json()
    second = client.get("/api/search?q=服务外包&per_page=2&page=2").get_json()
    assert (first["page"], first["per_page"], second["page"]) == (1, 2, 2)
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}
    html = text_of(client.get("/search?q=服务外包&per_page=2"))
    assert '<nav class="pagination"' in html
    assert 'href="/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85&amp;per_page=2&amp;page=2" rel="next"' in html
    last = -(-total // 2)
    assert client.get(f"/api/search?q=服务外包&per_page=2&page={last}").status_code == 200
    beyond = client.get(f"/api/search?q=服务外包&per_page=2&page={last + 1}")
    assert beyond.status_code == 400
    assert beyond.get_json() == {"error": f"参数 page 超出了范围：收到的是 {last + 1}，结果只有 {last} 页",
                                 "code": "past_last_page", "param": "page", "value": last + 1, "limit": last}
    # An old link past the end: the page shows the last page and says so (the API keeps its 400).
    page = client.get(f"/search?q=服务外包&per_page=2&page={last + 1}")
    html = text_of(page)
    assert page.status_code == 200
    assert f'<p class="notice past-end">没有第 {last + 1} 页：结果只有 {last} 页，这里显示的是最后一页。</p>' in html
    assert f'<strong aria-current="page">{last}</strong>' in html
    assert html.count('<li class="hit">') == total - 2 * (last - 1)


def test_expansions_are_shown(client):
    data = client.get("/api/search?q=服贸会").get_json()
    html = text_of(client.get("/search?q=服贸会"))
    assert data["total"] > 0
    assert "也搜索了：" in html and "中国国际服务贸易交易会" in visible(html.split("也搜索了：")[1])[:200]


def test_nothing_found_shows_segmentation_and_ways_out_that_find_something(client):
    response = client.get("/search?q=服务外包 量子&section=协会动态")
    assert response.status_code == 200
    html = text_of(response)
    assert '<strong class="total">0</strong>' in html
    assert "没有找到相关资讯" in html and "查询被切分为" in html
    assert "去掉“栏目：协会动态”" in html
    ways = re.findall(r'<li><a href="([^"]+)">([^<]+)</a> <span class="count">(\d+) 条</span>', html.split('class="ways-out"')[1])
    assert len(ways) >= 2 and any("只搜“服务外包”" in label for _, label, _ in ways)
    for url, label, count in ways:  # every suggestion finds what it says (full and partial matches)
        data = client.get(url.replace("&amp;", "&").replace("/search?", "/api/search?")).get_json()
        assert data["total"] + data["partial_total"] == int(count) > 0, label


def test_no_suggestion_that_finds_nothing(client):
    html = text_of(client.get("/search?q=量子隐形传态&section=数据月报"))
    assert '<strong class="total">0</strong>' in html
    assert "ways-out" not in html and "可以试试" not in html  # nothing found either way: no dead ends
    assert "检索语法" in html


def test_an_unknown_filter_value_is_just_no_results(client):
    response = client.get("/api/search?q=服务外包&section=没有这个栏目")
    assert response.status_code == 200
    assert response.get_json()["total"] == 0


def test_item_page_highlights_the_query_and_links_its_issue_and_orgs(client, archive):
    hit = archive.search("服务外包", Filters()).hits[0]
    item = archive.item(hit.id)
    response = client.get(f"/items/{hit.id}?q=服务外包")
    assert response.status_code == 200
    html = text_of(response)
    assert "<mark>服务外包</mark>" in html
    assert f'href="/issues/{item.issue.key}"' in html
    assert "回到“服务外包”的结果" in html
    for org in item.orgs:
        assert f'href="/search?org={quote(org)}"' in html
    assert f'href="/api/items/{item.id}"' in html
    assert "ocr-note" not in html  # read from text, not recognised from a scan
    without_query = text_of(client.get(f"/items/{hit.id}"))
    assert "<mark>" not in without_query


def test_item_with_orgs_links_them_to_their_facet(client, archive):
    item = next(i for view in archive.issues() for i in archive.issue(view.meta.key).items if i.orgs)
    html = text_of(client.get(f"/items/{item.id}"))
    assert f'href="/search?org={quote(item.orgs[0])}"' in html


def test_issue_archive_lists_every_issue_by_year(client, archive):
    html = text_of(client.get("/issues"))
    years = sorted({v.meta.year for v in archive.issues()}, reverse=True)
    assert [int(y) for y in re.findall(r"<h2>(\d{4})</h2>", html)] == years
    for view in archive.issues():
        assert f'<a href="/issues/{view.meta.key}">{view.meta.label}</a>' in html


def test_issue_page_rebuilds_the_issue_in_order(client, archive):
    view = archive.issue("2023-11")
    html = text_of(client.get("/issues/2023-11"))
    assert "数字贸易简报" in html and "2023年第11期" in html
    assert "<h2>目录</h2>" in html
    titles = [i.title for i in view.items if i.title]
    positions = [html.index(f'">{t}</a></h3>') for t in titles]
    assert positions == sorted(positions)
    assert "大连企业绚丽亮相第二十五届高交会" in titles


@pytest.mark.parametrize("key", ["2023-11", "2024-05", "2024-06"])
def test_every_contents_line_links_to_its_item(client, archive, key):
    html = text_of(client.get(f"/issues/{key}"))
    toc = html.split('<nav class="toc"')[1].split("</nav>")[0]
    entries = sum(len(titles) for titles in archive.issue(key).toc.values())
    assert entries > 0
    assert toc.count('<li><a href="#item-') == entries


def test_help_page_explains_the_syntax(client):
    html = text_of(client.get("/help"))
    for token in ("OR", "-日本", "&#34;数字贸易&#34;", "繁体", "服贸会"):
        assert token in html or token.replace("&#34;", '"') in html


# --- API -----------------------------------------------------------------------------------------

def test_api_search_has_the_contract_shape(client):
    data = client.get("/api/search?q=服务外包").get_json()
    assert {"query", "total", "page", "per_page", "hits", "facets"} <= set(data)
    assert (data["query"], data["page"], data["per_page"]) == ("服务外包", 1, 10)
    assert set(data["facets"]) == {"section", "source", "org", "year", "issue"}
    assert all(isinstance(count, int) for counts in data["facets"].values() for count in counts.values())
    hit = data["hits"][0]
    assert {"id", "title", "section", "source", "date", "issue", "orgs", "snippet", "score"} <= set(hit)
    assert {"year", "number", "total", "date"} <= set(hit["issue"])
    for h in data["hits"]:
        assert "<" not in h["snippet"].replace("<mark>", "").replace("</mark>", "")


def test_api_item_is_one_line_of_parse_json(client, archive):
    hit = archive.search("服务外包", Filters()).hits[0]
    data = client.get(f"/api/items/{hit.id}").get_json()
    assert data == archive.item(hit.id).to_dict()
    assert {"id", "file", "issue", "section", "title", "source", "date", "orgs", "body", "lines"} <= set(data)


def test_healthz(client, archive):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "items": archive.item_count, "indexed_at": archive.indexed_at,
                                   "files": 5, "rejected": 0}


def test_api_stats_and_issues(client, archive):
    assert client.get("/api/stats").get_json() == archive.stats()
    issues = client.get("/api/issues").get_json()["issues"]
    assert [i["key"] for i in issues] == [v.meta.key for v in archive.issues()]
    one = client.get("/api/issues/2023-11").get_json()
    assert [i["id"] for i in one["items"]] == [i.id for i in archive.issue("2023-11").items]


def test_csv_export_of_a_result_set(client):
    response = client.get("/search.csv?q=服务外包&section=数据月报")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(text_of(response).lstrip("\ufeff"))))
    assert rows[0] == ["id", "title", "section", "source", "date", "issue", "issue_date", "orgs", "score", "url",
                       "partial", "missing"]
    ids = client.get("/api/search?q=服务外包&section=数据月报").get_json()["hits"]
    assert sorted(r[0] for r in rows[1:]) == sorted(h["id"] for h in ids)
    assert {r[2] for r in rows[1:]} == {"数据月报"}
    assert response.headers["X-Total-Count"] == str(len(rows) - 1)
    assert response.headers["X-Truncated"] == "false"


def test_csv_export_streams_in_relevance_order_and_stops_at_its_cap(index_dir):
    capped = create_app({"TESTING": True, "INDEX": str(index_dir), "CORPUS": str(CORPUS), "CSV_LIMIT": 3})
    client = capped.test_client()
    response = client.get("/search.csv?q=数字")
    assert response.is_streamed
    rows = list(csv.reader(io.StringIO(text_of(response).lstrip("\ufeff"))))
    total = client.get("/api/search?q=数字").get_json()["total"]
    assert total > 3
    assert (response.headers["X-Total-Count"], response.headers["X-Truncated"]) == (str(total), "true")
    top = client.get("/api/search?q=数字&per_page=3").get_json()["hits"]
    assert [r[0] for r in rows[1:]] == [h["id"] for h in top]  # the first three, in the page's order


# --- safety --------------------------------------------------------------------------------------

XSS = "<script>alert(1)</script>"


@pytest.mark.parametrize("url, status", [
    (f"/search?q={quote(XSS)}", 200),
    (f"/search?q=服务外包&section={quote(XSS)}", 200),
    (f"/search?q={quote(XSS)}&from=2023", 200),
    (f"/search?q=服务外包&from={quote(XSS)}", 400),
    (f"/items/x?q={quote(XSS)}", 404),
])
def test_user_input_stays_text(client, url, status):
    response = client.get(url)
    html = text_of(response)
    assert response.status_code == status
    assert "<script>alert" not in html
    if status != 404:  # where the page shows what was typed, it shows it escaped
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_query_is_escaped_in_results_and_item_pages(client, archive):
    html = text_of(client.get(f"/search?q={quote(XSS)}"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    hit = archive.search("服务外包", Filters()).hits[0]
    html = text_of(client.get(f"/items/{hit.id}?q={quote(XSS + ' 服务外包')}"))
    assert "<script>alert" not in html


@pytest.mark.parametrize("url", ["/", "/search?q=服务外包", "/help", "/issues", "/healthz",
                                 "/api/search?q=x", "/items/nope", "/search?per_page=0", "/static/style.css"])
def test_security_headers_on_every_answer(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_inline_script_or_style(client):
    html = text_of(client.get("/search?q=服务外包"))
    assert re.fullmatch(r'<script src="/assets/[0-9a-f]{12}/app.js" defer>', "".join(re.findall(r"<script[^>]*>", html)))
    assert "<style" not in html and " style=" not in html and " on" + "click=" not in html


def test_no_debug(app):
    assert app.debug is False


BAD_PARAMETERS = [
    ("per_page=0", "per_page"), ("per_page=101", "per_page"), ("per_page=abc", "per_page"),
    ("per_page=1e3", "per_page"), ("page=0", "page"), ("page=-1", "page"), ("page=x", "page"),
    ("page=１", "page"), ("sort=random", "sort"), ("from=2023-13", "from"), ("from=abc", "from"),
    ("to=2024-02-30", "to"), ("q=" + "数" * 201, "查询太长"),
]


@pytest.mark.parametrize("params,named", BAD_PARAMETERS)
def test_bad_parameters_answer_400_with_a_readable_page(client, params, named):
    response = client.get(f"/search?q=服务外包&{params}" if not params.startswith("q=") else f"/search?{params}")
    assert response.status_code == 400
    html = text_of(response)
    assert "请求有误" in html
    assert named in visible(html)


@pytest.mark.parametrize("params,named", BAD_PARAMETERS)
def test_bad_parameters_answer_400_with_one_json_error(client, params, named):
    response = client.get(f"/api/search?q=服务外包&{params}" if not params.startswith("q=") else f"/api/search?{params}")
    assert response.status_code == 400
    body = response.get_json()
    assert named in body["error"]
    assert body["param"] == ("q" if named == "查询太长" else named) and body["code"]


def test_api_search_without_query_or_filters_is_400(client):
    response = client.get("/api/search")
    assert response.status_code == 400
    assert "缺少查询" in response.get_json()["error"]


NO_PAGE = "没有这个页面。"
BAD_ID = "没有这条资讯：编号格式不对"


@pytest.mark.parametrize("path, message", [
    ("/items/nope", "档案里没有编号为“nope”的资讯"),
    ("/items/../../etc/passwd", NO_PAGE), ("/items/..%2F..%2Fetc%2Fpasswd", NO_PAGE),
    ("/items/%2e%2e", BAD_ID), ("/items/a%00b", BAD_ID), ("/items/" + "a" * 300, BAD_ID),
    ("/items/%E6%9C%8D", BAD_ID),
    ("/issues/2099-01", "档案里没有 2099-01 这一期"), ("/issues/../etc", NO_PAGE),
    ("/issues/2023-1", "没有这一期：期号应写成 2024-05 这样"), ("/no/such/page", NO_PAGE),
])
def test_unknown_or_malformed_ids_are_404_and_say_what_is_missing(client, path, message):
    response = client.get(path)
    assert response.status_code == 404
    html = text_of(response)
    assert f'<p class="error-message">{escape(message)}</p>' in html


@pytest.mark.parametrize("path", ["/api/items/nope", "/api/items/..%2Fetc", "/api/issues/2099-01"])
def test_api_unknown_ids_are_404_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    body = response.get_json()
    assert body["error"].startswith(("档案里没有", "没有这")) and set(body) <= {"error", "kind"}


def test_wrong_method_is_405_not_500(client):
    assert client.post("/search?q=x").status_code == 405
    assert client.post("/api/search?q=x").get_json() == {"error": "不支持这种请求方法。"}


ODD_QUERIES = ['"', '""', '"服务', "-", "--", "- 服务", "OR", "OR OR", "服务 OR", "AND NOT", "*", "?", "(", ")",
               "服务外包)", "\\", "%", "%%", "\x00", "a\x00b", "🙂", "　", "ＯＲ", "服務外包", "-服务外包",
               "服务外包 -服务外包", "title:x", "a" * 200, "数字贸易" * 10, "'; DROP TABLE", "{{7*7}}", "<b>"]


@pytest.mark.parametrize("q", ODD_QUERIES)
def test_no_query_ever_gives_a_500(client, q):
    for route in ("/search", "/api/search", "/search.csv", "/search.atom"):
        response = client.get(route, query_string={"q": q})
        assert response.status_code in (200, 400), (route, q, text_of(response)[:300])
    for route in ("/search", "/api/search"):  # while typing, too
        response = client.get(route, query_string={"q": q, "live": "1"})
        assert response.status_code in (200, 400), (route, q, text_of(response)[:300])
    assert 'value="{{7*7}}"' in text_of(client.get("/search", query_string={"q": "{{7*7}}"}))  # not evaluated


def test_odd_filter_values_never_give_a_500(client):
    for params in ({"issue": "2023-99"}, {"issue": "x"}, {"org": "\x00"}, {"from": "2024", "to": "2023"},
                   {"from": "0000"}, {"to": "9999-12-31"}, {"source": "'"}, {"section": ["a"] * 20}):
        response = client.get("/api/search", query_string={"q": "服务外包", **params})
        assert response.status_code in (200, 400), (params, text_of(response))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=30), section=st.text(max_size=8), page=st.text(max_size=4), to=st.text(max_size=10),
       live=st.sampled_from(["", "1"]))
def test_no_input_at_all_ever_gives_a_500(client, q, section, page, to, live):
    response = client.get("/api/search", query_string={"q": q, "section": section, "page": page, "to": to, "live": live})
    data = response.get_json()
    if response.status_code == 200:
        assert {"query", "total", "hits", "facets"} <= set(data)
    else:
        assert response.status_code == 400, data
        assert data["error"] and data["code"] and data["param"] in {"q", "section", "page", "to", "from"}
        if live:  # a query being typed is never refused for its syntax
            assert data["code"] not in ("unbalanced_quote", "unbalanced_parenthesis") and "没有配对" not in data["error"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=40))
def test_no_file_name_ever_gives_a_500(client, name):
    response = client.get("/files/" + quote(name, safe=""), follow_redirects=True)
    assert response.status_code in (200, 404, 400)


def test_the_last_resort_handler_keeps_the_error_shape(index_dir):
    app = create_app({"INDEX": str(index_dir)})

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret detail")

    response = app.test_client().get("/api/boom")
    assert (response.status_code, response.get_json()) == (500, {"error": "服务器内部错误，请稍后再试。",
                                                                  "request_id": response.headers["X-Request-Id"]})
    assert "secret detail" not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/api/trouble", "/trouble"])
def test_the_503_never_echoes_the_libraries_own_words(index_dir, path):
    from search.errors import SearchError
    app = create_app({"INDEX": str(index_dir)})

    @app.get(path)
    def trouble():
        raise SearchError("cannot open /srv/secret/index/gen-0003: Permission denied")

    response = app.test_client().get(path)
    body = response.get_data(as_text=True)
    assert response.status_code == 503
    assert "暂时无法检索，请稍后再试。" in body
    assert "secret" not in body and "Permission" not in body


def test_without_an_index_pages_say_so(tmp_path):
    app = create_app({"TESTING": True, "INDEX": str(tmp_path / "none")})
    client = app.test_client()
    page = client.get("/search?q=x")
    assert page.status_code == 503
    assert "jianbao index" in text_of(page)
    assert client.get("/healthz").get_json() == {"error": "还没有索引：请先运行 jianbao index 建立索引。"}


@pytest.mark.parametrize("params,message", [
    ("q=x&from=2023-13", "参数 from 的值“2023-13”不是真实存在的日期"),
    ("q=x&to=abc", "参数 to 的值“abc”不是日期：请写成 2023、2023-09 或 2023-09-30"),
    ("q=x&from=2024&to=2023", "起始日期 from=2024 晚于结束日期 to=2023"),
    ("q=x&issue=2023-99", "参数 issue 的值“2023-99”不是期号：请写成 2024-05 这样"),
    ("q=-", "查询里没有可以检索的词语（只有标点或空格）"),
    ("q=x&per_page=500", "参数 per_page 必须在 1 到 100 之间，收到的是 500"),
    ("q=x&sort=new", "参数 sort 只能是 relevance（相关度）或 date（日期），收到的是“new”"),
])
def test_errors_are_told_in_chinese_exactly(client, params, message):
    assert client.get("/api/search?" + params).get_json()["error"] == message
    html = text_of(client.get("/search?" + params))
    assert f'<p class="error-message">{escape(message)}</p>' in html
    assert 'id="q" name="q" type="search" value="' in html  # the box keeps the query to fix it


def test_an_index_of_another_version_answers_503_with_the_remedy(stale_index):
    from webapp import create_app
    index = stale_index
    client = create_app({"INDEX": str(index), "TESTING": True}).test_client()
    api = client.get("/api/search?q=数字")
    assert api.status_code == 503
    assert api.get_json() == {"error": "索引是旧版本建立的：请运行 jianbao index 重建索引。"}
    page = client.get("/search?q=数字")
    assert page.status_code == 503 and "jianbao index" in page.get_data(as_text=True)


def test_a_bad_query_page_keeps_the_filters_that_were_not_the_problem(client):
    page = client.get('/search?q="数字&section=行业资讯&from=2023&to=bad')
    assert page.status_code == 400
    html = page.get_data(as_text=True)
    assert '<input type="hidden" name="section" value="行业资讯">' in html
    assert '<input type="hidden" name="from" value="2023">' in html
    assert 'name="to"' not in html  # the bad one is left out


# --- issue 11: live search, state, originals, feeds, assets -------------------------------------

def test_a_query_is_searched_leniently_on_the_page_typed_or_submitted_and_strictly_by_the_api(client):
    typed = '数字贸易 "服务外'
    live = client.get("/search", query_string={"q": typed, "live": "1"})
    assert live.status_code == 200
    html = text_of(live)
    assert int(re.search(r'<strong class="total">(\d+)', html).group(1)) > 0
    assert "引号没有配对" not in html
    assert "live" not in html.split('id="results"')[1]  # links and the box never carry live=1
    # Enter is as lenient as typing, and says how the query was read; the box keeps what was typed.
    submitted = text_of(client.get("/search", query_string={"q": typed}))
    assert int(re.search(r'<strong class="total">(\d+)', submitted).group(1)) == \
        int(re.search(r'<strong class="total">(\d+)', html).group(1))
    assert ('<p class="notice read-as">查询没有写完整（如引号没有配对）：已按 <span class="term">数字贸易 &#34;服务外&#34;'
            '</span> 检索。</p>') in submitted
    assert 'value="数字贸易 &#34;服务外"' in submitted
    api = client.get("/api/search", query_string={"q": typed, "live": "1"})
    assert api.status_code == 200 and api.get_json()["total"] > 0
    strict = client.get("/api/search", query_string={"q": typed})
    assert strict.status_code == 400 and strict.get_json()["error"] == '引号没有配对：短语要用一对引号括起来，如 "数字贸易"'


def test_result_links_remember_the_search_and_the_item_page_leads_back(client):
    html = text_of(client.get("/search?q=服务外包&section=数据月报&sort=date&per_page=2&page=2"))
    link = re.search(r'<h3><a href="(/items/[^"]+)"', html).group(1).replace("&amp;", "&")
    assert "section=" in link and "sort=date" in link and "per_page=2" in link and "page=2" in link
    item_html = text_of(client.get(link))
    back = re.search(r'<a class="back" href="([^"]+)">← 回到“服务外包”的结果</a>', item_html).group(1)
    assert back.replace("&amp;", "&") == ("/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85&section=%E6%95%B0%E6%8D%AE%E6%9C%88%E6%8A%A5"
                                          "&sort=date&per_page=2&page=2")
    # previous and next within the issue keep the same way back
    nxt = re.search(r'<a class="next" href="([^"]+)" rel="next">', item_html)
    prv = re.search(r'<a class="prev" href="([^"]+)" rel="prev">', item_html)
    assert nxt or prv
    neighbour = text_of(client.get((nxt or prv).group(1).replace("&amp;", "&")))
    assert 'class="back"' in neighbour and "sort=date" in neighbour


def test_previous_and_next_walk_the_issue_in_order(client, archive):
    view = archive.issue(archive.issues()[0].meta.key)
    ids = [it.id for it in view.items]
    seen, url = [], f"/items/{ids[0]}"
    while url:
        html = text_of(client.get(url))
        seen.append(url.split("/items/")[1].split("?")[0])
        found = re.search(r'<a class="next" href="([^"]+)" rel="next">', html)
        url = found.group(1) if found else None
    assert seen == ids
    assert 'rel="prev"' not in text_of(client.get(f"/items/{ids[0]}"))


def test_untitled_items_are_named_by_their_first_words(client, archive):
    html = text_of(client.get("/search?section=协会动态"))
    names = re.findall(r'<h3><a href="[^"]+" class="untitled">([^<]+)</a>', html)
    assert len(names) == 10 and len(set(names)) == 10
    assert all(n.startswith("协会动态：") for n in names)


def test_the_original_file_is_served_with_its_type(client, archive):
    item = archive.search("服务外包").hits[0]
    found = archive.item(item.id)
    html = text_of(client.get(f"/items/{found.id}"))
    assert f'<a class="original" href="/files/{found.file}"' in html and "下载原文" in html
    response = client.get(f"/files/{found.file}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.data == (CORPUS / found.file).read_bytes()
    assert "filename*=UTF-8''" in response.headers["Content-Disposition"]
    issue_html = text_of(client.get(f"/issues/{found.issue.key}"))
    assert f'href="/files/{found.file}"' in issue_html


@pytest.mark.parametrize("name", ["../pyproject.toml", "..%2Fpyproject.toml", "%2Fetc%2Fpasswd", "/etc/passwd",
                                  "nothing.txt", ".", "..", "000_5858f990df9ebe1c.txt%00", "a/b.txt",
                                  "..\\pyproject.toml"])
def test_only_files_of_the_corpus_are_served(client, name):
    response = client.get("/files/" + name, follow_redirects=True)  # // is merged by a redirect first
    assert response.status_code == 404
    assert "root:" not in text_of(response) and "[project]" not in text_of(response)


@pytest.mark.parametrize("kind, mimetype", [
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("pdf", "application/pdf"),
])
def test_a_pdf_or_word_original_is_served_as_itself(tmp_path, kind, mimetype):
    from search.index.reindex import update_index
    from tests.test_readers import CJK_FONT, make_docx, make_pdf
    if kind == "pdf" and not CJK_FONT.exists():
        pytest.skip(f"the CJK font {CJK_FONT} is not installed")
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    text = (CORPUS / "000_5858f990df9ebe1c.txt").read_text(encoding="utf-8")
    path = (make_docx if kind == "docx" else make_pdf)(text, corpus / f"000_briefing.{kind}")
    assert update_index(corpus, index).ok
    client = create_app({"TESTING": True, "INDEX": str(index), "CORPUS": str(corpus)}).test_client()
    html = text_of(client.get("/issues/2023-11"))
    assert f'<a class="original" href="/files/{path.name}" download="数字贸易简报 2023年第11期.{kind}">下载原文</a>' in html
    response = client.get(f"/files/{path.name}")
    assert response.status_code == 200
    assert response.mimetype == mimetype and response.data == path.read_bytes()
    path.unlink()  # listed by the index, but gone from the corpus: a 404, not a 500
    assert client.get(f"/files/{path.name}").status_code == 404


def test_a_saved_web_page_original_is_downloaded_never_rendered(tmp_path):
    """A saved page (anyone's upload) is served as bytes to download: never as a page of the archive's
    own origin, where its scripts would run, and never through the text decoder."""
    from html import escape

    from search.index.reindex import update_index
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    text = (CORPUS / "000_5858f990df9ebe1c.txt").read_text(encoding="utf-8")
    page = ("<html><head><script>alert(1)</script></head><body>"
            + "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip()) + "</body></html>")
    path = corpus / "000_briefing.html"
    path.write_text(page, encoding="utf-8")
    assert update_index(corpus, index).ok
    client = create_app({"TESTING": True, "INDEX": str(index), "CORPUS": str(corpus)}).test_client()
    response = client.get(f"/files/{path.name}")
    assert response.status_code == 200 and response.data == path.read_bytes()
    assert response.mimetype == "application/octet-stream"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_text_original_in_another_encoding_reaches_the_browser_as_utf8(tmp_path):
    import shutil

    from search.index.reindex import update_index
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    name = "000_5858f990df9ebe1c.txt"
    text = (CORPUS / name).read_text(encoding="utf-8")
    (corpus / name).write_bytes(text.encode("gb18030"))
    assert update_index(corpus, index).ok
    client = create_app({"TESTING": True, "INDEX": str(index), "CORPUS": str(corpus)}).test_client()
    response = client.get(f"/files/{name}")
    assert response.status_code == 200 and response.data.decode("utf-8") == text


ATOM = "{http://www.w3.org/2005/Atom}"


def test_every_search_has_an_atom_feed_of_its_newest_items(client, archive):
    import xml.etree.ElementTree as ET

    html = text_of(client.get("/search?q=服务外包&section=数据月报"))
    assert ('<link rel="alternate" type="application/atom+xml" title="订阅这个检索（Atom）" '
            'href="/search.atom?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85&amp;section=%E6%95%B0%E6%8D%AE%E6%9C%88%E6%8A%A5">') in html
    assert '<a class="twin feed" href="/subscribe?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85&amp;section=' in html
    response = client.get("/search.atom?q=服务外包&section=数据月报")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.data)
    assert feed.tag == ATOM + "feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(ATOM + required) is not None, required
    assert feed.find(ATOM + "link[@rel='self']").get("href").endswith("/search.atom?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85&section=%E6%95%B0%E6%8D%AE%E6%9C%88%E6%8A%A5")
    entries = feed.findall(ATOM + "entry")
    assert len(entries) == 5
    updated = [e.find(ATOM + "updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)  # newest first
    for entry in entries:
        assert entry.find(ATOM + "id").text and entry.find(ATOM + "title").text
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", entry.find(ATOM + "updated").text)
        href = entry.find(ATOM + "link").get("href")
        item_id = href.split("/items/")[1]
        assert archive.item(item_id).section == "数据月报"
        assert client.get(href.replace("http://localhost", "")).status_code == 200


def test_a_feed_of_nothing_or_of_a_bad_query_is_a_clear_error(client):
    assert client.get("/search.atom").status_code == 400
    response = client.get('/search.atom?q="数字')
    assert response.status_code == 400 and "引号没有配对" in text_of(response)


def test_static_assets_have_versioned_names_cached_for_a_year(client):
    html = text_of(client.get("/"))
    for name in ("style.css", "app.js", "favicon.svg"):
        url = re.search(rf'"(/assets/[0-9a-f]{{12}}/{re.escape(name)})"', html).group(1)
        response = client.get(url)
        assert response.status_code == 200
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        stale = client.get(url.replace(url.split("/")[2], "000000000000"))
        assert stale.status_code == 200 and stale.headers["Cache-Control"] == "no-cache"
        assert stale.data == response.data
    assert client.get("/assets/000000000000/nothing.css").status_code == 404


@pytest.mark.parametrize("url", ["/search?q=服务外包", "/api/search?q=服务外包", "/issues", "/search.atom?q=服务外包"])
def test_text_answers_are_gzipped_for_clients_that_accept_it(client, url):
    import gzip
    plain = client.get(url)
    packed = client.get(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert "Content-Encoding" not in plain.headers
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert len(packed.data) < len(plain.data) / 2
    body = gzip.decompress(packed.data)
    if "search?" in url and "api" not in url:  # the timing differs between the two answers
        body, plain_data = re.sub(rb"\d+ \xe6\xaf\xab\xe7\xa7\x92", b"", body), re.sub(rb"\d+ \xe6\xaf\xab\xe7\xa7\x92", b"", plain.data)
        assert body == plain_data
    else:
        assert body[:40] == plain.data[:40]


def test_small_answers_are_not_gzipped(client):
    response = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in response.headers


def test_the_footer_tells_the_time_as_people_read_it(client, archive):
    from webapp.viewmodels import humantime
    assert humantime("2026-11-30T09:05:00+00:00") == "2026年11月30日 17:05"
    assert humantime("not a time") == "not a time"
    html = text_of(client.get("/help"))
    shown = re.search(r'<time datetime="[^"]+">([^<]+)</time>', html.split("<footer")[1]).group(1)
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", shown)


def test_the_feed_is_ordered_by_the_dates_its_items_report_never_a_founding_date(client):
    import xml.etree.ElementTree as ET

    feed = ET.fromstring(client.get("/search.atom?section=会员风采").data)
    updated = [e.find(ATOM + "updated").text for e in feed.findall(ATOM + "entry")]
    assert updated == sorted(updated, reverse=True) and len(updated) == 6
    assert min(updated) >= "2023-08"  # 安永 成立于 2009 年 6 月 19 日: a date the item only mentions
    html = text_of(client.get("/search?q=安永"))
    assert "2009-06-19" not in html


def test_the_subscribe_page_says_how_to_follow_a_search(client):
    html = text_of(client.get("/subscribe?q=服务外包&section=数据月报"))
    feed = "/search.atom?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85&amp;section=%E6%95%B0%E6%8D%AE%E6%9C%88%E6%8A%A5"
    assert f'<link rel="alternate" type="application/atom+xml" title="订阅这个检索（Atom）" href="{feed}">' in html
    assert f'value="http://localhost{feed}" readonly' in html
    assert html.count('<li><a href="/items/') == 5
    assert client.get("/subscribe").status_code == 400


@pytest.mark.parametrize("url, header", [
    ("/search.csv?q=服务外包&section=数据月报", ["id", "title", "section", "source", "date", "issue", "issue_date",
                                          "orgs", "score", "url", "partial", "missing"]),
    ("/search.csv?q=服务外包&section=数据月报&headers=zh", ["编号", "标题", "栏目", "来源", "日期", "期号", "出版日期",
                                                     "机构", "相关度", "网址", "部分匹配", "缺少"]),
])
def test_csv_issues_stay_text_in_a_spreadsheet_and_headers_come_in_chinese_too(client, url, header):
    rows = list(csv.reader(io.StringIO(text_of(client.get(url)).lstrip("\ufeff"))))
    assert rows[0] == header
    # 2023-08 would be the date August 2023 in Excel: the issue as people name it, nothing hidden
    assert {r[5] for r in rows[1:]} == {"2023年第8期", "2023年第9期", "2023年第11期", "2024年第5期", "2024年第6期"}
    assert all(r[6][:4] in r[5] for r in rows[1:])  # beside it, the issue's date, a date to sort by
    html = text_of(client.get("/search?q=服务外包&section=数据月报"))
    assert '>CSV（中文表头）</a>' in html and "&amp;headers=zh" in html
    assert client.get("/search.csv?q=服务外包&headers=fr").status_code == 400
