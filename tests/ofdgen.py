"""Small OFD files (GB/T 33190) made at test time: a package of OFD.xml, Document.xml, PublicRes.xml,
templates and pages, each page from a list of text lines, rules and bars laid out in mm as an OA
system lays out a 公文 (every printed line its own text unit, DeltaX written with `g N v` runs)."""
from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
FONTS = {"宋体": 3, "黑体": 4, "仿宋_GB2312": 5}


@dataclass
class Text:
    x: float
    y: float  # the top of the line's box, mm
    text: str
    size: float = 3.7
    font: str = "宋体"
    bold: bool = False
    colour: str | None = None  # "255 255 255"
    ctm: str | None = None  # "a b c d e f": then `size` is before the map
    plain_deltas: bool = False  # every advance written out, no `g` runs


@dataclass
class Rule:
    x: float
    y: float
    width: float
    height: float = 0.0  # a bar filled behind a banner where > 0
    colour: str = "0 0 0"


@dataclass
class Page:
    units: list = field(default_factory=list)
    template: str | None = None  # the ID of a template page it names


def advances(text: str, size: float, plain: bool = False) -> str:
    """DeltaX of a line: a CJK glyph advances a full size, a Latin one or a digit a half (`g N v` runs)."""
    steps = [size if unicodedata.east_asian_width(ch) in "WFA" else size / 2 for ch in text[:-1]]
    if plain:
        return " ".join(f"{v:g}" for v in steps)
    out, k = [], 0
    while k < len(steps):
        j = k
        while j < len(steps) and steps[j] == steps[k]:
            j += 1
        out.append(f"g {j - k} {steps[k]:g}" if j - k > 1 else f"{steps[k]:g}")
        k = j
    return " ".join(out)


def width(text: str, size: float) -> float:
    return sum(size if unicodedata.east_asian_width(ch) in "WFA" else size / 2 for ch in text)


def _unit(unit, uid: int) -> str:
    if isinstance(unit, Rule):
        if unit.height > 0:
            return (f'<ofd:PathObject ID="{uid}" Boundary="{unit.x} {unit.y} {unit.width} {unit.height}" Fill="true" '
                    f'Stroke="false"><ofd:FillColor Value="{unit.colour}"/><ofd:AbbreviatedData>M 0 0 L {unit.width} 0 '
                    f'L {unit.width} {unit.height} L 0 {unit.height} C</ofd:AbbreviatedData></ofd:PathObject>')
        return (f'<ofd:PathObject ID="{uid}" Boundary="{unit.x} {unit.y} {unit.width} 1" LineWidth="0.5">'
                f'<ofd:StrokeColor Value="{unit.colour}"/><ofd:AbbreviatedData>M 0 0.5 L {unit.width} 0.5'
                f'</ofd:AbbreviatedData></ofd:PathObject>')
    t = unit
    attrs = f' Weight="700"' if t.bold else ""
    attrs += f' CTM="{t.ctm}"' if t.ctm else ""
    colour = f'<ofd:FillColor Value="{t.colour}"/>' if t.colour else ""
    scale = float(t.ctm.split()[3]) if t.ctm else 1.0
    return (f'<ofd:TextObject ID="{uid}" Boundary="{t.x} {t.y} {width(t.text, t.size) * scale + 1:.2f} '
            f'{t.size * 1.4 * scale:.2f}" Font="{FONTS[t.font]}" Size="{t.size}"{attrs}>{colour}'
            f'<ofd:TextCode X="0" Y="{t.size:g}" DeltaX="{advances(t.text, t.size, t.plain_deltas)}">'
            f'{escape(t.text)}</ofd:TextCode></ofd:TextObject>')


def _page_xml(units: list, template: str | None = None) -> str:
    ref = f'<ofd:Template TemplateID="{template}" ZOrder="Background"/>' if template else ""
    body = "".join(_unit(u, 100 + k) for k, u in enumerate(units))
    return f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}>{ref}<ofd:Content><ofd:Layer ID="1">{body}' \
           f'</ofd:Layer></ofd:Content></ofd:Page>'


def build(pages: list[Page], templates: dict[str, list] | None = None, *, doc_root: str = "Doc_0/Document.xml",
          extra: dict[str, bytes] | None = None) -> bytes:
    """An OFD of these pages (A4), its templates by ID."""
    templates = templates or {}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.1" DocType="OFD">'
                              f'<ofd:DocBody><ofd:DocInfo><ofd:Title>测试</ofd:Title><ofd:CreationDate>2026-01-04'
                              f'</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody>'
                              f'</ofd:OFD>')
        tpl = "".join(f'<ofd:TemplatePage ID="{k}" BaseLoc="Tpls/Tpl_{k}/Content.xml"/>' for k in templates)
        listed = "".join(f'<ofd:Page ID="{k + 1}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
        z.writestr("Doc_0/Document.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData>'
                   f'<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                   f'</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
                   f'{tpl}</ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>')
        fonts = "".join(f'<ofd:Font ID="{v}" FontName="{k}" FamilyName="{k}"/>' for k, v in FONTS.items())
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {NS} BaseLoc="Res">'
                                          f'<ofd:Fonts>{fonts}</ofd:Fonts></ofd:Res>')
        for k, units in templates.items():
            z.writestr(f"Doc_0/Tpls/Tpl_{k}/Content.xml", _page_xml(units))
        for k, page in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{k}/Content.xml", _page_xml(page.units, page.template))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def lines(printed: list[str], top: float, size: float = 3.7, left: float = 26.0) -> list[Text]:
    """A paragraph's lines as given (broken where the test wants: `…增长1` over `2.5%…`)."""
    return [Text(left, top + 6.2 * n, line, size) for n, line in enumerate(printed)]


def paragraph(text: str, top: float, *, chars: int = 42, size: float = 3.7, left: float = 26.0) -> list[Text]:
    """A paragraph as an OA system prints it: two full-width spaces first, a text unit per line of
    `chars` full-width glyphs wide, broken wherever the line is full (inside a number too)."""
    text = "　　" + text
    lines, line = [], ""
    for ch in text:
        if width(line + ch, size) > chars * size:
            lines.append(line)
            line = ""
        line += ch
    lines.append(line)
    return [Text(left, top + 6.2 * n, line, size) for n, line in enumerate(lines)]


def banner(name: str, top: float) -> list:
    """A section banner: white 黑体 on a filled bar."""
    return [Rule(26, top, 34, 7.5, "31 78 121"), Text(29, top + 1.2, name, 4.3, "黑体", True, "255 255 255")]


def title(text: str, top: float, size: float = 4.3) -> Text:
    return Text(105 - width(text, size) / 2, top, text, size, "黑体", True)


def source(text: str, top: float) -> Text:
    return Text(184 - width(text, 3.3), top, text, 3.3, "仿宋_GB2312")
