"""Markup in a string that is not read as a page: a tag or a character entity, found by one pattern.

The JSON reader decides by these what a post's strings hold (how much text an HTML string has,
jsonpost.py; whether the tree's strings are in the body, jsontree.py) and takes a title's text out
of its markup; the page itself is read by the web page reader (webpage.py, BeautifulSoup). A tag is
bounded (2,000 characters) so a stray `<` in text never takes the rest of a long string with it.
"""
from __future__ import annotations

import re

__all__ = ["ENTITY", "TAG", "holds_html", "markup_chars", "strip_tags"]

TAG = r"<[^>]{0,2000}>"  # a tag, start or end (or a comment, a declaration)
ENTITY = r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);"  # a named or numbered character entity (case aside)
_TAGS = re.compile(TAG)
_ENTITIES = re.compile(ENTITY, re.I)
# An element a post's HTML is made of (block or inline): a string holding one is HTML, not text.
_HTML_ELEMENT = re.compile(r"<(?:p|div|section|article|h[1-6]|br|table|ul|ol|li|span|strong|b|em|blockquote|figure|img)\b",
                           re.I)


def holds_html(text: str) -> bool:
    """Whether a string holds HTML (an element a post is made of), not text to be escaped."""
    return bool(_HTML_ELEMENT.search(text))


def strip_tags(text: str) -> str:
    """The text with its tags taken out (entities left as written)."""
    return _TAGS.sub("", text)


def markup_chars(text: str) -> int:
    """Characters of text an HTML string holds: its tags out, an entity one character, ends trimmed."""
    return len(_ENTITIES.sub(" ", strip_tags(text)).strip())
