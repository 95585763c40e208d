"""Specks of noise on a fax or a poor scan that the recogniser reads as a dot right after a Chinese
stop or comma (`政策。．`, `下旬，·协会`) are dropped (search/parse/ocrmarks.py); dots that print
sets (a decimal point, an ellipsis, a middle dot inside a name) stay."""
from __future__ import annotations

import pytest

from search.parse import ocrmarks


@pytest.mark.parametrize("read, printed", [
    ("货币政策。．", "货币政策。"),
    ("12月下旬，·协会秘书处", "12月下旬，协会秘书处"),
    ("建校，˙2015年更名", "建校，2015年更名"),
    ("大连、・沈阳", "大连、沈阳"),
    ("增长。 .其中", "增长。其中"),
    ("增长3.6%。其中", "增长3.6%。其中"),      # a decimal point
    ("迪尔玛·罗塞芙表示", "迪尔玛·罗塞芙表示"),  # a middle dot in a name
    ("他说：……好", "他说：……好"),              # an ellipsis
    ("等等。...", "等等。..."),                  # dots in a run are printed
])
def test_a_speck_after_punctuation_is_dropped(read, printed):
    assert ocrmarks.as_printed(read) == printed


@pytest.mark.parametrize("read, printed", [
    ("-1.7.", "-1.7"), ("一1.7.", "-1.7"), ("3.3·", "3.3"), ("12.5%.", "12.5%"),   # a number has one point
    ("36.", "36."), ("2024.", "2024."), ("1.1", "1.1"),   # the point may be the number's own, broken off
    ("增长1.5.", "增长1.5."),                              # not a number alone: not a cell
])
def test_a_speck_after_a_number_cell_is_dropped(read, printed):
    assert ocrmarks.as_printed(read) == printed
