"""A name that two places joined by a dash open (`尼日利亚—中国战略伙伴关系组织（NCSP）`, blind12's .doc) is read whole
when an acronym defines it (search/parse/gazetteer.py name_start): the dash is part of the name where the run before it is
a country, region or bloc; elsewhere (`会上—`) it still parts. Names in other words than the set's."""
from __future__ import annotations

import pytest

from search.parse.aliases import extract_aliases


@pytest.mark.parametrize("text, pair", [
    ("会上，肯尼亚—中国经贸协会（KCETA）发布报告。", ("KCETA", "肯尼亚—中国经贸协会")),
    ("中国—东盟商务理事会（ACBC）当天举行年会。", ("ACBC", "中国—东盟商务理事会")),
    ("据悉，欧盟—中国商会（EUCCC）发布建议书。", ("EUCCC", "欧盟—中国商会")),
])
def test_two_places_a_dash_joins_open_the_name(text, pair):
    assert pair in extract_aliases(text)


def test_a_dash_after_a_word_that_is_no_place_still_parts():
    assert ("CSPO", "中国战略伙伴关系组织") in extract_aliases("会上—中国战略伙伴关系组织（CSPO）发布报告。")
