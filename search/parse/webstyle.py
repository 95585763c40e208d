"""How a saved web page sets its text, read from CSS: the web page reader's eye (webpage.py, webgrid.py).

A page's look is in its inline `style` attributes (WeChat's editors, 135editor, a CMS's rich-text
box) and in its `<style>` sheets; only what tells structure is read: weight (a bold title), alignment
(a centred banner, a right-set source), size, a box drawn around a short text (a pill banner: a
background or a border), and whether children are laid side by side (flex and grid rows, inline
blocks, table cells: a grid of cells drawn without `<table>`). Also the page's text encoding.
"""
from __future__ import annotations

import re

__all__ = ["Sheet", "decode_page"]

_DECLARATION = re.compile(r"([\w-]+)\s*:\s*([^;]+)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^\s*(?:[a-z0-9]+)?\.([\w-]+)\s*$", re.I)
_NO_PAINT = re.compile(r"^(?:none|transparent|initial|inherit|unset|0|white|#fff(?:fff)?|"
                       r"rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?)?\s*\)|rgba\([^)]*,\s*0\s*\))$", re.I)
_SIZE = re.compile(r"^([\d.]+)\s*(px|pt)$", re.I)
_ROW_DISPLAY = {"flex", "inline-flex", "table-row", "-webkit-box", "box"}
_CELL_DISPLAY = {"inline-block", "table-cell", "inline-flex", "inline-grid"}


class Sheet:
    """The declarations that apply to an element: its `style` attribute over the rules of the
    page's `<style>` sheets for its classes (simple `.name` selectors: enough for a saved page)."""

    def __init__(self, soup=None):
        self.classes: dict[str, dict[str, str]] = {}
        for style in soup.find_all("style") if soup is not None else ():
            for selectors, body in _RULE.findall(style.get_text()):
                found = _declarations(body)
                for selector in selectors.split(","):
                    m = _CLASS_SELECTOR.match(selector)
                    if m:
                        self.classes.setdefault(m.group(1), {}).update(found)
        self._seen: dict[int, dict[str, str]] = {}

    def of(self, tag) -> dict[str, str]:
        key = id(tag)
        if key not in self._seen:
            out: dict[str, str] = {}
            for name in tag.get("class", []) or []:
                out.update(self.classes.get(name, {}))
            out.update(_declarations(tag.get("style", "") or ""))
            self._seen[key] = out
        return self._seen[key]

    def bold(self, tag) -> bool:
        weight = self.of(tag).get("font-weight", "")
        return weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600)

    def hidden(self, tag) -> bool:
        """Not shown: `display: none` in its own style, or `hidden`. (`visibility: hidden` is how
        WeChat hides its article until a script shows it: a saved page keeps it.)"""
        own = _declarations(tag.get("style", "") or "")  # a sheet's rule may be for print or a state
        return own.get("display") == "none" or tag.has_attr("hidden")

    def align(self, tag) -> str | None:
        """"right" or "center" where a block sets its text so (`text-align`, `align`, `<center>`)."""
        if tag.name == "center":
            return "center"
        s = self.of(tag)
        value = s.get("text-align") or (tag.get("align", "") or "").lower() or _class_align(tag)
        return {"right": "right", "end": "right", "center": "center"}.get(value)

    def centres_children(self, tag) -> bool:
        """A flex box that centres what it holds (`justify-content: center`): a pill banner's frame."""
        s = self.of(tag)
        return s.get("display", "").endswith(("flex", "box")) and s.get("justify-content", "") == "center"

    def size(self, tag) -> float | None:
        m = _SIZE.match(self.of(tag).get("font-size", ""))
        if not m:
            return None
        return round(float(m.group(1)) * (4 / 3 if m.group(2).lower() == "pt" else 1))

    def light(self, tag) -> bool | None:
        """Are its letters light (white on a coloured box)? None where it sets no colour."""
        value = self.of(tag).get("color", "")
        m = re.match(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)", value)
        if m:
            rgb = [int(g) for g in m.groups()]
        elif re.fullmatch(r"#[0-9a-f]{3}|#[0-9a-f]{6}", value):
            digits = value[1:] if len(value) == 7 else "".join(c * 2 for c in value[1:])
            rgb = [int(digits[i:i + 2], 16) for i in (0, 2, 4)]
        elif value in ("white", "snow", "ivory"):
            return True
        else:
            return None if not value else False
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] >= 200

    def boxed(self, tag) -> bool:
        """A box drawn around the element: a background, or a border."""
        s = self.of(tag)
        for prop in ("background-color", "background", "background-image"):
            value = s.get(prop, "")
            if value and not _NO_PAINT.match(value):
                return True
        for prop in ("border", "border-top", "border-bottom", "border-left", "border-right"):
            value = s.get(prop, "")
            if value and not re.search(r"\bnone\b|^0(?:px)?\b|hidden", value):
                return True
        return False

    def shaped(self, tag) -> bool:
        """Drawn as a shape of its own: an inline block, rounded corners, or a box (a badge's circle,
        a tile holding a character)."""
        s = self.of(tag)
        radius = s.get("border-radius", "")
        return s.get("display", "") in _CELL_DISPLAY or bool(radius and re.match(r"^[1-9]|^0?\.\d*[1-9]", radius)) \
            or self.boxed(tag)

    def row(self, tag) -> bool:
        """Lays its children side by side: a flex or grid box, a table row."""
        s = self.of(tag)
        return s.get("display", "") in _ROW_DISPLAY and not s.get("flex-direction", "").startswith("column") \
            and not s.get("-webkit-box-orient", "") == "vertical"

    def cell(self, tag) -> bool:
        """Set beside its siblings: an inline block, a table cell, a float, a flex item of its own
        width."""
        s = self.of(tag)
        return s.get("display", "") in _CELL_DISPLAY or s.get("float", "") in ("left", "right") \
            or bool(re.match(r"^\d", s.get("flex", "")))

    def grid_columns(self, tag) -> int | None:
        """The number of columns a CSS grid declares (`grid-template-columns: repeat(3, 1fr)`)."""
        s = self.of(tag)
        if s.get("display", "") not in ("grid", "inline-grid"):
            return None
        spec = s.get("grid-template-columns", "")
        m = re.match(r"repeat\(\s*(\d+)\s*,", spec)
        if m:
            return int(m.group(1))
        parts = re.findall(r"(?:minmax\([^)]*\)|[^\s()]+)", spec)
        return len(parts) or None


def _declarations(text: str) -> dict[str, str]:
    return {k.lower(): re.sub(r"\s*!important\s*$", "", v.strip()).lower() for k, v in _DECLARATION.findall(text)}


# The encodings a page may declare, each read as the superset browsers use for it.
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
             "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs", "x-euc-tw": "big5hkscs",
             "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
_CJK = re.compile(r"^(?:gb|big5|hz|euc|iso2022|shift_jis|cp9[35]|utf)", re.I)  # a guess a Chinese page may be in
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
                       re.I)


def decode_page(data: bytes) -> str:
    """A page's text: by its byte-order mark; as UTF-8 where its bytes are, or nearly all of them (a
    browser saving a page may write UTF-8 under the old declaration); else by the encoding it declares (`<meta charset>`,
    `http-equiv`, an XML declaration; GB2312 and GBK read as GB18030, Big5 as Big5-HKSCS); else by
    charset-normalizer's guess; else GB18030 with the unreadable bytes marked."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        as_utf8 = data.decode("utf-8", errors="replace")
        broken = as_utf8.count("\ufffd") / max(1, len(as_utf8))
        if broken <= 0.005:  # UTF-8 with a few broken bytes (a cut download)
            return as_utf8
    m = _DECLARED.search(data[:4096])
    if m:
        declared = (m.group(1) or m.group(2)).decode("ascii", "ignore").lower()
        try:
            return data.decode(_SUPERSET.get(declared, declared))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes  # noqa: PLC0415

    best = from_bytes(data).best()
    if best is not None and best.encoding and (_CJK.match(best.encoding) or broken > 0.05):
        return str(best)
    if broken <= 0.05:
        return as_utf8
    return data.decode("gb18030", errors="replace")


# A class that names an alignment, where a page's style sheet is not saved with it (a CMS's export of
# its HTML): `has-text-align-right` (WordPress), `text-right`, `text-center` (Bootstrap), `aligncenter`
_CLASS_ALIGN = re.compile(r"^(?:has-)?(?:text-?)?align-?(right|center|end)$|^text-(right|center|end)$|^ql-align-(right|center)$",
                          re.I)


def _class_align(tag) -> str:
    classes = tag.get("class") or []
    for name in classes if isinstance(classes, list) else str(classes).split():
        if m := _CLASS_ALIGN.match(name):
            return next(g for g in m.groups() if g).lower()
    return ""

