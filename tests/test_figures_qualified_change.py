"""A change qualified as nominal or real (`同比名义增长5.1%`, `实际增长4.6%`: blind8's LibreOffice export,
issue 16 wave 12) is the change of the figure before it, not a figure named 名义 or 实际. Records are
(indicator, breakdown, period, value, unit, yoy, share)."""
from __future__ import annotations

import pytest

from test_figures import facts, item


@pytest.mark.parametrize("change, yoy", [("同比名义增长4.6%", 4.6), ("扣除价格因素实际增长3.9%", 3.9),
                                         ("比上年实际下降1.2%", -1.2)])
def test_a_nominal_or_real_change_belongs_to_the_figure_before_it(change, yoy):
    body = f"1-6月，全市农村居民人均消费支出15234元，{change}。"
    assert facts(item(body, key=(2025, 7))) == [("农村居民人均消费支出", None, "2025-01/2025-06", 15234.0, "元", yoy, None)]
