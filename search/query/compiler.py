"""The compiler: a parsed query -> Whoosh queries, with what it shows of its work (`Compiled`).

Between the lexer and the archive (lexer -> compiler -> archive). A `Compiler` holds only what
an index version gives it (aliases, names, concept groups): each `compile` builds a fresh
`Compiled` and keeps nothing between calls.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh.query import And, AndNot, Every, Or, Phrase, Prefix, Query, Sequence, Term

from search import analyze
from search.query import expand, names, stops
from search.query.lexer import All, Any, Not, Word, parse

# Ranking weights, tuned on the judged query set (bench/bench_relevance.py, bench/RESULTS.md).
TITLE_BOOST = 1.0    # on top of the title field's own boost in the schema
CHARS_BOOST = 1.0    # the character view of a word the word fields may miss
NAME_BOOST = 1.0     # an organisation or outlet the query names (org and source fields)
CONCEPT_BOOST = 0.5  # another word of a concept group: below the words typed


class Union(Or):
    """Or that always marches its matchers in step: Whoosh's array matcher, which it picks for
    indexes under 5,000 items, clears a 2,048-slot array in Python for every block it reads."""

    matcher_type = Or.DEFAULT_MATCHER


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
    if len(parts) == 1 and isinstance(parts[0], Prefix):
        # One character alone: the items holding it, one term of the unigram field, not a prefix
        # over every gram it starts (hundreds of terms, each walked: 的 took 450 ms at 10,000 items).
        return Term("char1", parts[0].text)
    if len(parts) == 1:
        return parts[0]
    if all(isinstance(p, Term) for p in parts):
        return Phrase("chars", [p.text for p in parts])
    return Sequence(parts)


@dataclass
class Compiled:
    """A parsed query made ready to run, with what it shows of its work."""

    query: Query | None = None
    needles: list[tuple[str, bool]] = field(default_factory=list)  # (normalised string to mark, whole words only)
    segmentation: list[str] = field(default_factory=list)
    expansions: list[str] = field(default_factory=list)
    words: list[list[str]] = field(default_factory=list)  # positive words, for the OR fallback
    # The query's words as separate queries, for partial matches: a plain list of words only
    # (no OR or parentheses); empty otherwise. (label, query), in the order typed.
    parts: list[tuple[str, Query]] = field(default_factory=list)
    part_needles: list[tuple[str, bool]] = field(default_factory=list)  # also marked in partial hits
    only_stop: bool = False  # every word typed is a stop word (的的的, 好的): nothing to search by
    focus: str | None = None  # what a question asks about (哪些培训活动: 培训): partial matches with it first


class Compiler:
    """Turns the tree into Whoosh queries, expanding aliases and regional variants.

    A Latin word or number (RCEP, AI, 5G) matches whole words only, so AI does not find OpenAI;
    `latin_chars=True` lets it match inside longer words too (the fallback when nothing is found).
    """

    def __init__(self, aliases: dict[str, set[str]], names: dict[str, list[tuple[str, str]]] | None = None,
                 concepts: dict[str, list[str]] | None = None):
        self.aliases = aliases
        self.names = names or {}  # name key -> (field, value): see search.query.names
        self.concepts = expand.concept_groups() if concepts is None else concepts

    def compile(self, text: str, latin_chars: bool = False) -> Compiled:
        """A fresh Compiled for `text`; QueryError if it does not parse."""
        return _Compilation(self, Compiled(), latin_chars).run(text)

    def unit(self, w: str, into: Compiled | None = None) -> Query:
        """One word as `compile` searches it (see `_Compilation.unit`); the concept words it adds are
        marked and shown in `into`."""
        return _Compilation(self, into or Compiled(), latin_chars=False).unit(w)


class _Compilation:
    """One call of `Compiler.compile`: the Compiled it fills, and where it is in the tree."""

    def __init__(self, compiler: Compiler, out: Compiled, latin_chars: bool):
        self.aliases, self.names, self.concepts = compiler.aliases, compiler.names, compiler.concepts
        self.out = out
        self.latin_chars = latin_chars
        self.expanding = False
        self.units: list[tuple[str, Query]] | None = None  # the typed word's own words, by `_one`
        self.skip_stop = False  # the query has other words: its stop words are not searched

    def run(self, text: str) -> Compiled:
        out = self.out
        tree = parse(text)
        typed = _positive_words(tree)
        searched = [w for w in typed if w.quoted or not _all_stop(w.text)]
        self.skip_stop = bool(searched)
        if typed and not searched:
            out.only_stop = True  # 的的的, 好的: explained, never the whole archive
            return out
        out.focus = stops.focus([w for word in typed if not word.quoted for w in analyze.words(word.text)])
        words = [n for n in tree.nodes if isinstance(n, Word)] if isinstance(tree, All) else []
        if len(words) > 1 and len(words) == len(tree.nodes) and not any(w.quoted for w in words) \
                and names.key(text) in self.aliases:
            tree = All([Word(text)])  # a name of several words (Ernst & Young, World Bank)
        query = self.node(tree, negated=False)
        plain = isinstance(tree, All) and all(isinstance(n, (Word, Not)) for n in tree.nodes)
        words = [n for n in tree.nodes if isinstance(n, Word)] if isinstance(tree, All) else []
        if query is not None and len(words) > 1 and not any(w.quoted for w in words):
            # The whole text is a name whose words were typed apart (NTT DATA集团).
            named = self.named([text])
            if named:
                query = Union([query] + named)
        out.query = query
        if not plain:
            out.parts = []
        return out

    def named(self, variants: list[str]) -> list[Query]:
        """Terms of the org and source fields that any of `variants` names; their forms marked."""
        found: list[Query] = []
        for v in variants:
            for fieldname, value in self.names.get(names.key(v), ()):
                term = Term(fieldname, value, boost=NAME_BOOST)
                if term not in found:
                    found.append(term)
                    for form in names.forms_of(value):
                        needle = (analyze.normalize(form).strip(), True)
                        if needle not in self.out.needles:
                            self.out.needles.append(needle)
        return found

    def node(self, node, negated: bool) -> Query | None:
        if isinstance(node, Word):
            return self.word(node, negated)
        if isinstance(node, Not):
            return ("NOT", self.node(node.node, not negated))
        parts = [self.node(n, negated) for n in node.nodes]
        if isinstance(node, Any):
            parts = [p for p in parts if p is not None and not isinstance(p, tuple)]
            return Union(parts) if parts else None
        positive = [p for p in parts if p is not None and not isinstance(p, tuple)]
        negative = [p[1] for p in parts if isinstance(p, tuple) and p[1] is not None]
        if not positive and not negative:
            return None
        q = And(positive) if len(positive) > 1 else (positive[0] if positive else Every())
        return AndNot(q, Union(negative)) if negative else q

    def word(self, word: Word, negated: bool) -> Query | None:
        out = self.out
        norm = analyze.normalize(word.text).strip()
        if not norm or (self.skip_stop and not negated and not word.quoted and _all_stop(word.text)):
            return None
        found = expand.variants(word.text, self.aliases)
        if not word.quoted and analyze.in_dictionary(norm):
            # A name holding the typed word (中国商务部 for 商务部) finds nothing more: the word is
            # indexed wherever the text has it.
            found = [v for v in found if norm not in analyze.normalize(v)]
        variants = [word.text] + found
        self.units = None
        shown = len(out.expansions), len(out.needles)
        queries = []
        for v in variants:
            q = self.one(v, word.quoted, negated, primary=(v == word.text))
            if v == word.text:
                units = self.units
            if q is not None:
                queries.append(q)
        # A word of several jieba words: its concept groups as a whole (数据出境 -> 数据跨境);
        # each of its words has its own in `unit`.
        related = [] if word.quoted or len(analyze.words(word.text)) < 2 else [
            alt for alt in self.concepts.get(names.key(norm), ()) if alt not in variants]
        for alt in related:
            q = self.concept(alt)
            if q is not None:
                queries.append(q.with_boost(CONCEPT_BOOST))
                found.append(alt)
                if not negated:
                    out.needles.append((alt, True))
        queries.extend(self.named(variants))
        if negated:  # an excluded word's concept groups and names are neither shown nor marked
            del out.expansions[shown[0]:], out.needles[shown[1]:]
        if not queries:
            return None
        if not negated:
            out.expansions.extend(x for x in found if x not in out.expansions)
        query = queries[0] if len(queries) == 1 else Union(queries)
        if not negated:
            if len(queries) == 1 and units:
                out.parts.extend(units)  # each jieba word of the typed word counts on its own
            else:
                out.parts.append((word.text, query))
        return query

    def chars(self, w: str, alone: bool) -> Query | None:
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

    def mark(self, text: str, quoted: bool, ws: list[str], whole: bool) -> None:
        """What a positive word adds to the needles (what snippets mark) and the OR fallback's words."""
        out = self.out
        if not quoted:  # a quoted phrase is never relaxed into its words
            out.words.append(ws)
        if quoted:
            out.needles.append((SPACE_IN_CHINESE.sub("", analyze.normalize(text).strip()), whole))
        elif len(ws) == 1:
            out.needles.append((analyze.normalize(text).strip(), whole))
        else:
            out.needles.extend((w, whole) for w in ws if len(w) > 1)
            out.needles.append((re.sub(r"\s+", "", analyze.normalize(text)), whole))

    def one(self, text: str, quoted: bool, negated: bool, primary: bool) -> Query | None:
        ws = analyze.words(text)
        if not quoted and not negated:
            # Stop words are not required of a full match where the word has others (人工智能的监管).
            ws = [w for w in ws if not stops.is_stop(w)] or ws
        if not ws:
            return None
        if primary:
            self.out.segmentation.append(" / ".join(ws))
        whole = not quoted and not self.latin_chars
        if not negated:
            self.mark(text, quoted, ws, whole)
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
                self.units = [(w, self.unit(w)) for w in dict.fromkeys(parts)]
                self.out.part_needles.extend((w, whole) for w in parts)  # marked in partial hits only
            return whole_word
        units = [(w, self.unit(w)) for w in dict.fromkeys(ws)]
        if primary:
            self.units = units
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
        chars = self.chars(w, alone)
        if chars is not None:
            units.append(chars.with_boost(CHARS_BOOST) if CHARS_BOOST != 1.0 else chars)
        if not self.expanding:
            self.expanding = True
            try:
                for alt in self.concepts.get(w, ()):
                    if any(names.key(a) == names.key(alt) for a in self.aliases.get(w, ())):
                        continue  # already searched at full weight
                    q = self.concept(alt)
                    if q is not None:
                        units.append(q.with_boost(CONCEPT_BOOST))
                        needle = (analyze.normalize(alt), True)
                        if needle not in self.out.needles:
                            self.out.needles.append(needle)
                        if alt not in self.out.expansions:
                            self.out.expansions.append(alt)
            finally:
                self.expanding = False
        return Union(units)

    def concept(self, alt: str) -> Query | None:
        """A word of a concept group: as one word where jieba keeps it whole, else its characters
        in order (数据跨境 is 数据 / 跨境 to jieba: both words anywhere would be too loose)."""
        ws = analyze.words(alt)
        if len(ws) == 1:
            return self.unit(ws[0])
        return char_query(alt)


def _positive_words(tree) -> list[Word]:
    """The words of a query tree that are not excluded."""
    if isinstance(tree, Word):
        return [tree]
    if isinstance(tree, Not):
        return []
    return [w for node in tree.nodes for w in _positive_words(node)]


def _all_stop(text: str) -> bool:
    """Whether every jieba word of `text` is a stop word (的的的, 好的, 怎么样)."""
    ws = analyze.words(text)
    return bool(ws) and all(stops.is_stop(w) for w in ws)
