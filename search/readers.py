"""Files -> text: the first step of parsing. Detects encodings of text files; reads PDF and Word.

Every failure is a CorpusError naming the file and the reason; nothing here knows briefings.
"""
from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from search.errors import CorpusError

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


def read_text(path: Path | str) -> str:
    """The text of a briefing file (.txt, .md, .pdf, .docx), line ends normalised to `\\n`."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CorpusError(name, f"unsupported file type {suffix or '(none)'}; expected one of "
                                + ", ".join(sorted(SUFFIXES)))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(name, "no such file") from None
    except IsADirectoryError:
        raise CorpusError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise CorpusError(name, f"cannot be read ({exc.strerror})") from None
    return decode(data, name)
