"""Deeds told without a trigger verb of their own, victims out of service, mixed weapons and
attackers who go on: round nine of the event rules, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warscope.ingest import document_from_text
from warscope.pipeline import extract


def _events(text: str, country: str | None = None):
    return extract(document_from_text(text, country=country)).events


def _subs(text: str, country: str | None = None) -> list[str]:
    return [e.sub_event_type for e in _events(text, country)]


# --- gerunds, dative reinforcements, launched operations ---------------------------------------

def test_a_shelling_by_someone_that_hit_a_village_is_a_shelling():
    assert _subs("On 3 March, shelling by the army hit a village near the border.") \
        == ["Shelling/artillery/missile attack"]


def test_a_gerund_naming_a_kind_of_act_is_still_no_event():
    assert _subs("Detaining suspects without charge is illegal, the court ruled.") == []


def test_reinforcements_brought_to_a_town_are_a_movement_of_forces():
    assert _subs("On 2 May, the police brought reinforcements to the town of Maadan.") \
        == ["Change to group/activity"]


def test_a_launched_military_operation_is_a_change_of_activity_without_a_party_named_after_it():
    events = _events("On 11 May, the army launched Operation Sentinel in three regions to counter "
                     "the militant threat.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
    assert events[0].actor2 is None


def test_fighting_told_with_a_launched_operation_outranks_it():
    events = _events("On 8 June, the army launched a military operation against the rebels near the "
                     "river. Soldiers clashed with the rebels for hours, killing six of them.")
    main = max(events, key=lambda e: e.confidence)
    assert main.event_type == "Battles"


def test_a_launched_product_is_no_event():
    assert _subs("The company launched a new phone in the capital on Monday.") == []


# --- acid, sexual violence, communal conflict, demonstrators ------------------------------------

def test_acid_poured_on_officials_is_an_attack():
    assert _subs("On 4 April, attackers poured acid on three officials at the liaison office.") == ["Attack"]


def test_money_poured_into_a_project_is_no_event():
    assert _subs("Donors poured money into the new hospital in the capital.") == []


@pytest.mark.parametrize("text", [
    "On 6 June, two soldiers allegedly molested a girl near the market.",
    "On 6 June, a soldier sexually assaulted a woman in the camp.",
])
def test_molesting_and_sexual_assault_are_sexual_violence(text):
    assert _subs(text) == ["Sexual violence"], text


def test_a_defiled_shrine_is_no_sexual_violence():
    assert "Sexual violence" not in _subs("Vandals defiled a shrine near the lake, police said.")


def test_deaths_in_communal_conflict_are_a_clash():
    assert _subs("On 9 May, four people died following inter-clan conflict in a village.") == ["Armed clash"]


def test_conflict_as_the_war_as_a_whole_is_no_event():
    assert _subs("Decades of ethnic conflict have shaped the region, the historian writes.") == []


def test_what_demonstrators_do_in_the_open_is_the_protest():
    assert _subs("On 3 July, protesters outside the court waved placards against the judge.") \
        == ["Peaceful protest"]


def test_what_demonstrators_say_they_will_do_is_not_yet_a_protest():
    assert _subs("The demonstrators said they would return next month.") == []


# --- victims out of service ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 14 March, gunmen shot and killed an off-duty police officer in the town.",
    "On 23 November, a police officer shot and killed an unarmed junior officer following a dispute.",
])
def test_off_duty_or_unarmed_officers_attacked_are_civilians(text):
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Attack"], text


def test_an_officer_on_duty_shot_by_gunmen_is_a_clash():
    assert _subs("On 14 March, gunmen shot and killed a police officer at a checkpoint in the town.") \
        == ["Armed clash"]


# --- ambushed buses, mixed weapons, attackers who go on ----------------------------------------

def test_an_ambushed_bus_is_an_attack_on_civilians():
    assert _subs("On 14 September, militants ambushed a bus on the road to the coast.") == ["Attack"]


def test_an_ambushed_military_convoy_is_a_clash():
    assert _subs("On 14 September, militants ambushed a military convoy on the road, killing three "
                 "soldiers.") == ["Armed clash"]


def test_artillery_fired_with_small_arms_at_positions_is_a_clash():
    assert _subs("On 29 April, rebel forces fired 122mm artillery, mortars, heavy machine guns and "
                 "small arms at the positions of the army near a village.") == ["Armed clash"]


def test_artillery_alone_at_positions_stays_shelling():
    assert _subs("On 29 April, rebel forces fired 122mm artillery at the positions of the army near a "
                 "village.") == ["Shelling/artillery/missile attack"]


def test_the_same_attackers_going_on_in_the_next_sentence_make_one_event():
    events = _events("On 14 September, eight gunmen ambushed a bus near the border town. They "
                     "searched the passengers and killed two of them.")
    assert len(events) == 1
    assert events[0].sub_event_type == "Attack"


def test_another_incident_in_the_next_sentence_stays_its_own_event():
    events = _events("On 14 September, gunmen attacked a bus near the border town, killing two "
                     "passengers. In a separate incident, the gunmen attacked a farm in another "
                     "district, killing a herder.")
    assert len(events) == 2


def test_police_shooting_as_they_intervene_in_a_riot_is_part_of_it():
    events = _events("On 2 January, riots broke out in the lakeside city after the cabinet was named. "
                     "Police shot one man dead as they intervened.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_former_rebels_killed_are_civilians():
    assert _subs("On 7 May, gunmen killed two former rebels in the village.") == ["Attack"]


# --- particular clashes told as plurals ----------------------------------------------------------

def test_clashes_that_lasted_days_took_place():
    events = _events("On 30 April, during clashes that lasted two days, nine soldiers were killed in "
                     "the district.")
    assert [e.event_type for e in events] == ["Battles"]


def test_soldiers_killed_in_clashes_with_a_named_group_have_both_sides():
    events = _events("On 3 May, two soldiers were killed in clashes with al Shabaab militants near the town.")
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor2 is not None
    assert events[0].actor1 != events[0].actor2


def test_people_hurt_in_clashes_with_police_during_riots_is_one_riot():
    events = _events("On 3 May, three people were injured in clashes with police during the riots in "
                     "the city.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


# --- headline particles, counted projectiles, artillery operations, arson -----------------------

def test_a_headline_gunning_down_is_a_killing():
    events = _events("Border militia guns down two police officers near the wells")
    assert [e.event_type for e in events] == ["Battles"]


def test_counted_projectiles_observed_are_shelling():
    assert _subs("On 1 May, the monitors observed a total of 5 projectiles near the village.") \
        == ["Shelling/artillery/missile attack"]


def test_artillery_operations_are_shelling():
    assert _subs("On 5 September, the army conducted artillery operations against the militants near "
                 "the village.") == ["Shelling/artillery/missile attack"]


def test_an_operation_without_a_weapon_is_no_event():
    assert _subs("The army conducted a security operation in the district, officials said.") == []


def test_launched_mortar_fire_is_shelling():
    assert _subs("On 9 May, the militants launched mortar fire against a military base in the town.") \
        == ["Shelling/artillery/missile attack"]


def test_an_arson_attack_on_a_factory_is_property_destruction():
    assert _subs("On 6 May, an anarchist cell carried out an arson attack targeting a paint factory "
                 "in the industrial zone.") == ["Looting/property destruction"]


# --- weapons seized, surrenders and background agreements rank below the fight ------------------

def test_grenade_launchers_seized_after_a_clash_do_not_make_it_a_grenade_attack():
    events = _events("On 28 April, there was an armed clash between the army and the rebels near the "
                     "village. After the clash, soldiers seized rifles and grenade launchers.")
    assert "Grenade" not in [e.sub_event_type for e in events]


def test_fighters_surrendering_after_a_clash_do_not_outrank_it():
    events = _events("On 28 April, there was an armed clash between the army and the rebels near the "
                     "village. One rebel was killed. Twenty rebels surrendered to the army.")
    main = max(events, key=lambda e: e.confidence)
    assert main.sub_event_type == "Armed clash"


def test_an_agreement_a_victim_had_accepted_is_background():
    events = _events("On 8 May, a man died under torture in a government prison after three days of "
                     "detention. The victim was a former fighter who had accepted the reconciliation "
                     "agreement.")
    main = max(events, key=lambda e: e.confidence)
    assert main.sub_event_type != "Agreement"


def test_an_official_slapped_and_kicked_by_youths_is_violence():
    events = _events("On 7 November, youths slapped and kicked a county official outside the market.")
    assert [e.event_type for e in events] in (["Riots"], ["Violence against civilians"])


def test_a_campaign_kicked_off_is_no_event():
    assert _subs("The party kicked off its campaign in the city on Sunday.") == []


# --- contraband, captives, abductions ending in death, strikers, broken-up marches --------------

def test_drugs_seized_by_police_are_property_seized():
    events = _events("On 27 April, federal police seized more than a ton of marijuana during a highway "
                     "inspection. Three people were arrested.")
    main = max(events, key=lambda e: e.confidence)
    assert main.sub_event_type == "Looting/property destruction"


def test_a_dismantled_drug_lab_is_property_destroyed():
    assert "Looting/property destruction" in _subs("On 30 April, federal police dismantled a drug lab in "
                                                   "the town.")


def test_fortifications_established_are_a_change_of_posture_not_a_base():
    assert _subs("On 7 May, the resistance forces reportedly established fortifications east of the "
                 "port city.") == ["Change to group/activity"]


def test_a_base_established_is_still_a_base():
    assert _subs("On 7 May, the militia established a new base east of the port city.") \
        == ["Headquarters or base established"]


def test_captives_killed_by_their_captors_are_an_attack():
    assert _subs("On 16 November, militiamen captured two armed bandits and killed them after "
                 "interrogation near the town.") == ["Attack"]


def test_an_abducted_councillor_later_beheaded_is_one_attack():
    events = _events("On 15 December, militants abducted a municipal councillor in the village. They "
                     "brought him back to his village two days later and beheaded him.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_striking_students_assaulting_teachers_are_demonstrating():
    assert _subs("On 18 December, striking students assaulted two teachers at the school.") \
        == ["Violent demonstration"]


def test_a_march_broken_up_in_the_next_sentence_is_one_protest_with_intervention():
    events = _events("On 3 March, staff at the institute protested to demand better working conditions. "
                     "Their march was dispersed by police.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_what_demonstrators_do_in_court_is_no_protest():
    assert _subs("Peace protesters have lost a landmark appeal over police actions at the air base.") == []


def test_students_clashing_with_police_are_a_violent_demonstration():
    assert _subs("On 16 March, new clashes were reported between students and police around the "
                 "university campus.") == ["Violent demonstration"]


def test_a_village_overtaken_without_violence_changed_hands():
    assert _subs("On 18 July, the militants overtook a coastal village. No violence was reported.") \
        == ["Non-violent transfer of territory"]


def test_ground_operations_against_militants_are_a_clash():
    assert _subs("On 7 May, foreign forces conducted ground operations against the militants near the "
                 "border.") == ["Armed clash"]


# --- crowds that turn on officials, and the answer of the security forces -----------------------

def test_demonstrators_who_attacked_officials_then_met_gunfire_are_one_violent_demonstration():
    events = _events("On 6 May, traders demonstrated over the demolition of their market and attacked "
                     "the officials enforcing it. Security forces responded with gunfire.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_a_relative_arrested_the_next_day_is_an_arrest_not_a_riot():
    events = _events("On 23 November, a house was set on fire in the market town, killing its four "
                     "occupants. A male relative in a land dispute with the women was arrested the next day.")
    subs = [e.sub_event_type for e in events]
    assert "Mob violence" not in subs and "Violent demonstration" not in subs


def test_a_death_in_ensuing_clashes_with_police_makes_the_protest_violent():
    events = _events("On 29 June, residents gathered at the police station, protesting the arrest of a "
                     "trader. A man was shot and killed during ensuing clashes with police.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].fatalities is not None and events[0].fatalities.best == 1
