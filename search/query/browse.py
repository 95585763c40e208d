"""Browsing: items and issues as the index holds them, the original files, the figures, the stats.

A room of the archive (snapshot -> searching, facets, browse -> archive): reads the snapshot's
stored documents and manifest; nothing here searches.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from search.errors import NotFound
from search.figures import series
from search.index.store import load_figures
from search.model import Alias, IssueMeta, Item
from search.parse.readers import decode
from search.query import facets
from search.query.snapshot import Snapshot


@dataclass
class IssueView:
    """An issue as the archive holds it: metadata, header and contents, items in order."""

    meta: IssueMeta
    file: str
    header: list[str]
    toc: dict[str, list[str]]
    items: list[Item]
    item_count: int = 0


@dataclass
class Original:
    """A briefing file of the corpus that the index holds, as it was given."""

    name: str
    path: Path
    meta: IssueMeta | None

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.name).suffix.lower()

    @property
    def label(self) -> str | None:
        """`2024年第5期`, for an issue whose number is known."""
        return self.meta.label if self.meta and self.meta.key else None

    def text(self) -> str:
        """A text file's text: as written if it is UTF-8, else decoded (GB18030, UTF-16…)."""
        data = self.path.read_bytes()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return decode(data, self.name)


def item_from_dict(d: dict) -> Item:
    meta = IssueMeta(**d["issue"])
    return Item(id=d["id"], file=d["file"], issue=meta, section=d["section"], title=d["title"],
                source=d["source"], date=d["date"], orgs=list(d["orgs"]), body=d["body"],
                lines=tuple(d["lines"]), ordinal=d.get("ordinal", 0),
                aliases=[Alias(a["short"], a["full"], d["id"]) for a in d.get("aliases", [])],
                ocr=bool(d.get("ocr", False)))


class _FilesOnDemand(dict):
    """A snapshot's manifest whose "files" are the whole manifest's, figures included, read from
    disk when asked for (store.load_figures asks only when figures.json is not of this commit)."""

    def __init__(self, snap):
        super().__init__(snap.manifest)
        self._snap = snap

    def get(self, key, default=None):
        if key == "files":
            return self._snap.manifest_with_figures().get("files", default)
        return super().get(key, default)


class Browse:
    """Items, issues, original files, figures and stats of one snapshot."""

    def __init__(self, snapshot: Snapshot):
        self.snap = snapshot
        self._figures = None  # (stamp, the stored figures) of the version last read

    def item(self, item_id: str) -> Item:
        stored = self.snap.searcher.document(id=item_id)
        if stored is None:
            raise NotFound("item", item_id)
        return item_from_dict(json.loads(stored["doc"]))

    def _issue_items(self, file: str) -> list[Item]:
        items = [item_from_dict(json.loads(s["doc"])) for s in self.snap.searcher.documents(file=file)]
        return sorted(items, key=lambda i: i.ordinal)

    def issues(self) -> list[IssueView]:
        """Every indexed issue, newest first (items not loaded; `item_count` set)."""
        views = []
        for name, entry in self.snap.manifest.get("files", {}).items():
            views.append(IssueView(IssueMeta(**entry["meta"]), name, entry.get("header", []),
                                   entry.get("toc", {}), [], len(entry.get("items", []))))
        return sorted(views, key=lambda v: (v.meta.date or "", v.meta.key or ""), reverse=True)

    def issue(self, key: str) -> IssueView:
        for view in self.issues():
            if view.meta.key == key:
                view.items = self._issue_items(view.file)
                return view
        raise NotFound("issue", key)

    def original(self, name: str, corpus_dir: Path | str) -> Original:
        """The file `name` of `corpus_dir`; NotFound unless the index lists it and it is there (a
        name with a path in it, `..` or an absolute path is no file of the corpus)."""
        files = self.snap.manifest.get("files", {})
        if not name or "/" in name or "\\" in name or name.startswith(".") or name not in files:
            raise NotFound("file", name[:60])
        path = Path(corpus_dir).absolute() / name
        if not path.is_file():
            raise NotFound("file", name[:60])
        meta = files[name].get("meta")
        return Original(name, path, IssueMeta(**meta) if meta else None)

    # -- figures

    def figures(self, indicator: str | None = None, date_from: str | None = None,
                date_to: str | None = None) -> list[dict]:
        """The figures of every indexed statistics report, as stored at index time (CONTRACT.md,
        `figures --json`), filtered by indicator and period end. QueryError for a bad date."""
        return series.select(self._figure_store()["figures"], indicator, date_from, date_to)

    def figure_aliases(self) -> dict[str, list[str]]:
        """Canonical indicator -> the other names the reports printed for it."""
        return self._figure_store().get("aliases", {})

    def _figure_store(self) -> dict:
        snap = self.snap
        path = snap.gen / series.FIGURES
        try:
            stamp = (snap.gen, snap.stamp, path.stat().st_mtime_ns)
        except OSError:
            stamp = (snap.gen, snap.stamp, None)
        cached = self._figures
        if cached is None or cached[0] != stamp:
            self._figures = cached = (stamp, self._load_figures())
        return cached[1]

    def _load_figures(self) -> dict:
        """figures.json of this commit; else (a crash between it and the manifest) the figures built
        again from the manifest's per-file figures, which the snapshot's copy leaves out: those
        are read from disk then, and only then."""
        return load_figures(self.snap.gen, self.snap.index_dir, _FilesOnDemand(self.snap))

    def stats(self) -> dict:
        """What is indexed, in the shape of `stats --json` (CONTRACT.md)."""
        manifest = self.snap.manifest
        files = [{"file": name, "items": len(entry.get("items", [])), "issue": entry.get("issue"),
                  "inferred": entry.get("meta", {}).get("inferred", False)}
                 for name, entry in sorted(manifest.get("files", {}).items())]
        sections = facets.sections(self.snap.columns)
        return {"items": self.snap.item_count, "issues": len({f["issue"] for f in files if f["issue"]}),
                "files": files, "sections": dict(sections.most_common()),
                "rejected": [{"file": r["file"], "reason": r["reason"]} for r in manifest.get("rejected", [])],
                "indexed_at": self.snap.indexed_at}
