"""ACLED parties, round eleven (issue 4): ceasefire monitors' reports on a front line name its two
sides; forces "operating under" an umbrella act as it; "IS" before a weapon, a place or a deed is
Islamic State; a looting whose subject the parse lost is the armed group's; a disrupted device's
owner is actor2 (actor1 when it alone is named); a battle with one named side has an unidentified
other; arrests are the police's when no one else is named; a protest crowd under another label is
not the force that met it. Sentences written for these tests; the document country is given, as a
country desk would."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(party_names):
    return party_names


def _force(name: str | None, country: str, force: str) -> bool:
    return bool(name) and name.startswith(f"{force} Forces of {country}")


NAF = "NAF: United Armed Forces of Novorossiya"


def test_monitors_report_of_fire_names_both_sides_of_the_front(code):
    a1, a2, a = code("On 3 May 2020, the OSCE monitoring mission recorded 12 bursts of fire involving small arms "
                     "near Marinka.", "UA")
    assert _force(a1, "Ukraine", "Military")
    assert a2 == NAF
    for actor in a.actors:
        for m in actor.mentions:
            assert a.text[m.start:m.end] == m.text


def test_monitors_report_of_explosions_names_one_side(code):
    a1, a2, _ = code("On 4 May 2020, the OSCE SMM observed a total of 6 explosions involving unknown weapons "
                     "near Avdiivka.", "UA")
    assert _force(a1, "Ukraine", "Military")
    assert a2 is None


def test_monitors_elsewhere_name_no_front_line_sides(code):
    a1, a2, _ = code("On 4 May 2020, ceasefire monitors recorded 6 explosions near a village outside Kadugli.", "SD")
    assert a1 != NAF and a2 != NAF
    assert not _force(a1, "Ukraine", "Military")


def test_a_side_the_monitored_report_names_stays(code):
    a1, a2, _ = code("On 4 May 2020, the OSCE SMM observed 6 explosions near Avdiivka. The Donbass People's "
                     "Militia fired mortars at the positions of the Ukrainian forces.", "UA")
    assert NAF in (a1, a2)
    assert any(_force(x, "Ukraine", "Military") for x in (a1, a2))


def test_factions_operating_under_an_umbrella_act_as_it(code):
    a1, a2, _ = code("On 2 May 2020, JWS, which operates under OPS, shelled QSD positions near Tell Abiad.", "SY")
    assert a1 == "Operation Peace Spring"
    assert a2 == "QSD: Syrian Democratic Forces"


def test_a_list_of_forces_operating_under_an_umbrella(code):
    a1, _, _ = code("On 4 May 2020, Turkish forces and JWS factions, operating under OPS, shelled the "
                    "village of Darda.", "SY")
    assert a1 == "Operation Peace Spring"


def test_a_force_only_backing_the_umbrella_s_factions_keeps_its_name(code):
    _, _, a = code("On 4 May 2020, Turkish forces supported by factions who are operating under OPS clashed "
                   "with regime forces near Tell Tamr.", "SY")
    assert any(x.name.startswith("Military Forces of Turkey") and x.mentions for x in a.actors)


def test_an_is_landmine_is_the_islamic_state_s(code):
    a1, a2, _ = code("On 30 April 2020, an IS landmine planted on a road exploded under a passing army truck, "
                     "killing 3 soldiers.", "IQ")
    assert a1 == "Islamic State (Iraq)"
    assert _force(a2, "Iraq", "Military")


def test_is_before_a_verb_of_no_violence_is_no_group(main_event):
    a, _ = main_event("On 2 May 2020, gunmen killed two soldiers near Tikrit. The toll IS expected to rise.", "IQ")
    assert not any(x.name.startswith("Islamic State") for x in a.actors)


def test_a_looting_whose_subject_the_parse_lost(code):
    a1, a2, _ = code("Around 3 June 2020, presumed ISGS militants removed goods from three carts and seized two "
                     "other carts near Dori (Dori, Seno).", "BF")
    assert a1 == "Islamic State (Greater Sahara)"
    assert a2 == "Civilians (Burkina Faso)"


def test_the_group_that_planted_a_disrupted_device_is_actor2(code):
    a1, a2, _ = code("On August 5, an army unit discovered an IED at the entrance of the village of Koutougou, "
                     "the device was likely planted by JNIM militants.", "BF")
    assert _force(a1, "Burkina Faso", "Military")
    assert a2 == "JNIM: Group for Support of Islam and Muslims"


def test_a_defused_device_with_no_owner_has_no_actor2(code):
    a1, a2, _ = code("On 4 May 2020, soldiers discovered and defused an IED near Djibo.", "BF")
    assert _force(a1, "Burkina Faso", "Military")
    assert a2 is None


def test_a_battle_with_one_named_side_has_an_unidentified_other(code):
    a1, a2, _ = code("21 April. Cattle thieves engage Pokot militia in a gun battle. One herder killed, "
                     "40 goats stolen.", "KE")
    assert a1 == "Unidentified Armed Group (Kenya)"
    assert a2 == "Pokot Ethnic Militia (Kenya)"


def test_arrests_with_no_one_named_are_the_police_s(code):
    a1, a2, _ = code("Arrests: On 8 August, a former county governor was arrested alongside two businessmen.", "KE")
    assert _force(a1, "Kenya", "Police")
    assert a2 == "Civilians (Kenya)"


def test_the_crowd_under_another_label_is_not_who_dispersed_it(code):
    a1, a2, _ = code("On 28 April 2020, a number of drivers demonstrated and barricaded roads in Bobo-Dioulasso, "
                     "demanding lower fuel prices. The police dispersed a group of demonstrators.", "BF")
    assert a1 == "Protesters (Burkina Faso)"
    assert _force(a2, "Burkina Faso", "Police")


def test_the_force_whose_operation_it_was_comes_first(code):
    a1, a2, _ = code("On 30 April 2020, in Itabuna, Bahia, a drug trafficker was killed after exchanging fire with "
                     "military police forces during a joint operation to arrest him.", "BR")
    assert _force(a1, "Brazil", "Police")
    assert a2 == "Unidentified Armed Group (Brazil)"


def test_men_who_attacked_a_patrol_still_come_first(code):
    a1, a2, _ = code("On 8 May 2020, in Belem, Para, armed men attacked military police forces during a patrol "
                     "in a poor neighbourhood.", "BR")
    assert a1 == "Unidentified Armed Group (Brazil)"
    assert _force(a2, "Brazil", "Police")


def test_militants_the_parse_made_the_abducted_did_the_abducting(code):
    a1, a2, _ = code("On October 25, 2019, suspected JNIM militants abducted and later executed two traders at the "
                     "market in the village of Gorgadji.", "BF")
    assert a1 == "JNIM: Group for Support of Islam and Muslims"
    assert a2 == "Civilians (Burkina Faso)"


def test_police_held_responsible_did_the_killing(code):
    a1, a2, _ = code("The body of a robbery suspect is discovered in a river on 20/05. Police are believed to be "
                     "responsible.", "KE")
    assert _force(a1, "Kenya", "Police")
    assert a2 == "Civilians (Kenya)"


def test_police_who_suspect_someone_are_not_held_responsible(code):
    a1, _, _ = code("A man was shot dead in Kisumu. Police suspected that a gang was responsible.", "KE")
    assert not _force(a1, "Kenya", "Police")


def test_strikes_that_hurt_no_one_name_no_civilians(code):
    a1, a2, _ = code("Reported on 28 April 2020, airstrikes by Afghan military forces hit residential areas and "
                     "destroyed 4 houses in Khwaja Ghar district, Takhar. No casualties reported by source.", "AF")
    assert _force(a1, "Afghanistan", "Military")
    assert a2 is None


def test_strikes_that_killed_civilians_name_them(code):
    _, a2, _ = code("Reported on 28 April 2020, airstrikes by Afghan military forces hit residential areas in "
                    "Khwaja Ghar district, Takhar, killing 3 civilians.", "AF")
    assert a2 == "Civilians (Afghanistan)"


def test_a_force_named_in_its_man_s_description_is_his_force(code):
    a1, a2, _ = code("On 6 May 2020, a Border Security Force (BSF) officer opened fire at a group of people at a "
                     "village in Nalanda district (Bihar), killing one.", "IN")
    assert _force(a1, "India", "Police")
    assert a2 == "Civilians (India)"


def test_an_army_officer_stays_military(code):
    a1, _, _ = code("On 2 May 2020, an army officer shot a man at a checkpoint in Kupwara, killing him.", "IN")
    assert _force(a1, "India", "Military")


def test_rival_protest_groups_face_each_other(code):
    a1, a2, _ = code("Rival protest groups, one for and one against the impeachment of the Kisii governor, held "
                     "demonstrations in Kisii. Police were present but did not engage the protesters.", "KE")
    assert a1 == a2 == "Protesters (Kenya)"


def test_a_lone_peaceful_protest_has_no_actor2(code):
    _, a2, _ = code("Residents held a peaceful demonstration in Kisii over poor roads.", "KE")
    assert a2 is None
