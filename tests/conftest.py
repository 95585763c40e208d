"""Shared fixtures: a frozen copy of the archive (tests/data/corpus/), indexed once per test run.

Tests never read the live corpus/: it belongs to the user, who adds issues to it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"  # frozen copy, never the live corpus/


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


@pytest.fixture
def stale_index(tmp_path, index_dir) -> Path:
    """A copy of the session index that claims to be built by another version of jianbao."""
    import shutil

    from search.index import MANIFEST, current_dir
    index = tmp_path / "stale-index"
    shutil.copytree(index_dir, index, symlinks=True)
    manifest = current_dir(index) / MANIFEST
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"fingerprint": "', '"fingerprint": "old-'),
                        encoding="utf-8")
    return index
