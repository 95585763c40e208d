"""The postings of a segment as they arrive (issue 19): kept by (field, term) in lists, in document order,
small values shared; what Whoosh's SegmentWriter asks of its pool. Filled by writer.py, written out
at the commit by flush.py.
"""
from __future__ import annotations


class TermPool:
    """Postings by field name and term bytes: three lists each, document numbers, weights and values.

    Has what SegmentWriter asks of its pool (add, iter_postings, cleanup, fieldnames). Memory: about
    30 bytes a posting (the lists' slots; weights and short values are shared objects), against
    Whoosh's tuple of five a posting; nothing is spilled to disk.
    """

    def __init__(self):
        self.fields: dict[str, dict[bytes, tuple[list, list, list]]] = {}
        self.shared: dict = {}

    @property
    def fieldnames(self) -> set[str]:
        return set(self.fields)

    def terms(self, fieldname: str) -> dict[bytes, tuple[list, list, list]]:
        found = self.fields.get(fieldname)
        if found is None:
            found = self.fields[fieldname] = {}
        return found

    def add(self, item) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        terms = self.terms(fieldname)
        entry = terms.get(tbytes)
        if entry is None:
            entry = terms[tbytes] = ([], [], [])
        entry[0].append(docnum)
        entry[1].append(self.share(weight))
        entry[2].append(self.share(vbytes))

    def share(self, value):
        """One object for equal floats and short byte strings (frequencies, weights): memory."""
        if type(value) is float or (type(value) is bytes and len(value) <= 8):
            return self.shared.setdefault(value, value)
        return value

    def sorted_terms(self, fieldname: str | None = None):
        """(field name, term bytes, postings as three lists) in Whoosh's order: by field, by term,
        each term's postings by document number; of one field, or of all."""
        for name in sorted(self.fields) if fieldname is None else [fieldname]:
            terms = self.fields[name]
            for tbytes in sorted(terms):
                docs, weights, values = terms[tbytes]
                if len(docs) > 1 and docs != sorted(docs):  # a merge added an older segment's postings
                    triples = sorted(zip(docs, weights, values))
                    docs, weights, values = (list(x) for x in zip(*triples))
                yield name, tbytes, docs, weights, values

    def iter_postings(self):
        """Whoosh's pool interface: (field name, term bytes, docnum, weight, value), sorted."""
        for fieldname, tbytes, docs, weights, values in self.sorted_terms():
            for d, w, v in zip(docs, weights, values):
                yield fieldname, tbytes, d, w, v

    def extend(self, fields: dict[str, dict[bytes, tuple[list, list, list]]]) -> None:
        """Another pool's postings (`fields`), of documents numbered after this pool's, appended."""
        for fieldname, theirs in fields.items():
            terms = self.terms(fieldname)
            for tbytes, (docs, weights, values) in theirs.items():
                entry = terms.get(tbytes)
                if entry is None:
                    terms[tbytes] = (docs, weights, values)
                else:
                    entry[0].extend(docs)
                    entry[1].extend(weights)
                    entry[2].extend(values)

    def cleanup(self) -> None:
        self.fields.clear()
        self.shared.clear()
