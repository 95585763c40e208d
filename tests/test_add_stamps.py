"""Adding an issue reads only what changed (issue 19): an indexed file whose stats (and its side
files') are those the manifest recorded when it was last hashed is not read again; a change of the
same size is still found by its times, a side file added by its stats, a file changed a moment ago
(its times not yet telling) is read at every run."""
from __future__ import annotations

import os
import shutil
import time

import pytest

from search.index import reindex, store
from search.index.reindex import update_index
from conftest import CORPUS

FILES = sorted(p.name for p in CORPUS.glob("*.txt"))[:2]
HOUR = 3600 * 10**9


def _age(path, ns: int) -> None:
    os.utime(path, ns=(ns, ns))


@pytest.fixture
def reads(monkeypatch):
    """The names of the files the indexer reads from the disk."""
    names: list[str] = []
    real = reindex.read_source

    def counting(path):
        names.append(path.name)
        return real(path)
    monkeypatch.setattr(reindex, "read_source", counting)
    return names


def test_unchanged_files_are_not_read_and_changed_ones_are(tmp_path, reads, monkeypatch):
    # The files are written now, so their change times are recent: here a change is told at once
    # (the window for a change within one tick of the clock is the next test's).
    monkeypatch.setattr(reindex, "RACY_NS", 0)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    past = time.time_ns() - HOUR
    for name in FILES:
        shutil.copy(CORPUS / name, corpus / name)
        _age(corpus / name, past)
    index = tmp_path / "index"
    update_index(corpus, index)
    assert sorted(store.load_manifest(store.current_dir(index))["stamps"]) == FILES
    reads.clear()
    report = update_index(corpus, index)
    assert reads == [] and report.unchanged == 2 and not report.changed

    # one character for another of the same length in UTF-8: only the file's times tell
    path = corpus / FILES[1]
    text = path.read_text(encoding="utf-8")
    edited = text.replace("。", "！", 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    path.write_text(edited, encoding="utf-8")
    _age(path, past + 10**9)
    report = update_index(corpus, index)
    assert reads == [FILES[1]] and report.changed == [FILES[1]]

    # a side file (NAME.meta.toml) added beside an unchanged briefing: the briefing is read again
    side = corpus / (FILES[0].removesuffix(".txt") + ".meta.toml")
    side.write_text("# 无更正\n", encoding="utf-8")
    _age(side, past)
    reads.clear()
    report = update_index(corpus, index)
    assert reads == [FILES[0]] and report.changed == [FILES[0]]
    reads.clear()
    assert update_index(corpus, index).unchanged == 2 and reads == []


def test_a_file_changed_a_moment_ago_is_read_at_every_run(tmp_path, reads):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in FILES:
        shutil.copy(CORPUS / name, corpus / name)  # written now: their times cannot tell a change yet
    index = tmp_path / "index"
    update_index(corpus, index)
    assert store.load_manifest(store.current_dir(index))["stamps"] == {}
    reads.clear()
    assert update_index(corpus, index).unchanged == 2
    assert sorted(reads) == FILES
