"""A rendered page's footnotes (a Markdown post's `[^1]`, a CMS's 注释): the web page reader's step
before it walks the article (webpage.py).

A note mark is a superscript (or a link holding one) that links to a place in the same page; the
places it points to are the notes, items of a list at the foot of the text. Neither is a story's
text: the mark would glue its number to the sentence (`…数据。1`) and each note would read as a
paragraph or a title of the last section. Known by that shape, whatever the generator called them.
"""
from __future__ import annotations

import re

__all__ = ["drop_notes"]

_MARK = re.compile(r"^[\[［(（]?\s*(?:注\s*)?(?:\d{1,3}|[*†‡§]|[ivx]{1,4})\s*[\]］)）]?$", re.I)  # `1`, `[2]`, `注3`, `*`


def drop_notes(soup) -> None:
    """Take the note marks out of the text, and the lists of the notes they point to."""
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    targets = []
    for a in soup.find_all("a", href=re.compile(r"^#.")):
        if a.decomposed or a["href"][1:] not in ids:
            continue
        mark = a.find_parent("sup") or (a if a.find("sup") is not None else None)
        if mark is None or not _MARK.match(mark.get_text(strip=True)):
            continue
        targets.append(a["href"][1:])
        mark.decompose()
    lists = []
    for name in targets:
        note = soup.find(id=name)
        item = None if note is None else note if note.name == "li" else note.find_parent("li")
        if item is not None and item.parent is not None and item.parent.name in ("ol", "ul") \
                and item.parent not in lists:
            lists.append(item.parent)
    for notes in lists:  # only a list of notes goes whole: each of its items a place a mark points to
        items = notes.find_all("li", recursive=False)
        if items and all(li.get("id") in targets or any(t.get("id") in targets for t in li.find_all(id=True))
                         for li in items):
            notes.decompose()
