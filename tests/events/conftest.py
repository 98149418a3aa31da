"""Helpers for the events stage tests: a parsed document with hand-placed actor mentions, so that
these tests depend on the parser and the events stage only, not on the other stages' quality."""

from __future__ import annotations

import re

import pytest

from warscope.analysis import ActorMention, Analysis
from warscope.model import Actor, Document


@pytest.fixture(scope="session")
def nlp():
    from warscope import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def run_events(nlp):
    """run_events(text, {"Taliban": "rebel_group", ...}) -> Analysis with events annotated."""
    from warscope import events

    def run(text: str, actors: dict[str, str] | None = None, published: str = "2021-08-27") -> Analysis:
        """actors: name -> kind, or "kind:CC" to give the actor a country."""
        analysis = Analysis(document=Document(id="doc-test", text=text, published=published), doc=nlp(text))
        for n, (name, kind) in enumerate((actors or {}).items(), start=1):
            kind, _, country = kind.partition(":")
            actor = Actor(id=f"a{n}", name=name, kind=kind, country=country or None)
            analysis.actors.append(actor)
            for match in re.finditer(rf"\b{re.escape(name)}\b", text):
                analysis.mentions.append(ActorMention(match.start(), match.end(), actor.id))
        analysis.mentions.sort(key=lambda m: m.start)
        events.annotate(analysis)
        return analysis

    return run
