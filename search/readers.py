"""Files -> text: the first step of parsing. Detects encodings of text files; reads PDF and Word.

Every failure is a CorpusError naming the file and the reason; nothing here knows briefings.
"""
from __future__ import annotations

import codecs
import io
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
    if suffix == ".pdf":
        return read_pdf(data, name)
    if suffix == ".docx":
        return read_docx(data, name)
    return decode(data, name)


_LIST_MARKS = tuple("-•●▪◆■·【")  # a line starting so begins a new line even after a full one


def read_pdf(data: bytes, name: str) -> str:
    """The text layer of a PDF, one line per line of text, pages joined with `\n`.

    The typesetter's wrapping is undone from the layout: a line that reaches the right margin and
    is followed at once (no paragraph spacing, no indent, no list mark) by the next line of the page
    continues there, so a paragraph comes out as one line, as in the text files. Across a page
    break, the parser's own unwrapping takes over.
    """
    if not data.strip():
        raise CorpusError(name, "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise CorpusError(name, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise CorpusError(name, "not a complete PDF (truncated: no end-of-file marker)")
    import pdfplumber

    pages = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(_unwrap(page.extract_text_lines(), page.width))
    except Exception as exc:  # pdfminer raises many types for damaged files
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise CorpusError(name, f"not a readable PDF ({detail})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise CorpusError(name, "the PDF has no text layer (a scan? it needs OCR first)")
    return text


def _unwrap(lines: list[dict], page_width: float) -> str:
    if not lines:
        return ""
    left = min(ln["x0"] for ln in lines)
    # The right margin, taken as wide as the left one, or further if some line runs further.
    right = max(page_width - left, max(ln["x1"] for ln in lines))
    out = [lines[0]["text"]]
    for prev, ln in zip(lines, lines[1:]):
        size = max((c.get("size", 0) for c in prev["chars"]), default=10)
        wrapped = (prev["x1"] >= right - size  # the line is full ...
                   and ln["top"] - prev["bottom"] < 0.8 * size  # ... and the next follows at once,
                   and ln["x0"] < left + size / 2  # not indented,
                   and not ln["text"].startswith(_LIST_MARKS))  # nor a list item
        if wrapped:
            out[-1] += ln["text"]
        else:
            out.append(ln["text"])
    return "\n".join(out)


def read_docx(data: bytes, name: str) -> str:
    """The text of a Word document: each paragraph a line; each table row a line of tab-separated cells."""
    if not data.strip():
        raise CorpusError(name, "the file is empty")
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = []
                    for cell in row.cells:  # a merged cell is listed once per column it spans
                        if not cells or cell._tc is not cells[-1]._tc:
                            cells.append(cell)
                    lines.append("\t".join(" ".join(c.text.split("\n")) for c in cells))
            else:
                lines.append(block.text)
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own
        raise CorpusError(name, f"not a readable Word document ({type(exc).__name__})") from None
    text = "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(name, "the Word document has no text")
    return text
