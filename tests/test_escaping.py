"""Text with `<`, `>` and `&` in it (tests/data/markup/): snippets, pages and the API show it as text.

The archive's own five issues have none of these characters, so escaping is tested on an issue
that has them: an HTML tag quoted in a story, R&D and AT&T, `>100 亿元`, `<50 家`.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from search.index.reindex import update_index
from search.query.archive import Archive

MARKUP = Path(__file__).resolve().parent / "data" / "markup"


@pytest.fixture(scope="module")
def markup_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("markup-index")
    report = update_index(MARKUP, path)
    assert report.ok and report.items == 2, report.summary()
    return path


@pytest.fixture(scope="module")
def markup_archive(markup_index):
    archive = Archive(markup_index)
    yield archive
    archive.close()


@pytest.fixture(scope="module")
def markup_client(markup_index):
    from webapp import create_app
    return create_app({"TESTING": True, "INDEX": str(markup_index), "CORPUS": str(MARKUP)}).test_client()


def unmarked(snippet: str) -> str:
    return re.sub(r"</?mark>", "", snippet)


@pytest.mark.parametrize("query, marked, around", [
    ("安全隐患", "<mark>安全隐患</mark>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("R&D", "<mark>R&amp;D</mark>", "A&amp;B"),
    ("AT&T", "<mark>AT&amp;T</mark>", "R&amp;D"),
    ("算力", "<mark>算力</mark>", "&amp;"),
    ("亿元", "<mark>亿元</mark>", "&gt;100"),
])
def test_snippets_escape_the_text_and_mark_the_right_place(markup_archive, query, marked, around):
    page = markup_archive.search(query)
    assert page.total >= 1
    snippet = page.hits[0].snippet
    assert marked in snippet and around in snippet, snippet
    assert "<" not in unmarked(snippet) and ">" not in unmarked(snippet)
    assert re.search(r"&(?!amp;|lt;|gt;|quot;|#x27;|#39;)", unmarked(snippet)) is None  # no bare &


def test_titles_and_bodies_are_escaped_on_pages_and_kept_as_text_in_json(markup_client, markup_archive):
    html = markup_client.get("/search?q=安全隐患").get_data(as_text=True)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "开发者社区讨论&lt;script&gt;标签与R&amp;D投入" in html  # the title
    data = markup_client.get("/api/search?q=安全隐患").get_json()
    assert data["hits"][0]["title"] == "开发者社区讨论<script>标签与R&D投入"  # JSON carries the text itself
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in data["hits"][0]["snippet"]  # the snippet is HTML
    item_id = data["hits"][0]["id"]
    page = markup_client.get(f"/items/{item_id}?q=R%26D").get_data(as_text=True)
    assert "<script>alert" not in page and "<mark>R&amp;D</mark>" in page
    assert markup_client.get(f"/api/items/{item_id}").get_json()["body"].count("<script>") == 1
