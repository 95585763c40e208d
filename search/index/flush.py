"""The commit's postings written from a TermPool (issue 19): what Whoosh's FieldWriter.add_postings
does, a block at a time, each field's length column read once; the largest field may be written
meanwhile by a forked process, in memory, and copied in at its place. The same bytes as Whoosh's.

Called by writer.py's `Writer._flush_segment`.
"""
from __future__ import annotations

from array import array
from io import BytesIO
from operator import sub

from whoosh.codec.whoosh3 import W3TermInfo, _lenfield
from whoosh.filedb.structfile import StructFile
from whoosh.system import _INT_SIZE, _LONG_SIZE, pack_int, pack_long, pack_ushort

from search.index.forked import Forked
from search.index.termpool import TermPool


def _field_lengths(pdr, fieldname: str) -> list | None:
    """Each document's length of the field, as Whoosh's `doc_field_length` reads it (None where it
    is 0); None for a field without lengths."""
    if pdr is None or not pdr.has_column(_lenfield(fieldname)):
        return None
    return [pdr.doc_field_length(d, fieldname) for d in range(pdr.doc_count_all())]


def write_postings(fw, schema, pdr, pool: TermPool, procs: int = 1) -> None:
    """What FieldWriter.add_postings does with the pool's postings, a block at a time. With `procs`
    > 1, the field of most postings is made meanwhile by a forked process, in memory, and copied
    in at its place (its terms' offsets moved by where it lands: the same bytes)."""
    names = sorted(pool.fields)
    apart, child = None, None
    if procs > 1 and len(names) > 1:
        sizes = {name: sum(len(e[0]) for e in pool.fields[name].values()) for name in names}
        apart = max(names, key=sizes.__getitem__)
        if sizes[apart] >= APART_MIN_POSTINGS:
            child = Forked(_field_in_memory, fw._codec, schema[apart], pool, apart, _field_lengths(pdr, apart))
    try:
        for name in names:
            fw.start_field(name, schema[name])
            if child is not None and name == apart:
                _copy_field(fw, *child.result())
            else:
                _write_field(fw._postwriter, pool.sorted_terms(name), _field_lengths(pdr, name),
                             fw.start_term, fw.finish_term)
            fw.finish_field()
    finally:
        if child is not None:
            child.stop()


APART_MIN_POSTINGS = 100_000  # below, a process costs more than it spares


def _write_field(pw, terms, lengths: list | None, start_term, finish_term) -> None:
    """Each term's postings a block at a time through the posting writer `pw`."""
    block: dict = {}
    # the block's ids and weights as Whoosh minifies them, made at once (_fill_block)
    pw._mini_ids = lambda: block["ids"]
    pw._mini_weights = lambda: block["weights"]
    limit = pw._blocklimit
    for _, tbytes, docs, weights, values in terms:
        start_term(tbytes)
        for start in range(0, len(docs), limit):
            if start:
                pw._write_block()  # the block before is full: Whoosh writes it as the next comes
            _fill_block(pw, block, docs[start:start + limit], weights[start:start + limit],
                        values[start:start + limit], lengths)
        finish_term()


def _field_in_memory(codec, fieldobj, pool: TermPool, name: str, lengths: list | None):
    """In a forked child: a field's postings as Whoosh's posting writer writes them, into memory
    from offset 0; and each term's info, its offset apart (the parent knows where it lands)."""
    pw = codec.postings_writer(StructFile(BytesIO()))
    entries = []
    terminfo = None

    def start(tbytes):
        nonlocal terminfo
        terminfo = W3TermInfo()
        pw.start_postings(fieldobj.format, terminfo)
        entries.append([tbytes])

    def finish():
        info = pw.finish_postings()
        if info.is_inlined():
            entries[-1] += [info.to_bytes(), None, None]
        else:
            offset, length = info.extent()
            entries[-1] += [info.to_bytes()[:-_EXTENT_SIZE], offset, length]

    _write_field(pw, pool.sorted_terms(name), lengths, start, finish)
    return pw._postfile.file.getvalue(), entries


_EXTENT_SIZE = _LONG_SIZE + _INT_SIZE  # W3TermInfo.to_bytes ends with the postings' offset and length


def _copy_field(fw, data: bytes, entries: list) -> None:
    """A field made by `_field_in_memory` into the field writer, as its own terms would be."""
    base = fw._postfile.tell()
    fw._postfile.write(data)
    fieldid = pack_ushort(fw._fieldid)
    for tbytes, info, offset, length in entries:
        fw._tindex.add(fieldid + tbytes, info if offset is None
                       else info + pack_long(base + offset) + pack_int(length))


def _fill_block(pw, block: dict, docs: list, weights: list, values: list, lengths: list | None) -> None:
    """Set a fresh block of the posting writer as `add_posting` one posting at a time would, and
    in `block` what its `_mini_ids` and `_mini_weights` would make of it (the same values: the
    weights as the block's array of 32-bit floats holds them)."""
    pw._ids = array("I", docs)
    pw._weights = packed = array("f", weights)
    pw._values = [v for v in values if v]
    block["ids"] = tuple(map(sub, docs, [0, *docs[:-1]]))  # whoosh.util.numlists.delta_encode
    n = len(packed)
    block["weights"] = (None if packed.count(1.0) == n else packed[0] if packed.count(packed[0]) == n
                        else tuple(packed))
    pw._maxweight = max(pw._maxweight, max(weights))
    if lengths is not None:
        present = list(filter(None, map(lengths.__getitem__, docs)))
        if present:
            low = min(present)
            if pw._minlength is None or low < pw._minlength:
                pw._minlength = low
            pw._maxlength = max(pw._maxlength, max(present))
