"""Which clauses are events: modality, negation, intention and generic statements are not."""

from __future__ import annotations

import pytest

NON_EVENTS = [
    "The rebels could attack the town.",
    "The army plans to attack the town next week.",
    "The militants did not attack the village.",
    "The rebels will never surrender.",
    "The group has vowed to kill all foreigners.",
    "If the talks fail, the rebels will attack the capital.",
    "The group threatened attacks on the city.",
    "Militants often attack convoys on this road.",
    "The government could receive military support from its neighbours.",
    "Officials fear the specter of a long battle.",
    "The rebels tried to seize the airport.",
    "Mediators want to prevent the militias from attacking civilians.",
    "The group became notorious for kidnappings and bombings.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_no_event(run_events, text):
    assert run_events(text).events == [], text


def test_reported_events_survive_reporting_verbs(run_events):
    events = run_events("Officials said that gunmen killed two policemen in Kano on Friday.").events
    assert len(events) == 1
    assert events[0].event_type == "Battles"


def test_passive_agent_is_actor1(run_events):
    a = run_events("Two Afghan soldiers were killed by the Taliban in Helmand.",
                   {"Taliban": "rebel_group", "Afghan soldiers": "state_forces"})
    (ev,) = a.events
    assert (ev.actor1, ev.actor2) == ("a1", "a2")
    assert ev.event_type == "Battles"


def test_active_subject_and_object(run_events):
    a = run_events("Boko Haram abducted villagers near Maiduguri.", {"Boko Haram": "rebel_group",
                                                                    "villagers": "civilians"})
    (ev,) = a.events
    assert (ev.actor1, ev.actor2) == ("a1", "a2")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_killed_by_group_against_civilians(run_events):
    a = run_events("Three civilians were shot dead by the Taliban.",
                   {"Taliban": "rebel_group", "civilians": "civilians"})
    (ev,) = a.events
    assert ev.actor1 == "a1" and ev.actor2 == "a2"
    assert ev.event_type == "Violence against civilians"
    assert ev._trigger.text == "shot dead"


def test_nominal_agent_by_compound_and_light_verb(run_events):
    a = run_events("Al Shabaab launched an attack on a Kenyan army base.",
                   {"Al Shabaab": "rebel_group", "Kenyan army": "state_forces"})
    (ev,) = a.events
    assert ev.actor1 == "a1" and ev.actor2 == "a2"
    assert ev.event_type == "Battles"


def test_conjoined_verbs_share_their_subject(run_events):
    a = run_events("The Taliban seized the town, freed prisoners and killed the governor.",
                   {"Taliban": "rebel_group"})
    assert len(a.events) == 3
    assert all(e.actor1 == "a1" for e in a.events)
    types = [e.sub_event_type for e in a.events]
    assert types[0] == "Non-state actor overtakes territory" and types[2] == "Attack"


def test_event_fields_and_spans(run_events):
    text = "Rebels attacked an army post on Monday. Police arrested ten people in the capital."
    a = run_events(text)
    assert [e.id for e in a.events] == ["ev-1", "ev-2"]
    for n, ev in enumerate(a.events):
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.fatalities is None
        for span in ev.evidence + [ev._trigger]:
            assert text[span.start:span.end] == span.text
        assert ev._sentence == n
        assert ev._trigger.start >= ev.evidence[0].start
    assert a.events[0]._trigger.text == "attacked"
    assert a.events[1]._trigger.text == "arrested"
