"""ACLED names, codes and legacy types made comparable (rules in warscope.eval.acled_names)."""

import pytest

from warscope.eval.acled_names import (
    actor_matches,
    inter_code,
    map_event_type,
    normalise_acled_actor,
    normalise_admin1,
)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Military Forces of Somalia (2022-)", "state forces of so"),
        ("Military Forces of Afghanistan (2014-) Special Forces", "state forces of af"),
        ("Police Forces of Kenya (2013-)", "state forces of ke"),
        ("Military Forces of Yemen (1990-2012)", "state forces of ye"),
        ("Protesters (India)", "protesters of in"),
        ("Civilians (Afghanistan)", "civilians of af"),
        ("Unidentified Armed Group (Kenya)", "unidentified armed group of ke"),
        ("Islamic State (Afghanistan)", "islamic state"),
        ("AMISOM: African Union Mission in Somalia (2007-)", "amisom african union mission in somalia"),
        ("Al Shabaab", "al shabaab"),
        ("", ""),
    ],
)
def test_normalise_acled_actor(name, expected):
    assert normalise_acled_actor(name) == expected


def test_state_forces_match_by_kind_and_country():
    pred = {"name": "Somali army", "kind": "state_forces", "country": "SO", "aliases": []}
    assert actor_matches("Military Forces of Somalia (2022-)", pred)
    assert not actor_matches("Military Forces of Kenya (2013-)", pred)


def test_named_group_matches_name_or_alias_not_other_group():
    pred = {"name": "ISIS-K", "kind": "rebel_group", "country": "AF", "aliases": ["Islamic State"]}
    assert actor_matches("Islamic State (Afghanistan)", pred)
    assert not actor_matches("Taliban", pred)


def test_empty_gold_actor_wants_no_actor():
    assert actor_matches("", None)
    assert not actor_matches("", {"name": "Taliban", "kind": "rebel_group", "aliases": []})
    assert not actor_matches("Taliban", None)


def test_unknown_gunmen_match_unidentified_armed_group():
    pred = {"name": "unknown gunmen", "kind": "other", "country": "KE", "aliases": []}
    assert actor_matches("Unidentified Armed Group (Kenya)", pred)


@pytest.mark.parametrize(
    "value, code",
    [("2", 2), (" 7 ", 7), ("", 0), ("0", 0), ("State forces", 1), ("Rebel group", 2),
     ("External/Other forces", 8), ("Protesters", 6), ("nonsense", None), ("12", None)],
)
def test_inter_code(value, code):
    assert inter_code(value) == code


def test_legacy_event_types_are_mapped():
    assert map_event_type("Battle-No change of territory", "") == ("Battles", "Armed clash")
    assert map_event_type("Remote violence", "") == ("Explosions/Remote violence", None)
    assert map_event_type("Riots/Protests", "", inter1=5) == ("Riots", None)
    assert map_event_type("Riots/Protests", "", inter1=6) == ("Protests", None)
    assert map_event_type("Strategic development", "") == ("Strategic developments", None)
    assert map_event_type("Battles", "Armed clash") == ("Battles", "Armed clash")


def test_normalise_admin1():
    assert normalise_admin1("Balkh Province") == normalise_admin1("balkh")
    assert normalise_admin1("Al Hudaydah") == normalise_admin1("Hudaydah Governorate")
    assert normalise_admin1("Kabul") != normalise_admin1("Kandahar")
    assert normalise_admin1(None) == ""
