"""The index writer of issue 19 (search/index/writer.py) writes Whoosh's own index, byte for byte."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from search import analyze
from search.index.schema import item_fields, make_schema
from search.index.writer import Writer, field_terms


def segment_files(path: Path) -> list[tuple[str, str]]:
    """(what the file is, hash of its bytes) of every segment file: segment names are random."""
    out = []
    for p in path.iterdir():
        if p.name.startswith("MAIN_") and p.suffix in (".pst", ".trm", ".col"):
            kind = p.name.split(".", 1)[1]  # "pst", "trm", "_body_len.col", "facetrow.col"
            out.append((kind, hashlib.sha256(p.read_bytes()).hexdigest()))
    return sorted(out)


def build(path: Path, writer_class, items) -> list[tuple[str, str]]:
    """Three commits as the reindex job makes them: a fresh build, an issue added and one replaced
    (deletions), then everything merged into one segment (Whoosh's add_reader path)."""
    path.mkdir()
    ix = whoosh_index.create_in(str(path), make_schema())
    half = len(items) // 2
    w = writer_class(ix, compound=False)
    for item in items[:half]:
        w.add_document(**item_fields(item))
    w.commit()
    w = writer_class(ix, compound=False)
    w.delete_by_term("file", items[0].file)
    for item in items[half:] + [i for i in items if i.file == items[0].file]:
        w.add_document(**item_fields(item))
    w.commit()
    first = segment_files(path)
    w = writer_class(ix, compound=False)
    w.commit(optimize=True)
    ix.close()
    return first + segment_files(path)


def test_the_writer_writes_whoosh_own_files(tmp_path, items):
    analyze.setup()
    whoosh = build(tmp_path / "whoosh", SegmentWriter, items)
    ours = build(tmp_path / "ours", Writer, items)
    assert {k for k, _ in ours} >= {"pst", "trm", "_body_len.col", "_stored.col", "facetrow.col"}
    assert ours == whoosh


@pytest.mark.parametrize("text", [
    "", "。，、", "数字贸易数字贸易 RCEP", "ＡＩ监管①㎡ 與 人工智慧", "Shanghai AI 5G 大连市数字贸易协会",
    "ab_cd e\u0301f 服务外包服务外包服务外包", "一" * 300,
])
def test_field_terms_are_what_whoosh_indexes(text):
    """The analyzers' `positions` give each field's terms, frequencies, weights and positions as
    Whoosh's own `field.index` does, for every text field of the schema."""
    analyze.setup()
    schema = make_schema()
    for name in ("title", "body", "chars", "char1"):
        field = schema[name]
        assert sorted(field_terms(field, text)) == sorted(field.index(text)), name
        assert sorted(field_terms(field, text, 2.0)) == sorted(
            (t, f, w * 2.0, v) for t, f, w, v in field.index(text)), name
