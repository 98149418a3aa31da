"""TimeML-style values ("2021-08-26", "2021-W33", "2020-05", "2020-Q3", "199") and their arithmetic.

The grammar normalises every expression to a TIMEX3 value first, because that is what the TimeML
corpora score and because it keeps a granularity ("last week" is a week, not a day). Only at the end
is a value turned into warscope's (value, end_value, precision) triple.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def day(d: date) -> str:
    return d.isoformat()


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


def quarter(d: date) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def granularity(value: str | None) -> str | None:
    """D day, W week, M month, Q quarter, H half, S season, Y year, E decade, C century."""
    if value is None:
        return None
    for gran, rx in (
        ("D", _DAY),
        ("W", _WEEK),
        ("M", _MONTH),
        ("Q", _QUARTER),
        ("H", _HALF),
        ("S", _SEASON),
        ("Y", _YEAR),
        ("E", _DECADE),
        ("C", _CENTURY),
    ):
        if rx.match(value):
            return gran
    return None


def first_day(value: str) -> date | None:
    """The first day a value covers (None for REF values, durations, decades)."""
    g = granularity(value)
    if g == "D":
        return date.fromisoformat(value[:10])
    if g == "W":
        m = _WEEK.match(value)
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    if g == "M":
        return date(int(value[:4]), int(value[5:7]), 1)
    if g == "Q":
        return date(int(value[:4]), 3 * (int(value[6]) - 1) + 1, 1)
    if g == "H":
        return date(int(value[:4]), 1 if value[6] == "1" else 7, 1)
    if g == "S":
        return date(int(value[:4]), SEASON_MONTHS[value[5:]][0], 1)
    if g == "Y":
        return date(int(value), 1, 1)
    return None


def shift(value: str, n: int, unit: str) -> str | None:
    """``value`` moved by ``n`` units (Y, Q, M, W, D), keeping its granularity; None when the unit
    is finer than the value ("two days after 2004" has no day)."""
    g = granularity(value)
    start = first_day(value)
    if g is None or start is None:
        return None
    if unit == "E":
        n, unit = n * 10, "Y"
    if g == "D":
        delta = {
            "Y": relativedelta(years=n),
            "Q": relativedelta(months=3 * n),
            "M": relativedelta(months=n),
            "W": timedelta(weeks=n),
            "D": timedelta(days=n),
        }.get(unit)
        return day(start + delta) if delta is not None else None
    if g == "W":
        if unit in ("W", "D") and (unit == "W" or n % 7 == 0):
            return week(start + timedelta(weeks=n if unit == "W" else n // 7))
        if unit == "Y":
            return week(start + relativedelta(years=n))
        return None
    if g == "M":
        months = {"Y": 12 * n, "Q": 3 * n, "M": n}.get(unit)
        return month(start + relativedelta(months=months)) if months is not None else None
    if g == "Q":
        months = {"Y": 12 * n, "Q": 3 * n}.get(unit)
        return quarter(start + relativedelta(months=months)) if months is not None else None
    if unit == "Y":
        return f"{start.year + n}{value[4:]}"
    return None


def truncate(value: str | None, gran: str) -> str | None:
    """A value cut down to a coarser granularity (only year cutting is needed)."""
    if value is None or gran != "Y":
        return value
    start = first_day(value)
    if start is not None:
        return str(start.year)
    return value


def last_day(value: str) -> date | None:
    g = granularity(value)
    start = first_day(value)
    if start is None:
        return None
    if g == "D":
        return start
    if g == "W":
        return start + timedelta(days=6)
    if g == "M":
        return start + relativedelta(months=1, days=-1)
    if g == "Q":
        return start + relativedelta(months=3, days=-1)
    if g == "H":
        return start + relativedelta(months=6, days=-1)
    if g == "S":
        first, last = SEASON_MONTHS[value[5:]]
        year = start.year + (1 if last < first else 0)
        return date(year, last, calendar.monthrange(year, last)[1])
    if g == "Y":
        return date(start.year, 12, 31)
    return None


_YEAR_PARTS = {"START": ("01", "04"), "MID": ("05", "08"), "END": ("09", "12")}
_DECADE_PARTS = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}


def to_range(value: str | None, mod: str | None = None) -> tuple[str | None, str | None, int | None]:
    """warscope's (value, end_value, precision) for a TimeML value: precision 1 a day, 2 a week or
    a few days, 3 a month or longer. REF values and durations give (None, None, None)."""
    g = granularity(value)
    if value is None or g is None:
        return None, None, None
    if g == "D":
        return value[:10], None, 1
    if g == "W":
        start = first_day(value)
        if value.endswith("-WE"):
            return day(start + timedelta(days=5)), day(start + timedelta(days=6)), 2
        return day(start), day(start + timedelta(days=6)), 2
    if g == "M":
        return value, None, 3
    if g == "Y":
        if mod in _YEAR_PARTS:
            a, b = _YEAR_PARTS[mod]
            return f"{value}-{a}", f"{value}-{b}", 3
        return value, None, 3
    if g == "E":
        a, b = _DECADE_PARTS.get(mod or "", (0, 9))
        return f"{value}{a}", f"{value}{b}", 3
    if g == "C":
        return f"{value}00", f"{value}99", 3
    start, end = first_day(value), last_day(value)
    return month(start), month(end), 3


def duration_delta(value: str) -> relativedelta | None:
    """The length of a TimeML duration such as P2D, P3W, P1Y, PT5H; None when unspecified (PXY)."""
    m = re.match(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHSQ]|DE|CE)$", value or "")
    if not m:
        return None
    n = float(m.group(2))
    unit = m.group(3)
    if m.group(1):  # PT: hours / minutes / seconds
        return relativedelta(hours=int(n)) if unit == "H" else relativedelta(minutes=int(n))
    whole = int(round(n))
    return {
        "Y": relativedelta(years=whole),
        "M": relativedelta(months=whole),
        "W": relativedelta(weeks=whole),
        "D": relativedelta(days=whole),
        "Q": relativedelta(months=3 * whole),
        "DE": relativedelta(years=10 * whole),
        "CE": relativedelta(years=100 * whole),
    }.get(unit)


def anchored_range(
    duration: str, ref: date, direction: int
) -> tuple[str | None, str | None, int | None]:
    """The stretch a duration covers up to (direction -1) or from (+1) the reference date:
    "the past two weeks" -> (two weeks before, reference)."""
    delta = duration_delta(duration)
    if delta is None:
        return None, None, None
    other = ref - delta if direction < 0 else ref + delta
    a, b = (other, ref) if direction < 0 else (ref, other)
    days = (b - a).days
    precision = 1 if days <= 1 else 2 if days <= 14 else 3
    return day(a), day(b), precision
