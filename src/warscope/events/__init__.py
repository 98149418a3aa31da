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
from warscope.events.detect import find_mentions
from warscope.events.merge import cluster, make_record, to_events
from warscope.events.typing import code

__all__ = ["annotate"]


def annotate(analysis: Analysis) -> None:
    records = []
    for mention in find_mentions(analysis.doc):
        record = make_record(analysis, mention, code)
        if record is not None:
            records.append(record)
    analysis.events = to_events(analysis, cluster(records))
