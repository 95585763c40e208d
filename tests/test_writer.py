"""The index writer of issue 19 (search/index/writer.py) writes Whoosh's own index, byte for byte."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from search import analyze
from search.index.schema import item_fields, make_schema
from search.index.writer import Writer, field_terms, parallel_procs
from conftest import CORPUS


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


def test_terms_of_many_blocks_are_written_as_whoosh_writes_them(tmp_path, items):
    """Past 128 documents a term's postings fill several blocks (ids, weights and lengths of each
    block summarised on their own): the archive six times over, file for file."""
    from dataclasses import replace
    analyze.setup()
    many = [replace(item, file=f"{k}-{item.file}") for k in range(6) for item in items]
    assert len(many) > 256
    assert build(tmp_path / "ours", Writer, many) == build(tmp_path / "whoosh", SegmentWriter, many)


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


QUERIES = ["的", "数字贸易", "服务外包 日本", '"数字 贸易"', "大连", "人工智能 监管", "跨境电商 出口 欧盟",
           "协会", "RCEP", "AI", "一带一路 -日本", "数据 跨境 安全 区块链", "增长", "会", "2024"]


def pages(index: Path, queries) -> list[dict]:
    from search.query.archive import Archive, Filters
    archive = Archive(index)
    try:
        out = []
        for q in queries:
            for sort in ("relevance", "date"):
                d = archive.search(q, Filters(), per_page=100, sort=sort, correct=False).to_dict()
                d.pop("took_ms")
                out.append(d)
        return out
    finally:
        archive.close()


def test_a_rebuild_by_two_processes_answers_as_one(tmp_path, corpus_dir, items, monkeypatch):
    """A rebuild whose second half is analysed by a forked process (and whose largest field's
    postings are written by one) writes one segment, the same
    pages (hits in the same order with the same scores, facets and totals) as one process; and
    the forked process knew the words learnt from the corpus (organisations are searched as words)."""
    from whoosh import index as wi

    from search.index import flush, reindex, store
    one = reindex.update_index(corpus_dir, tmp_path / "one", rebuild=True)
    monkeypatch.setattr(reindex, "PARALLEL_MIN_ITEMS", 0)
    monkeypatch.setattr(reindex, "BUILD_PROCS", 2)
    monkeypatch.setattr(flush, "APART_MIN_POSTINGS", 0)
    two = reindex.update_index(corpus_dir, tmp_path / "two", rebuild=True)
    assert one.items == two.items == len(items) and two.ok
    dirs = [store.current_dir(tmp_path / n) for n in ("one", "two")]
    assert [len(wi.open_dir(str(d)).reader().leaf_readers()) for d in dirs] == [1, 1]
    assert segment_files(dirs[0]) == segment_files(dirs[1])
    orgs = sorted({o for i in items for o in i.orgs})[:10]
    assert orgs
    assert pages(tmp_path / "two", QUERIES + orgs) == pages(tmp_path / "one", QUERIES + orgs)


def one_commit(path: Path, items, procs: int = 0) -> list[tuple[str, str]]:
    """The segment files of one commit: five documents added one by one, then the rest, by Whoosh's
    own writer one by one (procs 0) or by ours with `add_all` over `procs` processes."""
    path.mkdir()
    ix = whoosh_index.create_in(str(path), make_schema())
    w = (Writer if procs else SegmentWriter)(ix, compound=False)
    for item in items[:5]:
        w.add_document(**item_fields(item))
    if procs:
        w.add_all(items[5:], item_fields, procs)
    else:
        for item in items[5:]:
            w.add_document(**item_fields(item))
    w.commit()
    ix.close()
    return segment_files(path)


@pytest.fixture(scope="module")
def whoosh_one_commit(tmp_path_factory, items) -> list[tuple[str, str]]:
    """Whoosh's own files for `one_commit`, written once for every number of processes compared."""
    analyze.setup()
    return one_commit(tmp_path_factory.mktemp("whoosh") / "whoosh", items)


@pytest.mark.parametrize("procs", [2, 3])
def test_documents_analysed_by_forked_processes_are_written_as_whoosh_writes_them(tmp_path, items, procs,
                                                                                monkeypatch, whoosh_one_commit):
    """`Writer.add_all` with parts analysed by forked children, and the commit's largest field
    written by one: the files of Whoosh's own writer adding the documents one by one, after
    documents of its own (numbers past 0)."""
    from search.index import flush
    monkeypatch.setattr(flush, "APART_MIN_POSTINGS", 0)
    analyze.setup()
    if parallel_procs(procs) < 2:
        pytest.skip("no fork, or threads running: add_all would run in one process")
    assert one_commit(tmp_path / "ours", items, procs) == whoosh_one_commit


def test_word_positions_are_those_of_the_word_tokens():
    """WordTokenizer.positions (no Token a token) gives what its tokens give, on the archive's text
    and on text of other shapes (Latin runs inside Chinese, dictionary words inside longer ones)."""
    from search.analyze import WordTokenizer, _OffsetTokenizer
    analyze.setup()
    texts = [p.read_text(encoding="utf-8")[:4000] for p in sorted(CORPUS.glob("*.txt"))]
    texts += ["上海AI实验室与Shanghai AI Lab", "中华人民共和国商务部数字贸易司", "ＲＣＥＰ成员国跨境电商出口额"]
    tokenizer = WordTokenizer()
    for text in texts:
        assert tokenizer.positions(text) == _OffsetTokenizer.positions(tokenizer, text)


def test_frequencies_and_encoded_positions_are_those_of_the_positions():
    """`frequencies` (the word and single-character fields) counts what `positions` lists, and
    the writer's encoding of positions is Whoosh's own, on the archive's text and other shapes."""
    from whoosh.formats import Positions

    from search.analyze import CharTokenizer, UnigramTokenizer, WordTokenizer
    from search.index.writer import _encode_positions
    analyze.setup()
    texts = [p.read_text(encoding="utf-8")[:3000] for p in sorted(CORPUS.glob("*.txt"))]
    texts += ["", "上海AI实验室与Shanghai AI Lab 5G", "ＲＣＥＰ成员国跨境电商出口额①㎡", "Σ數位貿易ΣΑ",
              "ab_cd e\u0301f 服务外包服务外包", "一" * 70000]
    for tokenizer in (WordTokenizer(), CharTokenizer(), UnigramTokenizer()):
        for text in texts:
            positions = tokenizer.positions(text)
            assert dict(tokenizer.frequencies(text)) == {t: len(p) for t, p in positions.items()}
            for p in positions.values():
                assert _encode_positions(p) == Positions().encode(p)
                assert _encode_positions(p) is not _encode_positions(p)  # pickled apart in a block
