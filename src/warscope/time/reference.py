"""The reference date relative expressions count from.

In order: the document's publication date (given by the user or read from HTML metadata), a
dateline at the top of the text ("LIMA, 10 JAN 90 (EFE)", "Wed 05 Apr 2017",
"KABUL, Aug 27 (Reuters) -"), then the year of a copyright footer (year precision only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from warscope.model import Document
from warscope.time import grammar
from warscope.time.grammar import MONTHS

_HEAD_CHARS = 600
# A dateline: a short line that is (mostly) a date, or a date followed by an agency in brackets,
# or "CITY, <date>" at the start of a line.
_AGENCY_AFTER = re.compile(r"^\s*\((?:[A-Z][\w .&-]{1,30})\)|^\s*[-—–:]")
_CITY_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .'-]{1,40}(?:\s*\([^)]*\))?,\s*$")
_LINE_START = re.compile(
    r"(?:^|\n)\s*(?:(?:Published|Posted|(?:Last\s+)?Updated|Dated?|Date\s+of\s+publication)\s*:?\s*"
    r"(?:on\s+|at\s+)?)?$",
    re.I,
)
_AGENCY_BEFORE = re.compile(
    r"\b(?:AFP|Reuters|AP|EFE|ANSA|Xinhua|SANA|DPA|IRNA|UPI)\s*[,)]?\s*(?:[A-Z][a-z]+day,?\s*)?$"
)


@dataclass
class Reference:
    day: date | None = None
    year_only: bool = False
    source: str | None = None  # published | dateline | copyright
    span: tuple[int, int] | None = None  # the dateline's characters, when there is one

    @property
    def value(self) -> str | None:
        if self.day is None:
            return None
        return str(self.day.year) if self.year_only else self.day.isoformat()


def _published(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def dateline(text: str, year_hint: int | None = None) -> tuple[date | None, tuple[int, int]] | None:
    """A date written as a dateline near the top of the text, with its span; the date is None
    when the dateline has no year and there is no year hint ("KABUL, Aug 27 (Reuters) -")."""
    head = text[:_HEAD_CHARS]
    for t in grammar.find(head):
        if t.kind not in ("mdy", "dmy", "md", "iso", "slash", "dotted"):
            continue
        line_start = head.rfind("\n", 0, t.start) + 1
        line_end = head.find("\n", t.end)
        line_end = len(head) if line_end < 0 else line_end
        line = head[line_start:line_end]
        before, after = head[line_start : t.start], head[t.end : line_end]
        looks_like = (
            len(line.strip()) <= 40
            or _AGENCY_AFTER.match(after)
            or _CITY_BEFORE.search(head[max(0, t.start - 60) : t.start])
            or (_LINE_START.search(before) and (len(after.strip()) <= 3 or t.start < 60))
            or _AGENCY_BEFORE.search(before)
        )
        if not looks_like:
            continue
        g = t.groups
        if t.kind in ("iso", "slash", "dotted"):
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
            if t.kind == "slash" and mo > 12 >= d:
                mo, d = d, mo
        else:
            mo, d = MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
            y = g.get("y")
            if y is None:
                if year_hint is None:
                    return None, (t.start, t.end)  # "Aug 27" alone: no year to give it
                y = year_hint
            y = int(y)
        if y < 100:
            y += 2000 if y <= 30 else 1900
        try:
            return date(y, mo, d), (t.start, t.end)
        except ValueError:
            return None, (t.start, t.end)
    return None


def reference(document: Document) -> Reference:
    published = _published(document.published)
    copyright_year = getattr(document, "_copyright_year", None)
    line = dateline(document.text, copyright_year)
    if published is not None:
        return Reference(published, False, "published", line[1] if line else None)
    if line is not None and line[0] is not None:
        return Reference(line[0], False, "dateline", line[1])
    if copyright_year:
        # Mid-year, so that "last month" or "yesterday" still land in the same year.
        return Reference(date(int(copyright_year), 7, 1), True, "copyright")
    return Reference()
