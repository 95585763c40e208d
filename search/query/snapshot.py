"""An index snapshot: one generation and commit of the index opened for reading, and what every
Archive of that version shares in a process (the manifest, the aliases, the facet table, the names).

The first room of the archive: snapshot -> searching, facets, browse -> archive. Reads the index
through the store's public names only; never writes.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from itertools import chain
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.matching import binary as _binary

from search import analyze
from search.errors import IndexMissing, IndexStale
from search.index.store import MANIFEST, corpus_words, current_dir, load_manifest
from search.query import names
from search.query.compiler import Compiler
from search.query.expand import alias_groups, canonical_names, static_aliases
from search.query.orgbook import OrgBook
from search.query.suggest import Suggester

FACETS = ("section", "source", "org", "year", "issue")  # the facet table's columns, then the date key
BM25_B, BM25_K1 = 0.75, 1.2  # BM25F length normalisation and term-frequency saturation


def _and_not_find_first(self):
    """whoosh-reloaded 2.7.5's AndNotMatcher skips the excluded words only when both start on
    the same document: where the excluded word's list starts earlier, the first document holding
    both leaks through (数字 -的 found an item with 的). Skip from the start, as `_find_next` can."""
    if self.a.is_active() and self.b.is_active():
        self._find_next()


_binary.AndNotMatcher._find_first = _and_not_find_first

_VERSIONS: OrderedDict = OrderedDict()  # what Archives of one index version share in a process
_VERSIONS_LOCK = threading.Lock()
_VERSIONS_KEPT = 4  # the newest few; an Archive still on an older one keeps its own reference


def _shared(key, build):
    """The value for `key`, built once per process and shared by every thread's Archive."""
    with _VERSIONS_LOCK:
        if key in _VERSIONS:
            _VERSIONS.move_to_end(key)
            return _VERSIONS[key]
    value = build()  # outside the lock: two threads may build one version twice, never wrongly
    with _VERSIONS_LOCK:
        value = _VERSIONS.setdefault(key, value)
        _VERSIONS.move_to_end(key)
        while len(_VERSIONS) > _VERSIONS_KEPT:
            _VERSIONS.popitem(last=False)
        return value


def _without_figures(manifest: dict) -> dict:
    """The manifest without each file's figures: the statistics reports' tables are most of a
    manifest (30 MB of objects at 10,000 items) and figures.json holds them for the figures pages,
    so the copy every server process keeps leaves them out (issue 19: a worker's memory)."""
    files = manifest.get("files")
    if not files:
        return manifest
    return dict(manifest, files={name: {k: v for k, v in entry.items() if k != "figures"}
                                 for name, entry in files.items()})


class Snapshot:
    """The index as one reader sees it until `refresh()`: searcher, manifest, facet table, compiler.

    One per Archive (Whoosh searchers are not shared between threads); what it reads is shared.
    """

    def __init__(self, index_dir: Path | str):
        self.index_dir = Path(index_dir)
        analyze.setup()
        self.gen: Path | None = None
        self.ix = None
        self.searcher = None
        self.open()

    def open(self) -> None:
        gen = current_dir(self.index_dir)
        if gen is None or not whoosh_index.exists_in(str(gen)):
            raise IndexMissing(self.index_dir)
        ix = whoosh_index.open_dir(str(gen))
        searcher = ix.searcher(weighting=scoring.BM25F(B=BM25_B, K1=BM25_K1))
        stamp, manifest, aliases, canonical = self._manifest_of(gen, searcher)
        if manifest.get("fingerprint") != analyze.fingerprint():
            searcher.close()
            raise IndexStale(self.index_dir)
        if self.searcher is not None:
            self.searcher.close()
        self.gen, self.ix, self.searcher = gen, ix, searcher
        self.stamp, self.manifest, self.aliases, self.canonical = stamp, manifest, aliases, canonical
        self._load()

    def _load(self) -> None:
        """Per index version: the facet table and the names it holds, then the compiler.

        Shared by every Archive of the process that reads the same version (a server's threads):
        built once, held once (`_shared`), like the manifest.
        """
        reader = self.searcher.reader()
        version = ("table", str(self.gen), reader.generation())
        self.columns, self.names = _shared(version, lambda: self._build_table(reader))
        self.datekey = self.columns[-1]
        self.suggester = _shared(("suggest", *version[1:]), Suggester)
        self._load_names()

    def _load_names(self) -> None:
        """What the aliases decide (they change without a reindex): the compiler, the organisations."""
        self.compiler = Compiler(self.aliases, self.names)
        org = FACETS.index("org")
        key = ("orgs", str(self.gen), self.searcher.reader().generation(), self.stamp)
        self.orgbook = _shared(key, lambda: OrgBook.build(self.columns[org], self.aliases, self.canonical))
        # The facet table with each item's organisations under their canonical names, each once.
        self.facet_columns = self.columns[:org] + [self.orgbook.column] + self.columns[org + 1:]

    def org_values(self, name: str) -> list[str]:
        """The stored org values a filter `org=name` selects: every name of that organisation."""
        return self.orgbook.values(name)

    def _build_table(self, reader):
        # One dict per facet, then the date key: docnum -> value (orgs: a tuple), read from a column
        # (unpickling every stored document instead costs a second per 10,000 items).
        if reader.doc_count_all():
            column = reader.column_reader("facetrow")
            rows = {docnum: column[docnum] for docnum in reader.all_doc_ids()}
        else:  # an index of no item has no column yet (Whoosh's empty reader raises)
            rows = {}
        columns = [{d: row[i] for d, row in rows.items()} for i in range(len(FACETS) + 1)]
        found = names.lookup(chain.from_iterable(columns[FACETS.index("org")].values()),
                             columns[FACETS.index("source")].values(), self.word_indexed)
        return columns, found

    def word_indexed(self, name: str) -> bool:
        """Whether the word fields hold `name` as one word (in some item)."""
        word = analyze.normalize(name).strip()
        return bool(self.searcher.doc_frequency("body", word) or self.searcher.doc_frequency("title", word))

    def _manifest_stamp(self, gen: Path | None = None):
        try:
            return ((gen or self.gen) / MANIFEST).stat().st_mtime_ns
        except OSError:
            return None

    def _manifest_of(self, gen: Path, searcher):
        """(stamp, manifest, aliases) of the very commit `searcher` reads: issues, rejected files,
        aliases and dictionary words as the last indexer run left them. Read once per process and
        version, and shared like the facet table."""
        stamp = self._manifest_stamp(gen)
        commit = searcher.reader().generation()
        key = ("manifest", str(gen), commit, stamp)
        return (stamp, *_shared(key, lambda: self._build_manifest(gen, commit)))

    @staticmethod
    def _build_manifest(gen: Path, commit: int):
        manifest = load_manifest(gen, commit)
        analyze.add_words(corpus_words(manifest))
        pairs = list(static_aliases())
        for entry in manifest.get("files", {}).values():
            pairs.extend((short, full) for short, full, _ in entry.get("aliases", []))
        return _without_figures(manifest), alias_groups(pairs), canonical_names(pairs)

    def manifest_with_figures(self) -> dict:
        """The manifest of this commit whole, each file's figures included (`manifest` leaves them
        out): read from disk, for the figures' store when figures.json is not of this commit."""
        return load_manifest(self.gen, self.searcher.reader().generation())

    def refresh(self) -> None:
        """See the newest index: a new commit, a rebuilt generation, or a run that changed nothing
        but its report (when it ran, which files it rejected)."""
        if current_dir(self.index_dir) != self.gen:
            self.open()
        elif not self.searcher.up_to_date():
            # A new searcher, not Searcher.refresh(): whoosh-reloaded 2.7.5's refresh reuses old
            # segment readers and misses deletions, so removed items would stay visible.
            self.open()
        elif self._manifest_stamp() != self.stamp:
            self.stamp, self.manifest, self.aliases, self.canonical = self._manifest_of(self.gen, self.searcher)
            self._load_names()

    def close(self) -> None:
        if self.searcher is not None:
            self.searcher.close()
            self.searcher = None

    @property
    def item_count(self) -> int:
        return self.searcher.doc_count()

    @property
    def indexed_at(self) -> str | None:
        return self.manifest.get("indexed_at")
