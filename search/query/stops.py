"""Stop words: what a query may hold but never searches by alone (data/stopwords.txt).

Beside the compiler (lexer -> compiler -> archive): a word of the stop list is not required of a
full match when the query has other words, a partial match never rests on it nor on a single
character, and a query made only of such words is explained rather than searched.
"""
from __future__ import annotations

from functools import lru_cache

from search import analyze, vocab

NOTE = "查询只含常见的虚词或语气词（如“的”“好的”“怎么”），没有可以搜索的词语：请输入更具体的词语"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Every entry of data/stopwords.txt, normalised."""
    return frozenset(analyze.normalize(w).strip() for section in ("chars", "question", "words")
                     for w in vocab.words("stopwords", section))


@lru_cache(maxsize=1)
def question_words() -> frozenset[str]:
    return frozenset(analyze.normalize(w).strip() for w in vocab.words("stopwords", "question"))


def focus(words: list[str]) -> str | None:
    """What a question asks about (its words in order): the first informative word right after its
    first question word (哪些培训活动: 培训); None where no such word follows one (发展得怎么样 asks
    about the whole)."""
    questions = question_words()
    at = next((i for i, w in enumerate(words) if analyze.normalize(w) in questions), None)
    if at is None:
        return None
    after = [w for w in words[at + 1:] if informative(w)]
    return after[0] if after else None


def is_stop(word: str) -> bool:
    """Whether `word` (a jieba word of a query) is on the stop list, or made only of stop characters
    (的的的, 啊啊啊啊)."""
    w = analyze.normalize(word).strip()
    stops = stop_words()
    return bool(w) and (w in stops or all(c in stops for c in w))


def informative(word: str) -> bool:
    """Whether a query's word may make a partial match on its own: not a stop word, and not a single
    Chinese character (a Latin word or number is, whatever its length)."""
    w = analyze.normalize(word).strip()
    if not w or is_stop(w):
        return False
    return len(w) > 1 or (w.isascii() and w.isalnum() and not w.isdigit())
