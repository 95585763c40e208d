"""Which kind of file an upload is, by its content (magic bytes), never by its name.

A PDF starts `%PDF-`; a Word document is a zip archive holding `word/document.xml`, an OFD one
holding `OFD.xml` at its root; a post exported by a website or WeChat as JSON is valid UTF-8 JSON with
a post body in it (parse/jsonpost.py; JSON without one is refused, saying what is wrong); anything else
must decode as text (UTF-8, GB18030, UTF-16 …, as the text reader reads it) and not be a web page.
Old Office files (OLE2), other zip archives and known binary formats are named in the refusal, so
the person uploading knows what to do. The bounds of each reader (zip and PDF bombs) are checked by
the readers themselves (parse/word.py, parse/pdf.py), for the indexer as for the desk.
"""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass

from search.errors import CorpusError
from search.parse.readers import decode

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY = (  # magic bytes -> what it is, for the refusal
    (b"\x7fELF", "程序文件（ELF）"), (b"MZ", "Windows 程序"), (b"\x89PNG", "PNG 图片"),
    (b"\xff\xd8\xff", "JPEG 图片"), (b"GIF8", "GIF 图片"), (b"{\\rtf", "RTF 文档"),
    (b"Rar!", "RAR 压缩包"), (b"7z\xbc\xaf", "7-Zip 压缩包"), (b"\x1f\x8b", "gzip 压缩包"),
    (b"%!PS", "PostScript 文件"),
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
JSON = Kind("json", ".json", "JSON 导出的文章")
OFD = Kind("ofd", ".ofd", "OFD 版式文档")  # GB/T 33190: a zip with OFD.xml at its root (公文 systems export it)


def kind_of(data: bytes, name: str, claimed: str = "") -> Kind:
    """The kind of a briefing file from its bytes; CorpusError (code `empty`, `old_word`,
    `office_other`, `zip_other`, `web_page` or `binary`) for anything the archive cannot read. `claimed` (the given name's suffix) only
    chooses between the two spellings of text, `.md` and `.txt`."""
    if not data.strip():
        raise CorpusError(name, "文件是空的", code="empty")
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if data.startswith(OLE2):
        raise CorpusError(name, "是旧版 Word（.doc）或其他 Office 97–2003 文件：请另存为 .docx",
                          code="old_word")
    for magic, what in _BINARY:
        if data.startswith(magic):
            raise CorpusError(name, f"是{what}，不是简报（Word、PDF 或文本）", code="binary")
    try:
        text = decode(data, name)
    except CorpusError:
        raise CorpusError(name, "是二进制数据，不是简报（Word、PDF 或文本）", code="binary") from None
    opening = text.lstrip()[:200].lower()
    if opening.startswith(("{", "[")):  # (a text briefing may open with `[数据月报]`: text, unless named .json)
        if claimed == ".json":
            return _json_kind(data, name)
        if (value := _json_value(text)) is not None:
            return _json_kind(data, name, value)  # parsed once: the reader's checks take the value
    if opening.startswith(_HTML_OPENINGS):
        raise CorpusError(name, "是网页或 XML（HTML），不是简报（Word、PDF 或文本）", code="web_page")
    return MARKDOWN if claimed in (".md", ".markdown") else TEXT


def _json_value(text: str) -> list | dict | None:
    """The JSON value of a text that opens like JSON, None when it is none (a list or object: the
    text opens with `{` or `[`)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _json_kind(data: bytes, name: str, value=None) -> Kind:
    """A JSON upload: a post's export when it holds a post body; else CorpusError saying what is
    wrong (invalid JSON, not UTF-8, past a bound, no body). `value`: its JSON, parsed already."""
    from search.parse.jsonpost import post_body  # noqa: PLC0415

    post_body(data, name, value)
    return JSON


def _zip_kind(data: bytes, name: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise CorpusError(name, "是损坏的 zip 压缩包，不是 Word 文档", code="zip_other") from None
    if "word/document.xml" in names:
        return DOCX
    if "OFD.xml" in names:
        return OFD
    if any(n.startswith(("xl/", "ppt/")) for n in names):
        raise CorpusError(name, "是 Excel 或 PowerPoint 文件，不是 Word 文档", code="office_other")
    raise CorpusError(name, "是 zip 压缩包，不是 Word 文档", code="zip_other")
