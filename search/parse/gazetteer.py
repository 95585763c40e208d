"""The gazetteer of organisations (data/orgs.txt, curated, and data/orgs-known.txt, well-known bodies): its sections, one pattern of every form,
and the canonical name of a form. Read by the organisation and abbreviation rules (orgs.py,
aliases.py) and by the query side's names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from search import vocab

__all__ = ["CJK", "NAME_STOP", "canonical", "curated", "gazetteer", "kinds", "matcher", "name_start", "parent_canonical"]

CJK = r"\u4e00-\u9fff"
# What cannot be inside a name: punctuation and the function words around names (的, 在, 由, 和 …).
NAME_STOP = set("，。、；：:,;！？!?“”\"《》「」 \n的了在于由是为对向与及和把被从给将")
_NAME_CHAR = re.compile(f"[{CJK}A-Za-z0-9]")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, dict[str, str]]:
    """The sections of data/orgs.txt: {'orgs': {form: canonical}, 'media': …, 'not-orgs': …}, the
    organisations of data/orgs-known.txt (the well-known bodies of the domain) added to 'orgs' where
    the curated file does not already say what the form is."""
    sections: dict[str, dict[str, str]] = {"orgs": {}, "media": {}, "not-orgs": {}}
    for name, entries in vocab.load("orgs").items():
        current = sections.setdefault(name, {})
        for form, canonical in vocab.pairs(entries):
            current[form] = canonical or form
    for form, canonical in vocab.pairs(vocab.words("orgs-known", "orgs")):
        if form not in curated():
            sections["orgs"][form] = canonical or form
    return sections


@lru_cache(maxsize=1)
def curated() -> frozenset[str]:
    """Every form data/orgs.txt, the gazetteer read from the archive, lists, whatever its section."""
    return frozenset(form for entries in vocab.load("orgs").values() for form, _ in vocab.pairs(entries))


@lru_cache(maxsize=1)
def matcher() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One pattern of every form the gazetteer knows (longest first), and form -> (kind, canonical)."""
    known: dict[str, tuple[str, str]] = {}
    for kind in ("not-orgs", "media", "orgs"):
        for form, name in gazetteer()[kind].items():
            known[form] = (kind, name)
    forms = sorted(known, key=len, reverse=True)  # longest first: 国务院服务贸易… before 国务院
    parts = [(r"(?<![A-Za-z])" + re.escape(f) + r"(?![A-Za-z])") if f[-1:].isascii() else re.escape(f)
             for f in forms]
    return re.compile("|".join(parts)), known


def kinds() -> dict[str, tuple[str, str]]:
    """form -> (kind, canonical) of every form the gazetteer knows."""
    return matcher()[1]


def canonical(name: str) -> str:
    """The gazetteer's form of a name (市商务局 -> 大连市商务局); any other name as written."""
    known = kinds()
    return known[name][1] if name in known else name


def parent_canonical(name: str) -> str:
    """A name with its parent in the gazetteer's form: 市商务局对外服务贸易处 -> 大连市商务局对外服务贸易处."""
    pattern, known = matcher()
    m = pattern.match(name)
    return known[m.group()][1] + name[m.end():] if m and known[m.group()][0] == "orgs" else name


def name_start(text: str, end: int, limit: int = 24) -> int:
    """Where a name ending at `end` starts: after the last punctuation or function word."""
    i = end
    depth = 0
    while i > 0 and end - i < limit:
        ch = text[i - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and ch in _DASHES and i < end and re.match(f"[{CJK}]", text[i]) \
                and (joined := _joined_place(text, i - 1)) is not None:
            i = joined  # `尼日利亚—中国战略伙伴关系组织`, `中国—东盟商务理事会`: two places a dash joins open the name
            continue
        elif depth == 0 and (ch in NAME_STOP or not _NAME_CHAR.match(ch)):
            break
        i -= 1
    return i


_DASHES = "—－–-"


def _joined_place(text: str, dash: int) -> int | None:
    """Where the place before a dash starts, when the run of characters before the dash is a country, region or
    bloc (data/figures.txt [markets], [regions], 中国); None otherwise."""
    k = dash
    while k > 0 and dash - k < 8 and re.match(f"[{CJK}]", text[k - 1]) and text[k - 1] not in NAME_STOP:
        k -= 1
    return k if text[k:dash] in places() or text[k:dash] == "中国" else None


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, blocs and regions by name (data/figures.txt [markets] and [regions])."""
    return frozenset(vocab.words("figures", "markets")) | frozenset(vocab.words("figures", "regions"))
