"""The toll the ACLED evaluation reads off one hand-made event, for the fatalities tests."""

from __future__ import annotations

from warscope.claims import fatalities


def acled_toll(build, text: str, trigger: str, **fields) -> int | None:
    """The count the ACLED evaluation reads off the event on ``trigger``: low, else best."""
    b = build(text)
    ev = b.event(trigger, **fields)
    fatalities.annotate(b.analysis)
    f = ev.fatalities
    if f is None:
        return None
    return f.low if f.low is not None else f.best
