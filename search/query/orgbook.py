"""Organisations as one entry each: every name an index's items give one body, merged under its
canonical name (WTO, 世贸组织 and 世界贸易组织 are one organisation; IMF and 国际货币基金组织 another).

Beside the snapshot, which builds one per index version and alias set; the facets count its column,
the filters widen an `org` selection to every stored name, and `Archive.org` reads an organisation
from it. The names come from the alias groups (curated data/aliases.txt and those the archive
defines) and the gazetteer's forms (data/orgs.txt).
"""
from __future__ import annotations

from dataclasses import dataclass

from search.query import names


@dataclass
class OrgBook:
    """The organisations of one index version."""

    canonical_of: dict[str, str]  # a stored org value -> the canonical name the facet shows
    values_of: dict[str, list[str]]  # canonical name -> the stored values that stand for it
    column: dict[int, tuple[str, ...]]  # docnum -> the canonical names of its organisations, each once

    @classmethod
    def build(cls, org_column: dict[int, tuple[str, ...]], aliases: dict[str, set[str]],
              canonical: dict[str, str]) -> OrgBook:
        """From the facet table's org column, the alias groups (name key -> the group's other
        names) and the canonical spelling of each group's names (name key -> canonical)."""
        canonical_of: dict[str, str] = {}
        for values in org_column.values():
            for value in values:
                if value not in canonical_of:
                    canonical_of[value] = canonical.get(names.key(value), value) if aliases.get(names.key(value)) else value
        values_of: dict[str, list[str]] = {}
        for value, c in sorted(canonical_of.items()):
            values_of.setdefault(c, []).append(value)
        column = {d: tuple(dict.fromkeys(canonical_of[v] for v in values)) for d, values in org_column.items()}
        return cls(canonical_of, values_of, column)

    def canonical(self, name: str, aliases: dict[str, set[str]], canonical: dict[str, str]) -> str | None:
        """The canonical name of an organisation named `name` in any form, or None if no item names it."""
        if name in self.values_of:
            return name
        if name in self.canonical_of:
            return self.canonical_of[name]
        k = names.key(name)
        c = canonical.get(k) if aliases.get(k) else None
        if c in self.values_of:
            return c
        for value, c in self.canonical_of.items():
            if names.key(value) == k or k in {names.key(f) for f in names.forms_of(value)}:
                return c
        return None

    def values(self, name: str) -> list[str]:
        """The stored org values an `org` filter of `name` (canonical or stored) selects."""
        c = self.canonical_of.get(name, name)
        return self.values_of.get(c, [name])

    def other_names(self, name: str, aliases: dict[str, set[str]]) -> list[str]:
        """Every other name of an organisation: its stored values, alias group and gazetteer forms."""
        out: list[str] = []
        for value in self.values_of.get(name, [name]):
            out.extend(names.forms_of(value))
            out.extend(sorted(aliases.get(names.key(value), ())))
        out.extend(sorted(aliases.get(names.key(name), ())))
        return [n for n in dict.fromkeys(out) if names.key(n) != names.key(name)]
