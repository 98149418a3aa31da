"""The motivating article, read from ../shared at run time (published 2021-08-27, a Friday)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def article(analyse):
    path = SHARED / "corpus" / "hidden-war.txt"
    if not path.exists():
        pytest.skip("development data not available: ../shared/corpus/hidden-war.txt")
    from warscope.ingest import document_from_bytes

    document = document_from_bytes(path.read_bytes(), published="2021-08-27")
    return analyse(document.text, published=document.published)


def _by_text(article, text):
    found = [t for t in article.times if t.text == text]
    assert found, f"{text!r} not found"
    return found[0]


def test_hidden_war_checks(article):
    assert article.reference_date == "2021-08-27"
    thursday = _by_text(article, "Thursday")
    assert (thursday.value, thursday.precision) == ("2021-08-26", 1)
    last_week = _by_text(article, "last week")
    assert last_week.precision == 2 and "2021-08-16" <= last_week.value <= last_week.end_value <= "2021-08-22"
    assert (_by_text(article, "last year").value, _by_text(article, "last year").precision) == ("2020", 3)
    assert (_by_text(article, "May 2020").value, _by_text(article, "May 2020").precision) == ("2020-05", 3)
    assert _by_text(article, "2004").value == "2004"
    for t in article.times:
        assert article.text[t.start : t.end] == t.text
