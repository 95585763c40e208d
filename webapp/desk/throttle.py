"""Failed sign-ins counted per account and per address, across every worker process.

gunicorn runs several processes, so a count kept in memory would let an attacker try N times per
process: the counts live in a small SQLite file of the instance folder (`throttle.sqlite3`, mode
0600), which SQLite locks for each change. A key (`account:NAME`, `address:IP`) with too many
failures in the window is refused until the oldest of them leaves the window.
"""
from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from search.private import FILE_MODE, private_dir

FILE = "throttle.sqlite3"


class Throttle:
    """Failures per key within `window` seconds; `limits` maps a key's prefix to its allowance."""

    def __init__(self, instance_dir: Path | str, window: float, limits: dict[str, int]):
        self.path = Path(instance_dir) / FILE
        self.window = window
        self.limits = limits

    def _connect(self) -> sqlite3.Connection:
        if not self.path.exists():
            private_dir(self.path.parent)
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE))
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        db.execute("CREATE TABLE IF NOT EXISTS failures (key TEXT NOT NULL, at REAL NOT NULL)")
        db.execute("CREATE INDEX IF NOT EXISTS failures_key ON failures (key, at)")
        return db

    def _limit(self, key: str) -> int:
        return self.limits[key.split(":", 1)[0]]

    def wait(self, keys: list[str], now: float | None = None) -> float:
        """Seconds before any of `keys` may try again (0: now)."""
        now = time.time() if now is None else now
        longest = 0.0
        with closing(self._connect()) as db:
            for key in keys:
                limit = self._limit(key)
                rows = db.execute("SELECT at FROM failures WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?",
                                  (key, now - self.window, limit)).fetchall()
                if len(rows) >= limit:
                    longest = max(longest, rows[-1][0] + self.window - now)
        return longest

    def fail(self, keys: list[str], now: float | None = None) -> None:
        """Count one failure for each of `keys`; forget failures older than the window."""
        now = time.time() if now is None else now
        with closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM failures WHERE at <= ?", (now - self.window,))
            db.executemany("INSERT INTO failures (key, at) VALUES (?, ?)", [(k, now) for k in keys])
            db.execute("COMMIT")

    def clear(self, key: str) -> None:
        """Forget the failures of `key` (an account that signed in)."""
        with closing(self._connect()) as db:
            db.execute("DELETE FROM failures WHERE key = ?", (key,))
