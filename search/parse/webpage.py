"""Saved web pages and WeChat articles (.html, .htm) -> blocks: the web page reader of readers.py.

The parser is BeautifulSoup 4 over lxml: a saved page is rarely well-formed (WeChat's exports nest
`<section>`s in `<p>`s and leave tags open), and BeautifulSoup repairs what a browser would, reads
the page's declared encoding (`<meta charset>`, GBK pages included) and walks the tree in document
order; lxml is its fast, well-kept C parser. Both are maintained and widely used, where a
hand-written parser or a regular expression would not survive the next editor's markup.

The article body is `#js_content` (a WeChat public-account article), else `<article>`, `<main>`,
or the element holding the most paragraph text. Scripts, styles, forms, navigation, images, links
that stand alone (阅读原文, the related-article lists with their label: 推荐阅读, 往期推荐) and
whatever follows an `END` line are left out; an image's short alt text (a banner) is kept as text.
Headings are headings with their level, a paragraph that is wholly bold is a title line, list
items are list items, tables keep their cells.
"""
from __future__ import annotations

import re

from search.errors import CorpusError
from search.parse.blocks import Block, classify, clean, table_text

_BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
               "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre", "figure", "figcaption", "center", "body",
               "header", "footer", "aside", "nav", "form", "hr", "address"}
_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "video", "audio",
              "object", "embed", "nav", "form", "button", "input", "select", "textarea", "aside", "head"]
_BOLD_TAGS = {"b", "strong"}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
# Boilerplate containers by their class or id: navigation, sharing, comments, related articles.
_BOILERPLATE = re.compile(r"(?:^|[_\-\s])(?:nav|menu|footer|sidebar|related|recommend|share|comment|"
                          r"toolbar|toobar|breadcrumb|qrcode|advert|ads)(?:[_\-\s\d]|$)", re.I)
_GENERIC_ALT = re.compile(r"^(?:图片?|图像|照片|配图|插图|image|img|photo|picture|pic|二维码|qr\s*code|logo|"
                          r"banner|icon)?\s*[\d\W_]*$", re.I)
_END = re.compile(r"^[\W_]*end[\W_]*$", re.I)  # `- END -`: what follows is the page's closing matter
_HEADING = re.compile(r"^h([1-6])$")


def read_html_blocks(data: bytes, name: str) -> list[Block]:
    """The blocks of a saved web page's article; CorpusError for a page with no text."""
    if not data.strip():
        raise CorpusError(name, "the file is empty")
    from bs4 import BeautifulSoup  # noqa: PLC0415

    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:  # lxml's and bs4's own errors on bytes that are no markup
        raise CorpusError(name, f"not a readable web page ({type(exc).__name__})") from None
    root = _article(soup)
    if root is None:
        raise CorpusError(name, "the web page has no text")
    for tag in root.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed:
            continue
        if _HIDDEN_STYLE.search(tag.get("style", "")) or _boilerplate(tag):
            tag.decompose()
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    blocks = _after_end(_without_link_lists(walker.blocks, walker.link_only))
    if not any(b.kind != "furniture" for b in blocks):
        raise CorpusError(name, "the web page has no text")
    for n, b in enumerate(blocks, 1):
        b.line = b.line or n
    return blocks


def _article(soup):
    """The element holding the article: WeChat's body, `<article>`, `<main>`, or the element with
    the most text in paragraphs of its own."""
    for found in (soup.find(id="js_content"), soup.find("article"), soup.find("main"),
                  soup.find(attrs={"role": "main"})):
        if found is not None and found.get_text(strip=True):
            return found
    best, score = None, 0
    for el in soup.find_all(["div", "section", "td", "body"]):
        own = sum(len(p.get_text(strip=True)) for p in el.find_all("p", recursive=False))
        if own > score:
            best, score = el, own
    if best is not None:
        return best
    body = soup.body or soup
    return body if body.get_text(strip=True) else None


def _boilerplate(tag) -> bool:
    if tag.get("id") == "js_content":
        return False
    names = " ".join(tag.get("class", []) or []) + " " + (tag.get("id") or "")
    return bool(names.strip()) and bool(_BOILERPLATE.search(names))


class _Walker:
    """Walks an element in document order, cutting its text into blocks at block-level tags."""

    def __init__(self):
        self.blocks: list[Block] = []
        self.link_only: set[int] = set()  # indexes of blocks that are wholly a link to another page
        self.pieces: list[tuple[str, bool]] = []  # the current block's text, piece by piece, bold or not
        self.links: list[str] = []  # the text of the current block's links (to other pages)
        self.kind_hint: tuple[str, int | None] | None = None

    def flush(self) -> None:
        text = clean("".join(t for t, _ in self.pieces).replace("\xa0", " "))
        if text:
            kind, clean_text, level = classify(text)
            hint = self.kind_hint
            visible = [(t, b) for t, b in self.pieces if t.strip()]
            if hint is not None and hint[0] == "heading" and kind != "furniture":
                kind, level = ("title" if kind == "list_item" else "heading"), hint[1]
            elif hint is not None and hint[0] == "list_item" and kind == "paragraph":
                kind = "list_item"
            elif kind == "paragraph" and visible and all(b for _, b in visible):
                kind = "title"
            if clean("".join(self.links)) == text:
                self.link_only.add(len(self.blocks))
            self.blocks.append(Block(kind, clean_text, level=level, raw=text))
        self.pieces, self.links = [], []

    def walk(self, el, bold: bool = False, hint: tuple[str, int | None] | None = None, link: bool = False) -> None:
        for child in el.children:
            if isinstance(child, str):
                if type(child).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction", "CData"):
                    continue
                self.pieces.append((str(child), bold))
                if link:
                    self.links.append(str(child))
                continue
            name = child.name
            if name == "br":
                self._block_end(hint)
                continue
            if name == "img":
                self._image(child)
                continue
            if name == "table":
                self._block_end(hint)
                self._table(child)
                continue
            child_bold = bold or name in _BOLD_TAGS or bool(_BOLD_STYLE.search(child.get("style", "")))
            href = child.get("href", "") if name == "a" else ""
            child_link = link or (name == "a" and bool(href) and not href.startswith(("#", "javascript:")))
            if name in _BLOCK_TAGS:
                self._block_end(hint)
                m = _HEADING.match(name)
                child_hint = ("heading", int(m.group(1))) if m else ("list_item", None) if name == "li" else hint
                self.kind_hint = child_hint
                self.walk(child, child_bold, child_hint, child_link)
                self._block_end(child_hint)
                self.kind_hint = hint
            else:
                self.walk(child, child_bold, hint, child_link)

    def _block_end(self, hint) -> None:
        self.flush()
        self.kind_hint = hint

    def _image(self, img) -> None:
        """An image's alt text stays only where it is short text, like a banner's."""
        alt = clean(img.get("alt", "") or "")
        if alt and len(alt) <= 16 and not _GENERIC_ALT.match(alt) and not re.search(r"\.\w{3,4}$", alt):
            self.flush()
            self.blocks.append(Block(*classify(alt)[:2], raw=alt))

    def _table(self, table) -> None:
        rows = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            cells = [clean(td.get_text(" ", strip=True).replace("\xa0", " ")) for td in tr.find_all(["td", "th"])
                     if td.find_parent("table") is table]
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        if len(rows) == 1 or max(len(r) for r in rows) == 1:  # a layout table: its cells are text
            for row in rows:
                for cell in row:
                    if cell:
                        self.blocks.append(Block(*classify(cell)[:2], raw=cell))
            return
        self.blocks.append(Block("table", table_text(rows), cells=rows, raw="\n".join("\t".join(r) for r in rows)))


def _without_link_lists(blocks: list[Block], links: set[int]) -> list[Block]:
    """Blocks that are wholly a link to another page (阅读原文, a related article) left out, with the
    short label just before a run of them (推荐阅读, 往期推荐)."""
    drop = set(links)
    for k in links:
        if k - 1 >= 0 and k - 1 not in links and blocks[k - 1].kind in ("title", "heading") \
                and len(blocks[k - 1].text) <= 8:
            drop.add(k - 1)
    return [b for k, b in enumerate(blocks) if k not in drop]


def _after_end(blocks: list[Block]) -> list[Block]:
    """Everything from an `END` line on is the page's closing matter: furniture."""
    for k, b in enumerate(blocks):
        if _END.match(b.text):
            for later in blocks[k:]:
                later.kind, later.level = "furniture", None
            break
    return blocks
