"""A saved web page's blocks made ready for the parser: the web page reader's last step (webpage.py).

Titles get their level from their look (a pill banner apart from a story's title); a short line set
larger than the text is a title, and so is one set as a known section's name is (a picture's alt
text too, where another picture gives a known name); an image's alt text said again by the line after it goes; blocks
mostly links go with their label (推荐阅读); what follows `END`, an image's caption, and the page's
closing matter after the last of the text (a QR code's prompt, a counter, the site's footer) are
furniture, as is a site's clock above the text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from search.model import SECTION_KINDS
from search.parse.blocks import Block
from search.parse.sources import image_credit, source_line

__all__ = ["Seen", "dated", "finish"]

_END = re.compile(r"^[\W_]*end[\W_]*$", re.I)  # `- END -`: what follows is the page's closing matter
_SENTENCE = re.compile(r"[。！？；]")
_NAME_CHARS = 12  # a section's name is short
_FOOTER_LINES = 3  # lines in the footer's look before its mark, at most
_FOOTER = re.compile(r"ICP\s*[备證证]|©|copyright|版权所有", re.I)  # a site's footer: its licence, its rights
# `阅读 1186`, `点击：88`, or a row of them (`阅读 1326　点赞 18`)
_COUNTER = re.compile(r"^(?>[\u4e00-\u9fff]{1,6}\s*[：:]?\s*\d[\d,]*\s*(?:次|人)?\s*)+$")
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,5}\s*[：:]\s*\S")  # a labelled field: `发布时间：…`
_CLOCK = re.compile(r"\d{1,2}\s*日\s*(?:[（(]?\s*)?(?:星期|周)[一二三四五六日天]")  # `8月3日 星期一`
_PICTURE = ("picture", False, None, False)  # the look of an image's alt text: set unlike any line of text
_DATE = re.compile(r"\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}")


@dataclass
class Seen:
    """What the reader saw of a block besides its text."""

    look: tuple | None = None  # (alignment, boxed, size, light letters) of the line
    linked: float = 0.0  # the share of its text in links to other pages
    alt: bool = False  # an image's alt text
    after_image: bool = False  # an image without text stands just before it


def finish(blocks: list[Block], seen: list[Seen]) -> list[Block]:
    """The page's blocks as the parser reads them: titles levelled by their look, an alt text said
    again by the line after it dropped, link lists dropped, the closing matter furniture."""
    body = _body_size(blocks, seen)
    for s in seen:
        if s.alt and s.look is None:  # the words of a picture standing alone (a banner drawn as one): its own look
            s.look = _PICTURE
    banner_looks = _banner_looks(blocks, seen)
    # a picture above the first that gives a known name is the masthead's (`刊头`), not a banner
    first = next((k for k, (b, s) in enumerate(zip(blocks, seen)) if s.look == _PICTURE and _known(b.text)), 0)
    looks: dict[tuple, int] = {}
    for k, (b, s) in enumerate(zip(blocks, seen)):
        if b.kind == "paragraph" and s.look in banner_looks and len(b.text) <= _NAME_CHARS \
                and not _SENTENCE.search(b.text) and not source_line(b.text) and s.linked < 0.5 \
                and (s.look != _PICTURE or k >= first):
            # set as a known section's name is (a tiny caption on a picture, right-aligned): a banner
            b.kind = "title"
        if b.kind == "paragraph" and body and s.look and (s.look[2] or 0) >= body + 2 and len(b.text) <= 60 \
                and not _SENTENCE.search(b.text[-1:]) and not source_line(b.text, b.align) and s.linked < 0.5:
            b.kind = "title"  # a short line set larger than the text: a title, bold or not
        if b.kind == "title" and s.look is not None:
            b.level = looks.setdefault(s.look, len(looks) + 1)
    keep = [k for k in range(len(blocks))
            if not (seen[k].alt and k + 1 < len(blocks) and blocks[k + 1].text == blocks[k].text)]
    blocks, seen = [blocks[k] for k in keep], [seen[k] for k in keep]
    keep = _without_link_lists(blocks, seen)
    blocks, seen = [blocks[k] for k in keep], [seen[k] for k in keep]
    _after_end(blocks)
    _captions(blocks, seen)
    for b in blocks:  # a picture's credit (`会员单位供图`, `图片来源：新华社`), wherever it stands
        if b.kind in ("paragraph", "list_item") and image_credit(b.text):
            b.kind = "furniture"
    _closing(blocks, seen)
    _titles_apart(blocks, len(looks))
    return blocks


def _banner_looks(blocks: list[Block], seen: list[Seen]) -> set[tuple]:
    """The looks of the plain lines that give a known section's name, where the look is one of its
    own (set in some way, unlike the running text): a line of a section not known set so is a
    banner too, however small its letters."""
    plain = Counter(s.look for b, s in zip(blocks, seen) if b.kind == "paragraph" and s.look and not s.alt)
    text_look = plain.most_common(1)[0][0] if plain else None
    return {s.look for b, s in zip(blocks, seen) if b.kind == "paragraph" and s.look and _known(b.text)
            and s.look != text_look and any(v not in (None, False) for v in s.look)}


def _known(text: str) -> bool:
    return re.sub(r"[\W_]+", "", text) in SECTION_KINDS


def _titles_apart(blocks: list[Block], levels: int) -> None:
    """Where banners and story titles share one look (a known section's name is followed at once by
    a line in its look: a banner is never followed by another), a line in that look that text
    follows at once is a title, not a banner: it gets a level of its own. A line that another in
    the look follows (a banner of a section not known, over its first title) stays as it is."""
    shown = [b for b in blocks if b.kind != "furniture"]
    nxt = {id(b): shown[k + 1] if k + 1 < len(shown) else None for k, b in enumerate(shown)}
    shared = {b.level for b in shown if b.kind == "title" and _known(b.text) and (n := nxt[id(b)]) is not None
              and n.kind == "title" and n.level == b.level and not _known(n.text)}
    for b in shown:
        n = nxt[id(b)]
        if b.kind == "title" and b.level in shared and not _known(b.text) \
                and not (n is not None and n.kind == "title" and n.level == b.level):
            b.level = levels + 1


def _body_size(blocks: list[Block], seen: list[Seen]) -> float | None:
    """The size the running text is set in (the size of most of its characters), where the page
    says."""
    counts: dict[float, int] = {}
    for b, s in zip(blocks, seen):
        if b.kind in ("paragraph", "list_item") and s.look and s.look[2]:
            counts[s.look[2]] = counts.get(s.look[2], 0) + len(b.text)
    return max(counts, key=counts.get) if counts else None


def dated(blocks: list[Block]) -> bool:
    """Is a date printed before the first paragraph of text (the briefing's masthead)?"""
    for b in blocks:
        if _prose(b):
            return False
        if _DATE.search(b.text):
            return True
    return False


def _prose(b: Block) -> bool:
    return b.kind == "table" or (b.kind in ("paragraph", "list_item") and bool(_SENTENCE.search(b.text)))


def _without_link_lists(blocks: list[Block], seen: list[Seen]) -> list[int]:
    """The blocks to keep: those mostly links to other pages (menus, 阅读原文, related articles,
    上一篇) go, unless a title whose story follows; so does the short label just before a run of
    them (推荐阅读, 往期推荐)."""
    drop = set()
    for k, (b, s) in enumerate(zip(blocks, seen)):
        if s.linked < 0.5 or source_line(b.text, b.align):
            continue  # a source's outlet may link to it (`来源：<a>新华网</a>`)
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b.kind in ("title", "heading") and nxt is not None and seen[k + 1].linked < 0.5 and _prose(nxt) \
                and len(nxt.text) >= 30:
            continue  # a story's title that links to the story
        drop.add(k)
    for k in sorted(drop):
        j = k - 1
        if j >= 0 and j not in drop and len(blocks[j].text) <= 8 and not _SENTENCE.search(blocks[j].text) \
                and blocks[j].kind in ("title", "heading", "paragraph") \
                and not source_line(blocks[j].text, blocks[j].align):  # `来源：新华社` over `阅读全文 »`: the story's
            drop.add(j)
    return [k for k in range(len(blocks)) if k not in drop]


def _after_end(blocks: list[Block]) -> None:
    """Everything from an `END` line on is the page's closing matter: furniture."""
    for k, b in enumerate(blocks):
        if _END.match(b.text):
            for later in blocks[k:]:
                later.kind, later.level = "furniture", None
            break


def _captions(blocks: list[Block], seen: list[Seen]) -> None:
    """A short line set just under an image without text, within the text (after its first
    paragraph), is the image's caption (`图为发布会现场`), not the story's: furniture. Not a bold line
    (a banner under a picture), nor a source. A centred line under its mark (`▲ 图片由会员单位提供`)
    is one too; a list after a picture is set flush, not centred."""
    started = False
    for b, s in zip(blocks, seen):
        if started and s.after_image and (b.kind == "paragraph" or b.kind == "list_item" and b.align == "center") \
                and len(b.text) <= 40 \
                and not _SENTENCE.search(b.text) and not source_line(b.text, b.align):
            b.kind = "furniture"
        started = started or _prose(b)


def _footer_lead(blocks: list[Block], seen: list[Seen]) -> None:
    """The lines set in the footer's own look just before its mark (a newsletter's `您收到这封邮件，
    是因为……` above its © line, small and grey like it): the footer too, sentences though they are."""
    mark = next((k for k, b in enumerate(blocks) if b.kind != "furniture" and _FOOTER.search(b.text)), None)
    if mark is None or seen[mark].look is None:
        mark = next((k for k, b in enumerate(blocks) if _FOOTER.search(b.text)), None)
    if not mark or seen[mark].look is None:
        return
    looks = Counter(s.look for b, s in zip(blocks, seen) if _prose(b))
    if looks and looks.most_common(1)[0][0] == seen[mark].look:  # set like the text: no footer look
        return
    k = mark - 1
    while k >= max(0, mark - _FOOTER_LINES) and blocks[k].kind == "paragraph" and seen[k].look == seen[mark].look \
            and not source_line(blocks[k].text, blocks[k].align):
        blocks[k].kind, blocks[k].level = "furniture", None
        k -= 1


def _closing(blocks: list[Block], seen: list[Seen]) -> None:
    """After the last of the text, the page's closing matter, not a story: prompts set under an image
    or centred (长按识别二维码, 关注我们), labels left with nothing after them (`分享到：` before its
    icons), counters (`阅读 1186`, `浏览次数：356`), lines of labelled fields (`发布时间：… 来源：…`), and
    from a site's footer mark on (an ICP number, ©, 版权所有) everything. A source line is the
    story's. Above the text, a site's clock (`2026年8月3日 星期一`) is furniture too."""
    first = next((k for k, b in enumerate(blocks) if _prose(b)), None)
    if first is None:
        return
    for b in blocks[:first]:
        if _CLOCK.search(b.text):
            b.kind, b.level = "furniture", None
    _footer_lead(blocks, seen)
    _small_print(blocks, seen)
    if not any(_prose(b) for b in blocks):
        return
    last = max(k for k, b in enumerate(blocks) if _prose(b))
    after_image = footer = False
    for b, s in zip(blocks[last + 1:], seen[last + 1:]):
        after_image = after_image or s.after_image
        footer = footer or bool(_FOOTER.search(b.text))
        if b.kind == "table" or source_line(b.text, b.align) and not footer:
            continue
        if footer or _COUNTER.match(b.text) or len(_FIELD.findall(b.text)) >= 2 and len(b.text) <= 100 \
                or b.kind in ("paragraph", "list_item") and (after_image or b.align == "center"
                                                             or b.text[-1:] in "：:"):
            b.kind, b.level = "furniture", None
    for b in reversed(blocks[last + 1:]):  # the page's last lines, prompts however set, up to any other
        if b.kind != "furniture" and not (b.kind == "paragraph" and _prompt(b)):
            break
        b.kind, b.level = "furniture", None


def _prompt(b: Block) -> bool:
    """A short line with no sentence in it, last on the page after the last of the text (`长按二维码关注
    我们`, `点个在看`): a page's prompt, however it is set; no story is one short line without its text."""
    return len(b.text) <= 24 and not _SENTENCE.search(b.text) and not re.search(r"\d", b.text) \
        and not source_line(b.text, b.align)


def _small_print(blocks: list[Block], seen: list[Seen]) -> None:
    """The page's last few lines, set smaller than the text in a look no line above them has but the
    stories' sources (a mail's `您收到此邮件，是因为……`, its unsubscribe line, the sender's address):
    its footer, though no © or licence marks it. A source line is the story's."""
    body = [k for k, b in enumerate(blocks) if b.kind != "furniture"]
    if not body or seen[body[-1]].look is None:
        return
    look = seen[body[-1]].look
    run = []
    for k in reversed(body):
        if seen[k].look != look or blocks[k].kind not in ("paragraph", "list_item") \
                or source_line(blocks[k].text, blocks[k].align):
            break
        run.append(k)
    if not run or len(run) > _FOOTER_LINES or any(seen[k].look == look and not source_line(blocks[k].text, blocks[k].align)
                                                  for k in body if k < min(run)):
        return  # the stories' sources may be set in the same small print: they are no footer above it
    text_looks = Counter(seen[k].look for k in body if _prose(blocks[k]) and seen[k].look)
    if not text_looks:
        return
    text_size = text_looks.most_common(1)[0][0][2]
    if look[2] is None or text_size is None or look[2] >= text_size:
        return
    for k in run:
        blocks[k].kind, blocks[k].level = "furniture", None
