"""Which kind of file an upload is, by its content (magic bytes), never by its name.

A PDF starts `%PDF-`; a Word document is a zip archive holding `word/document.xml`; anything else
must decode as text (UTF-8, GB18030, UTF-16 …, as the text reader reads it) and not be a web page.
Old Office files (OLE2), other zip archives and known binary formats are named in the refusal, so
the person uploading knows what to do. The bounds of each reader (zip and PDF bombs) are checked by
the readers themselves (parse/word.py, parse/pdf.py), for the indexer as for the desk.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from search.errors import CorpusError
from search.parse.readers import decode

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY = (  # magic bytes -> what it is, for the refusal
    (b"\x7fELF", "a program (ELF)"), (b"MZ", "a Windows program"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"{\\rtf", "an RTF document"),
    (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"%!PS", "a PostScript file"),
)
_HTML_OPENINGS = ("<!doctype html", "<html", "<head", "<body", "<script", "<?xml", "<svg")


@dataclass(frozen=True)
class Kind:
    """What an upload is: `pdf`, `docx` or `text`; the suffix it is stored under; a label for people."""

    name: str
    suffix: str
    label: str


PDF = Kind("pdf", ".pdf", "PDF")
DOCX = Kind("docx", ".docx", "Word")
TEXT = Kind("text", ".txt", "文本")
MARKDOWN = Kind("text", ".md", "Markdown 文本")


def kind_of(data: bytes, name: str, claimed: str = "") -> Kind:
    """The kind of a briefing file from its bytes; CorpusError (code `empty`, `old_word`,
    `office_other`, `zip_other`, `web_page` or `binary`) for anything the archive cannot read. `claimed` (the given name's suffix) only
    chooses between the two spellings of text, `.md` and `.txt`."""
    if not data.strip():
        raise CorpusError(name, "the file is empty", code="empty")
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if data.startswith(OLE2):
        raise CorpusError(name, "an old Word (.doc) or other Office 97-2003 file: save it as .docx",
                          code="old_word")
    for magic, what in _BINARY:
        if data.startswith(magic):
            raise CorpusError(name, f"{what}, not a briefing (Word, PDF or text)", code="binary")
    try:
        text = decode(data, name)
    except CorpusError:
        raise CorpusError(name, "binary data, not a briefing (Word, PDF or text)", code="binary") from None
    opening = text.lstrip()[:200].lower()
    if opening.startswith(_HTML_OPENINGS):
        raise CorpusError(name, "a web page or XML (HTML), not a briefing (Word, PDF or text)",
                          code="web_page")
    return MARKDOWN if claimed in (".md", ".markdown") else TEXT


def _zip_kind(data: bytes, name: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise CorpusError(name, "a damaged zip archive, not a Word document", code="zip_other") from None
    if "word/document.xml" in names:
        return DOCX
    if any(n.startswith(("xl/", "ppt/")) for n in names):
        raise CorpusError(name, "an Excel or PowerPoint file, not a Word document", code="office_other")
    raise CorpusError(name, "a zip archive, not a Word document", code="zip_other")
