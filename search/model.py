"""The data the parser produces and everything downstream consumes: an Issue, its Items, their Figures,
and the kinds of section.

Plain dataclasses, no behaviour beyond naming and serialising themselves in the shapes of
CONTRACT.md (`to_dict` is one line of `jianbao parse --json`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search import vocab

# --- sections ------------------------------------------------------------------------------

# The kinds of section and their names, from data/sections.txt: the one table the parser, the
# figures and `check` read a section's kind from.
SECTION_KINDS: dict[str, str] = {name: kind for kind, names in vocab.load("sections").items() for name in names}
KINDS = tuple(vocab.load("sections"))  # data, news, profiles, activities
# The briefing's own sections, the first of each kind: 数据月报, 行业资讯, 会员风采, 协会动态.
SECTIONS = tuple(names[0] for names in vocab.load("sections").values())


def section_kind(name: str | None) -> str:
    """What kind of items a section holds, by the table: data, profiles, activities, or news (any other
    name). A printed name with its ordinal or frame is read by `search.parse.sectionname.section_kind`."""
    return SECTION_KINDS.get(name or "", "news")


@dataclass(frozen=True)
class IssueMeta:
    """Which issue of the briefing a file is: read from its header, a side file, or inferred."""

    year: int | None
    number: int | None
    total: int | None
    date: str | None  # publication date, ISO YYYY-MM-DD
    inferred: bool = False

    @property
    def key(self) -> str | None:
        """`2024-05`: the issue's facet value and the `--issue` filter's form."""
        if self.year is None or self.number is None:
            return None
        return f"{self.year}-{self.number:02d}"

    @property
    def label(self) -> str:
        """`2024年第5期`, as people name an issue."""
        if self.year is None or self.number is None:
            return "期号不详"
        return f"{self.year}年第{self.number}期"

    def to_dict(self) -> dict:
        return {"year": self.year, "number": self.number, "total": self.total,
                "date": self.date, "inferred": self.inferred}


@dataclass(frozen=True)
class Alias:
    """An abbreviation the text defines: （以下简称“服贸会”） makes short=服贸会 for full=the name before it."""

    short: str
    full: str
    item_id: str


@dataclass
class Item:
    """One news item: a story, the month's statistics, a member profile or an association activity."""

    id: str
    file: str
    issue: IssueMeta
    section: str
    title: str | None
    source: str | None
    date: str | None  # first day-precise date the item reports, ISO
    orgs: list[str]
    body: str
    lines: tuple[int, int]
    ordinal: int = 0  # 1-based place in its issue
    aliases: list[Alias] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)  # its tables: rows of cells
    consumed: list[str] = field(default_factory=list)  # printed text taken as title or source markup
    ocr: bool = False  # its text was recognised from page images (a scan), and may hold errors

    def to_dict(self) -> dict:
        """The item as one line of `parse --json` (CONTRACT.md)."""
        return {"id": self.id, "file": self.file, "issue": self.issue.to_dict(),
                "section": self.section, "title": self.title, "source": self.source,
                "date": self.date, "orgs": list(self.orgs), "body": self.body,
                "lines": list(self.lines), "ordinal": self.ordinal,
                "aliases": [{"short": a.short, "full": a.full} for a in self.aliases], "ocr": self.ocr}


@dataclass
class Issue:
    """A parsed briefing file: its metadata, table of contents and items in document order."""

    file: str
    meta: IssueMeta
    items: list[Item]
    toc: dict[str, list[str]] = field(default_factory=dict)  # section -> titles listed
    header: list[str] = field(default_factory=list)  # header lines as printed
    provenance: dict[str, str] = field(default_factory=dict)  # meta key -> header / inferred / side file
    furniture: list[str] = field(default_factory=list)  # page numbers, running heads, rules
    skeleton: list[str] = field(default_factory=list)  # table of contents and section headings, as printed
    # pages read by OCR: {"page", "blocks", "mean", "min"} (recognition confidence, 0-1)
    recognition: list[dict] = field(default_factory=list)

    @property
    def aliases(self) -> list[Alias]:
        return [a for item in self.items for a in item.aliases]

    def to_dict(self) -> dict:
        """Everything the parser found, as JSON values (the parse cache's entry); `from_dict` reads it
        back equal. Its items share the issue's metadata, kept once."""
        return {"file": self.file, "meta": self.meta.to_dict(), "toc": self.toc, "header": self.header,
                "provenance": self.provenance, "furniture": self.furniture, "skeleton": self.skeleton,
                "recognition": self.recognition,
                "items": [_item_record(item) for item in self.items]}

    @classmethod
    def from_dict(cls, record: dict) -> Issue:
        """The issue `to_dict` gave; KeyError, TypeError or ValueError for a record of another shape."""
        meta = IssueMeta(**record["meta"])
        items = [Item(**{**r, "issue": meta, "lines": tuple(r["lines"]),
                         "aliases": [Alias(*a) for a in r["aliases"]]}) for r in record["items"]]
        return cls(file=record["file"], meta=meta, items=items, toc=dict(record["toc"]),
                   header=list(record["header"]), provenance=dict(record["provenance"]),
                   furniture=list(record["furniture"]), skeleton=list(record["skeleton"]),
                   recognition=list(record["recognition"]))


def _item_record(item: Item) -> dict:
    return {"id": item.id, "file": item.file, "section": item.section, "title": item.title,
            "source": item.source, "date": item.date, "orgs": list(item.orgs), "body": item.body,
            "lines": list(item.lines), "ordinal": item.ordinal,
            "aliases": [[a.short, a.full, a.item_id] for a in item.aliases],
            "tables": item.tables, "consumed": item.consumed, "ocr": item.ocr}


@dataclass
class Figure:
    """One printed number of a statistics report, or a month derived from two (CONTRACT.md,
    `figures --json`): what it counts, the breakdown, the period, the value and its changes.

    `to_dict` gives the record's JSON shape (figures.json, the manifest); `from_dict` reads it back.
    A figure also reads as its record (`fig["value"]`) for callers that hold JSON records.
    """

    file: str
    item: str
    issue: str | None
    indicator: str
    breakdown: str | None
    period: str  # `2023-01/2023-09`: first and last month
    value: float | None
    unit: str | None
    yoy_pct: float | None = None
    share_pct: float | None = None
    derived: bool = False
    text: str | None = None  # the sentence or table row printed
    printed: str | None = None  # the indicator as printed, before series are named
    basis: list[str] | None = None  # a derived month: the two items it is the difference of

    def to_dict(self) -> dict:
        out = {name: getattr(self, name) for name in FIGURE_FIELDS}
        out["printed"] = self.printed
        if self.basis:
            out["basis"] = list(self.basis)
        return out

    @classmethod
    def from_dict(cls, record) -> Figure:
        """A figure from its record; a Figure is returned as it is."""
        if isinstance(record, Figure):
            return record
        return cls(**{name: record.get(name) for name in FIGURE_FIELDS},
                   printed=record.get("printed"), basis=record.get("basis"))

    def __getitem__(self, name: str):
        return getattr(self, name)

    def get(self, name: str, default=None):
        return getattr(self, name, default)


# The record as CONTRACT.md gives it (`figures --json`); `printed` (the name as printed) and, for a
# derived month, `basis` extend it.
FIGURE_FIELDS = ("file", "item", "issue", "indicator", "breakdown", "period", "value", "unit", "yoy_pct",
                 "share_pct", "derived", "text")
