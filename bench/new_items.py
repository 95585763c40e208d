"""The annotated items of the held-out issues in tests/data/new/, as (key, text, orgs) for scoring
(bench/bench_orgs.py, tests/test_orgs.py). In bench/, which imports nothing from tests/.

Each `X.expected.json` names its file and, per item, the first and last 12 characters of its body
counted without whitespace and markup (see tests/data/new/ANNOTATION.md). The body is found by
those anchors in the file's own text, read here directly (pdfplumber, python-docx), not through
the parser: the organisation extractor is scored on the text a correct parser would give it, the
item's title and body. PDF page furniture (a line repeated on several pages, a page number) is
left out.
"""
from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path

NEW = Path(__file__).resolve().parent.parent / "tests" / "data" / "new"
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_LEAD_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|[-*+]\s+|[●•]\s*|\d+\.\s+)")


def _lines(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        import pdfplumber  # noqa: PLC0415
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        with pdfplumber.open(path) as pdf:
            pages = [(page.extract_text() or "").splitlines() for page in pdf.pages]
        seen = Counter(line.strip() for page in pages for line in set(page))
        return [line for page in pages for line in page
                if not (len(pages) > 1 and seen[line.strip()] > 1 and len(line.strip()) < 60)
                and not re.fullmatch(r"\s*(?:第?\s*\d+\s*页?|\d+\s*/\s*\d+)\s*", line)]
    if path.suffix == ".docx":
        import docx  # noqa: PLC0415
        document = docx.Document(str(path))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            lines += [" ".join(cell.text for cell in row.cells) for row in table.rows]
        return lines
    return path.read_text(encoding="utf-8").splitlines()


def _squashed(lines: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text without whitespace and markup, and where each of its characters was (line, column)."""
    chars, where = [], []
    for n, line in enumerate(lines):
        if _TABLE_RULE.match(line) and "|" in line:
            continue
        m = _LEAD_MARKUP.match(line)
        col = m.end() if m else 0
        clean = line[col:]
        for k, ch in enumerate(clean):
            if ch.isspace() or ch in "|" or clean.startswith("**", k) or clean[k - 1:k + 1] == "**":
                continue
            chars.append(ch)
            where.append((n, col + k))
    return "".join(chars), where


def _normalize(line: str) -> str:
    """Whitespace as the parser keeps it: a space only between two Latin letters or digits."""
    def keep(m: re.Match) -> str:
        left, right = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        return " " if re.fullmatch("[A-Za-z0-9]", left or "_") and re.fullmatch("[A-Za-z0-9]", right or "_") else ""
    return re.sub(r"\s+", keep, line).strip()


def _text(lines: list[str], first: tuple[int, int], last: tuple[int, int]) -> str:
    """The original text from `first` to `last` inclusive, lines joined, whitespace as the parser keeps it."""
    normalize = _normalize
    (l0, c0), (l1, c1) = first, last
    part = [lines[l0][c0:]] if l0 < l1 else [lines[l0][c0:c1 + 1]]
    part += lines[l0 + 1:l1] + ([lines[l1][:c1 + 1]] if l1 > l0 else [])
    return "".join(normalize(line.replace("**", "").replace("|", " ")) for line in part)


def items() -> list[tuple[str, str, list[str]]]:
    out = []
    for expected in sorted(NEW.glob("*.expected.json")):
        annotation = json.loads(expected.read_text(encoding="utf-8"))
        lines = _lines(NEW / annotation["file"])
        flat, where = _squashed(lines)
        pos = 0
        for n, item in enumerate(annotation["items"], 1):
            start = flat.find(item["body_start"], pos)
            end = flat.find(item["body_end"], max(start, 0)) + len(item["body_end"]) - 1
            if start < 0 or end < start:
                raise ValueError(f"{annotation['file']} item {n}: body anchors not found")
            pos = end + 1
            body = _text(lines, where[start], where[end])
            text = "\n".join(filter(None, [item.get("title"), body]))
            out.append((f"{expected.name.split('.')[0]}#{n}", text, item["orgs"]))
    return out
