"""Where a saved web page's article is: the web page reader's first look (webpage.py).

A WeChat article keeps its body in `#js_content`. Any other page (a government's or an
association's CMS: a header, a breadcrumb, menus in a sidebar, lists of related articles, a footer
with its ICP number, copyright and visit counter) is read by shape, not by the names its template
gives its boxes: the article is where the running text is. Each block of text that reads as prose
(a sentence mark, and not a link) counts for every element around it; from `<body>` down, the reader
steps into the child that holds nearly all of it (the rest, menus and footers, holds next to none;
a column set narrow beside it, a sidebar, is not counted), and stops where the prose is shared among
children (the sections of a briefing). A forum thread's first post, followed by replies built as it
is, each stamped with its time, is the article though the replies hold a little of the prose. The article's own
title (the `<h1>` above the text, or a bold or centred line) is taken with it.
"""
from __future__ import annotations

import re

__all__ = ["main_content", "prose_chars"]

_BLOCK = {"p", "div", "section", "article", "main", "td", "th", "li", "blockquote", "dd", "h1", "h2", "h3", "h4",
          "h5", "h6", "center", "body", "pre", "figcaption", "header", "footer", "aside"}
_SENTENCE = re.compile(r"[，。；！？]")
_COUNTED = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_INSIDE = 0.92  # a child holding this share of the prose is where the article is
_TITLE_TAGS = {"h1", "h2", "h3"}
_OPENS_THREAD = 0.5  # the first post of a thread holding more of the prose than its replies is the article
_STAMP = re.compile(r"\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}")  # `2026-7-31 11:02`


def _link(tag) -> bool:
    href = (tag.get("href", "") or "") if tag.name == "a" else ""
    return bool(href) and not href.startswith("#")


def prose_chars(root) -> dict[int, int]:
    """id(element) -> the characters of prose inside it: text of blocks with a sentence mark, out
    of links; -id(block) -> those of the block's own text."""
    own: dict[int, list] = {}  # id(block) -> [block, text pieces]
    for node in root.find_all(string=True):
        if type(node).__name__ != "NavigableString" or not node.strip():
            continue
        block, linked = None, False
        for parent in node.parents:
            if parent.name in ("script", "style", "noscript", "template"):
                block = None
                break
            linked = linked or _link(parent)
            if block is None and parent.name in _BLOCK:
                block = parent
        if block is None or linked:
            continue
        own.setdefault(id(block), [block, []])[1].append(str(node))
    score: dict[int, int] = {}
    for block, pieces in own.values():
        score.setdefault(-id(block), 0)  # -id: the block's own prose, apart from what it holds
        text = "".join(pieces)
        if not _SENTENCE.search(text):
            continue
        n = len(_COUNTED.findall(text))
        if n < 10:
            continue
        score[-id(block)] += n
        for el in [block, *block.parents]:
            score[id(el)] = score.get(id(el), 0) + n
    return score


def main_content(soup) -> tuple[object | None, list, list]:
    """The element holding the article, the title-like elements printed just above it (the page's
    `<h1>`) to read first, and the short lines between them (the date of publication, a counter);
    (None, [], []) for a page with no text."""
    found = soup.find(id="js_content")
    if found is not None and found.get_text(strip=True):
        return (found, *_lead(found))
    body = soup.body or soup
    score = prose_chars(body)
    here = body
    while score.get(id(here), 0):
        kids = [c for c in here.find_all(True, recursive=False)]
        side = [c for c in kids if _narrow(c)]  # a side column: its blurb is no part of the article
        total = score[id(here)] - sum(score.get(id(c), 0) for c in side)
        best = max((c for c in kids if c not in side), key=lambda c: score.get(id(c), 0), default=None)
        if best is None or not score.get(id(best), 0) \
                or score[id(best)] < (_OPENS_THREAD if _first_post(best, kids) else _INSIDE) * total \
                or score.get(-id(best), 0) >= score[id(best)] / 2:
            break  # the prose is shared among children, or the child is a paragraph itself
        here = best
    if here is body and not score.get(id(body), 0):
        return (body, [], []) if body.get_text(strip=True) else (None, [], [])
    return (here, *_lead(here))


def _signature(tag) -> tuple:
    return tag.name, tuple((k.name, tuple(k.get("class") or ())) for k in tag.find_all(True, recursive=False))


def _first_post(best, kids: list) -> bool:
    """Does the element open a thread of posts: siblings after it built as it is (the same tag over
    the same children), it and each of them stamped with a date and a time of day (`发表于 2026-7-31
    11:02`)? Then it is the post and the others are the replies to it, however much they say."""
    if not _STAMP.search(best.get_text(" ")):
        return False
    after = kids[kids.index(best) + 1:]
    posts = [k for k in after if _signature(k) == _signature(best)]
    return len(posts) >= 1 and len(posts) * 2 >= len(after) and all(_STAMP.search(k.get_text(" ")) for k in posts) \
        and not any(_signature(k) == _signature(best) for k in kids[:kids.index(best)])


def _narrow(tag) -> bool:
    """A column set narrow beside the article (`width="200"`, `width: 25%`): a sidebar's."""
    style = (tag.get("style", "") or "").lower()
    m = re.search(r"(?<![-\w])width\s*:\s*([\d.]+)\s*(px|%)", style)
    value, unit = (m.group(1), m.group(2)) if m else (str(tag.get("width", "") or "").strip(), "")
    if unit == "" and value.endswith("%"):
        value, unit = value[:-1], "%"
    try:
        number = float(value)
    except ValueError:
        return False
    return 0 < number <= (35 if unit == "%" else 320)


def _lead(root) -> tuple[list, list]:
    """The article's title above its text: going up from the article a few levels, the headings just
    before it, over at most two short lines between (the date and the counter of a CMS page: left
    out), up to the first element that is anything else."""
    lead: list = []
    between: list = []
    here = root
    for _ in range(3):
        stop, skipped = False, 0
        for sibling in here.find_previous_siblings(True):
            text = sibling.get_text(strip=True)
            if not text:
                continue
            if sibling.name in _TITLE_TAGS or (sibling.find(_TITLE_TAGS) is not None and len(text) <= 60):
                lead.insert(0, sibling)
                continue
            if not lead and skipped < 2 and len(text) <= 80:
                skipped += 1
                between.insert(0, sibling)
                continue
            stop = True
            break
        here = here.parent
        if stop or lead or here is None or here.name in ("body", "html", "[document]"):
            break
    return lead, between if lead else []
