"""The time stage: finds and normalises time expressions; dates events (first pass pending)."""

from warscope.analysis import Analysis
from warscope.model import TimeSpan


def annotate(analysis: Analysis) -> None:
    return None


def time_for_event(analysis: Analysis, start: int, end: int) -> TimeSpan:
    """The date of the event whose trigger spans text[start:end]; an empty TimeSpan when unknown."""
    return TimeSpan()
