"""Small helpers shared by the time-stage tests."""

from __future__ import annotations

from warscope.analysis import Analysis


def find(analysis: Analysis, text: str):
    """The time expression whose text is ``text`` (fails the test when there is none)."""
    for t in analysis.times:
        if t.text == text:
            return t
    raise AssertionError(f"no time expression {text!r} in {[t.text for t in analysis.times]}")
