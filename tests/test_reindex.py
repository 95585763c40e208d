"""The reindex job under every fault of issue 5, with real `jianbao index` processes.

Each test indexes its own copy of the archive (the session index copied, so no test rebuilds it
without reason) and checks what searchers see through a fresh `Archive`: the items of every issue
and the totals of a few queries.
"""
from __future__ import annotations

import fcntl
import os
import pty
import re
import shutil
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from click.testing import CliRunner

from jianbao.cli import main
from search.errors import IndexBusy
from search.index.reindex import update_index
from search.index.store import current_dir, index_lock, lock_holder
from search.parse.parser import parse_file
from search.query.archive import Archive, Filters
from search.index.watch import relevant, watch

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"  # frozen copy, never the live corpus/
QUERIES = ("服务外包", "数字贸易", "高交会")
WAIT = 180  # seconds before a wait for an event is a failure: a hung process, not a slow one


# --- helpers -------------------------------------------------------------------------------

def command(*args: str, corpus: Path, index: Path) -> list[str]:
    return [sys.executable, "-m", "jianbao", *args, "--corpus", str(corpus), "--index", str(index)]


def jianbao(*args: str, corpus: Path, index: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command(*args, corpus=corpus, index=index), cwd=ROOT, capture_output=True,
                          text=True, timeout=180)


def jianbao_here(*args: str, corpus: Path, index: Path) -> subprocess.CompletedProcess:
    """The same command run in this process, where jieba is loaded already: for the faults that are
    about what the job decides (bad, removed, duplicate files), not about processes."""
    result = CliRunner().invoke(main, [*args, "--corpus", str(corpus), "--index", str(index)])
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


class Indexer:
    """A `jianbao index` process drawing its progress bar on a terminal, which the test reads."""

    def __init__(self, *args: str, corpus: Path, index: Path):
        master, slave = pty.openpty()
        # A terminal of 0 columns (a new pty's size) would get an empty progress bar.
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        self.proc = subprocess.Popen(command("index", *args, corpus=corpus, index=index), cwd=ROOT,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
        os.close(slave)
        self.terminal = b""
        self._reader = threading.Thread(target=self._read, args=(master,), daemon=True)
        self._reader.start()

    def _read(self, master: int) -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the process has closed the terminal
                chunk = b""
            if not chunk:
                os.close(master)
                return
            self.terminal += chunk

    def finish(self) -> tuple[int, str]:
        out, _ = self.proc.communicate(timeout=180)
        self._reader.join(timeout=5)
        return self.proc.returncode, out.decode()


def another_issue(name: str, year: int, number: int) -> str:
    """The text of archive file `name` as a different issue: its header renumbered and redated."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    text, n = re.subn(r"\d{4} 年第 \d+ 期", f"{year} 年第 {number} 期", text, count=1)
    text = re.sub(r"\(总第 \d+ 期\)", f"(总第 {(year - 2022) * 12 + number + 8} 期)", text, count=1)
    text = re.sub(r"\d{4} 年 \d+ 月 \d+ 日", f"{year} 年 {number} 月 28 日", text, count=1)
    assert n == 1, f"{name} has no issue header to renumber"
    return text


def add_issues(corpus: Path, *keys: tuple[int, int]) -> list[str]:
    """New issues in the corpus, made from the archive's text; their issue keys `YYYY-NN`."""
    sources = ["000_5858f990df9ebe1c.txt", "004_564c34face9b9b2b.txt"]
    for k, (year, number) in enumerate(keys):
        (corpus / f"{year}-{number:02d}.txt").write_text(another_issue(sources[k % 2], year, number),
                                                         encoding="utf-8")
    return [f"{year}-{number:02d}" for year, number in keys]


def holdings(index: Path) -> dict:
    """What a searcher opened now finds: every issue's item ids, the totals of QUERIES, the files."""
    archive = Archive(index)
    try:
        stats = archive.stats()
        issues = {}
        for key in sorted({row["issue"] for row in stats["files"]}):
            page = archive.search("", Filters(issue=[key]), per_page=100)
            issues[key] = sorted(hit.id for hit in page.hits)
            assert page.total == len(issues[key])
        totals = {q: archive.search(q).total for q in QUERIES}
        return {"issues": issues, "totals": totals, "items": stats["items"],
                "files": {row["file"]: row["issue"] for row in stats["files"]}}
    finally:
        archive.close()


def wait_for(condition, what: str, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"{what}: not within {timeout:g} s")


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A copy of the archive."""
    path = tmp_path / "corpus"
    shutil.copytree(CORPUS, path, ignore=shutil.ignore_patterns(".*"))
    return path


@pytest.fixture
def index(tmp_path, index_dir, corpus) -> Path:
    """A copy of the session's index of the archive: up to date with `corpus`."""
    path = tmp_path / "index"
    shutil.copytree(index_dir, path, symlinks=True, ignore=shutil.ignore_patterns(".lock"))
    return path


@pytest.fixture
def before(index) -> dict:
    return holdings(index)


# --- faults --------------------------------------------------------------------------------

@pytest.mark.parametrize("rebuild", [False, True], ids=["incremental", "rebuild"])
def test_an_indexer_killed_while_it_holds_the_lock_leaves_one_whole_index(corpus, index, before, rebuild):
    """SIGKILL as soon as the indexer has taken the lock (its pid in the lock file): wherever it then
    is, searchers find the old index whole or the new one whole, never a mixture."""
    new = add_issues(corpus, (2020, 3), (2020, 4), (2020, 5), (2020, 6))
    indexer = Indexer(*(["--rebuild"] if rebuild else []), corpus=corpus, index=index)
    wait_for(lambda: lock_holder(index) == indexer.proc.pid or indexer.proc.poll() is not None,
             "the indexer to take the lock", WAIT)
    indexer.proc.send_signal(signal.SIGKILL)
    indexer.finish()

    seen = holdings(index)
    if seen != before:  # it got as far as publishing: then all of it
        assert sorted(k for k in seen["issues"] if k in new) == new
        assert {k: v for k, v in seen["issues"].items() if k not in new} == before["issues"]
    update_index(corpus, index)  # the next run completes the work, whatever was left
    after = holdings(index)
    assert {k: v for k, v in after["issues"].items() if k not in new} == before["issues"]
    assert sorted(k for k in after["issues"] if k in new) == new


class Crash(BaseException):
    """What a kill at one exact point of a run looks like from inside: nothing after it runs."""


def _crash_after(n: int, real):
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > n:
            raise Crash(real.__name__)
        return real(*args, **kwargs)
    return wrapper


CRASH_POINTS = {
    # where the run stops: a function of the run replaced by one that raises at that call
    "half-way through adding items": ("search.index.reindex.item_fields", 3),
    "in the Whoosh commit": ("whoosh.writing.SegmentWriter.commit", 0),
    "between the commit and the manifest": ("search.index.store.os.replace", 1),  # 1: the pending one's
    "before the switch to a rebuilt generation": ("search.index.store.switch", 0),
}


@pytest.mark.parametrize("point, rebuild", [(point, rebuild) for point in CRASH_POINTS for rebuild in (False, True)
                                            if rebuild or "rebuilt" not in point])
def test_a_run_stopped_at_any_point_leaves_one_whole_index_and_the_next_run_completes(
        corpus, index, before, monkeypatch, point, rebuild):
    import importlib
    new = add_issues(corpus, (2020, 3), (2020, 4))
    target, calls = CRASH_POINTS[point]
    module_name, _, attr = target.rpartition(".")
    try:
        owner = importlib.import_module(module_name)
    except ModuleNotFoundError:  # a method: module.Class.method
        module_name, _, cls = module_name.rpartition(".")
        owner = getattr(importlib.import_module(module_name), cls)
    with monkeypatch.context() as patch:
        patch.setattr(owner, attr, _crash_after(calls, getattr(owner, attr)))
        with pytest.raises(Crash):
            update_index(corpus, index, rebuild=rebuild)
    assert lock_holder(index) is None  # the lock went with the run

    seen = holdings(index)  # the manifest a reader loads is always that of the commit it reads
    if seen != before:
        assert point == "between the commit and the manifest" and not rebuild
        assert sorted(k for k in seen["issues"] if k in new) == new
        assert {f"{k}.txt" for k in new} <= set(seen["files"])  # the pending manifest, adopted
        assert {k: v for k, v in seen["issues"].items() if k not in new} == before["issues"]
    report = update_index(corpus, index)
    assert report.ok
    after = holdings(index)
    assert {k: v for k, v in after["issues"].items() if k not in new} == before["issues"]
    assert sorted(k for k in after["issues"] if k in new) == new
    assert after["items"] == sum(len(v) for v in after["issues"].values())


def test_a_second_indexer_is_refused_while_one_holds_the_lock(corpus, index, before):
    new = add_issues(corpus, (2021, 1))
    with index_lock(index):  # this process is the indexer that runs
        assert lock_holder(index) == os.getpid()
        second = jianbao("index", corpus=corpus, index=index)
        assert second.returncode == 1
        assert second.stderr == (f"jianbao index: 另一个 jianbao index（进程 {os.getpid()}）正在更新 {index}："
                                 "请等它结束后再试\n")
        assert "Traceback" not in second.stderr
        assert holdings(index) == before
    assert lock_holder(index) is None
    done = jianbao("index", corpus=corpus, index=index)
    assert done.returncode == 0, done.stderr
    assert sorted(k for k in holdings(index)["issues"] if k in new) == new


def test_two_indexers_started_together_leave_one_whole_index(corpus, index, before):
    """Whichever order the kernel gives them: one runs, the other runs after it or is refused."""
    new = add_issues(corpus, (2021, 2), (2021, 3))
    procs = [subprocess.Popen(command("index", corpus=corpus, index=index), cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=180), p.stdout.read(), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert any(status == 0 for status, _, _ in results), results
    for status, out, err in results:
        assert status == 0 or (status == 1 and "正在更新" in err), (out, err)
        assert "Traceback" not in err
    after = holdings(index)
    assert {k: v for k, v in after["issues"].items() if k not in new} == before["issues"]
    assert sorted(k for k in after["issues"] if k in new) == new


def test_two_rebuilds_in_quick_succession_keep_the_generation_a_server_has_open(corpus, index, before):
    first = current_dir(index)
    reader = Archive(index)  # a server that opened the index before both rebuilds
    try:
        update_index(corpus, index, rebuild=True)
        update_index(corpus, index, rebuild=True)
        assert current_dir(index) != first
        assert first.is_dir()  # still there for a server that read `current` a moment ago
        assert reader.search("服务外包").total == before["totals"]["服务外包"]
    finally:
        reader.close()
    # Past the grace period, it goes at the next run.
    from search.index.store import GRACE_SECONDS, age_out as _age_out
    import time as _time
    removed = _age_out(index, now=_time.time() + GRACE_SECONDS + 1)
    assert first.name in removed and not first.exists()
    assert current_dir(index).is_dir()


def test_files_turned_bad_are_reported_and_their_items_stay(corpus, index, before):
    binary, truncated = corpus / "000_5858f990df9ebe1c.txt", corpus / "004_564c34face9b9b2b.txt"
    good = binary.read_bytes()
    binary.write_bytes(b"\x00\x01\xff" * 2000)
    truncated.write_bytes(truncated.read_bytes()[:200])  # the header and part of the contents
    new = add_issues(corpus, (2022, 7))

    done = jianbao_here("index", corpus=corpus, index=index)
    assert done.returncode == 1
    output = done.stdout + done.stderr
    assert f"未收录 {binary.name}：是二进制数据，不是文本" in output
    assert f"未收录 {truncated.name}：" in output
    assert "Traceback" not in output
    after = holdings(index)
    assert {k: v for k, v in after["issues"].items() if k not in new} == before["issues"]
    assert new[0] in after["issues"]  # the other files are indexed
    archive = Archive(index)
    assert sorted(r["file"] for r in archive.stats()["rejected"]) == [binary.name, truncated.name]
    archive.close()

    binary.write_bytes(good.replace("深圳市会展中心".encode(), "深圳会展中心".encode()))  # a good version (ids: titles kept)
    report = update_index(corpus, index)
    assert report.changed == [binary.name]
    assert [file for file, _ in report.rejected] == [truncated.name]
    assert holdings(index)["issues"]["2023-11"] == before["issues"]["2023-11"]


def test_a_removed_file_takes_its_items_and_nothing_else(corpus, index, before):
    (corpus / "004_564c34face9b9b2b.txt").unlink()
    done = jianbao_here("index", corpus=corpus, index=index)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "删除 1 个" in done.stdout
    after = holdings(index)
    gone = before["issues"]["2024-06"]
    assert "2024-06" not in after["issues"]
    assert after["items"] == before["items"] - len(gone)
    assert after["issues"] == {k: v for k, v in before["issues"].items() if k != "2024-06"}


def test_the_same_issue_twice_is_indexed_once_and_the_duplicate_reported(corpus, index, before):
    import docx
    original = corpus / "000_5858f990df9ebe1c.txt"
    document = docx.Document()
    for line in original.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    document.save(corpus / "briefing-2023-11.docx")  # an issue already indexed, as Word
    (corpus / "2021-09.txt").write_text(another_issue(original.name, 2021, 9), encoding="utf-8")
    shutil.copy(corpus / "2021-09.txt", corpus / "2021-09.md")  # a new issue, arriving twice

    done = jianbao_here("index", corpus=corpus, index=index)
    assert done.returncode == 1
    assert f"未收录 briefing-2023-11.docx：与 {original.name} 重复（同一期：2023年第11期）" in done.stdout
    assert "未收录 2021-09.txt：与 2021-09.md 重复" in done.stdout  # the first in name order stays
    after = holdings(index)
    assert after["issues"] == {**before["issues"], "2021-09": after["issues"]["2021-09"]}
    assert after["items"] == before["items"] + len(after["issues"]["2021-09"])
    assert after["files"]["2021-09.md"] == "2021-09"
    assert "briefing-2023-11.docx" not in after["files"]


@pytest.mark.parametrize("change", ["changed", "turned bad"])
def test_an_indexed_issue_keeps_its_place_when_its_twin_arrives(corpus, index, before, change):
    """The twin of an indexed file arrives as that file changes or turns bad: still indexed once."""
    held = corpus / "000_5858f990df9ebe1c.txt"
    text = held.read_text(encoding="utf-8")
    (corpus / "000-again.md").write_text(text, encoding="utf-8")  # sorts before its twin
    if change == "changed":
        held.write_text(text.replace("深圳市会展中心", "深圳会展中心"), encoding="utf-8")  # titles kept, ids kept
    else:
        held.write_bytes(b"\x00\xff" * 1000)
    report = update_index(corpus, index)
    assert ("000-again.md", f"与 {held.name} 重复（同一期：2023年第11期）") in report.rejected
    assert holdings(index)["issues"] == before["issues"]

    held.unlink()  # the twin takes over once the file that holds the issue has gone
    report = update_index(corpus, index)
    assert report.added == ["000-again.md"] and report.removed == [held.name]
    assert holdings(index)["issues"]["2023-11"] == before["issues"]["2023-11"]


def test_twenty_searchers_see_complete_answers_during_a_full_rebuild(corpus, index, before):
    expected = before["totals"]
    old_generation = current_dir(index)
    errors: list[str] = []
    answers: list[int] = []
    generations: set[Path] = set()
    rebuilding = threading.Event()
    rebuilding.set()
    started = threading.Barrier(21)

    def searcher():
        try:
            archive = Archive(index)  # opened before the switch, kept across it
        except Exception as exc:  # noqa: BLE001 - every failure is a finding
            errors.append(f"open: {exc!r}")
            started.abort()
            return
        try:
            last_round = False
            rounds: list[int] = []
            while not last_round:
                last_round = not rebuilding.is_set()  # one more round after the rebuild ended
                try:
                    archive.refresh()
                    for q in QUERIES:
                        page = archive.search(q, per_page=5)
                        if page.total != expected[q] or len(page.hits) != min(5, expected[q]) \
                                or not all(h.id and h.snippet for h in page.hits):
                            errors.append(f"{q}: {page.total} hits, {len(page.hits)} shown")
                        answers.append(page.total)
                    generations.add(archive._gen)
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"{type(exc).__name__}: {exc}")
                if not rounds:
                    try:
                        started.wait(timeout=WAIT)  # the first round of every thread, then the rebuild
                    except threading.BrokenBarrierError:
                        errors.append("the searchers never all answered once")
                rounds.append(1)
                time.sleep(0.5)  # a pace that leaves the rebuild some CPU on a small machine
        finally:
            archive.close()

    threads = [threading.Thread(target=searcher) for _ in range(20)]
    for t in threads:
        t.start()
    try:
        started.wait(timeout=WAIT)  # every searcher has answered once from the old generation
    except threading.BrokenBarrierError:
        pass  # reported by the searchers
    rebuild = jianbao("index", "--rebuild", corpus=corpus, index=index)
    rebuilding.clear()
    for t in threads:
        t.join(timeout=120)

    assert rebuild.returncode == 0, rebuild.stdout + rebuild.stderr
    assert errors == []
    assert len(answers) >= 20 * len(QUERIES) * 2
    assert current_dir(index) != old_generation
    assert current_dir(index) in generations  # searchers moved to the new index on refresh()
    assert holdings(index) == before


def test_watch_mode_indexes_a_new_issue_and_drops_a_removed_one(corpus, index, tmp_path):
    log = tmp_path / "watch.log"
    with open(log, "wb") as err:
        # As in a terminal: Ctrl-C reaches it. A test run started as a background job (`… &` in
        # a script) ignores SIGINT, and a child inherits that; then the Ctrl-C below never lands.
        proc = subprocess.Popen(command("index", "--watch", corpus=corpus, index=index), cwd=ROOT,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        wait_for(lambda: "正在监视".encode() in log.read_bytes(), "the watcher to start", WAIT)
        reader = Archive(index)  # a running searcher, never reopened
        issue = Filters(issue=["2021-11"])
        assert reader.search("", issue).total == 0

        draft = corpus / "new.txt.tmp"  # written under a name the watcher ignores, then renamed
        draft.write_text(another_issue("004_564c34face9b9b2b.txt", 2021, 11), encoding="utf-8")
        arrived = corpus / "2021-11.txt"
        draft.rename(arrived)
        expected = len(parse_file(arrived).items)

        def found():
            archive = Archive(index)
            try:
                return archive.search("", issue).total
            finally:
                archive.close()

        wait_for(lambda: found() == expected, "the new issue to become searchable")
        reader.refresh()
        assert reader.search("", issue).total == expected

        reader.close()

        arrived.unlink()
        wait_for(lambda: found() == 0, "the removed issue to leave the index")
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        out, _ = proc.communicate(timeout=WAIT)  # a hung watcher, not a slow one
    assert proc.returncode == 0, log.read_text(encoding="utf-8")
    assert "Traceback" not in log.read_text(encoding="utf-8")
    assert out.decode().count("更新了索引") >= 3  # the first run, the arrival, the removal


def test_a_running_searcher_sees_removed_and_changed_items_after_refresh(corpus, index, before):
    reader = Archive(index)
    (corpus / "004_564c34face9b9b2b.txt").unlink()
    changed = corpus / "000_5858f990df9ebe1c.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("高交会", "高新技术成果交易会"),
                       encoding="utf-8")
    update_index(corpus, index)
    reader.refresh()
    try:
        assert reader.search("", Filters(issue=["2024-06"])).total == 0
        assert reader.search("高交会").total == holdings(index)["totals"]["高交会"]
        assert reader.item_count == holdings(index)["items"]
    finally:
        reader.close()


# --- the watcher in-process ------------------------------------------------------------------

@pytest.mark.parametrize("name, wanted", [
    ("2024-06.pdf", True), ("issue.DOCX", True), ("a.md", True), ("b.txt", True),
    ("2024-06.meta.toml", True), (".2024-06.pdf", False), ("~$issue.docx", False),
    ("b.txt.tmp", False), (".b.txt.swp", False), ("b.txt~", False), ("notes.doc", True), ("wechat.html", True),
    ("picture.png", True), ("4913", True), ("2024-06.pdf.crdownload", False), ("#b.txt#", False),
])
def test_the_watcher_reacts_to_every_file_of_the_corpus(name, wanted):
    """A file no reader reads is rejected with its reason by the run its arrival starts: never
    skipped in silence. Hidden files and files still being written start no run."""
    assert relevant(f"/corpus/{name}") is wanted


class FakeClock:
    """The watcher's clock, moved by the test: the debounce passes when the test says so."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Recorder:
    """What the watcher says it does (its `on_event`), waited on by condition, never by time."""

    def __init__(self, clock: FakeClock):
        self.clock = clock
        self.events: list[tuple[str, list[str], float]] = []
        self.changed = threading.Condition()

    def __call__(self, kind: str, names: list[str]) -> None:
        with self.changed:
            self.events.append((kind, names, self.clock.now))
            self.changed.notify_all()

    def of(self, kind: str) -> list[tuple[list[str], float]]:
        with self.changed:
            return [(names, at) for k, names, at in self.events if k == kind]

    def noted(self) -> set[str]:
        return {n for names, _ in self.of("noted") for n in names}

    def wait(self, condition, what: str) -> None:
        with self.changed:
            if not self.changed.wait_for(condition, timeout=WAIT):
                pytest.fail(f"{what}: the watcher never said so; it said {self.events}")


DEBOUNCE = 5.0  # seconds of the fake clock


@pytest.fixture
def watcher(tmp_path):
    """`watch` in a thread on an empty folder, with a recording run_once and a clock the test moves.

    Yields (folder, clock, recorder, behaviour); returns once the observer is watching.
    """
    folder = tmp_path / "incoming"
    folder.mkdir()
    clock = FakeClock()
    recorder = Recorder(clock)
    results: list = []
    stop = threading.Event()
    behaviour = {"busy": 0}

    def run_once():
        if behaviour["busy"]:
            behaviour["busy"] -= 1
            raise IndexBusy(folder, 4242)
        return 0

    thread = threading.Thread(target=lambda: results.append(
        watch(folder, run_once, DEBOUNCE, stop, clock=clock, on_event=recorder)))
    thread.start()
    recorder.wait(lambda: recorder.of("watching"), "watching")
    yield folder, clock, recorder, behaviour
    stop.set()
    thread.join(timeout=WAIT)
    assert results == [0]
    assert recorder.of("stopped")


def arrive(folder: Path, name: str) -> None:
    """A file written under a temporary name and renamed into place: one event for the watcher."""
    draft = folder / f"{name}.tmp"
    draft.write_text("x", encoding="utf-8")
    draft.rename(folder / name)


def settle(folder: Path, clock: FakeClock, recorder: Recorder, sentinel: str) -> None:
    """Let `sentinel` arrive, wait until the watcher has noted it (so every earlier event was
    handled: inotify keeps their order), let the debounce pass and wait for the run that follows."""
    runs, noted = len(recorder.of("run")), len(recorder.of("noted"))
    arrive(folder, sentinel)
    recorder.wait(lambda: len(recorder.of("noted")) > noted and sentinel in recorder.noted(), f"{sentinel} noted")
    clock.advance(DEBOUNCE)
    recorder.wait(lambda: len(recorder.of("run")) > runs, "a run")


def test_a_burst_of_changes_is_one_run(watcher):
    folder, clock, recorder, _ = watcher
    for n in range(5):
        arrive(folder, f"{n}.txt")
    (folder / "0.txt").unlink()
    recorder.wait(lambda: len(recorder.of("noted")) == 6, "the burst noted: five arrivals, one removal")
    assert recorder.of("run") == []  # the debounce has not passed on the watcher's clock
    clock.advance(DEBOUNCE)
    recorder.wait(lambda: recorder.of("run"), "a run")
    settle(folder, clock, recorder, "z.txt")
    assert [names for names, _ in recorder.of("run")] == [[f"{n}.txt" for n in range(5)], ["z.txt"]]


def test_temporary_and_hidden_files_start_no_run(watcher):
    folder, clock, recorder, _ = watcher
    for name in (".hidden.txt", "x.txt.tmp", ".x.txt.swp", "~$x.docx", "b.txt~"):
        (folder / name).write_text("x", encoding="utf-8")
    settle(folder, clock, recorder, "z.txt")  # proves the watcher was watching all along
    assert [names for names, _ in recorder.of("run")] == [["z.txt"]]
    assert recorder.noted() == {"z.txt"}


def test_a_file_no_reader_reads_starts_a_run_that_rejects_it(watcher):
    folder, clock, recorder, _ = watcher
    settle(folder, clock, recorder, "notes.png")
    assert [names for names, _ in recorder.of("run")] == [["notes.png"]]


def test_a_busy_index_is_tried_again_after_the_debounce(watcher):
    folder, clock, recorder, behaviour = watcher
    behaviour["busy"] = 1
    arrive(folder, "a.txt")
    recorder.wait(lambda: "a.txt" in recorder.noted(), "a.txt noted")
    clock.advance(DEBOUNCE)
    recorder.wait(lambda: recorder.of("busy"), "the refused run")
    clock.advance(DEBOUNCE)
    recorder.wait(lambda: len(recorder.of("run")) == 2, "the second try")
    settle(folder, clock, recorder, "z.txt")
    runs = recorder.of("run")
    assert [names for names, _ in runs] == [["a.txt"], ["a.txt"], ["z.txt"]]
    assert runs[1][1] - runs[0][1] >= DEBOUNCE  # on the watcher's clock


def test_watching_a_missing_corpus_is_one_line_and_status_1(tmp_path):
    missing = tmp_path / "no-such-corpus"
    done = subprocess.run(command("index", "--watch", corpus=missing, index=tmp_path / "index"), cwd=ROOT,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines == [f"错误：{missing}：语料文件夹不存在，无从监视"], done.stderr


def test_watch_refuses_a_missing_corpus_in_the_library(tmp_path):
    from search.errors import CorpusError
    with pytest.raises(CorpusError, match="语料文件夹不存在"):
        watch(tmp_path / "gone", lambda: 0, 1.0, threading.Event())


def test_archives_of_one_index_version_share_their_tables_and_a_commit_gives_new_ones(corpus, index):
    """A server's threads each keep an Archive: what one version holds is built and held once."""
    first, second = Archive(index), Archive(index)
    try:
        assert first._columns is second._columns and first.manifest is second.manifest
        assert first.compiler is not second.compiler  # compiling keeps state: one per Archive
        add_issues(corpus, (2021, 5))
        update_index(corpus, index)
        first.refresh()
        assert first._columns is not second._columns
        assert first.search("", Filters(issue=["2021-05"])).total > 0
        assert second.search("", Filters(issue=["2021-05"])).total == 0  # not refreshed: its own snapshot
        second.refresh()
        assert first._columns is second._columns
    finally:
        first.close()
        second.close()


def test_segments_are_separate_files_and_replacements_are_made_durable(corpus, index, monkeypatch):
    """Compound segments made each searcher copy what it read into memory; and a replaced manifest
    or `current` link is durable only once its directory is fsynced."""
    import search.index.store as index_module
    synced: list[Path] = []
    real = index_module._fsync_dir
    monkeypatch.setattr(index_module, "_fsync_dir", lambda path: (synced.append(Path(path)), real(path)))
    add_issues(corpus, (2021, 6))
    update_index(corpus, index)  # incremental: a commit, then its manifest
    gen = current_dir(index)
    assert gen in synced
    assert not list(gen.glob("*.seg"))  # no compound segment written
    synced.clear()
    update_index(corpus, index, rebuild=True)  # a new generation, then the switch
    assert index in synced and current_dir(index) in synced
    assert not list(current_dir(index).glob("*.seg"))
