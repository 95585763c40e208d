"""Queries as people type them (issue 17): whole Latin words, partial matches that earn their place,
did-you-mean, pinyin, organisations by any name, the year facet multi-select, titles highlighted,
related items and organisations."""
from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from click.testing import CliRunner

from jianbao.cli import main
from conftest import containing
from search import Filters, NotFound, analyze


def all_hits(archive, text, filters=None):
    return list(archive.export(text, filters)[1])


def cli(index_dir, *args):
    return CliRunner().invoke(main, ["search", *args, "--index", str(index_dir)])


# --- Latin runs are words ------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Shanghai", ["shanghai"]), ("Spirito", ["spirito"]), ("Kpop", ["kpop"]),
    ("AI芯片", ["ai", "芯片"]), ("G20数字经济", ["g20", "数字经济"]), ("ChatGPT", ["chatgpt"]),
])
def test_a_run_of_latin_letters_and_digits_is_one_word(text, words):
    analyze.setup()
    assert analyze.words(text) == words


@pytest.mark.parametrize("query", ["Spirito", "Kpop", "detail", "email", "paid", "mosquito", "metadata"])
def test_an_abbreviation_is_never_found_inside_a_longer_latin_word(archive, query):
    page = archive.search(query)
    assert (page.total, page.partial_total, page.hits) == (0, 0, [])


def test_a_typed_fragment_falls_back_to_characters_and_says_so(archive, items):
    page = archive.search("ChatG")
    assert [h.id for h in page.hits] == sorted(containing(items, "ChatGPT"))
    assert "字符匹配" in page.fallback


# --- partial matches that earn their place --------------------------------------------------

def test_the_headline_counts_full_matches_and_partial_ones_apart(archive, items):
    page = archive.search("人工智能 监管", per_page=100)
    hits = page.hits
    full = {h.id for h in hits if not h.partial}
    assert page.total == len(full) and page.partial_total == len(hits) - len(full) > 0
    # full matches hold both words (人工智能 or its alias AI, 监管 or its concept group)
    assert full <= (containing(items, "人工智能") | containing(items, "AI")) & (
        containing(items, "监管") | containing(items, "监督"))
    for h in hits:
        assert h.missing == [] if not h.partial else h.missing in (["人工智能"], ["监管"])
    assert page.facets_counts == "full"
    assert sum(v.count for v in page.facets["year"]) == page.total  # facets count the full matches


def test_a_page_of_partial_matches_only_counts_them_in_its_facets(archive):
    page = archive.search("海外仓 日本", per_page=100)
    assert page.total == 0 and page.partial_total == len(page.hits) > 0
    assert page.facets_counts == "partial"
    assert sum(v.count for v in page.facets["year"]) == page.partial_total


@pytest.mark.parametrize("query", ["不存在的词汇甲乙丙", "红烧肉怎么做", "今天天气怎么样"])
def test_stop_characters_and_single_characters_alone_never_make_a_hit(archive, query):
    page = archive.search(query)
    assert (page.total, page.partial_total) == (0, 0)


def test_stop_words_are_not_required_of_a_full_match(archive):
    def full(text):
        return {h.id for h in all_hits(archive, text) if not h.partial}
    assert full("人工智能的监管") == full("人工智能 监管") != set()


def test_the_cli_says_how_many_partial_matches_follow_and_what_each_lacks(index_dir):
    out = cli(index_dir, "人工智能 监管", "--per-page", "100").output
    assert re.match(r"3 条结果，另有 8 条部分匹配（第 1/1 页，\d+ 毫秒）", out)
    after = out.split("—— 部分匹配 ——")[1]
    assert after.count("缺少：") == 8 and "缺少：监管" in after and "缺少：" not in out.split("—— 部分匹配 ——")[0]
    data = json.loads(cli(index_dir, "人工智能 监管", "--per-page", "100", "--json").output)
    assert (data["total"], data["partial_total"], data["facets_counts"]) == (3, 8, "full")
    assert all(h["missing"] for h in data["hits"] if h["partial"])
    assert not any(h["missing"] for h in data["hits"] if not h["partial"])


# --- did you mean ---------------------------------------------------------------------------

@pytest.mark.parametrize("typed, meant", [("服务外保", "服务外包"), ("高交汇", "高交会"), ("服贸汇", "服贸会"),
                                          ("知识产全保护", "知识产权保护"), ("一代一路", "一带一路")])
def test_an_input_method_slip_is_corrected_and_searched_at_once(archive, typed, meant):
    page = archive.search(typed, per_page=100)
    assert (page.suggest, page.corrected) == (meant, True)
    assert [h.id for h in page.hits] == [h.id for h in archive.search(meant, per_page=100).hits]


def test_a_correction_is_suggested_where_some_words_are_found(archive):
    page = archive.search("数字化转形 监管")
    assert (page.suggest, page.corrected) == ("数字化转型 监管", False)
    assert page.partial_total > 0  # the page is the typed query's


@pytest.mark.parametrize("query", ["服务外包", "桓星", "欧委会", "RCEP", "周杰伦演唱会门票", "恐龙化石", "Spirito"])
def test_no_correction_for_what_is_found_or_makes_no_sense(archive, query):
    assert archive.search(query).suggest is None


def test_a_sentence_pasted_whole_is_not_searched_for_slips(archive):
    """A run typed without a space longer than limits.CORRECT_CHARS is a sentence pasted whole: the
    suggester asks the index nothing about it (each window of it was a search); a slip as typed in
    a shorter run is still corrected."""
    from search import limits
    searching = archive._searching
    suggester, reader = searching.snap.suggester, searching.snap.searcher.reader()
    asked = []
    pasted = "服务外保" + "数字贸易发展情况良好" * 3
    assert len(pasted) > limits.CORRECT_CHARS
    assert suggester.suggest(pasted, reader, lambda s: asked.append(s) or False,
                             lambda w: asked.append(w) or False) is None
    assert asked == []
    assert suggester.suggest("服务外保", reader, searching.occurs, searching.finds) == "服务外包"


def test_the_cli_says_what_it_searched_instead(index_dir):
    out = cli(index_dir, "服贸汇").output
    assert "没有找到“服贸汇”，已改为搜索：服贸会" in out
    assert "您是不是要找：数字化转型 监管" in cli(index_dir, "数字化转形 监管").output
    data = json.loads(cli(index_dir, "服贸汇", "--json").output)
    assert (data["suggest"], data["corrected"]) == ("服贸会", True)


def test_pypinyin_ships_its_data():
    assert resources.files("pypinyin").joinpath("pinyin_dict.json").is_file()


# --- pinyin ---------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, meant", [("fuwuwaibao", "服务外包"), ("fu wu wai bao", "服务外包"),
                                          ("Shanghai", "上海"), ("kuajingdianshang", "跨境电商")])
def test_pinyin_is_matched_against_the_pinyin_of_the_archives_words(archive, typed, meant):
    page = archive.search(typed)
    assert (page.suggest, page.corrected) == (meant, True) and page.total > 0


# --- organisations by any name --------------------------------------------------------------

@pytest.mark.parametrize("query, canonical, others", [
    ("WTO", "世界贸易组织", {"WTO", "世贸组织"}), ("IMF", "国际货币基金组织", {"IMF"}),
    ("OECD", "经济合作与发展组织", {"OECD", "经合组织", "经济合作组织"}),
])
def test_the_org_facet_has_one_entry_per_organisation(archive, query, canonical, others):
    orgs = {v.value: v.count for v in archive.search(query, per_page=100).facets["org"]}
    assert canonical in orgs and not others & set(orgs)


@pytest.mark.parametrize("query, written", [("中国信通院", "中国信息通信研究院"), ("欧委会", "欧盟委员会"),
                                            ("国家网信办", "国家互联网信息办公室"), ("HSBC", "汇丰"),
                                            ("Microsoft", "微软"), ("Ernst & Young", "安永")])
def test_an_organisation_is_found_by_its_everyday_name(archive, items, query, written):
    assert {h.id for h in all_hits(archive, query) if not h.partial} >= containing(items, written) > set()


def test_an_org_filter_by_any_name_selects_the_organisation(archive):
    by_short = archive.search("", Filters(org=["WTO"]), per_page=100)
    by_name = archive.search("", Filters(org=["世界贸易组织"]), per_page=100)
    assert [h.id for h in by_short.hits] == [h.id for h in by_name.hits] and by_name.total == 4
    assert [v.value for v in by_short.facets["org"] if v.selected] == ["世界贸易组织"]


def test_an_organisation_with_its_names_and_items_newest_first(archive, items):
    org = archive.org("世贸组织")
    assert org.name == "世界贸易组织" and {"WTO", "世贸组织"} <= set(org.names)
    carrying = {i.id for i in items if set(i.orgs) & {"WTO", "世贸组织", "世界贸易组织"}}
    assert {h.id for h in org.items} == carrying and org.total == len(carrying)
    dates = [h.issue.date for h in org.items]
    assert dates == sorted(dates, reverse=True)
    assert archive.org("WTO").name == archive.org("世界贸易组织").name == "世界贸易组织"
    with pytest.raises(NotFound):
        archive.org("没有这个机构")


# --- facets and titles ----------------------------------------------------------------------

def test_the_year_facet_is_multi_select(archive):
    both = archive.search("数字贸易", Filters(year=["2023", "2024"]), per_page=100)
    one = [archive.search("数字贸易", Filters(year=[y])).total for y in ("2023", "2024")]
    assert both.total == sum(one) == archive.search("数字贸易").total
    assert {v.value: v.selected for v in both.facets["year"]} == {"2023": True, "2024": True}
    out = cli(archive.index_dir, "数字贸易", "--year", "2024", "--json").output
    assert json.loads(out)["total"] == one[1]


def test_a_bad_year_is_refused_with_its_name(index_dir):
    run = cli(index_dir, "数字贸易", "--year", "24")
    assert run.exit_code == 2 and "--year 的值“24”不是年份" in run.output


def test_titles_are_highlighted_as_snippets_are(archive):
    hit = archive.search("服务外包").hits[0]
    assert "<mark>服务外包</mark>" in hit.title_html
    assert re.sub("</?mark>", "", hit.title_html) == hit.title  # nothing else changes (no markup in it)
    assert archive.search("协会", Filters(section=["协会动态"])).hits[0].title_html is None  # untitled


# --- related items --------------------------------------------------------------------------

def test_related_items_come_from_other_issues_and_share_key_terms(archive, items):
    item = next(i for i in items if i.title == "大连企业绚丽亮相第二十五届高交会")
    related = archive.related(item.id, 5)
    assert 0 < len(related) <= 5
    assert all(h.issue.key != item.issue.key for h in related)
    assert all("<mark>" in h.snippet or "<mark>" in (h.title_html or "") for h in related)
    with pytest.raises(NotFound):
        archive.related("2099-01-nosuch")


# --- the JSON of /api/search ----------------------------------------------------------------

@pytest.fixture(scope="module")
def client(index_dir, corpus_dir):
    from webapp import create_app
    return create_app({"TESTING": True, "INDEX": str(index_dir), "CORPUS": str(corpus_dir)}).test_client()


def test_the_api_carries_the_counts_corrections_and_missing_words(client):
    data = client.get("/api/search?q=服贸汇").get_json()
    assert (data["suggest"], data["corrected"], data["partial_total"]) == ("服贸会", True, 0)
    assert all("<mark>" in h["title_html"] for h in data["hits"] if h["title"] and "服贸会" in h["title"])
    data = client.get("/api/search?q=海外仓 日本").get_json()
    assert data["total"] == 0 and data["partial_total"] > 0 and data["facets_counts"] == "partial"
    assert all(h["partial"] and h["missing"] for h in data["hits"])


def test_the_api_takes_several_years(client):
    both = client.get("/api/search?q=数字贸易&year=2023&year=2024").get_json()
    one = client.get("/api/search?q=数字贸易&year=2024").get_json()
    assert both["total"] > one["total"] > 0 and set(both["facets"]["year"]) == {"2023", "2024"}
    bad = client.get("/api/search?q=数字贸易&year=24")
    assert bad.status_code == 400 and bad.get_json()["param"] == "year"


def test_an_empty_index_answers_every_kind_of_query(tmp_path):
    from search import Archive, update_index
    (tmp_path / "corpus").mkdir()
    update_index(tmp_path / "corpus", tmp_path / "index", progress=False)
    archive = Archive(tmp_path / "index")
    try:
        for query in ("服务外包", "服务外保", "fuwuwaibao", "的的的"):
            page = archive.search(query)
            assert (page.total, page.partial_total, page.suggest) == (0, 0, None)
    finally:
        archive.close()
