"""A Whoosh segment writer that spends less per posting (issue 19): the index it writes is Whoosh's own,
byte for byte (tests/test_writer.py), so nothing that reads an index changes.

Sits under reindex.py, beside the schema. Whoosh's SegmentWriter keeps every posting as a tuple in a
pool that spills sorted runs to temporary files past `limitmb` and merges them at commit; the commit
then looks up each posting's field length in the length column, one file read a posting, and hands
postings one at a time to the posting writer. At 10,000 items that is 7.5 million postings and most of
a rebuild. Here:
- `TermPool` (termpool.py) keeps the postings of each (field, term) in lists as documents arrive (in document
  order, so a term's postings need no sorting), small values shared rather than copied;
- flush.py's `write_postings` reads each field's length column once, and fills each posting block
  of a term at once, computing the block's statistics as Whoosh's `add_posting` would;
- forked.py runs parts of the work in forked processes (`Writer.add_all`, the largest field).

Anything unusual (a field with a separate spelling field, a codec other than Whoosh 3's) is written
by Whoosh's own code.
"""
from __future__ import annotations

from operator import sub
from pickle import dumps

from whoosh.codec.whoosh3 import W3FieldWriter
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from search.index.flush import write_postings
from search.index.forked import Forked, parallel_procs
from search.index.termpool import TermPool

__all__ = ["TermPool", "Writer", "parallel_procs"]


class Writer(SegmentWriter):
    """SegmentWriter with a TermPool and a faster flush of its postings (same files)."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self._fast = (isinstance(self.fieldwriter, W3FieldWriter)
                      and not any(f.separate_spelling() or f.vector for _, f in self.schema.items()))
        if self._fast:
            self.pool = TermPool()
        self._procs = 1

    def add_document(self, **fields):
        """SegmentWriter.add_document (no spelling or vector fields), postings straight into the pool."""
        if not self._fast or "_boost" in fields:
            return super().add_document(**fields)
        self._check_state()
        names = self._names(fields)
        self._write_doc(fields, names, _analyse(self.schema, self.pool, fields, names, self.docnum))

    def _names(self, fields: dict) -> list[str]:
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, names)
        return names

    def _write_doc(self, fields: dict, names: list[str], lengths: dict[str, int]) -> None:
        """The document's stored fields, columns and field lengths (its postings are in the pool)."""
        perdocwriter, schema = self.perdocwriter, self.schema
        perdocwriter.start_doc(self.docnum)
        try:
            for fieldname in names:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                stored = fields.get("_stored_%s" % fieldname, value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None,
                                       lengths.get(fieldname, 0))
                if field.column_type and stored is not None:
                    perdocwriter.add_column_value(fieldname, field.column_type, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def add_all(self, docs: list, fields, procs: int = 1) -> None:
        """`add_document(**fields(doc))` for each of `docs`, in order; with `procs` > 1, the docs in
        that many consecutive parts, each but the first analysed at once by a forked process into
        postings of its own, numbered as this writer numbers them. This writer then takes each
        part's postings (a list extended a term, not a posting at a time) and writes its documents'
        stored fields: one segment, the files of one writer byte for byte (tests/test_writer.py).
        Forked children start with this process's analyzer, the words it learnt from the corpus
        included (search/analyze/dictionary.py)."""
        procs = max(1, min(procs, len(docs)))
        if not self._fast or procs == 1:
            for doc in docs:
                self.add_document(**fields(doc))
            return
        self._check_state()
        self._procs = procs  # the commit writes the largest field's postings in a forked process too
        bounds = [len(docs) * k // procs for k in range(procs + 1)]
        children = [Forked(_analyse_part, self.schema, docs[bounds[k]:bounds[k + 1]], fields,
                            self.docnum + bounds[k]) for k in range(1, procs)]
        try:
            for doc in docs[:bounds[1]]:
                self.add_document(**fields(doc))
            for k, child in enumerate(children, 1):
                postings, lengths = child.result()
                self.pool.extend(postings)
                for doc, doc_lengths in zip(docs[bounds[k]:bounds[k + 1]], lengths):
                    values = fields(doc)
                    self._write_doc(values, self._names(values), doc_lengths)
        finally:
            for child in children:
                child.stop()

    def _flush_segment(self):
        if not self._fast:
            return super()._flush_segment()
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        try:
            write_postings(self.fieldwriter, self.schema, pdr, self.pool, self._procs)
            self.fieldwriter.close()
        finally:
            if pdr:
                pdr.close()


def _analyse(schema, pool: TermPool, fields: dict, names: list[str], docnum: int) -> dict[str, int]:
    """The document's postings into the pool; the length of each scorable field."""
    lengths = {}
    for fieldname in names:
        value = fields[fieldname]
        field = schema[fieldname]
        if value is None or not field.indexed:
            continue
        boost = float(fields.get("_%s_boost" % fieldname, 1.0))  # SegmentWriter._field_boost
        terms = pool.terms(fieldname)
        postings = field_terms(field, value, boost, pool.share)
        if field.scorable:
            lengths[fieldname] = sum(p[1] for p in postings)
        for tbytes, _, weight, vbytes in postings:
            entry = terms.get(tbytes)
            if entry is None:
                entry = terms[tbytes] = ([], [], [])
            entry[0].append(docnum)
            entry[1].append(weight)
            entry[2].append(vbytes)
    return lengths


def _analyse_part(schema, docs: list, fields, docnum: int) -> tuple[dict, list[dict[str, int]]]:
    """In a forked child: the postings (a TermPool's) and each document's field lengths of `docs`."""
    pool = TermPool()
    lengths = []
    for k, doc in enumerate(docs):
        values = fields(doc)
        lengths.append(_analyse(schema, pool, values, sorted(n for n in values if not n.startswith("_")),
                                docnum + k))
    return pool.fields, lengths


def field_terms(field, value, boost: float = 1.0, share=lambda x: x) -> list:
    """What `field.index(value)` gives, (term bytes, frequency, weight × boost, value bytes) a term,
    weights and short values passed through `share`; from the analyzer's `positions`, or its
    `frequencies` for a field without positions (search/analyze/tokenizers.py), where it has them: no Token
    a token, no generators."""
    analyzer = field.analyzer
    fmt = field.format
    if (not hasattr(analyzer, "positions") or type(fmt) not in (Frequency, Positions)
            or not isinstance(value, str)):
        return [(t, f, share(w * boost), share(v)) for t, f, w, v in field.index(value)]
    weights = _Shared(lambda n: share(float(n) * fmt.field_boost * boost))
    if type(fmt) is Positions:
        return [(text.encode("utf-8"), len(p), weights[len(p)], _encode_positions(p))
                for text, p in analyzer.positions(value).items()]
    values = _Shared(lambda n: share(pack_uint(n)))
    return [(text.encode("utf-8"), n, weights[n], values[n])
            for text, n in analyzer.frequencies(value).items()]


def _encode_positions(positions: list[int]) -> bytes:
    """`Positions.encode` (the count, then the pickled gaps), a single position's pickle made once:
    most of a document's character grams occur once in it. Always a new bytes object: a block's
    values are pickled together, and pickle writes an object met twice as a reference, not as the
    bytes Whoosh writes (tests/test_writer.py)."""
    if len(positions) == 1 and positions[0] < _ONE_POSITION_MAX:
        found = _ONE_POSITION.get(positions[0])
        if found is None:
            found = _ONE_POSITION[positions[0]] = dumps(positions, 2)
        return _ONE + found
    return pack_uint(len(positions)) + dumps(list(map(sub, positions, [0, *positions[:-1]])), 2)


_ONE = pack_uint(1)
_ONE_POSITION: dict[int, bytes] = {}  # a position: its pickle as a list of one gap
_ONE_POSITION_MAX = 1 << 16  # bounded: positions past it (very long items) are encoded each time


class _Shared(dict):
    """A value per frequency, made once."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, n):
        value = self[n] = self.make(n)
        return value
