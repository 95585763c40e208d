"""What the parser understands of an uploaded file, read in a process of its own.

One upload must not stall the server nor take its memory: the file is parsed by a child process
(`python -m search.intake.worker`, a fresh interpreter, so nothing of the server's threads or
locks is inherited) that bounds its own address space and is killed when its time is up. The
result is the report of `jianbao check --json` with the issue's figures, or why the file cannot
be used; never an exception.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from search import limits


def preview(name: str, path: Path | str, override: dict | None = None, known: list[dict] | None = None,
            *, seconds: float = limits.PARSE_SECONDS, memory: int = limits.PARSE_MEMORY,
            cache_dir: Path | str | None = None) -> dict:
    """The check report of the file at `path` as it would be indexed under `name`, with `override`
    as its side file and `known` (year, number, total, date of the indexed issues) as the other
    issues' numbering. `{"usable": False, "code", "reason"}` when it cannot be used, including
    when reading it passes `seconds` (code `timeout`) or `memory` (`out_of_memory`). With
    `cache_dir` (the index's, store.cache_dir), what the preview recognised and parsed is kept
    there, by content: publishing the file then reads its pages from it, never recognising them
    again."""
    request = {"name": name, "path": str(path), "override": override or {}, "known": known or [],
               "memory": memory, "cache": str(cache_dir) if cache_dir is not None else None}
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    try:
        done = subprocess.run([sys.executable, "-m", "search.intake.worker"], input=json.dumps(request),
                              capture_output=True, text=True, timeout=seconds, env=env)
    except subprocess.TimeoutExpired:  # run() has killed it
        return _refused(name, "timeout", f"读取超过 {seconds:g} 秒，已中止")
    try:
        result = json.loads(done.stdout)
    except ValueError:
        if "MemoryError" in done.stderr or done.returncode in (-9, 137):
            return _refused(name, "out_of_memory", "读取所需的内存超过上限，已中止")
        return _refused(name, "crashed", f"读取程序意外退出（退出码 {done.returncode}）")
    return result


def _refused(name: str, code: str, reason: str) -> dict:
    return {"file": name, "usable": False, "code": code, "reason": reason}
