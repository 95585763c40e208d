"""What is wrong with a damaged Word or PDF file, in the users' words: which part, and what is broken.

The readers (word.py, pdf.py) call these only when their library has failed on a file, to say why
without naming the library's exception: a Word package's parts are checked one by one (can the part
be unpacked, is its XML whole, are the parts the document needs there), a PDF for a password, a
damaged cross-reference table or damaged objects. Nothing here is on the path of a good file.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = re.compile(r"/officeDocument$")

# A Word part's file name -> what it holds, as the users know it.
_PARTS = (("[Content_Types].xml", "部件类型表"), (".rels", "部件关系表"), ("document", "正文"),
          ("styles", "样式表"), ("stylesWithEffects", "样式表"), ("numbering", "自动编号"),
          ("footnotes", "脚注"), ("endnotes", "尾注"), ("header", "页眉"), ("footer", "页脚"),
          ("settings", "文档设置"), ("webSettings", "网页设置"), ("fontTable", "字体表"),
          ("theme", "主题"), ("comments", "批注"), ("core", "文档属性"), ("app", "文档属性"),
          ("item", "自定义数据"), ("itemProps", "自定义数据"))


def part_label(name: str) -> str:
    """`word/styles.xml（样式表）`: a part's name, and what it holds where that is known."""
    base = posixpath.basename(name)
    stem = re.sub(r"\d*\.(xml|rels)$", "", base)
    for key, label in _PARTS:
        if base == key or base.endswith(key) and key.startswith(".") or stem == key:
            return f"{name}（{label}）"
    return name


def _xml(blob: bytes):
    """The parsed XML of a part (no DTD, no entities, no network), or raises XMLSyntaxError."""
    from lxml import etree  # noqa: PLC0415

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(blob, parser=parser)


def word_damage(data: bytes) -> str:
    """What is broken in a Word (.docx) package, or "" where every check passes (or the checks
    themselves fail: the caller then says the document is not readable, without a detail)."""
    try:
        return _word_damage(data)
    except Exception:  # noqa: BLE001 - a diagnosis never turns a refusal into a traceback
        return ""


def _word_damage(data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return "不是 zip 压缩包（文件被截断或不是 Word 文档）"
    with archive:
        names = set(archive.namelist())
        found = _unpack_and_parse(archive)
        if isinstance(found, str):
            return found
        if "[Content_Types].xml" not in names:
            return f"缺少部件 {part_label('[Content_Types].xml')}"
        if "_rels/.rels" not in names:
            return f"缺少部件 {part_label('_rels/.rels')}"
        main = next((r.get("Target", "").lstrip("/") for r in found["_rels/.rels"].iter(f"{_REL}Relationship")
                     if _OFFICE_DOCUMENT.search(r.get("Type", ""))), None)
        if not main:
            return f"{part_label('_rels/.rels')}里没有指向正文的关系"
        if main not in names:
            return f"缺少正文部件 {main}"
        root = found.get(main)
        if root is None or root.tag != f"{_W}document" or root.find(f"{_W}body") is None:
            return f"正文部件 {main} 里没有正文（缺少 w:body）"
        return _missing_target(main, names, found)


def _unpack_and_parse(archive: zipfile.ZipFile):
    """Every part unpacked (its checksum checked) and every XML part parsed: the parsed parts by
    name, or what is wrong with the first part that fails. The parts' sizes were bounded before
    (zipcheck.check_zip)."""
    from lxml import etree  # noqa: PLC0415

    parsed = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        try:
            with archive.open(info) as f:
                blob = f.read()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
            return f"部件 {part_label(info.filename)}已损坏，解压不出来"
        if not re.search(r"\.(xml|rels)$", info.filename):
            continue
        try:
            parsed[info.filename] = _xml(blob)
        except etree.XMLSyntaxError as exc:
            if not blob.strip():
                return f"部件 {part_label(info.filename)}是空的"
            where = f"（第 {exc.lineno} 行）" if getattr(exc, "lineno", None) else ""
            return f"部件 {part_label(info.filename)}的 XML 不完整或有错{where}"
    return parsed


def _missing_target(main: str, names: set[str], parsed: dict) -> str:
    """A part the main document's relationships name that the package does not hold."""
    rels = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    if rels not in parsed:
        return ""
    for r in parsed[rels].iter(f"{_REL}Relationship"):
        if r.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(main), r.get("Target", "")))
        if target.lstrip("/") not in names:
            return f"缺少部件 {part_label(target.lstrip('/'))}，{rels} 却指向它"
    return ""


def pdf_damage(data: bytes, exc: BaseException) -> str:
    """What is wrong with a PDF its library could not read, from the file and the failure."""
    text = f"{type(exc).__name__} {exc} {getattr(exc, '__cause__', '')} {getattr(exc, 'args', '')}"
    if re.search(r"/Encrypt\b", data[-65536:].decode("latin-1")) or re.search(r"Password|Encrypt", text):
        return "设了打开密码（已加密）：请去掉密码，另存一份不加密的 PDF 再放入"
    if re.search(r"xref|XRef|startxref|trailer", text, re.I):
        return "交叉引用表（xref）已损坏：请用 PDF 阅读器打开后另存一份"
    return "文件里的对象或数据流已损坏（文件被改动过，或没有完整保存）：请用 PDF 阅读器打开后另存一份"
