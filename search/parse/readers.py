"""Files -> blocks: the first step of parsing. Detects encodings of text files; reads PDF and Word.

Every failure is a CorpusError naming the file and the reason; nothing here knows briefings.
"""
from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from search.parse.blocks import Block, text_blocks
from search.parse.word import read_docx_blocks
from search.errors import CorpusError
from search.parse.pdf import read_pdf_blocks

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx"}

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> str:
    """Bytes of a text file -> str with `\\n` line ends, whatever the encoding and line ends."""
    if not data.strip():
        raise CorpusError(name, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding)
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise CorpusError(name, "binary data, not text") from None
            best = from_bytes(data).best()
            if best is None:
                raise CorpusError(name, "binary data, not text") from None
            encoding = best.encoding
            # GBK and GB2312 guesses are read as their superset GB18030
            if encoding.replace("_", "").lower() in {"gbk", "gb2312", "cp936"}:
                encoding = "gb18030"
            text = data.decode(encoding, errors="strict")
    if "\x00" in text:
        raise CorpusError(name, "binary data, not text")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(name, "the file is empty")
    return text


def read_bytes(path: Path | str) -> tuple[str, bytes]:
    """The name and bytes of a briefing file; CorpusError for a missing, unreadable or unsupported one."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CorpusError(name, f"unsupported file type {suffix or '(none)'}; expected one of "
                                + ", ".join(sorted(SUFFIXES)))
    try:
        return name, path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(name, "no such file") from None
    except IsADirectoryError:
        raise CorpusError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise CorpusError(name, f"cannot be read ({exc.strerror})") from None


def blocks_of(name: str, data: bytes) -> list[Block]:
    """The blocks of a briefing file's bytes, by its suffix (.txt/.md, .pdf, .docx)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        return read_pdf_blocks(data, name)
    if suffix == ".docx":
        return read_docx_blocks(data, name)
    return text_blocks(decode(data, name))


def read_blocks(path: Path | str) -> list[Block]:
    """The blocks of a briefing file (.txt, .md, .pdf, .docx), read once."""
    return blocks_of(*read_bytes(path))


def read_text(path: Path | str) -> str:
    """The text of a briefing file (.txt, .md, .pdf, .docx), line ends normalised to `\\n`.

    Text files as decoded; PDF and Word files one block a line as printed (a table row a line of
    tab-separated cells), page furniture included.
    """
    name, data = read_bytes(path)
    if Path(name).suffix.lower() in TEXT_SUFFIXES:
        return decode(data, name)
    return blocks_as_text(blocks_of(name, data))


def blocks_as_text(blocks: list[Block]) -> str:
    lines = []
    for b in blocks:
        if b.kind == "table":
            lines += ["\t".join(row) for row in b.cells or []]
        else:
            lines.append(b.raw if b.raw is not None else b.text)
    return "\n".join(lines)


