"""Round four, fatalities: number forms and victim phrases the earlier rules missed ("found dead",
"hacked to death four men", "a farmer and her three children", "killed the three", "left one killed",
a named or singular passive victim, "along with another man", bodies discovered), deaths that came
before the event ("torched after a rider was killed", "died of exhaustion") and a toll told beside the
attack it belongs to. Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

import pytest

from warscope.model import Document


@pytest.fixture(scope="module")
def run(nlp):
    from warscope import pipeline

    def analyse(text: str):
        return pipeline.analyse(Document(id="doc-r4", text=text, source="test"), nlp(text))

    return analyse


def _main_toll(a) -> int | None:
    """The count the ACLED evaluation reads: the most confident event's low, else best."""
    assert a.events, "expected an event"
    ev = max(enumerate(a.events), key=lambda p: (p[1].confidence or 0, -p[0]))[1]
    f = ev.fatalities
    if f is None:
        return None
    return f.low if f.low is not None else f.best


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("On 3 June, nine detainees were found dead in a police cell in the capital.", 9),
        ("A local trader was found dead in his shop in Garissa under unclear circumstances.", 1),
        ("On 5 June, bandits killed a young farmer and her three children in the village.", 4),
        ("Fighting between herders and farmers near the river left one killed and 8 injured.", 1),
        ("On 7 June, militia members hacked to death four men from the herder community.", 4),
        ("Police on 3 May shot dead two al Shabaab suspects in an incident that left one officer injured.", 2),
        ("The chief's son was shot dead along with another man who was riding with him.", 2),
        ("Herders have discovered four bodies buried in a shallow grave near the river.", 4),
        ("Residents of the village lynch a man on suspicion of theft.", 1),
        ("On 5 June, soldiers neutralized twelve militants near the village of Kamba.", 12),
    ],
)
def test_number_and_victim_forms(run, text, toll):
    assert _main_toll(run(text)) == toll


def test_named_passive_victim_counts_one(run):
    a = run("Reporter John Mwangi was killed while covering the riots in the town.")
    assert any(e.fatalities is not None and e.fatalities.best == 1 for e in a.events)


def test_killed_the_three_reads_the_bare_number(run):
    a = run("Unknown attackers stormed the station. The guards responded and killed the three.")
    assert any(e.fatalities is not None and e.fatalities.best == 3 for e in a.events)


def test_toll_in_a_definite_reference_goes_to_the_attack(run):
    a = run("Cattle raiders attack a village; nine raiders were killed in the fighting")
    assert _main_toll(a) == 9


def test_toll_beside_a_more_salient_event_is_shared(run):
    a = run("One attacker killed and a rifle seized by the soldiers who repelled the assault.")
    assert _main_toll(a) == 1


def test_toll_of_another_incident_is_not_shared(run):
    a = run("Gunmen attacked a police post in the town on Monday. In a separate incident, two herders "
            "were killed near the river.")
    attack = next(e for e in a.events if e._trigger is not None and e._trigger.text == "attacked")
    assert attack.fatalities is None or attack.fatalities.best == 0


def test_death_before_the_event_is_not_its_toll(run):
    a = run("Youths torched ten houses in the village after a motorcycle rider was killed on Sunday night.")
    torched = [e for e in a.events if e._trigger is not None and "torched" in e._trigger.text]
    assert torched, [(e.event_type, e._trigger.text if e._trigger else None) for e in a.events]
    assert torched[0].fatalities is None or torched[0].fatalities.best == 0


def test_death_from_exhaustion_is_not_a_fatality(run):
    a = run("Gunmen robbed the passengers of a bus near the town and forced them to walk; one elderly "
            "man died of exhaustion.")
    assert all(e.fatalities is None or not e.fatalities.best for e in a.events)


def test_possessive_without_a_number_is_one_more_victim(run):
    assert _main_toll(run("On 5 June, bandits killed a farmer and his wife in the village.")) == 2


def test_all_before_a_count(run):
    assert _main_toll(run("The guards killed all five attackers near the gate.")) == 5
