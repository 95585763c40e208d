"""The parse cache (issue 19): a file parsed once is not parsed again for a rebuild, unless its bytes or
the parse version (search/parse/version.py) changed; a damaged entry is a miss, never a crash."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from search.cache import Cache
from search.model import Issue
from search.parse import parser, version
from search.parse.readers import read_source

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
FILES = sorted((DATA / "corpus").glob("*.txt")) + [DATA / "new" / "2024-11.pdf", DATA / "new" / "2025-02.docx"]


@pytest.fixture(scope="module")
def sources():
    return [read_source(p) for p in FILES]


@pytest.fixture(scope="module")
def parsed(sources):
    issues, errors = parser.parse_files(sources, known=[])
    assert not errors
    return {i.file: i for i in issues}


@pytest.fixture(scope="module")
def filled(tmp_path_factory, sources):
    """A cache folder after one parse of every file, what that parse gave and the names it parsed
    (made once; a test copies it, `_copy`)."""
    folder = tmp_path_factory.mktemp("filled")
    names: list[str] = []
    real = parser.parse_source

    def parse_source(source, **kwargs):
        names.append(source.name)
        return real(source, **kwargs)

    parser.parse_source = parse_source
    try:
        issues, errors = parser.parse_files(sources, known=[], cache_dir=folder)
    finally:
        parser.parse_source = real
    assert not errors
    return folder, issues, names


def _copy(filled, tmp_path: Path) -> Path:
    """A cache folder of the test's own, as the first parse left it."""
    return Path(shutil.copytree(filled[0], tmp_path / "cache"))


@pytest.fixture
def counted(monkeypatch):
    """The names of the files the parser really parses (not read from the cache)."""
    names: list[str] = []
    real = parser.parse_source

    def parse_source(source, **kwargs):
        names.append(source.name)
        return real(source, **kwargs)

    monkeypatch.setattr(parser, "parse_source", parse_source)
    return names


def _entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "parse").glob("*/*.json"))


def test_an_issue_reads_back_from_its_record_equal(parsed):
    for issue in parsed.values():
        record = json.loads(json.dumps(issue.to_dict(), ensure_ascii=False))
        assert Issue.from_dict(record) == issue


def test_a_second_parse_reads_every_file_from_the_cache(tmp_path, sources, parsed, filled, counted):
    cache, first, names = _copy(filled, tmp_path), filled[1], filled[2]
    assert sorted(names) == sorted(s.name for s in sources)
    second, errors = parser.parse_files(sources, known=[], cache_dir=cache)
    assert counted == [] and not errors
    assert {i.file: i for i in second} == parsed == {i.file: i for i in first}


def test_a_changed_file_is_parsed_again_and_only_it(tmp_path, sources, filled, counted):
    cache = _copy(filled, tmp_path)
    changed = sources[0].__class__(sources[0].name, sources[0].data + "\n".encode(), sources[0].sides)
    issues, _ = parser.parse_files([changed] + sources[1:], known=[], cache_dir=cache)
    assert counted == [changed.name]


def test_a_version_bump_parses_again_and_a_reader_change_only_its_format(tmp_path, sources, filled, counted,
                                                                        monkeypatch):
    cache = _copy(filled, tmp_path)
    table = dict(version.versions())
    monkeypatch.setattr(version, "versions", lambda store=None: {**table, "pdf": table["pdf"] + "-next"})
    counted.clear()
    parser.parse_files(sources, known=[], cache_dir=cache)
    assert counted == ["2024-11.pdf"]
    common = {fmt: "bumped+" + v.split("+", 1)[1] for fmt, v in table.items()}
    monkeypatch.setattr(version, "versions", lambda store=None: common)
    counted.clear()
    parser.parse_files(sources, known=[], cache_dir=cache)
    assert sorted(counted) == sorted(s.name for s in sources)
    parser.prune_cache(cache)  # the entries of other versions go
    assert len(_entries(cache)) == len(sources)


def _versions_of(tree: Path, monkeypatch) -> dict[str, str]:
    monkeypatch.setattr(version, "_SEARCH", tree)
    version.versions.cache_clear()
    try:
        return dict(version.versions())
    finally:
        version.versions.cache_clear()


@pytest.fixture(scope="module")
def versions_before(tmp_path_factory) -> dict[str, str]:
    """The versions of an unchanged copy of search/ (found once; each test edits a copy of its own)."""
    tree = tmp_path_factory.mktemp("pristine") / "search"
    shutil.copytree(ROOT / "search", tree, ignore=shutil.ignore_patterns("__pycache__"))
    with pytest.MonkeyPatch.context() as monkeypatch:
        return _versions_of(tree, monkeypatch)


@pytest.mark.parametrize("edit, reparsed", [
    ("parse/pdf.py", {"pdf", "ofd", "any"}),  # the PDF reader: PDF files, and OFD pages laid out by it
    ("parse/word.py", {"docx", "doc", "any"}),  # Word, and old Word files converted to it
    ("parse/ocr.py", {"pdf", "ofd", "any"}),  # the OCR of scanned pages
    ("parse/webpage.py", {"html", "mht", "docx", "doc", "json", "any"}),  # web pages, HTML inside Word (altChunk, .doc), JSON exports
    # posts exported as JSON, and web pages whose text is in their JSON state (webembed.py reads them as JSON posts)
    ("parse/jsonpost.py", {"json", "html", "mht", "docx", "doc", "any"}),
    ("parse/markup.py", {"json", "html", "mht", "docx", "doc", "any"}),  # the JSON reader's pattern of tags and entities
    ("parse/mht.py", {"mht", "docx", "doc", "any"}),  # web archives, alone or inside Word (altChunk)
    ("parse/items.py", {"text", "pdf", "docx", "doc", "html", "mht", "json", "ofd", "any"}),  # the item splitter: every file
    ("data/org-names.txt", {"text", "pdf", "docx", "doc", "html", "mht", "json", "ofd", "any"}),  # a data file the organisation rules read
    ("parse/ofdpage.py", {"ofd", "any"}),  # the OFD reader: OFD files only
    # code moved out of a reader or the organisation rules stays under the same versions
    ("parse/coledges.py", {"pdf", "ofd", "any"}),  # from columns.py
    ("parse/wordstyle.py", {"docx", "doc", "any"}),  # from word.py
    ("parse/orgrules.py", {"text", "pdf", "docx", "doc", "html", "mht", "json", "ofd", "any"}),  # from orgs.py
    ("parse/wordtables.py", {"docx", "doc", "any"}),  # from word.py
    ("parse/banners.py", {"text", "pdf", "docx", "doc", "html", "mht", "json", "ofd", "any"}),  # from structure.py
    ("data/terms.txt", set()),  # the analyzer's dictionary: nothing
    ("query/compiler.py", set()),
    ("figures/prose.py", set()),
    ("figures/percent.py", set()),  # from prose.py: figures are read at index time, no file is parsed again
])
def test_what_a_change_re_parses(tmp_path, monkeypatch, versions_before, edit, reparsed):
    tree = tmp_path / "search"
    shutil.copytree(ROOT / "search", tree, ignore=shutil.ignore_patterns("__pycache__"))
    before = versions_before  # the same files, unedited (a path in them would show as every format changed)
    with open(tree / edit, "a", encoding="utf-8") as f:
        f.write("\n# changed\n")
    after = _versions_of(tree, monkeypatch)
    assert {fmt for fmt in before if before[fmt] != after[fmt]} == reparsed


def test_every_data_file_the_parser_reads_is_named_literally():
    """The version finds the data files parsing reads by their literal names in `vocab` calls."""
    for module in version.common_modules():
        text = version._path(module).read_text(encoding="utf-8")
        calls = re.findall(r"vocab\.(?:load|words|lines|digest)\(", text)
        assert len(calls) == len(version._VOCAB_CALL.findall(text)), module
    assert {"orgs", "org-names", "sections"} <= version.data_files(version.common_modules())


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "another shape", "another file"])
def test_a_damaged_entry_is_parsed_again_never_a_crash(tmp_path, sources, parsed, filled, counted, damage):
    cache = _copy(filled, tmp_path)
    for entry in _entries(cache):
        text = entry.read_text(encoding="utf-8")
        record = json.loads(text)
        if damage == "truncated":
            entry.write_text(text[: len(text) // 2], encoding="utf-8")
        elif damage == "garbage":
            entry.write_bytes(b"\x00\xff not json")
        elif damage == "empty":
            entry.write_bytes(b"")
        elif damage == "another shape":
            record["value"]["items"] = [{"id": 1}]
            entry.write_text(json.dumps(record), encoding="utf-8")
        else:
            record["value"]["file"] = "other.txt"
            entry.write_text(json.dumps(record), encoding="utf-8")
    counted.clear()
    issues, errors = parser.parse_files(sources, known=[], cache_dir=cache)
    assert not errors and {i.file: i for i in issues} == parsed
    assert sorted(counted) == sorted(s.name for s in sources)
    counted.clear()
    parser.parse_files(sources, known=[], cache_dir=cache)  # the entries were replaced
    assert counted == []


_WRITER = """
import sys
from pathlib import Path
from search.parse.parser import parse_files
from search.parse.readers import read_source
sources = [read_source(p) for p in sys.argv[2:]]
print("ready", flush=True)
sys.stdin.readline()
issues, errors = parse_files(sources, known=[], cache_dir=Path(sys.argv[1]))
print(len(issues), len(errors), flush=True)
"""


def test_two_indexers_writing_the_cache_at_once_leave_it_consistent(tmp_path, sources):
    files = [str(p) for p in FILES if p.suffix == ".txt"]
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), *files], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:  # both have read their files and wait: then both parse and write together
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0 and out.split() == [str(len(files)), "0"]
    entries = _entries(tmp_path)
    assert len(entries) == len(files)
    assert not [p for p in (tmp_path / "parse").rglob("*") if p.name.startswith(".tmp")]
    alone = {s.name: parser.parse_source(s) for s in sources if s.name.endswith(".txt")}
    for entry in entries:  # each entry whole, and what one parse alone gives (before numbering)
        value = json.loads(entry.read_text(encoding="utf-8"))["value"]
        assert Issue.from_dict(value) == alone[value["file"]]
    assert Cache(tmp_path, "parse", version.parse_version("x.txt")).dir.is_dir()


def test_the_versions_are_kept_in_the_cache_and_found_anew_when_a_module_changes(tmp_path, monkeypatch):
    """A process that finds the sources unchanged reads the versions from the index's cache folder;
    an edit of a parse module (the same size, so only its times tell) or a damaged record finds them anew."""
    tree = tmp_path / "search"
    shutil.copytree(ROOT / "search", tree, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(version, "_SEARCH", tree)
    store = tmp_path / "cache"
    real = version._compute
    version.versions.cache_clear()
    try:
        first = dict(version.versions(store))
        assert list(json.loads((store / version.STORE).read_text(encoding="utf-8"))["records"].values()) == [first]

        def refused():
            raise AssertionError("found anew though nothing changed")
        monkeypatch.setattr(version, "_compute", refused)
        version.versions.cache_clear()
        assert version.versions(store) == first  # read, not found
        assert version.parse_version("x.pdf", store) == first["pdf"]

        monkeypatch.setattr(version, "_compute", real)
        (store / version.STORE).write_text('{"key": ', encoding="utf-8")  # truncated
        version.versions.cache_clear()
        assert version.versions(store) == first

        items = tree / "parse" / "items.py"
        text = items.read_text(encoding="utf-8")
        st = items.stat()
        edited = text.replace("\n\n", "\n#", 1)  # one character for another: the same size
        assert len(edited.encode()) == len(text.encode()) and edited != text
        items.write_text(edited, encoding="utf-8")
        os.utime(items, ns=(st.st_atime_ns, st.st_mtime_ns + 1))  # a clock tick later, nothing else
        version.versions.cache_clear()
        after = version.versions(store)
        assert all(after[fmt] != first[fmt] for fmt in first)  # items.py is in every parse
        version.versions.cache_clear()
        assert version.versions(store) == after  # and kept

        key = version._sources_key()  # a library installed or upgraded: another distribution folder
        site = tmp_path / "site"
        (site / "pdfplumber-99.0.dist-info").mkdir(parents=True)
        monkeypatch.syspath_prepend(str(site))
        assert version._sources_key() != key
        version.versions.cache_clear()
        version.versions(store)  # found anew for this sys.path; the records of the other keys are kept
        assert len(json.loads((store / version.STORE).read_text(encoding="utf-8"))["records"]) == 3  # 3 keys so far
        monkeypatch.setattr(version, "_compute", refused)
        version.versions.cache_clear()
        version.versions(store)
        monkeypatch.undo()
    finally:
        version.versions.cache_clear()

def test_check_and_parse_without_an_index_folder_keep_it_in_the_users_cache(tmp_path, monkeypatch):
    """No index folder: `check` and `parse` keep their parse cache in the user's jianbao cache folder
    ($XDG_CACHE_HOME/jianbao), and create no index folder."""
    from click.testing import CliRunner

    from jianbao.cli import main
    from search.cache import STATS

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    older = Cache(tmp_path / "xdg" / "jianbao", "parse", "an older parser")  # dropped, being old
    older.put("old", {"file": "x"})
    _age(older.dir.iterdir())
    briefing = tmp_path / FILES[0].name
    briefing.write_bytes(FILES[0].read_bytes())
    args = ["--index", str(tmp_path / "index")]
    before = STATS.copy()
    assert CliRunner().invoke(main, ["check", str(briefing), *args]).exit_code == 0
    assert STATS["parse.put"] - before["parse.put"] == 1
    before = STATS.copy()
    assert CliRunner().invoke(main, ["parse", "--json", str(briefing), *args]).exit_code == 0
    assert STATS["parse.hit"] - before["parse.hit"] == 1 and STATS["parse.miss"] == before["parse.miss"]
    assert len(_entries(tmp_path / "xdg" / "jianbao")) == 1 and not (tmp_path / "index").exists()
    assert not older.dir.exists()


def _age(paths, seconds=3600):
    import os
    import time
    for p in paths:
        os.utime(p, (time.time() - seconds,) * 2)


def test_an_index_run_prunes_the_entries_of_removed_and_changed_files_but_never_a_fresh_one(tmp_path):
    """After a run the parse cache holds the entries of the corpus's files as they are: a removed
    file's and a changed file's old entry go, as do an older parser's; an entry written shortly
    before the run began (a `check` or another process sharing the cache without the index lock)
    stays until a later run finds it old."""
    from click.testing import CliRunner

    from jianbao.cli import main
    from search.index import store
    from search.index.reindex import update_index

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    kept, removed, changed = (FILES[k] for k in range(3))
    for f in (kept, removed, changed):
        (corpus / f.name).write_bytes(f.read_bytes())
    assert update_index(corpus, index).ok
    cache = store.cache_dir(index)
    assert len(_entries(cache)) == 3
    stale = Cache(cache, "parse", "an older parser")
    stale.put("old", {"file": "x"})
    _age(_entries(cache) + [stale.dir / next(stale.dir.iterdir()).name])
    (corpus / removed.name).unlink()
    (corpus / changed.name).write_bytes(changed.read_bytes() + "\n".encode())
    other = tmp_path / "elsewhere" / FILES[3].name  # checked now, in no corpus: its entry is fresh
    other.parent.mkdir()
    other.write_bytes(FILES[3].read_bytes())
    assert CliRunner().invoke(main, ["check", str(other), "--index", str(index)]).exit_code == 0
    assert len(_entries(cache)) == 5

    assert update_index(corpus, index).ok
    names = sorted(json.loads(p.read_text(encoding="utf-8"))["value"]["file"] for p in _entries(cache))
    assert names == sorted([kept.name, changed.name, other.name])  # the changed file's new entry
    assert not stale.dir.exists()
    _age(_entries(cache))
    assert update_index(corpus, index).ok  # nothing to parse: the run prunes all the same
    names = sorted(json.loads(p.read_text(encoding="utf-8"))["value"]["file"] for p in _entries(cache))
    assert names == sorted([kept.name, changed.name])
