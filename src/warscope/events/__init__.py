"""The events stage: finds conflict events clause by clause, codes them (ACLED, PLOVER), attaches
actors, date and place, and merges the mentions of one event into one :class:`~warscope.model.Event`.

Reads ``analysis.mentions``/``analysis.actors`` (actors stage) and asks the time and geo stages for
the date and place of each trigger; writes ``analysis.events`` ordered by position, each with the
private ``_trigger`` span and ``_sentence`` index the claims stage reads.

Pieces: :mod:`.detect` (triggers, modality, arguments on the parse), :mod:`.typing` (lexical
ACLED/PLOVER rules), :mod:`.model` (the small trained sub-event classifier that refines fallback
types), :mod:`.merge` (actors, date, place, coreference of mentions, Event objects).
"""

from __future__ import annotations

from warscope.analysis import Analysis
from warscope.events import lexicon as lx
from warscope.events import model as event_model
from warscope.events import opinion
from warscope.events.detect import Mention, candidate_mentions, find_mentions, in_name, report_anchor, report_head
from warscope.events.merge import cluster, make_record, short_report, to_events
from warscope.events.typing import VIOLENT_TYPES, Coding, Roles, accident, code

__all__ = ["annotate"]


def annotate(analysis: Analysis) -> None:
    records = []
    for mention in find_mentions(analysis.doc):
        record = make_record(analysis, mention, code)
        if record is not None:
            records.append(record)
    records = _movements_into_violence(records)
    if not records:
        records = _standalone(analysis)
    if records and not is_conflict_document(analysis):
        records = []
    records = _not_opinion(analysis, records)
    events = to_events(analysis, cluster(records))
    if not _short(analysis):
        events = [e for e in events if not _ordinary_arrest(analysis, e)]
        for n, ev in enumerate(events, start=1):
            ev.id = f"ev-{n}"
    analysis.events = events


def _movements_into_violence(records: list) -> list:
    """"The army entered the camp and assaulted refugees": forces moving in to do what their
    sentence tells are part of that violent event, not a change of activity of their own."""
    violent = {r.sentence for r in records if r.coding.event_type in VIOLENT_TYPES}
    return [r for r in records if not (r.mention.kind == "deploy" and r.sentence in violent)]


def _not_opinion(analysis: Analysis, records: list) -> list:
    """Drops what the writer of an opinion page, or a reader commenting on it, says in their own
    voice: "the bombings did not stop" there recalls, it does not report."""
    if not records or _short(analysis):
        return records
    ranges = opinion.opinion_ranges(analysis.doc)
    return [r for r in records if not any(a <= r.mention.start < b for a, b in ranges)]


def _short(analysis: Analysis) -> bool:
    """A report this short tells one event or none (an ACLED note, a news snippet, a brief)."""
    return short_report(analysis)


def _ordinary_arrest(analysis: Analysis, event) -> bool:
    """An arrest, or a release from custody, told in a long article with no word of politics or
    conflict near it is police work on crime (a singer held after a hotel brawl, "she was later
    released"), which ACLED does not code."""
    if event.sub_event_type != "Arrests" and not _release(analysis, event):
        return False
    actors = [analysis.actor(a) for a in [event.actor1, event.actor2, *event.assoc_actors]]
    if any(a is not None and a.kind in lx.ARMED_KINDS - {"state_forces"} | {"protesters", "rebel_group"}
           for a in actors):
        return False
    words = {t.lemma_.lower() for s in event.evidence for t in analysis.doc.char_span(
        s.start, s.end, alignment_mode="expand") or []}
    return not words & (lx.POLITICAL_CONFLICT_WORDS - {"police", "security", "attack"})


def _release(analysis: Analysis, event) -> bool:
    trigger = getattr(event, "_trigger", None)
    if event.sub_event_type != "Other" or trigger is None:
        return False
    return analysis.text[trigger.start:trigger.end].lower().split()[0] in {"released", "freed", "release", "frees",
                                                                         "releases", "free"}


# A long document reports conflict events only if this many of its sentences (and this share)
# speak of conflict at all.
CONFLICT_SENTENCES = 3
CONFLICT_SHARE = 0.2  # war reporting runs at 0.35 and more (FA-KES Syria articles, hidden-war.txt)


# Words that crime, sport and politics stories share with war reporting: alone they do not make
# a long article one about armed conflict or unrest.
COMMON_HARM_WORDS = {"kill", "killed", "dead", "death", "police", "security", "attack", "shoot", "wounded",
                     "casualty", "weapon", "violence", "civilian", "refugee", "war"}
SPECIFIC_SENTENCES = 1


def is_conflict_document(analysis: Analysis) -> bool:
    """Document-level filter: short reports pass (their one event is the point); a long one must
    talk about armed conflict, unrest or repression in several of its sentences, and name armed
    actors, weapons or crowds in at least two (a murder trial or a burglary says only "killed" and
    "police")."""
    sentences = analysis.sentences
    if _short(analysis):
        return True
    hits = specific = 0
    for sent in sentences:
        # "the Texas Chainsaw Massacre" is a film's name, not talk of a massacre
        toks = [t for t in sent if not in_name(t)]
        words = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
        if words & lx.CONFLICT_LEMMAS:
            hits += 1
        if words & (lx.CONFLICT_LEMMAS - COMMON_HARM_WORDS):
            specific += 1
    return hits >= CONFLICT_SENTENCES and hits >= CONFLICT_SHARE * len(sentences) and specific >= SPECIFIC_SENTENCES


def _standalone(analysis: Analysis) -> list:
    """A short report in which no trigger rule found an event, but which the classifier types with
    confidence around a realis report word ("teachers staged a sit-in"): one event, the model's."""
    if not _short(analysis):
        return []
    candidates = candidate_mentions(analysis.doc)
    threshold = event_model.STANDALONE_THRESHOLD
    if not candidates:
        # no report word at all: the report's first clause, and a surer model
        candidates, threshold = report_anchor(analysis.doc), event_model.REPORT_THRESHOLD_UNREAD
    if not candidates:
        candidates, threshold = report_head(analysis.doc), event_model.REPORT_THRESHOLD_HEAD
    typed = event_model.classify(analysis.text, threshold) if candidates else None
    if typed is None:
        return []
    sub = typed[0]
    words = {t.lower_ for t in analysis.doc} | {t.lemma_.lower() for t in analysis.doc}
    if lx.EVENT_TYPE_OF[sub] in VIOLENT_TYPES and accident(words):
        return []  # the classifier knows only conflict: a factory blast looks like a bombing to it

    def coder(m: Mention, roles: Roles) -> Coding:
        return Coding(lx.EVENT_TYPE_OF[sub], sub, lx.SUB_PLOVER[sub], specific=False)

    # the clause whose words have arguments tells the event best
    best = max(candidates, key=lambda m: (bool(m.agents or m.patients), not m.nominal, -m.start))
    record = make_record(analysis, best, coder)
    return [record] if record is not None else []
