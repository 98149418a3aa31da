"""Fatality rules, each on hand-made sentences with a hand-made event (no dependence on earlier stages)."""

from __future__ import annotations

import pytest

from warscope.claims import fatalities
from warscope.claims.numbers import read_count, word_value


def _fatalities(build, text: str, trigger: str | None = None, source: str | None = None):
    b = build(text, source)
    ev = b.event(trigger or text.split()[0])
    fatalities.annotate(b.analysis)
    return ev


@pytest.mark.parametrize(
    "word,value",
    [("13", 13), ("1,200", 1200), ("four", 4), ("eleven", 11), ("twenty-three", 23), ("Ninety", 90), ("x", None)],
)
def test_word_values(word, value):
    assert word_value(word) == value


def test_at_least_is_low_and_best(build):
    ev = _fatalities(build, "A bomb exploded in the square. At least 35 people were killed.", "exploded")
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (35, 35, None)


def test_more_than_adds_one(build):
    ev = _fatalities(build, "Jets bombed the valley, killing more than 60 fighters.", "bombed")
    assert ev.fatalities.low == 61 and ev.fatalities.best == 61


def test_up_to_is_high(build):
    ev = _fatalities(build, "Shells hit the camp and up to 25 people died.", "hit")
    assert ev.fatalities.high == 25 and ev.fatalities.low is None


def test_range(build):
    ev = _fatalities(build, "Gunmen stormed the village. Between 8 and 14 villagers were killed.", "stormed")
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (8, 8, 14)


@pytest.mark.parametrize("word,value", [("Dozens", 12), ("Hundreds", 100), ("Tens", 10)])
def test_vague_quantities_follow_acled(build, word, value):
    ev = _fatalities(build, f"Militias raided the town. {word} of residents were killed.", "raided")
    assert ev.fatalities.best == value


def test_groups_are_summed_and_recorded(build):
    ev = _fatalities(build, "A truck bomb went off near the base. At least 40 villagers and 7 soldiers were killed.", "went")
    assert ev.fatalities.low == 47 and ev.fatalities.best == 47
    claim = next(c for c in ev.claims if c.about == "fatalities")
    groups = {g["text"]: (g["count"], g["kind"]) for g in claim.value["groups"]}
    assert groups == {"villagers": (40, "civilians"), "soldiers": (7, "security_forces")}


def test_word_numbers(build):
    ev = _fatalities(build, "Rebels ambushed a convoy, killing eleven soldiers.", "ambushed")
    assert ev.fatalities.best == 11
    ev = _fatalities(build, "Four policemen died when the checkpoint was attacked.", "attacked")
    assert ev.fatalities.best == 4


def test_a_soldier_is_one(build):
    ev = _fatalities(build, "A roadside bomb struck a patrol and a soldier was killed.", "struck")
    assert ev.fatalities.best == 1


def test_suicide_attacker_counts(build):
    ev = _fatalities(build, "A bomber detonated his vest at the gate, killing himself and six guards.", "detonated")
    assert ev.fatalities.best == 7
    ev = _fatalities(build, "A bomber blew himself up in the market, killing nine shoppers.", "blew")
    assert ev.fatalities.best == 10


def test_injured_are_never_killed(build):
    ev = _fatalities(build, "Rockets struck the city. Three people were killed and 40 were wounded.", "struck")
    assert ev.fatalities.best == 3
    claim = next(c for c in ev.claims if c.about == "fatalities")
    assert claim.value["injured"] == 40


def test_only_injured_leaves_fatalities_unknown(build):
    ev = _fatalities(build, "A grenade was thrown at the office, wounding 12 staff.", "thrown")
    assert ev.fatalities is None


def test_unknown_toll_is_none_not_zero(build):
    ev = _fatalities(build, "Shelling hit the suburb. There were no immediate reports of casualties.", "hit")
    assert ev.fatalities is None


def test_no_one_hurt_is_zero(build):
    ev = _fatalities(build, "A mine exploded under a truck. No one was hurt.", "exploded")
    assert ev.fatalities is not None and ev.fatalities.best == 0


def test_figure_in_following_sentence_belongs_to_the_event(build):
    b = build("Fighting broke out in the north. It spread south. Nine fighters died.")
    ev = b.event("Fighting")
    fatalities.annotate(b.analysis)
    assert ev.fatalities.best == 9


def test_figure_goes_to_the_event_of_its_own_sentence(build):
    b = build("Troops shelled the ridge on Monday. On Tuesday a car bomb killed five people.")
    first, second = b.event("shelled"), b.event("bomb")
    fatalities.annotate(b.analysis)
    assert first.fatalities is None and second.fatalities.best == 5


def test_contested_figures_take_the_conservative_one(build):
    ev = _fatalities(
        build,
        "Jets struck the camp. The army said 30 rebels were killed, but the rebels said only 4 fighters died.",
        "struck",
    )
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (4, 4, 30)
    by = {c.by_text: c.value["killed"] for c in ev.claims if c.stance == "asserts"}
    assert by == {"The army": 30, "the rebels": 4}


def test_subset_is_not_added(build):
    ev = _fatalities(build, "Gunmen attacked a school, killing 15 people, including three teachers.", "attacked")
    assert ev.fatalities.best == 15


def test_qualifiers():
    class T:  # minimal token stand-in: read_count reads only lower_ and text
        def __init__(self, w):
            self.lower_, self.text = w.lower(), w

    def count(s):
        c = read_count([T(w) for w in s.split()], 0)
        return (c.low, c.best, c.high)

    assert count("nearly 20") == (None, 19, 19)
    assert count("as many as 50") == (None, 50, 50)
    assert count("two hundred") == (200, 200, 200)
    assert count("a dozen") == (12, 12, 12)
    assert count("three or four") == (3, 3, 4)


def test_apposition_is_not_a_second_victim(build):
    ev = _fatalities(build, "Gunmen opened fire and 1 civilian, a tribal elder, was killed.", "opened")
    assert ev.fatalities.best == 1


def test_list_of_groups_with_commas(build):
    ev = _fatalities(build, "Militants ambushed a patrol, killing one soldier, six volunteers and two guides.", "ambushed")
    assert ev.fatalities.best == 9


def test_shot_and_killed(build):
    ev = _fatalities(build, "Near the market 2 traders were shot and killed by gunmen.", "shot")
    assert ev.fatalities.best == 2


def test_hyphenated_word_number(build):
    ev = _fatalities(build, "Raiders attacked the village and killed thirty-two herders.", "attacked")
    assert ev.fatalities.best == 32


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attempted to assassinate a judge in the capital.",
        "Students marched to protest the death of a classmate.",
        "In the raids 4 militants were killed, injured or captured.",
    ],
)
def test_no_count_of_the_dead(build, text):
    assert _fatalities(build, text).fatalities is None


def test_definite_reference_reaches_an_earlier_event(build):
    b = build(
        "Jets bombed a tunnel network in the hills. Locals fled. Roads closed. Shops shut. "
        "Officials later said 30 fighters died in the bombing of the tunnels."
    )
    ev = b.event("bombed", event_type="Explosions/Remote violence")
    fatalities.annotate(b.analysis)
    assert ev.fatalities.best == 30


def test_others_add_to_the_earlier_figure(build):
    b = build("Clashes broke out in the valley. One herder was killed by an arrow. Three others died later.")
    ev = b.event("Clashes")
    fatalities.annotate(b.analysis)
    assert ev.fatalities.best == 4
