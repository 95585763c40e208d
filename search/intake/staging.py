"""Uploads waiting to be published: each in its own folder under the desk's staging directory.

`STAGING/<token>/upload.bin` holds the bytes as they arrived, `upload.json` what is known of them:
the safe name they will be published under, their kind (by content), hash, who uploaded them and
when, the file they replace, the metadata corrections (`override`) and the parser's report. Tokens
are random; the folder is the uploader's team's, never the corpus. Unpublished uploads age out.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from search.errors import NotFound
from search.intake.names import given_suffix, safe_name
from search.intake.sniff import kind_of

TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16}")
KEEP_SECONDS = 7 * 24 * 3600  # an upload nobody published or discarded for a week goes


@dataclass
class Upload:
    """One staged upload (see the module's docstring)."""

    token: str
    name: str  # the safe name it is published under
    given: str  # the name it arrived with, as given
    kind: str  # pdf, docx, text, json
    label: str  # PDF, Word, 文本
    size: int
    sha256: str
    owner: str
    created: str  # ISO 8601, UTC
    replaces: str | None = None
    override: dict = field(default_factory=dict)
    report: dict | None = None

    @property
    def renamed(self) -> bool:
        """Whether the name it is published under differs from the one it arrived with."""
        return self.name != self.given

    @property
    def disguised(self) -> bool:
        """Whether the given name's extension claims another kind than the content is."""
        claimed = given_suffix(self.given)
        return bool(claimed) and claimed not in _SUFFIXES[self.kind]

    def to_dict(self) -> dict:
        return asdict(self)


_SUFFIXES = {"pdf": {".pdf"}, "docx": {".docx"}, "ofd": {".ofd"}, "text": {".txt", ".md", ".markdown", ".text"},
             "json": {".json"}}


class Staging:
    """The staging directory: add, read, update and discard uploads."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def _dir(self, token: str) -> Path:
        if not TOKEN_RE.fullmatch(token or ""):
            raise NotFound("upload", token[:40] if token else token)
        return self.root / token

    def add(self, data: bytes, given: str, owner: str, replaces: str | None = None) -> Upload:
        """Stage `data`, arrived as `given`: its kind from its content (CorpusError if none the
        archive reads), its name made safe with the suffix of that kind."""
        kind = kind_of(data, given, given_suffix(given))
        name = safe_name(given, kind.suffix)
        if replaces:  # a corrected file takes the name of the one it replaces, with its own kind's suffix
            name = safe_name(replaces, kind.suffix)
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        token = secrets.token_urlsafe(12)
        folder = self.root / token
        folder.mkdir(mode=0o700)
        (folder / "upload.bin").write_bytes(data)
        upload = Upload(token=token, name=name, given=given, kind=kind.name, label=kind.label, size=len(data),
                        sha256=hashlib.sha256(data).hexdigest(), owner=owner,
                        created=datetime.now(timezone.utc).isoformat(timespec="seconds"), replaces=replaces)
        self.save(upload)
        return upload

    def path(self, upload: Upload) -> Path:
        return self._dir(upload.token) / "upload.bin"

    def data(self, upload: Upload) -> bytes:
        return self.path(upload).read_bytes()

    def get(self, token: str) -> Upload:
        """The upload of `token`; NotFound (kind `upload`) if there is none."""
        try:
            raw = json.loads((self._dir(token) / "upload.json").read_text(encoding="utf-8"))
            return Upload(**raw)
        except (OSError, ValueError, TypeError):
            raise NotFound("upload", token[:40]) from None

    def save(self, upload: Upload) -> None:
        """Write what is known of an upload, atomically."""
        folder = self._dir(upload.token)
        tmp = folder / "upload.json.tmp"
        tmp.write_text(json.dumps(upload.to_dict(), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / "upload.json")

    def discard(self, token: str) -> None:
        """Remove a staged upload (never a file of the corpus: those are withdrawn, not removed)."""
        shutil.rmtree(self._dir(token), ignore_errors=True)

    def all(self) -> list[Upload]:
        """Every staged upload, newest first; those older than KEEP_SECONDS are removed."""
        if not self.root.is_dir():
            return []
        found = []
        now = time.time()
        for folder in self.root.iterdir():
            if not TOKEN_RE.fullmatch(folder.name):
                continue
            try:
                if now - folder.stat().st_mtime > KEEP_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)
                    continue
                found.append(self.get(folder.name))
            except (OSError, NotFound):
                continue
        return sorted(found, key=lambda u: u.created, reverse=True)
