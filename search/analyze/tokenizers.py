"""The Whoosh tokenizers of the index's fields: jieba words, character bigrams, single characters.

Each keeps Whoosh's Tokenizer contract (`pos` the token's ordinal, `startchar`/`endchar` offsets into
the original text), and gives the index writer a field's `positions` and `frequencies` without a
Token each (search/index/writer.py). The top of search/analyze/: pickled into the index's schema.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from operator import itemgetter

from whoosh.analysis import Token, Tokenizer

from search.analyze.normal import _normalized
from search.analyze.segment import _ALNUM_RUN, _other_words, char_grams, char_runs, segment


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
