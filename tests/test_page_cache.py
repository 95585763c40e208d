"""An Archive keeps the pages it made (issue 19), keyed by the index's generation and commit: a
page asked again is the same page, and after the index changes it is made afresh."""
from __future__ import annotations

import shutil
from pathlib import Path

from search.index.reindex import update_index
from search.query.archive import Archive, Filters

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def test_a_page_asked_again_is_the_same_page(archive):
    first = archive.search("服务外包", Filters(section=[]), page=1, per_page=5)
    again = archive.search("服务外包", Filters(), page=1, per_page=5)
    assert again.to_dict() | {"took_ms": 0} == first.to_dict() | {"took_ms": 0}
    other = archive.search("服务外包", Filters(), page=2, per_page=5)
    assert [h.id for h in other.hits] != [h.id for h in first.hits]


def test_a_page_is_made_afresh_when_the_index_changes(tmp_path, index_dir):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(index_dir, index, symlinks=True, ignore=shutil.ignore_patterns(".lock"))
    archive = Archive(index)
    try:
        before = archive.search("数字贸易").total
        (corpus / "004_564c34face9b9b2b.txt").unlink()
        update_index(corpus, index)
        archive.refresh()
        after = archive.search("数字贸易").total
        update_index(corpus, index, rebuild=True)
        archive.refresh()
        assert archive.search("数字贸易").total == after
    finally:
        archive.close()
    assert after < before


def test_threads_archives_share_pages_but_each_sees_its_own_index_version(tmp_path, index_dir):
    """One cache a process: a page one Archive made is another's look-up, but only for the same
    index version; an Archive that refreshed after a change never gets the older version's page,
    and one that did not still gets its own."""
    from search.query.pagecache import PAGES
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(index_dir, index, symlinks=True, ignore=shutil.ignore_patterns(".lock"))
    old, new = Archive(index), Archive(index)
    try:
        first = old.search("数字贸易")
        assert new.search("数字贸易").hits is first.hits  # the same page, not made again
        (corpus / "004_564c34face9b9b2b.txt").unlink()
        update_index(corpus, index)
        new.refresh()
        after = new.search("数字贸易")
        assert after.total < first.total
        assert old.search("数字贸易").total == first.total  # not refreshed: its own version's page
        assert len(PAGES) >= 2
    finally:
        old.close()
        new.close()


def test_the_cache_is_bounded_by_size():
    from search.query.page import Hit, Page
    from search.query.pagecache import PageCache, weight
    from search.model import IssueMeta

    def page(n: int) -> Page:
        hit = Hit(id=str(n), title="标题", section="行业资讯", source=None, date=None,
                  issue=IssueMeta(2024, 1, 1, None), orgs=[], snippet="摘要" * 100, score=1.0)
        return Page(query=f"q{n}", total=1, page=1, per_page=10, sort="relevance", hits=[hit], facets={})

    size = weight(page(0))
    cache = PageCache(budget=3 * size)
    for n in range(10):
        cache.put((n,), page(n))
        assert cache.size <= cache.budget
    assert len(cache) == 3
    assert cache.get((0,)) is None and cache.get((9,)).query == "q9"
    cache.get((7,))  # used: the least recently used goes first
    cache.put((10,), page(10))
    assert cache.get((7,)) is not None and cache.get((8,)) is None
    small = PageCache(budget=size - 1)  # a page over the whole budget is not kept
    small.put((1,), page(1))
    assert len(small) == 0
