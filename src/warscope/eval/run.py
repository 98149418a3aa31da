"""Running the pipeline for a scorer: batched, but one failing document does not end the evaluation.

The stages are under active development; a crash on one row should cost that row (scored as "no
event" and listed with its error), not the whole run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from warscope.model import Document


def extract_all(documents: Sequence[Document], batch_size: int = 32, n_process: int = 1
                ) -> Iterator[tuple[dict[str, Any] | None, str | None]]:
    """(serialised extraction, None) or (None, error) for each document, in order."""
    from warscope import pipeline

    for start in range(0, len(documents), batch_size):
        chunk = documents[start:start + batch_size]
        try:
            done = [e.to_dict() for e in pipeline.extract_many(chunk, batch_size=batch_size, n_process=n_process)]
        except Exception:  # noqa: BLE001 - redo the chunk one by one to find the failing document
            for doc in chunk:
                try:
                    yield pipeline.extract(doc).to_dict(), None
                except Exception as exc:  # noqa: BLE001
                    yield None, f"{type(exc).__name__}: {exc}"[:300]
            continue
        for extraction in done:
            yield extraction, None
