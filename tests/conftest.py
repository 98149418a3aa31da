"""Shared fixtures: the bundled sample, the development corpus (when present) and their extractions."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when the development data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: ../shared/{'/'.join(parts)}")
    return path


@pytest.fixture(scope="session")
def sample_extraction():
    from warscope import pipeline
    from warscope.cli import sample_path
    from warscope.ingest import document_from_bytes

    doc = document_from_bytes(sample_path().read_bytes(), published="2024-03-15", source="warscope sample")
    return pipeline.extract(doc)


@pytest.fixture(scope="session")
def hidden_war_extraction():
    from warscope import pipeline
    from warscope.ingest import document_from_bytes

    path = shared_path("corpus", "hidden-war.txt")
    doc = document_from_bytes(path.read_bytes(), published="2021-08-27")
    return pipeline.extract(doc)
