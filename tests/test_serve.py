"""`jianbao serve` as users run it: gunicorn in front of the app, over a real socket.

What only the real server shows: requests refused for their size, an index of another version
rebuilt before serving, answers streamed.
"""
from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest

from conftest import Served


@pytest.fixture(scope="module")
def served(index_dir, tmp_path_factory):
    server = Served(index_dir, tmp=tmp_path_factory.mktemp("serve")).wait_ready()
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
        assert f"An index of an older version in {stale_index}: building it from" in log
        assert "Rebuilt the index" in log
        status, _, body = get(server, "/api/search?q=" + urllib.parse.quote("服务外包"))
        assert status == 200 and json.loads(body)["total"] > 0
    finally:
        server.stop()
