"""Blows, executions of counted people, broken windows, calm demonstrations and crowds that clash:
round eight of the event rules, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warscope.ingest import document_from_text
from warscope.pipeline import extract


def _subs(text: str, country: str | None = None) -> list[str]:
    return [e.sub_event_type for e in extract(document_from_text(text, country=country)).events]


# --- bodies, not reputations --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 2 March, herders assaulted a farmer near the river after a dispute over grazing land.",
    "On 4 June, police hit several women and teenagers of the settlement with batons.",
    "On 9 July, soldiers hit the villagers with sticks at a checkpoint.",
])
def test_blows_on_ordinary_people_are_attacks(text):
    assert "Attack" in _subs(text) or "Mob violence" in _subs(text), text


@pytest.mark.parametrize("text", [
    "The new fuel tax hit families hard this winter, the report said.",
    "He broke the national record in the final on Sunday.",
])
def test_figurative_blows_and_breaks_are_no_events(text):
    assert _subs(text) == [], text


def test_a_counted_group_of_displaced_people_executed_is_an_attack():
    text = ("Around 3 May, militiamen reportedly executed an unspecified number of displaced persons "
            "in a camp near the town.")
    assert _subs(text) == ["Attack"]


def test_a_man_found_executed_is_an_attack():
    assert _subs("On 12 May, an individual was found executed near the market. The killers are unknown.") \
        == ["Attack"]


def test_a_plan_executed_is_no_event():
    assert _subs("The ministry executed its plan to rebuild the schools on time.") == []


@pytest.mark.parametrize("text, sub", [
    ("On 5 May, a roadside bomb hit a bus carrying workers outside the town.",
     "Remote explosive/landmine/IED"),
    ("On 5 May, two rockets hit the central market of the city.", "Shelling/artillery/missile attack"),
])
def test_a_bomb_or_rocket_that_hit_something_exploded(text, sub):
    assert _subs(text) == [sub]


def test_party_members_breaking_windows_at_a_meeting_riot():
    text = ("On 23 June, dozens of party activists broke windows and tried to beat senior officials "
            "during a meeting at a stadium in the capital over a leadership dispute.")
    assert _subs(text) == ["Violent demonstration"]


# --- calm and violent demonstrations -------------------------------------------------------------

def test_a_march_said_to_be_calm_stays_peaceful():
    text = "Second of three days of protesting called for by opposition leaders. No violence reported."
    assert _subs(text, "KE") == ["Peaceful protest"]


def test_looted_funds_demanded_back_are_no_looting():
    text = ("On 1 May, protesters gathered at the roundabout and marched to the town hall against the "
            "cost of living. They also demanded the return of looted public funds.")
    assert set(_subs(text)) == {"Peaceful protest"}


def test_clashes_told_after_a_march_make_it_a_violent_demonstration():
    text = ("On 8 March, villagers marched to demand the release of two guards held by the army. "
            "Clashes left one soldier injured.")
    subs = _subs(text, "BF")
    assert subs[0] == "Violent demonstration", subs


def test_clashes_reported_between_rioters_and_police_are_a_riot():
    text = ("On 2 April, clashes were reported between the rioters and police at the market after the "
            "arrest of a trader.")
    assert "Violent demonstration" in _subs(text)


def test_police_firing_on_a_lynch_mob_is_mob_violence():
    text = ("On 2 May, a mob of locals tried to seize two men accused of theft when police intervened "
            "to disperse the crowd and shot at the mob, killing one woman.")
    assert _subs(text) == ["Mob violence"]


def test_police_firing_on_peaceful_marchers_stays_excessive_force():
    text = ("On 2 May, police fired live rounds to disperse demonstrators marching against the new tax, "
            "killing two.")
    assert _subs(text) == ["Excessive force against protesters"]


# --- attempts, baton charges, staged protests ----------------------------------------------------

def test_an_attempt_on_a_life_is_an_attack():
    text = "Around 15 July, suspected militants tried to assassinate a trader in the village but he escaped."
    assert _subs(text) == ["Attack"]


@pytest.mark.parametrize("text", [
    "The man tried to kill himself last year, his family said.",
    "Rebels will try to attack the town, the army warned.",
    "The rebels tried to seize the airport.",
])
def test_attempts_on_oneself_future_attempts_and_failed_seizures_are_no_events(text):
    assert _subs(text) == [], text


@pytest.mark.parametrize("text", [
    "On 29 April, state troopers baton charged traders at the bazaar for flouting the lockdown.",
    "On 29 April, police resorted to a baton charge on traders at the bazaar.",
])
def test_a_baton_charge_on_traders_is_an_attack(text):
    assert _subs(text) == ["Attack"], text


def test_charged_with_a_crime_is_no_attack():
    assert "Attack" not in _subs("The trader was charged with fraud by the court on Monday.")


def test_protests_staged_by_residents_are_found_whatever_the_lemmatiser_says():
    text = ("On 29 April, residents from several districts staged protests to demand food aid during the "
            "lockdown.")
    assert _subs(text) == ["Peaceful protest"]


# --- fire answered ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 30 April, militants threw a hand grenade at the residence of a district official. His "
    "bodyguards reacted with gunfire.",
    "On 30 April, militants threw a hand grenade at the residence of a district official. His "
    "bodyguards fired back.",
])
def test_a_grenade_answered_with_gunfire_is_one_armed_clash(text):
    assert _subs(text) == ["Armed clash"], text


def test_an_exchange_of_fire_is_a_clash():
    text = "On 2 May, an exchange of fire between soldiers and rebels left two dead near the border."
    assert _subs(text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "The soldiers returned home after the war ended.",
    "Talks on a prisoner exchange between the two sides went well, officials said.",
])
def test_returns_home_and_prisoner_exchanges_are_no_fights(text):
    assert "Armed clash" not in _subs(text), text


def test_sides_that_were_armed_are_no_arms_delivery():
    text = "On 3 May, a clan clash left one dead near the river; both sides were reportedly armed."
    assert _subs(text) == ["Armed clash"]


def test_a_column_of_troops_entering_a_territory_changes_their_activity():
    text = ("On 5 May, a military column entered the country through the northern border crossing, "
            "carrying equipment to its base.")
    assert _subs(text) == ["Change to group/activity"]


def test_a_law_entering_into_force_is_no_movement_of_troops():
    assert _subs("The new security law entered into force on Monday.") == []


# --- sequels, streets, whips and thwarted attacks -------------------------------------------------

def test_weapons_seized_after_a_fight_do_not_outrank_it():
    text = ("On 2 May, a shoot-out broke out when police approached two men on a motorcycle. One suspect "
            "was shot dead. Police seized a pistol and ammunition.")
    events = extract(document_from_text(text)).events
    main = max(events, key=lambda e: e.confidence)
    assert main.sub_event_type == "Armed clash", [(e.sub_event_type, e.confidence) for e in events]


@pytest.mark.parametrize("text", [
    "On 3 March, protesters took to the streets again to oppose the election date.",
    "Hundreds of supporters of the governor poured into the streets on Tuesday over the freezing of his account.",
    "On 7 May, the teachers' union organised sit-ins in two cities to demand better pay.",
])
def test_crowds_in_the_streets_and_sit_ins_are_protests(text):
    assert _subs(text) == ["Peaceful protest"], text


@pytest.mark.parametrize("text", [
    "Investors poured money into the fund last year.",
    "He whipped the cream for the cake.",
    "Police foiled a plot to attack the embassy.",
])
def test_money_poured_cream_whipped_and_plots_foiled_are_no_events(text):
    assert _subs(text) == [], text


def test_militants_whipping_women_is_an_attack():
    assert _subs("On 31 January, militants whipped two women in the market of the village.") == ["Attack"]


def test_an_attack_thwarted_by_a_brigade_is_a_clash():
    text = "On 3 May, the brigade thwarted a rebel attack on the front, incurring fatalities."
    assert "Armed clash" in _subs(text)
