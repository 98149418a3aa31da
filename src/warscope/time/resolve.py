"""Normalising found expressions to TimeML values against a reference date.

Deictic expressions ("yesterday", "last week", "on Thursday") count from the reference date;
anaphoric ones ("the following year", "that day", "a year earlier") from the previous dated
expression in the discourse. Weekdays and month names without a year go to the most recent past
one (or the reference day itself) unless the clause is in the future tense. Without a reference
date, relative expressions get no value; with only a copyright year they keep the year alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from warscope.time import values as V
from warscope.time.grammar import MONTHS, NUMBERS, ORDINALS, UNITS, WEEKDAYS, Timex

_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MODS = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
    "mid": "MID", "middle": "MID",
}  # fmt: skip
_APPROX = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "just over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "about": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "roughly": "APPROX", "around": "APPROX", "approximately": "APPROX",
}  # fmt: skip
_CENTURY_WORDS = {
    "first": 1, "second": 2, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip


@dataclass
class Context:
    ref: date | None  # the reference day; for a copyright year, mid-year of that year
    year_only: bool = False  # the reference is only a year: relative values keep the year
    anchor: str | None = None  # the previous dated expression's value (discourse anchor)


def _num(word: str | None) -> float | None:
    if word is None:
        return None
    w = word.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in NUMBERS:
        return float(NUMBERS[w])
    m = re.fullmatch(r"(\w+)[- ](\w+)", w)
    if m and m.group(1) in NUMBERS and m.group(2) in NUMBERS:
        return float(NUMBERS[m.group(1)] + NUMBERS[m.group(2)])
    return None  # "several", "a few": unspecified


def _unit(word: str | None) -> str:
    w = (word or "").lower()
    w = w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
    return "WE" if w == "weekend" else UNITS.get(w, "Y")


_HALF_UNITS = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S"}


def _duration(n: float | None, unit: str, half: bool = False) -> str:
    if n is not None and half and unit in _HALF_UNITS:
        # "5 1/2 hours" -> PT5H30M, "two and a half years" -> P2Y6M
        return _duration(n, unit) + _HALF_UNITS[unit]
    if n is not None and half:
        n += 0.5
    count = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit in ("H", "MIN", "S"):
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    if unit == "F":
        return f"P{'X' if n is None else int(2 * n)}W"
    if unit == "WE":  # a weekend is two days
        return f"P{'X' if n is None else int(2 * n)}D"
    if unit == "E":
        return f"P{'X' if n is None else int(10 * n)}Y" if n is None or n == int(n) else f"P{count}DE"
    if unit == "C":
        return "PXC" if n is None else f"P{int(100 * n)}Y"
    return f"P{count}{unit}"


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y <= 30 else 1900
    return y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _closest_year(ref: date, on: Callable[[int], date | None], future: bool) -> date | None:
    """The occurrence of a yearless date nearest the reference, leaning to the past: a later one
    only when it is less than half as far away as the earlier one (news reports what happened;
    "Dec. 15" in a November article is usually the coming one), or when the clause is future."""
    past = next((d for d in (on(ref.year), on(ref.year - 1)) if d is not None and d <= ref), None)
    ahead = next((d for d in (on(ref.year), on(ref.year + 1)) if d is not None and d > ref), None)
    if future:
        return ahead if ahead is not None and (past is None or past < ref) else past
    if past is None:
        return ahead
    if ahead is not None and (ahead - ref).days * 2 < (ref - past).days:
        return ahead
    return past


def _month_day(ref: date, m: int, d: int, future: bool) -> date | None:
    """A month and day without a year."""
    return _closest_year(ref, lambda y: _safe_date(y, m, d), future)


def _weekday(ref: date, wd: int, rel: str | None, future: bool) -> date:
    rel = (rel or "").lower()
    if rel == "this":  # the one in the reference's own week
        return ref + timedelta(days=wd - ref.weekday())
    if rel == "next" or (future and rel not in ("last",)):
        ahead = (wd - ref.weekday()) % 7
        if rel == "next" and ahead == 0:
            ahead = 7
        return ref + timedelta(days=ahead)
    back = (ref.weekday() - wd) % 7
    if rel == "last" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _unit_value(d: date, unit: str) -> str:
    return {"D": V.day, "W": V.week, "M": V.month, "Q": V.quarter}.get(unit, lambda x: str(x.year))(d)


def _season(ref: date, season: str, rel: str | None) -> str:
    first, last = V.SEASON_MONTHS[season]
    year = ref.year
    rel = (rel or "").lower()
    if rel == "last":
        # The most recent such season that has begun before the current month.
        year = ref.year if ref.month > first and first <= ref.month and season != "WI" else ref.year - 1
    elif rel == "next":
        year = ref.year if ref.month < first else ref.year + 1
    return f"{year}-{season}"


def resolve(t: Timex, ctx: Context, future: bool = False) -> None:
    """Set ``t.type``, ``t.value``, ``t.mod`` (and ``t.end_value``) from its kind and groups."""
    g = t.groups
    ref = ctx.ref
    pre = (g.get("pre") or g.get("pre2") or g.get("edge") or "").lower()
    t.mod = _MODS.get(pre.split()[-1] if pre else "")
    relative = False
    k = t.kind

    if k in ("iso", "slash", "dotted", "mdy", "dmy"):
        y = _year(g["y"])
        if k == "dotted":  # 13-12-2014, 05.02.2015: day first
            mo, d = int(g["m"]), int(g["d"])
        elif k == "slash":
            mo, d = int(g["m"]), int(g["d"])
            if mo > 12 >= d:
                mo, d = d, mo
        else:
            mo = int(g["m"]) if k == "iso" else MONTHS[g["mon"].lower().rstrip(".")]
            d = int(g["d"])
        day = _safe_date(y, mo, d)
        t.value = V.day(day) if day else None
        if day and g.get("d2"):
            end = _safe_date(y, mo, int(g["d2"]))
            t.end_value = V.day(end) if end and end > day else None
    elif k in ("md", "dm"):
        mo, d = MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
        relative = True
        # With no reference date, "On 5 March" after "3 March 2019" is still in that year.
        base = ref or (V.first_day(ctx.anchor) if V.granularity(ctx.anchor) in ("D", "W", "M", "Y") else None)
        if base is not None:
            if ref is None:
                relative = False
            day = _month_day(base, mo, d, future) if ref is not None else _safe_date(base.year, mo, d)
            t.value = V.day(day) if day else None
            if day and g.get("d2"):
                end = _safe_date(day.year, mo, int(g["d2"]))
                t.end_value = V.day(end) if end and end > day else None
    elif k == "my":
        t.value = f"{int(g['y']):04d}-{MONTHS[g['mon'].lower().rstrip('.')]:02d}"
    elif k == "m":
        mo = MONTHS[g["mon"].lower().rstrip(".")]
        relative = True
        rel = (g.get("rel") or "").lower()
        if ref is not None:
            if rel == "this":
                year = ref.year
            elif rel == "last":
                year = ref.year if mo < ref.month else ref.year - 1
            elif rel == "next":
                year = ref.year if mo > ref.month else ref.year + 1
            else:
                # Compare month middles so "January" in a November article is the coming one.
                year = _closest_year(ref, lambda y: date(y, mo, 15), future).year
                if not future and mo == ref.month:
                    year = ref.year
            t.value = f"{year}-{mo:02d}"
    elif k == "year":
        t.value = g["y"]
    elif k == "yearrange":  # "2004-2006", "2014-15"
        t.value = g["y"]
        end = g["y2"] if len(g["y2"]) == 4 else g["y"][:2] + g["y2"]
        t.end_value = end if end > g["y"] else None
    elif k == "decade":
        y = g.get("y")
        if y:
            t.value = y[:3]
        elif ref is not None:
            year = ref.year // 100 * 100 + int(g["yy"])
            t.value = str(year - 100 if year > ref.year else year)[:3]
    elif k == "century":
        n = g["n"].lower()
        num = int(re.match(r"\d+", n).group()) if n[0].isdigit() else _CENTURY_WORDS.get(n, 0)
        t.value = f"{num - 1:02d}" if num else None
    elif k == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        if g.get("pl"):
            t.type, t.value = "SET", f"XXXX-WXX-{wd + 1}"
            return
        relative = True
        rel = (g.get("rel") or "").lower()
        if rel in ("early", "late"):
            t.mod, rel = _MODS[rel], ""
        if ref is not None:
            t.value = V.day(_weekday(ref, wd, rel, future))
            if g.get("part"):  # "Friday night": a TIME whose date part is Friday
                t.type, t.value = "TIME", f"{t.value}T{_PARTS[g['part'].lower()]}"
    elif k == "deictic":
        relative = True
        w = (g.get("w") or "").lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(w, 0)
        if g.get("before"):
            offset = -2
        elif g.get("after"):
            offset = 2
        if ref is not None:
            t.value = V.day(ref + timedelta(days=offset))
    elif k == "rel":
        relative = _relative(t, ctx)
    elif k == "quarter":
        n = ORDINALS[g["ord"].lower()]
        half = g["q"].lower() == "half"
        if half and n > 2:
            t.value = None
            return
        if g.get("y") or g.get("y2") or g.get("y3"):
            year = int(g.get("y") or g.get("y2") or g["y3"])
        elif ref is not None:
            relative = True
            rel = (g.get("rel") or g.get("rel2") or "").lower()
            year = ref.year + {"last": -1, "next": 1}.get(rel, 0)
        else:
            return
        t.value = f"{year}-{'H' if half else 'Q'}{n}"
    elif k in ("thequarter", "yearago"):
        relative = True
        which = (g.get("which") or "").lower()
        # "the quarter" is the one under discussion; "the latest quarter" the last one completed.
        latest = which.strip() in ("latest", "most recent")
        base = ctx.anchor if V.granularity(ctx.anchor) == "Q" and not latest else None
        if base is None and ref is not None:
            base = V.quarter(ref - timedelta(days=92))  # the latest completed quarter
        if base is not None:
            base = V.quarter(V.first_day(base))
            if k == "yearago" or "year" in which:
                base = V.shift(base, -1, "Y")
            t.value = base
    elif k == "season":
        season = _SEASONS[g["s"].lower()]
        if g.get("y"):
            t.value = f"{g['y']}-{season}"
        elif ref is not None:
            relative = True
            rel = (g.get("rel") or "").lower()
            if rel == "that" and V.granularity(ctx.anchor) is not None:
                t.value = f"{V.first_day(ctx.anchor).year}-{season}"
            else:
                t.value = _season(ref, season, rel)
    elif k == "ago":
        relative = _ago(t, ctx)
    elif k == "duration":
        t.type = "DURATION"
        n = _num(g.get("num"))
        unit = _unit(g.get("unit"))
        t.value = _duration(n, unit, half=bool(g.get("half1") or g.get("half2")))
        t.mod = _APPROX.get((g.get("approx") or "").lower())
        rel = (g.get("rel") or "").lower()
        if rel in ("last", "past", "recent", "previous", "preceding"):
            t.direction = -1
        elif rel in ("next", "coming", "following"):
            t.direction = 1
    elif k == "bareunits":
        t.type, t.value = "DURATION", _duration(None, _unit(g["unit"]))
    elif k in ("time", "noon"):
        t.type = "TIME"
        relative = True
        if k == "time":
            h = int(g["h"]) % 12 + (12 if g["ap"].lower().startswith("p") else 0)
            clock = f"{h:02d}:{int(g.get('mi') or 0):02d}"
        else:
            clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["w"].lower()]
        base = ctx.anchor if V.granularity(ctx.anchor) == "D" else (V.day(ref) if ref else None)
        t.value = f"{base[:10]}T{clock}" if base else None
    elif k == "ref":
        w = re.sub(r"\s+", " ", (g.get("w") or "").lower())
        if w in ("soon", "the future", "in the near future"):
            t.value = "FUTURE_REF"
        elif w.startswith("recent ") and w != "recent years":
            t.type, t.value = "DURATION", _duration(None, _unit(w.split()[1]))
        elif w in ("recently", "lately", "the past", "recent years"):
            t.value = "PAST_REF"
        else:
            t.value = "PRESENT_REF"
    elif k == "set":
        t.type = "SET"
        w = (g.get("every") or g.get("adv") or "").lower()
        if w in WEEKDAYS:
            t.value = f"XXXX-WXX-{WEEKDAYS[w] + 1}"
        else:
            unit = {"daily": "D", "day": "D", "morning": "D", "night": "D", "nightly": "D",
                    "weekly": "W", "week": "W", "weekend": "W", "monthly": "M", "month": "M",
                    "annually": "Y", "yearly": "Y", "year": "Y", "hourly": "TH"}.get(w, "D")  # fmt: skip
            t.value = "PT1H" if unit == "TH" else f"P1{unit}"
    elif k == "holiday":
        relative = True
        h = re.sub(r"\s+", " ", g["h"].lower())
        if ref is not None:
            t.value = _holiday(ref, h, future)
    elif k == "spoken_year":
        if g.get("two"):
            t.value = str(2000 + int(NUMBERS.get((g.get("ones2") or "").lower(), 0)))
        else:
            tens = NUMBERS[g["tens"].lower()] if g["tens"].lower() != "ten" else 10
            t.value = str(1900 + tens + NUMBERS.get((g.get("ones") or "").lower(), 0))
    elif k == "weekend":
        relative = True
        if ref is not None:
            # The latest weekend (the reference's own when it falls on one); the coming one in
            # future talk.
            monday = ref - timedelta(days=ref.weekday())
            if ref.weekday() < 5 and not future:
                monday -= timedelta(days=7)
            t.value = V.week(monday) + "-WE"
    elif k == "fullyear":
        relative = True
        base = ctx.anchor if V.granularity(ctx.anchor) not in (None, "E", "C") else None
        start = V.first_day(base) if base else ref
        t.value = str(start.year) if start else None
    elif k == "entity":
        relative = True
        t.value = _dateparser_value(g.get("text") or "", ref, future)
    elif k == "nineeleven":
        t.value = "2001-09-11"

    if relative and ctx.year_only and t.type in ("DATE", "TIME"):
        t.value = V.truncate(t.value, "Y")
        t.end_value = V.truncate(t.end_value, "Y")


def _holiday(ref: date, h: str, future: bool) -> str | None:
    def on(year: int) -> date:
        if h.startswith("christmas"):
            return date(year, 12, 24 if h.endswith("eve") else 25)
        if h.startswith("new year"):
            return date(year, 12, 31) if h.endswith("eve") else date(year, 1, 1)
        if h.startswith("thanksgiving"):
            first = date(year, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if h.startswith("independence"):
            return date(year, 7, 4)
        return date(year, 10, 31)

    d = on(ref.year)
    if future and d < ref:
        d = on(ref.year + 1)
    elif not future and d > ref:
        d = on(ref.year - 1)
    return V.day(d)


def _relative(t: Timex, ctx: Context) -> bool:
    """"last week", "this month", "the following year", "that day", "the past year"."""
    g = t.groups
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit_word = re.sub(r"\s+", " ", g["unit"].lower())
    ref = ctx.ref
    if unit_word in ("morning", "afternoon", "evening", "night"):
        t.type = "TIME"
        offset = {"last": -1, "next": 1, "the previous": -1, "the next": 1, "the following": 1}.get(rel, 0)
        anaphoric = rel in ("that", "the same", "the previous", "the next", "the following")
        base = ctx.anchor if anaphoric and V.granularity(ctx.anchor) == "D" else (V.day(ref) if ref else None)
        if unit_word == "night" and rel == "last":
            offset = -1
        if base:
            t.value = f"{V.shift(base, offset, 'D')}T{_PARTS[unit_word]}"
        return True
    if unit_word in _SEASONS:
        if ref is not None:
            season = _SEASONS[unit_word]
            simple = rel.replace("the ", "")
            if simple in ("that", "same") and V.granularity(ctx.anchor):
                t.value = f"{V.first_day(ctx.anchor).year}-{season}"
            else:
                t.value = _season(ref, season, {"past": "last", "coming": "next"}.get(simple, simple))
        return True
    unit = {"weekend": "W", "week": "W", "month": "M", "year": "Y", "fiscal year": "Y",
            "quarter": "Q", "decade": "E", "century": "C", "day": "D"}[unit_word]  # fmt: skip
    # "the past year" / "the last week" / "the coming month": a stretch up to (from) now.
    if rel in ("the past", "the last", "this past", "the coming", "this coming", "that past"):
        t.direction = 1 if rel in ("the coming", "this coming") else -1
        t.stretch = _duration(1, unit) if unit_word != "weekend" else None
        rel = "next" if t.direction > 0 else "last"
    anaphoric = rel in ("the next", "the following", "the previous", "the preceding", "the prior",
                        "that", "the same", "same", "following", "previous")  # fmt: skip
    offset = {"last": -1, "past": -1, "previous": -1, "the previous": -1, "the preceding": -1,
              "the prior": -1, "next": 1, "coming": 1, "the next": 1, "the following": 1,
              "following": 1}.get(rel, 0)  # fmt: skip
    if unit == "D" and rel in ("this", "current"):
        anaphoric = False
    if anaphoric:
        base = ctx.anchor if V.granularity(ctx.anchor) not in (None, "E", "C") else None
        if base is None:
            return True  # no earlier date to count from: leave it unresolved
        if unit in ("E", "C"):
            return True
        base_day = V.first_day(base)
        value = V.shift(_unit_value(base_day, unit), offset, unit) if base_day else None
        if value is not None and V.granularity(base) in ("Y",) and unit in ("D", "W", "M"):
            value = None  # "the next day" after "2004" has no day
        t.value = value
        return True
    if ref is None:
        return True
    if unit == "E":
        t.value = str(ref.year + 10 * offset)[:3]
    elif unit == "C":
        t.value = f"{ref.year // 100 + offset:02d}"
    else:
        t.value = V.shift(_unit_value(ref, unit), offset, unit)
        if unit_word == "weekend" and t.value:
            t.value += "-WE"
    return True


def _ago(t: Timex, ctx: Context) -> bool:
    """"five years ago", "more than two weeks ago", "a day later", "two years earlier"."""
    g = t.groups
    n = _num(g.get("num"))
    unit = _unit(g.get("unit"))
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    t.mod = _APPROX.get((g.get("approx") or "").lower())
    if n is None or unit in ("H", "MIN", "S", "C"):
        if direction in ("earlier", "later"):  # "a few days later": a vague stretch, not a date
            t.type, t.value = "DURATION", _duration(n, unit)
        else:
            t.value = "PAST_REF" if direction in ("ago", "back") else "FUTURE_REF"
        return False
    sign = -1 if direction in ("ago", "earlier", "back") else 1
    if unit == "F":
        n, unit = n * 2, "W"
    if unit == "WE":
        unit = "W"
    if unit == "E":
        n, unit = n * 10, "Y"
    anaphoric = direction in ("earlier", "later")
    base: str | None = None
    # Year-on-year comparisons ("a year ago") keep the quarter being compared.
    if unit == "Y" and V.granularity(ctx.anchor) == "Q":
        anaphoric = True
    if anaphoric and V.granularity(ctx.anchor) not in (None, "E", "C"):
        base = V.shift(ctx.anchor, int(sign * n), unit) if n == int(n) else None
    if base is None and ctx.ref is not None:
        base = V.shift(_unit_value(ctx.ref, unit), int(sign * n), unit) if n == int(n) else None
    t.value = base
    return True


def _dateparser_value(text: str, ref: date | None, future: bool) -> str | None:
    """Last resort for a spaCy date the rules do not know: dateparser, at the granularity it
    reports, counting from the reference date; None when it cannot say."""
    if ref is None:
        return None
    import dateparser
    from datetime import datetime

    parser = dateparser.date.DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    return {"year": str(d.year), "month": V.month(d), "week": V.week(d)}.get(data.period or "", V.day(d))
