"""The motivating article, end to end (skipped when ../shared is absent)."""


def _names(data):
    return {a["id"]: " | ".join([a["name"], *a["aliases"]]).lower() for a in data["actors"]}


def test_key_actors_are_found(hidden_war_extraction):
    data = hidden_war_extraction.to_dict()
    names = " || ".join(_names(data).values())
    assert "taliban" in names
    assert "isis-k" in names or "khorasan" in names
    assert "qaeda" in names


def test_an_event_at_kabul(hidden_war_extraction):
    data = hidden_war_extraction.to_dict()
    places = [ev["location"]["name"] for ev in data["events"] if ev["location"]]
    assert any("Kabul" in p for p in places), places


def test_no_event_is_dated_by_the_publication_date_alone(hidden_war_extraction):
    data = hidden_war_extraction.to_dict()
    for ev in data["events"]:
        if ev["date"]["start"] is not None:
            assert ev["date"]["text"], ev
