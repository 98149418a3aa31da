"""One event told several times becomes one event with several evidence spans."""

from __future__ import annotations

HEADLINE_STORY = (
    "Suicide bombing kills 12 at Kabul market\n\n"
    "A suicide bomber blew himself up at a crowded market in Kabul on Tuesday, police said. "
    "At least 12 people were killed. "
    "Officials blamed the attack on the Islamic State."
)


def test_headline_and_story_merge(run_events):
    a = run_events(HEADLINE_STORY)
    assert len(a.events) == 1, [(e.sub_event_type, [s.text for s in e.evidence]) for e in a.events]
    (ev,) = a.events
    assert ev.sub_event_type == "Suicide bomb"
    # the parser joins the headline to the first sentence: three sentences, all of them evidence
    assert len(ev.evidence) == len(a.sentences) == 3
    assert ev.evidence[0].text.startswith("Suicide bombing")


def test_different_events_stay_apart(run_events):
    text = ("Rebels attacked an army post in Kunduz on Monday. "
            "On Tuesday, a roadside bomb exploded in Herat.")
    a = run_events(text)
    assert [e.event_type for e in a.events] == ["Battles", "Explosions/Remote violence"]


def test_same_type_in_different_towns_stay_apart(run_events):
    text = ("A roadside bomb exploded near the market in Herat. "
            "Another roadside bomb exploded near the market in Kandahar.")
    assert len(run_events(text).events) == 2


def test_same_victim_merges_across_paragraphs(run_events):
    text = ("The militants executed John Doe in the prison.\n\n"
            "Officials condemned the group. Doe was executed after a sham trial, his family said.")
    a = run_events(text, {"militants": "rebel_group", "Doe": "person"})
    assert len(a.events) == 1
    assert len(a.events[0].evidence) == 2


def test_definite_reference_joins_the_earlier_event(run_events):
    text = ("Gunmen stormed a hotel in Mogadishu on Friday. "
            "The attack lasted several hours, police said.")
    a = run_events(text)
    assert len(a.events) == 1
    assert len(a.events[0].evidence) == 2


def test_arrests_at_a_protest_are_an_intervention(run_events):
    text = ("Hundreds of students protested against fee increases in Nairobi on Monday. "
            "Police arrested twelve of them.")
    a = run_events(text)
    assert len(a.events) == 1
    assert a.events[0].sub_event_type == "Protest with intervention"
    assert len(a.events[0].evidence) == 2


def test_a_government_and_its_forces_are_one_side(run_events):
    text = ("The Iraqi army shelled the town of Hit on Monday. "
            "The shelling of Hit was ordered by the government of Iraq, officials said.")
    actors = {"Iraqi army": "state_forces:IQ", "government of Iraq": "government:IQ"}
    a = run_events(text, actors)
    assert len(a.events) == 1
    assert a.events[0].actor1 == "a1"


def test_opposing_perpetrators_are_not_merged(run_events):
    text = ("The Iraqi army shelled the town of Hit on Monday. "
            "Islamic State shelled the town of Hit on Monday too.")
    a = run_events(text, {"Iraqi army": "state_forces:IQ", "Islamic State": "rebel_group"})
    assert len(a.events) == 2


def test_property_destroyed_in_an_attack_is_part_of_it(run_events):
    a = run_events("Militants attacked the village of Bani and burned a school.")
    assert len(a.events) == 1
    assert a.events[0].event_type != "Strategic developments"


def test_demonstrators_burning_property_riot(run_events):
    a = run_events("Hundreds of students protested in the town and burned several vehicles.")
    assert [(e.event_type, e.sub_event_type) for e in a.events] == [("Riots", "Violent demonstration")]
