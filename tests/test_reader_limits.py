"""Hostile and odd input to the newest readers (issue 16, wave 11): bounded before the walk, refused
by name, and ordinary briefings not taken for what they are not."""
from __future__ import annotations

import pytest

from search import limits
from search.errors import CorpusError
from search.parse import webpage
from search.parse.mht import mht_html
from search.parse.readers import blocks_of


def _page(n: int, tag: str = "div") -> str:
    return "<html><body>" + f"<{tag}></{tag}>" * n + "<p>大连市数字贸易协会召开理事会。</p></body></html>"


def _archive(page: str, parts: int = 0) -> bytes:
    images = "".join("--b\r\nContent-Type: image/png\r\n\r\nx\r\n" for _ in range(parts))
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + page + "\r\n" + images + "--b--\r\n").encode()


def test_a_page_of_more_elements_than_the_limit_is_refused_before_it_is_parsed(monkeypatch):
    monkeypatch.setattr(webpage, "HTML_ELEMENTS", 300)
    with pytest.raises(CorpusError) as err:
        blocks_of("many.html", _page(400).encode())
    assert "元素太多" in err.value.reason and "300" in err.value.reason
    blocks = blocks_of("few.htm", _page(200, "span").encode())
    assert any("理事会" in b.text for b in blocks)


def test_the_same_limit_holds_for_a_page_inside_a_web_archive(monkeypatch):
    monkeypatch.setattr(webpage, "HTML_ELEMENTS", 300)
    with pytest.raises(CorpusError) as err:
        blocks_of("many.mht", _archive(_page(400, "p")))
    assert "元素太多" in err.value.reason
    assert any("理事会" in b.text for b in blocks_of("few.mht", _archive(_page(100, "p"))))


def test_an_archive_of_more_parts_than_the_limit_is_refused_by_name(monkeypatch):
    monkeypatch.setattr(limits, "MHT_PARTS", 50)
    with pytest.raises(CorpusError) as err:
        blocks_of("parts.mhtml", _archive(_page(3), parts=80))
    assert "部分太多" in err.value.reason and "50" in err.value.reason
    assert any("理事会" in b.text for b in blocks_of("parts.mht", _archive(_page(3), parts=20)))


@pytest.mark.parametrize("data", [
    b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n",  # no part at all
    b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
    b"Content-Type: text/html; charset=x-no-such\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n--b--",
    b"Content-Type: multipart/mixed; boundary=a\r\n\r\n" + b"--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n" * 3000,
])
def test_a_malformed_archive_gives_no_page_or_a_clear_refusal(data):
    assert mht_html(data) is None or isinstance(mht_html(data), bytes)
    with pytest.raises(CorpusError):
        blocks_of("odd.mht", data)
