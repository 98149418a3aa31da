"""The geo stage: finds and resolves place names (first pass pending)."""

from warscope.analysis import Analysis
from warscope.model import Location


def annotate(analysis: Analysis) -> None:
    return None


def place_for_event(analysis: Analysis, start: int, end: int) -> Location | None:
    """The location of the event whose trigger spans text[start:end]; None when unknown."""
    return None
