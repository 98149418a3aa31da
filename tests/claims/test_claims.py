"""Stances on events: asserts, attributes, claims_responsibility, disputes, denies."""

from __future__ import annotations

import pytest

from warscope.claims import annotate


def _story(build):
    text = (
        "On Friday a car bomb exploded outside the port authority in Velmora. "
        "At least 22 dockworkers and three guards were killed, the Interior Ministry said. "
        "Security officials attributed the bombing to the Ashen Hand. "
        "The Coastal Front claimed responsibility in a message posted online. "
        "In 2019 the navy said it killed more than 40 smugglers in a raid on the island. "
        "The Coastal Front disputed that, saying the island was empty."
    )
    b = build(text)
    b.actor("ministry", "Ministry of Interior", "government", "Interior Ministry")
    b.actor("security", "Security Forces", "state_forces", "Security officials")
    b.actor("ashen", "Ashen Hand", "rebel_group", "Ashen Hand")
    b.actor("front", "Coastal Front", "rebel_group", "Coastal Front")
    b.actor("navy", "Navy", "state_forces", "the navy")
    bombing = b.event("exploded")
    raid = b.event("raid", event_type="Battles")
    annotate(b.analysis)
    return b, bombing, raid


def _by_stance(event, stance):
    return [c for c in event.claims if c.stance == stance]


def test_asserts_fatalities_with_source(build):
    b, bombing, _ = _story(build)
    (claim,) = [c for c in _by_stance(bombing, "asserts") if c.about == "fatalities"]
    assert claim.by == "ministry" and claim.by_text == "the Interior Ministry"
    assert claim.value["killed"] == 25
    assert bombing.fatalities.low == 25


def test_attributes_to_actor(build):
    _, bombing, _ = _story(build)
    (claim,) = _by_stance(bombing, "attributes")
    assert claim.by == "security" and claim.about == "actor1" and claim.value == "ashen"


def test_claims_responsibility(build):
    _, bombing, _ = _story(build)
    (claim,) = _by_stance(bombing, "claims_responsibility")
    assert claim.by == "front" and claim.value == "front"


def test_disputes_a_figure(build):
    _, bombing, raid = _story(build)
    assert raid.fatalities.low == 41
    (claim,) = _by_stance(raid, "disputes")
    assert claim.by == "front" and claim.about == "fatalities"
    assert not _by_stance(bombing, "disputes")


def test_denies(build):
    b = build("Artillery shelled the village of Orvan on Sunday. The Northern Army denied any involvement.")
    b.actor("army", "Northern Army", "state_forces", "Northern Army")
    ev = b.event("shelled", event_type="Explosions/Remote violence")
    annotate(b.analysis)
    (claim,) = _by_stance(ev, "denies")
    assert claim.by == "army" and claim.about == "actor1"


def test_according_to_asserts_occurrence(build):
    b = build("Rebels attacked a checkpoint near Orvan, according to local police.")
    b.actor("police", "Police Forces", "state_forces", "local police")
    ev = b.event("attacked", event_type="Battles")
    annotate(b.analysis)
    (claim,) = _by_stance(ev, "asserts")
    assert claim.about == "occurrence" and claim.by == "police" and claim.by_text == "local police"


def test_unresolved_speaker_keeps_text(build):
    b = build("A drone struck a convoy, a witness said.")
    ev = b.event("struck")
    annotate(b.analysis)
    (claim,) = _by_stance(ev, "asserts")
    assert claim.by is None and claim.by_text == "a witness"


def test_claim_evidence_slices_the_text(build):
    b, bombing, raid = _story(build)
    for ev in (bombing, raid):
        for c in ev.claims:
            assert b.text[c.evidence.start : c.evidence.end] == c.evidence.text


def test_reference_back_to_an_event_gets_the_claims(build):
    text = (
        "A car bomb exploded outside the port authority. Nine people were killed. "
        "Security officials attributed the bombing to the Ashen Hand. "
        "The Ashen Hand claimed responsibility on Saturday."
    )
    b = build(text)
    b.actor("security", "Security Forces", "state_forces", "Security officials")
    b.actor("ashen", "Ashen Hand", "rebel_group", "Ashen Hand")
    blast = b.event("exploded")
    echo = b.event("bombing")  # an earlier stage may take the back-reference for an event of its own
    annotate(b.analysis)
    assert {c.stance for c in blast.claims} >= {"attributes", "claims_responsibility"}
    assert not [c for c in echo.claims if c.stance in ("attributes", "claims_responsibility")]


@pytest.mark.parametrize(
    "sentence,stance,about",
    [
        ("Responsibility was claimed by the Ashen Hand.", "claims_responsibility", "actor1"),
        ("The Ashen Hand said it carried out the attack.", "claims_responsibility", "actor1"),
        ("The Ashen Hand denied responsibility for the blast.", "denies", "actor1"),
        ("The Ashen Hand has denied that it was involved.", "denies", "actor1"),
        ("Police blamed the Ashen Hand for the attack.", "attributes", "actor1"),
        ("Police blamed the attack on the Ashen Hand.", "attributes", "actor1"),
    ],
)
def test_stance_forms(build, sentence, stance, about):
    b = build("A bomb exploded at the station. " + sentence)
    b.actor("ah", "Ashen Hand", "rebel_group", "Ashen Hand")
    b.actor("pol", "Police", "state_forces", "Police")
    ev = b.event("exploded")
    annotate(b.analysis)
    (claim,) = [c for c in ev.claims if c.stance == stance]
    assert claim.about == about and claim.value == "ah"
    assert claim.by == ("pol" if stance == "attributes" else "ah")


def test_blame_for_something_else_is_no_attribution(build):
    b = build("A bomb exploded at the station. Police blamed the Ashen Hand for the economic crisis.")
    b.actor("ah", "Ashen Hand", "rebel_group", "Ashen Hand")
    ev = b.event("exploded")
    annotate(b.analysis)
    assert not [c for c in ev.claims if c.stance == "attributes"]


def test_denied_allegation_is_not_an_event_denial(build):
    b = build(
        "Troops of Norland met Vesmark officials in May. "
        "Talia has accused Vesmark of arming the rebels, an allegation that Vesmark denies."
    )
    b.actor("ves", "Vesmark", "government", "Vesmark")
    ev = b.event("met", event_type="Strategic developments")
    annotate(b.analysis)
    assert not [c for c in ev.claims if c.stance == "denies"]


def test_dispute_follows_the_claim_it_answers(build):
    text = (
        "Jets struck a tunnel network in the hills. Villagers fled. Roads closed. "
        "The air force said it killed more than 30 fighters in the strike on the tunnels. "
        "The Ashen Hand disputed that, saying the tunnels were empty."
    )
    b = build(text)
    b.actor("ah", "Ashen Hand", "rebel_group", "Ashen Hand")
    b.actor("af", "Air Force", "state_forces", "The air force")
    ev = b.event("struck", event_type="Explosions/Remote violence")
    annotate(b.analysis)
    assert ev.fatalities.low == 31
    (claim,) = [c for c in ev.claims if c.stance == "disputes"]
    assert claim.by == "ah" and claim.about == "fatalities"
