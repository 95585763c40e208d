"""Index and search on the real archive: what people type finds what the text says."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import parse_corpus
from search import analyze
from search.query import stops
from search.errors import QueryError
from search.query.archive import Archive, Filters


@pytest.fixture(scope="module")
def items(corpus_dir):
    issues, errors = parse_corpus(sorted(corpus_dir.glob("*.txt")))
    assert not errors
    return [item for issue in issues for item in issue.items]


def ids(page):
    return [h.id for h in page.hits]


def all_ids(archive, text, filters=None):
    return {h.id for h in archive.export(text, filters)[1]}


def containing(items, needle):
    """Ids of items whose normalised title or body contains `needle`: the brute-force truth."""
    n = analyze.normalize(needle)
    return {i.id for i in items if n in analyze.normalize(f"{i.title or ''}\n{i.body}")}


# --- recall: phrases, part-words, single characters -----------------------------------------

def test_every_title_quoted_finds_its_item(archive, items):
    missing = [i.title for i in items if i.title and i.id not in all_ids(archive, f'"{i.title}"')]
    assert missing == []


@pytest.mark.parametrize("text", ["达", "桓", "亿达", "桓星", "住林", "数商兴农", "一带一路", "科创集团",
                                  "服务外包", "数字贸易", "跨境电商", "电商", "高交会", "交会", "NTT DATA"])
def test_part_words_and_single_characters_find_every_item_that_has_them(archive, items, text):
    expected = containing(items, text)
    assert expected, "the table should name text that is in the archive"
    assert all_ids(archive, f'"{text}"') == expected
    # Unquoted, the same text finds at least those items (and aliases may widen it).
    assert all_ids(archive, text) >= expected


def test_dictionary_words_are_found_where_jieba_cut_through_them(archive, items, place_ids):
    # jieba cuts 自贸协定服务贸易谈判 as …/服务贸易/谈判: 贸易谈判 is no word of that cut
    assert place_ids["2024-06-04"] in containing(items, "贸易谈判")
    assert all_ids(archive, "贸易谈判") == all_ids(archive, '"贸易谈判"') == containing(items, "贸易谈判")
    assert all_ids(archive, "比分") == containing(items, "比分")  # 同比分别


def test_every_dictionary_word_of_the_archive_finds_every_item_that_has_it(archive, items):
    """The word fields alone answer dictionary words: check that they miss nowhere."""
    seen: dict[str, set[str]] = {}
    misses = []
    for item in items:
        text = analyze.normalize(f"{item.title or ''}\n{item.body}")
        for n in range(2, 7):
            for k in range(len(text) - n + 1):
                w = text[k:k + n]
                if w.isalnum() and not w.isascii() and analyze.in_dictionary(w) and not stops.is_stop(w):
                    if w not in seen:
                        seen[w] = all_ids(archive, w)
                    if item.id not in seen[w]:
                        misses.append((item.id, w))
    assert len(seen) > 2000
    assert misses == []


@pytest.mark.parametrize("query", ["的的的", "好的", "关于", "的 了"])
def test_a_query_of_stop_words_alone_is_explained_not_searched(archive, query):
    page = archive.search(query)
    assert (page.total, page.partial_total, page.hits) == (0, 0, [])
    assert page.fallback == stops.NOTE


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_run_of_a_body_quoted_finds_its_item(archive, items, data):
    item = data.draw(st.sampled_from(items))
    length = data.draw(st.integers(2, 6))
    start = data.draw(st.integers(0, max(0, len(item.body) - length)))
    run = item.body[start:start + length]
    if not any(ch.isalnum() for ch in run) or '"' in run:
        return
    assert item.id in all_ids(archive, f'"{run}"'), run


def test_quoted_phrase_means_these_characters_in_order(archive, items):
    # 数字贸易 and 贸易数字 share their words; only one order is in the text that often
    assert all_ids(archive, '"数字贸易"') == containing(items, "数字贸易")
    assert all_ids(archive, '"贸易数字"') == containing(items, "贸易数字")


def test_spaces_between_chinese_characters_in_a_phrase_are_not_text(archive, items):
    assert all_ids(archive, '"数字 贸易"') == containing(items, "数字贸易")
    assert all_ids(archive, '"NTT DATA"') == containing(items, "NTT DATA")
    assert "<mark>数字贸易</mark>" in archive.search('"数字 贸易"').hits[0].snippet


def test_unspaced_words_must_all_match_anywhere(archive, items, place_ids):
    got = {h.id for h in archive.export("韩国数字贸易")[1] if not h.partial}
    both = containing(items, "韩国") & containing(items, "数字贸易")
    assert got == both
    assert place_ids["2023-11-07"] in got  # 韩国欧盟将开启数字贸易谈判


def test_latin_words_match_whole_words(archive, items, place_ids):
    page = archive.search("OpenAI")
    assert ids(page) == [place_ids["2024-05-05"]]
    whole_ai = {i.id for i in items
                if re.search(r"(?<![a-z0-9])ai(?![a-z0-9])", analyze.normalize(f"{i.title}\n{i.body}"))}
    # AI is also understood as 人工智能, which the archive defines it as
    assert all_ids(archive, "AI") == whole_ai | containing(items, "人工智能")
    assert "人工智能" in archive.search("AI").expansions


def test_a_latin_fragment_falls_back_to_characters_and_says_so(archive, place_ids):
    page = archive.search("ChatG")
    assert ids(page) == [place_ids["2024-05-05"]]
    assert page.fallback and "字符" in page.fallback


@pytest.mark.parametrize("text, same_as", [("數字貿易", "数字贸易"), ("服務外包", "服务外包"),
                                           ("ＲＣＥＰ", "RCEP"), ("rcep", "RCEP")])
def test_traditional_full_width_and_case_are_normalised(archive, text, same_as):
    assert all_ids(archive, text) == all_ids(archive, same_as)


def test_regional_variants_widen_the_query(archive, items):
    page = archive.search("人工智慧")
    assert page.expansions == ["人工智能"]
    assert all_ids(archive, "人工智慧") == containing(items, "人工智能")


@pytest.mark.parametrize("short, full", [("服贸会", "中国国际服务贸易交易会"), ("高交会", "中国国际高新技术成果交易会"),
                                         ("DEPA", "数字经济伙伴关系协定")])
def test_abbreviations_defined_in_the_text_are_understood(archive, items, short, full):
    page = archive.search(short)
    assert full in page.expansions
    assert all_ids(archive, short) == containing(items, short) | containing(items, full)


def test_curated_abbreviations_join_names_the_archive_uses_apart(archive, items):
    # the archive says 世贸组织 in some items and 世界贸易组织（WTO） in others
    page = archive.search("WTO")
    assert sorted(page.expansions) == ["世界贸易组织", "世贸组织"]
    assert all_ids(archive, "WTO") == (containing(items, "世贸组织") | containing(items, "世界贸易组织")
                                       | {i.id for i in items if re.search(r"\bWTO\b", i.body)})
    assert containing(items, "世贸组织") - containing(items, "WTO")  # found only through the group


# --- the query language ---------------------------------------------------------------------

def test_minus_excludes(archive, items):
    assert all_ids(archive, "数字贸易 -韩国") == containing(items, "数字贸易") - containing(items, "韩国")


def test_or_takes_either(archive, items):
    assert all_ids(archive, "海外仓 OR 数商兴农") == containing(items, "海外仓") | containing(items, "数商兴农")


def test_parentheses_group(archive, items):
    expected = (containing(items, "海外仓") | containing(items, "数商兴农")) & containing(items, "跨境电商")
    assert all_ids(archive, "(海外仓 OR 数商兴农) 跨境电商") == expected


def test_no_item_with_every_word_falls_back_to_some_words_and_says_so(archive, items):
    page = archive.search("海外仓 鸿蒙")
    assert {h.id for h in archive.export("海外仓 鸿蒙")[1]} == containing(items, "海外仓") | containing(items, "鸿蒙")
    assert page.fallback and "部分" in page.fallback


@pytest.mark.parametrize("text, message", [
    ('"数字贸易', "unbalanced quote"),
    ("(数字贸易", "unbalanced parenthesis"),
    ("数字贸易)", "unbalanced parenthesis"),
    ("，。！？", "no words"),
    ("", "empty"),
    ("   ", "empty"),
    ("数" * 10000, "10000 characters"),
    ("数字 OR", "OR needs a word"),
])
def test_bad_queries_say_what_is_wrong(archive, text, message):
    with pytest.raises(QueryError, match=message):
        archive.search(text)


@pytest.mark.parametrize("typed, completed", [
    ('数字贸易 "服务外', '数字贸易 "服务外"'),       # the phrase so far
    ("数字贸易 “服务外", "数字贸易 “服务外”"),
    ('数字贸易 "', "数字贸易 "),                     # a quote with nothing after it yet
    ("(海外仓 OR 数商", "(海外仓 OR 数商)"),
    ("(海外仓 OR", "(海外仓)"),
    ("海外仓)", "海外仓"),
    ("数字 OR", "数字"),
    ('"数字贸易" -韩国', '"数字贸易" -韩国'),        # well-formed: unchanged
])
def test_a_query_being_typed_is_completed_not_refused(typed, completed):
    from search.query.lexer import complete, parse
    assert complete(typed) == completed
    parse(completed)  # never a QueryError


@given(st.text(alphabet='数字贸易服务外包 "“”「」()-OR|', max_size=20))
def test_completion_always_parses(typed):
    from search.query.lexer import complete, parse
    parse(complete(typed))


def test_the_phrase_so_far_finds_what_the_whole_phrase_finds_and_more(archive):
    from search.query.lexer import complete
    whole = all_ids(archive, '数字贸易 "服务外包"')
    so_far = all_ids(archive, complete('数字贸易 "服务外'))
    assert whole and whole <= so_far


@pytest.mark.parametrize("kwargs, message", [
    ({"date_from": "2023-02-30"}, "not a real date"),
    ({"date_from": "last year"}, "not a date"),
    ({"date_from": "2024", "date_to": "2023"}, "after"),
    ({"issue": ["2024-13"]}, "not an issue"),
    ({"issue": ["24-5"]}, "not an issue"),
])
def test_bad_filters_say_what_is_wrong(kwargs, message):
    with pytest.raises(QueryError, match=message):
        Filters(**kwargs)


# --- filters, facets, ranking, pages --------------------------------------------------------

def test_filters_narrow(archive, items):
    got = all_ids(archive, "服务外包", Filters(section=["数据月报"]))
    assert got == {i.id for i in items if i.section == "数据月报"}
    # 2024年第5期 came out on 2024-06-04: the dates filter publication dates
    got = all_ids(archive, "数字贸易", Filters(issue=["2024-5"], date_to="2024-05"))
    assert got == set()
    got = all_ids(archive, "数字贸易", Filters(date_from="2024-06", date_to="2024-06"))
    assert got == {i.id for i in items if i.issue.date.startswith("2024-06")} & containing(items, "数字贸易")


def test_filter_given_twice_means_either(archive, items):
    got = all_ids(archive, "数字", Filters(section=["会员风采", "协会动态"]))
    assert got == {i.id for i in items if i.section in ("会员风采", "协会动态")} & containing(items, "数字")


def test_empty_text_with_filters_browses_newest_first(archive, items, place_ids):
    page = archive.search("", Filters(section=["数据月报"]), per_page=10)
    assert ids(page) == [place_ids[p] for p in ("2024-06-01", "2024-05-01", "2023-11-01", "2023-09-01", "2023-08-01")]


def test_facet_counts_equal_the_counted_items(archive, items):
    page = archive.search("数字贸易", per_page=100)
    matched = [i for i in items if i.id in {h.id for h in page.hits}]
    assert page.total == len(matched) == len(containing(items, "数字贸易"))
    assert {v.value: v.count for v in page.facets["section"]} == Counter(i.section for i in matched)
    assert {v.value: v.count for v in page.facets["source"]} == Counter(i.source for i in matched if i.source)
    # an organisation is counted once under its canonical name, whatever names the item gives it
    canonical = {o: archive.org(o).name for i in matched for o in i.orgs}
    assert {v.value: v.count for v in page.facets["org"]} == Counter(
        c for i in matched for c in dict.fromkeys(canonical[o] for o in i.orgs))
    assert {v.value: v.count for v in page.facets["year"]} == Counter(str(i.issue.year) for i in matched)
    assert {v.value: v.count for v in page.facets["issue"]} == Counter(i.issue.key for i in matched)


def test_selecting_a_source_keeps_the_other_sources_counts(archive):
    unfiltered = archive.search("数字贸易").facets["source"]
    page = archive.search("数字贸易", Filters(source=["国际商报"]))
    assert page.facets["source"] == [type(v)(v.value, v.count, v.value == "国际商报") for v in unfiltered]
    assert page.total == next(v.count for v in unfiltered if v.value == "国际商报")
    assert all(h.source == "国际商报" for h in page.hits)


def test_title_matches_rank_first(archive, place_ids):
    assert ids(archive.search("海外仓"))[0] == place_ids["2024-06-02"]


def test_sort_by_date_newest_first(archive, place_ids):
    ordinal = {item_id: int(place[-2:]) for place, item_id in place_ids.items()}
    page = archive.search("数字贸易", sort="date", per_page=100)
    keys = [(h.issue.date, -ordinal[h.id]) for h in page.hits]
    assert keys == sorted(keys, reverse=True)


def test_pages_partition_the_results(archive):
    first, second = archive.search("数字", per_page=5), archive.search("数字", page=2, per_page=5)
    assert len(first.hits) == len(second.hits) == 5
    assert not set(ids(first)) & set(ids(second))
    assert first.total == second.total == len(list(archive.export("数字")[1]))


@pytest.mark.parametrize("kwargs", [{"page": 0}, {"per_page": 0}, {"per_page": 101}, {"sort": "title"}])
def test_out_of_range_paging_is_refused(archive, kwargs):
    with pytest.raises(QueryError):
        archive.search("数字", **kwargs)


# --- snippets -------------------------------------------------------------------------------

MARK = re.compile(r"<mark>(.*?)</mark>")


def test_snippets_mark_whole_phrases(archive):
    page = archive.search('"数字贸易"', per_page=100)
    marks = {m for h in page.hits for m in MARK.findall(h.snippet)}
    assert marks == {"数字贸易"}


def test_snippets_mark_exactly_the_matched_words(archive):
    page = archive.search("數字貿易 监管", per_page=100)
    for hit in page.hits:
        for m in MARK.findall(hit.snippet):  # and the concept words searched with them (监督)
            assert analyze.normalize(m) in {"数字贸易", "监管", "数字贸易监管", *page.expansions}, hit.snippet


def test_snippets_are_escaped_and_cut_at_sentences(archive):
    page = archive.search("DEPA")
    snippet = page.hits[0].snippet
    assert "<mark>DEPA</mark>" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0
    assert snippet.rstrip("…")[-1] in "。！？；"


def test_item_and_issue_views(archive, items, place_ids):
    item = archive.item(place_ids["2024-05-07"])
    assert item.title == "韩国正式加入《数字经济伙伴关系协定》"
    view = archive.issue("2024-05")
    assert [i.id for i in view.items] == [place_ids[f"2024-05-{n:02d}"] for n in range(1, 11)]
    assert [v.meta.key for v in archive.issues()] == ["2024-06", "2024-05", "2023-11", "2023-09", "2023-08"]
    assert archive.stats()["items"] == len(items)


# --- the cost of one query is bounded ----------------------------------------------------------

def test_a_query_too_costly_to_score_is_listed_newest_first_and_says_so(index_dir, items):
    archive = Archive(index_dir)
    try:
        archive.work_budget = 40  # postings: this small archive's stand-in for a large one's budget
        page = archive.search("数 字 贸 易", per_page=100)
        expected = {i.id for i in items
                    if all(ch in analyze.normalize(f"{i.title or ''}\n{i.body}") for ch in "数字贸易")}
        assert {h.id for h in page.hits} == expected and page.total == len(expected)
        assert page.sort == "date" and "结果按日期排列" in page.fallback
        dates = [(h.issue.date or "") for h in page.hits]
        assert dates == sorted(dates, reverse=True)
        archive.work_budget = 10 ** 9
        ranked = archive.search("数 字 贸 易", per_page=100)
        assert ranked.sort == "relevance" and not ranked.fallback and ranked.total == page.total
    finally:
        archive.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(["数字", "贸易", "服务外包", "的", "企", "韩国", "RCEP", "人工智能", "大连"]),
                      min_size=1, max_size=4),
       ops=st.lists(st.sampled_from([" ", " OR ", " -"]), min_size=3, max_size=3))
def test_set_algebra_finds_what_whoosh_finds(archive, words, ops):
    text = words[0] + "".join(op + w for op, w in zip(ops, words[1:]))
    try:
        query = archive.compile(text).query
    except QueryError:
        return
    if query is None:
        return
    assert archive._docset(query) == set(archive._searcher.docs_for_query(query)), text


def test_an_excluded_word_excludes_the_first_item_holding_it_too(archive, items):
    """Whoosh's AndNot let through the first item holding both words (patched in query.py)."""
    page = archive.search("数字 -的", per_page=100)
    holding = {i.id for i in items if "数字" in analyze.normalize(f"{i.title or ''}{i.body}")
               and "的" not in analyze.normalize(f"{i.title or ''}{i.body}")}
    assert {h.id for h in page.hits} == holding
