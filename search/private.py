"""Files only their owner may read: the desk's accounts, its audit log, its session key.

They live in the instance folder (`JIANBAO_INSTANCE`, default `./instance`), outside the corpus and
the index; the folder is made mode 0700 and each file 0600, written whole under a temporary name
and renamed into place, so a reader never sees half of one.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path | str) -> Path:
    """The folder `path`, made (mode 0700) if missing."""
    path = Path(path)
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    return path


def _write_aside(path: Path, data: bytes, place) -> None:
    """Write `data` to a private temporary file beside `path`, make it durable, then
    `place(tmp, path)` (os.replace, or os.link never to replace); the temporary name goes."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        place(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_private(path: Path | str, data: bytes) -> None:
    """Replace the file at `path` by `data`, mode 0600, atomically and durably."""
    path = Path(path)
    private_dir(path.parent)
    _write_aside(path, data, os.replace)


def keep_private(path: Path | str) -> None:
    """Make an existing file of ours mode 0600 again, if someone opened it up."""
    try:
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, FILE_MODE)
    except OSError:
        pass


def make_once(path: Path | str, make) -> bytes:
    """The content of the private file at `path`, made by `make()` the first time (mode 0600).
    Two processes starting at once agree: the file appears whole (written aside, then linked into
    place), and the second to link reads the first's."""
    path = Path(path)
    if path.exists():
        keep_private(path)
        return path.read_bytes()
    private_dir(path.parent)
    data = make()
    try:
        _write_aside(path, data, os.link)
    except FileExistsError:
        return path.read_bytes()
    return data
