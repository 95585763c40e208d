"""The figures and manifest an incremental run leaves equal those of a full rebuild, and figures.json
is rebuilt only when the files' printed figures changed (store.figures_inputs)."""
from __future__ import annotations

import json
import shutil

from search.figures import series
from search.index import store
from search.index.reindex import update_index
from search.query.archive import Archive
from conftest import CORPUS

FILES = sorted(p.name for p in CORPUS.glob("*.txt"))


def _stored(index):
    """figures.json as a reader gets it and the manifest's file entries, without the stamps of the
    commit that wrote them."""
    gen = store.current_dir(index)
    manifest = store.load_manifest(gen)
    figures = store.load_figures(gen, index, manifest)
    return ({k: v for k, v in figures.items() if k not in ("commit", "inputs")},
            manifest["files"], manifest["figures_inputs"])


def _rebuilt(corpus, tmp_path):
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    assert update_index(corpus, fresh, rebuild=True).rebuilt
    return _stored(fresh)


def test_an_added_changed_or_removed_issue_leaves_what_a_rebuild_gives(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in FILES[:2]:
        shutil.copy(CORPUS / name, corpus / name)
    index = tmp_path / "index"
    update_index(corpus, index)
    shutil.copy(CORPUS / FILES[2], corpus)  # a new issue, with figures
    report = update_index(corpus, index)
    assert report.added == [FILES[2]] and not report.rebuilt
    assert _stored(index) == _rebuilt(corpus, tmp_path)
    (corpus / FILES[0]).unlink()
    assert update_index(corpus, index).removed == [FILES[0]]
    # the figures; a file's entry may differ in its inferred numbering (`meta.inferred`: a rebuild
    # infers it from the files there now), which is the reindex job's, not the figures'
    assert _stored(index)[0] == _rebuilt(corpus, tmp_path)[0]


def test_figures_json_is_left_alone_when_no_printed_figure_changed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in FILES[:2]:
        shutil.copy(CORPUS / name, corpus / name)
    index = tmp_path / "index"
    update_index(corpus, index)
    path = store.current_dir(index) / series.FIGURES
    written = path.stat().st_mtime_ns, path.stat().st_ino
    # A correction at the end of an issue's last story: the file is re-parsed, its figures are not new.
    changed = corpus / FILES[1]
    changed.write_text(changed.read_text(encoding="utf-8").rstrip("\n") + "（本文有更正。）\n", encoding="utf-8")
    report = update_index(corpus, index)
    assert report.changed == [FILES[1]]
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == written
    stored = json.loads(path.read_text(encoding="utf-8"))
    manifest = store.load_manifest(store.current_dir(index))
    assert stored["commit"] != manifest["commit"] and stored["inputs"] == manifest["figures_inputs"]
    assert _stored(index) == _rebuilt(corpus, tmp_path)
    archive = Archive(index)  # a server's view: its manifest without the files' figures
    try:
        assert archive.figures() == store.figures(index) and archive.figures()
    finally:
        archive.close()
    # and a change that does print another figure writes it again
    shutil.copy(CORPUS / FILES[2], corpus)
    update_index(corpus, index)
    assert json.loads(path.read_text(encoding="utf-8"))["commit"] == store.load_manifest(path.parent)["commit"]
    assert _stored(index) == _rebuilt(corpus, tmp_path)


def test_figures_of_other_inputs_are_built_from_the_manifest(tmp_path, index_dir):
    # A crash after figures.json of a next commit was written, before that commit: its inputs differ.
    index = tmp_path / "index"
    shutil.copytree(index_dir, index, symlinks=True)
    path = store.current_dir(index) / series.FIGURES
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(dict(data, commit=data["commit"] + 1, inputs="other", figures=data["figures"][:2])),
                    encoding="utf-8")
    assert store.figures(index) == store.figures(index_dir)
    # the same inputs at another commit are taken as they are
    path.write_text(json.dumps(dict(data, commit=data["commit"] - 1)), encoding="utf-8")
    assert store.figures(index) == store.figures(index_dir)


def test_figures_inputs_follow_the_printed_figures_only():
    entries = {"a.txt": {"figures": [{"value": 1.0}], "sha256": "1"}, "b.txt": {"figures": [], "sha256": "2"}}
    digest = store.figures_inputs(entries)
    assert store.figures_inputs({**entries, "b.txt": {"figures": [], "sha256": "3"}}) == digest
    assert store.figures_inputs({"a.txt": entries["a.txt"]}) == digest
    assert store.figures_inputs({**entries, "a.txt": {"figures": [{"value": 2.0}]}}) != digest
    assert store.figures_inputs({"c.txt": entries["a.txt"]}) != digest
