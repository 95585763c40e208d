"""OFD (GB/T 33190-2016 版式文档) -> blocks: the fixed-layout format Chinese official-document (公文/OA)
systems export, read through the PDF reader's layout (readers.py calls it for `.ofd`).

An OFD is a zip: `OFD.xml` names the document (`DocBody/DocRoot`, `Doc_0/Document.xml`), which
names its page size (`CommonData/PageArea/PhysicalBox`, mm), its resources (`PublicRes`,
`DocumentRes`: the fonts), its templates (`TemplatePage`: what every page that names one prints, a
running head or a page number: furniture, left out) and its pages in order (`Pages/Page BaseLoc`),
each a `Content.xml` of layers of text and path units. ofdpage.py turns a page's units into a page
in pdfplumber's shapes; from there the page is read as a PDF page is (pdf.py: regions and columns,
tables ruled or not, frames, then pdflayout.py: headings by size, furniture, lines rejoined).

Every upload is hostile: the zip's parts are bounded as a Word file's are (limits.ZIP_ENTRIES,
UNZIPPED_BYTES, UNZIP_RATIO), its pages as a PDF's (limits.PDF_PAGES), its glyphs and drawing units
all together (limits.OFD_UNITS); the XML is parsed without a DTD, entities or the network; a part is
looked up by its name inside the zip only (a `..` out of it names nothing).
"""
from __future__ import annotations

import io
import posixpath
import zipfile

from search import limits
from search.errors import CorpusError
from search.parse.blocks import Block
from search.parse.zipcheck import check_zip

__all__ = ["read_ofd_blocks", "is_ofd"]

_A4 = (0.0, 0.0, 210.0, 297.0)
_LARGEST_MM = 5000.0  # a page side past this is no page: the default size is taken


def is_ofd(names) -> bool:
    """A zip holding `OFD.xml` at its root is an OFD."""
    return "OFD.xml" in set(names)


def read_ofd_blocks(data: bytes, name: str) -> list[Block]:
    """The blocks of an OFD file; CorpusError naming what is wrong for one that is not readable."""
    from search.parse.pdf import _pages_blocks, _read_page  # the PDF reader's own page and layout steps

    if not data.strip():
        raise CorpusError(name, "文件是空的")
    package = _Package(data, name)
    pages = []
    try:
        for number, page in enumerate(package.pages(), 1):
            pages.append(_read_page(page, number, _NoScan(), before=pages[-1].sheet if pages else None))
    except CorpusError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged page is refused with a reason, never a traceback
        raise CorpusError(name, f"无法读取的 OFD 页面（{type(exc).__name__}）") from None
    if not any(ln.text.strip() for p in pages for ln in p.lines) and not any(p.tables or p.sheet for p in pages):
        raise CorpusError(name, "OFD 里没有文字（只有图片的 OFD 还不能识别：请导出为 PDF）")
    return _pages_blocks(pages)


class _NoScan:
    """The PDF reader's scanner for an OFD page: no images are recognised."""

    def page(self, page):
        return [], (page.width, page.height)

    def regions(self, page):
        return []


class _Package:
    """The parts of an OFD, checked and parsed on demand."""

    def __init__(self, data: bytes, name: str):
        self.name = name
        self.used = 0
        parts = check_zip(data, name, kind="OFD 文件", code="ofd_bomb", usual="")
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = {p.filename for p in parts}
        if not is_ofd(self.names):
            raise CorpusError(name, "不是 OFD 文件（压缩包里没有 OFD.xml）")

    def budget(self, count: int) -> None:
        self.used += count
        if self.used > limits.OFD_UNITS:
            raise CorpusError(self.name, f"OFD 的文字和图形太多（超过 {limits.OFD_UNITS:,} 个），不像一期简报",
                              code="ofd_too_many_objects", limit=limits.OFD_UNITS)

    def xml(self, part: str | None, what: str):
        from lxml import etree

        if part is None or part not in self.names:
            raise CorpusError(self.name, f"OFD 文件不完整：缺少{what}（{part or '没有写明位置'}）")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        try:
            return etree.fromstring(self.zip.read(part), parser=parser)
        except (etree.XMLSyntaxError, ValueError):
            raise CorpusError(self.name, f"OFD 的{what}（{part}）不是有效的 XML") from None
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
            raise CorpusError(self.name, f"OFD 的{what}（{part}）无法解压") from None

    def pages(self):
        """The document's pages, in order, as pdfplumber-shaped pages."""
        from search.parse.ofdpage import Sink, numbers, page_of

        root = self.xml("OFD.xml", "入口文件")
        doc_root = next((el.text.strip() for el in root.iter() if _local(el) == "DocRoot" and el.text), None)
        doc_part = _resolve("", doc_root)
        document = self.xml(doc_part, "文档描述（Document.xml）")
        base = posixpath.dirname(doc_part)
        common = _first(document, "CommonData")
        default_box = _box(numbers(_text(_first(common, "PhysicalBox")))) if common is not None else _A4
        fonts = self._fonts(common, base)
        templates = {t.get("ID"): _resolve(base, t.get("BaseLoc"))
                     for t in (common.iter() if common is not None else ()) if _local(t) == "TemplatePage"}
        listed = _first(document, "Pages")
        entries = [p for p in listed if _local(p) == "Page"] if listed is not None else []
        if len(entries) > limits.PDF_PAGES:
            raise CorpusError(self.name, f"有 {len(entries)} 页，不像一期简报（最多 {limits.PDF_PAGES} 页）",
                              code="ofd_too_many_pages", limit=limits.PDF_PAGES)
        if not entries:
            raise CorpusError(self.name, "OFD 文档里没有页面")
        for number, entry in enumerate(entries, 1):
            part = _resolve(base, entry.get("BaseLoc"))
            content = self.xml(part, f"第 {number} 页的内容")
            area = _first(content, "Area")
            box = _box(numbers(_text(_first(area, "PhysicalBox")))) if area is not None else default_box
            sink = Sink(fonts, self.budget)
            for ref in (el for el in content if _local(el) == "Template"):
                template = templates.get(ref.get("TemplateID"))
                if template:  # page furniture: its rules and fills are drawn, its text is left out
                    _draw(self.xml(template, "页面模板"), sink, -box[0], -box[1], text=False)
            _draw(_first(content, "Content"), sink, -box[0], -box[1], text=True)
            yield page_of(number, box[2], box[3], sink)

    def _fonts(self, common, base: str) -> dict[str, tuple[str, bool]]:
        fonts: dict[str, tuple[str, bool]] = {}
        if common is None:
            return fonts
        for el in common:
            if _local(el) not in ("PublicRes", "DocumentRes") or not (el.text or "").strip():
                continue
            part = _resolve(base, el.text.strip())
            if part not in self.names:
                continue  # fonts unknown: the text is read all the same
            for font in self.xml(part, "资源文件").iter():
                if _local(font) == "Font" and font.get("ID"):
                    fonts[font.get("ID")] = (font.get("FamilyName") or font.get("FontName") or "",
                                             (font.get("Bold") or "").lower() == "true")
        return fonts


def _draw(el, sink, dx: float, dy: float, text: bool) -> None:
    """The units of a page's content, layers and blocks (`PageBlock`) within, into `sink`."""
    if el is None:
        return
    todo = [el]
    while todo:
        node = todo.pop()
        for child in reversed(node):
            kind = _local(child)
            if kind in ("Layer", "PageBlock", "Content"):
                todo.append(child)
            elif kind == "TextObject" and text:
                sink.text(child, dx, dy)
            elif kind == "PathObject":
                sink.path(child, dx, dy)


def _resolve(base: str, loc: str | None) -> str | None:
    """A part's name inside the zip from a location written relative to `base` (or from the root,
    `/…`); None for one that leaves the package."""
    if not loc or not loc.strip():
        return None
    loc = loc.strip().replace("\\", "/")
    path = posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base, loc))
    return None if path == ".." or path.startswith("../") or path.startswith("/") else path


def _box(values: list[float]) -> tuple[float, float, float, float]:
    if len(values) >= 4 and 0 < values[2] <= _LARGEST_MM and 0 < values[3] <= _LARGEST_MM:
        return values[0], values[1], values[2], values[3]
    return _A4


def _local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _first(el, name: str):
    if el is None:
        return None
    return next((c for c in el.iter() if _local(c) == name), None)


def _text(el) -> str:
    return (el.text or "") if el is not None else ""
