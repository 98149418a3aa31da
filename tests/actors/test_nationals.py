"""Civilians a demonym names are civilians of that country, wherever the event happened."""

from __future__ import annotations

from warscope.ingest import document_from_text
from warscope.pipeline import extract


def _victims(text: str, country: str) -> list[str | None]:
    ex = extract(document_from_text(text, country=country))
    names = {a.id: a.name for a in ex.actors}
    return [names.get(e.actor2) for e in ex.events]


def test_named_nationals_are_civilians_of_their_country():
    assert _victims("The army entered the refugee camp and assaulted several Malian refugees.", "BF") == [
        "Civilians (Mali)"]
    assert _victims("Gunmen attacked Kenyan civilians in the border area.", "UG") == ["Civilians (Kenya)"]


def test_civilians_with_no_demonym_stay_in_the_event_country():
    assert _victims("Gunmen killed two farmers near the border.", "KE") == ["Civilians (Kenya)"]
