"""Which issue a briefing file is: read from its header, a `NAME.meta.toml` side file, or inferred.

Part of parsing (parse -> analyze -> index -> query). Header-less files (PDF exports) carry no
year or number; they are inferred from the dates the items report and the numbering of the
other issues (the siblings), and the result is marked `inferred`.
"""
from __future__ import annotations

import calendar
import re
import tomllib
import unicodedata
from collections import Counter
from datetime import date, timedelta

from search.errors import CorpusError
from search.model import IssueMeta
from search.parse.script import simplified

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, **{str(d): d for d in range(10)}}
# What a recogniser (or a typist) sets for the 〇 of 二〇二六: a Latin or full-width O, a zero, a
# circle; read as 〇 inside a run of numerals (nowhere else: `No.` stays).
_ZERO_LIKE = "Oo○◯Ｏｏ０"
_NUMERAL = "0-9〇零一二两三四五六七八九十百"
_RUN = re.compile(rf"[{_NUMERAL}{_ZERO_LIKE}]+")
_NUM = rf"[{_NUMERAL}]"
_FIRST = "[第笫]"  # 笫 is how a recogniser often reads 第
_YEAR = rf"({_NUM}{{4}})\s*年"
_ISSUE_RE = re.compile(rf"{_YEAR}\s*{_FIRST}\s*({_NUM}{{1,4}})\s*期")
# An issue line that is nothing else (`二〇二六年第四期（总第48期）`): its 期 may be read as any glyph.
_ISSUE_LINE_RE = re.compile(rf"^\W*{_YEAR}\s*{_FIRST}\s*({_NUM}{{1,4}})\s*[^\W\d]"
                            rf"(?:\W*总\s*{_FIRST}\s*{_NUM}{{1,5}}\s*[^\W\d])?\W*$")
_TOTAL_RE = re.compile(rf"总\s*{_FIRST}\s*({_NUM}{{1,5}})\s*(?:期|[^\W\d](?=\W|$))")
_NUMBER_RE = re.compile(rf"(?<!总){_FIRST}\s*({_NUM}{{1,3}})\s*期")  # 第7期 with no year before it
_DATE_RES = (
    # 2026年4月30日, 二〇二六年四月三十日 (日 may be misread or missing at the end)
    re.compile(rf"{_YEAR}\s*({_NUM}{{1,3}})\s*月\s*({_NUM}{{1,3}})(?![{_NUMERAL}])"),
    # 2026.04.30, 2026-4-30, 2026/04/30
    # (a time may follow with the spaces gone: `2026-04-3008:30`)
    re.compile(r"(?<!\d)(\d{4})\s*[.\-/．·]\s*(\d{1,2})\s*[.\-/．·]\s*(\d{1,2})(?!\d(?!\d?[:：]\d\d))"),
)


def numerals(text: str) -> str:
    """Text with its numerals as printed, not as recognised: full-width digits as ASCII, and in a run
    of numerals a zero-like glyph as 〇 (`二O二六` -> `二〇二六`, `二0二六` stays a run `二0二六`)."""
    text = unicodedata.normalize("NFKC", text)

    def fix(m: re.Match) -> str:
        run = m.group(0)
        if not any(c not in _ZERO_LIKE for c in run):  # a lone O is a letter
            return run
        return "".join("〇" if c in _ZERO_LIKE else c for c in run)
    return _RUN.sub(fix, text)


def cn_number(text: str) -> int | None:
    """`2024`, `二〇二四`, `二0二四`, `七`, `十二`, `二十七`, `一百零三` -> int; None if it is not a number."""
    text = text.strip()
    if text.isdigit() and text.isascii():
        return int(text)
    if not text or any(c not in _CN_DIGITS and c not in "十百" for c in text):
        return None
    if "十" not in text and "百" not in text:  # digit by digit: 二〇二四
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    total, current = 0, 0
    for c in text:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[c]
    return total + current


# A day-precise date in normalised text (spaces removed): 11月15日, 9月2日至6日, 11月15-19日, 8月31下午.
DAY_RE = re.compile(r"(?:(?<!\d)(\d{4})年)?(?<!\d)(\d{1,2})月(\d{1,2})(?=日|号|[-—–~至到]|下午|上午|晚|早|中午)")
_FUTURE_RE = re.compile(r"将(?:于|在)?$")
_YEAR_RE = re.compile(r"(?<![\d.])(20\d{2})(?![\d.%])")
_FORECAST_BEFORE = ("预计", "到", "至", "—", "-", "～", "~", "（")
_SIDE_KEYS = {"year": int, "number": int, "total": int, "date": str}


def header_meta(lines: list[str]) -> dict:
    """Year, number, total and date as printed in a header; only the keys found.

    Any layout: `2024年第7期（总第27期）` on one line, `二〇二四年第七期`, the date as `2024年7月31日`,
    `二〇二四年七月三十一日`, `2024.07.31` or `2024-07-31`, on its own line or with the editor's. Read
    from a scan too: spaces between the characters, any brackets, a zero read as `O` or `0` in
    `二〇二六`, a 第 read as 笫, and on a line that holds only the issue's numbers, its 期 read as
    another glyph.
    """
    found: dict = {}
    stamped = False  # the date found dates the page (a clock time after it, a posting line), not the issue
    lines = [numerals(simplified(re.sub(r"\s+", "", line))) for line in lines]  # 總第36期 too
    for line in lines:
        if "year" not in found:
            for pattern in (_ISSUE_RE, _ISSUE_LINE_RE):
                m = pattern.search(line)
                year, number = (cn_number(m.group(1)), cn_number(m.group(2))) if m else (None, None)
                if year and 1990 <= year <= 2100 and number:
                    found["year"], found["number"] = year, number
                    break
        if "total" not in found and (m := _TOTAL_RE.search(line)):
            total = cn_number(m.group(1))
            if total:
                found["total"] = total
        if "date" not in found and (iso := _header_date(line)):
            found["date"] = iso
            stamped = stamped or _page_dated(line)
        elif stamped and (iso := _header_date(line)) and not _page_dated(line):
            found["date"], stamped = iso, False  # a date printed after a timestamp (`创建时间 2026年1月27日 14:02`)
    if "year" not in found and "date" in found:  # `第7期` and a dated header: the year of the date
        for line in lines:
            m = _NUMBER_RE.search(line)
            if m and cn_number(m.group(1)):
                found["year"], found["number"] = int(found["date"][:4]), cn_number(m.group(1))
                break
    return found


# A date with a clock time after it (`2026年1月27日14:02`, `2026-05-3117:05`): when a page or a file was made
_STAMPED = re.compile(r"\d\s*[日号]?\s*\d{1,2}\s*[:：]\s*\d{2}")
# A page's posting line (`发布于 2025年9月1日`, `发表于2025-09-01`, `发布时间：…`, `更新于…`): when the post went
# up on the site, not the issue's date.
_POSTED = re.compile(r"^(?:发布|发表|更新|修改|编辑|上传|推送)(?:于|时间|日期)|^(?i:posted|published|updated)")


def _page_dated(line: str) -> bool:
    """Does the line date the page rather than the issue: a clock time after its date, or a posting line?"""
    return _STAMPED.search(line) is not None or _POSTED.search(line) is not None


def _header_date(line: str) -> str | None:
    for pattern in _DATE_RES:
        for m in pattern.finditer(line):
            parts = [cn_number(g) for g in m.groups()]
            iso = _iso(*parts) if None not in parts and 1990 <= parts[0] <= 2100 else None
            if iso:
                return iso
    return None


def side_override(name: str, sides: tuple[tuple[str, bytes], ...]) -> dict | None:
    """The overrides of a briefing's side file, from the (name, bytes) its reader read: the first
    of `NAME.meta.toml` and `NAME.txt.meta.toml` found (readers.Source.sides), if any."""
    for side, data in sides[:1]:
        try:  # as Path.read_text reads it: line ends normalised
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
            found = tomllib.loads(text)
        except UnicodeDecodeError:
            raise CorpusError(name, f"附带的元数据文件 {side} 无法读取：不是 UTF-8 文本") from None
        except tomllib.TOMLDecodeError as exc:
            at = re.search(r"line (\d+), column (\d+)", str(exc))
            where = f"（第 {at.group(1)} 行第 {at.group(2)} 列）" if at else ""
            raise CorpusError(name, f"附带的元数据文件 {side} 无法读取：TOML 格式有误{where}") from None
        return check_override(found, f"{name} ({side})")
    return None


def side_text(override: dict) -> str:
    """The text of a `NAME.meta.toml` side file stating `override` (year, number, total, date),
    as `side_override` reads it back; the keys are checked first (CorpusError)."""
    checked = check_override(override, "side file")
    lines = ["# Corrections of this issue's metadata (read by jianbao; see README, The corpus)"]
    lines += [f"{key} = {checked[key]}" for key in _SIDE_KEYS if key in checked]
    return "\n".join(lines) + "\n"


def check_override(data: dict, name: str) -> dict:
    """Validate override keys (year, number, total: int; date: YYYY-MM-DD); raise CorpusError."""
    unknown = set(data) - set(_SIDE_KEYS)
    if unknown:
        raise CorpusError(name, f"元数据里有不认识的键 {sorted(unknown)}：只能是 year、number、total、date")
    out = {}
    for key, value in data.items():
        if key == "date":
            value = str(value)  # TOML dates arrive as datetime.date
            try:
                date.fromisoformat(value)
            except ValueError:
                raise CorpusError(name, f"元数据 date 的值 {value!r} 不是 YYYY-MM-DD 格式的日期") from None
        elif not isinstance(value, int) or isinstance(value, bool):
            raise CorpusError(name, f"元数据 {key} 必须是整数，不能是 {value!r}")
        out[key] = value
    return out


def resolve_day(year: int | None, month: int, day: int, issue_year: int | None,
                issue_date: str | None) -> str | None:
    """An ISO date for month/day: the year given, else the issue's year (the year before for a
    December story in a January issue)."""
    if year is None:
        year = issue_year
        if year is None:
            return None
        if issue_date and month > int(issue_date[5:7]) + 2:
            year -= 1
    return _iso(year, month, day)


# A date the story only mentions, as background, in any item: a founding date written `成立于…`,
# `始建于…`, a start recalled (`早在…`, `始于…`), the start of a span up to now (`…以来`, `…至今`).
_FOUNDED = r"(?:成立|创立|创建|创办|始建|建立|组建|注册|设立|诞生|建成)(?:于|在)"
_BACKGROUND_BEFORE = re.compile(rf"(?:{_FOUNDED}|早在|始于|源于)$")
_BACKGROUND_AFTER = re.compile(r"[日号]?(?:以来|至今|迄今)")
# ... or later in its clause (`自2024年5月1日施行以来`), or its sentence (`X于2024年1月4日发布Y，至今已满两年`).
_SINCE_IN_CLAUSE = re.compile(r"[^，,。！？!?；;\n]{0,12}?以来")
_UP_TO_NOW_IN_SENTENCE = re.compile(r"[^。！？!?；;\n]*?(?:至今|迄今)")
# A profile introduces its subject by its founding, in its first sentence (`X成立于2000年6月，…`).
_PROFILE_OPENING = re.compile(rf"^[^。！？\n]*{_FOUNDED}\s*[{_NUMERAL}]{{4}}\s*年")
HISTORY_DAYS = 366  # in a profile, a date this long before the issue is its history, not news


def reads_as_profile(text: str) -> bool:
    """Does an item's body (normalised) open as a profile does, by its subject's founding?"""
    return bool(_PROFILE_OPENING.search(text))


def first_date(text: str, issue_year: int | None, issue_date: str | None, *,
               profile: bool = False) -> str | None:
    """The first day-precise date `text` (normalised) reports: never a date it only mentions, that
    is one written as background (`成立于2009年6月19日`, `自2019年5月1日以来`) or, in a `profile`
    (a company's, a university's), one more than a year before the issue: its history. A news
    story's reported date counts however old it is."""
    for m in DAY_RE.finditer(text):
        iso = resolve_day(int(m.group(1)) if m.group(1) else None, int(m.group(2)),
                          int(m.group(3)), issue_year, issue_date)
        if iso and not _background(text, m, iso, issue_year, issue_date, profile):
            return iso
    return None


def _background(text: str, m: re.Match, iso: str, issue_year: int | None, issue_date: str | None,
                profile: bool) -> bool:
    if _BACKGROUND_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
        return True
    if _BACKGROUND_AFTER.match(text, m.end()) or _SINCE_IN_CLAUSE.match(text, m.end()) \
            or _UP_TO_NOW_IN_SENTENCE.match(text, m.end()):
        return True
    if not profile:
        return False
    if issue_date:
        reference = date.fromisoformat(issue_date)
    elif issue_year:
        reference = date(issue_year, 12, 31)
    else:
        return False
    return (reference - date.fromisoformat(iso)).days > HISTORY_DAYS


def infer(texts: list[str], data_month: int | None, siblings: list[IssueMeta] | None) -> dict:
    """Year, number, total and date of a header-less issue, from its items' text (normalised).

    - year: the latest year the text mentions outside forecasts and ranges (预计 2025 年, 至 2028 年);
    - number: the month most of its day-precise dates fall in (a monthly briefing reports its
      month), or the month after its statistics' period when it reports no dates;
    - date: the end of that month, but before any date the issue announces as upcoming (将于…);
    - total: from the siblings' numbering (12 issues a year), the nearest sibling's offset.
    """
    text = "\n".join(texts)
    year = _latest_year(text)
    if year is None:
        return {}
    past: list[date] = []
    future: list[date] = []
    for m in DAY_RE.finditer(text):
        y = int(m.group(1)) if m.group(1) else year
        if y != year:
            continue
        try:
            d = date(y, int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        (future if _FUTURE_RE.search(text[max(0, m.start() - 3):m.start()]) else past).append(d)
    if past:
        counts = Counter(d.month for d in past)
        number = max(counts, key=lambda month: (counts[month], month))
    elif data_month:
        number = data_month + 1 if data_month < 12 else 12
    else:
        return {"year": year}
    end = date(year, number, calendar.monthrange(year, number)[1])
    latest = max((d for d in past if d.month == number), default=None)
    for d in sorted(future):
        if d <= end and (latest is None or d > latest):
            end = d - timedelta(days=1)
            break
    found = {"year": year, "number": number, "date": end.isoformat()}
    total = total_from_siblings(year, number, siblings or [])
    if total is not None:
        found["total"] = total
    return found


def total_from_siblings(year: int, number: int, siblings: list[IssueMeta]) -> int | None:
    """總第 M 期 by the numbering of the nearest sibling whose year, number and total are known."""
    known = [s for s in siblings if s.year and s.number and s.total and not s.inferred]
    if not known:
        return None
    here = 12 * year + number
    nearest = min(known, key=lambda s: abs(12 * s.year + s.number - here))
    total = here - (12 * nearest.year + nearest.number) + nearest.total
    return total if total > 0 else None


def merge(found: dict, inferred: dict, override: dict | None) -> IssueMeta:
    """One IssueMeta from header values, inferred values and overrides (strongest last).

    `inferred` is true when any value that ends up set came from inference.
    """
    values: dict = {}
    from_inference: set[str] = set()
    for key in ("year", "number", "total", "date"):
        if key in found:
            values[key] = found[key]
        elif key in inferred:
            values[key] = inferred[key]
            from_inference.add(key)
    for key, value in (override or {}).items():
        values[key] = value
        from_inference.discard(key)
    meta = IssueMeta(year=values.get("year"), number=values.get("number"),
                     total=values.get("total"), date=values.get("date"),
                     inferred=bool(from_inference))
    return meta


def provenance(found: dict, inferred: dict, override: dict | None) -> dict[str, str]:
    """Where each value of the merged metadata came from: `header`, `inferred` or `side file`."""
    where = {}
    for key in ("year", "number", "total", "date"):
        if key in (override or {}):
            where[key] = "side file"
        elif key in found:
            where[key] = "header"
        elif key in inferred:
            where[key] = "inferred"
    return where


def _latest_year(text: str) -> int | None:
    years = []
    for m in _YEAR_RE.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 3]
        if any(before.endswith(w) for w in _FORECAST_BEFORE) or re.match(r"年?(?:[—\-～~至到]|前|后|间|底前)", after):
            continue
        years.append(int(m.group(1)))
    return max(years, default=None)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
