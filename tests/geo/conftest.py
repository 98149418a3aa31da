"""Fixtures for the geo stage: the shared spaCy pipeline (loaded once) and a helper to run geo alone."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def geo_run():
    from warscope import geo, nlp
    from warscope.analysis import Analysis
    from warscope.model import Document

    pipe = nlp.load()

    def run(text: str) -> Analysis:
        analysis = Analysis(document=Document(id=Document.make_id(text), text=text), doc=pipe(text))
        geo.annotate(analysis)
        return analysis

    return run


def place_of(analysis, surface: str):
    """The place the first mention of `surface` resolved to, or None."""
    for m in analysis.place_mentions:
        if analysis.text[m.start : m.end] == surface:
            return analysis.place(m.place_id), m
    return None, None


@pytest.fixture(scope="module")
def run_in():
    """Run the geo stage alone on a text the user says is about a country."""
    from warscope import geo, nlp
    from warscope.analysis import Analysis
    from warscope.model import Document

    pipe = nlp.load()

    def run(text: str, country: str | None):
        analysis = Analysis(document=Document(id=Document.make_id(text), text=text, country=country),
                            doc=pipe(text))
        geo.annotate(analysis)
        return analysis

    return run
