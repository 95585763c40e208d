"""`jianbao serve` as users run it: gunicorn in front of the app, over a real socket.

What only the real server shows: requests refused for their size, an index of another version
rebuilt before serving, answers streamed.
"""
from __future__ import annotations

import http.client
import json
import re
import time
import urllib.parse
from pathlib import Path

import pytest

from conftest import ROOT, Served


@pytest.fixture(scope="module")
def served(index_dir, tmp_path_factory):
    """One server for the module's tests, its access log in a file (`server.access`)."""
    tmp = tmp_path_factory.mktemp("serve")
    server = Served(index_dir, tmp=tmp, args=("--access-log", str(tmp / "access.log"))).wait_ready()
    server.access = tmp / "access.log"
    yield server
    server.stop()


def get(server: Served, target: str) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request("GET", target)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_an_over_long_query_gets_the_apps_json_400_naming_the_limit(served):
    status, headers, body = get(served, "/api/search?q=" + urllib.parse.quote("数字贸易" * 60))
    assert status == 400
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body) == {"error": "查询太长：240 个字符，最多 200 个", "code": "too_long",
                                "param": "q", "value": 240, "limit": 200}


@pytest.mark.parametrize("path", ["/api/search", "/search"])
def test_a_6000_character_query_refused_by_gunicorn_is_answered_in_json(served, path):
    target = path + "?q=" + urllib.parse.quote("数字贸易" * 1500)
    status, headers, body = get(served, target)
    assert status in (400, 414)
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body) == {"error": "网址太长：最多 8190 字节",
                                "code": "request_line_too_long", "limit": 8190}


def test_the_server_still_answers_after_refusals(served):
    status, _, body = get(served, "/api/search?q=" + urllib.parse.quote("服务外包"))
    assert status == 200 and json.loads(body)["total"] > 0


def test_an_index_of_another_version_is_rebuilt_by_serve_before_it_serves(stale_index, tmp_path):
    from search.index.store import is_current
    assert not is_current(stale_index)
    server = Served(stale_index, tmp=tmp_path).wait_ready()
    try:
        assert is_current(stale_index)
        log = server.log()
        assert f"{stale_index} 里的索引是旧版本建立的：先从 {ROOT / 'tests' / 'data' / 'corpus'} 建立索引 …" in log
        assert "重建了索引" in log
        status, _, body = get(server, "/api/search?q=" + urllib.parse.quote("服务外包"))
        assert status == 200 and json.loads(body)["total"] > 0
    finally:
        server.stop()


# --- logged like a server ------------------------------------------------------------------------

ACCESS_LINE = re.compile(r'127\.0\.0\.1 - - \[[^\]]+\] "(?P<request>[^"]+)" (?P<status>\d{3}) (?P<bytes>\d+|-) '
                         r'"(?P<referer>[^"]*)" "(?P<agent>[^"]*)" (?P<seconds>\d+\.\d{6}) (?P<id>\S+)')


def ask(server: Served, target: str, request_id: str | None = None) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request("GET", target, headers={"X-Request-Id": request_id} if request_id is not None else {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def logged(read, request_id: str) -> re.Match:
    """The log line of a request, once the server has written it (after its answer went out)."""
    deadline = time.monotonic() + 60  # a hung server, not a slow one
    while True:
        for line in read().splitlines():
            m = ACCESS_LINE.fullmatch(line)
            if m and m["id"] == request_id:
                return m
        assert time.monotonic() < deadline, f"no access log line for {request_id}:\n{read()}"
        time.sleep(0.05)


def test_every_answer_carries_a_request_id_and_the_access_log_names_it(served):
    server, access = served, served.access
    target = "/api/search?q=" + urllib.parse.quote("服务外包")
    status, headers, _ = ask(server, target, "proxy-7f3a.42")
    assert status == 200 and headers["X-Request-Id"] == "proxy-7f3a.42"  # a sane id is kept
    line = logged(lambda: access.read_text(encoding="utf-8"), "proxy-7f3a.42")
    assert (line["request"], line["status"], line["referer"]) == (f"GET {target} HTTP/1.1", "200", "-")
    assert float(line["seconds"]) > 0 and int(line["bytes"]) > 0
    fresh = set()
    for given in (None, "two words", "x" * 200, '"quoted"'):  # none, or not safe in a log line: a new one
        status, headers, _ = ask(server, "/healthz", given)
        assert status == 200 and re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-Id"])
        fresh.add(headers["X-Request-Id"])
        logged(lambda: access.read_text(encoding="utf-8"), headers["X-Request-Id"])
    assert len(fresh) == 4
    status, headers, _ = ask(server, "/assets/none.css", "asset-1")  # every answer, a 404 too
    assert status == 404 and headers["X-Request-Id"] == "asset-1"
    assert "GET /healthz" not in server.log()  # the access log went to the file, not to stdout


@pytest.fixture
def broken_index(tmp_path, index_dir) -> Path:
    """A copy of the session index whose stored items were truncated (a disk fault, say)."""
    import shutil
    from search.index.store import current_dir
    index = tmp_path / "broken-index"
    shutil.copytree(index_dir, index, symlinks=True)
    for stored in current_dir(index).glob("*_stored.col"):
        stored.write_bytes(b"")
    return index


def test_a_fault_keeps_its_traceback_in_the_log_and_gives_the_page_its_request_id(broken_index, tmp_path,
                                                                                    place_ids):
    server = Served(broken_index, tmp=tmp_path).wait_ready()  # the access log on stdout, the default
    try:
        item = place_ids["2024-05-10"]
        status, headers, body = ask(server, f"/api/items/{item}", "fault-1")
        assert (status, json.loads(body)) == (500, {"error": "服务器内部错误，请稍后再试。", "request_id": "fault-1"})
        assert headers["X-Request-Id"] == "fault-1"
        status, headers, body = ask(server, f"/items/{item}", "fault-2")
        page = body.decode("utf-8")
        assert status == 500 and "请求编号：<code>fault-2</code>" in page
        for inner in ("Traceback", "OSError", "File \"", "site-packages"):
            assert inner not in page
        line = logged(server.log, "fault-2")
        assert line["status"] == "500"
        log = server.log()
        assert f"unexpected error on GET /items/{item} (request fault-2)" in log
        assert "Traceback (most recent call last)" in log and "OSError" in log
    finally:
        server.stop()
