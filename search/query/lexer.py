"""The query language: the user's text -> tokens -> a tree of All / Any / Not / Word.

The first step of the query side (lexer -> compiler -> archive). Whoosh's own query parser is not
used (it silently drops what it cannot parse): every failure here is a QueryError that says what was
wrong, and `complete` makes a query still being typed whole instead.

Syntax: words (all must match), "quoted phrases" (these characters in this order), -word or
-"phrase" to exclude, OR between alternatives, (parentheses).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from search.errors import QueryError

OPEN_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "”": "”"}


@dataclass
class Word:
    text: str
    quoted: bool = False


@dataclass
class Not:
    node: object


@dataclass
class Any:
    nodes: list


@dataclass
class All:
    nodes: list


def closing_quote(text: str, i: int) -> int:
    """Where the quote opening at `text[i]` is closed, or -1: a straight quote may close with ”."""
    ch = text[i]
    j = text.find(OPEN_QUOTES[ch], i + 1)
    if ch == '"' and j < 0:
        j = text.find("”", i + 1)
    return j


def tokenize(text: str) -> list:
    """Split the user's text into words, "phrases", -, OR, ( and ); QueryError on unbalanced input."""
    text = unicodedata.normalize("NFKC", text)
    tokens, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in OPEN_QUOTES:
            j = closing_quote(text, i)
            if j < 0:
                raise QueryError(f"unbalanced quote: the phrase starting at {text[i:i + 12]!r} is not closed",
                                 code="unbalanced_quote", param="q", value=text[i:i + 12])
            tokens.append(Word(text[i + 1:j], quoted=True))
            i = j + 1
        elif ch in "()":
            tokens.append(ch)
            i += 1
        elif ch == "-" and (i + 1 < n and not text[i + 1].isspace()) and (not tokens or tokens[-1] != "-"):
            tokens.append("-")
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in "()" and text[j] not in OPEN_QUOTES:
                j += 1
            word = text[i:j]
            tokens.append("OR" if word in ("OR", "|") else Word(word))
            i = j
    return tokens


def parse(text: str):
    """The user's text as a tree of All / Any / Not / Word."""
    tokens = tokenize(text)
    pos = 0

    def sequence(closing: bool):
        nonlocal pos
        items = []
        while pos < len(tokens):
            tok = tokens[pos]
            if tok == ")":
                if not closing:
                    raise QueryError("unbalanced parenthesis: ')' without '('", code="unbalanced_parenthesis",
                                     param="q", value=")")
                return All(items)
            items.append(alternatives())
        if closing:
            raise QueryError("unbalanced parenthesis: '(' is not closed", code="unbalanced_parenthesis",
                             param="q", value="(")
        return All(items)

    def alternatives():
        nonlocal pos
        options = [unary()]
        while pos < len(tokens) and tokens[pos] == "OR":
            pos += 1
            if pos >= len(tokens) or tokens[pos] == ")":
                raise QueryError("OR needs a word on both sides", code="bad_or", param="q")
            options.append(unary())
        return options[0] if len(options) == 1 else Any(options)

    def unary():
        nonlocal pos
        tok = tokens[pos]
        if tok == "OR":
            raise QueryError("OR needs a word on both sides", code="bad_or", param="q")
        if tok == "-":
            pos += 1
            if pos >= len(tokens) or tokens[pos] in ("OR", ")"):
                raise QueryError("'-' must stand right before the word to exclude", code="bad_exclusion",
                                 param="q")
            return Not(unary())
        pos += 1
        if tok == "(":
            inner = sequence(closing=True)
            pos += 1
            return inner
        return tok

    return sequence(closing=False)


def complete(text: str) -> str:
    """The query typed so far, made whole for search-as-you-type.

    An unclosed quote is closed (the phrase so far; a quote with nothing after it goes), unmatched
    parentheses are closed or dropped, and a dangling OR or '-' goes. A well-formed query comes back
    unchanged: only a submitted query is held to the syntax (QueryError), never one still being typed.
    """
    try:
        parse(text)
        return text
    except QueryError:
        pass
    text = unicodedata.normalize("NFKC", text)
    out, depth, i, n = [], 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPEN_QUOTES:
            j = closing_quote(text, i)
            if j < 0:
                if text[i + 1:].strip():
                    out.append(ch + text[i + 1:] + OPEN_QUOTES[ch])
                break
            out.append(text[i:j + 1])
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if not depth:
                i += 1
                continue
            depth -= 1
        out.append(ch)
        i += 1
    fixed = "".join(out) + ")" * depth
    for _ in range(8):  # a dangling operator before the end or a ')' goes, and so may the next
        trimmed = re.sub(r"(?:\s+(?:OR|\|)|(?<!\S)(?:OR|\|)|-)(\s*)(?=\)|$)", r"\1", fixed)
        trimmed = re.sub(r"^(\s*\(?\s*)(?:OR|\|)(?=\s)", r"\1", trimmed)
        trimmed = re.sub(r"\(\s*\)", "", trimmed)
        if trimmed == fixed:
            break
        fixed = trimmed
    try:
        parse(fixed)
        return fixed
    except QueryError:
        # Whatever is still broken: the words alone, every one required.
        return " ".join(w.text for w in _words_only(text))


def _words_only(text: str) -> list[Word]:
    """The words and phrases of a text, operators and brackets ignored (quotes closed at the end)."""
    words = []
    for part in re.split(r'[\s()]+', re.sub(r'["“”「」『』]', " ", text)):
        part = part.lstrip("-")
        if part and part not in ("OR", "|"):
            words.append(Word(part))
    return words


# --- queries made from a query (the ways out of an empty result) --------------------------------

def has_phrase(text: str) -> bool:
    """Whether the query (completed as typed so far) holds a "quoted phrase"."""
    return any(isinstance(t, Word) and t.quoted for t in tokenize(complete(text)))


def phrase(text: str) -> str:
    """The whole query as one phrase: its characters in this order."""
    return f'"{text}"'


def loosen(text: str) -> str:
    """The query without its phrases' quotes and without what it excludes (words, OR and brackets
    kept); the text itself where it has neither."""
    tokens = tokenize(complete(text))
    if not any(t == "-" or (isinstance(t, Word) and t.quoted) for t in tokens):
        return text
    out = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok == "-":  # the excluded word, or the whole bracket it excludes
            depth = 0
            while i < len(tokens):
                depth += {"(": 1, ")": -1}.get(tokens[i], 0) if isinstance(tokens[i], str) else 0
                i += 1
                if depth <= 0:
                    break
            continue
        part = tok.text if isinstance(tok, Word) else tok
        if out and not out.endswith("(") and part != ")":
            out += " "
        out += part
    return out.strip()
