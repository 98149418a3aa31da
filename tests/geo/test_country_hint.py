"""The user's country (``--country``): place resolution and unnamed parties follow it."""

from __future__ import annotations

import pytest

from warscope.ingest import InputError, document_from_text, parse_country
from warscope.pipeline import extract


def _main(text: str, country: str | None):
    ex = extract(document_from_text(text, country=country)).to_dict()
    names = {a["id"]: a for a in ex["actors"]}
    event = ex["events"][0]
    return event, names


@pytest.mark.parametrize("country, iso, admin1", [(None, "LY", "Tripoli"), ("LB", "LB", "North"),
                                                   ("GR", "GR", "Peloponnisos")])
def test_an_ambiguous_town_resolves_in_the_given_country(country, iso, admin1):
    event, _ = _main("Hundreds of protesters marched through Tripoli on Sunday against power cuts.", country)
    assert event["location"]["country"] == iso
    assert event["location"]["admin1"] == admin1


def test_unnamed_parties_take_the_given_country():
    event, actors = _main("Police exchanged fire with armed raiders on Monday night.", "KE")
    assert actors[event["actor1"]]["country"] == "KE"
    assert actors[event["actor2"]]["country"] == "KE"
    assert actors[event["actor2"]]["kind"] != "state_forces"


def test_a_village_abroad_is_not_taken_for_a_place_in_the_given_country():
    # Without context the only town of that name is in Nigeria; told the story is Kenyan, an unknown
    # local name is left unplaced rather than sent 3,000 km away.
    text = "An unidentified armed man shot a refugee inside Ifo camp."
    assert _main(text, None)[0]["location"]["country"] == "NG"
    assert _main(text, "KE")[0]["location"] is None


def test_a_name_is_not_confirmed_by_its_own_county():
    # "Athens" is also short for Athens County, Ohio; that must not make the US the focus.
    event, _ = _main("Police fired tear gas at students who blocked a road in Athens.", None)
    assert event["location"]["country"] == "GR"


def test_the_document_carries_the_country_in_its_json():
    ex = extract(document_from_text("Gunmen killed two herders near Lodwar.", country="KE")).to_dict()
    assert ex["document"]["country"] == "KE"


@pytest.mark.parametrize("value, iso", [("KE", "KE"), ("ken", "KE"), ("Kenya", "KE"), ("burkina faso", "BF"),
                                        ("Ivory Coast", "CI"), ("DRC", "CD"), (" ", None), (None, None)])
def test_parse_country(value, iso):
    assert parse_country(value) == iso


def test_parse_country_refuses_what_is_not_a_country():
    with pytest.raises(InputError, match="not a country"):
        parse_country("Narnia", "--country")
