"""Queries: the user's words -> a Whoosh query; an Archive to search, with facets and snippets.

The last library layer: parse -> analyze -> index -> query. Whoosh's own query parser is not used (it
silently drops what it cannot parse); the syntax is parsed here and every failure is a QueryError
that says what was wrong.

Syntax: words (all must match; an unspaced run of Chinese is cut into words that must all match,
anywhere in the item, an exact match of the whole run ranking first), "quoted phrases" (these
characters in this order), -word or -"phrase" to exclude, OR between alternatives, (parentheses).
"""
from __future__ import annotations

import calendar
import json
import re
import time
import unicodedata
from functools import lru_cache
from collections import Counter
from itertools import chain
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.query import (And, AndNot, DateRange, Every, Or, Phrase, Prefix, Query, Sequence,
                          Term)

from search import analyze, highlight
from search.errors import IndexMissing, IndexStale, NotFound, QueryError
from search.index import MANIFEST, corpus_words, current_dir, load_manifest
from search.model import IssueMeta, Item

class Union(Or):
    """Or that always marches its matchers in step: Whoosh's array matcher, which it picks for
    indexes under 5,000 items, clears a 2,048-slot array in Python for every block it reads."""

    matcher_type = Or.DEFAULT_MATCHER


MAX_QUERY_CHARS = 500
MAX_PER_PAGE = 100
MAX_WORDS = 32
FACETS = ("section", "source", "org", "year", "issue")
OPEN_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "”": "”"}
ISSUE_KEY = re.compile(r"^(\d{4})-(\d{1,2})$")
DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


# --- filters -------------------------------------------------------------------------------

def _period(value: str, name: str) -> tuple[date, date]:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` -> the first and last day of that period."""
    m = DATE_VALUE.match(value.strip())
    if not m:
        raise QueryError(f"--{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        if day:
            d = date(year, month, day)
            return d, d
        if month:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise QueryError(f"--{name} {value!r} is not a real date") from None


@dataclass
class Filters:
    """Facet selections and a publication-date range; a filter given twice means either value."""

    section: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    issue: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None

    def __post_init__(self):
        self.issue = [self._issue_key(v) for v in self.issue]
        for name in ("section", "source", "org"):
            setattr(self, name, [v.strip() for v in getattr(self, name) if v and v.strip()])
        start = _period(self.date_from, "from")[0] if self.date_from else None
        end = _period(self.date_to, "to")[1] if self.date_to else None
        if start and end and start > end:
            raise QueryError(f"--from {self.date_from} is after --to {self.date_to}")

    @staticmethod
    def _issue_key(value: str) -> str:
        m = ISSUE_KEY.match(value.strip())
        if not m or not 1 <= int(m[2]) <= 12:
            raise QueryError(f"--issue {value!r} is not an issue: use YYYY-NN, e.g. 2024-05")
        return f"{m[1]}-{int(m[2]):02d}"

    @classmethod
    def from_args(cls, get_list, get_one) -> Filters:
        """From request-like accessors (`request.args.getlist`, `request.args.get`)."""
        return cls(section=get_list("section"), source=get_list("source"), org=get_list("org"),
                   issue=get_list("issue"), date_from=get_one("from") or None,
                   date_to=get_one("to") or None)

    def __bool__(self) -> bool:
        return bool(self.section or self.source or self.org or self.issue or self.date_from or self.date_to)

    def queries(self) -> dict[str, Query]:
        """One Whoosh query per active filter, keyed by the facet it narrows."""
        out: dict[str, Query] = {}
        for name in ("section", "source", "org", "issue"):
            values = getattr(self, name)
            if values:
                out[name] = Union([Term(name, v) for v in values])
        if self.date_from or self.date_to:
            start = _period(self.date_from, "from")[0] if self.date_from else None
            end = _period(self.date_to, "to")[1] if self.date_to else None
            out["year"] = DateRange("pubdate", datetime.combine(start, datetime.min.time()) if start else None,
                                    datetime.combine(end, datetime.max.time()) if end else None)
        return out

    def selected(self, facet: str, value: str) -> bool:
        if facet == "year":
            return bool(self.date_from and self.date_from == self.date_to == value)
        return value in getattr(self, facet, [])


# --- the query language --------------------------------------------------------------------

@dataclass
class Word:
    text: str
    quoted: bool = False


@dataclass
class Not:
    node: object


@dataclass
class Any:
    nodes: list


@dataclass
class All:
    nodes: list


def tokenize(text: str) -> list:
    """Split the user's text into words, "phrases", -, OR, ( and ); QueryError on unbalanced input."""
    text = unicodedata.normalize("NFKC", text)
    tokens, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in OPEN_QUOTES:
            close = OPEN_QUOTES[ch]
            j = text.find(close, i + 1)
            if ch == '"' and j < 0:
                j = text.find("”", i + 1)
            if j < 0:
                raise QueryError(f"unbalanced quote: the phrase starting at {text[i:i + 12]!r} is not closed")
            tokens.append(Word(text[i + 1:j], quoted=True))
            i = j + 1
        elif ch in "()":
            tokens.append(ch)
            i += 1
        elif ch == "-" and (i + 1 < n and not text[i + 1].isspace()) and (not tokens or tokens[-1] != "-"):
            tokens.append("-")
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in "()" and text[j] not in OPEN_QUOTES:
                j += 1
            word = text[i:j]
            tokens.append("OR" if word in ("OR", "|") else Word(word))
            i = j
    return tokens


def parse(text: str):
    """The user's text as a tree of All / Any / Not / Word."""
    tokens = tokenize(text)
    pos = 0

    def sequence(closing: bool):
        nonlocal pos
        items = []
        while pos < len(tokens):
            tok = tokens[pos]
            if tok == ")":
                if not closing:
                    raise QueryError("unbalanced parenthesis: ')' without '('")
                return All(items)
            items.append(alternatives())
        if closing:
            raise QueryError("unbalanced parenthesis: '(' is not closed")
        return All(items)

    def alternatives():
        nonlocal pos
        options = [unary()]
        while pos < len(tokens) and tokens[pos] == "OR":
            pos += 1
            if pos >= len(tokens) or tokens[pos] == ")":
                raise QueryError("OR needs a word on both sides")
            options.append(unary())
        return options[0] if len(options) == 1 else Any(options)

    def unary():
        nonlocal pos
        tok = tokens[pos]
        if tok == "OR":
            raise QueryError("OR needs a word on both sides")
        if tok == "-":
            pos += 1
            if pos >= len(tokens) or tokens[pos] in ("OR", ")"):
                raise QueryError("'-' must stand right before the word to exclude")
            return Not(unary())
        pos += 1
        if tok == "(":
            inner = sequence(closing=True)
            pos += 1
            return inner
        return tok

    return sequence(closing=False)


SPACE_IN_CHINESE = re.compile(r"(?<![a-z0-9\s])\s+|\s+(?![a-z0-9\s])")


def char_query(text: str) -> Query | None:
    """These characters in this order, through the character view; None if nothing to search.

    As in the parsed text, a space stands only between two Latin letters or digits: "数字 贸易"
    is 数字贸易.
    """
    norm = SPACE_IN_CHINESE.sub("", analyze.normalize(text).strip())
    runs = list(analyze.char_runs(norm))
    parts: list[Query] = []
    for idx, (i, j) in enumerate(runs):
        last = idx == len(runs) - 1
        parts.extend(Term("chars", norm[k:k + 2]) for k in range(i, j - 1))
        if j - i == 1:
            # A lone character at the end may be followed by more text: any gram starting with it.
            parts.append(Prefix("chars", norm[i]) if last else Term("chars", norm[i]))
        elif not last:
            parts.append(Term("chars", norm[j - 1]))  # the index ends every run with its last character
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    if all(isinstance(p, Term) for p in parts):
        return Phrase("chars", [p.text for p in parts])
    return Sequence(parts)


@dataclass
class Compiled:
    """A parsed query made ready to run, with what it shows of its work."""

    query: Query | None
    needles: list[tuple[str, bool]]  # (normalised string to mark, whole words only)
    segmentation: list[str]
    expansions: list[str]
    words: list[list[str]]  # positive words, for the OR fallback


class Compiler:
    """Turns the tree into Whoosh queries, expanding aliases and regional variants.

    A Latin word or number (RCEP, AI, 5G) matches whole words only, so AI does not find OpenAI;
    `latin_chars=True` lets it match inside longer words too (the fallback when nothing is found).
    """

    def __init__(self, aliases: dict[str, set[str]]):
        self.aliases = aliases

    latin_chars = False

    def compile(self, text: str, latin_chars: bool = False) -> Compiled:
        self.latin_chars = latin_chars
        self.needles, self.segmentation, self.expansions, self.positive = [], [], [], []
        try:
            tree = parse(text)
            return Compiled(self._node(tree, negated=False), self.needles, self.segmentation,
                            self.expansions, self.positive)
        finally:
            self.latin_chars = False  # `unit()` of a later fallback matches Latin words whole

    def _node(self, node, negated: bool) -> Query | None:
        if isinstance(node, Word):
            return self._word(node, negated)
        if isinstance(node, Not):
            return ("NOT", self._node(node.node, not negated))
        parts = [self._node(n, negated) for n in node.nodes]
        if isinstance(node, Any):
            parts = [p for p in parts if p is not None and not isinstance(p, tuple)]
            return Union(parts) if parts else None
        positive = [p for p in parts if p is not None and not isinstance(p, tuple)]
        negative = [p[1] for p in parts if isinstance(p, tuple) and p[1] is not None]
        if not positive and not negative:
            return None
        q = And(positive) if len(positive) > 1 else (positive[0] if positive else Every())
        return AndNot(q, Union(negative)) if negative else q

    def _word(self, word: Word, negated: bool) -> Query | None:
        norm = analyze.normalize(word.text).strip()
        if not norm:
            return None
        variants = [word.text]
        found = []
        for alt in sorted(self.aliases.get(re.sub(r"\s+", "", norm), ())):
            variants.append(alt)
            found.append(alt)
        regional = analyze.regional_variant(word.text)
        if regional:
            variants.append(regional)
            found.append(regional)
        queries = [q for q in (self._one(v, word.quoted, negated, primary=(v == word.text)) for v in variants) if q]
        if not queries:
            return None
        if not negated:
            self.expansions.extend(x for x in found if x not in self.expansions)
        return queries[0] if len(queries) == 1 else Union(queries)

    def _chars(self, w: str, alone: bool) -> Query | None:
        """The character view of one word, where the word fields may miss it; None where they cannot.

        Phrases in the character view are the slowest queries there are, so they are asked only for
        words jieba may have cut differently in the text. A dictionary word is indexed as a sub-word
        wherever it stands (服务外包 inside 离岸服务外包), so needs none; another two-character word is
        one cheap gram (桓星). Latin words and numbers match whole words unless `latin_chars`.
        """
        if w.isascii() and not self.latin_chars:
            return None
        if len(w) == 1:
            return Prefix("chars", w) if alone else None
        if analyze.in_dictionary(w) and not w.isascii():
            return None
        return Term("chars", w) if len(w) == 2 else char_query(w)

    def _one(self, text: str, quoted: bool, negated: bool, primary: bool) -> Query | None:
        ws = analyze.words(text)
        if not ws:
            return None
        if primary:
            self.segmentation.append(" / ".join(ws))
        whole = not quoted and not self.latin_chars
        if not negated:
            if not quoted:  # a quoted phrase is never relaxed into its words
                self.positive.append(ws)
            if quoted:
                self.needles.append((SPACE_IN_CHINESE.sub("", analyze.normalize(text).strip()), whole))
            elif len(ws) == 1:
                self.needles.append((analyze.normalize(text).strip(), whole))
            else:
                self.needles.extend((w, whole) for w in ws if len(w) > 1)
                self.needles.append((re.sub(r"\s+", "", analyze.normalize(text)), whole))
        if quoted:
            return char_query(text)
        if len(ws) == 1:
            return self.unit(ws[0], alone=True)
        every_word = And([self.unit(w) for w in dict.fromkeys(ws)])
        if any(len(w) == 1 for w in ws) and not text.isascii():
            # Single characters are unreliable words (亿 / 达科 / 创 against 亿达科创集团 in the text):
            # the run itself, as characters, also counts.
            exact = char_query(text)
            return Union([every_word, exact]) if exact is not None else every_word
        return every_word

    def unit(self, w: str, alone: bool = False) -> Query:
        """One word: its jieba word in title or body, or its characters where those may miss it."""
        units = [Term("title", w), Term("body", w)]
        chars = self._chars(w, alone)
        return Union(units + [chars]) if chars is not None else Union(units)


# --- results -------------------------------------------------------------------------------

@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class Hit:
    id: str
    title: str | None
    section: str
    source: str | None
    date: str | None
    issue: IssueMeta
    orgs: list[str]
    snippet: str
    score: float | None

    def to_dict(self) -> dict:
        issue = self.issue.to_dict()
        issue.pop("inferred", None)
        return {"id": self.id, "title": self.title, "section": self.section, "source": self.source,
                "date": self.date, "issue": issue, "orgs": self.orgs, "snippet": self.snippet,
                "score": None if self.score is None else round(self.score, 3)}


@dataclass
class Page:
    query: str
    total: int
    page: int
    per_page: int
    sort: str
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    expansions: list[str] = field(default_factory=list)
    fallback: str | None = None
    segmentation: list[str] = field(default_factory=list)
    took_ms: float = 0.0
    explain: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total, "page": self.page, "per_page": self.per_page,
                "hits": [h.to_dict() for h in self.hits],
                "facets": {name: {v.value: v.count for v in values} for name, values in self.facets.items()},
                "pages": self.pages, "sort": self.sort, "expansions": self.expansions,
                "fallback": self.fallback, "segmentation": self.segmentation,
                "took_ms": round(self.took_ms, 1)}


@dataclass
class IssueView:
    """An issue as the archive holds it: metadata, header and contents, items in order."""

    meta: IssueMeta
    file: str
    header: list[str]
    toc: dict[str, list[str]]
    items: list[Item]
    item_count: int = 0


def item_from_dict(d: dict) -> Item:
    from search.model import Alias
    meta = IssueMeta(**d["issue"])
    return Item(id=d["id"], file=d["file"], issue=meta, section=d["section"], title=d["title"],
                source=d["source"], date=d["date"], orgs=list(d["orgs"]), body=d["body"],
                lines=tuple(d["lines"]), ordinal=d.get("ordinal", 0),
                aliases=[Alias(a["short"], a["full"], d["id"]) for a in d.get("aliases", [])])


def static_aliases() -> list[tuple[str, str]]:
    """The curated pairs of data/aliases.txt."""
    pairs = []
    for line in analyze.data_lines("aliases.txt"):
        short, _, full = line.partition("=")
        if short.strip() and full.strip():
            pairs.append((short.strip(), full.strip()))
    return pairs


@lru_cache(maxsize=65536)
def _alias_key(name: str) -> str:
    return re.sub(r"\s+", "", analyze.normalize(name))


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
        s, f = _alias_key(short), _alias_key(full)
        if s and f and s != f:
            spelling.setdefault(s, short)
            spelling.setdefault(f, full)
            parent[find(s)] = find(f)
    groups: dict[str, set[str]] = {}
    for name in parent:
        groups.setdefault(find(name), set()).add(name)
    return {name: {spelling[n] for n in members if n != name}
            for members in groups.values() for name in members}


def _positional(query: Query) -> bool:
    return isinstance(query, (Phrase, Sequence)) or any(_positional(c) for c in query.children())


class Archive:
    """An open index: search it, read items and issues. One per thread; `refresh()` per request."""

    def __init__(self, index_dir: Path | str):
        self.index_dir = Path(index_dir)
        analyze.setup()
        self._gen = None
        self._ix = None
        self._searcher = None
        self._open()

    # -- opening and refreshing

    def _open(self) -> None:
        gen = current_dir(self.index_dir)
        if gen is None or not whoosh_index.exists_in(str(gen)):
            raise IndexMissing(self.index_dir)
        if load_manifest(gen).get("fingerprint") != analyze.fingerprint():
            raise IndexStale(self.index_dir)
        if self._searcher is not None:
            self._searcher.close()
        self._gen = gen
        self._ix = whoosh_index.open_dir(str(gen))
        self._searcher = self._ix.searcher()
        self._load()

    def _load(self) -> None:
        """Per index version: the manifest and what follows from it, and the facet table."""
        self._load_manifest()
        # docnum -> (section, source, orgs, year, issue, datekey), read from a column: unpickling
        # every stored document instead costs a second per 10,000 items.
        reader = self._searcher.reader()
        column = reader.column_reader("facetrow")
        self._table = {docnum: column[docnum] for docnum in reader.all_doc_ids()}
        # the same, one dict per facet: docnum -> value (orgs: a tuple of values)
        self._columns = [{d: row[i] for d, row in self._table.items()} for i in range(len(FACETS))]

    def _manifest_stamp(self):
        try:
            return (self._gen / MANIFEST).stat().st_mtime_ns
        except OSError:
            return None

    def _load_manifest(self) -> None:
        """Issues, rejected files, aliases and dictionary words, as the last indexer run left them."""
        self._stamp = self._manifest_stamp()
        self.manifest = load_manifest(self._gen)
        analyze.add_words(corpus_words(self.manifest))
        pairs = list(static_aliases())
        for entry in self.manifest.get("files", {}).values():
            pairs.extend((short, full) for short, full, _ in entry.get("aliases", []))
        aliases = alias_groups(pairs)
        self.compiler = Compiler(aliases)

    def refresh(self) -> None:
        """See the newest index: a new commit, a rebuilt generation, or a run that changed nothing
        but its report (when it ran, which files it rejected)."""
        if current_dir(self.index_dir) != self._gen:
            self._open()
        elif not self._searcher.up_to_date():
            # A new searcher, not Searcher.refresh(): whoosh-reloaded 2.7.5's refresh reuses old
            # segment readers and misses deletions, so removed items would stay visible.
            self._open()
        elif self._manifest_stamp() != self._stamp:
            self._load_manifest()

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    @property
    def item_count(self) -> int:
        return self._searcher.doc_count()

    @property
    def indexed_at(self) -> str | None:
        return self.manifest.get("indexed_at")

    # -- searching

    def compile(self, text: str) -> Compiled:
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(f"the query is {len(text)} characters long; at most {MAX_QUERY_CHARS} are searched")
        compiled = self.compiler.compile(text)
        distinct = {w for ws in compiled.words for w in ws}
        if len(distinct) > MAX_WORDS:
            raise QueryError(f"the query has {len(distinct)} different words; at most {MAX_WORDS} are searched")
        return compiled

    def search(self, text: str, filters: Filters | None = None, page: int = 1, per_page: int = 10,
               sort: str = "relevance") -> Page:
        """One page of results with snippets, and facet counts over the whole result set."""
        started = time.perf_counter()
        filters = filters or Filters()
        if not isinstance(page, int) or page < 1:
            raise QueryError(f"page must be a whole number from 1, not {page!r}")
        if not isinstance(per_page, int) or not 1 <= per_page <= MAX_PER_PAGE:
            raise QueryError(f"per_page must be from 1 to {MAX_PER_PAGE}, not {per_page!r}")
        if sort not in ("relevance", "date"):
            raise QueryError(f"sort must be relevance or date, not {sort!r}")
        compiled = self.compile(text)
        fallback = None
        if compiled.query is None:
            if text.strip() and not filters:
                raise QueryError("the query has no words to search for (only punctuation or spaces)")
            if not filters:
                raise QueryError("the query is empty: type some words, or choose a filter")
            compiled.query = Every()
            sort = "date"
        filter_sets = {name: set(self._searcher.docs_for_query(q)) for name, q in filters.queries().items()}
        matched = self._match(compiled.query)
        if not matched and any(w.isascii() and w.isalnum() for ws in compiled.words for w in ws):
            # A Latin word found nowhere whole: look inside longer words too, and say so.
            wider = self.compiler.compile(text, latin_chars=True)
            wider_docs = self._match(wider.query)
            if wider_docs:
                compiled, matched = wider, wider_docs
                fallback = "没有找到完整的词，以下结果按字符匹配（词语出现在更长的词中）"
        words = list(dict.fromkeys(w for ws in compiled.words for w in ws if len(w) > 1))
        if not matched and len(words) > 1:
            # Nothing has every word: show what has some of them, and say so.
            relaxed = Union([self.compiler.unit(w) for w in words])
            relaxed_docs = self._match(relaxed)
            if relaxed_docs:
                compiled.query, matched = relaxed, relaxed_docs
                fallback = "没有同时包含全部词语的条目，以下结果只包含其中部分词语"
        result = set(matched).intersection(*filter_sets.values()) if filter_sets else set(matched)
        facets = self._facets(set(matched), filter_sets, filters)
        window = slice((page - 1) * per_page, page * per_page)
        if sort == "date" or not result:
            # Newest first needs no scores: the facet table has every item's date key.
            ordered = sorted(result, key=lambda d: -self._table[d][5])[window]
            hits = [self._hit(d, compiled.needles, None) for d in ordered]
        elif isinstance(matched, dict):  # scored already
            ordered = sorted(result, key=lambda d: (-matched[d], -self._table[d][5]))[window]
            hits = [self._hit(d, compiled.needles, matched[d]) for d in ordered]
        else:
            # Only the top of the page is scored; Whoosh skips blocks that cannot reach it.
            found = self._searcher.search(compiled.query, limit=page * per_page, terms=False,
                                          filter=result if filter_sets else None)
            hits = [self._hit(h.docnum, compiled.needles, h.score) for h in found[window]]
        return Page(query=text, total=len(result), page=page, per_page=per_page, sort=sort, hits=hits,
                    facets=facets, expansions=compiled.expansions, fallback=fallback,
                    segmentation=compiled.segmentation,
                    took_ms=(time.perf_counter() - started) * 1000, explain=str(compiled.query))

    def _match(self, query: Query) -> set[int] | dict[int, float]:
        """Every matching document: the result set and the facets' input.

        Matching a phrase in the character view costs more than scoring, so such a query is matched
        once, scored (docnum -> score); any other is matched unscored here (a set), and only the top
        of its page is scored later.
        """
        if _positional(query):
            results = self._searcher.search(query, limit=None, terms=False)
            return {docnum: score for score, docnum in results.top_n}
        return set(self._searcher.docs_for_query(query))

    def search_all(self, text: str, filters: Filters | None = None, sort: str = "relevance",
                   limit: int = 10000) -> list[Hit]:
        """Every hit (up to `limit`), for exports; snippets included."""
        hits: list[Hit] = []
        page = 1
        while len(hits) < limit:
            result = self.search(text, filters, page, MAX_PER_PAGE, sort)
            hits.extend(result.hits)
            if page >= result.pages:
                break
            page += 1
        return hits[:limit]

    def _hit(self, docnum: int, needles, score: float | None) -> Hit:
        d = json.loads(self._searcher.stored_fields(docnum)["doc"])
        issue = IssueMeta(**d["issue"])
        return Hit(id=d["id"], title=d["title"], section=d["section"], source=d["source"],
                   date=d["date"], issue=issue, orgs=d["orgs"],
                   snippet=highlight.snippet(d["body"], needles), score=score)

    def _facets(self, matched: set[int], filter_sets: dict[str, set[int]], filters: Filters):
        """Counts per facet value; each facet ignores its own selection, so siblings stay visible."""
        out: dict[str, list[FacetValue]] = {}
        for idx, name in enumerate(FACETS):
            others = [s for n, s in filter_sets.items() if n != name]
            docs = matched.intersection(*others) if others else matched
            column = self._columns[idx]
            values_of = map(column.__getitem__, docs)  # counted in C: a Python loop costs 4x
            counts = Counter(chain.from_iterable(values_of) if name == "org" else values_of)
            counts.pop(None, None)
            if name in ("year", "issue"):
                ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
            else:
                ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            values = [FacetValue(v, c, filters.selected(name, v)) for v, c in ordered]
            # A selected value with no hits left still shows, so it can be removed.
            for v in getattr(filters, name, []) if name != "year" else []:
                if v not in counts:
                    values.append(FacetValue(v, 0, True))
            out[name] = values
        return out

    def mark(self, text: str, query: str) -> str:
        """Escaped text with the query's matches marked (the item page)."""
        needles = []
        if query and query.strip():
            try:
                needles = self.compile(query).needles
            except QueryError:
                needles = []
        return highlight.highlight(text, needles)

    # -- items and issues

    def item(self, item_id: str) -> Item:
        stored = self._searcher.document(id=item_id)
        if stored is None:
            raise NotFound(f"no item with id {item_id!r}")
        return item_from_dict(json.loads(stored["doc"]))

    def _issue_items(self, file: str) -> list[Item]:
        items = [item_from_dict(json.loads(s["doc"])) for s in self._searcher.documents(file=file)]
        return sorted(items, key=lambda i: i.ordinal)

    def issues(self) -> list[IssueView]:
        """Every indexed issue, newest first (items not loaded; `item_count` set)."""
        views = []
        for name, entry in self.manifest.get("files", {}).items():
            views.append(IssueView(IssueMeta(**entry["meta"]), name, entry.get("header", []),
                                   entry.get("toc", {}), [], len(entry.get("items", []))))
        return sorted(views, key=lambda v: (v.meta.date or "", v.meta.key or ""), reverse=True)

    def issue(self, key: str) -> IssueView:
        for view in self.issues():
            if view.meta.key == key:
                view.items = self._issue_items(view.file)
                return view
        raise NotFound(f"no issue {key!r} in the archive")

    def stats(self) -> dict:
        """What is indexed, in the shape of `stats --json` (CONTRACT.md)."""
        files = [{"file": name, "items": len(entry.get("items", [])), "issue": entry.get("issue"),
                  "inferred": entry.get("meta", {}).get("inferred", False)}
                 for name, entry in sorted(self.manifest.get("files", {}).items())]
        sections: Counter = Counter(row[0] for row in self._table.values())
        return {"items": self.item_count, "issues": len({f["issue"] for f in files if f["issue"]}),
                "files": files, "sections": dict(sections.most_common()),
                "rejected": [{"file": r["file"], "reason": r["reason"]} for r in self.manifest.get("rejected", [])],
                "indexed_at": self.indexed_at}


def search(index_dir, text: str, filters: Filters | None = None, **kwargs) -> Page:
    """One-shot search (the CLI): opens the index, searches, closes."""
    archive = Archive(index_dir)
    try:
        return archive.search(text, filters, **kwargs)
    finally:
        archive.close()
