"""Opinion pages and readers' comments: the writer's own voice, not a report.

A column or a page of readers' comments on terrorism law talks of "the IRA bombings", "killings in
the Troubles" and "house arrest" while reporting nothing that happened. Such a page is told by its
paragraphs written in the first person that argue ("I agree with", "I think", a question to the
reader). A reporter's first-person dispatch ("we drove into the town as the shelling began") has
first-person paragraphs too, but they do not argue, so it is not taken for an opinion page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
# Verbs whose first-person subject states a view, not an experience.
OPINION_VERBS = {"agree", "disagree", "think", "believe", "suggest", "feel", "hope", "doubt", "suppose",
                 "reckon", "wonder", "argue", "guess", "bet", "imagine", "applaud", "welcome", "oppose",
                 "support", "condemn", "urge", "wish", "fail", "object"}
OPINION_ADVERBS = {"surely", "frankly", "honestly", "clearly", "obviously"}
# Enough arguing paragraphs, and enough of the page in the first person, make an opinion page.
MIN_ARGUING = 3
MIN_FIRST_PERSON_SHARE = 0.25

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    first_person: bool
    arguing: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs: blank-line separated, or one per line when the text has
    no blank lines."""
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else re.compile(r"\n")
    out, start = [], 0
    for m in breaker.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _QUOTED.finditer(text[start:end])]


def read_paragraphs(doc: Doc) -> list[Paragraph]:
    text = doc.text
    out = []
    for start, end in paragraphs(text):
        quoted = _quoted(text, start, end)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        own = [t for t in span if not any(a <= t.idx < b for a, b in quoted)]
        first = [t for t in own if t.pos_ == "PRON" and t.lower_ in FIRST_PERSON
                 and (t.lower_ != "us" or t.text == "us")]
        arguing = any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in OPINION_VERBS
                      for t in first)
        arguing = arguing or bool(first) and any(
            t.text == "?" or t.lower_ in OPINION_ADVERBS and t.i == t.sent.start for t in own)
        out.append(Paragraph(start, end, bool(first), arguing))
    return out


def opinion_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Where an opinion page speaks in its own voice (character ranges): every first-person
    paragraph, and everything from the first arguing paragraph on, since a column or a readers'
    comment section follows the news lead-in. None for a report."""
    paras = read_paragraphs(doc)
    if not paras:
        return []
    arguing = [p for p in paras if p.arguing]
    first = [p for p in paras if p.first_person]
    if len(arguing) < MIN_ARGUING or len(first) < MIN_FIRST_PERSON_SHARE * len(paras):
        return []
    return [(p.start, p.end) for p in first if p.start < arguing[0].start] + [(arguing[0].start, len(doc.text))]


def is_opinion_page(doc: Doc) -> bool:
    return bool(opinion_ranges(doc))
