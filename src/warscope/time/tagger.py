"""Tagging: rule matches, checked against spaCy's DATE/TIME entities, normalised in text order.

Used by the pipeline stage and by the TimeML evaluation alike, so the scores measure the code
that dates events.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from warscope.time import values as V
from warscope.time.grammar import Timex, find
from warscope.time.resolve import Context, resolve

_FUTURE_AUX = {"will", "'ll", "wo", "shall", "would", "'d"}
# Verbs whose dates lie ahead ("plans to meet Monday"); not "set", which sets fire to things.
_FUTURE_LEMMAS = {"plan", "schedule", "expect", "intend"}
_FUTURE_BEFORE = re.compile(r"\b(?:as\s+(?:early|soon)\s+as|is\s+to|are\s+to|next)\s+$", re.I)


def _future(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the clause holding the expression talks about the future ("will meet on Monday",
    "plans to resume talks Tuesday", "as early as Friday")."""
    if doc is None:
        return False
    if _FUTURE_BEFORE.search(doc.text[max(0, start - 20) : start]):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            break
        tok = tok.head
    verbs = [tok]
    # "planned to drive ... on Monday": the plan governs the date.
    if tok.dep_ in ("xcomp", "ccomp") and tok.head is not tok:
        verbs.append(tok.head)
    for verb in verbs:
        if verb.lemma_.lower() in _FUTURE_LEMMAS and verb.tag_ != "VBN":
            return True
        if any(c.lower_ in _FUTURE_AUX and c.tag_ == "MD" for c in verb.children):
            return True
        # "talks are to resume Monday"
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if to_infinitive and verb is tok and tok.head.lemma_ == "be":
            return True
    return False


def _anchor_for(t: Timex) -> str | None:
    """What a resolved expression leaves as the discourse anchor (only concrete dates)."""
    if t.type not in ("DATE", "TIME"):
        return None
    g = V.granularity(t.value)
    if g is None or g in ("E", "C"):
        return None
    return t.value if g != "D" else t.value[:10]


# spaCy DATE/TIME entities the rules missed are kept only when they name a unit of time and are
# not an age ("a 21-year-old"), a frequency adjective ("annual") or a bare number.
_ENT_TEMPORAL = re.compile(
    r"\b(?:days?|weeks?|weekends?|months?|years?|decades?|centuries|hours|minutes|morning|night|"
    r"evening|afternoon|year-end|fiscal)\b",
    re.I,
)
_ENT_REJECT = re.compile(r"\bold\b|-old\b|\bannual|quarterly|\bage[ds]?\b|\d{3,}(?!\d*s\b)", re.I)
_ENT_LEAD = re.compile(r"^(?:(?:in|on|at|for|during|over|by|since|until|of|from)\s+)+", re.I)
_PLURAL_UNITS = re.compile(
    r"^(?:recent\s+|the\s+coming\s+|coming\s+)?(?P<unit>days|weeks|months|years|decades|centuries|hours"
    r"|minutes)$",
    re.I,
)


# Other spaCy dates ("the day", "the year") are mostly anaphoric; dateparser resolves too few of
# them right (on TimeML, value accuracy fell from 0.85 to 0.83 with them), so only entities that
# name a month or a year go to dateparser.
_ENT_EXPLICIT = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:19|20)\d\d)\b"
)
_ENT_REJECT_EXPLICIT = re.compile(r"-old\b|\bold\b|\d{5,}")


def _from_entities(doc: Doc, found: list[Timex]) -> list[Timex]:
    extra: list[Timex] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start_char, ent.end_char
        lead = _ENT_LEAD.match(ent.text)
        if lead:
            start += lead.end()
        if end <= start or any(t.start < end and start < t.end for t in found):
            continue
        text = doc.text[start:end]
        if _ENT_EXPLICIT.search(text) and not _ENT_REJECT_EXPLICIT.search(text):
            # A written-out date the rules missed ("the 4th of July, 2019"): dateparser reads it.
            extra.append(Timex(start, end, "entity", {"text": text}))
            continue
        if not _ENT_TEMPORAL.search(text) or _ENT_REJECT.search(text):
            continue
        plural = _PLURAL_UNITS.match(text)
        if plural:
            coming = text.lower().startswith(("coming", "the coming"))
            groups = {"unit": plural.group("unit"), "w": "the future"}
            extra.append(Timex(start, end, "ref" if coming else "bareunits", groups))
    return extra


def tag(text: str, ref: date | None, year_only: bool = False, doc: Doc | None = None) -> list[Timex]:
    """Find and normalise every time expression in ``text``."""
    found = find(text)
    if doc is not None:
        found = sorted(found + _from_entities(doc, found), key=lambda t: t.start)
    ctx = Context(ref=ref, year_only=year_only)
    for t in found:
        resolve(t, ctx, future=_future(doc, t.start, t.end))
        anchor = _anchor_for(t)
        # Comparisons ("a year earlier", "the year-ago quarter") look back without moving the story.
        comparison = t.kind in ("yearago", "thequarter") or (
            t.kind == "ago" and (t.groups.get("dir") or "").lower() in ("earlier", "later")
        )
        if anchor is not None and not comparison:
            ctx.anchor = anchor
    return _clock_with_day(text, found)


_DAY_AFTER_CLOCK = re.compile(r"^,?\s*(?:on\s+)?$")


def _clock_with_day(text: str, found: list[Timex]) -> list[Timex]:
    """"9 a.m. Tuesday", "noon Thursday": one TIME on that day rather than a time and a date."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            t.kind in ("time", "noon")
            and nxt is not None
            and nxt.kind in ("weekday", "md", "dm", "mdy", "dmy", "deictic")
            and _DAY_AFTER_CLOCK.match(text[t.end : nxt.start])
            and t.value
            and "T" in t.value
            and V.granularity(nxt.value) == "D"
        ):
            clock = t.value.split("T", 1)[1]
            out.append(Timex(t.start, nxt.end, "clockday", {}, "TIME", f"{nxt.value[:10]}T{clock}"))
            i += 2
            continue
        out.append(t)
        i += 1
    return out
