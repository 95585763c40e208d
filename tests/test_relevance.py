"""Relevance (issue 12): full matches first, then the best partial ones; organisations and outlets by
every name; concept groups; and the judged query set scored against a character-bigram baseline."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT, parse_corpus
from search import analyze
from jianbao.cli import main

sys.path.insert(0, str(ROOT / "bench"))
import bench_relevance  # noqa: E402


@pytest.fixture(scope="module")
def items(corpus_dir):
    issues, errors = parse_corpus(sorted(corpus_dir.glob("*.txt")))
    assert not errors
    return [item for issue in issues for item in issue.items]


def containing(items, needle):
    n = analyze.normalize(needle)
    return {i.id for i in items if n in analyze.normalize(f"{i.title or ''}\n{i.body}")}


# --- full matches first, then the best partial matches -------------------------------------

def test_few_full_matches_are_followed_by_partial_ones_marked_as_such(archive, items):
    hits = list(archive.export("美国 出口管制")[1])
    full = [h.id for h in hits if not h.partial]
    partial = [h.id for h in hits if h.partial]
    assert set(full) == containing(items, "美国") & containing(items, "出口管制")
    assert 0 < len(full) < 10
    assert [h.partial for h in hits] == [False] * len(full) + [True] * len(partial)
    # every partial hit holds some word of the query (出口管制 is 出口 / 管制 to its partial matches)
    some = containing(items, "美国") | containing(items, "出口") | containing(items, "管制")
    assert partial and set(partial) <= some - set(full)
    page = archive.search("美国 出口管制")
    assert (page.total, page.partial_total) == (len(full), len(partial))  # counted apart


def test_partial_matches_holding_the_rarer_word_come_first(archive, items):
    rare, common = containing(items, "海外仓"), containing(items, "协会")
    assert len(rare) < len(common) and not rare & common  # what the test stands on
    hits = list(archive.export("海外仓 协会")[1])
    assert all(h.partial for h in hits)
    assert [h.id for h in hits[:len(rare)]] == sorted(rare, key=lambda i: [h.id for h in hits].index(i))
    assert {h.id for h in hits[:len(rare)]} == rare
    assert {h.id for h in hits} == rare | common


def test_an_empty_page_only_when_no_word_occurs_anywhere(archive):
    page = archive.search("海外仓 qqzxjv")
    assert (page.total, page.partial_total) == (0, 1) and page.hits[0].partial
    assert page.hits[0].missing == ["qqzxjv"]
    empty = archive.search("qqzxjv zzqxv")
    assert (empty.total, empty.partial_total) == (0, 0)


def test_partial_flag_in_json_and_divider_on_the_command_line(index_dir):
    run = CliRunner().invoke(main, ["search", "美国 出口管制", "--json", "--per-page", "100",
                                    "--index", str(index_dir)])
    data = json.loads(run.output)
    flags = [h["partial"] for h in data["hits"]]
    assert False in flags and True in flags
    text = CliRunner().invoke(main, ["search", "美国 出口管制", "--per-page", "100",
                                     "--index", str(index_dir)]).output
    assert text.count("—— 部分匹配 ——") == 1
    before, after = text.split("—— 部分匹配 ——")
    first_partial = next(h for h in data["hits"] if h["partial"])
    assert first_partial["title"] in after and first_partial["title"] not in before


# --- organisations and outlets by every name -----------------------------------------------

def test_every_organisation_searched_by_its_canonical_name_finds_its_items(archive, items):
    orgs = {o for i in items for o in i.orgs}
    assert len(orgs) > 100
    missing = {}
    for org in sorted(orgs):
        carrying = {i.id for i in items if org in i.orgs}
        found = {h.id for h in list(archive.export(org)[1])}
        if not carrying <= found:
            missing[org] = sorted(carrying - found)
    assert missing == {}


def test_the_canonical_name_finds_items_that_write_another_form(archive, items):
    # the items say 市商务局; the facet and the gazetteer say 大连市商务局
    carrying = {i.id for i in items if "大连市商务局" in i.orgs}
    assert carrying - containing(items, "大连市商务局")
    page = archive.search("大连市商务局", per_page=100)
    assert {h.id for h in page.hits if not h.partial} >= carrying
    assert any("<mark>市商务局</mark>" in h.snippet for h in page.hits)


def test_an_outlet_named_by_source_lines_finds_its_items(archive, items):
    by_source = {i.id for i in items if i.source == "国际商报"}
    assert by_source and not by_source & containing(items, "国际商报")
    assert {h.id for h in list(archive.export("国际商报")[1]) if not h.partial} == by_source


# --- concept groups ------------------------------------------------------------------------

def test_concept_groups_widen_the_query_below_the_typed_word_and_are_shown(archive, items):
    page = archive.search("外资", per_page=100)
    assert "外商投资" in page.expansions
    found = {h.id for h in page.hits}
    assert found >= containing(items, "外资") | containing(items, "外商投资")
    widened = containing(items, "外商投资") - containing(items, "外资")
    assert widened
    # an item found through the group ranks below one with the word typed, other things equal
    first_widened = min(i for i, h in enumerate(page.hits) if h.id in widened)
    assert page.hits[0].id in containing(items, "外资") and first_widened > 0


@pytest.fixture(scope="module")
def client(index_dir, corpus_dir):
    from webapp import create_app
    return create_app({"TESTING": True, "INDEX": str(index_dir), "CORPUS": str(corpus_dir)}).test_client()


def test_concept_groups_are_shown_on_the_page(client):
    html = client.get("/search?q=数据出境").get_data(as_text=True)
    assert "也搜索了" in html and "数据跨境" in html


def test_the_page_shows_a_divider_before_the_partial_matches(client):
    html = client.get("/search?q=美国 出口管制&per_page=100").get_data(as_text=True)
    assert html.count('class="partial-divider"') == 1
    data = client.get("/api/search?q=美国 出口管制&per_page=100").get_json()
    first_partial = next(h for h in data["hits"] if h["partial"])
    last_full = [h for h in data["hits"] if not h["partial"]][-1]
    divider = html.index('class="partial-divider"')
    # by their links: the titles themselves are marked on the page
    assert html.index(f'/items/{last_full["id"]}?') < divider < html.index(f'/items/{first_partial["id"]}?')
    assert "部分匹配" in html[divider:divider + 200]


# --- the judged query set ------------------------------------------------------------------

def test_judged_query_set_ranks_above_the_bigram_baseline(archive, items):
    judged = bench_relevance.load_judgements(items)
    assert len(judged) >= 60
    ours = bench_relevance.score(bench_relevance.jianbao_run(archive, judged), judged)
    base = bench_relevance.score(bench_relevance.baseline_run(items, judged), judged)
    assert ours["ndcg10"] >= base["ndcg10"] + 0.02, (ours["ndcg10"], base["ndcg10"])
    assert ours["zero"] == [q for q in ours["zero"] if bench_relevance.occurs_nowhere(q, items)]


def test_an_excluded_words_concept_groups_are_neither_shown_nor_marked(archive):
    page = archive.search("数字贸易 -外资", per_page=100)
    assert page.expansions == []
    assert page.total and not any("<mark>外商投资</mark>" in h.snippet for h in page.hits)


def test_queries_as_people_type_them_meet_their_targets(archive, items):
    """Issue 17's "done when", per kind (bench_relevance.TARGETS): Latin words whole in 95 %, questions
    nDCG@10 0.93 with the answer in the top 3 for 95 %, IME slips found or corrected in 85 %, at most 10
    hits resting on stop characters over the nonsense queries, mixed scripts 0.95, a pasted sentence
    finding its item first, organisation names in any form 0.9, the ordinary judged set 0.95."""
    judged = bench_relevance.load_judgements(items)
    kinds = {j["kind"] for j in judged}
    assert set(bench_relevance.TYPED) <= kinds
    assert sum(j["kind"] == "nonsense" for j in judged) >= 16
    pages = bench_relevance.jianbao_pages(archive, judged)
    rows = bench_relevance.kind_measures(pages, judged, bench_relevance.item_texts(items),
                                         bench_relevance.research_with(archive))
    unmet = {name: rows[name.removesuffix("_top3")] for name in bench_relevance.TARGETS
             if not bench_relevance.meets(name, rows[name.removesuffix("_top3")])}
    assert unmet == {}
