"""Annotated plain-text and Markdown issues rewritten in forms nobody listed, the annotation kept true.

Every blind set has brought a decoration, a number style or a source form never met, and a rule that
only knew a list of the forms met so far failed on it. This module takes an issue of the sets whose
parse is right today and rewrites its structure in forms drawn from a grammar, not from a list:

- each section banner in a decoration of symbol glyphs (Unicode's So and Sm symbols, or an opening
  and closing bracket, Ps/Pe), one to three of them, spaced or not, numbered as a part or not
  (`第二部分`, `Part 2`, `Ⅱ`), a Latin gloss after it or none;
- each story's title numbered in another style (`1.`, `（1）`, `①`, `一、`, `【1】`, `01｜`, `No.1`, …);
- each story's source line in another of the forms ANNOTATION.md counts as a source (a label of the
  来源 family, 摘自, 转自, with brackets or without, led by a dash, set to the right by spaces);
- the whitespace, the width of the punctuation it writes, the line ends and a byte-order mark.

What is drawn goes through a `choose(options)` callable, so the suite (tests/test_drift_mutations.py,
a few fixed seeds) and bench/drift_mutations.py (thousands of rewrites, fresh seeds) draw from the same
grammar. `mutate` gives the bytes and the list of the forms it used.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))
from drift_forms import Choose, symbols, brackets, SPACES, GLOSS_WORDS, PARTS, NUMBERS, SOURCES, UNLABELLED  # noqa: E402 (tests/ on the path, as pytest puts it)

# Issues of the sets read right today (items F1 1.00, every field), plain text and Markdown of varied
# layouts: bracketed banners with bullets, Markdown headings and bold titles, setext headings, 〓 banners
# in GB18030, letter-spaced banners, numbered titles.
ISSUES = (
    "new/2024-07.txt",
    "new/2024-09.md",
    "new/2025-04.txt",
    "blind3/2025-06.txt",
    "blind4/2025-02.md",
    "blind5/2026-02.md",
    "shapes/2025-07.txt",
    "drift14/d14-03-numbered.txt",
)

# ---- reading an issue's structure from its annotation -------------------------------------------------

def squeeze(text: str) -> str:
    return re.sub(r"[\s\u3000*|●•▪◆■#>_\-]+", "", text)


def read_issue(rel: str) -> tuple[str, dict]:
    """The issue's text (decoded as the parser decodes it) and its annotation."""
    from search.parse.readers import decode
    path = DATA / rel
    text = decode(path.read_bytes(), path.name)
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    return text, expected


class _Finder:
    """Where each line's squeezed text starts in the squeezed whole."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.starts, parts, at = [], [], 0
        for line in lines:
            self.starts.append(at)
            s = squeeze(line)
            parts.append(s)
            at += len(s)
        self.whole = "".join(parts)

    def line_at(self, pos: int) -> int:
        k = 0
        for i, s in enumerate(self.starts):
            if s <= pos:
                k = i
            else:
                break
        # skip lines of no squeezed text that share the start
        while k + 1 < len(self.starts) and self.starts[k + 1] == self.starts[k] and not squeeze(self.lines[k]):
            k += 1
        return k

    def find(self, snippet: str, from_line: int) -> tuple[int, int] | None:
        """Lines of the first and last character of `snippet` at or after `from_line`."""
        s = squeeze(snippet)
        pos = self.whole.find(s, self.starts[from_line] if from_line < len(self.starts) else len(self.whole))
        if pos < 0:
            return None
        return self.line_at(pos), self.line_at(pos + len(s) - 1)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text))


_SRC_LABEL = r"(?:本文|文章|稿件|新闻|信息|资料)?(?:来源于|来源|來源|摘自|转自|轉自|转载自|出处|出處|信源)?"
_SRC_OPEN, _SRC_CLOSE = r"[\(（【\[〔［]", r"[\)）】\]〕］]"


def _source_span(line: str, outlet: str) -> tuple[int, int] | None:
    """Where in `line` its source, label and brackets with it, stands, if the line ends with it."""
    m = re.search(r"(?:——|—|－－|--)?\s*" + _SRC_OPEN + r"?\s*" + _SRC_LABEL + r"\s*[:：｜|丨]?\s*"
                  + re.escape(outlet) + r"\s*" + _SRC_CLOSE + r"?\s*$", line)
    if not m:
        return None
    return m.start(), m.end()


@dataclass
class Structure:
    """The lines of an issue that carry its structure, found from its annotation."""

    lines: list[str]
    banners: dict[int, str] = field(default_factory=dict)  # line -> section name
    titles: dict[int, tuple[str, str]] = field(default_factory=dict)  # line -> (section, title)
    sources: dict[int, tuple[int, str]] = field(default_factory=dict)  # line -> (span start, outlet)


_ATTRIBUTES = re.compile(r"\s*#*\s*\{[^}]*\}\s*$")  # Pandoc's `### X ### {#id .class}`
_BANNER_JUNK = re.compile(r"^[\W_\dA-Za-z第部分一二三四五六七八九十、ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]*$")


def structure(text: str, expected: dict) -> Structure:
    lines = text.split("\n")
    found = _Finder(lines)
    st = Structure(lines)
    cursor, prev_end, seen_sections = 0, -1, set()
    for item in expected["items"]:
        where = found.find(item["body_start"], cursor)
        if where is None:
            raise ValueError(f"{expected['file']}: body of {item['title']} not found")
        start = where[0]
        end = found.find(item["body_end"], start)[1]
        window = range(prev_end + 1, start)
        sec = item["section"]
        if sec not in seen_sections:
            seen_sections.add(sec)
            for k in reversed(window):
                rest = _key(lines[k]).replace(_key(sec), "", 1)
                if _key(sec) in _key(lines[k]) and _BANNER_JUNK.match(rest) and len(lines[k].strip()) <= 40 \
                        and (len(_key(sec)) > 1 and len(rest) <= 24):
                    st.banners[k] = sec
                    break
        if item["title"]:
            for k in reversed(window):
                if k in st.banners:
                    break  # a title stands under its banner; one above it is the contents' entry
                kl, kt = _key(_ATTRIBUTES.sub("", lines[k])), _key(item["title"])
                if kt and kl.endswith(kt) and len(kl) - len(kt) <= 4:
                    st.titles[k] = (sec, item["title"])
                    break
        if item["source"]:
            nxt = _next_start(found, expected, item, end)
            for k in list(range(end, nxt)) + list(window):
                span = _source_span(lines[k], item["source"])
                if span and squeeze(lines[k][:span[0]]).endswith(squeeze(item["body_end"])[-3:]) or \
                        span and not squeeze(lines[k][:span[0]]):
                    st.sources[k] = (span[0], item["source"])
                    break
        prev_end, cursor = end, end
    return st


def _next_start(found: _Finder, expected: dict, item: dict, end: int) -> int:
    items = expected["items"]
    k = items.index(item)
    if k + 1 < len(items):
        w = found.find(items[k + 1]["body_start"], end + 1)
        if w:
            return w[0]
    return min(len(found.lines), end + 6)


# ---- the rewrite -----------------------------------------------------------------------------------

def _banner(name: str, n: int, plan: dict) -> str:
    left, right = plan["frame"]
    sp = plan["banner space"]
    part = PARTS[plan["part"]](n)
    gloss = plan["gloss"]
    inner = (part + plan["part space"] if part and plan["part inside"] else "") + name
    if gloss and plan["gloss inside"]:
        inner += " " + gloss
    line = f"{left}{sp}{inner}{sp}{right}" if right else f"{left}{sp}{inner}"
    if part and not plan["part inside"]:
        line = part + plan["part space"] + line
    if gloss and not plan["gloss inside"]:
        line = line.rstrip() + " " + gloss
    return line


def _frame(choose: Choose, settled: bool = False) -> tuple[str, str]:
    kind = choose(("bracket", "same") if settled else ("bracket", "same", "two", "left"))
    times = choose((1, 1, 2, 3))
    if kind == "bracket":
        a, b = choose(brackets())
        return a * min(times, 2), b * min(times, 2)
    a = choose(symbols())
    if kind == "same":
        return a * times, a * times
    if kind == "two":
        b = choose(symbols())
        return a * times, b * times
    return a * times, ""


ASPECTS = ("banner", "number", "source", "space")
NEUTRAL = {"frame": None, "number": None, "sources": None, "indent": "", "trailing": "", "crlf": False,
           "bom": False, "blank": "keep"}


def draw_plan(choose: Choose, is_md: bool, aspects: Sequence[str] = ASPECTS) -> dict:
    """Every choice of one rewrite, drawn through `choose`; the aspects not named keep the issue's own
    forms."""
    plan = dict(NEUTRAL)
    if "banner" in aspects:
        settled = "settled" in aspects  # the suite's banners: the forms the parser reads today (bench/RESULTS.md)
        plan.update({
            "frame": _frame(choose, settled),
            "banner space": choose(SPACES),
            "part": choose(tuple(PARTS)),
            "part space": choose(("", " ", "\u3000")),
            "part inside": True if settled else choose((True, False)),
            "gloss": choose((None, "w", "ww")),
            "gloss inside": True if settled else choose((True, False)),
            "banner heading": choose((True, False)) if is_md else False,
        })
        if plan["gloss"]:
            words = [choose(GLOSS_WORDS) for _ in plan["gloss"]]
            plan["gloss"] = " ".join(w if choose((True, False)) else w.title() for w in words)
    if "number" in aspects:
        plan.update({"number": choose(tuple(NUMBERS)), "number space": choose(("", " ", "\u3000")),
                     "number restart": choose((True, False))})
    if "source" in aspects:
        forms = tuple(SOURCES) + (tuple(UNLABELLED) if "unlabelled" in aspects else ())
        plan.update({"sources": [choose(forms) for _ in range(3)],
                     "source seed": [choose(range(1000)) for _ in range(8)]})
    if "space" in aspects:
        plan.update({"indent": choose(("", "\u3000\u3000", "  ", "    " if not is_md else "  ")),
                     "trailing": choose(("", " ", "\u3000", "\t")), "crlf": choose((False, True)),
                     "bom": choose((False, True)), "blank": choose(("keep", "double"))})
    return plan


def describe(plan: dict) -> list[str]:
    """The forms a plan used, by name, for the report of what failed."""
    names = []
    if plan["frame"]:
        left, right = plan["frame"]
        frame = "left only" if not right else "brackets" if (left[:1], right[:1]) in brackets() else \
            "same glyph" if left == right else "two glyphs"
        names += [f"banner frame: {frame}", f"banner part: {plan['part']}"
                  + (f" ({'inside' if plan['part inside'] else 'outside'})" if plan["part"] != "none" else ""),
                  f"banner gloss: {'none' if not plan['gloss'] else 'inside' if plan['gloss inside'] else 'after'}"]
    if plan["number"]:
        names.append(f"number {plan['number']}")
    names += [f"source {s}" for s in dict.fromkeys(plan["sources"] or ())]
    if plan["indent"] or plan["trailing"] or plan["crlf"] or plan["bom"] or plan["blank"] != "keep":
        names.append(f"space indent={plan['indent']!r} trailing={plan['trailing']!r} crlf={plan['crlf']} "
                     f"bom={plan['bom']} blank={plan['blank']}")
    return names


def apply(text: str, expected: dict, plan: dict, is_md: bool) -> tuple[bytes, list[str]]:
    """The issue rewritten by `plan`, as bytes, and what was changed (line by line)."""
    st = structure(text, expected)
    lines = list(st.lines)
    changed = []
    for n, k in enumerate(sorted(st.banners) if plan["frame"] else (), 1):
        heading = re.match(r"^(#{1,6}\s+)", lines[k])
        new = _banner(st.banners[k], n, plan)
        if is_md and (heading or plan["banner heading"]):
            new = (heading.group(1) if heading else "## ") + new
        # a setext heading's underline goes with the name it underlined
        if k + 1 < len(lines) and re.fullmatch(r"\s*(=+|-{2,})\s*", lines[k + 1]):
            lines[k + 1] = ""
        changed.append(f"banner: {lines[k]!r} -> {new!r}")
        lines[k] = new
    counts: dict[str, int] = {}
    total = 0
    for k in sorted(st.titles) if plan["number"] else ():
        sec, title = st.titles[k]
        total += 1
        counts[sec] = counts.get(sec, 0) + 1
        n = counts[sec] if plan["number restart"] else total
        old = lines[k]
        pre = re.match(r"^(\s*#{1,6}\s+|\s*)", old).group(1)
        bold = "**" if is_md and "**" in old else ""
        number, space = NUMBERS[plan["number"]](n), plan["number space"]
        if title[:1].isdigit() and re.search(r"[0-9A-Za-z.．]$", number) and not space:
            space = " "  # `1.1月…`, `No.12025年…`: glued, no reader could tell the number from the title
        new = f"{pre}{bold}{number}{space}{title}{bold}"
        changed.append(f"title: {old!r} -> {new!r}")
        lines[k] = new
    for j, k in enumerate(sorted(st.sources) if plan["sources"] else ()):
        at, outlet = st.sources[k]
        form = plan["sources"][j % len(plan["sources"])]
        seeds = iter(plan["source seed"][j % 4:])
        pick = lambda options: options[next(seeds, 0) % len(options)]  # noqa: E731 - the plan's own draws
        new = {**SOURCES, **UNLABELLED}[form](outlet, pick)
        before = lines[k][:at].rstrip()
        if before:  # the source ended the last paragraph: it goes on a line of its own
            lines[k] = before + "\n" + ("\n" if is_md else "") + new
        else:
            lines[k] = new
        changed.append(f"source: {outlet!r} -> {new!r} ({form})")
    body = set(range(len(lines))) - set(st.banners) - set(st.titles) - set(st.sources)
    out = []
    for k, line in enumerate(lines):
        if k in body and line.strip() and not _markup_line(line):
            indent = "" if is_md or line[:1].isspace() else plan["indent"]  # a line's own indent kept
            line = indent + line.rstrip() + plan["trailing"]
        out.append(line)
        if plan["blank"] == "double" and not line.strip() and k in body:
            out.append("")
    result = "\n".join(out)
    if plan["crlf"]:
        result = result.replace("\n", "\r\n")
    data = result.encode("utf-8")
    if plan["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data, changed


def _markup_line(line: str) -> bool:
    """A line whose leading characters are Markdown's or a table's (left as they are)."""
    return bool(re.match(r"^\s*(#|\||>|[-*+]\s|\d+\.\s|<|---|\* \* \*|=+$|```)", line))


def mutate(rel: str, choose: Choose, folder: Path, aspects: Sequence[str] = ASPECTS) -> tuple[Path, list[str], dict]:
    """Rewrite the issue `rel` of tests/data by a plan drawn through `choose`, into `folder` under its own
    name; its path, the changes made and the plan."""
    text, expected = read_issue(rel)
    is_md = rel.endswith(".md")
    plan = draw_plan(choose, is_md, aspects)
    data, changed = apply(text, expected, plan, is_md)
    path = folder / Path(rel).name
    path.write_bytes(data)
    return path, changed, plan


def score(path: Path, expected: dict):
    """The parse of `path` scored against its annotation (bench/score_parse.py's scoring)."""
    from score_parse import score_issue
    from score_parse import Score
    from search.errors import CorpusError
    from search.parse.parser import parse_file
    try:
        issue = parse_file(path)  # in this process: no worker pool to start for one file
    except CorpusError as e:
        return Score(expected=len(expected["items"]), issues=1, misses=[f"{path.name}: rejected: {e.reason}"])
    return score_issue(expected, issue)


def annotation(rel: str) -> dict:
    return read_issue(rel)[1]
