"""The claims stage, run last: fatalities, stance claims on events, quotes and actor relations.

It reads the events, actors and mentions earlier stages left on the :class:`Analysis` and adds
``Event.fatalities``, ``Event.claims``, ``analysis.quotes`` and ``analysis.relations``.
"""

from __future__ import annotations

from warscope.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    from warscope.claims import claims, fatalities, quotes, relations

    fatalities.annotate(analysis)
    claims.annotate(analysis)
    quotes.annotate(analysis)
    relations.annotate(analysis)
