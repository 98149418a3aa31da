"""Dating one event: which time expression governs its trigger.

In order: an expression attached by the dependency parse to the trigger or to the verb it hangs
from (without crossing another verb); else the nearest one in the same sentence; else the closest
one earlier in the same paragraph (the paragraph's own date carries over to its later sentences).
The publication date is never used unless the text itself says "today", "on Thursday" and so on,
and a dateline at the top of the article does not date events.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from warscope.analysis import Analysis
from warscope.model import TimeExpression, TimeSpan
from warscope.time.reference import dateline

_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+(?:the\s+)?$", re.I)
_CLAUSE_POS = ("VERB", "AUX")


def _root(analysis: Analysis, start: int, end: int) -> Token | None:
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the heads above it up to its verb ("attack" -> "killed" in "killed in an attack")."""
    chain = [trigger]
    tok = trigger
    for _ in range(4):
        if tok.pos_ in _CLAUSE_POS or tok.head is tok:
            break
        tok = tok.head
        chain.append(tok)
    return chain


def _governs(expr_root: Token, chain: list[Token]) -> int | None:
    """Steps from the expression up to a token of the chain, or None if another clause intervenes."""
    targets = {t.i for t in chain}
    tok = expr_root
    for steps in range(8):
        if tok.i in targets:
            return steps
        if steps > 0 and tok.pos_ in _CLAUSE_POS:
            return None
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _paragraph(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


def _span(analysis: Analysis, expr: TimeExpression) -> TimeSpan:
    text = analysis.text
    if _SINCE.search(text[max(0, expr.start - 20) : expr.start]) and expr.value:
        # "fighting since 2004": a durative event from then up to the reference date.
        end = analysis.reference_date if analysis.reference_source != "copyright" else None
        return TimeSpan(start=expr.value, end=end, precision=_range_precision(expr.value, end), text=expr.text)
    return TimeSpan(start=expr.value, end=expr.end_value, precision=expr.precision, text=expr.text)


def _range_precision(start: str, end: str | None) -> int:
    """ACLED precision of a stretch: 2 up to a week ("since Sunday"), 3 anything longer."""
    try:
        days = (date.fromisoformat(end) - date.fromisoformat(start)).days  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 3
    return 2 if days <= 7 else 3


def time_for_event(analysis: Analysis, start: int, end: int) -> TimeSpan:
    """The date of the event whose trigger spans text[start:end]; an empty TimeSpan when unknown."""
    line = dateline(analysis.text[:600])
    usable = [
        t
        for t in analysis.times
        if (t.value is not None or t.end_value is not None)
        and not (line and t.start < line[1][1] and t.end > line[1][0])
        and not (t.start < end and t.end > start)
    ]
    if not usable:
        return TimeSpan()
    sent_i = analysis.sentence_index(start)
    same = [t for t in usable if analysis.sentence_index(t.start) == sent_i]
    trigger = _root(analysis, start, end)
    if same and trigger is not None:
        chain = _chain(trigger)
        governed = []
        for t in same:
            root = _root(analysis, t.start, t.end)
            steps = _governs(root, chain) if root is not None else None
            if steps is not None:
                # A fronted adverbial ("On 29 April, ...") frames the whole clause: on a tie in
                # depth it beats a later expression the parser hung on the same verb.
                fronted = 0 if root.i - root.sent.start <= 3 else 1
                governed.append((steps, fronted, abs(root.i - trigger.i), t))
        if governed:
            return _span(analysis, min(governed, key=lambda g: g[:3])[3])
    if same:
        nearest = min(same, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
        return _span(analysis, nearest)
    para_start, _ = _paragraph(analysis.text, start)
    earlier = [t for t in usable if para_start <= t.start and t.end <= start]
    if earlier:
        return _span(analysis, max(earlier, key=lambda t: t.start))
    return TimeSpan()
