"""The claims stage inside the real pipeline (earlier stages included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warscope import pipeline
from warscope.model import Document, iter_spans

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

ARTICLE = """Fighting flares near Velmora

A car bomb exploded outside the port authority in Velmora on Friday. At least 22 dockworkers and three guards were killed, the Interior Ministry said.

"We heard the blast from across the river," said Lena Marsh, a ferry operator. "Then the sirens started."

Officials attributed the bombing to a militant group. No one has claimed responsibility.
"""


@pytest.fixture(scope="module")
def analysis():
    doc = Document(id=Document.make_id(ARTICLE), text=ARTICLE, published="2024-05-10")
    return pipeline.analyse(doc)


def test_quotes_in_the_pipeline(analysis):
    texts = {q.text: q for q in analysis.quotes}
    assert "We heard the blast from across the river," in texts
    assert texts["We heard the blast from across the river,"].speaker_text == "Lena Marsh"
    assert texts["Then the sirens started."].speaker_text == "Lena Marsh"


def test_every_span_slices_the_text(analysis):
    data = analysis.to_extraction().to_dict()
    for span in iter_spans(data):
        assert ARTICLE[span["start"] : span["end"]] == span["text"]
    for q in data["quotes"]:
        assert ARTICLE[q["start"] : q["end"]] == q["text"]


def test_fatalities_when_the_bombing_is_found(analysis):
    bombs = [e for e in analysis.events if e._trigger is not None and "Velmora" in analysis.sentence_at(e._trigger.start).text]
    if not bombs:
        pytest.skip("the events stage found no event in the bombing sentence")
    with_toll = [e for e in analysis.events if e.fatalities is not None]
    assert with_toll and with_toll[0].fatalities.low == 25 and with_toll[0].fatalities.best == 25


def test_hidden_war():
    path = SHARED / "corpus" / "hidden-war.txt"
    if not path.exists():
        pytest.skip("development data not available: ../shared/corpus/hidden-war.txt")
    from warscope.ingest import document_from_bytes

    a = pipeline.analyse(document_from_bytes(path.read_bytes(), published="2021-08-27"))
    airport = [e for e in a.events if e.fatalities is not None and e.fatalities.low == 103]
    assert airport, [(e.id, e.fatalities) for e in a.events]
    stances = {c.stance for c in airport[0].claims}
    assert {"asserts", "attributes", "claims_responsibility"} <= stances
    assert any("Pentagon" in c.by_text for c in airport[0].claims if c.about == "fatalities")
    cave = [e for e in a.events if e.fatalities is not None and e.fatalities.low == 91]
    assert cave and any(c.stance == "disputes" for c in cave[0].claims)
    assert any(r.contested and r.polarity == "cooperative" for r in a.relations)

    def named(actor_id: str | None) -> str:
        actor = a.actor(actor_id)
        return actor.name.lower() if actor is not None else ""

    pairs = {(named(r.source), named(r.target), r.polarity, r.contested) for r in a.relations}

    def has(src: str, dst: str, polarity: str, contested: bool | None = None) -> bool:
        return any(
            src in s and dst in t and p == polarity and (contested is None or c == contested)
            for s, t, p, c in pairs
        )

    assert has("taliban", "islamic state", "hostile")
    assert has("taliban", "al qaeda", "cooperative")
    assert has("russia", "taliban", "cooperative", contested=True)
    assert has("iran", "taliban", "cooperative")
    speakers = {" ".join(q.text.split()[:3]): named(q.speaker) for q in a.quotes}
    assert "khorasani" in speakers.get("Everyone supported the", "")
    assert "mckenzie" in speakers.get("We use the", "")
    assert "hoffman" in speakers.get("There was huge", "")
