"""Round five, fatalities (issue 8 on ACLED-style notes): tolls without a figure ("an unknown number",
"several": ACLED codes 10), wounds that killed ("fatally shot", "gunned down"), active verb pairs whose
subject is the killer, victims qualified by "of", animals, "Fatalities: N", deaths avenged or protested
(an earlier event's), "were also killed" adding to the toll, and a toll told on a casualty event
("wounding") carried by the attack it belongs to. Sentences written for these tests; events are hand-made
with the builder, so the rules are tested apart from the events stage."""

from __future__ import annotations

import pytest

from tests.claims.tolls import acled_toll
from warscope.claims import fatalities
from warscope.claims.numbers import UNSPECIFIED, read_count


class _T:  # minimal token stand-in: read_count reads only lower_ and text
    def __init__(self, w: str):
        self.lower_, self.text = w.lower(), w


def _count(phrase: str):
    c = read_count([_T(w) for w in phrase.split()], 0)
    return None if c is None else (c.low, c.best, c.high, c.unspecified)


def test_unspecified_counts_read_as_acled_ten():
    assert _count("an unknown number of") == (None, UNSPECIFIED, None, True)
    assert _count("a number of") == (None, UNSPECIFIED, None, True)
    assert _count("several") == (None, UNSPECIFIED, None, True)
    # "the number of" is not a vague figure, and "a" alone is not a number
    assert _count("the number of") is None
    assert _count("a") is None


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        ("Jets struck a rebel camp near the lake, killing an unspecified number of fighters.", "struck", 10),
        ("Raiders stormed the village and several herders were killed.", "stormed", 10),
        ("Loyalist units repelled the assault, killing and injuring a number of rebel fighters.", "repelled", 10),
    ],
)
def test_toll_without_a_figure_is_ten(build, text, trigger, toll):
    assert acled_toll(build, text, trigger) == toll


def test_several_hours_is_not_aacled_toll(build):
    assert acled_toll(build, "Farmers blocked the highway for several hours on Monday.", "blocked") is None


def test_injuries_and_one_death_are_two_figures(build):
    assert acled_toll(build, "Students rioted on campus. Several injuries and one death were reported.", "rioted") == 1


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        ("On Monday a guard fatally shot a driver at the factory gate.", "shot", 1),
        ("Unknown gunmen gunned down two traders in the market.", "gunned", 2),
        ("A herder was mortally wounded in the raid on the camp.", "raid", 1),
        ("Two farmers were gunned down near the well.", "gunned", 2),
    ],
)
def test_wounds_that_killed(build, text, trigger, toll):
    assert acled_toll(build, text, trigger) == toll


def test_active_verb_pair_has_the_killer_as_subject(build):
    # "the army ... killed": the army is not a victim, the rebels are
    assert acled_toll(build, "The army ambushed and killed five rebels near the river.", "ambushed") == 5


def test_victim_qualified_by_of_is_one_victim(build):
    text = "On 2 June, a supporter of a local councillor was killed in an attack by rival youths."
    assert acled_toll(build, text, "attack") == 1


def test_animals_are_not_victims(build):
    assert acled_toll(build, "Rangers raided the camp and shot dead livestock.", "raided") is None


def test_fatalities_label(build):
    assert acled_toll(build, "Police dispersed the crowd with live rounds. Fatalities: 2 civilians.", "dispersed") == 2


def test_avenged_death_is_not_this_events(build):
    text = "Rebels shot dead a ranger near the park, in retaliation for the killing of four fighters."
    assert acled_toll(build, text, "shot") == 1


def test_also_killed_adds_across_sources(build):
    b = build("Gunmen attacked a checkpoint and 3 policemen were killed. Officials said 2 gunmen were also killed.")
    ev = b.event("attacked")
    fatalities.annotate(b.analysis)
    assert ev.fatalities.best == 5 and ev.fatalities.low == 5


def test_toll_on_a_casualty_event_goes_to_the_attack(build):
    b = build("Militants attacked a militia post, killing six guards and wounding another.")
    attack = b.event("attacked", event_type="Battles")
    attack.confidence = 0.8
    wounding = b.event("wounding", event_type="Battles")
    wounding.confidence = 0.45
    fatalities.annotate(b.analysis)
    assert attack.fatalities is not None and attack.fatalities.best == 6


def test_toll_of_a_separate_incident_is_not_shared(build):
    b = build("Militants attacked a militia post on Monday. In a separate incident, two herders were killed.")
    attack = b.event("attacked", event_type="Battles")
    attack.confidence = 0.8
    killed = b.event("killed", event_type="Violence against civilians")
    killed.confidence = 0.45
    fatalities.annotate(b.analysis)
    assert attack.fatalities is None and killed.fatalities.best == 2


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Health worker assassinated in the village overnight.", "assassinated"),
        ("A motorcyclist was on Saturday shot dead on the road to the market.", "shot"),
        ("Gunmen abducted a teacher from the school; he was later found hanged near the river.", "abducted"),
        ("Police and a gang clashed in the slum; gang leader killed.", "clashed"),
    ],
)
def test_one_victim_forms(build, text, trigger):
    assert acled_toll(build, text, trigger) == 1


def test_protested_death_from_another_sentence_is_not_the_protests(build):
    b = build("Students protested the murder of a classmate. The classmate was stabbed to death on Friday.")
    ev = b.event("protested", event_type="Protests")
    fatalities.annotate(b.analysis)
    assert ev.fatalities is None


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        ("Near the border a smuggler was shot and died on the way to hospital.", "shot", 1),
        ("Soldiers detained a trader at the market; he succumbed to his wounds in custody.", "detained", 1),
        ("Twelve bodies found after a night of fighting between the two clans.", "fighting", 12),
        ("Angry residents have stoned to death two armed robbers in the town.", "stoned", 2),
        ("Herders ambushed the convoy and two farmers were killed and three abducted.", "ambushed", 2),
    ],
)
def test_more_outcome_forms(build, text, trigger, toll):
    assert acled_toll(build, text, trigger) == toll


def test_a_side_action_event_passes_its_toll_to_the_attack(build):
    b = build("Bandits attacked the village at dawn. One guard was killed and four herders abducted.")
    attack = b.event("attacked", event_type="Violence against civilians")
    attack.confidence = 0.8
    abducted = b.event("abducted", event_type="Violence against civilians")
    abducted.confidence = 0.7
    fatalities.annotate(b.analysis)
    assert attack.fatalities is not None and attack.fatalities.best == 1


def test_another_attack_is_another_incident(build):
    b = build("Militants attacked a post on the road. Another attack on a market killed three traders.")
    first = b.event("attacked", event_type="Battles")
    first.confidence = 0.8
    second = b.event("killed", event_type="Violence against civilians")
    second.confidence = 0.5
    fatalities.annotate(b.analysis)
    assert first.fatalities is None and second.fatalities.best == 3


def test_grenade_kills_one_and_injures_another(build):
    text = "A grenade attack kills a council officer and injures a nurse at the market."
    assert acled_toll(build, text, "kills") == 1


def test_deaths_that_set_off_the_unrest_are_not_itsacled_toll(build):
    b = build("Youths barricaded the main road. The demos were spurred after three herders were found dead.")
    ev = b.event("barricaded", event_type="Riots")
    fatalities.annotate(b.analysis)
    assert ev.fatalities is None


def test_object_shared_by_conjoined_verbs(build):
    assert acled_toll(build, "Gunmen stormed the home of a trader, killing and robbing him.", "stormed") == 1
