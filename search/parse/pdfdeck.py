"""A slide deck printed to PDF, read as slides (pdflayout.py, after its furniture).

A deck is known by its shape, not by what it says: four or more pages of one landscape size (16:9, 4:3),
each a slide holding little text (the median page two dozen lines or fewer). On a slide,

- **the band and the running head**: a line in the top or bottom margin set no larger than the body
  (a band with the section's name and the issue, `数字贸易简报 · 2026年第4期`, a footer `协会 │ 3`) is
  furniture, whatever it says: a slide repeats its furniture at one place, the text changing with the
  section or the page number;
- **a source line** belongs to the slide's story wherever it is set (bottom left, top right above the
  heading): it is read after the slide's text;
- **a divider slide** (a section's name alone, perhaps with a part number `PART 01`, `P A R T 0 2`, no
  sentence) opens a section: its name is kept, its ornaments are furniture;
- **a summary heading**: a slide with no source whose text is two or more notes, each opening with its
  day (`2月6日，…`), under one heading (`协会工作简况`, `近期工作`): the heading sums the notes up and
  titles none of them; it is furniture, each note a paragraph of the section.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from search.parse.sources import names_source

if TYPE_CHECKING:
    from search.parse.pdflayout import _Line, _Page

_PAGES = 4  # a deck has a cover, a slide or two of text and a close at least
_LANDSCAPE = 1.2  # width over height: 16:9 is 1.78, 4:3 is 1.33
_LINES = 24  # the median slide holds at most this many printed lines
_TOP, _BOTTOM = 0.1, 0.9  # the margins, as shares of the page's height
_DIVIDER_LINES = 3
_DIVIDER_CHARS = 16
_SENTENCE = re.compile(r"[。！？；，,.!?;]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ENDS = "。！？!?…”」"
_GAP = 1.4  # a gap this many times the lines' spacing sets paragraphs apart
_SOURCE_AT = re.compile(r"\s(?=\S{2,6}[：:])")  # where a key and its colon may begin, after a space
_DAY = re.compile(r"^\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:[至到—\-–～~]\s*\d{1,2}\s*日)?\s*[，,]")


def is_deck(pages: list[_Page]) -> bool:
    """Four or more pages, every one of one landscape size, holding little text each (a slide's heading
    and a few paragraphs: a landscape newsletter in columns holds a hundred lines a page)."""
    if len(pages) < _PAGES:
        return False
    size = (round(pages[0].width), round(pages[0].height))
    counts = sorted(len(p.lines) for p in pages)
    return (all((round(p.width), round(p.height)) == size for p in pages) and size[0] >= _LANDSCAPE * size[1]
            and counts[len(counts) // 2] <= _LINES)


def mark_deck(pages: list[_Page], body: float) -> None:
    """Read a deck's pages as slides (the module's rules); a file of any other shape is left alone.
    `body`: the body's size on the text layer."""
    if not is_deck(pages):
        return
    for page in pages:
        _split_source(page)
        _margins(page, body)
        _source_last(page)
        _divider(page)
        _summary_heading(page, body)
        _gaps(page)
    _closing(pages[-1])


def _content(page: _Page) -> list[_Line]:
    return sorted((ln for ln in page.lines if not ln.furniture), key=lambda ln: (ln.top, ln.x0))


def _split_source(page: _Page) -> None:
    """A running head and a source set on one row (`数字贸易简报 · 2026年第4期　信息提供：X`) come as one
    line: the source, from its key on, is a line of its own, at the right of the row."""
    for ln in list(page.lines):
        m = _SOURCE_AT.search(ln.text)
        if m is None or not names_source(ln.text[m.start():]) or names_source(ln.text):
            continue
        share = m.start() / max(1, len(ln.text))
        cut = ln.x0 + share * (ln.x1 - ln.x0)
        source = replace(ln, text=ln.text[m.start():].strip(), x0=cut)
        ln.text, ln.x1 = ln.text[:m.start()].rstrip(), cut
        page.lines.insert(page.lines.index(ln) + 1, source)
        if page.columns is not None:
            for _, column in page.columns:
                if any(it is ln for it in column):
                    column.insert(next(k for k, it in enumerate(column) if it is ln) + 1, source)


def _margins(page: _Page, body: float) -> None:
    for ln in page.lines:
        in_margin = ln.top < _TOP * page.height or ln.bottom > _BOTTOM * page.height
        if in_margin and ln.size <= 1.05 * body and not names_source(ln.text):
            ln.furniture = True


def _source_last(page: _Page) -> None:
    """A source line set above or beside the slide's text is read after it."""
    content = _content(page)
    sources = [ln for ln in content if names_source(ln.text)]
    if not sources or sources[-1] is content[-1] and len(sources) == 1:
        return
    last = max(ln.bottom for ln in content)
    for k, ln in enumerate(sources):
        height = ln.bottom - ln.top
        ln.top, ln.bottom = last + 1 + k * height, last + 1 + (k + 1) * height
    if page.columns is not None:  # reading order already set: move the lines to the end of their columns
        for k, (full, column) in enumerate(page.columns):
            moved = [it for it in column if any(it is s for s in sources)]
            if moved:
                page.columns[k] = (full, [it for it in column if all(it is not s for s in sources)] + moved)


def _divider(page: _Page) -> None:
    """A section's name alone on its slide, with ornaments: the name is kept, the rest is furniture."""
    content = _content(page)
    if not content or len(content) > _DIVIDER_LINES or page.tables:
        return
    texts = [re.sub(r"\s+", "", ln.text) for ln in content]
    if any(_SENTENCE.search(t) or len(t) > _DIVIDER_CHARS for t in texts):
        return
    named = [ln for ln, t in zip(content, texts) if len(_HAN.findall(t)) >= 2]
    if len(named) != 1:
        return
    for ln in content:
        if ln is not named[0]:
            ln.furniture = True
    named[0].banner = True


def _closing(page: _Page) -> None:
    """The last slide, with no sentence on it (`谢谢阅读`, `欢迎指正` and who sends the deck): a closing."""
    content = _content(page)
    if content and len(content) <= _DIVIDER_LINES and not page.tables \
            and not any(_SENTENCE.search(ln.text) or names_source(ln.text) for ln in content):
        for ln in content:
            ln.furniture = True


def _gaps(page: _Page) -> None:
    """A slide's paragraph ends at a sentence's end followed by a gap wider than its lines' spacing,
    and at the slide's last line: no text runs on from one note to the next, nor from slide to slide."""
    content = [ln for ln in _content(page) if _HAN.search(ln.text)]
    pitches = [b.top - a.top for a, b in zip(content, content[1:]) if b.top > a.top]
    if not pitches:
        return
    pitch = min(pitches)
    for a, b in zip(content, content[1:] + [None]):
        if a.text.rstrip()[-1:] in _ENDS and (b is None or b.top - a.top > _GAP * pitch):
            a.ends = True


def _summary_heading(page: _Page, body: float) -> None:
    content = _content(page)
    if len(content) < 3 or any(names_source(ln.text) for ln in content):
        return
    head, rest = content[0], content[1:]
    if head.size < 1.1 * body or any(ln.size > 1.05 * body for ln in rest):
        return
    if _DAY.match(rest[0].text) and sum(1 for ln in rest if _DAY.match(ln.text)) >= 2:
        head.furniture = True
