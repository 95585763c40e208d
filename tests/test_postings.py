"""search/query/postings.py reads a term's documents a block at a time (issue 19): the same ids as
Whoosh's own `all_ids()`, on one segment, on several, and with deleted items."""
from __future__ import annotations

import shutil
from pathlib import Path

from search.index.reindex import update_index
from search.query import postings
from search.query.archive import Archive

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def same_ids(index) -> int:
    archive = Archive(index)
    try:
        reader = archive._searcher.reader()
        checked = 0
        for field in ("title", "body", "chars", "char1"):
            for term, _ in reader.iter_field(field):
                assert postings.ids(reader.postings(field, term)) == set(reader.postings(field, term).all_ids())
                checked += 1
        return checked
    finally:
        archive.close()


def test_block_reading_gives_whooshs_ids(index_dir):
    assert same_ids(index_dir) > 1000


def test_after_an_update_with_deletions_and_a_new_segment(tmp_path, index_dir):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(index_dir, index, symlinks=True, ignore=shutil.ignore_patterns(".lock"))
    removed = sorted(corpus.iterdir())[0]
    moved = removed.read_bytes()
    removed.unlink()
    update_index(corpus, index)  # the removed file's items deleted
    (corpus / ("z" + removed.name)).write_bytes(moved)  # and indexed again, in a new segment
    update_index(corpus, index)
    assert same_ids(index) > 1000
