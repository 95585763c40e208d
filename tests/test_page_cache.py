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
