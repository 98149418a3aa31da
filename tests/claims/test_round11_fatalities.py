"""Round eleven, fatalities (issue 8 on ACLED-style notes): deaths the reader missed ("shot one gang member,
who died later", "before shooting him dead", two bare people in a headline, a participle said of the victim
past another one, a hyphenated group name between the number and the people, a subject the parser lost to
an apposition, people "set alight" by a mob), deaths it read that did not happen in the event ("nearly
lynched", "for allegedly killing", "related to the killing of"), and figures it added up or split wrongly
(the last item of an "including" list, a phrase inside "between ..." taken into the list of the dead, a
claimant's figure in brackets, the dead taken for the source of the next figure).
Sentences written for these tests; events are hand-made with the builder, so the rules are tested apart
from the events stage."""

from __future__ import annotations

from tests.claims.tolls import acled_toll
from warscope.claims import fatalities

# --- deaths the reader missed


def test_a_victim_who_died_later_in_an_aside(build):
    text = "Police shot one robbery suspect, who died later in hospital, and arrested four others in Kisumu."
    assert acled_toll(build, text, "shot", event_type="Battles") == 1


def test_a_wounded_victim_who_later_succumbed(build):
    text = "Bandits wounded a herder, who later succumbed, near Baragoi."
    assert acled_toll(build, text, "wounded", event_type="Violence against civilians") == 1


def test_an_aside_about_an_arrest_is_no_death(build):
    text = "Police shot a robbery suspect, who was arrested, in Kisumu."
    assert acled_toll(build, text, "shot", event_type="Battles") is None


def test_shooting_him_dead_with_the_object_between(build):
    text = "Two men entered the shop of a tailor in Eldoret and robbed him before shooting him dead."
    assert acled_toll(build, text, "shooting", event_type="Violence against civilians") == 1


def test_shot_a_counted_object_dead(build):
    text = "Gunmen shot three farmers dead near Moyale."
    assert acled_toll(build, text, "shot", event_type="Violence against civilians") == 3


def test_two_bare_people_in_a_headline(build):
    text = "Bus driver and conductor killed by gunmen on the Isiolo road."
    assert acled_toll(build, text, "killed", event_type="Violence against civilians") == 2


def test_two_bare_people_injured_in_a_headline_are_no_deaths(build):
    text = "Bus driver and conductor injured by gunmen on the Isiolo road."
    assert acled_toll(build, text, "injured", event_type="Violence against civilians") is None


def test_a_participle_said_of_the_victim_past_another(build):
    text = "Trader linked with a cattle cartel killed in gunfight with police"
    assert acled_toll(build, text, "gunfight", event_type="Battles") == 1


def test_a_headline_person_linked_with_killers_is_not_their_victim(build):
    text = "Trader linked with a gang that killed two guards arrested in Nakuru"
    assert acled_toll(build, text, "arrested", event_type="Strategic developments") is None


def test_a_hyphenated_group_name_between_number_and_people(build):
    text = "Thirty Al-Shabab militiamen are killed by the Kenya Defence Forces in Boni forest."
    assert acled_toll(build, text, "killed", event_type="Battles") == 30


def test_a_subject_lost_to_its_apposition(build):
    text = ("In Kaya, 15 kilometers from Pissila, Ousmane Sawadogo, a village elder, was murdered by several bullets, "
            "and a herder was kidnapped by the gunmen.")
    assert acled_toll(build, text, "kidnapped", event_type="Violence against civilians") == 1


def test_people_set_on_fire_by_a_mob(build):
    text = "Three suspected thieves were set on fire at Gatundu by a mob."
    assert acled_toll(build, text, "set", event_type="Riots") == 3


def test_a_mob_sets_alight_counted_people(build):
    text = "Angry villagers set alight two suspected cattle thieves in Kuria."
    assert acled_toll(build, text, "set", event_type="Riots") == 2


def test_buildings_set_on_fire_are_no_deaths(build):
    text = "Two churches and a school were set on fire by rioters in Kisumu."
    assert acled_toll(build, text, "set", event_type="Riots") is None


# --- deaths that were not the event's


def test_nearly_lynched_is_no_death(build):
    text = "Traders beat up and nearly lynched a suspected thief in the market at Embu."
    assert acled_toll(build, text, "beat", event_type="Riots") is None


def test_almost_killed_is_no_death(build):
    text = "A mob attacked and almost killed a suspected cattle thief at Likuyani."
    assert acled_toll(build, text, "attacked", event_type="Riots") is None


def test_nearly_before_the_number_still_qualifies_the_figure(build):
    text = "Nearly 20 soldiers were killed when militants attacked the camp."
    assert acled_toll(build, text, "attacked", event_type="Battles") == 19


def test_lynched_for_allegedly_killing_is_one_death(build):
    text = "A man is lynched in Kakamega for allegedly killing his neighbour."
    assert acled_toll(build, text, "lynched", event_type="Riots") == 1


def test_a_riot_related_to_an_earlier_killing(build):
    text = "Youths rioted in the town. The riot is said to be related to the killing of a trader last week."
    assert acled_toll(build, text, "rioted", event_type="Riots") is None


# --- figures added up or split wrongly


def test_the_last_item_of_an_including_list_is_not_more_dead(build):
    text = "7 soldiers and 4 civilians, including a driver, a cook and a nurse were killed when gunmen ambushed the convoy."
    assert acled_toll(build, text, "ambushed", event_type="Battles") == 11


def test_a_phrase_inside_between_is_not_among_the_dead(build):
    text = ("On 2 June, a quarrel over a well led to fighting between two clans of the area, at least four people "
            "were killed, others injured and several huts burned.")
    assert acled_toll(build, text, "fighting", event_type="Battles") == 4


def test_a_claimants_figure_in_brackets_is_contested_not_added(build):
    text = "On 6 May, 2 soldiers were killed (the insurgents' outlet reported 7 soldiers were killed) in an attack on a post."
    b = build(text)
    ev = b.event("attack", event_type="Battles")
    fatalities.annotate(b.analysis)
    assert ev.fatalities is not None
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (2, 2, 7)


def test_the_dead_of_one_figure_do_not_speak_for_the_next(build):
    text = "Cattle were stolen in the raid. It led to a long battle, 6 raiders confirmed dead, 9 later found in the bush."
    assert acled_toll(build, text, "battle", event_type="Battles") == 15


def test_a_road_death_the_mob_avenged_is_not_its_toll(build):
    text = "Villagers in Kandara set ablaze two lorry drivers that killed a cyclist in a recent accident."
    assert acled_toll(build, text, "set ablaze", event_type="Riots") == 2


def test_a_report_mentioning_the_death_again_is_the_same_death(build):
    text = ("A soldier was killed and another wounded in an ambush near Tougan. "
            "The report mentions a sergeant killed and a corporal injured.")
    assert acled_toll(build, text, "ambush", event_type="Battles") == 1
