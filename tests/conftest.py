"""Shared fixtures: a frozen copy of the archive (tests/data/corpus/), indexed once per test run.

Tests never read the live corpus/: it belongs to the user, who adds issues to it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from search import runtime  # noqa: F401 - telemetry off before any test loads a model runtime

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"  # frozen copy, never the live corpus/


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


def place(item) -> str:
    """`2024-05-10`: an item's issue and its place in it. Ids are hashes of the item's own text
    (stable when other stories come and go), so tests name items by place and look the id up."""
    return f"{item.issue.key}-{item.ordinal:02d}"


_PARSED: dict = {}  # the files' paths -> (issues, errors) of parse_files, in this process


def parse_corpus(files=None):
    """`parse_files(files)` (every file of the frozen archive by default), parsed once per test process.

    The fixtures and modules that use the archive's parse as their data (items, ids, sentences) asked
    the parser for it again each, about 0.7 s of CPU a time; the parse of the same files is the same,
    so the first one is kept. Each caller gets its own deep copy, so what one test does to an item no
    other test sees. The tests of the parse itself (test_parse, test_drift) still call the parser."""
    import copy

    from search.parse.parser import parse_files
    key = tuple(sorted(CORPUS.iterdir()) if files is None else files)
    if key not in _PARSED:
        _PARSED[key] = parse_files(list(key))
    return copy.deepcopy(_PARSED[key])


@pytest.fixture(scope="session")
def place_ids() -> dict[str, str]:
    """Place (`2024-05-10`) -> id of every item of the frozen archive."""
    issues, errors = parse_corpus()
    assert not errors
    return {place(item): item.id for issue in issues for item in issue.items}


@pytest.fixture(scope="session")
def items():
    """Every item of the frozen archive, as the parser makes them."""
    issues, errors = parse_corpus(sorted(CORPUS.glob("*.txt")))
    assert not errors
    return [item for issue in issues for item in issue.items]


def containing(items, needle) -> set[str]:
    """The ids of the items whose title or body holds `needle` (normalised as the index is)."""
    from search import analyze
    n = analyze.normalize(needle)
    return {i.id for i in items if n in analyze.normalize(f"{i.title or ''}\n{i.body}")}


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """The bundled corpus indexed into a temporary directory (read-only for tests: do not update it)."""
    from search.index.reindex import update_index
    path = tmp_path_factory.mktemp("index")
    report = update_index(CORPUS, path)
    assert report.ok, report.summary()
    return path


@pytest.fixture(scope="session")
def archive(index_dir):
    from search.query.archive import Archive
    arch = Archive(index_dir)
    yield arch
    arch.close()


@pytest.fixture
def stale_index(tmp_path, index_dir) -> Path:
    """A copy of the session index that claims to be built by another version of jianbao."""
    import shutil

    from search.index.store import MANIFEST, current_dir
    index = tmp_path / "stale-index"
    shutil.copytree(index_dir, index, symlinks=True)
    manifest = current_dir(index) / MANIFEST
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"fingerprint": "', '"fingerprint": "old-'),
                        encoding="utf-8")
    return index


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """`jianbao serve` as users run it, on a free port; `url`, and its output so far in `log()`."""

    def __init__(self, index: Path, corpus: Path = CORPUS, tmp: Path | None = None, args: tuple[str, ...] = (),
                 env: dict | None = None):
        import subprocess
        import sys
        import tempfile
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = open(Path(tmp or tempfile.mkdtemp()) / f"serve-{self.port}.log", "w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jianbao", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--index", str(index), "--corpus", str(corpus), *args],
            cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})

    def log(self) -> str:
        self._log.flush()
        return Path(self._log.name).read_text(encoding="utf-8")

    def wait_ready(self, timeout: float = 120) -> "Served":
        """Until the server says it is listening (it prints its URL only then)."""
        import time
        deadline = time.monotonic() + timeout
        while f"在 {self.url}/ 提供服务" not in self.log():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"the server did not start:\n{self.log()}")
            time.sleep(0.1)
        return self

    def stop(self) -> None:
        import subprocess
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


@pytest.fixture(scope="session")
def app(index_dir):
    """The web app over the session index (Flask's test client: `client`)."""
    from webapp import create_app
    return create_app({"TESTING": True, "INDEX": str(index_dir), "CORPUS": str(CORPUS)})


@pytest.fixture
def client(app):
    return app.test_client()


# Chromium: one browser per test process (each xdist worker), started when a test first asks for it
# and kept while the tests that follow ask for the `browser` fixture; each test opens its own
# context in it (cookies, storage and options apart), so sharing the browser shares nothing a test
# sees. It is closed before any other test: Playwright's driver keeps a thread waiting on it, and a
# process with a thread running never forks (search.index.writer.parallel_procs), which would turn
# the forked index builds of the tests after it into builds in one process.
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
_CHROMIUM: list = []  # [playwright, browser] once started


def chromium():
    """The process's Chromium (Playwright's Browser), launched on first use."""
    if not _CHROMIUM:
        from playwright.sync_api import sync_playwright
        playwright = sync_playwright().start()
        _CHROMIUM.extend([playwright, playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)])
    return _CHROMIUM[1]


def close_chromium() -> None:
    """Chromium closed, its driver stopped and the thread that waited on the driver ended."""
    if _CHROMIUM:
        import threading
        playwright, browser = _CHROMIUM
        _CHROMIUM.clear()
        browser.close()
        playwright.stop()
        for thread in threading.enumerate():
            if thread.name.startswith("asyncio-waitpid"):  # asyncio's ThreadedChildWatcher, one per child
                thread.join()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if "browser" not in item.fixturenames:
        close_chromium()


def pytest_sessionfinish(session, exitstatus):
    close_chromium()


class _Chromium:
    """The process's Chromium as the `browser` fixture gives it: whatever is asked of it is asked of
    `chromium()`, launched anew when a test in between closed it."""

    def __getattr__(self, name):
        return getattr(chromium(), name)


@pytest.fixture(scope="session")
def browser():
    return _Chromium()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(60000)  # a hung page, not a slow one
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    yield page
    context.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory, index_dir):
    """`jianbao serve` over the session index on a free port (read-only: shared by the browser modules)."""
    import subprocess
    import sys
    import time
    import urllib.request
    port = free_port()
    log = (tmp_path_factory.mktemp("server") / "server.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "jianbao", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--index", str(index_dir), "--corpus", str(CORPUS)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # a hung server, not a slow one
    while True:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            log.seek(0)
            pytest.fail(f"the server did not start:\n{log.read()}")
        time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


# The modules that take longest, longest first (measured on 2 cores: bench/RESULTS.md, issue 16).
# With `--dist loadfile` (pyproject.toml) each module runs whole on one worker, so its module-scoped
# server and browser start once; started first, the long ones leave no worker alone with one at the end.
# A module not listed keeps its place after them, in the usual order.
LONGEST_FIRST = (
    "test_desk_browser.py", "test_writer.py", "test_browser.py", "test_parse_cache.py", "test_reindex.py",
    "test_desk_web.py", "test_serve.py", "test_privacy.py", "test_drift.py", "test_figures_browser.py",
    "test_nothing_lost.py", "test_unseen.py", "test_analyze.py", "test_postings.py", "test_browser_queries.py",
    "test_figures_incremental.py", "test_web.py", "test_readers.py", "test_figures.py", "test_search.py",
    "test_nothing_skipped.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {name: k for k, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: a module's own order kept


# LibreOffice: an old Word, OpenDocument or RTF file converted once per test run. Several modules read
# the same held-out file (tests/data/unseen/2026-06.doc, shapes8's .odt and .rtf), and a conversion
# costs 1-1.5 s of CPU in a LibreOffice process of its own. The first conversion of a content (and
# suffix) is LibreOffice's, run as the reader runs it; its .docx is kept in the run's temporary folder
# (shared by the xdist workers) and given to the later reads of the same bytes. Without LibreOffice
# (`soffice()` None, a PATH without it), with another timeout, or for an empty file, the reader's own
# `to_docx` runs, so its refusals are what the tests see; a failed conversion is never kept.
@pytest.fixture(scope="session", autouse=True)
def _conversions_once(tmp_path_factory):
    import hashlib

    from search.parse import legacy
    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = folder.parent  # the run's folder (pytest-N/), above each worker's own (pytest-N/popen-gwK/)
    folder = folder / "docx-conversions"
    folder.mkdir(exist_ok=True)
    real = legacy.to_docx

    def to_docx(data: bytes, name: str, timeout: float = legacy.TIMEOUT) -> bytes:
        if timeout != legacy.TIMEOUT or legacy.soffice() is None or not data.strip():
            return real(data, name, timeout)
        kept = folder / f"{hashlib.sha256(data).hexdigest()}{Path(name).suffix.lower()}.docx"
        if kept.is_file():
            return kept.read_bytes()
        converted = real(data, name, timeout)
        part = kept.with_name(f"{kept.name}.{os.getpid()}.part")
        part.write_bytes(converted)
        os.replace(part, kept)  # whole or absent for the other worker
        return converted

    legacy.to_docx = to_docx
    yield
    legacy.to_docx = real
