"""Round four: when the parse gives a trigger no agent, the actor the actors stage found in the
trigger's clause fills the role (the crowd of a demonstration, the armed actor of an attack).
Sentences written for these tests."""

from __future__ import annotations


def _main(a):
    assert a.events, "expected an event"
    return a.events[0]


def test_crowd_in_the_sentence_is_actor1_of_a_protest(run_events):
    # the crowd actor is a description ("bakery owners") the parse does not make the subject
    text = "In Nakuru on Monday, a sit-in by bakery owners was staged outside the county offices."
    a = run_events(text, {"bakery owners": "protesters:KE"})
    ev = _main(a)
    assert ev.event_type == "Protests"
    assert ev.actor1 == "a1"
    # a peaceful protest with no intervention has no actor2
    assert ev.actor2 is None


def test_protest_without_a_crowd_actor_stays_empty(run_events):
    text = "In Nakuru on Monday, a sit-in was staged outside the county offices."
    a = run_events(text, {})
    ev = _main(a)
    assert ev.actor1 is None and ev.actor2 is None


def test_armed_actor_before_a_nominal_attack_is_actor1(run_events):
    text = ("Unidentified gunmen: on Tuesday an ambush on a bus near Garissa left three "
            "civilians dead.")
    a = run_events(text, {"Unidentified gunmen": "rebel_group", "civilians": "civilians"})
    ev = _main(a)
    assert ev.actor1 == "a1"


def test_civilians_are_not_made_actor1_of_a_violent_event(run_events):
    text = "Civilians fled after an explosion near the market in Kandahar on Friday."
    a = run_events(text, {"Civilians": "civilians"})
    ev = _main(a)
    assert ev.actor1 != "a1"


def test_armed_actor_of_another_clause_is_not_attached(run_events):
    # the militia is named in a separate clause about another matter, after the trigger
    text = ("A roadside bomb exploded near Gao on Sunday; separately, the Sahel Militia opened "
            "an office in Bamako.")
    a = run_events(text, {"Sahel Militia": "political_militia"})
    ev = _main(a)
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.actor1 != "a1"


def test_civilians_after_the_trigger_become_actor2_of_the_armed_actor(run_events):
    text = ("Unidentified gunmen: on Tuesday an ambush on a bus near Garissa left three "
            "civilians dead.")
    a = run_events(text, {"Unidentified gunmen": "rebel_group", "civilians": "civilians"})
    ev = _main(a)
    assert ev.actor1 == "a1"
    assert ev.actor2 == "a2"


def test_by_phrase_after_a_nominal_trigger_names_actor1(run_events):
    text = "There was heavy shelling of Marib overnight by the Northern Brigade, residents said."
    a = run_events(text, {"Northern Brigade": "rebel_group"})
    ev = _main(a)
    assert ev.actor1 == "a1"


def test_crowd_outside_the_trigger_clause_is_actor1(run_events):
    # "protest" is a purpose clause of "took to the streets"; the crowd is that verb's subject
    text = "On Monday, nurses in Kisumu took to the streets to protest against unpaid wages."
    a = run_events(text, {"nurses": "protesters:KE"})
    ev = _main(a)
    assert ev.event_type == "Protests"
    assert ev.actor1 == "a1"
    assert ev.actor2 is None


def test_passive_subject_is_an_undergoer_and_active_subject_is_not(nlp):
    # the guard that keeps victims ("soldiers were killed") out of the armed-actor fallback
    from warscope.events.detect import find_mentions
    from warscope.events.merge import _undergoer

    text = "Four soldiers were killed near Djibo after rebels ambushed a convoy."
    doc = nlp(text)
    (m, *_) = find_mentions(doc)
    assert _undergoer(m, text.index("soldiers"))
    assert not _undergoer(m, text.index("rebels"))
    assert _undergoer(m, text.index("convoy"))


def test_fallback_never_makes_actor1_equal_actor2(run_events):
    text = "In Nakuru on Monday, a sit-in by bakery owners was staged outside the county offices."
    a = run_events(text, {"bakery owners": "protesters:KE"})
    for ev in a.events:
        assert ev.actor1 is None or ev.actor1 != ev.actor2


def test_fallback_leaves_actor1_to_a_claim_of_responsibility(run_events):
    # the claims stage makes the claimant actor1 of an event left without one
    text = ("Masked gunmen: on Monday a blast at a checkpoint near Kandor left four guards dead. "
            "The Red Brigade claimed responsibility for the blast.")
    without_claim = run_events(text.split(" The Red")[0], {"Masked gunmen": "rebel_group"})
    assert _main(without_claim).actor1 == "a1"
    a = run_events(text, {"Masked gunmen": "rebel_group", "Red Brigade": "rebel_group"})
    blast = [e for e in a.events if e.event_type == "Explosions/Remote violence"]
    assert blast and blast[0].actor1 is None
