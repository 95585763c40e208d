"""Organisations and outlets by every name they go by: what lets a query that is a name find the items
that carry it in their `org` or `source` field.

Beside the compiler, which expands a query's names with it, and before the archive. The items say 市商务局 while the org facet shows the canonical
大连市商务局 (the gazetteer's `form = canonical`); a query for either name, or for any other written
form of it, finds the items of that organisation, even where the text never spells the name out.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from search import analyze
from search.parse.orgs import gazetteer
from search.text import unspaced


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A name as a query is matched against it: normalised, without spaces."""
    return unspaced(analyze.normalize(name))


def index_value(name: str) -> str:
    """A name as the org field indexes it (commas separate its values: see the index's item_fields)."""
    return name.replace(",", " ").strip()


def lookup(orgs: Iterable[str], sources: Iterable[str],
           in_text: Callable[[str], bool] = lambda name: False) -> dict[str, list[tuple[str, str]]]:
    """Name key -> the (field, value) pairs it names, for the organisations and outlets of an index.

    An organisation is named by its canonical name (the facet value) and every form the gazetteer
    maps to it; an outlet by its source line as written, and by the gazetteer's other names of it.
    An organisation of one form that the word fields hold (`in_text`) is left out: every item that
    carries it says its name, so the text query finds them all, and the org field would only cost.
    """
    forms, canonical_of = _forms(), _canonical_of()
    out: dict[str, list[tuple[str, str]]] = {}

    def add(name: str, field: str, value: str) -> None:
        k = key(name)
        if k and (field, value) not in out.setdefault(k, []):
            out[k].append((field, value))

    for field, values in (("org", orgs), ("source", sources)):
        for value in set(values):
            if not value:
                continue
            stored = index_value(value) if field == "org" else value
            names = forms.get(canonical_of.get(value, value), frozenset({value})) | {value}
            if field == "org" and len(names) == 1 and in_text(value):
                continue
            for name in names:
                add(name, field, stored)
    return out


@lru_cache(maxsize=1)
def _forms() -> dict[str, frozenset[str]]:
    """The gazetteer's canonical names (organisations and media) -> every form of each, itself included."""
    forms: dict[str, set[str]] = {}
    for section in ("orgs", "media"):
        for form, canonical in gazetteer().get(section, {}).items():
            forms.setdefault(canonical, {canonical}).add(form)
    return {c: frozenset(fs) for c, fs in forms.items()}


@lru_cache(maxsize=1)
def _canonical_of() -> dict[str, str]:
    """Every written form -> its canonical name."""
    return {form: c for c, fs in _forms().items() for form in fs}


@lru_cache(maxsize=4096)
def forms_of(value: str) -> tuple[str, ...]:
    """Every written form the gazetteer knows of a name, the name first: what snippets mark."""
    c = _canonical_of().get(value, value)
    return (value, *sorted(_forms().get(c, frozenset({c})) - {value}))
