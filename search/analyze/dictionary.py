"""jianbao's own jieba Tokenizer: set up once a process (its prefix dictionary cached in the user's
private cache directory), taught the shipped domain words and those learnt from the corpus.

Below search/analyze/segment.py (which cuts text with it) and above normal.py. The analysis memos
live here because learning a word must clear them.
"""
from __future__ import annotations

import logging
import os
import pickle
import stat
import sys
import tempfile
import threading
from pathlib import Path

# jieba imports pkg_resources (0.1-0.2 s of CPU, and a deprecation warning in newer setuptools) only to
# open its own dict.txt, and opens it by its path without it: imported so, unless it is loaded already.
if "pkg_resources" in sys.modules:
    import jieba
else:
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` fails
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]

from search import vocab
from search.cache import write_whole
from search.analyze.normal import normalize

_lock = threading.Lock()
# Our own jieba tokenizer: jieba's process-wide default (`jieba.dt`, which jieba.cut, jieba.posseg
# and any other user of jieba in the process share) is never loaded or changed by jianbao.
#
# Its dictionary is not fixed when built, as STYLE.md would have it: the words learnt from the
# corpus (organisations and aliases, `add_words`) are still added at run time, by the reindex job
# before it writes and by the query side when it opens an index version. Why not one Tokenizer per
# index version, built from `static_words()` and that version's `store.corpus_words(manifest)`:
# - the word analyzer is pickled into the index with the schema and called by Whoosh with no index
#   at hand (search/analyze/tokenizers.py), and the query compiler (search/query/syntax.py: `words`,
#   `in_dictionary`, `components`) has none either: both would need the tokenizer handed to them
#   by whoever opened the index, a change across index/ and query/;
# - each Tokenizer holds its own copy of jieba's ~600,000-entry prefix dictionary (tens of MB, and
#   a second to build), one per index version a server has open;
# - search results would change where one process reads several indexes (the test suite, the
#   benches): the words of all of them are in the one dictionary today.
# So every process that reads or writes an index adds that index's words itself: the indexer, the
# CLI and every web worker (gunicorn forks; each worker opens the index on its own and adds the
# words of its manifest). Nothing spawns processes that would need them (WHOOSH-JIEBA.md point 7:
# a `spawn` child would start from the shipped words only): the Whoosh writer runs in-process
# (procs=1). No POS tagging is done here; one would be `jieba.posseg.POSTokenizer(tokenizer())`,
# not `jieba.posseg.cut`, which uses jieba's default dictionary.
_dt = jieba.Tokenizer()
_loaded_words: set[str] = set()
_corpus_words: set[str] = set()  # learnt from the corpus, not shipped: see `in_dictionary`
_ready = False
# Analysis memos (issue 19): a block of text cut by jieba, and a run of letters and digits with its
# dictionary words, as offsets into it. Items repeat sentences and phrases, and the character
# views of one item analyse the same text twice. Cleared when the dictionary learns a word, bounded.
_MEMO_ENTRIES = 200_000
_cut_memo: dict[str, tuple[tuple[str, int, int], ...]] = {}
_dag_memo: dict[str, tuple[tuple[int, int], ...]] = {}


def data_lines(name: str) -> list[str]:
    """The non-comment lines of a data file shipped in search/data/."""
    return vocab.lines(name.removesuffix(".txt"))


def static_words() -> list[str]:
    """The archive's terms and the organisation gazetteer: the domain dictionary shipped with jieba."""
    return data_lines("terms.txt") + data_lines("orgs.txt")


def _private(path: Path) -> str | None:
    """Why `path` may not hold our cache (None if it may): it must be a real directory of this
    user's, which nobody else can write to."""
    try:
        st = path.lstat()
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if not stat.S_ISDIR(st.st_mode):
        return "is not a directory (or is a link)"
    if st.st_uid != os.getuid():
        return f"belongs to another user (uid {st.st_uid})"
    if st.st_mode & 0o022:
        return "can be written by other users"
    return None


def cache_directory(cache_dir: str | os.PathLike | None = None) -> Path:
    """The directory for jieba's dictionary cache: `cache_dir`, else `$XDG_CACHE_HOME/jianbao`,
    else `~/.cache/jianbao`; created mode 0700 and checked to be the user's own.

    Another local user could create a shared, predictable path first and fill it with a poisoned
    cache (jieba unpickles it). Where the directory cannot be made or is not private, a new private
    temporary directory is used for this process instead, and jianbao says why on stderr.
    """
    if cache_dir:
        path = Path(cache_dir)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or ""
        path = (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "jianbao"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        problem = _private(path)
    except OSError as exc:
        problem = f"cannot be made ({exc.strerror})"
    if problem is None:
        return path
    print(f"jianbao: not caching jieba's dictionary in {path}: it {problem}", file=sys.stderr)
    return Path(tempfile.mkdtemp(prefix="jianbao-jieba-"))


# jieba's prefix dictionary (~500,000 entries) as jieba builds it from its dict.txt, kept in our cache
# directory as a pickle: jieba's own cache (a marshal file, also there) takes ~0.6 s of CPU to load, the
# pickle ~0.2 s, at every process start (an indexer adding one issue, each web worker). Keyed by
# jieba's version and its dictionary file's path, size and times: another dictionary is built anew.
PREFIX_CACHE = "jieba-prefix.pickle"


def _prefix_key() -> str:
    path = _dt.dictionary or os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    st = os.stat(path)
    return f"1|{jieba.__version__}|{path}|{st.st_size}|{st.st_mtime_ns}|{st.st_ctime_ns}|{st.st_ino}"


def _load_prefix_dict(directory: Path) -> bool:
    """jieba's prefix dictionary from our cache (the directory is private: `cache_directory`);
    False, and nothing changed, when there is none of this dictionary or it cannot be read."""
    try:
        with open(directory / PREFIX_CACHE, "rb") as f:
            key, freq, total = pickle.load(f)
        if key != _prefix_key() or not isinstance(freq, dict) or not isinstance(total, int) or not freq:
            return False
    except Exception:  # noqa: BLE001 - missing, truncated, corrupt, of another shape: build it
        return False
    _dt.FREQ, _dt.total, _dt.initialized = freq, total, True
    return True


def _save_prefix_dict(directory: Path) -> None:
    """Keep jieba's freshly built prefix dictionary for the next process; a failure is not fatal."""
    write_whole(directory / PREFIX_CACHE, lambda f: pickle.dump((_prefix_key(), _dt.FREQ, _dt.total), f,
                                                               protocol=pickle.HIGHEST_PROTOCOL),
                binary=True, prefix=".jieba-prefix-")


def setup(cache_dir: str | os.PathLike | None = None) -> None:
    """Initialise jieba once per process (about a second) with the shipped domain dictionary.

    jieba's dictionary cache goes to `cache_dir`, by default the user's own cache directory
    (`cache_directory()`), never a predictable path in the shared temp directory.
    """
    global _ready
    with _lock:
        if _ready:
            return
        jieba.setLogLevel(logging.WARNING)
        _dt.tmp_dir = str(cache_directory(cache_dir))
        if not _load_prefix_dict(Path(_dt.tmp_dir)):
            _dt.initialize()
            _save_prefix_dict(Path(_dt.tmp_dir))
        _ready = True
    add_words(static_words(), shipped=True)


def tokenizer() -> jieba.Tokenizer:
    """jianbao's own jieba Tokenizer (after `setup()`), with the domain words it was taught."""
    return _dt


def add_words(words, shipped: bool = False) -> None:
    """Teach our tokenizer domain words (organisations, aliases found in the corpus); idempotent."""
    new = [w for w in (normalize(w).strip() for w in words) if len(w) > 1 and w not in _loaded_words]
    if not shipped:
        _corpus_words.update(w for w in new if not _dt.FREQ.get(w))
    if not new:
        return
    with _lock:
        for word in new:
            if " " in word or word in _loaded_words:
                continue
            # Enough frequency to stay one word; jieba.suggest_freq would cut each word to decide.
            _dt.add_word(word, freq=max(_dt.FREQ.get(word, 0), 50000))
            _loaded_words.add(word)
        _cut_memo.clear()  # the cuts were made with the old dictionary
        _dag_memo.clear()


def _remember(memo: dict, key: str, value):
    if len(memo) >= _MEMO_ENTRIES:
        memo.clear()
    memo[key] = value
    return value


def in_dictionary(word: str) -> bool:
    """Whether the word fields hold `word` wherever the text has it: a word of jieba's or the
    shipped dictionaries (every such word is indexed where it stands), letters and digits only.
    Words learnt from the corpus are not: files indexed before they were learnt lack them."""
    return (word.isalnum() and _dt.FREQ.get(word, 0) > 0 and word not in _corpus_words)


def components(word: str) -> list[str]:
    """The dictionary words a long dictionary word (five characters or more) is made of
    (个人信息保护: 个人信息 / 保护), longest first from the left; [] where it is not made of words.
    Four-character words (服务外包, 一带一路) are most often set terms, never taken apart."""
    if len(word) < 5 or word.isascii():
        return []
    dag = _dt.get_DAG(word)
    out, i = [], 0
    while i < len(word):
        ends = [e for e in dag.get(i, [i]) if e - i >= 1 and (i, e) != (0, len(word) - 1)]
        if not ends:
            return []
        end = max(ends)
        out.append(word[i:end + 1])
        i = end + 1
    return out if len(out) > 1 else []
