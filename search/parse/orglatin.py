"""Latin names told by the names beside them: part of the organisation rules (orgs.py).

The model reads every Latin word alone as nz (Uber, Anthropic, ChatGPT alike), so its reading of one
alone says nothing; in the sentence, a Latin name in capital and small letters joined to another
name (与Uber合作, 马士基和Maersk…), or an item of a list (、) that holds an organisation found
(谷歌、Anthropic以及…; 阿里巴巴、月之暗面、MiniMax、智谱AI), is of that kind: an organisation.
A product in such a list begins low (iPhone) or is no item beside a body.
"""
from __future__ import annotations

import re

from search.parse import orgshape as shape
from search.parse import tagger as ner
from search.parse.gazetteer import CJK
from search.parse.orgshape import Span

__all__ = ["joined", "listed"]

# A Latin name in capital and small letters (Uber, MiniMax, OpenAI), not an acronym (RCEP, PMI).
LATIN_NAME = re.compile(r"[A-Z][a-z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*")
_JOINS = {"、", "和", "与", "及", "以及", "同", "跟"}
_CLAUSE = re.compile(rf"[^，。；：,;:！？!?\n（）()“”「」《》]+")
# What ends the last item of a list: a word that joins or closes it (以及…, 等…).
_LAST_END = re.compile("以及|和|及|与|等|的")
# An item that mixes a Chinese brand and Latin letters (智谱AI, 零一万物AI): a name's shape.
_MIXED = re.compile(rf"[{CJK}]{{2,6}}[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*[{CJK}]{{2,6}}")


def joined(tokens: list[ner.Token], i: int) -> bool:
    """Whether the model's name at i is a Latin name joined to the word before or after it by a
    conjunction or a list's mark (与Uber合作, Uber和…): there the model's reading stands."""
    if not LATIN_NAME.fullmatch(tokens[i].word):
        return False
    return (i > 0 and tokens[i - 1].word in _JOINS) or (i + 1 < len(tokens) and tokens[i + 1].word in _JOINS)


def listed(text: str, tokens: list[ner.Token], taken: list[Span]) -> list[Span]:
    """Latin and mixed names in a list (、) that holds an organisation found, each as one."""
    found = [t for t in taken if t.kind == "orgs"]
    out: list[Span] = []
    for clause in _CLAUSE.finditer(text):
        marks = [m.start() for m in re.finditer("、", text[:clause.end()]) if m.start() >= clause.start()]
        if not marks:
            continue
        items = []  # (start, end) of each item, the first and last cut to a name's shape
        first = re.search(r"[A-Za-z][A-Za-z0-9 ]*$", text[clause.start():marks[0]])
        items.append((marks[0] - len(first.group()) if first else marks[0], marks[0]))
        if first and text[:items[0][0]].endswith("的"):
            continue  # 谷歌的Gemma、OpenAI的gpt-oss: things owned, listed
        for a, b in zip(marks, marks[1:] + [clause.end()]):
            last = _LAST_END.search(text, a + 1, b) if b == clause.end() else None
            items.append((a + 1, last.start() if last else b))
        if any("的" in text[a:b] for a, b in items[1:]) or last and last.group() == "的":
            continue  # an item of what a body owns (X的Y)
        anchored = any(any(t.end == m or t.start == m + 1 for t in found) for m in marks)
        if not anchored:
            continue
        for a, b in items:
            name = text[a:b].strip()
            if not (LATIN_NAME.fullmatch(name) or _MIXED.fullmatch(name)) or not 2 <= len(name) <= 14:
                continue
            if any(t.start < b and a < t.end for t in found + out):
                continue
            span = shape.span_of(text, tokens, a, a + len(name))
            if span is not None:
                out.append(span)
    return out
