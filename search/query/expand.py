"""Expansions: the other words a query's word also searches (aliases, regional variants, concepts).

Data for the compiler (lexer -> compiler -> archive): the curated aliases of data/aliases.txt and
those an archive defines, joined into groups; the concept groups of data/concepts.txt.
"""
from __future__ import annotations

from search import analyze, vocab
from search.query import names


def variants(text: str, aliases: dict[str, set[str]]) -> list[str]:
    """The other spellings `text` also searches at full weight: the names of its alias group
    (sorted), then its regional variant (數字 -> 数字)."""
    found = sorted(aliases.get(names.key(text), ()))
    regional = analyze.regional_variant(text)
    if regional:
        found.append(regional)
    return found


def concept_groups() -> dict[str, list[str]]:
    """The curated groups of data/concepts.txt: normalised word -> the other words of its groups."""
    out: dict[str, list[str]] = {}
    for line in vocab.words("concepts", "concepts"):
        group = [w.strip() for w in line.split("/") if w.strip()]
        for w in group:
            k = names.key(w)
            out.setdefault(k, [])
            out[k].extend(analyze.normalize(o) for o in group
                          if names.key(o) != k and analyze.normalize(o) not in out[k])
    return out


def static_aliases() -> list[tuple[str, str]]:
    """The curated pairs of data/aliases.txt, every section."""
    pairs = []
    for section in vocab.load("aliases").values():
        for line in section:
            short, _, full = line.partition("=")
            if short.strip() and full.strip():
                pairs.append((short.strip(), full.strip()))
    return pairs


def canonical_names(pairs) -> dict[str, str]:
    """Normalised name -> the canonical name of its alias group: a name that stands only on the
    right of a pair (a full name, never an abbreviation), Chinese before Latin, the longest; the
    curated pairs decide before those the archive defines (they come first in `pairs`)."""
    groups = alias_groups(pairs)
    shorts = {names.key(s) for s, _ in pairs}
    fulls: dict[str, str] = {}
    for _, full in pairs:
        fulls.setdefault(names.key(full), full)
    out: dict[str, str] = {}
    for name, others in groups.items():
        if name in out:
            continue
        members = [name] + [names.key(o) for o in others]
        candidates = [k for k in members if k in fulls and k not in shorts] or [k for k in members if k in fulls]
        best = min(candidates, key=lambda k: (fulls[k].isascii(), -len(fulls[k]), members.index(k)))
        for k in members:
            out[k] = fulls[best]
    return out


def alias_groups(pairs) -> dict[str, set[str]]:
    """Normalised name -> the other names of its group: names joined by any pair, transitively
    (WTO = 世界贸易组织 and 世贸组织 = 世界贸易组织 make WTO search 世贸组织 too)."""
    parent: dict[str, str] = {}
    spelling: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for short, full in dict.fromkeys(pairs):  # an archive defines the same abbreviation often
        s, f = names.key(short), names.key(full)
        if s and f and s != f:
            spelling.setdefault(s, short)
            spelling.setdefault(f, full)
            parent[find(s)] = find(f)
    groups: dict[str, set[str]] = {}
    for name in parent:
        groups.setdefault(find(name), set()).add(name)
    return {name: {spelling[n] for n in members if n != name}
            for members in groups.values() for name in members}
