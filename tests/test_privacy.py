"""Private by default: jianbao makes no network connection, sends nothing anywhere, and writes
nothing outside its own cache, its index and its corpus.

Every command users run (`index`, `parse`, `check`, `search`, `figures`, and `serve` answering one
search) runs here as users run it, under `strace -f`, with HOME, XDG_CACHE_HOME and TMPDIR pointed
at empty folders and without ORT_DISABLE_TELEMETRY in its environment (jianbao must set it
itself). strace records every `connect` (of any process and thread, the model runtime's native
code included) and every file made or renamed; the folders are listed afterwards.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, free_port

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="no strace (apt-get install strace; scripts/test.sh does)")

# connect, and every call that makes a file, a folder or a link, or renames one into place
CALLS = "connect,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat"
_CONNECT = re.compile(r"connect\(\d+(?:<[^>]*>)?, \{sa_family=(AF_\w+)(.*?)\}")
_MADE = re.compile(r"\b(open|openat|creat|mkdir|mkdirat|rename|renameat2?|link|linkat|symlink|symlinkat)\((.*)\) = \d")
_PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')
_WRITES = re.compile(r"O_WRONLY|O_RDWR|O_CREAT")


class Sandbox:
    """Empty HOME, XDG_CACHE_HOME and TMPDIR; a working folder holding a copy of the corpus; each
    command run there under strace, its trace kept."""

    def __init__(self, root: Path):
        self.root = root
        self.home, self.cache, self.tmp, self.work = (root / n for n in ("home", "cache", "tmp", "work"))
        for folder in (self.home, self.cache, self.tmp, self.work):
            folder.mkdir()
        self.corpus = self.work / "corpus"
        shutil.copytree(CORPUS, self.corpus)
        self.index = self.work / "index"
        self.traces: list[Path] = []
        # As a server runs: no ORT_DISABLE_TELEMETRY of the caller's, and no CI variable (onnxruntime
        # collects nothing where CI is set, so under CI the run would prove nothing).
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("ORT_DISABLE_TELEMETRY", "XDG_RUNTIME_DIR", "JIANBAO_INDEX", "JIANBAO_CORPUS",
                                 "CI", "CONTINUOUS_INTEGRATION", "BUILD_NUMBER", "RUN_ID", "TF_BUILD",
                                 "GITHUB_ACTIONS")}
        self.env.update(HOME=str(self.home), XDG_CACHE_HOME=str(self.cache), TMPDIR=str(self.tmp),
                        PYTHONUNBUFFERED="1", PYTHONPATH=str(ROOT))

    def command(self, *args: str) -> list[str]:
        trace = self.root / f"trace-{len(self.traces)}.log"
        self.traces.append(trace)
        return [STRACE, "-f", "-y", "-qq", "-e", "signal=none", "-e", f"trace={CALLS}", "-o", str(trace), *args]

    def jianbao(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(sys.executable, "-m", "jianbao", *args), cwd=self.work, env=self.env,
                              capture_output=True, text=True, timeout=600)

    def lines(self):
        for trace in self.traces:
            yield from trace.read_text(encoding="utf-8", errors="replace").splitlines()

    def connections(self) -> list[str]:
        """Every connect to a network address (AF_INET, AF_INET6, or any family but a local socket)."""
        return [line for line in self.lines() if (m := _CONNECT.search(line)) and m[1] != "AF_UNIX"]

    def made(self) -> set[Path]:
        """Every file or folder a traced process created, wrote or renamed into place."""
        found = set()
        for line in self.lines():
            m = _MADE.search(line)
            if not m:
                continue
            call, args = m.groups()
            if call.startswith("open") and not _WRITES.search(args):
                continue
            paths = list(_PATH.finditer(args))
            target = paths[-1] if call.startswith(("rename", "link", "symlink")) else paths[0]
            # a relative path is relative to the folder fd before it (strace -y names it), else the cwd
            folder = re.search(r"(?:AT_FDCWD|\d+)<([^>]*)>, $", args[:target.start()])
            found.add((Path(folder[1]) if folder else self.work) / target[1])
        return found

    def allowed(self, path: Path) -> bool:
        """jianbao's own cache, its index, its corpus; the terminal and /dev/null; and /dev/shm, where
        gunicorn's workers keep a heartbeat file, made and unlinked at once, in memory."""
        places = (self.cache / "jianbao", self.index, self.corpus, Path("/dev/shm"))
        return path in (Path("/dev/null"), Path("/dev/tty")) or any(path == p or p in path.parents for p in places)

    def left_behind(self) -> list[str]:
        """Everything in HOME, XDG_CACHE_HOME, TMPDIR and the working folder but jianbao's own."""
        own = {self.cache / "jianbao", self.index, self.corpus}
        return sorted(str(p.relative_to(self.root)) for folder in (self.home, self.cache, self.tmp, self.work)
                      for p in folder.rglob("*") if not any(p == o or o in p.parents for o in own))


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Sandbox:
    """Every command, run once: index, parse, check, search, figures, and serve answering a search."""
    box = Sandbox(tmp_path_factory.mktemp("private"))
    first = "000_5858f990df9ebe1c.txt"
    runs = [box.jianbao("index", "--corpus", "corpus", "--index", "index"),
            box.jianbao("parse", f"corpus/{first}", "--json"),
            box.jianbao("check", f"corpus/{first}"),
            box.jianbao("search", "服务外包", "--index", "index"),
            box.jianbao("figures", "--index", "index", "--json")]
    for run in runs:
        assert run.returncode == 0, run.stderr
    assert box.made() & {box.index, box.cache / "jianbao"}  # the trace does see what is written
    box.served = _serve_one_search(box)
    return box


def _serve_one_search(box: Sandbox) -> dict:
    port = free_port()
    log = box.root / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        strace = subprocess.Popen(box.command(sys.executable, "-m", "jianbao", "serve", "--port", str(port),
                                              "--index", "index", "--corpus", "corpus", "--workers", "2"),
                                  cwd=box.work, env=box.env, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        while f"在 {url}/ 提供服务" not in log.read_text(encoding="utf-8"):
            assert strace.poll() is None, log.read_text(encoding="utf-8")
            _pause(strace)
        with urllib.request.urlopen(url + "/api/search?q=%E6%9C%8D%E5%8A%A1%E5%A4%96%E5%8C%85", timeout=60) as answer:
            found = json.load(answer)
    finally:
        server = _child(strace.pid)  # jianbao serve itself, under strace: stopped as Ctrl-C stops it
        if server:
            os.kill(server, signal.SIGINT)
        strace.wait(timeout=60)
    return found


def _pause(process: subprocess.Popen) -> None:
    """Wait a little for the server to print its address (bounded by the process ending)."""
    try:
        process.wait(timeout=0.1)
    except subprocess.TimeoutExpired:
        pass


def _child(pid: int) -> int | None:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = children.read_text().split() if children.exists() else []
    return int(found[0]) if found else None


def test_the_commands_ran_and_serve_answered(sandbox):
    assert sandbox.served["total"] > 0


def test_no_network_connection_is_attempted(sandbox):
    assert sandbox.connections() == []


def test_nothing_is_written_outside_the_cache_the_index_and_the_corpus(sandbox):
    assert sorted(str(p) for p in sandbox.made() if not sandbox.allowed(p)) == []
    # and, listed afterwards, the empty folders hold nothing but jianbao's own
    assert sandbox.left_behind() == []
    assert (sandbox.cache / "jianbao").is_dir() and sandbox.index.is_dir()


def test_the_trace_does_catch_a_connection_and_a_stray_file(tmp_path):
    """The harness is not blind: a deliberate connect (UDP: nothing is sent) and a file written to
    TMPDIR are seen."""
    box = Sandbox(tmp_path)
    code = ("import socket, tempfile; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
            "s.connect(('192.0.2.1', 9)); tempfile.NamedTemporaryFile(delete=False).write(b'x')")
    subprocess.run(box.command(sys.executable, "-c", code), cwd=box.work, env=box.env, check=True, timeout=60)
    assert len(box.connections()) == 1 and 'inet_addr("192.0.2.1")' in box.connections()[0]
    assert [p for p in box.made() if not box.allowed(p)] and box.left_behind()


def test_onnxruntime_unconfigured_would_write_its_telemetry(tmp_path):
    """Why jianbao sets ORT_DISABLE_TELEMETRY: without it, loading the model writes a device id and
    an event store under the cache folder and a file in the temp folder (and the test above would fail)."""
    box = Sandbox(tmp_path)
    code = "import onnxruntime; onnxruntime.InferenceSession"
    subprocess.run([sys.executable, "-c", code], cwd=box.work, env=box.env, check=True, timeout=120)
    assert "cache/Microsoft/DeveloperTools/.onnxruntime/deviceid" in box.left_behind()
    (tmp_path / "with-jianbao").mkdir()
    box2 = Sandbox(tmp_path / "with-jianbao")
    subprocess.run([sys.executable, "-c", "import search; " + code], cwd=box2.work, env=box2.env, check=True,
                   timeout=120)
    assert box2.left_behind() == []
