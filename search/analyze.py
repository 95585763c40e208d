"""Text analysis, shared by the indexer and the query side: normalisation, jieba words, character grams.

Sits between parse (Items) and index/query. Both tokenizers keep Whoosh's Tokenizer contract: `pos`
is the token's ordinal, `startchar`/`endchar` are offsets into the *original* text, and the
`positions`/`chars`/`mode` arguments are honoured. That is what makes quoted Chinese phrases work
(jieba's stock ChineseAnalyzer stores character offsets as positions and breaks every phrase).
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import sys
import re
import tempfile
import threading
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import opencc

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
from whoosh.analysis import Token, Tokenizer

from search import vocab

# Bump when tokenization or the schema changes: indexes built with another version are rebuilt.
ANALYZER_VERSION = "11"  # 11: a run of Latin letters and digits is one word

_t2s = opencc.OpenCC("t2s")
_tw2sp = opencc.OpenCC("tw2sp")
_lock = threading.Lock()
# Our own jieba tokenizer: jieba's process-wide default (`jieba.dt`, which jieba.cut, jieba.posseg
# and any other user of jieba in the process share) is never loaded or changed by jianbao.
#
# Its dictionary is not fixed when built, as STYLE.md would have it: the words learnt from the
# corpus (organisations and aliases, `add_words`) are still added at run time, by the reindex job
# before it writes and by the query side when it opens an index version. Why not one Tokenizer per
# index version, built from `static_words()` and that version's `store.corpus_words(manifest)`:
# - the word analyzer is pickled into the index with the schema and called by Whoosh with no index
#   at hand (WordTokenizer below), and the query compiler (search/query/syntax.py: `words`,
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

WORD_CHAR = re.compile(r"\w", re.UNICODE)
_BLOCKS = jieba.re_han_default  # the blocks jieba's cut splits text into, each cut on its own


# --- normalisation -------------------------------------------------------------------------

def _convert(text: str) -> str:
    """NFKC (full width to half width), lower case, traditional to simplified, on a whole string."""
    return _t2s.convert(unicodedata.normalize("NFKC", text).lower())


def normalize(text: str) -> str:
    """The normalised text, as index and query see it (length may differ from `text`)."""
    return _convert(text)


def normalize_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset of its source in `text`.

    Almost all archive text maps one to one; only where a character expands or contracts under
    NFKC (㎡, ①) is it normalised on its own.
    """
    norm = _convert(text)
    if len(norm) == len(text):
        return norm, list(range(len(text)))
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch).lower()
        chars.append(n)
        offsets.extend([i] * len(n))
    joined = "".join(chars)
    converted = _t2s.convert(joined)
    if len(converted) != len(joined):  # OpenCC changed a length: convert char by char
        converted = "".join(_t2s.convert(c) if len(_t2s.convert(c)) == 1 else c for c in joined)
    return converted, offsets


@lru_cache(maxsize=8)
def _normalized(text: str) -> tuple[str, list[int]]:
    """`normalize_map` for the tokenizers: one item's text is analysed by two character views."""
    return normalize_map(text)


def regional_variant(text: str) -> str | None:
    """Mainland wording of a Taiwan/HK phrase (人工智慧 -> 人工智能), or None if the same."""
    variant = _tw2sp.convert(text)
    return variant if variant != _t2s.convert(text) else None


# --- jieba set-up and dictionaries ---------------------------------------------------------

def data_lines(name: str) -> list[str]:
    """The non-comment lines of a data file shipped in search/data/."""
    return vocab.lines(name.removesuffix(".txt"))


def static_words() -> list[str]:
    """The archive's terms and the organisation gazetteer: the domain dictionary shipped with jieba."""
    return data_lines("terms.txt") + data_lines("orgs.txt")


def fingerprint() -> str:
    """Hash of everything that decides tokens: an index built under another fingerprint is rebuilt."""
    h = hashlib.sha256()
    h.update(f"{ANALYZER_VERSION}|{jieba.__version__}|".encode())
    for word in static_words():
        h.update(word.encode() + b"\n")
    return h.hexdigest()[:16]


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
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".jieba-prefix-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump((_prefix_key(), _dt.FREQ, _dt.total), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, directory / PREFIX_CACHE)
    except OSError:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


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


# --- tokens --------------------------------------------------------------------------------

def _remember(memo: dict, key: str, value):
    if len(memo) >= _MEMO_ENTRIES:
        memo.clear()
    memo[key] = value
    return value


def _run_words(run: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every dictionary word of two characters or more, not all Latin, in a run of
    letters and digits, wherever it stands: inside a longer word (服务外包 in 离岸服务外包) or
    across jieba's cuts (贸易谈判 in 服务贸易 / 谈判). jieba's own DAG lists them. A word of letters
    and digits lies in one run, so the runs of a text give all of its words."""
    found = _dag_memo.get(run)
    if found is None:
        found = _remember(_dag_memo, run, tuple(
            (start, end + 1) for start, ends in _dt.get_DAG(run).items() for end in ends
            if end > start and not run[start:end + 1].isascii()))
    return found


def _block_words(block: str) -> tuple[tuple[str, int, int], ...]:
    """jieba's precise-mode words of one of the blocks it cuts text into, tokens only, with their
    offsets in the block: jieba cuts each block on its own, so the words of a text are its
    blocks' words."""
    found = _cut_memo.get(block)
    if found is None:
        out, start = [], 0
        for w in _dt.cut(block, HMM=True):
            if _is_token(w):
                out.append((w, start, start + len(w)))
            start += len(w)
        found = _remember(_cut_memo, block, tuple(out))
    return found


def _cut(norm: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of normalised text as `jieba.Tokenizer.tokenize(norm, HMM=True)` gives
    them, tokens only: jieba's blocks (its re_han_default) cut each once, other characters alone."""
    out, start = [], 0
    for block in _BLOCKS.split(norm):
        if not block:
            continue
        if _BLOCKS.match(block):
            out.extend((w, start + s, start + e) for w, s, e in _block_words(block))
        else:
            out.extend((c, start + i, start + i + 1) for i, c in enumerate(block) if _is_token(c))
        start += len(block)
    return out


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


def _is_token(word: str) -> bool:
    return bool(WORD_CHAR.search(word)) and word.strip() == word and word != "_"


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _inside_latin(norm: str, at: int) -> bool:
    """Whether offset `at` of `norm` falls inside a run of Latin letters and digits."""
    return 0 < at < len(norm) and _latin(norm[at - 1]) and _latin(norm[at])


_LATIN_RUN = re.compile(r"[A-Za-z0-9]{2,}")  # `_latin` characters, two or more


def _latin_insides(norm: str) -> set[int]:
    """Every offset `at` of `norm` for which `_inside_latin(norm, at)` holds, at once: most of the
    archive's text has none, and a set lookup spares a call a token (tests/test_writer.py)."""
    return {k for m in _LATIN_RUN.finditer(norm) for k in range(m.start() + 1, m.end())}


def segment(norm: str) -> list[tuple[str, int, int]]:
    """Precise-mode jieba words of normalised text as (word, start, end), a run of Latin letters and
    digits always whole: jieba cuts a dictionary word out of a longer one (shangh / ai, spir / ito),
    and AI must not be found inside Shanghai."""
    cut = _cut(norm)
    inside = _latin_insides(norm)
    if not inside:  # nothing to join; every word of _cut is a token
        return cut
    out: list[tuple[str, int, int]] = []
    for w, s, e in cut:
        if out and out[-1][2] == s and s in inside:
            start = out[-1][1]
            out[-1] = (norm[start:e], start, e)
        else:
            out.append((w, s, e))
    return out  # each a token: _cut's are, and two joined are


def words(text: str) -> list[str]:
    """Precise-mode jieba words of normalised text: how a query term is segmented."""
    return [w for w, _, _ in segment(normalize(text))]


class _OffsetTokenizer(Tokenizer):
    """Tokens of normalised text whose positions and character offsets follow Whoosh's contract."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each token text of `value` as indexed (mode "index") and its positions, in order: what
        the index writer needs of a document's field (search/index/writer.py), without a Token
        each. The same as the tokens' texts and `pos` (tests/test_writer.py)."""
        out: dict[str, list[int]] = {}
        for t in self(value, positions=True, mode="index"):
            out.setdefault(t.text, []).append(t.pos)
        return out

    def frequencies(self, value: str) -> dict[str, int]:
        """How many times each token text of `value` is indexed: the lengths of `positions`' lists,
        what a field without positions needs (search/index/writer.py)."""
        return {text: len(p) for text, p in self.positions(value).items()}

    @staticmethod
    def _fill(token, text, pos, s, e, value, offsets, positions, chars, keeporiginal, start_char):
        """Set one token: `s`/`e` index the normalised text, `offsets` map them into `value`."""
        token.text = text
        token.boost = 1.0
        token.stopped = False
        if keeporiginal:
            token.original = value[offsets[s]:offsets[e - 1] + 1]
        if positions:
            token.pos = pos
        if chars:
            token.startchar = start_char + offsets[s]
            token.endchar = start_char + offsets[e - 1] + 1
        return token


class WordTokenizer(_OffsetTokenizer):
    """jieba words (precise mode); at index time also every other dictionary word of the text, at
    the position of the word it starts in."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        norm, offsets = _normalized(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = norm
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        words = segment(norm)
        extra = _other_words(norm, words) if mode != "query" else {}
        for word, start, end in words:
            yield self._fill(token, word, pos, start, end, value, offsets, positions, chars,
                             keeporiginal, start_char)
            for k in range(start, end) if extra else ():
                for s, e in extra.get(k, ()):
                    yield self._fill(token, norm[s:e], pos, s, e, value, offsets, positions, chars,
                                     keeporiginal, start_char)
            pos += 1


    def positions(self, value: str) -> dict[str, list[int]]:
        """`_OffsetTokenizer.positions` without the tokens: the same words at the same positions
        (tests/test_writer.py), a third of the CPU of a rebuild's word fields."""
        norm, _ = _normalized(value)
        words = segment(norm)
        extra = _other_words(norm, words)
        out: dict[str, list[int]] = {}
        for pos, (word, start, end) in enumerate(words):
            out.setdefault(word, []).append(pos)
            for k in range(start, end) if extra else ():
                for s, e in extra.get(k, ()):
                    out.setdefault(norm[s:e], []).append(pos)
        return out

    def frequencies(self, value: str) -> dict[str, int]:
        """`positions`' lists counted, without the lists: the word fields have no positions. A
        dictionary word other than jieba's counts where it starts inside one of jieba's words."""
        norm, _ = _normalized(value)
        words = segment(norm)
        counts = Counter(map(itemgetter(0), words))
        extra = _other_words(norm, words)
        if extra:
            starts = [s for _, s, _ in words]
            for at, spans in extra.items():
                k = bisect_right(starts, at) - 1
                if k >= 0 and at < words[k][2]:
                    for s, e in spans:
                        counts[norm[s:e]] += 1
        return counts


def _other_words(norm: str, words: list[tuple[str, int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Every other dictionary word in the text, by its start, at index time placed at the position
    of the word it starts in (Latin aside: no "ai" inside "bain")."""
    extra: dict[int, list[tuple[int, int]]] = {}
    cut = {(s, e) for _, s, e in words}
    inside = _latin_insides(norm)
    for i, j in char_runs(norm):
        for s, e in _run_words(norm[i:j]):
            a, b = i + s, i + e
            if (a, b) not in cut and a not in inside and b not in inside:
                extra.setdefault(a, []).append((a, b))
    return extra


_ALNUM_RUN = re.compile(r"[^\W_]+")  # \w is str.isalnum() and "_", for every code point


def char_runs(norm: str):
    """(start, end) of each run of letters and digits (`str.isalnum`, any script) in normalised text."""
    for m in _ALNUM_RUN.finditer(norm):
        yield m.span()


def char_grams(norm: str):
    """Character view of normalised text: (gram, start, end) in position order.

    A run of letters and digits gives its overlapping bigrams, then its last character alone, so that
    every character starts some token: any run of characters is a phrase of grams, and a single
    character is a prefix query.
    """
    for i, j in char_runs(norm):
        for k in range(i, j - 1):
            yield norm[k:k + 2], k, k + 2
        yield norm[j - 1], j - 1, j


class CharTokenizer(_OffsetTokenizer):
    """Character bigrams of runs of letters and digits: finds any run of characters."""

    def positions(self, value: str) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        norm = _normalized(value)[0]
        pos = 0
        for i, j in char_runs(norm):
            for k in range(i, j - 1):
                out.setdefault(norm[k:k + 2], []).append(pos)
                pos += 1
            out.setdefault(norm[j - 1], []).append(pos)
            pos += 1
        return out

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        norm, offsets = _normalized(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, (gram, s, e) in enumerate(char_grams(norm), start_pos):
            yield self._fill(token, gram, pos, s, e, value, offsets, positions, chars, keeporiginal,
                             start_char)


class UnigramTokenizer(_OffsetTokenizer):
    """Each letter and digit alone: a single-character query is one term, not a prefix over every
    gram that starts with it (的 alone would expand to thousands of grams at 10,000 items)."""

    def positions(self, value: str) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        norm = _normalized(value)[0]
        for pos, ch in enumerate(norm[k] for i, j in char_runs(norm) for k in range(i, j)):
            out.setdefault(ch, []).append(pos)
        return out

    def frequencies(self, value: str) -> dict[str, int]:
        """Each letter and digit counted (C's count, not a list a character)."""
        return Counter("".join(_ALNUM_RUN.findall(_normalized(value)[0])))

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        norm, offsets = _normalized(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for i, j in char_runs(norm):
            for k in range(i, j):
                yield self._fill(token, norm[k], pos, k, k + 1, value, offsets, positions, chars,
                                 keeporiginal, start_char)
                pos += 1


@lru_cache(maxsize=None)
def unigram_analyzer():
    return UnigramTokenizer()


@lru_cache(maxsize=None)
def word_analyzer():
    return WordTokenizer()


@lru_cache(maxsize=None)
def char_analyzer():
    return CharTokenizer()
