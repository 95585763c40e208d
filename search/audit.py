"""The desk's audit log: one JSON object a line, appended, never rewritten.

`INSTANCE/audit.jsonl` (mode 0600): `{"at", "who", "from", "action", "file", "detail", "ok"}` for
every sign-in (and failed attempt), upload, correction, publication, withdrawal and restoration,
and every account change made on the command line. Each line is written whole under an exclusive
lock in append mode, so the web's worker processes and the command line never interleave.
"""
from __future__ import annotations

import fcntl
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from search.private import FILE_MODE, private_dir

FILE = "audit.jsonl"
TAIL_BYTES = 1 << 20  # `recent` reads at most the last megabyte


class AuditLog:
    """The audit log of an instance folder."""

    def __init__(self, instance_dir: Path | str):
        self.path = Path(instance_dir) / FILE

    def append(self, action: str, *, who: str | None, address: str | None = None, file: str | None = None,
               detail: str | None = None, ok: bool = True) -> dict:
        """Add one entry; returns it."""
        entry = {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "who": who,
                 "from": address, "action": action, "file": file, "detail": detail, "ok": ok}
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        private_dir(self.path.parent)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        return entry

    def recent(self, limit: int = 50) -> list[dict]:
        """The newest `limit` entries, newest first."""
        try:
            with open(self.path, "rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - TAIL_BYTES))
                tail = handle.read()
        except FileNotFoundError:
            return []
        lines = tail.split(b"\n")
        if size > TAIL_BYTES:
            lines = lines[1:]  # the first may be cut
        entries = []
        for raw in reversed(lines):
            if len(entries) >= limit:
                break
            try:
                entries.append(json.loads(raw))
            except ValueError:
                continue
        return entries
