"""Coder remarks out of ACLED ``notes`` before they are used as input text.

About 6% of notes carry remarks that give the answer away ("Fatalities coded as 0 (... reported 3)",
"(coded separately)", "split across 3 events") and many protest notes end with "[size=...]". They are
ACLED's bookkeeping, not reporting, so they are removed in five steps:

0. a leading coder label naming the sub-event type ("Property destruction: ...", "Movement of
   forces: ...", "Arrests: ...": about 2% of notes, nearly all strategic developments);
1. ``[size=...]`` tags;
2. a bracketed aside, (...) or [...], that says "coded" or matches a remark of step 4;
3. an appositive clause ", coded as ..." (up to the next comma or sentence end);
4. any remaining sentence that says "coded as", "coded separately",
   "split/spread across/between/among/over ... events/locations/days", "fatalities split" or
   "geo(-)precision"; when the remark trails a longer sentence after a comma or semicolon, only
   that tail goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Coder labels that open a note and name its (sub-)event type.
_LABEL_RE = re.compile(
    r"^\s*(?:property destruction|destruction of property|movement of forces|looting|arrests?|"
    r"security measures?|defusal|agreement|recruitment|detonation|change to (?:armed )?group(?:/activity)?|"
    r"weapons? seizure|other|coup(?:/military takeover)?|headquarters or base established|"
    r"explosive remnants of war|formation of armed group|interception|land seizure|raid|strikes?|"
    r"non-violent activity|disrupted weapons use|looting/property destruction)\s*:\s+",
    re.I,
)
# "[size=...]", also with a stray "}" or cut off at the end of the notes.
_SIZE_RE = re.compile(r"\s*\[\s*size\s*=[^\]}]*(?:[\]}]|$)", re.I)
# A bracket left open at the end of (truncated) notes that is a remark: "*[4 killed - ... coded ...".
_OPEN_BRACKET_RE = re.compile(r"\s*\*?\[[^\]]*\bcoded\b[^\]]*$", re.I)
_REMARK_RE = re.compile(
    r"\bcoded\s+(?:as|at|in|on|across|to|separately|events?)\b"
    r"|\b(?:been|be|is|are|was|were|fatalities|fatality)\s+coded\b"
    r"|\b(?:split|spread)\s+(?:up\s+)?(?:across|between|among|over)\b[^.;]*?\b(?:events?|locations?|days)\b"
    r"|\bfatalit\w*\s+(?:are\s+|were\s+|have\s+been\s+)?(?:split|spread)\b"
    r"|\bgeo\s*-?\s*precision\b|\bGP\d\b",
    re.I,
)
# An aside in brackets that is a remark: (coded as X at geoprecision 2), [1 fatality split among 3 events]
_BRACKET_RE = re.compile(r"\s*(?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])")
_CODED_RE = re.compile(r"\bcoded\b", re.I)
_CLAUSE_RE = re.compile(r",\s*(?:and\s+)?coded (?:as|at|in)\b(?:[^,.;()]|\([^()]*\))*(?=[,.;]|$)", re.I)
# A sentence ends at . ! or ? followed by space and a capital, digit, quote or bracket ("14.5mm" stays).
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[])")


@dataclass
class Cleaned:
    text: str
    removed: list[str] = field(default_factory=list)  # which rules fired: size, bracket, clause, sentence

    @property
    def changed(self) -> bool:
        return bool(self.removed)


def clean_notes(text: str) -> Cleaned:
    """Notes without coder remarks, and the names of the rules that removed something."""
    removed: list[str] = []

    def sub(pattern: re.Pattern[str], rule: str, value: str, repl: str = "") -> str:
        new, n = pattern.subn(repl, value)
        if n:
            removed.append(rule)
        return new

    out = sub(_LABEL_RE, "label", text)
    out = sub(_SIZE_RE, "size", out)
    text_after_size = out
    out, n = _BRACKET_RE.subn(
        lambda m: "" if (_REMARK_RE.search(m.group(0)) or _CODED_RE.search(m.group(0))) else m.group(0), out)
    out = _OPEN_BRACKET_RE.sub("", out)
    if out != text_after_size:
        removed.append("bracket")
    out = sub(_CLAUSE_RE, "clause", out)
    kept: list[str] = []
    dropped = False
    for sentence in _SENTENCE_END_RE.split(out):
        m = _REMARK_RE.search(sentence)
        if not m:
            kept.append(sentence)
            continue
        dropped = True
        # Remarks trail the report ("..., fatalities split between events"): keep the clauses before.
        head = sentence[: m.start()]
        cut = max(head.rfind(","), head.rfind(";"))
        if cut > 0 and len(head[:cut].split()) >= 4:
            kept.append(head[:cut].rstrip(" ,;") + ".")
        elif len(head.split()) >= 8:  # "... on the axis X-Y coded as (X)": the report is the head
            kept.append(head.rstrip(" ,;") + ".")
    if dropped:
        removed.append("sentence")
        out = " ".join(s.strip() for s in kept if s.strip())
    out = re.sub(r"\s+([,.;])", r"\1", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return Cleaned(text=out, removed=removed)
