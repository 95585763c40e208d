"""The corpus folder as the indexer sees it: every file in it, hidden and temporary files and side
files (`NAME.meta.toml`) aside. Whether a file can be read is the readers' affair (readers.SUFFIXES):
one they cannot read is rejected with its reason, never skipped in silence.

Sits under the reindex job and the watcher (reindex.py, watch.py), which both list the corpus so.
"""
from __future__ import annotations

from pathlib import Path

from search.errors import CorpusError
from search.parse.readers import belongs_to_another

__all__ = ["TEMPORARY_ENDINGS", "corpus_files", "ignored", "is_side_file"]

# Files that are being written or that an editor keeps beside the one it edits.
TEMPORARY_ENDINGS = (".tmp", ".swp", ".swx", ".swo", ".part", ".crdownload", "~")


def ignored(name: str) -> bool:
    """Hidden (`.x`), an Office lock or an editor's backup (`~$x`, `#x#`, `x~`), or a file still
    being written (`x.tmp`, `x.part`): no file of the corpus, neither indexed nor rejected."""
    return not name or name.startswith((".", "~", "#")) or name.lower().endswith(TEMPORARY_ENDINGS)


def is_side_file(name: str) -> bool:
    """`NAME.meta.toml`, the metadata of the briefing beside it (readers.side_files)."""
    return name.lower().endswith(".meta.toml")


def corpus_files(corpus_dir: Path | str) -> dict[str, Path]:
    """Every file of the corpus by name, readable or not, in name order: hidden and temporary files,
    side files (`NAME.meta.toml`; a JSON file that belongs to another, such as an annotation
    `NAME.expected.json`) and folders aside. CorpusError if the folder does not exist or cannot be listed."""
    corpus = Path(corpus_dir)
    if not corpus.is_dir():
        raise CorpusError(str(corpus_dir), "语料文件夹不存在")
    try:
        paths = sorted(corpus.iterdir())
    except OSError as exc:
        raise CorpusError(str(corpus_dir), f"语料文件夹无法列出（{exc.strerror or exc}）") from None
    names = [p.name for p in paths]
    return {p.name: p for p in paths if not ignored(p.name) and not is_side_file(p.name)
            and not belongs_to_another(p.name, names) and not p.is_dir()}
