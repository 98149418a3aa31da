"""Fixtures for the actors stage: spaCy loaded once, and a runner for this stage alone."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def nlp():
    from warscope import nlp as warscope_nlp

    return warscope_nlp.load()


@pytest.fixture(scope="session")
def run(nlp):
    """Run the actors stage alone on ``text`` with a given country focus and publication date."""
    from warscope import actors
    from warscope.analysis import Analysis
    from warscope.model import Document

    def _run(text: str, focus: str | None = None, published: str | None = None) -> Analysis:
        doc = Document(id=Document.make_id(text), text=text, published=published)
        analysis = Analysis(document=doc, doc=nlp(text))
        analysis.country_focus = focus
        actors.annotate(analysis)
        return analysis

    return _run


def mentioned(analysis, actor_id: str) -> list[str]:
    """Texts of the mentions of ``actor_id``."""
    return [analysis.text[m.start : m.end] for m in analysis.mentions if m.actor_id == actor_id]


@pytest.fixture(scope="session")
def main_event(nlp):
    """Run the whole pipeline on a short summary with its country given; return the analysis and
    its main event (highest confidence), after checking that every actor mention slices the text."""
    from warscope import pipeline
    from warscope.model import Document

    def _main(text: str, country: str):
        doc = Document(id=Document.make_id(text), text=text, published="2020-05-04", country=country)
        a = pipeline.analyse(doc, nlp(text))
        assert a.events, "expected an event"
        for actor in a.actors:
            for m in actor.mentions:
                assert a.text[m.start:m.end] == m.text
        return a, max(a.events, key=lambda e: e.confidence)

    return _main


@pytest.fixture(scope="session")
def party_names(main_event):
    """party_names(text, country) -> (actor1 name, actor2 name, analysis) of the main event."""
    def _code(text: str, country: str):
        a, ev = main_event(text, country)
        name = lambda aid: a.actor(aid).name if a.actor(aid) else None  # noqa: E731
        return name(ev.actor1), name(ev.actor2), a

    return _code
