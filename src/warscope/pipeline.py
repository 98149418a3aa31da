"""Composes the stages. Nothing else knows their order.

Document -> spaCy Doc -> places -> times -> actors -> events -> claims (fatalities, claims,
quotes, relations) -> Extraction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from spacy.language import Language

from warscope import actors, claims, events, geo
from warscope import time as time_stage
from warscope.analysis import Analysis
from warscope.model import Document, Extraction


class Stage(Protocol):
    def annotate(self, analysis: Analysis) -> None: ...


# The order matters: actors name governments by the country focus geo finds and by the date the
# time stage anchors the document to; events attach the actors, places and times found before them;
# claims attach to events.
STAGES = (geo, time_stage, actors, events, claims)


def configure(nlp: Language) -> None:
    """Let stages add their own spaCy components (e.g. an entity ruler) once, at load time."""
    for stage in STAGES:
        setup = getattr(stage, "setup", None)
        if setup is not None:
            setup(nlp)


def analyse(document: Document, doc=None) -> Analysis:
    from warscope import nlp

    if doc is None:
        doc = nlp.load()(document.text)
    analysis = Analysis(document=document, doc=doc)
    for stage in STAGES:
        stage.annotate(analysis)
    return analysis


def extract(document: Document) -> Extraction:
    """One document in, its sourced extraction out."""
    return analyse(document).to_extraction()


def extract_many(
    documents: Iterable[Document], *, batch_size: int = 16, n_process: int = 1
) -> Iterator[Extraction]:
    """Many documents, streaming, with spaCy batching; the model is loaded once."""
    from warscope import nlp

    docs = list(documents) if n_process > 1 else documents
    pairs = nlp.load().pipe(
        ((d.text, d) for d in docs), as_tuples=True, batch_size=batch_size, n_process=n_process
    )
    for doc, document in pairs:
        yield analyse(document, doc).to_extraction()
