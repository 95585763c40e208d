"""A banner's frame of dashes read by the recogniser as 一 (wave 25, blind16's long screenshot: `— 协会动态 —`
came out `协会动态一`): on a recognised line set centred and alone, a 一 at either end of a short name that is
no word with the character beside it is the frame's dash; a 一 that ends a word (统一, 之一) stays."""
from __future__ import annotations

import pytest

from search.parse.blocks import Block
from search.parse.ocrdash import in_blocks


def _ocr(text: str, align: str | None = "center") -> Block:
    return Block(kind="title", text=text, raw=text, ocr=0.9, align=align)


@pytest.mark.parametrize("text, name", [
    ("会员之声一", "会员之声"), ("一海外视野一", "海外视野"), ("一政策速递", "政策速递"), ("协会动态一", "协会动态"),
])
def test_a_one_at_the_end_of_a_centred_name_is_its_frame(text, name):
    out = in_blocks([_ocr(text)])[0].text
    assert out.strip("— ") == name and out != name


@pytest.mark.parametrize("text, align", [
    ("全国市场统一", "center"), ("十大案例之一", "center"), ("会员之声一", None), ("一带一路", "center"),
])
def test_a_one_of_a_word_or_off_centre_stays(text, align):
    assert in_blocks([_ocr(text, align)])[0].text == text


def test_the_second_reading_is_jianbaos_own_jieba_not_the_process_default():
    # jieba's process-wide default builds a second dictionary and writes its cache to the shared temp
    # directory; jianbao never loads it (search/analyze/dictionary.py)
    import jieba

    from search.parse.ocrdash import framed_name
    assert framed_name("协会动态一") == "—协会动态—"
    assert not jieba.dt.initialized
