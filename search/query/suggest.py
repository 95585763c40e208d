"""Did you mean: a corrected query from the index's own vocabulary (您是不是要找).

Beside the searching room (snapshot -> searching, facets, browse -> archive), asked only when few
items hold every word of a query. Three ways, tried in this order for each run of one script in each
typed word:
- pinyin typed for Chinese (`fuwuwaibao`, `fu wu wai bao`): a Latin run that is no word of the archive
  and spells pinyin syllables is matched against the pinyin of the index's words;
- an input-method slip (服务外保, 高交汇): a Chinese run the text never holds is matched against the
  index's words that sound the same (pypinyin, tones ignored; then the initials and finals input
  methods confuse), the whole run first, then its longest windows;
- a typo: one character changed (a Chinese run of three or more), or one letter added, dropped,
  changed or two swapped (a Latin word of five letters or more).
Among candidates the word more items hold wins. The caller keeps a correction only where it finds more.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache

from search import analyze, limits
from search.query.lexer import All, Not, Word, parse

HAN = re.compile(r"^[\u3400-\u9fff]+$")
LATIN = re.compile(r"^[a-z]+$")
RUN = re.compile(r"[\u3400-\u9fff]+|[a-z]+|[^\u3400-\u9fffa-z]+")
LONGEST = 12  # characters of the longest word of the vocabulary
LATIN_TYPO_MIN = 5  # letters of the shortest Latin word corrected by edit distance
HAN_TYPO_MIN = 3  # characters of the shortest Chinese run corrected by one changed character
# Initials and finals that input methods and speakers of other dialects confuse (fuzzy pinyin).
FUZZY = ((re.compile(r"^zh"), "z"), (re.compile(r"^ch"), "c"), (re.compile(r"^sh"), "s"),
         (re.compile(r"^n"), "l"), (re.compile(r"ang$"), "an"), (re.compile(r"eng$"), "en"),
         (re.compile(r"ing$"), "in"))


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (its data ships in the package)."""
    readings = {r for value in _tables()[1].values() for r in value.split(",")}
    toneless = {_toneless(r) for r in readings}
    return frozenset(s for s in toneless if s.isascii() and s.isalpha() and re.search("[aeiouv]", s))


def preload_pinyin() -> None:
    """Load pypinyin's tables and the syllables now (a server, before it forks its workers), not on
    the first query that needs a correction."""
    _tables()
    syllables()


def is_pinyin(text: str) -> bool:
    """Whether `text` (lower-case letters) splits wholly into pinyin syllables."""
    known = syllables()
    ok = [True] + [False] * len(text)
    for i in range(len(text)):
        if ok[i]:
            for j in range(i + 1, min(len(text), i + 6) + 1):
                if text[i:j] in known:
                    ok[j] = True
    return bool(text) and ok[len(text)]


@lru_cache(maxsize=None)
def _toneless(reading: str) -> str:
    from pypinyin.contrib.tone_convert import to_normal
    return to_normal(reading)


@lru_cache(maxsize=1)
def _tables():
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict
    return phrases_dict, pinyin_dict, max(len(k) for k in phrases_dict)


def pinyin(word: str) -> tuple[str, ...]:
    """Toneless pinyin of a Chinese word, one syllable a character: the longest phrases of pypinyin's
    phrase table first (银行 is yin hang), else each character's first reading. pypinyin's own
    `lazy_pinyin` reads the same tables but costs a millisecond a word: too slow for a vocabulary."""
    phrases, chars, longest = _tables()
    out: list[str] = []
    i = 0
    while i < len(word):
        for size in range(min(longest, len(word) - i), 1, -1):
            readings = phrases.get(word[i:i + size])
            if readings and len(readings) == size:
                out.extend(_toneless(r[0]) for r in readings)
                i += size
                break
        else:
            reading = chars.get(ord(word[i]))
            if reading is None:
                return ()
            out.append(_toneless(reading.split(",")[0]))
            i += 1
    return tuple(out)


def fuzzy(key: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for s in key:
        for pattern, repl in FUZZY:
            s = pattern.sub(repl, s)
        out.append(s)
    return tuple(out)


def damerau1(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class Suggester:
    """The vocabulary of one index version (its words with the number of items holding each), and
    corrections from it. Built on first use and shared by the threads of a process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._built = False

    def _build(self, reader) -> None:
        with self._lock:
            if self._built:
                return
            df: dict[str, int] = {}
            for fieldname in ("title", "body"):
                for term, info in reader.iter_field(fieldname):
                    term = term.decode("utf-8") if isinstance(term, bytes) else term
                    if (HAN.match(term) and 2 <= len(term) <= LONGEST) or (LATIN.match(term) and len(term) > 1):
                        df[term] = max(df.get(term, 0), info.doc_frequency())
            self.df = df
            self.by_sound: dict[tuple[str, ...], list[str]] = {}
            self.by_fuzzy: dict[tuple[str, ...], list[str]] = {}
            self.by_spelling: dict[str, list[str]] = {}  # pinyin as typed, run together
            self.by_mask: dict[str, list[str]] = {}  # one character replaced by "?"
            self.latin: list[str] = []
            for word in df:
                if not HAN.match(word):
                    self.latin.append(word)
                    continue
                key = pinyin(word)
                if len(key) != len(word):
                    continue
                self.by_sound.setdefault(key, []).append(word)
                self.by_fuzzy.setdefault(fuzzy(key), []).append(word)
                self.by_spelling.setdefault("".join(key), []).append(word)
                if len(word) >= HAN_TYPO_MIN:
                    for i in range(len(word)):
                        self.by_mask.setdefault(word[:i] + "?" + word[i + 1:], []).append(word)
            self._built = True

    def warm(self, reader) -> None:
        """Build the vocabulary now, not on the first search that needs a correction."""
        self._build(reader)

    def _best(self, words, typed: str) -> str | None:
        found = [w for w in words or () if w != typed]
        return max(found, key=lambda w: (self.df[w], w)) if found else None

    def suggest(self, text: str, reader, occurs: Callable[[str], bool],
                finds: Callable[[str], bool]) -> str | None:
        """A corrected query for `text` (its words and exclusions; None for OR, brackets or nothing
        to correct), from the vocabulary of `reader` (a reader of this index version). `occurs(s)`:
        whether the archive's text holds the characters `s`; `finds(word)`: whether the word searched
        alone finds anything (through its aliases and names too: 欧委会 is no slip)."""
        try:
            tree = parse(text)
        except Exception:  # a query still being typed: nothing to suggest
            return None
        if not isinstance(tree, All) or not all(isinstance(n, (Word, Not)) for n in tree.nodes):
            return None
        self._build(reader)
        words = [n for n in tree.nodes if isinstance(n, Word) and not n.quoted]
        normed = [analyze.normalize(w.text).strip() for w in words]
        if len(words) > 1 and len(words) == len(tree.nodes) and all(LATIN.match(n) for n in normed) \
                and not any(n in self.df for n in normed):
            joined = self.from_pinyin("".join(normed))  # fu wu wai bao
            if joined:
                return joined
        out, changed, cursor = [], False, 0
        for word, norm in zip(words, normed):
            if len(norm) > limits.CORRECT_CHARS:  # a sentence pasted whole: no slip to look for
                continue
            better = None if finds(word.text) else self.word(norm, occurs)
            at = text.find(word.text, cursor)
            if better and at >= 0:
                out.append(text[cursor:at] + better)
                cursor = at + len(word.text)
                changed = True
        return "".join(out) + text[cursor:] if changed else None

    def word(self, norm: str, occurs: Callable[[str], bool]) -> str | None:
        """The typed word corrected run by run (a Chinese run, a Latin run), or None."""
        pieces, changed = [], False
        for run in RUN.findall(norm):
            better = None
            if HAN.match(run) and len(run) >= 2 and run not in self.df and not occurs(run):
                better = self.han(run, occurs)
                if better and not all(w in self.df or occurs(w) for w in analyze.words(better) if len(w) > 1):
                    better = None  # 周杰伦演唱会 -> 周结论演唱会 makes no more sense than before
            elif LATIN.match(run) and len(run) >= 2 and run not in self.df:
                better = self.from_pinyin(run) or self.latin_typo(run)
            pieces.append(better or run)
            changed |= bool(better)
        return "".join(pieces) if changed else None

    def han(self, run: str, occurs: Callable[[str], bool]) -> str | None:
        """A Chinese run the text never holds: the word that sounds like it, whole or a window of it
        (知识产全保护 -> 知识产权保护); else one character changed."""
        key = pinyin(run)
        if len(key) == len(run):
            whole = self._best(self.by_sound.get(key), run) or self._best(self.by_fuzzy.get(fuzzy(key)), run)
            if whole:
                return whole
            for size in range(min(len(run) - 1, LONGEST), 1, -1):
                for i in range(len(run) - size + 1):
                    window = run[i:i + size]
                    better = self._best(self.by_sound.get(key[i:i + size]), window)
                    # (the text is asked last: a phrase query costs more than the lookups)
                    if better and window not in self.df and not occurs(window):
                        return run[:i] + better + run[i + size:]
        if len(run) >= HAN_TYPO_MIN:
            found = [w for i in range(len(run)) for w in self.by_mask.get(run[:i] + "?" + run[i + 1:], ())]
            return self._best(found, run)
        return None

    def from_pinyin(self, run: str) -> str | None:
        """Chinese words whose pinyin, run together, spells `run` (fuwuwaibao -> 服务外包): the fewest
        words, then the commonest."""
        if not is_pinyin(run):
            return None
        best: list[tuple[int, int, str] | None] = [(0, 0, "")] + [None] * len(run)
        for i in range(len(run)):
            if best[i] is None:
                continue
            n, rarity, made = best[i]
            for j in range(i + 2, min(len(run), i + 6 * LONGEST) + 1):
                word = self._best(self.by_spelling.get(run[i:j]), "")
                if word:
                    cand = (n + 1, rarity - self.df[word], made + word)
                    if best[j] is None or cand[:2] < best[j][:2]:
                        best[j] = cand
        return best[len(run)][2] if best[len(run)] else None

    def latin_typo(self, run: str) -> str | None:
        if len(run) < LATIN_TYPO_MIN:
            return None
        return self._best([w for w in self.latin if len(w) >= LATIN_TYPO_MIN and damerau1(run, w)], run)
