"""`jianbao index --watch`: file-system events on the corpus, debounced, each burst one reindex run.

Sits beside the reindex job (reindex.py) and knows nothing of what a run does: the CLI hands in
`run_once() -> exit status`. Editors' swap files, hidden files and `*.tmp` are ignored (listing.py),
so a file is picked up once it has been written and renamed into place.
"""
from __future__ import annotations

import signal
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from search.errors import CorpusError, IndexBusy
from search.index.listing import ignored
from search.wording import index_error

TRIGGERS = {"created", "modified", "deleted", "moved", "closed"}


def relevant(path: str) -> bool:
    """Whether a change to this path can change the index or its list of rejected files: any file
    of the corpus (one no reader reads is rejected, with its reason) or a side file."""
    return not ignored(Path(path).name)


class _Changes(FileSystemEventHandler):
    """Collects relevant events from the observer's thread; the watcher takes them when quiet."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 on_event: Callable[[str, list[str]], None] | None = None):
        self._clock = clock
        self._on_event = on_event
        self._lock = threading.Lock()
        self._last: float | None = None  # time of the latest relevant event not yet handled
        self._names: set[str] = set()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in TRIGGERS:
            return
        paths = [p for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        names = {Path(p).name for p in map(str, paths) if relevant(p)}
        if names:
            self.touch(names)
            if self._on_event is not None:
                self._on_event("noted", sorted(names))

    def touch(self, names=()) -> None:
        with self._lock:
            self._last = self._clock()
            self._names.update(names)

    def quiet_for(self) -> float | None:
        """Seconds since the latest pending event, or None if nothing is pending."""
        with self._lock:
            return None if self._last is None else self._clock() - self._last

    def take(self) -> list[str]:
        with self._lock:
            names, self._names, self._last = sorted(self._names), set(), None
            return names


def _say(message: str) -> None:
    # stderr: stdout carries the runs' summaries, JSON Lines with `index --json`.
    print(f"[{datetime.now().isoformat(sep=' ', timespec='seconds')}] {message}", file=sys.stderr, flush=True)


def watch(corpus_dir: Path | str, run_once: Callable[[], int], debounce: float = 1.0,
          stop_event: threading.Event | None = None, *, clock: Callable[[], float] = time.monotonic,
          on_event: Callable[[str, list[str]], None] | None = None) -> int:
    """Call `run_once()` after each burst of changes to the corpus, `debounce` seconds after its last event.

    Runs until Ctrl-C, SIGTERM or `stop_event` is set; returns 0. A run refused with IndexBusy
    (another indexer holds the lock) is tried again after the debounce. Raises CorpusError if the
    corpus directory does not exist.

    `on_event(kind, names)` is told what the watcher does, as it does it: `watching` (the observer
    runs), `noted` (relevant files changed), `run` (a run starts, for these files), `busy` (the run
    was refused) and `stopped`. `clock` measures the debounce. Both let a caller (the tests)
    follow the watcher by its events rather than by the time it takes.
    """
    if not Path(corpus_dir).is_dir():
        raise CorpusError(str(corpus_dir), "语料文件夹不存在")
    tell = on_event or (lambda kind, names: None)
    stop = stop_event or threading.Event()
    changes = _Changes(clock, on_event)
    observer = Observer()
    observer.schedule(changes, str(corpus_dir), recursive=False)
    try:
        observer.start()
    except OSError as exc:  # removed in the meantime, or not readable, or out of inotify watches
        raise CorpusError(str(corpus_dir), f"无法监视（{exc.strerror or exc}）") from None
    restore = _stop_on_sigterm(stop)
    _say(f"正在监视 {corpus_dir}：文件新增、修改或删除时重新索引（按 Ctrl-C 停止）")
    tell("watching", [])
    try:
        while not stop.is_set():
            quiet = changes.quiet_for()
            if quiet is None or quiet < debounce:
                stop.wait(0.1 if quiet is None else min(0.1, debounce - quiet))
                continue
            names = changes.take()
            shown = "、".join(names[:3]) + (f" 等 {len(names)} 个文件" if len(names) > 3 else "")
            _say(f"有变化：{shown}；重新索引")
            tell("run", names)
            try:
                status = run_once()
            except IndexBusy as exc:
                _say(f"{index_error(exc)}；{debounce:g} 秒后再试")
                changes.touch(names)
                tell("busy", names)
                continue
            _say(f"重新索引完毕（状态 {status}）；继续监视")
    except KeyboardInterrupt:
        pass
    finally:
        restore()
        _stop(observer, timeout=5)
        _say("已停止监视")
        tell("stopped", [])
    return 0


def _stop(observer, timeout: float) -> None:
    """Stop the observer, giving up after `timeout` seconds.

    watchdog 7's inotify teardown (`Observer.stop()`) joins its reader thread with no timeout. In
    the test suite on a loaded machine, a watcher sent Ctrl-C while idle sometimes never got past
    it. Its threads are daemons, so once we stop waiting the process ends as asked.
    """
    stopper = threading.Thread(target=lambda: (observer.stop(), observer.join(timeout)), daemon=True)
    stopper.start()
    stopper.join(timeout)


def _stop_on_sigterm(stop: threading.Event) -> Callable[[], None]:
    """Let SIGTERM (systemd's stop, `kill`) end the watch as Ctrl-C does; returns the undo."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    return lambda: signal.signal(signal.SIGTERM, previous)
