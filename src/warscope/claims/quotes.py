"""Direct quotations and who said them.

Quotes are read from the marks themselves (straight or curly), paragraph by paragraph; the speaker from
the speech verb next to them ("...," he said / said Mr. X / X told Y: "..."). A quote with no speaker
next to it continues the previous quote of its paragraph ("...," he said. "...") or, when it opens a
paragraph after one whose quote never closed, that quote's speaker. Short quotes with no speaker are
titles or scare quotes and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warscope.analysis import Analysis
from warscope.claims import common
from warscope.model import Quote

CLOSE = {"”", '"', "»"}
_VERBS = (
    r"said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|"
    r"stated|states|declared|declares|insisted|insists|warned|warns|recalled|recalls|continued|"
    r"replied|replies|remarked|argued|argues|claimed|claims|shouted|announced|tweeted|posted"
)
# A word of a speaker's name: a plain word, a title abbreviation ("Gen.") or initials ("U.S.").
_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|Adm|Cmdr|Gov|Jr|Sr|St)\.|(?:[A-Z]\.)+|[^\s\"“”.!?;:]+)"
_AFTER_INVERTED = re.compile(
    rf"^\s*,?\s*(?P<verb>{_VERBS}|according to)\s+(?P<rest>\S)", re.IGNORECASE
)
_AFTER_SUBJECT = re.compile(
    rf"^\s*,?\s*(?P<np>(?:(?!\b(?:{_VERBS})\b){_WORD}\s+){{1,8}}?)(?P<verb>{_VERBS})\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"(?P<np>(?:{_WORD}\s+){{1,8}}?)(?P<verb>{_VERBS})(?P<tail>\s+[^\"“”.!?;:]{{0,60}}?)?\s*(?:,|:|that)?\s*$",
    re.IGNORECASE,
)
_MIN_UNATTRIBUTED_WORDS = 6


@dataclass
class _Raw:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark, or the paragraph end when it never closes)
    open_at: int
    close_at: int  # index just past the closing mark (== end when unclosed)
    paragraph: int
    closed: bool


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:,") and not after.isspace()


def find_quotes(text: str) -> list[_Raw]:
    """Every quoted stretch, with offsets of its content inside the marks."""
    out: list[_Raw] = []
    for p, (ps, pe) in enumerate(_paragraphs(text)):
        i, open_at = ps, None
        while i < pe:
            ch = text[i]
            if open_at is None:
                if ch in ("“", "„", "«") or (ch == '"' and _is_opening_straight(text, i)):
                    open_at = i
            else:
                if ch in CLOSE and (ch != '"' or not _is_opening_straight(text, i) or text[open_at] == '"'):
                    if i > open_at + 1:
                        out.append(_Raw(open_at + 1, i, open_at, i + 1, p, True))
                    open_at = None
            i += 1
        if open_at is not None:
            end = pe
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            if end > open_at + 1:
                out.append(_Raw(open_at + 1, end, open_at, end, p, False))
    return out


@dataclass
class _Speaker:
    text: str
    start: int
    end: int


def _np_at(analysis: Analysis, char: int) -> _Speaker | None:
    """The noun phrase that starts at character ``char`` ("Bruce Hoffman, director of ..." -> "Bruce Hoffman")."""
    doc = analysis.doc
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    for chunk in doc.noun_chunks:
        if chunk.start <= tok.i < chunk.end:
            return _Speaker(chunk.text, chunk.start_char, chunk.end_char)
    head = tok
    while head.head.i != head.i and head.dep_ in ("compound", "amod", "det", "poss") and head.head.i > head.i:
        head = head.head
    s, e = common.np_span(head)
    return _Speaker(doc[s:e].text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))


def _subject_near(analysis: Analysis, verb_char: int, lo: int, hi: int) -> _Speaker | None:
    """The subject of the speech verb at ``verb_char``, if it lies inside [lo, hi)."""
    doc = analysis.doc
    span = doc.char_span(verb_char, verb_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            s, e = common.np_span(child)
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            if lo <= start and end <= hi:
                return _Speaker(analysis.text[start:end], start, end)
    return None


def _clean(text: str, start: int, end: int) -> _Speaker | None:
    while start < end and (text[start].isspace() or text[start] in ",—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ","):
        end -= 1
    if start >= end:
        return None
    return _Speaker(text[start:end], start, end)


def _plausible(analysis: Analysis, sp: _Speaker | None) -> _Speaker | None:
    """A speaker read by pattern alone must name someone: a noun, a name or a pronoun, not "and"."""
    if sp is None:
        return None
    span = analysis.doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in span):
        return None
    if span[0].pos_ in ("CCONJ", "SCONJ", "VERB", "ADP"):
        return None
    return sp


def _speaker_after(analysis: Analysis, q: _Raw, limit: int) -> _Speaker | None:
    text = analysis.text
    window = text[q.close_at : limit]
    m = _AFTER_INVERTED.match(window)
    if m:
        return _np_at(analysis, q.close_at + m.start("rest"))
    m = _AFTER_SUBJECT.match(window)
    if m:
        verb_at = q.close_at + m.start("verb")
        np_start, np_end = q.close_at + m.start("np"), q.close_at + m.end("np")
        return _subject_near(analysis, verb_at, np_start, np_end) or _plausible(analysis, _clean(text, np_start, np_end))
    return None


def _speaker_before(analysis: Analysis, q: _Raw, floor: int) -> _Speaker | None:
    text = analysis.text
    window = text[floor : q.open_at]
    m = _BEFORE.search(window)
    if not m:
        return None
    verb_at = floor + m.start("verb")
    np_start, np_end = floor + m.start("np"), floor + m.end("np")
    subject = _subject_near(analysis, verb_at, floor, q.open_at)
    if subject is not None:
        return subject
    sp = _plausible(analysis, _clean(text, np_start, np_end))
    if sp is not None and len(sp.text.split()) <= 5:
        return sp
    return None


def _paragraph_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def annotate(analysis: Analysis) -> None:
    text = analysis.text
    raws = find_quotes(text)
    speakers: list[_Speaker | None] = []
    for k, q in enumerate(raws):
        nxt = raws[k + 1].open_at if k + 1 < len(raws) and raws[k + 1].paragraph == q.paragraph else _paragraph_end(text, q.close_at)
        same_par_prev = k > 0 and raws[k - 1].paragraph == q.paragraph
        floor = raws[k - 1].close_at if same_par_prev else analysis.sentence_at(q.open_at).start_char
        floor = max(floor, analysis.sentence_at(q.open_at).start_char)
        speaker = _speaker_after(analysis, q, nxt) if q.closed else None
        if speaker is None:
            speaker = _speaker_before(analysis, q, floor)
        if speaker is None and k > 0:
            prev = raws[k - 1]
            # "...," he said. "..." -- or a quote carried over from an unclosed paragraph
            if same_par_prev or (not prev.closed and prev.paragraph == q.paragraph - 1):
                speaker = speakers[k - 1]
        speakers.append(speaker)
    for q, speaker in zip(raws, speakers):
        content = text[q.start : q.end]
        if speaker is None and len(content.split()) < _MIN_UNATTRIBUTED_WORDS:
            continue
        actor = common.resolve_actor(analysis, speaker.start, speaker.end) if speaker else None
        analysis.quotes.append(
            Quote(
                speaker=actor,
                speaker_text=speaker.text if speaker else "",
                text=content,
                start=q.start,
                end=q.end,
            )
        )
