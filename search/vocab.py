"""The vocabulary of search/data/: one sectioned text format and its one loader, below every layer.

A data file holds `[section]` headers and one entry a line; `#` starts a comment. Entries before
the first header belong to the section named as the file (terms.txt needs no header). What an entry
means (`a = b`, `a -> b`, `a / b`) is its section's business, said in the file's header comment.
Code keeps the shapes of its patterns and fills them with these words (`alternation`).
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

__all__ = ["alternation", "digest", "lines", "load", "pairs", "words"]


@lru_cache(maxsize=None)
def _text(name: str) -> str:
    try:
        return resources.files("search").joinpath("data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _entries(name: str) -> list[str]:
    return [line.split("#", 1)[0].strip() for line in _text(name).splitlines()
            if line.split("#", 1)[0].strip()]


def lines(name: str) -> list[str]:
    """Every entry of data/<name>.txt as written, section headers included, comments gone."""
    return _entries(name)


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, list[str]]:
    """data/<name>.txt as {section: entries in order}; a missing file is empty. Cached: do not mutate."""
    sections: dict[str, list[str]] = {}
    current = None
    for entry in _entries(name):
        head = _header(entry)
        if head is not None:
            current = sections.setdefault(head, [])
        else:
            if current is None:
                current = sections.setdefault(name, [])
            current.append(entry)
    return sections


def words(name: str, section: str) -> list[str]:
    """The entries of one section (empty if the file or section is missing)."""
    return load(name).get(section, [])


def pairs(entries: list[str], sep: str = "=") -> list[tuple[str, str]]:
    """`a = b` entries as (a, b), both trimmed; b is '' for an entry without `sep`."""
    out = []
    for entry in entries:
        left, _, right = entry.partition(sep)
        out.append((left.strip(), right.strip()))
    return out


def digest(name: str) -> str:
    """Short hash of the file as shipped: a version of whatever is read from it."""
    return hashlib.sha256(_text(name).encode()).hexdigest()[:12]


def alternation(entries, *, escape: bool = True) -> str:
    """`a|bc|d` of the entries, longest first (a regex tries alternatives in order), for `(?:{…})`."""
    forms = sorted(dict.fromkeys(entries), key=len, reverse=True)
    return "|".join(re.escape(f) if escape else f for f in forms)


def _header(entry: str) -> str | None:
    return entry[1:-1].strip() if entry.startswith("[") and entry.endswith("]") else None
