"""The query language: the user's text -> a tree -> Whoosh queries, with aliases and variants.

Sits between analyze and query. Whoosh's own query parser is not used (it silently drops what it
cannot parse); the syntax is parsed here and every failure is a QueryError that says what was wrong.

Syntax: words (all must match; an unspaced run of Chinese is cut into words that must all match,
anywhere in the item), "quoted phrases" (these characters in this order), -word or -"phrase" to
exclude, OR between alternatives, (parentheses).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from whoosh.query import And, AndNot, Every, Or, Phrase, Prefix, Query, Sequence, Term

from search import analyze, vocab
from search.query import names
from search.errors import QueryError

# Ranking weights, tuned on the judged query set (bench/bench_relevance.py, bench/RESULTS.md).
TITLE_BOOST = 1.0    # on top of the title field's own boost in the schema
CHARS_BOOST = 1.0    # the character view of a word the word fields may miss
NAME_BOOST = 1.0     # an organisation or outlet the query names (org and source fields)
CONCEPT_BOOST = 0.5  # another word of a concept group: below the words typed

OPEN_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "”": "”"}


class Union(Or):
    """Or that always marches its matchers in step: Whoosh's array matcher, which it picks for
    indexes under 5,000 items, clears a 2,048-slot array in Python for every block it reads."""

    matcher_type = Or.DEFAULT_MATCHER





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


def tokenize(text: str) -> list:
    """Split the user's text into words, "phrases", -, OR, ( and ); QueryError on unbalanced input."""
    text = unicodedata.normalize("NFKC", text)
    tokens, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in OPEN_QUOTES:
            close = OPEN_QUOTES[ch]
            j = text.find(close, i + 1)
            if ch == '"' and j < 0:
                j = text.find("”", i + 1)
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
            close = OPEN_QUOTES[ch]
            j = text.find(close, i + 1)
            if ch == '"' and j < 0:
                j = text.find("”", i + 1)
            if j < 0:
                if text[i + 1:].strip():
                    out.append(ch + text[i + 1:] + close)
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
        words = [t.text for t in _words_only(text)]
        return " ".join(words)


def _words_only(text: str) -> list[Word]:
    """The words and phrases of a text, operators and brackets ignored (quotes closed at the end)."""
    words = []
    for part in re.split(r'[\s()]+', re.sub(r'["“”「」『』]', " ", text)):
        part = part.lstrip("-")
        if part and part not in ("OR", "|"):
            words.append(Word(part))
    return words


# Spaces, not line breaks: a line break pasted inside a quoted phrase stands where the text breaks a
# line (单位\n简介), and the character view has no gram across it.
SPACE_IN_CHINESE = re.compile(r"(?<![a-z0-9\s])[^\S\r\n]+|[^\S\r\n]+(?![a-z0-9\s])")


def char_query(text: str) -> Query | None:
    """These characters in this order, through the character view; None if nothing to search.

    As in the parsed text, a space stands only between two Latin letters or digits: "数字 贸易"
    is 数字贸易.
    """
    norm = SPACE_IN_CHINESE.sub("", analyze.normalize(text).strip())
    runs = list(analyze.char_runs(norm))
    parts: list[Query] = []
    for idx, (i, j) in enumerate(runs):
        last = idx == len(runs) - 1
        parts.extend(Term("chars", norm[k:k + 2]) for k in range(i, j - 1))
        if j - i == 1:
            # A lone character at the end may be followed by more text: any gram starting with it.
            parts.append(Prefix("chars", norm[i]) if last else Term("chars", norm[i]))
        elif not last:
            parts.append(Term("chars", norm[j - 1]))  # the index ends every run with its last character
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    if all(isinstance(p, Term) for p in parts):
        return Phrase("chars", [p.text for p in parts])
    return Sequence(parts)


@dataclass
class Compiled:
    """A parsed query made ready to run, with what it shows of its work."""

    query: Query | None
    needles: list[tuple[str, bool]]  # (normalised string to mark, whole words only)
    segmentation: list[str]
    expansions: list[str]
    words: list[list[str]]  # positive words, for the OR fallback
    # The query's words as separate queries, for partial matches: a plain list of words only
    # (no OR or parentheses); empty otherwise. (label, query), in the order typed.
    parts: list[tuple[str, Query]] = field(default_factory=list)
    part_needles: list[tuple[str, bool]] = field(default_factory=list)  # also marked in partial hits


class Compiler:
    """Turns the tree into Whoosh queries, expanding aliases and regional variants.

    A Latin word or number (RCEP, AI, 5G) matches whole words only, so AI does not find OpenAI;
    `latin_chars=True` lets it match inside longer words too (the fallback when nothing is found).
    """

    def __init__(self, aliases: dict[str, set[str]], names: dict[str, list[tuple[str, str]]] | None = None,
                 concepts: dict[str, list[str]] | None = None):
        self.aliases = aliases
        self.names = names or {}  # name key -> (field, value): see search.names
        self.concepts = concept_groups() if concepts is None else concepts
        self._expanding = False

    latin_chars = False

    def compile(self, text: str, latin_chars: bool = False) -> Compiled:
        self.latin_chars = latin_chars
        self.needles, self.segmentation, self.expansions, self.positive = [], [], [], []
        self.parts: list[tuple[str, Query]] = []
        self.part_needles: list[tuple[str, bool]] = []
        try:
            tree = parse(text)
            query = self._node(tree, negated=False)
            plain = isinstance(tree, All) and all(isinstance(n, (Word, Not)) for n in tree.nodes)
            words = [n for n in tree.nodes if isinstance(n, Word)] if isinstance(tree, All) else []
            if query is not None and len(words) > 1 and not any(w.quoted for w in words):
                # The whole text is a name whose words were typed apart (NTT DATA集团).
                named = self._named([text])
                if named:
                    query = Union([query] + named)
            return Compiled(query, self.needles, self.segmentation, self.expansions, self.positive,
                            self.parts if plain else [], self.part_needles)
        finally:
            self.latin_chars = False  # `unit()` of a later fallback matches Latin words whole

    def _named(self, variants: list[str]) -> list[Query]:
        """Terms of the org and source fields that any of `variants` names; their forms marked."""
        out: list[Query] = []
        for v in variants:
            for fieldname, value in self.names.get(names.key(v), ()):
                term = Term(fieldname, value, boost=NAME_BOOST)
                if term not in out:
                    out.append(term)
                    for form in names.forms_of(value):
                        needle = (analyze.normalize(form).strip(), True)
                        if needle not in self.needles:
                            self.needles.append(needle)
        return out

    def _node(self, node, negated: bool) -> Query | None:
        if isinstance(node, Word):
            return self._word(node, negated)
        if isinstance(node, Not):
            return ("NOT", self._node(node.node, not negated))
        parts = [self._node(n, negated) for n in node.nodes]
        if isinstance(node, Any):
            parts = [p for p in parts if p is not None and not isinstance(p, tuple)]
            return Union(parts) if parts else None
        positive = [p for p in parts if p is not None and not isinstance(p, tuple)]
        negative = [p[1] for p in parts if isinstance(p, tuple) and p[1] is not None]
        if not positive and not negative:
            return None
        q = And(positive) if len(positive) > 1 else (positive[0] if positive else Every())
        return AndNot(q, Union(negative)) if negative else q

    def _word(self, word: Word, negated: bool) -> Query | None:
        norm = analyze.normalize(word.text).strip()
        if not norm:
            return None
        variants = [word.text]
        found = []
        for alt in sorted(self.aliases.get(re.sub(r"\s+", "", norm), ())):
            variants.append(alt)
            found.append(alt)
        regional = analyze.regional_variant(word.text)
        if regional:
            variants.append(regional)
            found.append(regional)
        self._units = None
        shown = len(self.expansions), len(self.needles)
        queries = []
        for v in variants:
            q = self._one(v, word.quoted, negated, primary=(v == word.text))
            if v == word.text:
                units = self._units
            if q is not None:
                queries.append(q)
        # A word of several jieba words: its concept groups as a whole (数据出境 -> 数据跨境);
        # each of its words has its own in `unit`.
        related = [] if word.quoted or len(analyze.words(word.text)) < 2 else [
            alt for alt in self.concepts.get(names.key(norm), ()) if alt not in variants]
        for alt in related:
            q = self._concept(alt)
            if q is not None:
                queries.append(q.with_boost(CONCEPT_BOOST))
                found.append(alt)
                if not negated:
                    self.needles.append((alt, True))
        queries.extend(self._named(variants))
        if negated:  # an excluded word's concept groups and names are neither shown nor marked
            del self.expansions[shown[0]:], self.needles[shown[1]:]
        if not queries:
            return None
        if not negated:
            self.expansions.extend(x for x in found if x not in self.expansions)
        query = queries[0] if len(queries) == 1 else Union(queries)
        if not negated:
            if len(queries) == 1 and units:
                self.parts.extend(units)  # each jieba word of the typed word counts on its own
            else:
                self.parts.append((word.text, query))
        return query

    def _chars(self, w: str, alone: bool) -> Query | None:
        """The character view of one word, where the word fields may miss it; None where they cannot.

        Phrases in the character view are the slowest queries there are, so they are asked only for
        words the word fields may miss: a dictionary word needs none (every one is indexed wherever
        the text has it, across jieba's cuts too); another two-character word is one cheap gram
        (桓星); a longer one, the phrase. Latin words and numbers match whole words unless
        `latin_chars`.
        """
        if w.isascii() and not self.latin_chars:
            return None
        if len(w) == 1:
            return Term("char1", w) if alone else None
        if analyze.in_dictionary(w):
            return None  # indexed as a word wherever the text has it
        return Term("chars", w) if len(w) == 2 else char_query(w)

    def _one(self, text: str, quoted: bool, negated: bool, primary: bool) -> Query | None:
        ws = analyze.words(text)
        if not ws:
            return None
        if primary:
            self.segmentation.append(" / ".join(ws))
        whole = not quoted and not self.latin_chars
        if not negated:
            if not quoted:  # a quoted phrase is never relaxed into its words
                self.positive.append(ws)
            if quoted:
                self.needles.append((SPACE_IN_CHINESE.sub("", analyze.normalize(text).strip()), whole))
            elif len(ws) == 1:
                self.needles.append((analyze.normalize(text).strip(), whole))
            else:
                self.needles.extend((w, whole) for w in ws if len(w) > 1)
                self.needles.append((re.sub(r"\s+", "", analyze.normalize(text)), whole))
        if quoted:
            whole = SPACE_IN_CHINESE.sub("", analyze.normalize(text).strip())
            if len(whole) > 2 and not whole.isascii() and analyze.in_dictionary(whole):
                # These characters are a dictionary word, indexed wherever they stand: the word
                # fields answer without a phrase query.
                return Union([Term("title", whole), Term("body", whole)])
            return char_query(text)
        if len(ws) == 1:
            whole_word = self.unit(ws[0], alone=True)
            parts = analyze.components(ws[0]) if primary and not negated and names.key(text) not in self.names else []
            if parts:
                # A long dictionary word typed (个人信息保护) is matched whole; its words (个人信息,
                # 保护, each with its concept groups) are the parts partial matches are made of.
                self._units = [(w, self.unit(w)) for w in dict.fromkeys(parts)]
                self.part_needles.extend((w, whole) for w in parts)  # marked in partial hits only
            return whole_word
        units = [(w, self.unit(w)) for w in dict.fromkeys(ws)]
        if primary:
            self._units = units
        every_word = And([u for _, u in units])
        if any(len(w) == 1 for w in ws) and not text.isascii():
            # Single characters are unreliable words (亿 / 达科 / 创 against 亿达科创集团 in the text):
            # the run itself, as characters, also counts.
            exact = char_query(text)
            return Union([every_word, exact]) if exact is not None else every_word
        return every_word

    def unit(self, w: str, alone: bool = False) -> Query:
        """One word: its jieba word in title or body, or its characters where those may miss it;
        and, weighing less, the other words of its concept groups (外资 -> 外商投资)."""
        units = [Term("title", w, boost=TITLE_BOOST), Term("body", w)]
        chars = self._chars(w, alone)
        if chars is not None:
            units.append(chars.with_boost(CHARS_BOOST) if CHARS_BOOST != 1.0 else chars)
        if not self._expanding:
            self._expanding = True
            try:
                for alt in self.concepts.get(w, ()):
                    if any(names.key(a) == names.key(alt) for a in self.aliases.get(w, ())):
                        continue  # already searched at full weight
                    q = self._concept(alt)
                    if q is not None:
                        units.append(q.with_boost(CONCEPT_BOOST))
                        needle = (analyze.normalize(alt), True)
                        if hasattr(self, "needles") and needle not in self.needles:
                            self.needles.append(needle)
                        if hasattr(self, "expansions") and alt not in self.expansions:
                            self.expansions.append(alt)
            finally:
                self._expanding = False
        return Union(units)

    def _concept(self, alt: str) -> Query | None:
        """A word of a concept group: as one word where jieba keeps it whole, else its characters
        in order (数据跨境 is 数据 / 跨境 to jieba: both words anywhere would be too loose)."""
        ws = analyze.words(alt)
        if len(ws) == 1:
            return self.unit(ws[0])
        return char_query(alt)


def concept_groups() -> dict[str, list[str]]:
    """The curated groups of data/concepts.txt: normalised word -> the other words of its groups."""
    out: dict[str, list[str]] = {}
    for line in vocab.words("concepts", "concepts"):
        group = [w.strip() for w in line.split("/") if w.strip()]
        for w in group:
            k = names.key(w)
            out.setdefault(k, [])
            out[k].extend(analyze.normalize(o) for o in group
                          if names.key(o) != k and analyze.normalize(o) not in out[k])
    return out


def static_aliases() -> list[tuple[str, str]]:
    """The curated pairs of data/aliases.txt."""
    pairs = []
    for line in vocab.words("aliases", "aliases"):
        short, _, full = line.partition("=")
        if short.strip() and full.strip():
            pairs.append((short.strip(), full.strip()))
    return pairs


@lru_cache(maxsize=65536)
def _alias_key(name: str) -> str:
    return re.sub(r"\s+", "", analyze.normalize(name))


def alias_groups(pairs) -> dict[str, set[str]]:
    """Normalised name -> the other names of its group: names joined by any pair, transitively
    (WTO = 世界贸易组织 and 世贸组织 = 世界贸易组织 make WTO search 世贸组织 too)."""
    parent: dict[str, str] = {}
    spelling: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for short, full in dict.fromkeys(pairs):  # an archive defines the same abbreviation often
        s, f = _alias_key(short), _alias_key(full)
        if s and f and s != f:
            spelling.setdefault(s, short)
            spelling.setdefault(f, full)
            parent[find(s)] = find(f)
    groups: dict[str, set[str]] = {}
    for name in parent:
        groups.setdefault(find(name), set()).add(name)
    return {name: {spelling[n] for n in members if n != name}
            for members in groups.values() for name in members}
