"""Pull quotes: part of parsing (blocks -> blocks, before the layout is read; parser.py).

A magazine-style page sets a sentence of a story again, large and in quotation marks, between two of
its paragraphs (`“千问系列模型下载量已超过Meta的Llama”` between rules). Set apart and short, it looks
like a title and would cut the story in two. It is found by its shape: one to three lines that together
are one quotation, opening with `“` (or `「`, `『`, `"`) and closing with its mate, nothing before or
after, whose words (ten characters or more) stand again in the text of the blocks around it. A repeat
says nothing new: it is dropped. A quotation that is not repeated nearby is kept as printed.
"""
from __future__ import annotations

import re

from search.parse.blocks import Block

__all__ = ["unquoted"]

PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"'}
MAX_LINES = 3  # a pull quote is set in one to three lines
MIN_CHARS = 10  # words shorter than this may well repeat by chance (a slogan, a name)
REACH = 30  # blocks before and after it where the story's own sentence is looked for
_NOT_WORDS = re.compile(r"[\s\u3000，。、；：！？,.;:!?“”「」『』\"'‘’（）()]+")


def _words(text: str) -> str:
    return _NOT_WORDS.sub("", text)


def _quotation(blocks: list[Block]) -> str | None:
    """The words inside, when the blocks read together are one quotation and nothing else."""
    text = "".join(b.text.strip() for b in blocks)
    if len(text) < 2 or PAIRS.get(text[0]) != text[-1]:
        return None
    inner = text[1:-1]
    if any(q in inner for q in (text[0], text[-1])):  # two quotations, or one inside a sentence
        return None
    return _words(inner)


def unquoted(blocks: list[Block]) -> list[Block]:
    """The blocks without the pull quotes that repeat a sentence of the text around them."""
    drop: set[int] = set()
    for i, b in enumerate(blocks):
        if i in drop or b.kind == "table" or not b.text.strip() or b.text.strip()[0] not in PAIRS:
            continue
        for n in range(1, MAX_LINES + 1):
            run = blocks[i:i + n]
            if len(run) < n or any(r.kind == "table" for r in run):
                break
            words = _quotation(run)
            if words is None:
                continue
            if len(words) >= MIN_CHARS:
                around = blocks[max(0, i - REACH):i] + blocks[i + n:i + n + REACH]
                if words in _words("".join(a.text for a in around if a.kind != "table")):
                    drop.update(range(i, i + n))
            break
    return [b for i, b in enumerate(blocks) if i not in drop] if drop else blocks
