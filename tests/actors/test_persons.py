"""Persons: one actor per person, titles stripped but kept as aliases, affiliation from context."""

from __future__ import annotations


def test_title_and_full_name_merge(run):
    a = run(
        "Abu Hamza Rahimi, a senior commander of Al Shabaab, was captured in Kismayo. "
        "Mr. Rahimi told reporters that the raid had failed."
    , focus="SO")
    people = [x for x in a.actors if x.kind == "person"]
    assert len(people) == 1
    p = people[0]
    assert p.id == "person-abu-hamza-rahimi"
    assert p.name == "Abu Hamza Rahimi"
    assert "Mr. Rahimi" in p.aliases
    assert p.affiliation == "al-shabaab"
    assert len([m for m in a.mentions if m.actor_id == p.id and m.how == "name"]) == 2


def test_title_stripped_from_name(run):
    a = run("Gen. Amina Okoro said the brigade would stay. Okoro spoke in Abuja.")
    p = next(x for x in a.actors if x.kind == "person")
    assert p.name == "Amina Okoro"
    assert "Gen. Amina Okoro" in p.aliases
    assert len(p.mentions) >= 2


def test_group_role_before_name(run):
    a = run("Taliban founder Mullah Omar rarely appeared in public.", focus="AF")
    p = next(x for x in a.actors if x.kind == "person")
    assert p.affiliation == "taliban"


def test_different_first_names_stay_apart(run):
    a = run("Ahmad Shah met Zahir Shah in the capital.")
    assert len([x for x in a.actors if x.kind == "person"]) == 2
