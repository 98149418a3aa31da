"""ACLED's conventions for an event's parties (warscope.actors.coding), through the whole pipeline.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from warscope.model import Document


@pytest.fixture(scope="module")
def extract(nlp):
    from warscope import pipeline

    def _extract(text: str, published: str = "2020-03-05"):
        doc = Document(id=Document.make_id(text), text=text, published=published)
        return pipeline.analyse(doc, nlp(text))

    return _extract


def _main(a):
    assert a.events, "expected an event"
    return max(a.events, key=lambda e: e.confidence)


def _party(a, aid):
    actor = a.actor(aid)
    return (actor.kind, actor.name) if actor is not None else None


def _spans_ok(a):
    for actor in a.actors:
        for m in actor.mentions:
            assert a.text[m.start:m.end] == m.text
    ids = {x.id for x in a.actors}
    for ev in a.events:
        for aid in (ev.actor1, ev.actor2, *ev.assoc_actors):
            assert aid is None or aid in ids
        # a crowd whose every mention became rioters is not left behind as an associated actor
        for aid in ev.assoc_actors:
            actor = a.actor(aid)
            assert actor.mentions or actor.kind not in {"protesters", "rioters", "civilians"}


def test_named_victim_of_an_attack_is_coded_as_civilians(extract):
    a = extract("In Kisumu on Monday, unknown gunmen shot dead Peter Otieno outside his shop.")
    ev = _main(a)
    assert ev.event_type == "Violence against civilians"
    assert _party(a, ev.actor2)[0] == "civilians"
    # the person is still an actor of the event, not lost
    assert any(a.actor(x).kind == "person" for x in ev.assoc_actors)
    _spans_ok(a)


def test_attack_without_named_perpetrator_is_the_unidentified_armed_group(extract):
    a = extract("A shopkeeper was shot dead at his home in Kisumu on Monday night.")
    ev = _main(a)
    assert ev.event_type == "Violence against civilians"
    kind, name = _party(a, ev.actor1)
    assert name.startswith("Unidentified Armed Group")
    assert _party(a, ev.actor2)[0] == "civilians"
    # the implied actor's mention is the words that imply it
    assert a.actor(ev.actor1).mentions
    _spans_ok(a)


def test_police_reporting_are_not_the_perpetrator(extract):
    a = extract("The body of a trader was found dumped near Eldoret on Sunday, police said.")
    ev = _main(a)
    if ev.event_type == "Violence against civilians":
        assert _party(a, ev.actor1)[0] != "state_forces"


def test_group_named_in_the_next_sentence_is_actor1(extract):
    a = extract("On 4 May 2020, two farmers were killed by a roadside bomb near Djibo. "
                "The device was likely planted by Ansaroul Islam militants.")
    ev = _main(a)
    assert _party(a, ev.actor1) == ("rebel_group", a.actor(ev.actor1).name)
    assert "Ansaroul" in a.actor(ev.actor1).name
    _spans_ok(a)


def test_riot_crowd_is_rioters_and_police_are_actor2(extract):
    a = extract("Traders in Kisii blocked the highway with burning tyres and stones to protest "
                "against new levies. Police fired teargas to disperse them.")
    ev = _main(a)
    assert ev.event_type == "Riots"
    assert _party(a, ev.actor1)[0] == "rioters"
    assert _party(a, ev.actor2)[0] == "state_forces"
    _spans_ok(a)


def test_peaceful_protest_has_no_actor2_but_a_crowd(extract):
    a = extract("Nurses in Nyeri held a peaceful march on Tuesday demanding the payment of their allowances, "
                "and the county government promised to pay.")
    ev = _main(a)
    assert ev.event_type == "Protests"
    assert _party(a, ev.actor1)[0] == "protesters"
    assert ev.actor2 is None


def test_mob_violence_victim_is_actor2(extract):
    a = extract("A mob lynched a suspected thief in Kakamega town on Friday.")
    ev = _main(a)
    assert ev.event_type == "Riots"
    assert _party(a, ev.actor1)[0] == "rioters"
    assert _party(a, ev.actor2)[0] == "civilians"
    _spans_ok(a)


def test_a_state_force_fighting_someone_unnamed_fights_an_unidentified_group(extract):
    a = extract("Soldiers exchanged fire for two hours near Mandera on Saturday.")
    ev = _main(a)
    if ev.event_type == "Battles":
        assert _party(a, ev.actor1)[0] == "state_forces"
        assert a.actor(ev.actor2).name.startswith("Unidentified Armed Group")


def test_protesters_recast_as_rioters_keep_one_identity(extract):
    a = extract("Students protested in Maseno on Monday and threw stones at passing cars.")
    crowd = [x for x in a.actors if x.kind in {"protesters", "rioters"}]
    ev = _main(a)
    if ev.event_type == "Riots":
        assert _party(a, ev.actor1)[0] == "rioters"
    # the same students are never both protesters and rioters with the same mention
    spans = [(m.start, m.end) for x in crowd for m in x.mentions]
    assert len(spans) == len(set(spans))
    _spans_ok(a)
