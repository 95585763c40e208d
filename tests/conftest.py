"""Shared fixtures: the real archive in corpus/, indexed once per test run."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """The bundled corpus indexed into a temporary directory (read-only for tests: do not update it)."""
    from search.index import update_index
    path = tmp_path_factory.mktemp("index")
    report = update_index(CORPUS, path)
    assert report.ok, report.summary()
    return path


@pytest.fixture(scope="session")
def archive(index_dir):
    from search.query import Archive
    arch = Archive(index_dir)
    yield arch
    arch.close()
