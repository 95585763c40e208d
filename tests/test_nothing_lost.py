"""Nothing lost, on every file of the tests: every non-blank character of the file lands in an item
(title, body, source), the header, the table of contents and section headings, or page furniture.

Text files are compared with their own characters, Markdown and bullet markup aside; PDF and Word
files with what pdfplumber and python-docx say they hold, independently of jianbao's readers.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from search.parse.parser import parse_file, parse_files
from test_drift import make_chromium_pdf, make_word
from test_readers import CJK_FONT, make_docx, make_pdf

DATA = Path(__file__).resolve().parent / "data"
HELD_OUT = sorted(p for p in (DATA / "new").glob("*") if p.with_suffix(".expected.json").exists()) \
    if (DATA / "new").is_dir() else []  # the annotated issues, not the folder's notes
TEXT_FILES = sorted(p for folder in ("corpus", "drift") for p in (DATA / folder).iterdir()
                    if p.suffix in (".txt", ".md")) + [p for p in HELD_OUT if p.suffix in (".txt", ".md")]
BINARY_FILES = [p for p in HELD_OUT if p.suffix in (".pdf", ".docx")]
_MARKUP = str.maketrans("", "", "#*|●•▪◆■·\uf06c")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-{2,}[\s:|-]*\|?\s*$")


def _chars(text: str) -> Counter:
    text = unicodedata.normalize("NFKC", text).translate(_MARKUP)
    return Counter(c for c in text if not c.isspace())


def accounted(issue) -> Counter:
    parts = issue.header + issue.skeleton + issue.furniture
    for item in issue.items:
        parts += [item.body, *item.consumed]
    return _chars("\n".join(parts))


def text_file_chars(path: Path) -> Counter:
    lines = []
    for line in path.read_text(encoding="utf-8-sig").split("\n"):
        if "|" in line and _TABLE_RULE.match(line):
            continue  # a Markdown table's rule row
        lines.append(_unbullet(line))
    return _chars("\n".join(lines))


def pdf_chars(path: Path) -> Counter:
    import pdfplumber

    from search.parse.pdf import quiet_pdfminer
    with quiet_pdfminer(), pdfplumber.open(path) as pdf:
        lines = [ln["text"] for page in pdf.pages for ln in page.extract_text_lines()]
    return _chars("\n".join(_unbullet(ln) for ln in lines))


def _unbullet(line: str) -> str:
    """A list line without its `- ` mark (markup, as `#` and `**` are)."""
    return re.sub(r"^\s*[-+*]\s", "", line)


def docx_chars(path: Path) -> Counter:
    import docx
    from docx.table import Table
    texts = []
    for element in docx.Document(str(path)).iter_inner_content():
        if isinstance(element, Table):
            for row in element.rows:
                seen = []
                for cell in row.cells:
                    if not seen or cell._tc is not seen[-1]._tc:
                        seen.append(cell)
                texts += [c.text for c in seen]
        else:
            texts.append(_unbullet(element.text))
    return _chars("\n".join(texts))


def _binary_chars(path: Path) -> Counter:
    return pdf_chars(path) if path.suffix == ".pdf" else docx_chars(path)


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_nothing_lost_in_text_files(path):
    issues, errors = parse_files([path])
    assert errors == []
    assert accounted(issues[0]) == text_file_chars(path)


@pytest.mark.parametrize("path", BINARY_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_nothing_lost_in_pdf_and_word_files(path):
    assert accounted(parse_file(path)) == _binary_chars(path)


@pytest.mark.parametrize("name", ["000_5858f990df9ebe1c.txt", "004_564c34face9b9b2b.txt"])
def test_nothing_lost_in_the_pdf_and_word_fixtures(tmp_path, name):
    if not CJK_FONT.exists():
        pytest.skip(f"the CJK font {CJK_FONT} is not installed")
    text = (DATA / "corpus" / name).read_text(encoding="utf-8")
    for path in (make_docx(text, tmp_path / "f.docx"), make_pdf(text, tmp_path / "f.pdf")):
        assert accounted(parse_file(path)) == _binary_chars(path), path.name


def test_nothing_lost_in_word_with_styles_and_a_chromium_pdf(tmp_path):
    word = make_word(tmp_path / "w.docx")
    assert accounted(parse_file(word)) == docx_chars(word)
    if Path("/usr/bin/chromium").exists():
        pdf = make_chromium_pdf(tmp_path / "c.pdf")
        assert accounted(parse_file(pdf)) == pdf_chars(pdf)
