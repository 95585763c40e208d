"""Date values typed by users (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as periods: shared by the query
filters and the figures' filters, low in the layers so both can use it."""
from __future__ import annotations

import calendar
import re
from datetime import date

from search.errors import QueryError

DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def period(value: str, name: str) -> tuple[date, date]:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` -> the first and last day of that period.

    QueryError naming the parameter `name` for a value that is not a date or not a real one."""
    m = DATE_VALUE.match(value.strip())
    if not m:
        raise QueryError(f"--{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
                         code="bad_date", param=name, value=value, hint="YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        if day:
            d = date(year, month, day)
            return d, d
        if month:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise QueryError(f"--{name} {value!r} is not a real date", code="unreal_date", param=name,
                         value=value) from None
