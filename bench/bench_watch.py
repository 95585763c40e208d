"""Freshness benchmark (issue 5): a new issue landing in a 10,000-item corpus, to searchable.

Runs `jianbao index --watch` and `jianbao serve` over a private copy of the synthetic archive (the
corpus as symlinks, the index copied), lands a new issue file (written under a hidden temporary
name, then renamed into place, as a copy tool would) holding a word found nowhere else, and polls
/api/search for that word every 50 ms until it is found. One untimed landing first proves the
watcher is listening; then --repeat (default 5) timed ones.

    .venv/bin/python bench/bench_watch.py [--items 10000] [--repeat 5]

Target: ≤ 3 s from landing to searchable.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from common import LIB, OUT, PYTHON, Server, api_search_path, get, machine, workspace

import synth

POLL = 0.05
TIMEOUT = 120.0


def probe_word(j: int) -> str:
    """A Latin word no synthetic or real item holds (letters only: one token, lower-cased)."""
    letters = "jkqvwxz"  # rare letters: jieba's dictionary (grown with the archive's names) has no
    # word in them, so the probe stays one token
    return "qzx" + "".join(letters[(j // 7 ** k) % 7] for k in range(4)) + "jv"


def found(port: int, word: str) -> bool:
    status, body = get(port, api_search_path(word), timeout=10)
    if status != 200:
        return False
    data = json.loads(body)
    return data.get("total", 0) > 0 and not data.get("fallback")  # not a partial match


def land_and_wait(n: int, corpus, port: int, j: int) -> float:
    word = probe_word(j)
    if found(port, word):
        raise RuntimeError(f"{word} is already searchable before its issue landed")
    t0 = time.perf_counter()
    synth.write_extra(n, corpus, j, probe=word)
    while time.perf_counter() - t0 < TIMEOUT:
        if found(port, word):
            return time.perf_counter() - t0
        time.sleep(POLL)
    raise RuntimeError(f"{word} not searchable after {TIMEOUT} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pause", type=float, default=3.0, help="seconds between landings")
    args = ap.parse_args(argv)
    info = machine()
    corpus, index = workspace("watch", args.items)
    watch_log = open(OUT / "watch.log", "w")
    watcher = subprocess.Popen([PYTHON, "-m", "jianbao", "index", "--watch", "--corpus", str(corpus),
                                "--index", str(index)], cwd=LIB, stdout=watch_log, stderr=subprocess.STDOUT)
    server = Server(corpus, index, OUT / "watch-serve.log")
    times = []
    try:
        server.wait_healthy()
        found(server.port, "数字贸易")  # the first request opens the thread's Archive
        time.sleep(3)  # the watcher's start-up (jieba, first run over the corpus)
        warm = land_and_wait(args.items, corpus, server.port, 0)
        print(f"untimed first landing: {warm:.2f} s", file=sys.stderr)
        for j in range(1, args.repeat + 1):
            time.sleep(args.pause)
            dt = land_and_wait(args.items, corpus, server.port, j)
            times.append(dt)
            print(f"landing {j}: searchable after {dt:.2f} s", file=sys.stderr)
    finally:
        server.stop()
        if watcher.poll() is None:
            watcher.terminate()
            try:
                watcher.wait(15)
            except subprocess.TimeoutExpired:
                watcher.kill()
                watcher.wait()
        watch_log.close()
    med = statistics.median(times)
    report = {"items": args.items, "untimed_first_s": round(warm, 2), "seconds": [round(t, 2) for t in times],
              "median_s": round(med, 2), "max_s": round(max(times), 2), "poll_s": POLL, "machine": info}
    (OUT / f"bench_watch-{args.items}.json").write_text(json.dumps(report, indent=1))
    print(f"| items | landing → searchable, each (s) | median | max |\n|---|---|---|---|\n"
          f"| {args.items:,} | {', '.join(f'{t:.2f}' for t in times)} | {med:.2f} s | {max(times):.2f} s |\n\n"
          f"Target (≤ 3 s): {'met' if max(times) <= 3 else ('met at the median, not every time' if med <= 3 else 'NOT met')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
