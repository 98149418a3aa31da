"""Descriptive mentions become typed actors named the ACLED way, with the country from context."""

from __future__ import annotations

from conftest import mentioned


def test_gunmen_and_villagers_take_the_document_country(run):
    a = run("Gunmen stormed a market and shot four villagers before dawn.", focus="KE")
    names = {x.id: x.name for x in a.actors}
    assert names["unidentified-armed-group-kenya"] == "Unidentified Armed Group (Kenya)"
    assert names["civilians-kenya"] == "Civilians (Kenya)"
    assert a.actor("civilians-kenya").kind == "civilians"
    assert mentioned(a, "unidentified-armed-group-kenya") == ["Gunmen"]


def test_named_group_inside_description_wins(run):
    a = run("Suspected Al Shabaab fighters ambushed a convoy.", focus="KE")
    assert [t for t in mentioned(a, "al-shabaab") if "Al Shabaab" in t]
    assert "unidentified-armed-group-kenya" not in {x.id for x in a.actors}


def test_demonym_sets_the_country(run):
    a = run("Ethiopian troops and Kenyan soldiers patrolled the border while protesters gathered.", focus="SO")
    assert mentioned(a, "military-forces-ethiopia")
    assert mentioned(a, "military-forces-kenya")
    assert a.actor("protesters-somalia").name == "Protesters (Somalia)"


def test_security_forces_and_police_without_demonym(run):
    a = run("Security forces fired tear gas while police detained dozens of demonstrators.", focus="IN")
    assert a.actor("military-forces-india") is not None
    assert a.actor("police-forces-india") is not None
    assert a.actor("protesters-india").kind == "protesters"


def test_people_of_a_country_are_civilians(run):
    a = run("At least 40 Afghans and 7 U.S. service members died in the blast.")
    assert mentioned(a, "civilians-afghanistan") == ["Afghans"]
    assert mentioned(a, "military-forces-united-states") == ["U.S. service members"]


def test_unknown_country_leaves_name_plain(run):
    a = run("Militants burned the school.")
    assert a.actor("unidentified-armed-group").name == "Unidentified Armed Group"


def test_community_name_gives_an_ethnic_militia(run):
    a = run("Turkana raiders stole cattle and shot two herders.", focus="KE")
    militia = a.actor("turkana-ethnic-militia-kenya")
    assert militia is not None and militia.kind == "identity_militia"
    assert militia.name == "Turkana Ethnic Militia (Kenya)"


def test_protesting_makes_protesters(run):
    a = run("Nurses staged a protest outside the hospital on Monday.", focus="NG")
    assert a.actor("protesters-nigeria") is not None
    assert [m.how for m in a.mentions if m.actor_id == "protesters-nigeria"] == ["description"]


def test_people_killed_are_civilians(run):
    a = run("Attackers shot dead a woman and her son near the well.", focus="ML")
    assert a.actor("civilians-mali") is not None


def test_armed_men_of_a_named_group_are_that_group(run):
    a = run("Militants loyal to Al Shabaab burned the school.", focus="SO")
    assert mentioned(a, "al-shabaab") == ["Militants", "Al Shabaab"]
    assert a.actor("unidentified-armed-group-somalia") is None
