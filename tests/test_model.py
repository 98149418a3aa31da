import jsonschema
import pytest

from warscope.model import (
    SCHEMA,
    Actor,
    Claim,
    Document,
    Event,
    Extraction,
    Fatalities,
    Location,
    Mention,
    Span,
    TimeSpan,
    iter_spans,
    json_schema,
)

TEXT = "Gunmen killed four villagers near Kidal on Monday, the army said."


def _extraction() -> Extraction:
    doc = Document(id=Document.make_id(TEXT), text=TEXT, published="2024-05-07")
    gunmen = Actor(id="uag-ml", name="Unidentified Armed Group (Mali)", kind="rebel_group", country="ML",
                   mentions=[Mention.of(TEXT, 0, 6)])
    event = Event(
        id="ev-1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        plover="ASSAULT",
        actor1=gunmen.id,
        date=TimeSpan(start="2024-05-06", end="2024-05-06", precision=1, text="Monday"),
        location=Location(name="Kidal", country="ML", latitude=18.44, longitude=1.41, precision=2),
        fatalities=Fatalities(low=4, best=4, high=4),
        claims=[Claim(by=None, by_text="the army", stance="asserts", about="fatalities", value=4,
                      evidence=Span.of(TEXT, 0, len(TEXT)))],
        evidence=[Span.of(TEXT, 0, len(TEXT))],
        confidence=0.8,
    )
    return Extraction(document=doc, actors=[gunmen], events=[event])


def test_serialises_to_the_contract_and_validates():
    data = _extraction().to_dict()
    assert data["schema"] == SCHEMA
    assert list(data) == ["schema", "document", "actors", "events", "relations", "quotes", "places", "times"]
    jsonschema.validate(data, json_schema())


def test_schema_rejects_what_breaks_the_contract():
    data = _extraction().to_dict()
    bad = dict(data, events=[dict(data["events"][0], confidence=1.5)])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())
    bad = dict(data, events=[dict(data["events"][0], location=dict(data["events"][0]["location"], precision=5))])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())
    bad = dict(data, actors=[dict(data["actors"][0], kind="warlord")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())


def test_round_trip():
    original = _extraction()
    again = Extraction.model_validate_json(original.to_json())
    assert again.to_dict() == original.to_dict()


def test_iter_spans_finds_nested_spans():
    spans = list(iter_spans(_extraction().to_dict()))
    assert {(s["start"], s["end"]) for s in spans} == {(0, 6), (0, len(TEXT))}
    for s in spans:
        assert TEXT[s["start"]:s["end"]] == s["text"]


def test_codebook_names_are_enforced():
    ok = _extraction().events[0]
    with pytest.raises(ValueError):
        Event.model_validate(dict(ok.model_dump(), event_type="Battle"))
    with pytest.raises(ValueError):
        Event.model_validate(dict(ok.model_dump(), event_type="Battles"))  # "Attack" is not a Battles sub-type
    with pytest.raises(ValueError):
        Event.model_validate(dict(ok.model_dump(), plover="KILL"))
    schema = json_schema()["$defs"]["Event"]["properties"]
    assert "Explosions/Remote violence" in schema["event_type"]["enum"]
