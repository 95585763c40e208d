"""Files -> blocks: the first step of parsing. Detects encodings of text files; reads PDF (scans
through OCR), Word (old .doc through LibreOffice) and saved web pages.

The only part of parsing that touches the disk: a briefing file and its side files are read once,
as a `Source`, whose bytes are hashed by the indexer and turned into blocks here. Every failure is a
CorpusError naming the file and the reason; nothing here knows briefings.
"""
from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from search.parse import legacy
from search.parse.blocks import Block, text_blocks
from search.errors import CorpusError
from search.parse.formats import unsupported

# The readers of PDF, Word and web pages are imported when a file of theirs is read (blocks_of): numpy,
# pdfplumber, lxml and the rest cost a process that reads none (`jianbao index` adding a text issue)
# a fifth of a second.

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
MHT_SUFFIXES = {".mht", ".mhtml"}  # a web page saved as one archive (mht.py)
JSON_SUFFIXES = {".json"}  # a post exported by a website's CMS or a WeChat back office (jsonpost.py)
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MHT_SUFFIXES | JSON_SUFFIXES | legacy.SUFFIXES | {".pdf", ".docx", ".ofd"}

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> str:
    """Bytes of a text file -> str with `\\n` line ends, whatever the encoding and line ends."""
    if not data.strip():
        raise CorpusError(name, "文件是空的")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding)
            break
    else:
        if b"\x00" in data:  # no text has NUL characters: UTF-16 without its mark, or binary data
            text = _utf16_unmarked(data)
            if text is None:
                raise CorpusError(name, "是二进制数据，不是文本")
            return _lines(text, name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = from_bytes(data).best()
            if best is None:
                raise CorpusError(name, "是二进制数据，不是文本") from None
            encoding = best.encoding
            # GBK and GB2312 guesses are read as their superset GB18030
            if encoding.replace("_", "").lower() in {"gbk", "gb2312", "cp936"}:
                encoding = "gb18030"
            text = data.decode(encoding, errors="strict")
    return _lines(text, name)


def _lines(text: str, name: str) -> str:
    if "\x00" in text:
        raise CorpusError(name, "是二进制数据，不是文本")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(name, "文件是空的")
    return text


def _utf16_unmarked(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark (some export tools write it): the byte order in which the
    bytes read as text, nearly every character a printable one of the writing (ideographs, CJK
    punctuation and full-width forms, ASCII, line ends); None for binary data. Read in the wrong
    order, a line end becomes U+0A00 and most ideographs other scripts' letters."""
    if len(data) % 2:
        return None
    best, best_share = None, 0.95
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = sum(map(_plain, text)) / max(len(text), 1)
        if share >= best_share:
            best, best_share = text, share
    return best


def _plain(ch: str) -> bool:
    o = ord(ch)
    return (0x20 <= o < 0x7f or ch in "\t\n\r\f" or 0x4e00 <= o <= 0x9fff or 0x3000 <= o <= 0x303f
            or 0xff00 <= o <= 0xffef or 0x2000 <= o <= 0x27bf)


@dataclass(frozen=True)
class Source:
    """A briefing file as read from the disk, once: its name, its bytes, and the name and bytes of
    each side file beside it (`NAME.meta.toml`, then `NAME.txt.meta.toml`; the first one counts)."""

    name: str
    data: bytes
    sides: tuple[tuple[str, bytes], ...] = ()

    def sha256(self) -> str:
        """Content hash of the briefing and its side files: a change to either reindexes it."""
        h = hashlib.sha256(self.data)
        for _, data in self.sides:
            h.update(b"\0meta\0" + data)
        return h.hexdigest()


def side_files(path: Path) -> list[Path]:
    """Where the side files of a briefing may be: `NAME.meta.toml`, then `NAME.txt.meta.toml`."""
    return [path.with_name(path.stem + ".meta.toml"), path.with_name(path.name + ".meta.toml")]


def read_source(path: Path | str) -> Source:
    """A briefing file and its side files, read once; CorpusError for a missing, unreadable or
    unsupported one."""
    path = Path(path)
    name, data = read_bytes(path)
    sides = []
    for side in side_files(path):
        if not side.is_file():
            continue
        try:
            sides.append((side.name, side.read_bytes()))
        except OSError as exc:
            raise CorpusError(name, f"附带的元数据文件 {side.name} 无法读取（{exc.strerror or '读取出错'}）") from None
    return Source(name, data, tuple(sides))


def belongs_to_another(name: str, names) -> bool:
    """A JSON file that belongs to another file beside it, not a briefing: `X.WORD.json` where a file
    of stem X is among `names` (an annotation `X.expected.json`, a tool's `X.meta.json`), and any
    `X.expected.json`. A post exported as JSON (`post_1183.json`, `简报2025.9.json`) is none."""
    path = Path(name)
    if path.suffix.lower() not in JSON_SUFFIXES:
        return False
    inner = Path(path.stem)
    word = inner.suffix[1:]
    if not (word.isascii() and word.isalpha()):
        return False
    return word.lower() == "expected" or any(Path(n).stem == inner.stem and n != name for n in names)


def briefing_paths(directory: Path) -> list[Path]:
    """The briefing files of a directory by name: every supported suffix, hidden and temporary
    (`~$…`) files and the JSON files that belong to another (annotations) aside. OSError if the
    directory cannot be listed."""
    paths = sorted(Path(directory).iterdir())
    names = [p.name for p in paths]
    return [path for path in paths
            if not path.name.startswith((".", "~")) and path.suffix.lower() in SUFFIXES
            and not belongs_to_another(path.name, names)]


def sibling_sources(paths: list[Path]) -> list[Source]:
    """The other briefing files of the directories of `paths`, each read once; those that cannot be
    read are left out (they only help to number the issues of `paths`)."""
    given = {p.resolve() for p in paths if p.exists()}
    found = []
    for directory in sorted({p.parent for p in paths}):
        try:
            candidates = [p for p in briefing_paths(directory) if p.is_file() and p.resolve() not in given]
        except OSError:
            continue
        for path in candidates:
            try:
                found.append(read_source(path))
            except CorpusError:
                continue
    return found


def read_bytes(path: Path | str) -> tuple[str, bytes]:
    """The name and bytes of a briefing file; CorpusError for a missing, unreadable or unsupported one."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CorpusError(name, unsupported(suffix, SUFFIXES))
    try:
        return name, path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(name, "没有这个文件") from None
    except IsADirectoryError:
        raise CorpusError(name, "是文件夹，不是文件") from None
    except OSError as exc:
        raise CorpusError(name, f"无法读取（{exc.strerror}）") from None


def blocks_of(name: str, data: bytes, cache_dir=None) -> list[Block]:
    """The blocks of a briefing file's bytes, by its suffix (.txt/.md, .pdf, .docx, .doc/.wps,
    .html/.htm, .mht, .json). `cache_dir` keeps what is costly to redo (the OCR of scanned pages); None keeps
    nothing."""
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        from search.parse.pdf import read_pdf_blocks
        return read_pdf_blocks(data, name, cache_dir)
    if suffix == ".ofd":  # GB/T 33190 版式文档, laid out as a PDF is
        from search.parse.ofd import read_ofd_blocks
        return read_ofd_blocks(data, name)
    if suffix == ".docx":
        from search.parse.word import read_docx_blocks
        return read_docx_blocks(data, name)
    if suffix in legacy.SUFFIXES:
        kind = legacy.disguised(data)  # a .docx renamed, a web page saved as .doc: read as what it is
        if kind == "html":
            from search.parse.webpage import read_html_blocks
            return read_html_blocks(data, name)
        from search.parse.word import read_docx_blocks
        return read_docx_blocks(data if kind == "docx" else legacy.to_docx(data, name), name)
    if suffix in HTML_SUFFIXES:
        from search.parse.mht import is_mht
        from search.parse.webpage import read_html_blocks
        if is_mht(data):  # a page saved as a web archive (Save as MHTML) under an .html name
            return _mht_blocks(data, name)
        return read_html_blocks(data, name)
    if suffix in MHT_SUFFIXES:
        return _mht_blocks(data, name)
    if suffix in JSON_SUFFIXES:
        return read_json_blocks(data, name)
    return text_blocks(decode(data, name))


def read_json_blocks(data: bytes, name: str) -> list[Block]:
    """The blocks of a post exported as JSON (its body found by jsonpost, an HTML body read as a web page);
    CorpusError as `jsonpost.post_body`."""
    from search.parse.jsonpost import body_page, post_body
    body = post_body(data, name)
    if body.kind == "text":
        return text_blocks(body.value)
    from search.parse.webpage import read_html_blocks
    return read_html_blocks(body_page(body, name).encode("utf-8"), name)


def _mht_blocks(data: bytes, name: str) -> list[Block]:
    """A web archive's page, read as a saved web page (an archive without one is refused, saying so)."""
    from search.limits import MHT_PARTS
    from search.parse.mht import mht_html, too_many_parts
    from search.parse.webpage import read_html_blocks

    if not data.strip():
        raise CorpusError(name, "文件是空的")
    if (parts := too_many_parts(data)) is not None:
        raise CorpusError(name, f"网页档案（MHT）的部分太多（{parts:,} 个，上限 {MHT_PARTS:,} 个），不像保存下来的网页")
    page = mht_html(data)
    if page is None:
        raise CorpusError(name, "网页档案（MHT）里没有网页（text/html 部分）")
    return read_html_blocks(page, name)


def read_blocks(path: Path | str, cache_dir=None) -> list[Block]:
    """The blocks of a briefing file of any readable type, read once (its side files aside)."""
    return blocks_of(*read_bytes(path), cache_dir=cache_dir)
