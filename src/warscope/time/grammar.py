"""Finding time expressions in text: a small rule grammar in the spirit of HeidelTime.

Each rule is a regular expression with named groups and a ``kind``; overlapping matches are settled
longest-first. Rules find dates, relative dates, times of day, durations and sets, because the
TimeML corpora score all four; only dates and anchored durations become event dates later.
Spans follow TimeML: prepositions ("on", "in") stay outside, determiners ("the past week") inside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "W", "fortnight": "F", "month": "M", "quarter": "Q", "year": "Y", "decade": "E",
    "century": "C", "centurie": "C",
}  # fmt: skip

_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
# Months are matched case-sensitively (Title or UPPER case) so "may" and "march" stay verbs.
_MON = (
    "(?P<mon>"
    + "|".join(_MONTH_NAMES + [m.upper() for m in _MONTH_NAMES])
    + "|"
    + "|".join(f"{a}\\.?|{a.upper()}\\.?" for a in _MONTH_ABBR)
    + ")"
)
_MON_FULL = "(?P<mon>" + "|".join(_MONTH_NAMES) + "|Sept\\.)"
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WD_FULL = "(?:" + "|".join(_WEEKDAY_NAMES + [w.upper() for w in _WEEKDAY_NAMES]) + ")"
_WD_ABBR = "(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?"
_DAYNUM = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_NUM = (
    r"(?P<num>\d+(?:\.\d+)?|(?:" + _TENS + r")(?:[- ](?:" + _ONES + r"))?|" + _ONES
    + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    + "|a hundred|hundred|a couple of|couple of|a dozen|dozen|half a|a few|few|several|many"
    + "|some|dozens of|hundreds of|a|an)"
)
_UNIT = (
    r"(?P<unit>second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade"
    r"|centur(?:y|ie))s?"
)
_APPROX = (
    r"(?:(?P<approx>more than|less than|fewer than|about|nearly|almost|over(?!\s+the\b)|at least|up to|"
    r"roughly|around|approximately|at most|just over|just under|only)\s+)?"
)
_PART = r"(?P<part>morning|afternoon|evening|night)"
_MOD = r"(?:(?P<pre>early|late|mid|earlier|later)[\s-]+|(?P<pre2>mid)-)?"

# (kind, pattern, flags). Case-insensitive unless the pattern names a month or weekday.
_I = re.IGNORECASE
RULES: list[tuple[str, str, int]] = [
    # The 2001 attacks are named by their date: "the Sept. 11 attacks", "since 9/11".
    (
        "nineeleven",
        r"(?<![\d/])9/11(?![\d/])|\b(?:Sept\.?|September)\s+11(?:th)?"
        r"(?=,?\s+(?:attacks?|terror\w*|hijack\w*|strikes|commission|plot))",
        0,
    ),
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", 0),
    ("dotted", r"\b(?P<d>[0-3]?\d)[.-](?P<m>[01]?\d)[.-](?P<y>(?:19|20)\d\d)\b", 0),
    ("slash", r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b", 0),
    (
        "mdy",
        rf"(?:{_WD_FULL},?\s+|{_WD_ABBR},?\s+)?{_MON}\s*{_DAYNUM}(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?"
        r",?\s+(?P<y>\d{4})\b",
        0,
    ),
    (
        "dmy",
        rf"(?:{_WD_FULL},?\s+|{_WD_ABBR},?\s+)?{_DAYNUM}(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?\s+(?:of\s+)?"
        rf"{_MON},?\s+(?P<y>\d{{4}}|\d{{2}}(?=\s*\(|\s*$|\s*\n))",
        re.MULTILINE,
    ),
    (
        "md",
        rf"(?:{_WD_FULL},?\s+|{_WD_ABBR},?\s+)?{_MON}\s*{_DAYNUM}(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?\b"
        r"(?!\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|civilians|fighters|dead\b|killed))",
        0,
    ),
    ("dm", rf"(?:{_WD_FULL},?\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON}\b", 0),
    ("my", rf"{_MOD}{_MON},?\s+(?:of\s+)?(?P<y>\d{{4}})\b", 0),
    ("m", rf"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+|{_MOD}){_MON_FULL}\b(?!\s*\d)", 0),
    (
        "yearrange",
        r"(?<![$€£#\d.,/-])\b(?P<y>1[6-9]\d\d|20\d\d)\s*[-–]\s*(?P<y2>(?:1[6-9]|20)?\d\d)\b(?![-–/.,]\d)",
        0,
    ),
    (
        "year",
        r"(?:(?P<pre>early|late|mid)[\s-]+|(?P<pre2>mid)-)?(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?"
        r"(?<![$€£#\d.,/-])(?P<y>1[6-9]\d\d|20\d\d)\b(?!s\b|'s\b|\s*%|[-–/]\d|[.,]\d)",
        _I,
    ),
    (
        "decade",
        r"(?:the\s+)?(?:(?P<pre>early|late|mid)[\s-]+)?(?:(?P<y>1[6-9]\d0|20\d0)|'(?P<yy>\d0))'?s\b",
        _I,
    ),
    (
        "century",
        r"(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?first|second|fifteenth|sixteenth"
        r"|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b",
        _I,
    ),
    (
        "weekday",
        rf"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\s+)?(?P<wd>{_WD_FULL})(?P<pl>s\b)?"
        rf"(?:\s+(?P<part>morning|afternoon|evening|night))?",
        0,
    ),
    (
        "deictic",
        r"\b(?:(?P<before>the\s+day\s+before\s+yesterday)|(?P<after>the\s+day\s+after\s+tomorrow)"
        rf"|(?P<w>today|tonight|yesterday|tomorrow))(?:\s+{_PART})?\b",
        _I,
    ),
    (
        "rel",
        r"\b(?:(?P<pre>early|late|mid|earlier|later)[\s-]+)?(?:(?P<edge>the\s+(?:end|beginning|start"
        r"|middle)\s+of|(?:end|beginning|start)\s+of)\s+)?"
        r"(?P<rel>last|this|next|past|coming|previous|following|current|same|that|"
        r"the\s+(?:past|last|next|coming|previous|following|current|same|preceding|prior)|"
        r"(?:this|that)\s+(?:past|coming))\s+"
        r"(?P<unit>weekend|week|month|year|quarter|decade|century|day|morning|afternoon|evening"
        r"|night|spring|summer|fall|autumn|winter|fiscal year)\b",
        _I,
    ),
    (
        "quarter",
        r"\b(?:the\s+(?:(?P<y3>\d{4})\s+)?|(?P<rel2>this|last|next)\s+year's\s+|(?P<y2>\d{4})'s\s+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?"
        r"(?P<q>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<y>\d{4})|\s+of\s+(?P<rel>last|this|next)"
        r"\s+year|\s+of\s+the\s+year)?\b",
        _I,
    ),
    (
        "thequarter",
        r"\bthe\s+(?P<which>latest\s+|most\s+recent\s+|year-earlier\s+|year-ago\s+)?quarter\b",
        _I,
    ),
    ("weekend", r"\b(?:(?<=\bover )|(?<=\bat )|(?<=\bduring )|(?<=\bon ))the\s+weekend\b", _I),
    ("fullyear", r"\bthe\s+(?:full|whole|entire)\s+year\b", _I),
    ("yearago", r"\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|month))?\b", _I),
    (
        "season",
        r"\b(?:(?P<pre>early|late|mid)[\s-]+)?(?:(?P<rel>last|this|next|the|that)\s+)?"
        r"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?\b",
        _I,
    ),
    (
        "ago",
        rf"\b{_APPROX}{_NUM}(?:\s+and\s+a\s+half)?[\s-]+{_UNIT}\b\s+(?P<dir>ago|earlier|later|back"
        r"|from\s+now|hence)\b",
        _I,
    ),
    (
        "duration",
        rf"\b{_APPROX}(?:(?P<det>the)\s+)?(?:(?P<rel>last|past|next|coming|first|previous|following"
        rf"|final|latest|recent|preceding)\s+)?{_NUM}(?P<half1>\s+1/2|\s+and\s+a\s+half)?[\s-]+{_UNIT}\b"
        r"(?P<half2>\s+and\s+a\s+half)?(?![\s-]+old\b)(?!-)",
        _I,
    ),
    ("bareunits", r"(?:(?<=\bfor )|(?<=\bover ))(?P<unit>years|months|weeks|decades|days|hours)\b", _I),
    (
        "time",
        r"\b(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
        r"(?:\s+(?P<tz>EDT|EST|CDT|CST|PDT|PST|GMT|UTC|local\s+time))?",
        _I,
    ),
    ("noon", r"\b(?P<w>noon|midday|midnight)\b", _I),
    (
        "ref",
        r"\b(?P<w>now|currently|current|recently|soon|nowadays|lately|these\s+days|"
        r"the\s+future|the\s+past|recent\s+(?:years|months|weeks|days|times)|in\s+the\s+near\s+future)\b",
        _I,
    ),
    (
        "set",
        r"\b(?:(?:every|each)\s+(?P<every>day|week|month|year|morning|night|weekend|"
        rf"{'|'.join(_WEEKDAY_NAMES)})|(?P<adv>daily|weekly|monthly|annually|yearly|nightly|hourly))\b",
        _I,
    ),
    (
        "holiday",
        r"\b(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)?|Thanksgiving(?:\s+Day)?"
        r"|Independence\s+Day|Halloween)\b",
        0,
    ),
    (
        "spoken_year",
        r"\b(?:the\s+year\s+)?(?:nineteen[\s-]+(?P<tens>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty"
        r"|ninety)(?:[\s-]+(?P<ones>one|two|three|four|five|six|seven|eight|nine))?|(?P<two>two\s+thousand)"
        r"(?:\s+and\s+(?P<ones2>one|two|three|four|five|six|seven|eight|nine))?)\b",
        _I,
    ),
]
_COMPILED = [(kind, re.compile(pattern, flags)) for kind, pattern, flags in RULES]

# Words before a lone month name, season or "May"/"March" that show it is a date.
_DATE_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|during|of|from|to|before|after|early|late|mid|last|"
    r"this|next|between|and|or|each|every|throughout)\s+|mid-)$",
    re.IGNORECASE,
)
_AMBIGUOUS_MONTHS = {"May", "March"}
# Leading edge phrases that extend a date: "the end of 2019", "the beginning of last year".
_EDGE = re.compile(r"(?:\b(?P<the>the)\s+)?\b(?P<edge>end|beginning|start|middle)\s+of\s+$", _I)


@dataclass
class Timex:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None] = field(default_factory=dict)
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    value: str | None = None  # TimeML value
    mod: str | None = None  # START | MID | END | MORE_THAN | LESS_THAN | APPROX
    end_value: str | None = None  # second end of an explicit range ("May 3-5")
    direction: int = 0  # durations: -1 "the past two weeks", +1 "the next two weeks"
    # "the past year": TimeML calls it last year (a DATE), but it dates events as the twelve
    # months up to the reference; this duration gives that stretch.
    stretch: str | None = None


def _acceptable(kind: str, m: re.Match, text: str) -> bool:
    before = text[max(0, m.start() - 25) : m.start()]
    g = m.groupdict()
    if kind == "m" and not g.get("rel") and not g.get("pre") and not g.get("pre2"):
        mon = g["mon"]
        if mon in _AMBIGUOUS_MONTHS and not _DATE_CONTEXT.search(before):
            return False
    if kind == "season" and not g.get("y") and not g.get("rel") and not g.get("pre"):
        if not _DATE_CONTEXT.search(before):
            return False
    if kind == "season" and not g.get("y"):
        # "the fall of Kabul", "the summer of discontent": not seasons.
        if re.match(r"\s+of\b", text[m.end() : m.end() + 5], _I):
            return False
        if g.get("s", "").lower() == "fall" and (g.get("rel") or "").lower() in ("", "the", "that"):
            if not _DATE_CONTEXT.search(before):
                return False
    if kind == "year":
        # "the 1990 troops" is a count and "at 2030 hours" a clock time; "1,990" or "$2004" never
        # reach here (lookbehind).
        after = text[m.end() : m.end() + 20]
        if re.match(
            r"\s+(?:people|troops|fighters|men|women|soldiers|civilians|dead|killed|hours?|hrs|gmt"
            r"|local)\b",
            after,
            _I,
        ):
            return False
        if re.search(r"\bat\s+$", before, _I) and not g.get("pre") and not g.get("fiscal"):
            return False
    if kind == "duration" and g.get("num", "").lower() in ("a", "an", "some", "many") and not g.get("rel"):
        # "a day" in "twice a day" is a frequency, not a duration.
        if re.search(r"\b(?:once|twice|times|per)\s+$", before, _I):
            return False
    if kind in ("duration", "ago") and (g.get("unit") or "").lower() == "second":
        # "the 1988 second quarter": "second" after a number is an ordinal unless it is "a second".
        if (g.get("num") or "").lower() not in ("a", "one", "1"):
            return False
    return True


def find(text: str) -> list[Timex]:
    """All time expressions in ``text`` (not yet normalised), in text order, non-overlapping."""
    found: list[Timex] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            if m.end() <= m.start() or not _acceptable(kind, m, text):
                continue
            found.append(Timex(m.start(), m.end(), kind, m.groupdict()))
    # Longest first; among equals the earlier rule (more specific) wins.
    order = {kind: i for i, (kind, _, _) in enumerate(RULES)}
    found.sort(key=lambda t: (-(t.end - t.start), order[t.kind], t.start))
    chosen: list[Timex] = []
    taken = bytearray(len(text) + 1)
    for t in found:
        if any(taken[t.start : t.end]):
            continue
        taken[t.start : t.end] = b"\x01" * (t.end - t.start)
        chosen.append(t)
    chosen.sort(key=lambda t: t.start)
    for t in chosen:
        _extend_edge(t, text)
    return chosen


def _extend_edge(t: Timex, text: str) -> None:
    """Pull "the end of" / "the beginning of" into the expression, as a START/END/MID mod."""
    if t.kind not in ("year", "my", "m", "rel", "decade", "century", "season", "quarter"):
        return
    m = _EDGE.search(text[max(0, t.start - 30) : t.start])
    if not m:
        return
    t.start = t.start - (len(text[max(0, t.start - 30) : t.start]) - m.start())
    t.groups["edge"] = m.group("edge")
