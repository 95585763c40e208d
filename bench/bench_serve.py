"""Load benchmark (issue 4): `jianbao serve` on a 10,000-item synthetic archive, 8 concurrent clients.

Starts `python -m jianbao serve` on a free port of 127.0.0.1 over a private copy of the archive's
index, waits for /healthz, warms each server thread up, then for --seconds (default 30) sends mixed
searches from --connections (default 8) threads, each with its own keep-alive HTTP connection: the
50 queries of common.QUERIES over /api/search (plain, page 2, a section filter, sorted by date) and
the HTML search page. Reports throughput, p50/p99 latency and errors (any status but 200, any
exception, an API answer that is not the contract's JSON).

    .venv/bin/python bench/bench_serve.py [--items 10000] [--seconds 30] [--connections 8]

Target: zero errors, p99 ≤ 200 ms; memory flat: at most 250 MB RSS per worker at 10,000 items
after the load (issue 8). RSS is read from /proc for each gunicorn worker before the warm-up and
after the load, split into anonymous memory and mapped index files (shared between processes).
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from common import OUT, QUERIES, Server, machine, pct, workspace


def requests_mix(seed: int):
    """An endless, seeded stream of request paths."""
    rng = random.Random(seed)
    while True:
        q = rng.choice(QUERIES)
        kind = rng.random()
        if kind < 0.55:
            yield "api", "/api/search?" + urllib.parse.urlencode({"q": q})
        elif kind < 0.65:
            yield "api", "/api/search?" + urllib.parse.urlencode({"q": q, "page": 2})
        elif kind < 0.75:
            yield "api", "/api/search?" + urllib.parse.urlencode({"q": q, "section": "行业资讯"})
        elif kind < 0.80:
            yield "api", "/api/search?" + urllib.parse.urlencode({"q": q, "sort": "date"})
        else:
            yield "html", "/search?" + urllib.parse.urlencode({"q": q})


def client(port: int, seed: int, stop: threading.Event, out: list, errors: Counter, lock: threading.Lock):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    mine = []
    for kind, path in requests_mix(seed):
        if stop.is_set():
            break
        t = time.perf_counter()
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            dt = (time.perf_counter() - t) * 1000
            if resp.status != 200:
                with lock:
                    errors[f"HTTP {resp.status}"] += 1
            elif kind == "api":
                data = json.loads(body)
                if not {"query", "total", "hits", "facets"} <= set(data):
                    with lock:
                        errors["API answer without query/total/hits/facets"] += 1
            mine.append((kind, dt))
        except Exception as exc:  # noqa: BLE001 - every failure is counted
            with lock:
                errors[type(exc).__name__] += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()
    with lock:
        out.extend(mine)


def workers_of(pid: int) -> list[int]:
    """The gunicorn worker processes of the master `pid` (its children)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def memory(pid: int) -> dict:
    """RSS of a process in MB, in all and split: anonymous (its own) and file-backed (mapped files)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile", "RssShmem"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    pss = None
    try:  # proportional: a page shared with the master and the other worker counts a share
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return {"rss": fields.get("VmRSS"), "anon": fields.get("RssAnon"), "file": fields.get("RssFile"), "pss": pss}


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used (its threads included), from /proc."""
    import os
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def worker_memory(server) -> list[dict]:
    return [memory(w) for w in workers_of(server.proc.pid)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=10000)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--connections", type=int, default=8)
    args = ap.parse_args(argv)
    info = machine()
    corpus, index = workspace("serve", args.items)
    server = Server(corpus, index, OUT / "serve.log")
    try:
        started = time.monotonic()
        health = server.wait_healthy()
        print(f"server up in {time.monotonic() - started:.1f} s: {health}", file=sys.stderr)
        rss_before = worker_memory(server)
        # Warm-up: every server thread opens its Archive on its first request (not measured).
        warm_stop = threading.Event()
        warm, warm_err, lock = [], Counter(), threading.Lock()
        threads = [threading.Thread(target=client, args=(server.port, 1000 + i, warm_stop, warm, warm_err, lock))
                   for i in range(args.connections)]
        for t in threads:
            t.start()
        time.sleep(5)
        warm_stop.set()
        for t in threads:
            t.join()
        # The measurement.
        stop = threading.Event()
        results, errors = [], Counter()
        threads = [threading.Thread(target=client, args=(server.port, i, stop, results, errors, lock))
                   for i in range(args.connections)]
        workers = workers_of(server.proc.pid)
        cpu0 = [cpu_seconds(w) for w in workers]
        client0 = time.process_time()
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(args.seconds)
        stop.set()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        each_cpu = [round(cpu_seconds(w) - c, 1) for w, c in zip(workers, cpu0)]
        worker_cpu = sum(each_cpu)
        client_cpu = time.process_time() - client0  # the 8 clients' own (one process, one GIL)
        rss_after = worker_memory(server)
    finally:
        server.stop()
    lat = [dt for _, dt in results]
    n_err = sum(errors.values())
    by_kind = {k: [dt for kk, dt in results if kk == k] for k in ("api", "html")}
    report = {
        "items": health.get("items"), "seconds": round(elapsed, 1), "connections": args.connections,
        "requests": len(lat), "errors": n_err, "error_kinds": dict(errors),
        "warmup_requests": len(warm), "warmup_errors": dict(warm_err),
        "throughput_rps": round(len(lat) / elapsed, 1),
        "p50_ms": round(pct(lat, 50), 1), "p90_ms": round(pct(lat, 90), 1), "p99_ms": round(pct(lat, 99), 1),
        "max_ms": round(max(lat), 1) if lat else None,
        "api_p50_ms": round(pct(by_kind["api"], 50), 1), "api_p99_ms": round(pct(by_kind["api"], 99), 1),
        "html_p50_ms": round(pct(by_kind["html"], 50), 1), "html_p99_ms": round(pct(by_kind["html"], 99), 1),
        "worker_cpu_s": round(worker_cpu, 1), "each_worker_cpu_s": each_cpu, "client_cpu_s": round(client_cpu, 1),
        "worker_cpu_ms_per_request": round(worker_cpu * 1000 / max(1, len(lat)), 1),
        "load_at_end": [round(x, 2) for x in __import__("os").getloadavg()],
        "rss_before": rss_before, "rss_after": rss_after,
        "max_worker_rss_mb": max((m["rss"] for m in rss_after), default=None),
        "machine": info,
    }
    (OUT / f"bench_serve-{args.items}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    ok = n_err == 0 and report["p99_ms"] <= 200
    print(f"| items | connections | seconds | requests | throughput | p50 | p99 | errors |\n"
          f"|---|---|---|---|---|---|---|---|\n"
          f"| {report['items']:,} | {args.connections} | {report['seconds']} | {report['requests']} | "
          f"{report['throughput_rps']} req/s | {report['p50_ms']} ms | {report['p99_ms']} ms | {n_err} |\n\n"
          f"API p50/p99 {report['api_p50_ms']}/{report['api_p99_ms']} ms; HTML page p50/p99 "
          f"{report['html_p50_ms']}/{report['html_p99_ms']} ms; max {report['max_ms']} ms; errors {dict(errors)}\n"
          f"Target (zero errors, p99 ≤ 200 ms): {'met' if ok else 'NOT met'}\n"
          f"Workers' CPU: {report['worker_cpu_s']} s in all ({each_cpu}), {report['worker_cpu_ms_per_request']} ms a "
          f"request; the clients' CPU {report['client_cpu_s']} s; load at the end {report['load_at_end']}\n"
          f"Worker RSS before load (MB, all / anon / mapped files): "
          + "; ".join(f"{m['rss']} / {m['anon']} / {m['file']}" for m in rss_before) + "\n"
          f"Worker RSS after load: " + "; ".join(f"{m['rss']} / {m['anon']} / {m['file']}" for m in rss_after)
          + "\nWorker PSS after load (MB; shared pages counted a share each): "
          + "; ".join(str(m["pss"]) for m in rss_after)
          + f"\nTarget (≤ 250 MB a worker at 10,000 items): "
          + ("met" if report["max_worker_rss_mb"] and report["max_worker_rss_mb"] <= 250 else "NOT met"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
