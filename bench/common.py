"""What the benchmarks share: paths, the fixed query list, machine facts, prepared indexes, servers."""
from __future__ import annotations

import http.client
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
# The library measured: the working tree, or (JIANBAO_LIB=DIR) a snapshot of one commit, e.g.
#   git archive HEAD search webapp | tar -x -C DIR && git rev-parse --short HEAD > DIR/.commit
# so that edits others make to the shared working tree during a run are not measured.
LIB = Path(os.environ.get("JIANBAO_LIB") or ROOT).resolve()
if LIB != ROOT:
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(LIB), os.environ.get("PYTHONPATH")]))
sys.path.insert(0, str(LIB))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

try:  # benches time searches, not look-ups: no page is kept (bench_serve's server keeps its own)
    from search.query import pagecache as _pagecache  # noqa: E402
    _pagecache.PAGES.budget = 0
except ImportError:  # a commit before the process's page cache (JIANBAO_LIB)
    pass

# Fifty queries: one- and two-word, Chinese and Latin, company-name fragments, a quoted phrase,
# common and rare. Fixed: change it and results are no longer comparable.
QUERIES = [
    # one Chinese word
    "服务外包", "数字贸易", "跨境电商", "一带一路", "知识产权", "商务部", "高交会", "服贸会",
    "数据要素", "数字经济", "东南亚", "欧盟", "新加坡", "日本", "离岸", "专利", "电子商务",
    "生成式", "物联网", "协会", "大连", "同比增长", "数字经济伙伴关系协定", "信息技术外包",
    # company-name fragments and other short runs jieba does not cut as a word
    "桓星", "住林", "亿达", "恩梯梯", "安永", "数商兴农",
    # Latin
    "RCEP", "AI", "ChatGPT", "5G", "DEPA", "ITO", "WTO", "Google",
    # two words, a quoted phrase
    "人工智能 监管", '"数字 贸易"', "跨境电商 出口", "服务外包 日本", "大连 软件园", "数据 跨境",
    "数字贸易 RCEP", "AI 知识产权", "美国 韩国", "商务部 数字经济", "技术先进型 企业", "自由贸易 协定",
]
assert len(QUERIES) == 50, len(QUERIES)


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `values`."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def median(values):
    return statistics.median(values) if values else float("nan")


def du(path: Path) -> int:
    """Bytes on disk under `path` (apparent sizes of regular files, symlinks not followed)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            p = Path(root) / f
            if not p.is_symlink():
                total += p.stat().st_size
    return total


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else ()
    if LIB != ROOT:
        commit = (LIB / ".commit").read_text().strip() if (LIB / ".commit").exists() else "?"
        commit = f"{commit} (snapshot in {LIB})"
        return {"nproc": os.cpu_count(), "cpu": cpu, "ram": mem, "python": platform.python_version(),
                "platform": platform.platform(), "commit": commit,
                "load_at_start": [round(x, 2) for x in os.getloadavg()],
                "date": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")}
    try:
        head = subprocess.run(["git", "log", "-1", "--format=%h %s"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "search", "webapp"], cwd=ROOT,
                               capture_output=True, text=True).stdout.split()
        commit = head[:80] + (f" (+ uncommitted changes in {len(dirty) // 2} library files)" if dirty else "")
    except OSError:
        commit = "?"
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": mem, "python": platform.python_version(),
            "platform": platform.platform(), "commit": commit, "load_at_start": [round(x, 2) for x in load],
            "date": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")}


def cli(*args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run `python -m jianbao ARGS` from the repository root."""
    return subprocess.run([PYTHON, "-m", "jianbao", *args], cwd=LIB, check=check,
                          capture_output=True, text=True, **kw)


def prepared(n_items: int) -> tuple[Path, Path]:
    """(corpus, index) of the n-item synthetic archive, the index built once with `jianbao index`.

    bench_search.py leaves its freshly built index here too, so that the others can reuse it. An
    index built by another version of the library (its manifest's fingerprint differs from
    analyze.fingerprint(): tokens or schema changed) is rebuilt, never reused.
    """
    corpus = synth.ensure_corpus(n_items)
    index = OUT / f"index-{n_items}"
    marker = index / ".bench.json"
    want = {"corpus": json.loads((corpus / ".synth.json").read_text())}
    if is_current(corpus, index):
        return corpus, index
    shutil.rmtree(index, ignore_errors=True)
    print(f"building the {n_items}-item index with `jianbao index` (once; cached in {index}) …",
          file=sys.stderr, flush=True)
    started = time.monotonic()
    cli("index", "--rebuild", "--corpus", str(corpus), "--index", str(index))
    want["build_seconds_cli"] = round(time.monotonic() - started, 1)
    marker.write_text(json.dumps(want))
    return corpus, index


def is_current(corpus: Path, index: Path) -> bool:
    """Was the cached index built from this synthetic corpus under the library's fingerprint?"""
    marker = index / ".bench.json"
    want = json.loads((corpus / ".synth.json").read_text())
    return (marker.exists() and json.loads(marker.read_text()).get("corpus") == want
            and _fingerprint(index) == _library_fingerprint())


def _fingerprint(index: Path) -> str | None:
    """The tokenization/schema fingerprint the index was built under (from its manifest)."""
    store = index_store()
    return store.load_manifest(store.current_dir(index)).get("fingerprint")


def index_store():
    """The on-disk index store of the library measured: search.index.store, which was part of
    search.index.reindex before issue 15 (a bench may measure an older commit: JIANBAO_LIB)."""
    try:
        from search.index import store
    except ImportError:
        from search.index import reindex as store
    return store


def _library_fingerprint() -> str:
    """The current library's fingerprint: an index built under another one is stale."""
    from search import analyze
    return analyze.fingerprint()


def mark_prepared(n_items: int, index: Path, build_seconds: float) -> None:
    corpus = synth.ensure_corpus(n_items, quiet=True)
    (index / ".bench.json").write_text(json.dumps(
        {"corpus": json.loads((corpus / ".synth.json").read_text()), "build_seconds": round(build_seconds, 1)}))


def workspace(name: str, n_items: int, index: Path | None = None) -> tuple[Path, Path]:
    """A private copy to modify: the corpus as symlinks to the cached files, the index copied
    (`index`, or the prepared one)."""
    if index is None:
        corpus, index = prepared(n_items)
    else:
        corpus = synth.ensure_corpus(n_items, quiet=True)
    base = OUT / f"work-{name}-{n_items}"
    shutil.rmtree(base, ignore_errors=True)
    (base / "corpus").mkdir(parents=True)
    for p in corpus.iterdir():
        if not p.name.startswith("."):
            (base / "corpus" / p.name).symlink_to(p)
    shutil.copytree(index, base / "index", symlinks=True)
    return base / "corpus", base / "index"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, path: str, timeout: float = 10.0) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def api_search_path(q: str, **params) -> str:
    return "/api/search?" + urllib.parse.urlencode({"q": q, **params})


class Server:
    """`jianbao serve` in a subprocess, on a free port of 127.0.0.1."""

    def __init__(self, corpus: Path, index: Path, log: Path):
        self.port = free_port()
        self.log = open(log, "w")
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "jianbao", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--index", str(index), "--corpus", str(corpus)],
            cwd=LIB, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_healthy(self, timeout: float = 300.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jianbao serve exited with {self.proc.returncode}; see {self.log.name}")
            try:
                status, body = get(self.port, "/healthz", timeout=2)
                if status == 200:
                    return json.loads(body)
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"jianbao serve not healthy after {timeout} s; see {self.log.name}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
