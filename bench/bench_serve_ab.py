"""Serving throughput of two commits on the same archive, in alternating runs (issue 19).

Each side is a library snapshot (a directory holding `search/` and `webapp/`, and `jianbao/` where
the commit has it: `git archive C search webapp jianbao | tar -x -C DIR`); each builds its own index
of the corpus with its own `index --rebuild`, then is served by its own `serve` (gunicorn, its
default workers and threads) while --connections clients send /api/search requests for --seconds.
The runs alternate old, new, old, new, … so that the machine's load falls on both alike.

    .venv/bin/python bench/bench_serve_ab.py --old /tmp/jianbao-lib-a22e099 --new /tmp/jianbao-lib-HEAD \
        [--corpus corpus] [--rounds 2] [--seconds 30] [--connections 8] [--queries 30]

The load: the first --queries queries of common.QUERIES, plain /api/search, each client its own
seeded order and keep-alive connection; errors are any status but 200 or an answer without the
contract's keys.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from common import OUT, PYTHON, QUERIES, ROOT, free_port, get, machine, pct


def module_of(lib: Path) -> str:
    """The package a snapshot's command line lives in (`jianbao`, or `search` before it moved)."""
    return "jianbao" if (lib / "jianbao" / "cli.py").exists() else "search"


def env_of(lib: Path) -> dict:
    env = dict(os.environ)
    # AB_EXTRA_PATH: packages an old commit needs that this venv no longer has (a22e099: filelock)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(lib), os.environ.get("AB_EXTRA_PATH")]))
    env.pop("JIANBAO_LIB", None)
    return env


def build(lib: Path, corpus: Path, index: Path) -> None:
    subprocess.run([PYTHON, "-m", module_of(lib), "index", "--rebuild", "--corpus", str(corpus),
                    "--index", str(index)], cwd=lib, env=env_of(lib), check=True, capture_output=True)


def client(port, queries, seed, stop, out, errors, lock):
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    mine = []
    while not stop.is_set():
        path = "/api/search?" + urllib.parse.urlencode({"q": rng.choice(queries)})
        t = time.perf_counter()
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            dt = (time.perf_counter() - t) * 1000
            if resp.status != 200:
                with lock:
                    errors[f"HTTP {resp.status}"] += 1
            elif not {"query", "total", "hits", "facets"} <= set(json.loads(body)):
                with lock:
                    errors["answer without query/total/hits/facets"] += 1
            mine.append(dt)
        except Exception as exc:  # noqa: BLE001 - every failure is counted
            with lock:
                errors[type(exc).__name__] += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()
    with lock:
        out.extend(mine)


def load(port, queries, connections, seconds, seed):
    stop, out, errors, lock = threading.Event(), [], Counter(), threading.Lock()
    threads = [threading.Thread(target=client, args=(port, queries, seed + i, stop, out, errors, lock))
               for i in range(connections)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    return out, errors, time.perf_counter() - t0


def run(lib: Path, corpus: Path, index: Path, args, log: Path) -> dict:
    port = free_port()
    cmd = [PYTHON, "-m", module_of(lib), "serve", "--host", "127.0.0.1", "--port", str(port),
           "--index", str(index), "--corpus", str(corpus)]
    with open(log, "w") as logf:
        proc = subprocess.Popen(cmd, cwd=lib, env=env_of(lib), stdout=logf, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if get(port, "/healthz", timeout=2)[0] == 200:
                        break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{lib}: serve did not come up; see {log}")
                time.sleep(0.2)
            queries = QUERIES[:args.queries]
            load(port, queries, args.connections, 5, 1000)  # warm-up: every thread opens its archive
            lat, errors, elapsed = load(port, queries, args.connections, args.seconds, 0)
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return {"requests": len(lat), "rps": round(len(lat) / elapsed, 1), "p50_ms": round(pct(lat, 50), 1),
            "p99_ms": round(pct(lat, 99), 1), "errors": sum(errors.values()), "error_kinds": dict(errors),
            "load": [round(x, 2) for x in os.getloadavg()]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", type=Path, required=True)
    ap.add_argument("--new", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--queries", type=int, default=30)
    args = ap.parse_args(argv)
    sides = {"old": args.old.resolve(), "new": args.new.resolve()}
    label = {k: (v / ".commit").read_text().strip() if (v / ".commit").exists() else v.name for k, v in sides.items()}
    indexes = {k: OUT / f"ab-serve-{k}" for k in sides}
    for k, lib in sides.items():
        print(f"building {k} ({label[k]}) …", file=sys.stderr, flush=True)
        build(lib, args.corpus.resolve(), indexes[k])
    rows = []
    for r in range(args.rounds):
        for k in ("old", "new"):
            res = run(sides[k], args.corpus.resolve(), indexes[k], args, OUT / f"ab-serve-{k}.log")
            res.update(side=k, commit=label[k], round=r + 1)
            rows.append(res)
            print(json.dumps(res), file=sys.stderr, flush=True)
    (OUT / "bench_serve_ab.json").write_text(json.dumps({"runs": rows, "machine": machine()}, indent=1))
    print(f"| round | commit | req/s | p50 ms | p99 ms | errors | load |\n|---|---|---|---|---|---|---|")
    for res in rows:
        print(f"| {res['round']} | {res['commit']} | {res['rps']} | {res['p50_ms']} | {res['p99_ms']} | "
              f"{res['errors']} | {res['load'][0]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
