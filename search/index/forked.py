"""Work done in a forked process (issue 19), for the index writer: how many processes may be used,
and a target run in a fork whose result the parent waits for.

Used by writer.py (documents analysed in parts) and flush.py (the largest field's postings).
"""
from __future__ import annotations

import multiprocessing
import os
import threading


def parallel_procs(wanted: int) -> int:
    """How many processes `Writer.add_all` may use: 1 where forking is not safe (a process running
    other threads, as a web server's, may fork while one of them holds a lock) or not available."""
    if (wanted <= 1 or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return 1
    return min(wanted, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class Forked:
    """`target(*args)` in a forked process; `result()` waits for what it returns."""

    def __init__(self, target, *args):
        ctx = multiprocessing.get_context("fork")
        self._conn, child_conn = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_run_forked, args=(target, args, child_conn), daemon=True)
        self._process.start()
        child_conn.close()

    def result(self):
        try:
            status, value = self._conn.recv()
        except EOFError:
            status, value = "error", f"the process ended without a result (exit {self._process.exitcode})"
        self._process.join()
        if status != "ok":
            raise RuntimeError(f"a writer process failed: {value}")
        return value

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()


def _run_forked(target, args, conn) -> None:
    try:
        conn.send(("ok", target(*args)))
    except BaseException as exc:  # the parent raises it: a child has no one to tell
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
