"""Text analysis, shared by the indexer and the query side: normalisation, jieba words, character grams.

Sits between parse (Items) and index/query, in four rooms, each importing only those before it:
normal.py (the normalised text and its offsets), dictionary.py (jianbao's own jieba Tokenizer and
its words), segment.py (words, runs and grams of normalised text), tokenizers.py (the Whoosh
tokenizers). The tokenizers keep Whoosh's Tokenizer contract: `pos` is the token's ordinal,
`startchar`/`endchar` are offsets into the *original* text, and the `positions`/`chars`/`mode`
arguments are honoured. That is what makes quoted Chinese phrases work (jieba's stock
ChineseAnalyzer stores character offsets as positions and breaks every phrase).

Everything is imported from here (`from search import analyze`); the tokenizer classes are named
here too, as indexes written before the split pickled them (`search.analyze.WordTokenizer`).
"""
from __future__ import annotations

import hashlib

from search.analyze.dictionary import (PREFIX_CACHE, add_words, cache_directory, components, data_lines,
                                       in_dictionary, jieba, setup, static_words, tokenizer)
from search.analyze.normal import normalize, normalize_map, regional_variant
from search.analyze.segment import WORD_CHAR, _is_token, char_grams, char_runs, segment, words
from search.analyze.tokenizers import (CharTokenizer, UnigramTokenizer, WordTokenizer, _OffsetTokenizer,
                                       char_analyzer, unigram_analyzer, word_analyzer)

__all__ = ["ANALYZER_VERSION", "CharTokenizer", "PREFIX_CACHE", "UnigramTokenizer", "WORD_CHAR", "WordTokenizer",
           "add_words", "cache_directory", "char_analyzer", "char_grams", "char_runs", "components",
           "data_lines", "fingerprint", "in_dictionary", "normalize", "normalize_map", "regional_variant",
           "segment", "setup", "static_words", "tokenizer", "unigram_analyzer", "word_analyzer", "words"]

# Bump when tokenization or the schema changes: indexes built with another version are rebuilt.
ANALYZER_VERSION = "11"  # 11: a run of Latin letters and digits is one word


def fingerprint() -> str:
    """Hash of everything that decides tokens: an index built under another fingerprint is rebuilt."""
    h = hashlib.sha256()
    h.update(f"{ANALYZER_VERSION}|{jieba.__version__}|".encode())
    for word in static_words():
        h.update(word.encode() + b"\n")
    return h.hexdigest()[:16]
