"""Pronouns and definite descriptions resolved by rules to the most recent compatible actor."""

from __future__ import annotations


def _refs(a, how):
    return [(a.text[m.start : m.end], m.actor_id) for m in a.mentions if m.how == how]


def test_he_refers_to_the_person(run):
    a = run("Abdi Warsame was freed on Monday. He said he had been held for a month.", focus="SO")
    assert _refs(a, "pronoun") == [("He", "person-abdi-warsame"), ("he", "person-abdi-warsame")]


def test_the_group_refers_to_the_named_group(run):
    a = run("Boko Haram attacked a camp in Borno. The group later released a video.", focus="NG")
    assert ("The group", "boko-haram") in _refs(a, "description")


def test_it_and_they_agree_in_number(run):
    a = run("When Taliban fighters entered the city, they freed the prisoners.", focus="AF")
    assert ("they", "taliban") in _refs(a, "pronoun")


def test_person_pronoun_skips_groups_and_gender(run):
    a = run("Mrs. Halima Noor met Al Shabaab envoys. She said the talks were over.", focus="SO")
    assert _refs(a, "pronoun") == [("She", "person-halima-noor")]


def test_no_antecedent_no_mention(run):
    a = run("They said it was cold.")
    assert _refs(a, "pronoun") == []
