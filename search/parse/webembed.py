"""Documents a saved page holds without showing them as its own markup: the web page reader's step
before it reads the page (webpage.py).

A frame whose document is written into the page (`<iframe srcdoc="…">`, how a webmail shows a mail)
is drawn by a browser in place: its document is read there, as the page's own markup. A web app saved
before it drew itself (a Next.js or Nuxt page: a shell with a menu and `正在加载…`) keeps its article
in a JSON state script (`<script type="application/json">`, `__NEXT_DATA__`): where the page shows next
to no text of its own, the post's body is found in that state as in a post exported as JSON
(jsonpost.find_body: the largest HTML, Markdown or block list it holds).
"""
from __future__ import annotations

import json
import re

from search.errors import CorpusError
from search.limits import HTML_ELEMENTS

__all__ = ["app_state", "inline_frames", "shows_little"]

_START_TAG = re.compile(r"<[A-Za-z]")
_JSON_TYPE = re.compile(r"^application/(?:[\w.-]+\+)?json$", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LITTLE = 0.5  # a page showing less than this share of the state's text shows only its shell


def inline_frames(soup, elements: int) -> None:
    """Each frame's written-in document in the frame's place (its body's content), while the page's
    elements stay within the bound; `elements`: the page's own count."""
    from bs4 import BeautifulSoup  # noqa: PLC0415

    for frame in soup.find_all("iframe", srcdoc=True):
        doc = frame.get("srcdoc") or ""
        elements += len(_START_TAG.findall(doc))
        if not doc.strip() or elements > HTML_ELEMENTS:
            continue
        inner = BeautifulSoup(doc, "lxml")
        holder = soup.new_tag("div")
        for child in list((inner.body or inner).contents):
            holder.append(child.extract())
        frame.replace_with(holder)


def app_state(soup, name: str) -> tuple[str, int] | None:
    """The article a JSON state script holds, as the page the web page reader takes whole, and the
    characters of its text; None where no script holds a post's body."""
    from search.parse.jsonpost import body_page, find_body, load  # noqa: PLC0415

    best = None
    for script in soup.find_all("script", attrs={"type": _JSON_TYPE}):
        data = (script.string or "").encode("utf-8")
        try:
            body = find_body(load(data, name))
            page = None if body is None or body.kind == "text" else body_page(body, name)
        except CorpusError:  # no JSON, or one past a bound: no state to read
            continue
        if page is not None and (best is None or body.chars > best[1]):
            best = (page, body.chars)
    return best


def shows_little(soup, chars: int) -> bool:
    """Does the page show next to none of the text its state holds (only an app's shell)?"""
    shown = len(_HAN.findall((soup.body or soup).get_text()))
    return shown < _LITTLE * chars
