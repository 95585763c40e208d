"""Segmentation of normalised text: jieba's precise-mode words (a run of Latin letters and digits
kept whole), the other dictionary words inside them, and the character runs and grams.

Between dictionary.py (the jieba Tokenizer and the memos) and tokenizers.py (Whoosh's contract).
"""
from __future__ import annotations

import re

from search.analyze.dictionary import _cut_memo, _dag_memo, _dt, _remember, jieba
from search.analyze.normal import normalize

WORD_CHAR = re.compile(r"\w", re.UNICODE)
_BLOCKS = jieba.re_han_default  # the blocks jieba's cut splits text into, each cut on its own


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
