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


def test_joint_and_abbreviated_gold_names_match_either_part():
    jnim = {"name": "JNIM: Group for Support of Islam and Muslims", "kind": "rebel_group", "country": "ML",
            "aliases": []}
    joint = "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    assert actor_matches(joint, jnim)
    assert actor_matches("JNIM: Group for Support of Islam and Muslims",
                         {"name": "JNIM", "kind": "rebel_group", "aliases": []})
    assert not actor_matches(joint, {"name": "Ansaroul Islam", "kind": "rebel_group", "aliases": []})


def test_a_parent_name_is_not_its_regional_branch():
    parent = {"name": "Islamic State", "kind": "rebel_group", "country": None, "aliases": []}
    assert not actor_matches("Islamic State (Greater Sahara)", parent)
    branch = {"name": "Islamic State (Sahel)", "kind": "rebel_group", "country": "ML",
              "aliases": ["Islamic State (Greater Sahara)"]}
    assert actor_matches("Islamic State (Greater Sahara)", branch)


def test_spelling_and_word_order_forgiven_but_not_extra_words():
    assert actor_matches("Al Shabaab", {"name": "Al-Shabab", "kind": "rebel_group", "aliases": []})
    assert actor_matches("Southern Resistance", {"name": "Southern Resistance Brigades", "kind": "rebel_group",
                                                 "aliases": []})
    assert not actor_matches("National Resistance", {"name": "National Resistance Army of Uganda",
                                                     "kind": "rebel_group", "aliases": []})


def test_ethnic_militia_matched_by_its_community_name():
    pokot = {"name": "Pokot", "kind": "identity_militia", "country": "KE", "aliases": []}
    assert actor_matches("Pokot Ethnic Militia (Kenya)", pokot)
    assert actor_matches("Pokot Ethnic Militia (Kenya)",
                         {"name": "Pokot Ethnic Militia (Kenya)", "kind": "identity_militia", "aliases": []})
    assert not actor_matches("Turkana Ethnic Militia (Kenya)", pokot)


def test_generic_actors_need_the_right_kind_and_country():
    police_no_country = {"name": "Unidentified Police Forces", "kind": "state_forces", "country": None,
                         "aliases": []}
    assert actor_matches("Police Forces of Kenya (2013-)", police_no_country)  # no country: lenient
    assert not actor_matches("Unidentified Armed Group (Kenya)", police_no_country)
    rioters_us = {"name": "Rioters (United States)", "kind": "rioters", "country": "US", "aliases": []}
    assert not actor_matches("Rioters (Lebanon)", rioters_us)
    gov = {"name": "Government of Kenya", "kind": "government", "country": "KE", "aliases": []}
    assert actor_matches("Government of Kenya (2013-)", gov)
    assert not actor_matches("Protesters (Kenya)", gov)


def test_gold_without_country_matches_that_kind_anywhere():
    gang = {"name": "Unidentified Armed Group (Brazil)", "kind": "political_militia", "country": "BR",
            "aliases": []}
    assert actor_matches("Unidentified Gang and/or Police Militia", gang)


def test_clan_ethnic_and_communal_militias_of_one_community_are_one_actor():
    pred = {"name": "Kapkeny Ethnic Militia (Kenya)", "kind": "identity_militia", "country": "KE", "aliases": []}
    assert actor_matches("Kapkeny Clan Militia (Kenya)", pred)
    assert actor_matches("Kapkeny Communal Militia (Kenya)", pred)
    assert not actor_matches("Kabasiran Clan Militia (Kenya)", pred)
    assert not actor_matches("Unidentified Clan Militia (Kenya)", pred)
