"""One sentence per supported ACLED sub-event type (all written for these tests)."""

from __future__ import annotations

import pytest

from warscope.events.lexicon import ACLED, EVENT_TYPE_OF, PLOVER_TYPES

CASES = [
    ("Taliban fighters clashed with soldiers near the town on Monday.", "Armed clash"),
    ("Government troops recaptured the town of Marja from the rebels on Sunday.",
     "Government regains territory"),
    ("Rebels seized the town of Kunduz after heavy fighting.", "Non-state actor overtakes territory"),
    ("A suicide bomber blew himself up at a market in Kabul.", "Suicide bomb"),
    ("Warplanes bombed a village in the north, killing five civilians.", "Air/drone strike"),
    ("Rebels fired mortar shells at the army base.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded near a police convoy in Helmand.", "Remote explosive/landmine/IED"),
    ("A grenade explosion wounded three people at the market.", "Grenade"),
    ("Government forces used chlorine gas in an attack on the district.", "Chemical weapon"),
    ("Militants abducted two aid workers in the province.", "Abduction/forced disappearance"),
    ("Soldiers raped a woman in the village.", "Sexual violence"),
    ("Unknown gunmen shot dead a teacher in the city.", "Attack"),
    ("Thousands of protesters marched peacefully through the capital.", "Peaceful protest"),
    ("Police fired tear gas to disperse students who were protesting against fuel prices.",
     "Protest with intervention"),
    ("Security forces shot dead three demonstrators in the city.", "Excessive force against protesters"),
    ("Rioters torched shops in the town after the election.", "Violent demonstration"),
    ("A mob lynched a man accused of theft.", "Mob violence"),
    ("The two factions signed a ceasefire agreement in Doha.", "Agreement"),
    ("Police arrested five opposition leaders in the capital.", "Arrests"),
    ("The militants pledged allegiance to the Islamic State.", "Change to group/activity"),
    ("The army established a new base near the border.", "Headquarters or base established"),
    ("Soldiers defused a roadside bomb near the bridge.", "Disrupted weapons use"),
    ("Fighters looted shops in the market town.", "Looting/property destruction"),
    ("Rebel forces withdrew from the town without a fight.", "Non-violent transfer of territory"),
    ("Russia provided weapons to the rebels.", "Other"),
]


@pytest.mark.parametrize("text,sub", CASES, ids=[c[1] for c in CASES])
def test_sub_event_type(run_events, text, sub):
    events = run_events(text).events
    assert events, text
    main = max(events, key=lambda e: e.confidence)
    assert (main.event_type, main.sub_event_type) == (EVENT_TYPE_OF[sub], sub), text


def test_every_code_is_a_codebook_name(run_events):
    text = " ".join(c[0] for c in CASES)
    for ev in run_events(text).events:
        assert ev.sub_event_type in ACLED[ev.event_type]
        assert ev.plover in PLOVER_TYPES


def test_the_cases_cover_all_25_sub_event_types():
    covered = {sub for _, sub in CASES}
    assert covered == set(EVENT_TYPE_OF) and len(covered) == 25


def test_plover_codes(run_events):
    def plover(text):
        return max(run_events(text).events, key=lambda e: e.confidence).plover

    assert plover("Rebels attacked an army post in the north.") == "ASSAULT"
    assert plover("Hundreds of people protested in the capital.") == "PROTEST"
    assert plover("The two sides signed a peace agreement.") == "AGREE"
    assert plover("Police arrested a journalist in the capital.") == "COERCE"
    assert plover("Iran supplied weapons to the militia.") == "AID"
    assert plover("China hosted a Taliban delegation in Beijing.") == "CONSULT"


def test_victim_class_separates_battles_from_violence_against_civilians(run_events):
    civ = run_events("Militants attacked a village and killed four farmers.").events
    assert any(e.event_type == "Violence against civilians" for e in civ)
    armed = run_events("Militants attacked a checkpoint and killed four soldiers.").events
    assert all(e.event_type == "Battles" for e in armed)


def test_actor_kinds_decide_who_takes_territory(run_events):
    state = run_events("The army captured the town of Marja.", {"army": "state_forces"}).events
    assert state[0].sub_event_type == "Government regains territory"
    rebels = run_events("The Front captured the town of Marja.", {"Front": "rebel_group"}).events
    assert rebels[0].sub_event_type == "Non-state actor overtakes territory"


def test_arrest_by_a_non_state_group_is_an_abduction(run_events):
    events = run_events("Al Shabaab arrested two elders in the village.", {"Al Shabaab": "rebel_group"}).events
    assert events[0].sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text,sub", [
    ("Police found a cache of rifles and ammunition in a house in Mombasa.", "Disrupted weapons use"),
    ("Two explosive devices were discovered near the railway station.", "Disrupted weapons use"),
    ("Twenty protesters were killed when soldiers broke up a sit-in in the capital.",
     "Excessive force against protesters"),
    ("The militants seized the deserted town after government troops pulled out.",
     "Non-violent transfer of territory"),
    ("Opposition fighters retook the town from government forces.", "Non-state actor overtakes territory"),
])
def test_more_cues(run_events, text, sub):
    events = run_events(text).events
    assert events, text
    assert max(events, key=lambda e: e.confidence).sub_event_type == sub


def test_figurative_violence_is_not_an_event(run_events):
    text = ("The film beat its rivals in a bruising battle for the top prize. "
            "The minister attacked the opposition's budget plans.")
    assert run_events(text).events == []


def test_crowd_violence(run_events):
    def main(text):
        return max(run_events(text).events, key=lambda e: e.confidence).sub_event_type

    assert main("Angry residents burned the house of a suspected thief in the village.") == "Mob violence"
    assert main("Students protested in the town on Monday. They burned two police cars.") == \
        "Violent demonstration"
    assert main("Traders protested against new taxes and barricaded the road with burning tyres.") == \
        "Violent demonstration"
