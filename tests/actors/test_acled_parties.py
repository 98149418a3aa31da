"""ACLED parties on short conflict summaries (issue 4): identity militias, the police in crowd
events, civilians as victims, rioters, umbrella groups and joint "A or B" perpetrators.
Sentences written for these tests; the document country is given, as a country desk would."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(main_event):
    def _code(text: str, country: str) -> tuple[tuple[str, str] | None, tuple[str, str] | None, object]:
        a, ev = main_event(text, country)
        party = lambda aid: (a.actor(aid).kind, a.actor(aid).name) if a.actor(aid) else None  # noqa: E731
        return party(ev.actor1), party(ev.actor2), ev

    return _code


def _names(*parties) -> list[str | None]:
    return [p[1] if p else None for p in parties]


def test_two_communities_between(code):
    a1, a2, _ = code("Three people died in fighting between the Degodia and Ajuran near Wajir town.", "KE")
    assert {a1[1], a2[1]} == {"Degodia Ethnic Militia (Kenya)", "Ajuran Ethnic Militia (Kenya)"}
    assert a1[0] == a2[0] == "identity_militia"


def test_community_read_as_person_is_a_militia(code):
    a1, a2, _ = code("Luo and Kikuyu groups fought with machetes in Naivasha, leaving four dead.", "KE")
    assert sorted(_names(a1, a2)) == ["Kikuyu Ethnic Militia (Kenya)", "Luo Ethnic Militia (Kenya)"]


def test_herders_of_a_community_are_its_militia(code):
    a1, a2, _ = code("Fulani herders and farmers clashed near Dori over a field, leaving two dead.", "BF")
    assert "Fulani Ethnic Militia (Burkina Faso)" in _names(a1, a2)


def test_community_named_for_its_land_is_no_militia(code):
    a1, _, _ = code("Unknown gunmen raided homes in Turkana, killing two herders.", "KE")
    assert a1 is not None and "Turkana" not in a1[1]


def test_somali_clan_is_a_clan_militia(code):
    a1, a2, _ = code("Gunfire broke out between the Abgal and Murusade militias near Adale, killing three.", "SO")
    assert "Abgal Clan Militia (Somalia)" in _names(a1, a2)


def test_riot_names_the_police_it_fought(code):
    a1, a2, _ = code("Rioters burned tyres in Kisumu; running battles between the mob and the police went on "
                     "until evening.", "KE")
    assert a1 == ("rioters", "Rioters (Kenya)")
    assert a2 is not None and a2[0] == "state_forces" and a2[1].startswith("Police Forces of Kenya")


def test_unnamed_tear_gas_is_the_police(code):
    a1, a2, _ = code("Hundreds of traders protesting new market fees in Eldoret were dispersed with tear gas.", "KE")
    assert a1 is not None and a1[0] == "protesters"
    assert a2 is not None and a2[1].startswith("Police Forces of Kenya")


def test_peaceful_protest_with_no_clash_has_no_actor2(code):
    _, a2, _ = code("Teachers protested in Nakuru over delayed pay. There were no clashes with police.", "KE")
    assert a2 is None


def test_mob_violence_victim_is_civilians(code):
    a1, a2, ev = code("A mob lynched a man accused of stealing a goat in Kakamega.", "KE")
    assert ev.sub_event_type == "Mob violence"
    assert a1 == ("rioters", "Rioters (Kenya)")
    assert a2 == ("civilians", "Civilians (Kenya)")


def test_rival_mobs_are_both_rioters(code):
    a1, a2, ev = code("Rival groups of students clashed and threw stones at each other in Kisii.", "KE")
    assert ev.event_type == "Riots"
    assert a1 == a2 == ("rioters", "Rioters (Kenya)")


def test_victim_alone_is_actor2_of_violence_against_civilians(code):
    a1, a2, ev = code("A health worker was assassinated overnight in a hamlet near Djibo.", "BF")
    assert ev.event_type == "Violence against civilians"
    assert a2 == ("civilians", "Civilians (Burkina Faso)")
    assert a1 is None or a1[0] != "civilians"


def test_umbrella_in_brackets_is_the_party(code):
    a1, _, _ = code("On 3 March 2020, suspected Katiba Macina (JNIM) militants attacked the village of Bani, "
                    "killing six people.", "BF")
    assert a1 == ("rebel_group", "JNIM: Group for Support of Islam and Muslims")


def test_alternative_perpetrators_are_one_party(code):
    a1, a2, _ = code("On 4 May 2020, presumed JNIM or ISGS militants burned a school and the town hall "
                     "in Foutouri.", "BF")
    assert a1 is not None and a1[1].startswith("JNIM")
    assert a2 is None or "Islamic State" not in a2[1]


def test_repulsed_attackers_are_actor1(code):
    a1, a2, _ = code("On 30 April 2020, six Taliban militants were killed when Afghan forces repulsed their "
                     "attack on a checkpoint in Logar.", "AF")
    assert a1 is not None and a1[1] == "Taliban"
    assert a2 is not None and a2[0] == "state_forces"


def test_battle_never_has_civilians_as_a_side(code):
    a1, a2, ev = code("Police officers fought a gun battle with bandits in Baringo, and two herders were "
                      "killed.", "KE")
    assert ev.event_type == "Battles"
    assert all(p is None or p[0] != "civilians" for p in (a1, a2))


def test_described_men_named_in_brackets(code):
    a1, _, _ = code("On 12 June 2020, unknown gunmen (presumably JNIM militants) shot dead a trader near Kaya.", "BF")
    assert a1 is not None and a1[1].startswith("JNIM")


def test_suspected_group_is_the_perpetrator(code):
    a1, a2, _ = code("Armed men believed to be members of Al-Shabaab killed two farmers in Lamu.", "KE")
    assert a1 == ("rebel_group", "Al Shabaab")
    assert a2 == ("civilians", "Civilians (Kenya)")


def test_bare_militants_after_a_named_group_are_that_group(code):
    a1, a2, _ = code("On 2 June 2020, suspected JNIM militants entered the village of Toeni. Volunteer fighters "
                     "(VDP) repelled the attack and killed three militants.", "BF")
    assert {a1[1][:4], a2[1][:3]} == {"JNIM", "VDP"}


def test_battle_of_unnamed_sides(code):
    a1, a2, ev = code("On 4 May 2020, shoot-outs took place in two neighbourhoods of Fortaleza.", "BR")
    assert ev.event_type == "Battles"
    assert a1 == a2 == ("political_militia", "Unidentified Armed Group (Brazil)")


def test_blast_victims_are_not_the_bombers(code):
    a1, a2, ev = code("Two dead in a mine blast that struck an army truck near Djibo.", "BF")
    assert ev.event_type == "Explosions/Remote violence"
    assert a1 == ("political_militia", "Unidentified Armed Group (Burkina Faso)")
    assert a2 is not None and a2[0] == "state_forces"


def test_soldiers_who_protest_are_the_crowd(code):
    a1, a2, ev = code("Soldiers protested peacefully in Kaya to demand a wage increase.", "BF")
    assert ev.event_type == "Protests"
    assert a1 == ("protesters", "Protesters (Burkina Faso)")
    assert a2 is None


def test_person_arrested_is_civilians(code):
    a1, a2, ev = code("Police arrested the governor of Migori, John Otieno, at his home in Nairobi over "
                      "corruption claims.", "KE")
    assert ev.sub_event_type == "Arrests"
    assert a1 is not None and a1[1].startswith("Police Forces of Kenya")
    assert a2 == ("civilians", "Civilians (Kenya)")
