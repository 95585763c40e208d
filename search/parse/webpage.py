"""Saved web pages and WeChat articles (.html, .htm) -> blocks: the web page reader of readers.py.

The parser is BeautifulSoup 4 over lxml: a saved page is rarely well-formed (WeChat's exports nest
`<section>`s in `<p>`s and leave tags open), and BeautifulSoup repairs what a browser would and walks
the tree in document order; lxml is its fast, well-kept C parser. Both are maintained and widely
used, where a hand-written parser or a regular expression would not survive the next editor's markup.
The bytes are decoded first (webstyle.decode_page: the declared encoding, GBK and Big5 included, or
charset-normalizer's guess where none is declared).

A frame's written-in document is read in its place, and a web app's shell from its JSON state
(webembed.py). The article is `#js_content` (a WeChat article), else the element the running text is
in, with the title above it (webmain.py). Scripts, styles, forms, navigation, images and hidden elements are left
out; so are footnotes, their marks and their list (webnotes.py); so are blocks that are mostly links (menus, 阅读原文, related articles, 上一篇) with the short label
before them (推荐阅读, 往期推荐), whatever follows an `END` line, and the prompts after the last of
the text (a QR code's caption, 长按识别二维码). An image's short alt text (a banner) is kept as text, and so are the few words of a banner drawn as an SVG.
Headings keep their level; a paragraph that is wholly bold is a title line, and its look (centred,
boxed, its size) is its level, so banners and story titles set apart by their look stay apart;
lists are list items; tables and grids drawn with CSS keep their cells (webgrid.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.errors import CorpusError
from search.limits import HTML_DEPTH, HTML_ELEMENTS
from search.parse.blocks import Block, classify, clean, table_text
from search.parse.webgrid import Grid, div_grid, layout_table, table_grid, text_of
from search.parse.sources import image_credit
from search.parse.webfinish import Seen, dated, finish
from search.parse.webembed import app_state, inline_frames, shows_little
from search.parse.webmain import main_content
from search.parse.webnotes import drop_notes
from search.parse.webstyle import Sheet, decode_page

_BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
               "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre", "figure", "figcaption", "center", "body",
               "header", "footer", "aside", "nav", "form", "hr", "address", "tr", "td", "th", "tbody", "thead"}
_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "video", "audio",
              "object", "embed", "nav", "form", "button", "input", "select", "textarea", "aside", "head"]
_BOLD_TAGS = {"b", "strong"}
_GENERIC_ALT = re.compile(r"^(?:图片?|图像|照片|配图|插图|image|img|photo|picture|pic|二维码|qr\s*code|logo|"
                          r"banner|icon)?\s*[\d\W_]*$", re.I)
# a picture of a rule, by what its alt says it is (`分割线`, `分隔符`, `装饰线`, `divider`)
_RULE_ALT = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:分[割隔]线?|分隔符|横线|装饰线|花边)|divider|separator|"
                       r"(?:horizontal\s*)?(?:rule|line)|hr)\s*[\d\W_]*$", re.I)
_HEADING = re.compile(r"^h([1-6])$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BADGE = re.compile(r"^(?:no|part|vol)?[.．\s]*\d{1,2}[.．]?$", re.I)  # `01`, `PART 2`, `No.3`
_COUNT = re.compile(r"^\d{1,2}[.．、]?$")  # a bare count (`1`, `2.`): not `01`, which a banner's number is written as
_ROW_CHARS = 40  # a row laid side by side with no more text than this is one line (`01 行业资讯`)
_SVG_WORDS, _SVG_CHARS = 3, 24  # a drawing with no more words than these is a banner's, not a chart's
_BOX_CHARS = 30  # a box drawn around no more text than this is a banner's or a title's


@dataclass(frozen=True)
class _Ink:
    """How the text being walked is set."""

    bold: bool = False
    link: bool = False
    size: float | None = None
    box: bool = False
    light: bool = False  # light letters (white on a coloured pill)
    chip: int | None = None  # the badge (a shape holding one or two characters) the text is in, by its id


_SPACE = re.compile(r"\s+")
_NOT_TEXT = ("Comment", "Doctype", "Declaration", "ProcessingInstruction", "CData")
_CHIP_CHARS = 2  # a badge holds a character or two: `数` `据` `月` `报` each in its circle
_BADGE_ROW_CHARS = 12  # a row of badges names a section: a short name


def _short_text(el, limit: int) -> str:
    """An element's text without spaces, read no further than one character past `limit` (most
    elements hold more: a paragraph is not read to its end to learn it is no badge)."""
    out = ""
    for piece in el.strings:
        if type(piece).__name__ not in _NOT_TEXT:
            out += _SPACE.sub("", piece)
            if len(out) > limit:
                return out[:limit + 1]
    return out


def _badges(visible: list[tuple[str, _Ink]]) -> str | None:
    """The text of a line drawn as a row of badges, each a shape holding a character or two (`数` `字`
    `政` `务`, each in its own circle), joined: one name, whatever the editor's markup; else None."""
    chips = {ink.chip for _, ink in visible}
    text = "".join(_SPACE.sub("", t) for t, _ in visible)
    if None in chips or len(chips) < 2 or len(_HAN.findall(text)) < 2:
        return None
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_START_TAG = re.compile(r"<[A-Za-z]")  # an element's start tag (no end tag, comment or doctype)


def _too_many_elements(page: str) -> int | None:
    """The number of start tags of a page that has more than `HTML_ELEMENTS`, else None; counted
    on the text, before the page is parsed (parsing and walking cost each element's time)."""
    count = len(_START_TAG.findall(page))
    return count if count > HTML_ELEMENTS else None


def _depth(soup) -> int:
    """How deep the page's elements nest, walked without recursion."""
    deepest, stack = 0, [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in getattr(tag, "contents", ()) if child.name)
    return deepest


def _svg_words(soup, drawing) -> None:
    """A drawing that holds a few short words (a banner drawn as an SVG: `行业资讯` in a `<text>` over a
    faint `01`) is read as those words, a line each, in its place; a chart's many labels are not."""
    words = [w for t in drawing.find_all("text") if (w := _SPACE.sub(" ", t.get_text("")).strip())]  # tspans joined
    if not words or len(words) > _SVG_WORDS or sum(len(w) for w in words) > _SVG_CHARS:
        return
    box = soup.new_tag("section")
    for w in words:
        line = soup.new_tag("p")
        line.string = w
        box.append(line)
    drawing.replace_with(box)


def read_html_blocks(data: bytes, name: str, *, state: bool = True) -> list[Block]:
    """The blocks of a saved web page's article; CorpusError for a page with no text. `state`: read
    a web app's JSON state where the page shows only its shell (not again in the state's own page)."""
    if not data.strip():
        raise CorpusError(name, "文件是空的")
    from bs4 import BeautifulSoup  # noqa: PLC0415

    page = decode_page(data)
    if len(_CONTROL.findall(page)) > max(2, len(page) // 200):  # NUL and other control bytes: no page saved
        raise CorpusError(name, "是二进制数据，不是网页")
    if (count := _too_many_elements(page)) is not None:
        raise CorpusError(name, f"网页的元素太多（{count:,} 个标签，上限 {HTML_ELEMENTS:,} 个），"
                                "不像保存下来的文章", limit=HTML_ELEMENTS)
    try:
        soup = BeautifulSoup(page, "lxml")
    except Exception:  # lxml's and bs4's own errors on bytes that are no markup
        raise CorpusError(name, "不是可以读取的网页：HTML 无法解析（文件被截断或不是网页）") from None
    inline_frames(soup, len(_START_TAG.findall(page)))
    held = app_state(soup, name) if state else None
    if _depth(soup) > HTML_DEPTH:  # the walk below is recursive and costly on each level
        raise CorpusError(name, f"网页的标签嵌套太深（超过 {HTML_DEPTH} 层），不像保存下来的文章",
                          limit=HTML_DEPTH)
    sheet = Sheet(soup)
    for box in soup.find_all("input", attrs={"type": re.compile("^checkbox$", re.I)}):
        box.replace_with("[x] " if box.has_attr("checked") else "[ ] ")  # a to-do list's box, as Markdown writes it
    for drawing in soup.find_all("svg"):
        _svg_words(soup, drawing)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    if held is not None and shows_little(soup, held[1]):  # an app's shell: its article is in its state
        return read_html_blocks(held[0].encode("utf-8"), name, state=False)
    drop_notes(soup)
    for tag in soup.find_all(True):
        if not tag.decomposed and sheet.hidden(tag):
            tag.decompose()
    root, lead, between = main_content(soup)
    if root is None:
        raise CorpusError(name, "网页里没有文字")
    walker = _Walker(sheet)
    for tag in lead:
        walker.walk_one(tag)
    start = len(walker.blocks)
    walker.walk(root, _Ink())
    walker.flush()
    if between and not dated(walker.blocks[start:]):
        # the article prints no date of its own above its text: the page's date of publication
        # (`2026年5月29日 18:02` under a WeChat title) is the only one there is
        article, walker.blocks[start:] = walker.blocks[start:], []
        seen, walker.seen[start:] = walker.seen[start:], []
        for tag in between:
            walker.walk_one(tag)
        walker.blocks += article
        walker.seen += seen
    blocks = finish(walker.blocks, walker.seen)
    if not any(b.kind != "furniture" for b in blocks):
        raise CorpusError(name, "网页里没有文字")
    for n, b in enumerate(blocks, 1):
        b.line = b.line or n
    return blocks


class _Walker:
    """Walks an element in document order, cutting its text into blocks at block-level tags."""

    def __init__(self, sheet: Sheet):
        self.sheet = sheet
        self.blocks: list[Block] = []
        self.seen: list[Seen] = []
        self.pieces: list[tuple[str, _Ink]] = []  # the current block's text, piece by piece
        self.hint: tuple[str, int | None] | None = None
        self.align: str | None = None  # the alignment of the block being read ("right", "center")
        self.image = False  # an image without text since the last block

    def add(self, block: Block, seen: Seen | None = None) -> None:
        seen = seen or Seen()
        seen.after_image, self.image = self.image, False
        self.blocks.append(block)
        self.seen.append(seen)

    def flush(self, whole: bool = True) -> None:
        """The text read since the last block as a block; `whole` where an element ends it (a line
        break inside a paragraph does not: the line may run on into the next)."""
        text = clean(re.sub(r"[\r\n]+", " ", "".join(t for t, _ in self.pieces).replace("\xa0", " ")))
        visible = [(t, ink) for t, ink in self.pieces if t.strip()]
        self.pieces = []
        if not text:
            return
        badges = _badges(visible)
        text = badges or text
        kind, clean_text, level = classify(text)
        hint = self.hint
        if hint is not None and hint[0] == "heading" and kind != "furniture":
            kind, level = ("title" if kind == "list_item" else "heading"), hint[1]
        elif hint is not None and hint[0] == "list_item" and kind == "paragraph":
            kind = "list_item"
        sizes = [ink.size for _, ink in visible if ink.size]
        look = (self.align, all(ink.box for _, ink in visible), max(sizes) if sizes else None,
                all(ink.light for _, ink in visible))
        if kind in ("paragraph", "title") and visible and (badges or all(ink.bold for _, ink in visible)) and (
                hint is None or hint[0] != "heading"):
            kind = "title"  # a bold line, or a row of badges a character each: a banner's or a title's look
        linked = sum(len(t.strip()) for t, ink in visible if ink.link) / max(1, sum(len(t.strip()) for t, _ in visible))
        self.add(Block(kind, clean_text, level=level, raw=text, align=self.align, whole=whole), Seen(look, linked))

    def walk_one(self, tag) -> None:
        """Read one element as a block of its own (the article's title above it)."""
        self.flush()
        m = _HEADING.match(tag.name)
        self.hint = ("heading", int(m.group(1))) if m else None
        self.walk(tag, _Ink())
        self.flush()
        self.hint = None

    def walk(self, el, ink: _Ink, inline: bool = False) -> None:
        centred = self.sheet.centres_children(el)
        for child in el.children:
            if isinstance(child, str):
                if type(child).__name__ in _NOT_TEXT:
                    continue
                self.pieces.append((str(child), ink))
                continue
            name = child.name
            if name == "br":
                self.pieces.append((" ", ink)) if inline else self.flush(whole=False)
            elif name == "img":
                self._image(child, inline, ink)
            elif name == "table" and not inline:
                self.flush()
                self._table(child)
            elif name in _BLOCK_TAGS and not inline:
                self._block(child, self._ink(child, ink), centred)
            else:
                if inline and name in _BLOCK_TAGS:
                    self.pieces.append((" ", ink))
                self.walk(child, self._ink(child, ink), inline)

    def _ink(self, tag, ink: _Ink) -> _Ink:
        sheet = self.sheet
        href = tag.get("href", "") or "" if tag.name == "a" else ""
        return _Ink(bold=ink.bold or tag.name in _BOLD_TAGS or sheet.bold(tag),
                    link=ink.link or (bool(href) and not href.startswith("#")),
                    size=sheet.size(tag) or ink.size,
                    box=ink.box or (sheet.boxed(tag) and len(tag.get_text(strip=True)) <= _BOX_CHARS),
                    light=ink.light if sheet.light(tag) is None else sheet.light(tag),
                    chip=id(tag) if sheet.shaped(tag) and 1 <= len(_short_text(tag, _CHIP_CHARS)) <= _CHIP_CHARS
                    else ink.chip)

    def _block(self, child, ink: _Ink, centred: bool) -> None:
        self.flush()
        outer_hint, outer_align = self.hint, self.align
        m = _HEADING.match(child.name)
        self.hint = ("heading", int(m.group(1))) if m else ("list_item", None) if child.name == "li" else outer_hint
        self.align = self.sheet.align(child) or ("center" if centred else None) or outer_align
        badges = self._badge_row(child)
        grid = None if child.name in ("ul", "ol", "dl", "tr") or badges else div_grid(child, self.sheet)
        if badges:  # one line, though a badge may hold its character in a paragraph of its own (秀米's)
            self.walk(child, ink, inline=True)
        elif grid is not None:
            self._grid(grid, numeric_only=True)
        elif self.sheet.row(child) and len(text_of(child)) <= _ROW_CHARS:
            self._row(child, ink)
        else:
            self.walk(child, ink)
        self.flush()
        self.hint, self.align = outer_hint, outer_align

    def _badge_row(self, el) -> bool:
        """Is all the text of an element in badges side by side, two at least, each a shape of its own
        holding a character or two (`数` `字` `政` `务`, each in its circle), whatever nests them?"""
        text = _short_text(el, _BADGE_ROW_CHARS)
        if not 2 <= len(text) <= _BADGE_ROW_CHARS or len(_HAN.findall(text)) < 2:
            return False
        count, stack = 0, [el]
        while stack:
            tag = stack.pop()
            for child in tag.children:
                if type(child).__name__ in _NOT_TEXT:
                    continue
                own = _SPACE.sub("", child if isinstance(child, str) else child.get_text())
                if not own:
                    continue
                if isinstance(child, str):
                    return False  # text outside any badge
                if len(own) <= _CHIP_CHARS and self.sheet.shaped(child):
                    count += 1
                else:
                    stack.append(child)
        return count >= 2

    def _row(self, row, ink: _Ink) -> None:
        """Cells side by side with little text: one printed line, without the number badge drawn
        beside a name (`01` in a circle, then `数据月报`)."""
        kids = [k for k in row.children if not isinstance(k, str) or k.strip()]
        texts = [text_of(k) if not isinstance(k, str) else clean(k) for k in kids]
        named = [t for t in texts if len(_HAN.findall(t)) >= 2]
        for kid, text in zip(kids, texts):
            if named and _BADGE.match(text):
                continue
            if isinstance(kid, str):
                self.pieces.append((str(kid), ink))
            else:
                self.pieces.append((" ", ink))
                self.walk(kid, self._ink(kid, ink), inline=True)

    def _image(self, img, inline: bool, ink: _Ink) -> None:
        """An image's alt text stays only where it is short text, like a banner's."""
        alt = clean(img.get("alt", "") or "")
        if _RULE_ALT.match(alt) and not inline:  # a rule drawn as a picture (`分割线`): it parts stories
            self.flush()
            self.add(Block("furniture", "———", raw="———", whole=True), Seen(alt=True))
            return
        if not (alt and len(alt) <= 16 and not _GENERIC_ALT.match(alt) and not re.search(r"\.\w{3,4}$", alt)) \
                or image_credit(alt):  # `会员单位供图`: who gave the picture, no text of the page
            holder = next((p for p in img.parents if p.name in _BLOCK_TAGS), None)
            # a picture standing alone in its block; one beside text is an icon of that text
            self.image = self.image or (not inline and (holder is None or not holder.get_text(strip=True)))
            return
        if inline:
            self.pieces.append((alt, ink))
            return
        near = next((p for p in img.parents if p.get_text(strip=True)), None)
        if near is not None and len(clean(near.get_text())) <= 24 and len(_HAN.findall(near.get_text())) >= 2:
            return  # an icon in the box of a short line of its own (a 秀米 banner's): the line names it
        self.flush()
        self.add(Block(*classify(alt)[:2], raw=alt, whole=True), Seen(alt=True))

    def _table(self, table) -> None:
        grid = None if layout_table(table) else table_grid(table)
        if grid is None or len(grid.rows) == 1 or len(grid.rows[0]) == 1:
            if grid is not None and len(grid.rows) == 1 and len(grid.rows[0]) == 1 and not grid.before \
                    and len(grid.rows[0][0]) <= 12:  # a short name boxed alone: a banner
                self.add(Block("table", grid.rows[0][0], cells=grid.rows, raw=grid.rows[0][0], whole=True))
                return
            self._layout(table)  # a table that lays out the page: its cells are text
            return
        self._grid(grid, numeric_only=False)

    def _layout(self, table) -> None:
        for tr in [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]:
            cells = tr.find_all(["td", "th"], recursive=False)
            texts = [_short_text(td, _ROW_CHARS) for td in cells]
            for td, text in zip(cells, texts):
                if _COUNT.match(text) and any(t and not _COUNT.match(t) for t in texts):
                    continue  # a story's number in a cell beside its title (`1` | title): the title alone
                self._block(td, self._ink(td, _Ink()), False)

    def _grid(self, grid: Grid, numeric_only: bool) -> None:
        """A grid's cells as a table; a grid of text in columns (no figures) drawn with CSS is read
        as lines, its columns apart by a wide gap, as a printed page would set them."""
        for line in grid.before:
            self.add(Block(*classify(line)[:2], raw=line, align=self.align, whole=True))
        if grid.numeric or not numeric_only:
            raw = "\n".join("\t".join(r) for r in grid.rows)
            self.add(Block("table", table_text(grid.rows), cells=grid.rows, raw=raw, whole=True))
        else:
            for row in grid.rows:
                line = "\u3000\u3000".join(c for c in row if c)
                self.add(Block(*classify(line)[:2], raw=line, whole=True))
        for line in grid.after:
            self.add(Block(*classify(line)[:2], raw=line, whole=True))
