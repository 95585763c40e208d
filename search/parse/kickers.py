"""A kicker over a story's title: a short label set as a heading a level below the stories' own titles
(`延伸阅读`, `相关链接`, `背景`), then the title as a plain line, then the story. The label names the kind of
item, not the item; the line under it is the title (drift19pdf's framed side story under its tab).
"""
from __future__ import annotations

import re
from dataclasses import replace

from search.parse.banners import banner, known_section
from search.parse.blocks import Block
from search.parse.sources import source_line
from search.text import unspaced

_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,5}$")  # a label: a word or two, no punctuation (a title runs longer)
_TITLE = re.compile(r"^[^，。；！？,;!?]{8,40}$")  # a title: a line of words, no sentence inside


def unkicked(blocks: list[Block]) -> list[Block]:
    """The blocks with each kicker made furniture and the line under it a title at the kicker's level.
    Only where the document sets its stories' titles (lines of eight characters or more) as headings at
    a shallower level than the label, so a banner (a short heading over titles set as plain lines) or a
    short heading that is itself a title is never taken."""
    levels = {b.level for b in blocks if b.kind == "heading" and b.level and _TITLE.match(unspaced(b.text))}
    out = list(blocks)
    for k, b in enumerate(out[:-2]):
        nxt, body = out[k + 1], out[k + 2]
        if b.kind != "heading" or not b.level or not _LABEL.match(unspaced(b.text)) or known_section(b.text) \
                or banner(b) or not any(level < b.level for level in levels):
            continue
        if nxt.kind == "paragraph" and _TITLE.match(nxt.text.strip()) and not source_line(nxt.text.strip()) \
                and body.kind == "paragraph" and len(body.text) > len(nxt.text):
            out[k] = replace(b, kind="furniture", level=None)
            out[k + 1] = replace(nxt, kind="heading", level=b.level)
    return out
