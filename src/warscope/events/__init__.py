"""The events stage: Document in, annotations out (first pass pending)."""

from warscope.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    return None
