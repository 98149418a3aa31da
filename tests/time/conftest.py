"""Fixtures for the time stage: one spaCy pipeline per session and a helper that runs the stage."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warscope.analysis import Analysis
from warscope.model import Document


@pytest.fixture(scope="session")
def nlp():
    from warscope import nlp as shared

    return shared.load()


@pytest.fixture(scope="session")
def analyse(nlp) -> Callable[..., Analysis]:
    """Run only the time stage on a text: other stages are not needed to date things."""
    from warscope import time as time_stage

    def run(text: str, published: str | None = "2021-08-27", copyright_year: int | None = None) -> Analysis:
        document = Document(id="t", text=text, published=published)
        document._copyright_year = copyright_year
        analysis = Analysis(document=document, doc=nlp(text))
        time_stage.annotate(analysis)
        return analysis

    return run

