"""Publishing through the library: a file placed atomically in the corpus and indexed under the
index lock; replaced, withdrawn to `withdrawn/` and restored, never deleted; duplicates recognised;
a file the indexer refuses leaves the corpus as it was; concurrent publishes both land."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from conftest import CORPUS
from search.errors import PublishError
from search.index import publish as publishing
from search.index import store
from search.query.archive import Archive

NEW = Path(__file__).resolve().parent / "data" / "new"
WORD = (NEW / "2025-02.docx").read_bytes()


@pytest.fixture
def site(tmp_path, index_dir):
    """A writable corpus (the frozen archive's copy) and its index (the session index's copy)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = tmp_path / "index"
    shutil.copytree(index_dir, index, symlinks=True)
    return corpus, index


def titles(index: Path, query: str) -> list[str]:
    archive = Archive(index)
    try:
        return [h.title for h in archive.search(query).hits]
    finally:
        archive.close()


def test_a_published_file_lands_in_the_corpus_and_is_found(site):
    corpus, index = site
    done = publishing.publish(corpus, index, "2025年第2期.docx", WORD, override={"total": 35}, who="秘书处")
    assert (done.file, done.issue, done.items) == ("2025年第2期.docx", "2025-02", 7)
    assert (corpus / "2025年第2期.docx").read_bytes() == WORD
    assert (corpus / "2025年第2期.meta.toml").read_text(encoding="utf-8").endswith("total = 35\n")
    assert not [p for p in corpus.iterdir() if p.name.startswith(".")]  # no temporary file left
    assert titles(index, "深度求索") == ["深度求索发布推理大模型DeepSeek-R1"]
    entry = store.load_manifest(store.current_dir(index))["files"]["2025年第2期.docx"]
    assert entry["meta"]["total"] == 35


def test_a_name_taken_gets_the_next_free_one(site):
    corpus, index = site
    (corpus / "简报.txt").write_text("留在这里的旧文件", encoding="utf-8")  # a rejected file, say
    done = publishing.publish(corpus, index, "简报.docx", WORD)
    assert done.file == "简报-2.docx"
    assert (corpus / "简报.txt").read_text(encoding="utf-8") == "留在这里的旧文件"


def test_withdraw_moves_the_file_aside_and_restore_brings_it_back(site):
    corpus, index = site
    publishing.publish(corpus, index, "2025-02.docx", WORD, override={"total": 35})
    gone = publishing.withdraw(corpus, index, "2025-02.docx", who="秘书处")
    folder = corpus.parent / "withdrawn" / gone.withdrawn
    assert sorted(p.name for p in folder.iterdir()) == ["2025-02.docx", "2025-02.meta.toml", "withdrawn.json"]
    record = json.loads((folder / "withdrawn.json").read_text(encoding="utf-8"))
    assert (record["file"], record["who"], record["why"], record["issue"]) == ("2025-02.docx", "秘书处", "withdrawn", "2025-02")
    assert not (corpus / "2025-02.docx").exists()
    assert titles(index, "深度求索") == []
    assert [r["id"] for r in publishing.withdrawn_files(corpus.parent / "withdrawn")] == [gone.withdrawn]

    back = publishing.restore(corpus, index, gone.withdrawn)
    assert (back.file, back.issue) == ("2025-02.docx", "2025-02")
    assert (corpus / "2025-02.meta.toml").exists() and not folder.exists()
    assert titles(index, "深度求索") == ["深度求索发布推理大模型DeepSeek-R1"]


def test_a_replacement_withdraws_the_old_file(site):
    corpus, index = site
    old = (corpus / "003_6380abd4b066d88c.txt").read_bytes()
    corrected = old.replace("大连".encode(), "大连市".encode(), 1) + "\n".encode()
    done = publishing.publish(corpus, index, "2024年第5期.txt", corrected, replaces="003_6380abd4b066d88c.txt")
    assert (done.file, done.issue, done.replaced) == ("2024年第5期.txt", "2024-05", "003_6380abd4b066d88c.txt")
    assert not (corpus / "003_6380abd4b066d88c.txt").exists()
    kept = corpus.parent / "withdrawn" / done.withdrawn / "003_6380abd4b066d88c.txt"
    assert kept.read_bytes() == old
    files = store.load_manifest(store.current_dir(index))["files"]
    assert files["2024年第5期.txt"]["issue"] == "2024-05" and "003_6380abd4b066d88c.txt" not in files


def test_a_file_the_indexer_refuses_changes_nothing(site):
    corpus, index = site
    before = sorted(p.name for p in corpus.iterdir())
    with pytest.raises(PublishError) as refused:
        publishing.publish(corpus, index, "通知.txt", "一份通知，没有栏目。\n".encode(), replaces="000_5858f990df9ebe1c.txt")
    assert refused.value.code == "rejected" and "看不出简报的结构" in refused.value.reason
    assert sorted(p.name for p in corpus.iterdir()) == before  # the replaced file is back
    assert "000_5858f990df9ebe1c.txt" in store.load_manifest(store.current_dir(index))["files"]
    kept = [r for r in publishing.withdrawn_files(corpus.parent / "withdrawn") if r["file"] == "通知.txt"]
    assert kept and kept[0]["why"].startswith("refused by the indexer")


def test_duplicates_by_content_and_by_issue(site):
    corpus, index = site
    same = (corpus / "004_564c34face9b9b2b.txt").read_bytes()
    assert publishing.duplicates(corpus, index, same, "2024-06") == {
        "same_content": ["004_564c34face9b9b2b.txt"], "same_issue": ["004_564c34face9b9b2b.txt"]}
    assert publishing.duplicates(corpus, index, WORD, "2025-02") == {"same_content": [], "same_issue": []}
    assert publishing.duplicates(corpus, index, same, "2024-06", ignore="004_564c34face9b9b2b.txt") == {
        "same_content": [], "same_issue": []}


@pytest.mark.parametrize("name", ["../escape.txt", "sub/x.txt", ".hidden.txt", "x.exe", ""])
def test_only_plain_corpus_names_are_published(site, name):
    corpus, index = site
    with pytest.raises(PublishError) as refused:
        publishing.publish(corpus, index, name, b"x")
    assert refused.value.code == "bad_name"
    assert not (corpus.parent / "escape.txt").exists()


def test_a_publish_waits_for_the_index_lock_or_says_it_is_busy(site):
    corpus, index = site
    with store.index_lock(index):
        with pytest.raises(PublishError) as busy:
            publishing.publish(corpus, index, "2025-02.docx", WORD, wait=0)
    assert busy.value.code == "busy" and not (corpus / "2025-02.docx").exists()


def test_concurrent_publishes_are_serialised_and_both_land(site):
    corpus, index = site
    texts = {name: (NEW / name).read_bytes() for name in ("2024-07.txt", "2025-04.txt")}
    done, errors = {}, []
    lock = store.index_lock(index)
    lock.__enter__()  # both publishes queue behind a running indexer, then run one after the other

    def run(name):
        try:
            done[name] = publishing.publish(corpus, index, name, texts[name])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(name,)) for name in texts]
    for t in threads:
        t.start()
    lock.__exit__(None, None, None)
    for t in threads:
        t.join()
    assert errors == []
    assert {d.issue for d in done.values()} == {"2024-07", "2025-04"}
    files = store.load_manifest(store.current_dir(index))["files"]
    assert {"2024-07.txt", "2025-04.txt"} <= set(files) and len(files) == 7
