"""Round three: the instrument of a bombing told in the clause a participle hangs from, definite
references ("the attack", "the vehicle exploded") folded into the main event, and killings told
inside a claim of responsibility. Sentences written for these tests."""

from __future__ import annotations

from warscope.events.typing import remote_subtype
from warscope.model import Document

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _analyse(nlp, text: str, published: str = "2022-05-04"):
    """The whole pipeline: folding a reference into the main event needs the time stage's dates."""
    from warscope import pipeline

    return pipeline.analyse(Document(id="doc-test", text=text, published=published), nlp(text))


def _violent(a):
    return [e for e in a.events if e.event_type in VIOLENT]


def test_participle_killing_takes_the_suicide_bombers_instrument(run_events):
    text = ("A suicide bomber rammed a van into the gate of a police station in Kandor on Tuesday, "
            "killing nine officers.")
    a = run_events(text, {"police": "state_forces"})
    (ev,) = _violent(a)
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")


def test_vehicle_bomb_words_are_an_explosive_cue():
    assert remote_subtype({"truck", "bomb"}) == "Remote explosive/landmine/IED"
    assert remote_subtype({"car", "bombs"}) == "Remote explosive/landmine/IED"
    assert remote_subtype({"truck", "driver"}) is None


def test_definite_attack_without_a_date_of_its_own_joins_the_main_event(nlp):
    text = ("Gunmen Storm Police Post\n\n"
            "The Red Brigade claimed the attack on a mining town that the army seized from the rebels in 2019.\n\n"
            "Gunmen stormed a police post in Kandor on Monday, killing five officers, officials said.")
    a = _analyse(nlp, text)
    # the town seized in 2019 is territory regained (a battle of its own), not this attack
    attacks = [e for e in _violent(a) if e.sub_event_type != "Government regains territory"]
    assert len(attacks) == 1, [(e.sub_event_type, e.date.start) for e in a.events]
    (attack,) = attacks
    assert attack.date.start == "2022-05-02"
    dek = a.text.index("The Red Brigade")
    assert any(s.start <= dek < s.end for s in attack.evidence)
    # the seizure told in the relative clause is an event of its own, in its own year
    others = [e for e in a.events if e is not attack]
    assert [e.date.start for e in others] == ["2019"]


def test_a_dated_definite_attack_stays_its_own_event(nlp):
    text = ("Gunmen stormed a police post in Kandor on Monday, killing five officers.\n\n"
            "The attack in Gao in 2019 killed twelve soldiers.")
    a = _analyse(nlp, text)
    assert len(_violent(a)) == 2


def test_the_vehicle_exploded_is_the_bombing_retold(nlp):
    text = ("A car bomb killed eight people at a bus station in Kandor on Monday, police said.\n\n"
            "Witnesses said guards fired at the car when it sped up, but the vehicle exploded at the gate.")
    a = _analyse(nlp, text)
    (ev,) = _violent(a)
    assert ev.date.start == "2022-05-02"
    assert len(ev.evidence) == 2


def test_killing_told_inside_a_claim_of_responsibility_is_no_new_event(nlp):
    text = ("Gunmen stormed a police post in Kandor on Monday, killing five officers, officials said.\n\n"
            "The Red Brigade claimed responsibility in an online post, saying its men had killed 40 policemen.")
    a = _analyse(nlp, text)
    (ev,) = _violent(a)
    claim = a.text.index("The Red Brigade")
    assert any(s.start <= claim < s.end for s in ev.evidence)


def test_a_claimed_killing_with_no_event_before_it_is_the_event(run_events):
    text = "The Red Brigade claimed responsibility, saying its men had killed 40 policemen in Kandor."
    a = run_events(text, {"Red Brigade": "rebel_group", "policemen": "state_forces:ML"})
    assert len(_violent(a)) == 1


def test_a_reference_dated_to_the_main_events_day_is_that_event(nlp):
    text = ("Gunmen stormed a police post in Kandor on Monday, killing five officers, officials said.\n\n"
            "Traders closed their shops in protest on Tuesday.\n\n"
            "The attack on Monday was the worst in the province since 2019.")
    a = _analyse(nlp, text)
    (ev,) = _violent(a)
    later = a.text.index("The attack on Monday")
    assert any(s.start <= later < s.end for s in ev.evidence)


def test_a_partys_own_account_right_after_an_ambush_is_that_ambush(nlp):
    text = ("Rebels ambushed an army convoy near Kandor on Monday, killing four soldiers, the army said. "
            "The rebels said they had killed 20.")
    a = _analyse(nlp, text)
    (ev,) = _violent(a)
    assert ev.fatalities is not None and (ev.fatalities.best, ev.fatalities.high) == (4, 20)
