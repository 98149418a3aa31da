"""The time stage: finds and normalises time expressions, and dates events.

``annotate`` sets the reference date (published date, dateline or copyright year), tags every
time expression and keeps the dated ones in ``analysis.times``; ``time_for_event`` gives the
date of one event from the expression that governs its trigger.
"""

from __future__ import annotations

import re
from datetime import date

from warscope.analysis import Analysis
from warscope.model import TimeExpression, TimeSpan
from warscope.time import values as V
from warscope.time.attach import time_for_event
from warscope.time.grammar import Timex
from warscope.time.reference import Reference, reference
from warscope.time.tagger import tag

__all__ = ["annotate", "time_for_event", "expressions", "TimeSpan"]

# Two dates joined into one range: "from May to July 2020", "between 2004 and 2006", "2004-2006".
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
# "Around 3 May", "as reported on 2 May": a day that is only approximately the event's, which
# ACLED codes with precision 2.
_APPROXIMATE_DAY = re.compile(
    r"\b(?:around|about|circa|approximately|sometime|on\s+or\s+about|or\s+so|reported)\s+(?:on\s+)?$",
    re.I,
)


def _expression(text: str, t: Timex, ref: Reference) -> TimeExpression | None:
    """The warscope form of one tagged expression, or None when it dates nothing."""
    base = dict(text=text[t.start : t.end], start=t.start, end=t.end)
    if t.type == "DURATION":
        if t.direction == 0 or ref.day is None or ref.year_only:
            return None
        value, end_value, precision = V.anchored_range(t.value or "", ref.day, t.direction)
        if value is None:
            return None
        return TimeExpression(**base, value=value, end_value=end_value, precision=precision)
    if t.stretch is not None and ref.day is not None and not ref.year_only:
        value, end_value, precision = V.anchored_range(t.stretch, ref.day, t.direction)
        return TimeExpression(**base, value=value, end_value=end_value, precision=precision)
    if t.type == "SET" or (t.value or "").endswith("_REF"):
        return None
    value, end_value, precision = V.to_range(t.value, t.mod)
    if t.end_value is not None:  # "May 3-5", "2004-2006"
        end_value = t.end_value
        if precision is not None and precision < 3:
            precision = 2 if _days(value, end_value) <= 14 else 3
    if t.kind == "ago" and value is not None and t.mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        # "more than five years ago": some time before then; the start is open.
        end_value = end_value or value
        value = None
    elif t.kind == "ago" and value is not None and t.mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        end_value = ref.value
    if precision == 1 and _APPROXIMATE_DAY.search(text[max(0, t.start - 25) : t.start]):
        precision = 2
    return TimeExpression(**base, value=value, end_value=end_value, precision=precision)


def _days(a: str | None, b: str | None) -> int:
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 99


def _merge_ranges(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """Join "from X to Y" / "between X and Y" / "X-Y" into one expression spanning both."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(times):
        a = times[i]
        if i + 1 < len(times):
            b = times[i + 1]
            joiner = text[a.end : b.start]
            opened = _RANGE_OPEN.search(text[max(0, a.start - 10) : a.start])
            dash = joiner.strip() in ("-", "–", "—")
            if (
                _RANGE_JOIN.match(joiner)
                and (opened or dash)
                and a.value is not None
                and b.value is not None
                and a.end_value is None
                and (b.end_value or b.value) >= a.value
            ):
                start = a.start  # the preposition stays out, as in TimeML
                out.append(
                    TimeExpression(
                        text=text[start : b.end],
                        start=start,
                        end=b.end,
                        value=a.value,
                        end_value=b.end_value or b.value,
                        precision=max(a.precision or 3, b.precision or 3),
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def expressions(analysis: Analysis) -> list[Timex]:
    """Every tagged expression of the document, TimeML-style (durations and sets included)."""
    ref = reference(analysis.document)
    return tag(analysis.text, ref.day, ref.year_only, analysis.doc)


def annotate(analysis: Analysis) -> None:
    ref = reference(analysis.document)
    analysis.reference_date = ref.value
    analysis.reference_source = ref.source
    text = analysis.text
    times = []
    for t in tag(text, ref.day, ref.year_only, analysis.doc):
        expr = _expression(text, t, ref)
        if expr is not None:
            times.append(expr)
    analysis.times = _merge_ranges(text, times)
