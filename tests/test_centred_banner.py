"""A banner the recogniser read without its frame (wave 25, blind16's long screenshot: the pill `— 数据空间 —`
came out `数据空间`, in another style than the known names' banners): a short name centred as every known
section's banner is, a story's title right under it, opens a section; a centred short line with text
under it (a company's name, a closing line) does not."""
from __future__ import annotations

from search.parse.blocks import Block
from search.parse.structure import layout


def _b(kind: str, text: str, align: str | None = None, level: int | None = None) -> Block:
    return Block(kind=kind, text=text, raw=text, align=align, level=level, ocr=0.99)


BODY = "4月8日，国家数据局综合司发布通知，组织开展可信数据空间创新发展试点，两年内形成一批可复制推广的经验。"


def _issue(name_kind: str, after: Block) -> list[Block]:
    return [
        _b("heading", "数据月报", "center", 2), _b("heading", "01前七月全国社会物流总额同比增长五点二", level=2), _b("paragraph", BODY),
        _b("heading", "行业资讯", "center", 2), _b("heading", "02海关总署：我国已成为多国前三大贸易伙伴", level=2), _b("paragraph", BODY),
        _b(name_kind, "数据空间", "center"), after, _b("paragraph", BODY),
        _b("heading", "协会动态", "center", 2), _b("paragraph", BODY),
    ]


def test_a_centred_short_name_over_a_title_opens_a_section():
    found = layout(_issue("title", _b("title", "03国家数据局部署可信数据空间试点")))
    assert [s.name for s in found.sections] == ["数据月报", "行业资讯", "数据空间", "协会动态"]


def test_a_centred_short_line_over_text_opens_none():
    found = layout(_issue("title", _b("paragraph", BODY)))
    assert [s.name for s in found.sections] == ["数据月报", "行业资讯", "协会动态"]
