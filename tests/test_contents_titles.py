"""A data report's title and its contents entry (search/parse/items.py): the entry names the report
where the report prints no title of its own, or a different one; an entry cut short with an ellipsis
(`⑴前8个月互联网业务收入12…`, blind13's text file) never replaces the whole title printed above the report."""
from __future__ import annotations

import pytest

from search.parse.parser import parse_text

HEADER = "数字贸易简报\n\n2025年第9期（总第41期）\n\n大连市数字贸易协会秘书处编 2025年9月30日\n\n"
REPORT = "1—8月份，规模以上互联网企业完成业务收入12859亿元，同比增长2.2%。\n\n"
REST = "【行业资讯】\n\n甲单位发布新规\n\n9月1日，甲单位发布新规。\n\n（来源：新华社）\n\n"


@pytest.mark.parametrize("entry, printed", [
    ("⑴前8个月互联网业务收入12…", "⑴ 前8个月互联网业务收入12859亿元"),
    ("1. 前8个月互联网业务收入…", "1. 前8个月互联网业务收入12859亿元"),
    ("前8个月互联网业务收入12859...", "前8个月互联网业务收入12859亿元"),
])
def test_a_contents_entry_cut_short_leaves_the_printed_title(entry, printed):
    text = (f"{HEADER}本期目录\n\n数据月报\n\n{entry}\n\n行业资讯\n\n甲单位发布新规\n\n"
            f"【数据月报】\n\n{printed}\n\n{REPORT}{REST}")
    items = parse_text(text, "t.txt").items
    assert items[0].section == "数据月报" and items[0].title == "前8个月互联网业务收入12859亿元"


def test_a_report_without_a_printed_title_takes_its_contents_entry():
    text = (f"{HEADER}本期目录\n\n数据月报\n\n前8个月互联网业务收入12859亿元\n\n行业资讯\n\n甲单位发布新规\n\n"
            f"【数据月报】\n\n{REPORT}{REST}")
    items = parse_text(text, "t.txt").items
    assert items[0].section == "数据月报" and items[0].title == "前8个月互联网业务收入12859亿元"
