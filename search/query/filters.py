"""Filters: facet selections and a publication-date range, as Whoosh queries (never query strings).

Beside the compiler, before the archive. The same names serve the CLI options and the HTTP parameters.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from whoosh.query import And, DateRange, Query, Term

from search.dates import period
from search.errors import QueryError
from search.query.compiler import Union

ISSUE_KEY = re.compile(r"^(\d{4})-(\d{1,2})$")
YEAR = re.compile(r"^\d{4}$")


@dataclass
class Filters:
    """Facet selections and a publication-date range; a filter given twice means either value."""

    section: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    issue: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    year: list[str] = field(default_factory=list)  # publication years; two or more mean either

    def __post_init__(self):
        self.issue = [self._issue_key(v) for v in self.issue]
        self.year = [self._year(v) for v in self.year if v and v.strip()]
        for name in ("section", "source", "org"):
            setattr(self, name, [v.strip() for v in getattr(self, name) if v and v.strip()])
        start = period(self.date_from, "from")[0] if self.date_from else None
        end = period(self.date_to, "to")[1] if self.date_to else None
        if start and end and start > end:
            raise QueryError(f"--from {self.date_from} is after --to {self.date_to}", code="date_order",
                             param="from", value=self.date_from, limit=self.date_to)

    @staticmethod
    def _issue_key(value: str) -> str:
        m = ISSUE_KEY.match(value.strip())
        if not m or not 1 <= int(m[2]) <= 12:
            raise QueryError(f"--issue {value!r} is not an issue: use YYYY-NN, e.g. 2024-05",
                             code="bad_issue", param="issue", value=value, hint="YYYY-NN")
        return f"{m[1]}-{int(m[2]):02d}"

    @staticmethod
    def _year(value: str) -> str:
        if not YEAR.match(value.strip()):
            raise QueryError(f"--year {value!r} is not a year: use YYYY, e.g. 2024", code="bad_year",
                             param="year", value=value, hint="YYYY")
        return value.strip()

    @classmethod
    def from_args(cls, get_list, get_one) -> Filters:
        """From request-like accessors (`request.args.getlist`, `request.args.get`)."""
        return cls(section=get_list("section"), source=get_list("source"), org=get_list("org"),
                   issue=get_list("issue"), date_from=get_one("from") or None,
                   date_to=get_one("to") or None, year=get_list("year"))

    def __bool__(self) -> bool:
        return bool(self.section or self.source or self.org or self.issue or self.date_from or self.date_to
                    or self.year)

    def queries(self, org_values: Callable[[str], list[str]] | None = None) -> dict[str, Query]:
        """One Whoosh query per active filter, keyed by the facet it narrows (the date range narrows
        the year facet). `org_values` gives every stored name of a selected organisation."""
        out: dict[str, Query] = {}
        for name in ("section", "source", "org", "issue"):
            values = getattr(self, name)
            if name == "org" and org_values is not None:
                values = list(dict.fromkeys(v for value in values for v in org_values(value)))
            if values:
                out[name] = Union([Term(name, v) for v in values])
        years: list[Query] = []
        if self.year:
            years.append(Union([Term("year", y) for y in self.year]))
        if self.date_from or self.date_to:
            start = period(self.date_from, "from")[0] if self.date_from else None
            end = period(self.date_to, "to")[1] if self.date_to else None
            years.append(DateRange("pubdate", datetime.combine(start, datetime.min.time()) if start else None,
                                   datetime.combine(end, datetime.max.time()) if end else None))
        if years:
            out["year"] = years[0] if len(years) == 1 else And(years)
        return out

    def selected(self, facet: str, value: str) -> bool:
        if facet == "year":
            return value in self.year or bool(self.date_from and self.date_from == self.date_to == value)
        return value in getattr(self, facet, [])
