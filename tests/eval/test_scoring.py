"""Scoring one row from a hand-made extraction (no pipeline): main event, fields, verdicts."""

import pytest

from warscope.eval.acled import Row, main_event, predicted_fields, score_row, summarise
from warscope.eval.case2021 import NO_EVENT, predicted_label
from warscope.eval.muc4 import predicted_roles


def make_row(**kw):
    base = dict(event_id="INV1", file="x.csv", notes="n", text="n", cleaned=[], event_date="2021-02-14",
                event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Nigeria (2015-)",
                actor2="Civilians (Nigeria)", inter1=1, inter2=7, country="Nigeria", iso2="NG", admin1="Borno",
                location="Maiduguri", latitude=11.85, longitude=13.16, time_precision=1, geo_precision=1,
                fatalities=10, timestamp=None)
    base.update(kw)
    return Row(**base)


def extraction(events):
    return {
        "actors": [
            {"id": "a1", "name": "Nigerian army", "kind": "state_forces", "country": "NG", "aliases": [],
             "mentions": [{"start": 0, "end": 6, "text": "troops"}]},
            {"id": "a2", "name": "villagers", "kind": "civilians", "country": "NG", "aliases": [], "mentions": []},
            {"id": "a3", "name": "Kappa Front", "kind": "rebel_group", "country": None, "aliases": ["KF"],
             "mentions": []},
        ],
        "events": events,
    }


def event(**kw):
    base = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "a1", "actor2": "a2",
            "date": {"start": "2021-02-14", "precision": 1},
            "location": {"name": "Maiduguri", "admin1": "Borno State", "latitude": 11.90, "longitude": 13.10,
                         "precision": 1},
            "fatalities": {"low": 9, "best": 12, "high": None}, "confidence": 0.5}
    base.update(kw)
    return base


def test_main_event_is_highest_confidence_then_first():
    ex = extraction([event(event_type="Riots", confidence=0.4), event(confidence=0.9),
                     event(event_type="Protests", confidence=0.9)])
    assert main_event(ex)["event_type"] == "Battles"
    assert main_event({"events": []}) is None


def test_all_fields_right():
    pred = predicted_fields(extraction([event()]))
    v = score_row(make_row(), pred)
    assert pred["fatalities"] == 9  # the conservative figure
    assert v["_distance_km"] == pytest.approx(8.6, abs=1.0)
    for name in ("event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2", "admin1",
                 "within_25km", "within_50km", "fatalities_20pct", "event_date", "time_precision",
                 "geo_precision"):
        assert v[name] is True, name
    assert v["fatalities_exact"] is False


def test_wrong_fields_and_unscorable_ones():
    pred = predicted_fields(extraction([event(event_type="Riots", actor1="a3", actor2=None,
                                              location=None, fatalities=None, date={})]))
    v = score_row(make_row(sub_event_type=None, admin1=""), pred)
    assert v["event_type"] is False and v["actor1"] is False and v["actor2"] is False
    assert v["inter1"] is False and v["inter2"] is False
    assert v["sub_event_type"] is None and v["admin1"] is None  # nothing to score against
    assert v["within_50km"] is False and v["event_date"] is False
    assert pred["fatalities"] == 0


def test_no_event_is_wrong_everywhere_and_summary_counts_it():
    rows = [make_row(), make_row(event_id="INV2")]
    preds = [predicted_fields(extraction([event()])), predicted_fields(extraction([]))]
    s = summarise(rows, preds)
    assert s["coverage"] == 0.5
    assert s["event_type"]["accuracy"] == 0.5
    assert s["event_type"]["confusion"] == {"Battles": {"Battles": 1, "(none)": 1}}
    assert s["fields"]["actor1"] == 0.5 and s["fields_given_event"]["actor1"] == 1.0


def test_case_label_and_muc_roles_from_an_extraction():
    assert predicted_label(extraction([event(sub_event_type="Air/drone strike")])) == "Air/drone strike"
    assert predicted_label(extraction([])) == NO_EVENT
    assert predicted_label(extraction([event(sub_event_type=None)])) == NO_EVENT
    found, roles = predicted_roles(extraction([event(actor1="a3"), event(event_type="Protests", actor1="a1")]))
    assert found
    assert roles["PerpOrg"] == [["Kappa Front", "KF"]]
    assert roles["Victim"] == [["villagers"]]
    assert roles["Target"] == []
    found, _ = predicted_roles(extraction([event(event_type="Protests")]))
    assert not found


def test_a_failing_document_costs_only_itself(monkeypatch):
    from warscope import pipeline
    from warscope.eval.run import extract_all
    from warscope.model import Document, Extraction

    docs = [Document(id=f"d{i}", text=f"text {i}") for i in range(3)]

    def many(chunk, **kw):
        raise RuntimeError("batch broke")

    def one(doc):
        if doc.id == "d1":
            raise ValueError("bad document")
        return Extraction(document=doc)

    monkeypatch.setattr(pipeline, "extract_many", many)
    monkeypatch.setattr(pipeline, "extract", one)
    out = list(extract_all(docs, batch_size=2))
    assert [e["document"]["id"] if e else None for e, _ in out] == ["d0", None, "d2"]
    assert out[1][1] == "ValueError: bad document" and out[0][1] is None


@pytest.mark.parametrize("text, stated", [
    ("On 14 February 2021, troops clashed with rebels.", True),
    ("On February 14th 2021 troops clashed with rebels.", True),
    ("On February 14, troops clashed with rebels.", False),  # no year
    ("Troops clashed with rebels in 2021.", False),  # no day
    ("On 4 February 2021, troops clashed with rebels.", False),  # another day
])
def test_date_stated_only_when_the_note_writes_day_and_year(text, stated):
    v = score_row(make_row(text=text), predicted_fields(extraction([event()])))
    assert (v["event_date_stated"] is True) is stated
    assert v["event_date_stated"] is (True if stated else None)
